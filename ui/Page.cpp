#include "ui/Page.h"

#include "ui/Icons.h"
#include "ui/StatePanel.h"
#include "ui/Theme.h"
#include "ui/UiText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace pd {

QString errorTitle(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Network:
        return Page::tr("Cannot reach the server");
    case ErrorKind::Authentication:
        return Page::tr("The server did not accept your sign-in");
    case ErrorKind::Conflict:
        return Page::tr("The setting was changed elsewhere");
    case ErrorKind::InvalidInput:
        return Page::tr("The data could not be read");
    case ErrorKind::Cancelled:
        return Page::tr("Loading was cancelled");
    case ErrorKind::Usage:
        return Page::tr("Not available");
    case ErrorKind::Internal:
        break;
    }
    return Page::tr("Something went wrong");
}

bool errorNeedsConnect(const Error &error)
{
    return error.kind == ErrorKind::Authentication || error.kind == ErrorKind::Usage;
}

QString errorReason(const Error &error)
{
    if (error.kind == ErrorKind::Authentication) // its own text names command-line options
        return Page::tr("your access token is missing, cannot be read or was not accepted by the server; choose "
                        "your token file again with Connect…");
    QString reason = error.message.trimmed();
    while (reason.endsWith(u'.'))
        reason.chop(1);
    return reason;
}

QString errorText(const Error &error)
{
    if (error.kind == ErrorKind::Cancelled)
        return Page::tr("Loading was stopped before your data arrived. Nothing was changed.");
    QString happened = UiText::sentence(errorReason(error));
    if (!happened.isEmpty())
        happened[0] = happened.at(0).toUpper();
    return Page::tr("%1 Nothing was changed.").arg(happened);
}

Page::Page(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("pageBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setObjectName(QStringLiteral("bannerIcon"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bannerProgress = new QProgressBar(m_banner);
    m_bannerProgress->setObjectName(QStringLiteral("bannerProgress"));
    m_bannerProgress->setRange(0, 0);
    m_bannerProgress->setMaximumWidth(160);
    m_bannerProgress->setTextVisible(false);
    m_bannerProgress->setAccessibleName(tr("Refreshing"));
    m_bannerRetry = new QPushButton(tr("Re&try"), m_banner);
    m_bannerRetry->setObjectName(QStringLiteral("bannerRetryButton"));
    m_bannerRetry->setAccessibleName(tr("Retry"));
    m_bannerRetry->setAccessibleDescription(tr("Ask the data source again"));
    bannerLayout->addWidget(m_bannerIcon);
    bannerLayout->addWidget(m_bannerText);
    bannerLayout->addWidget(m_bannerProgress);
    m_bannerConnect = new QPushButton(tr("C&onnect…"), m_banner);
    m_bannerConnect->setObjectName(QStringLiteral("bannerConnectButton"));
    m_bannerConnect->setAccessibleName(tr("Connect"));
    m_bannerConnect->setAccessibleDescription(tr("Choose the data source again"));
    bannerLayout->addWidget(m_bannerRetry);
    bannerLayout->addWidget(m_bannerConnect);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    // Room around a scrolling page for its focus ring (FocusRingStyle draws it just outside;
    // a stacked layout ignores its own margins, the host's are honoured).
    stackHost->setContentsMargins(3, 3, 3, 3);
    m_statePanel = new StatePanel(stackHost);
    m_statePanel->setObjectName(QStringLiteral("statePanel"));
    m_stack->addWidget(m_statePanel);
    outer->addWidget(stackHost, 1);

    connect(m_statePanel, &StatePanel::retryRequested, this, &Page::retryRequested);
    connect(m_statePanel, &StatePanel::cancelRequested, this, &Page::cancelRequested);
    connect(m_statePanel, &StatePanel::connectRequested, this, &Page::connectRequested);
    connect(m_bannerRetry, &QPushButton::clicked, this, &Page::retryRequested);
    connect(m_bannerConnect, &QPushButton::clicked, this, &Page::connectRequested);
    m_statePanel->show(StatePanel::Mode::Loading, tr("Loading…"), QString());
}

void Page::setContentWidget(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
}

QWidget *Page::setScrollableContent(const QString &objectName, const QString &accessibleName)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(accessibleName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    setContentWidget(scroll);
    return content;
}

void Page::showBanner(bool error, const QString &text, bool connect)
{
    const Theme::Tone tone = error ? Theme::Tone::Danger : Theme::Tone::Neutral;
    m_banner->setStyleSheet(Theme::cardStyleSheet(tone, palette(), m_banner->objectName()));
    m_bannerIcon->setPixmap(
        Icons::icon(error ? QStringLiteral("status-error") : QStringLiteral("status-pending"), palette())
            .pixmap(20, 20));
    m_bannerText->setText(text);
    m_bannerProgress->setVisible(!error);
    m_bannerRetry->setVisible(error && !connect);
    m_bannerConnect->setVisible(error && connect);
    m_banner->show();
}

void Page::showLoading(const QString &what)
{
    m_state = State::Loading;
    if (m_hasContent) {
        showBanner(false, what);
        return;
    }
    m_banner->hide();
    m_statePanel->show(StatePanel::Mode::Loading, what, QString());
    m_stack->setCurrentWidget(m_statePanel);
}

void Page::showEmpty(const QString &title, const QString &message)
{
    m_state = State::Empty;
    m_hasContent = false;
    m_banner->hide();
    m_statePanel->show(StatePanel::Mode::Empty, title, message);
    m_stack->setCurrentWidget(m_statePanel);
}

void Page::showError(const Error &error)
{
    m_state = State::Error;
    if (m_hasContent) {
        showBanner(true, tr("%1. %2 What you see below may be out of date.").arg(errorTitle(error), errorText(error)),
                   errorNeedsConnect(error));
        return;
    }
    m_banner->hide();
    m_statePanel->show(StatePanel::Mode::Error, errorTitle(error), errorText(error),
                       errorNeedsConnect(error) ? StatePanel::Action::Connect : StatePanel::Action::Retry);
    m_stack->setCurrentWidget(m_statePanel);
}

void Page::showContent()
{
    m_state = State::Content;
    m_hasContent = true;
    m_banner->hide();
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

void Page::clearContent()
{
    m_hasContent = false;
}

} // namespace pd
