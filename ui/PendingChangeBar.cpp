#include "ui/PendingChangeBar.h"

#include "core/OptOutWording.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd {

PendingChangeBar::PendingChangeBar(Buttons buttons, QWidget *parent)
    : QFrame(parent)
    , m_buttons(buttons)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_send(new QPushButton(tr("&Send now"), this))
    , m_cancel(new QPushButton(tr("&Cancel this change"), this))
{
    setObjectName(QStringLiteral("pendingChangeBar"));
    m_label->setObjectName(QStringLiteral("pendingChangeText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("sendPendingButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPendingButton"));
    m_cancel->setAccessibleDescription(tr("Drops the change; nothing is sent and the setting stays as it is"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_send, 0, Qt::AlignVCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignVCenter);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_source)
            m_source->cancelPendingOptOut();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_source && m_source->pendingOptOut())
            Q_EMIT sendRequested(m_source->pendingOptOut()->optedOut);
    });
    hide();
}

void PendingChangeBar::setSource(MemberDataSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source)
        connect(source, &MemberDataSource::pendingOptOutChanged, this, &PendingChangeBar::refresh);
    refresh();
}

QString PendingChangeBar::text() const
{
    return m_label->text();
}

void PendingChangeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Light/dark switch of the whole app. (Not PaletteChange: the style sheet set in refresh()
    // changes this widget's own palette, which would call refresh() again, for ever.)
    if (event->type() == QEvent::ApplicationPaletteChange)
        refresh();
}

void PendingChangeBar::refresh()
{
    const std::optional<PendingOptOut> pending = m_source ? m_source->pendingOptOut() : std::nullopt;
    if (!pending) {
        hide();
        return;
    }
    const QString text = OptOutWording::waiting(*pending) + u' ' +
                         OptOutWording::waitingNext(*pending, OptOutWording::FrontEnd::Desktop);
    m_label->setText(text);
    setAccessibleName(text);
    const QPalette appPalette = QApplication::palette();
    m_icon->setPixmap(Icons::icon(QStringLiteral("status-pending"), appPalette).pixmap(20, 20));
    m_send->setVisible(!pending->sending && m_buttons == Buttons::SendAndCancel);
    m_send->setAccessibleName(tr("Send now: %1").arg(OptOutWording::change(pending->optedOut)));
    m_cancel->setVisible(!pending->sending);
    m_cancel->setAccessibleName(tr("Cancel this change: %1").arg(OptOutWording::change(pending->optedOut)));
    setStyleSheet(Theme::cardStyleSheet(Theme::Tone::Warning, appPalette, objectName()));
    show();
}

} // namespace pd
