#include "ui/StatePanel.h"

#include "ui/Icons.h"
#include "ui_StatePanel.h"

namespace pd {

StatePanel::StatePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StatePanel>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->stateTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->stateTitle->setFont(titleFont);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &StatePanel::retryRequested);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &StatePanel::connectRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &StatePanel::cancelRequested);
}

StatePanel::~StatePanel() = default;

void StatePanel::show(Mode mode, const QString &title, const QString &message, Action action)
{
    m_mode = mode;
    QString iconName;
    switch (mode) {
    case Mode::Loading:
        iconName = QStringLiteral("status-loading");
        break;
    case Mode::Empty:
        iconName = QStringLiteral("status-empty");
        break;
    case Mode::Error:
        iconName = QStringLiteral("status-error");
        break;
    }
    m_ui->stateIcon->setPixmap(Icons::icon(iconName, palette()).pixmap(48, 48));
    m_ui->stateIcon->setAccessibleName(title);
    m_ui->stateTitle->setText(title);
    m_ui->stateMessage->setText(message);
    m_ui->stateMessage->setVisible(!message.isEmpty());
    m_ui->stateProgress->setVisible(mode == Mode::Loading);
    m_ui->cancelButton->setVisible(mode == Mode::Loading);
    m_ui->retryButton->setVisible(mode == Mode::Error && action == Action::Retry);
    m_ui->connectButton->setVisible(mode == Mode::Error && action == Action::Connect);
    if (mode == Mode::Error && isVisible())
        (action == Action::Retry ? m_ui->retryButton : m_ui->connectButton)->setFocus();
}

QString StatePanel::title() const
{
    return m_ui->stateTitle->text();
}

QString StatePanel::message() const
{
    return m_ui->stateMessage->text();
}

} // namespace pd
