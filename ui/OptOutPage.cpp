#include "ui/OptOutPage.h"

#include "core/MemberDataSource.h"
#include "core/OptOutWording.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/DesktopServices.h"
#include "ui/Icons.h"
#include "ui/PendingChangeBar.h"
#include "ui/Theme.h"
#include "ui/UiText.h"
#include "ui_OptOutPage.h"

#include <QHeaderView>

namespace pd {

OptOutPage::OptOutPage(const Policy &policy, QWidget *parent)
    : Page(parent)
    , m_policy(policy)
    , m_ui(std::make_unique<Ui::OptOutContent>())
    , m_controller(new OptOutController(this))
{
    m_ui->setupUi(setScrollableContent(QStringLiteral("optOutScroll"), tr("Opt-out")));

    const TrainingSetting &setting = policy.setting;
    m_ui->settingGroup->setTitle(setting.name);
    m_ui->settingQuestion->setText(setting.question);
    m_ui->switchLabel->setText(setting.toggleLabel);
    m_ui->switchLabel->setBuddy(m_ui->trainingSwitch);
    m_ui->trainingSwitch->setAccessibleName(setting.toggleLabel);
    // Alt+U reaches the switch whatever the policy's wording is.
    m_ui->trainingSwitch->setShortcut(QKeySequence(Qt::ALT | Qt::Key_U));
    m_ui->effectLabel->setText(tr("What turning it off does, in the platform's words: %1\n%2")
                                   .arg(setting.effectOfOptingOut, setting.notCovered));
    m_ui->openSettingButton->setIcon(Icons::icon(QStringLiteral("link-external"), palette()));
    m_ui->openSettingButton->setToolTip(setting.url.toDisplayString());
    connect(m_ui->openSettingButton, &QPushButton::clicked, this,
            [this] { DesktopServices::openUrl(m_policy.setting.url); });

    m_ui->historyTable->setColumnCount(4);
    m_ui->historyTable->setHorizontalHeaderLabels({tr("When"), tr("Setting"), tr("Channel"), tr("Confirmation id")});
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyTable->horizontalHeader()->setAccessibleName(tr("History columns"));
    buildRelatedControls();

    // The change waiting to be sent sits right under the switch's line of text.
    m_pendingBar = new PendingChangeBar(PendingChangeBar::Buttons::SendAndCancel, m_ui->settingGroup);
    auto *settingLayout = qobject_cast<QBoxLayout *>(m_ui->settingGroup->layout());
    settingLayout->insertWidget(settingLayout->indexOf(m_ui->statusFrame) + 1, m_pendingBar);
    connect(m_pendingBar, &PendingChangeBar::sendRequested, this, &OptOutPage::sendAgain);

    m_ui->statusFrame->hide();
    m_ui->unavailableLabel->hide();
    connect(m_ui->trainingSwitch, &ToggleSwitch::changeRequested, this, &OptOutPage::onSwitchClicked);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { sendAgain(m_controller->target()); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &OptOutPage::reloadRequested);
    connect(m_controller, &OptOutController::phaseChanged, this, &OptOutPage::onPhaseChanged);
}

OptOutPage::~OptOutPage() = default;

ConfirmOptOutDialog *OptOutPage::confirmDialog() const
{
    return m_dialog;
}

ConfirmOptInDialog *OptOutPage::confirmOptInDialog() const
{
    return m_optInDialog;
}

void OptOutPage::buildRelatedControls()
{
    for (const RelatedControl &control : m_policy.relatedControls) {
        auto *box = new QFrame(m_ui->relatedGroup);
        box->setObjectName(QStringLiteral("related-%1").arg(control.id));
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 4, 0, 8);
        auto *title = new QLabel(control.label, box);
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *covers = new QLabel(control.covers, box);
        covers->setTextFormat(Qt::PlainText);
        covers->setWordWrap(true);
        auto *button = new QPushButton(Icons::icon(QStringLiteral("link-external"), palette()),
                                       tr("Open %1").arg(control.label), box);
        button->setObjectName(QStringLiteral("open-%1").arg(control.id));
        button->setAccessibleName(tr("Open %1 in the browser").arg(control.label));
        button->setAccessibleDescription(control.covers);
        button->setToolTip(control.url.toDisplayString());
        const QUrl url = control.url;
        connect(button, &QPushButton::clicked, this, [url] { DesktopServices::openUrl(url); });
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch(1);
        layout->addWidget(title);
        layout->addWidget(covers);
        layout->addLayout(row);
        m_ui->relatedGroup->layout()->addWidget(box);
    }
}

void OptOutPage::setSource(MemberDataSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    m_controller->setSource(source);
    m_pendingBar->setSource(source);
    if (source) {
        connect(source, &MemberDataSource::pendingOptOutSent, this, &OptOutPage::onPendingSent);
        connect(source, &MemberDataSource::pendingOptOutFailed, this, &OptOutPage::onPendingFailed);
    }
    m_summary.reset();
    m_ui->statusFrame->hide();
    const bool canChange = source && source->canChangeOptOut();
    m_ui->unavailableLabel->setVisible(source && !canChange);
    m_ui->unavailableLabel->setText(source ? source->optOutUnavailableReason() : QString());
    m_ui->unavailableLabel->setStyleSheet(
        Theme::cardStyleSheet(Theme::Tone::Neutral, palette(), m_ui->unavailableLabel->objectName()) +
        QStringLiteral(" QFrame#unavailableLabel { padding: 6px; }"));
    m_ui->trainingSwitch->setEnabled(canChange);
}

void OptOutPage::setSummary(const UsageSummary &summary)
{
    m_summary = summary;
    // The summary is what the server holds; while a write is pending the switch keeps showing
    // the last confirmed state and stays disabled.
    if (m_controller->phase() != OptOutController::Phase::Pending) {
        showConfirmedState(summary.optOut);
        if (m_controller->phase() == OptOutController::Phase::Conflict)
            m_controller->reset();
    }

    m_ui->historyTable->setRowCount(int(summary.history.size()));
    int row = 0;
    for (auto it = summary.history.crbegin(); it != summary.history.crend(); ++it, ++row) {
        const OptOutChange &change = *it;
        const QStringList cells{UiText::dateTime(change.at),
                                change.optedOut ? tr("Training off (opted out)") : tr("Training on (opted in)"),
                                change.channel,
                                change.confirmationId.isEmpty() ? tr("none (not confirmed)") : change.confirmationId};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_ui->historyTable->setItem(row, column, item);
        }
    }
    m_ui->historyTable->setVisible(!summary.history.isEmpty());
    m_ui->historyEmptyLabel->setVisible(summary.history.isEmpty());
    showContent();
}

void OptOutPage::showConfirmedState(const OptOutState &state)
{
    m_ui->trainingSwitch->setEnabled(m_source && m_source->canChangeOptOut() &&
                                     m_controller->phase() != OptOutController::Phase::Pending &&
                                     !(m_summary && m_summary->source.stale));
    if (m_summary && m_summary->source.stale) {
        // From the offline cache: what the server confirmed then, never shown as confirmed now.
        const QString then =
            tr("Not confirmed now: as of %1 (offline), training on your data was %2. You can change it once the "
               "server answers again.")
                .arg(UiText::dateTime(m_summary->asOf), state.optedOut ? tr("OFF (you had opted out)") : tr("ON"));
        m_ui->confirmedLabel->setText(then);
        m_ui->trainingSwitch->setConfirmedState(!state.optedOut, then);
        return;
    }
    if (m_summary && optOutIsMembersAnswer(m_summary->source.kind)) {
        // A data export and the platform's API do not record the setting: the state is the member's own answer.
        const QString answer =
            (m_summary->source.kind == SourceInfo::Kind::Archive
                 ? tr("%1. Your data export does not record this setting, so the platform has not confirmed it. "
                      "Check it with \u201cOpen the setting on the platform\u201d below.")
                 : tr("%1. The platform's API does not show this setting, so its state is unknown here. "
                      "Check it with \u201cOpen the setting on the platform\u201d below."))
                .arg(UiText::memberAnswer(*m_summary));
        m_ui->confirmedLabel->setText(answer);
        m_ui->trainingSwitch->setConfirmedState(!state.optedOut, answer);
        return;
    }
    QString text = state.optedOut ? tr("Confirmed by the source: training on your data is OFF (you opted out)")
                                  : tr("Confirmed by the source: training on your data is ON");
    if (state.changedAt.isValid())
        text += tr(" since %1").arg(UiText::dateTime(state.changedAt));
    else if (!state.optedOut)
        text += tr(" (the platform's default)");
    if (!state.confirmationId.isEmpty())
        text += tr(", confirmation %1").arg(state.confirmationId);
    text += u'.';
    m_ui->confirmedLabel->setText(text);
    m_ui->trainingSwitch->setConfirmedState(!state.optedOut, text);
}

bool OptOutPage::changeOnItsWay() const
{
    const std::optional<PendingOptOut> pending = m_source ? m_source->pendingOptOut() : std::nullopt;
    return pending && pending->sending;
}

void OptOutPage::onSwitchClicked()
{
    if (!m_summary)
        return;
    askToChange(!m_summary->optOut.optedOut); // the opposite of the confirmed state
}

void OptOutPage::askToChange(bool optOut)
{
    if (!m_source || !m_source->canChangeOptOut() || m_controller->phase() == OptOutController::Phase::Pending ||
        changeOnItsWay() || m_dialog || m_optInDialog || (m_summary && m_summary->source.stale))
        return;
    if (optOut) {
        const qint64 exposed = m_summary ? m_summary->totalMayHaveBeenUsed : 0;
        m_dialog = new ConfirmOptOutDialog(m_policy, exposed, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::finished, this, [this](int result) {
            m_ui->trainingSwitch->setFocus(); // keyboard users go on from where they were
            if (result == QDialog::Accepted && !changeOnItsWay())
                m_controller->request(true);
        });
        m_dialog->open();
        return;
    }
    // Turning training on cannot be undone for what is trained meanwhile: always ask, with the
    // member's own figure, also when a waiting change is sent again.
    const qint64 newlyAvailable = m_summary ? OptOutWording::itemsNewlyExposedByOptingIn(*m_summary) : 0;
    const bool covered = m_summary && OptOutWording::regimeCoversNow(m_policy, *m_summary);
    m_optInDialog = new ConfirmOptInDialog(newlyAvailable, covered, this);
    m_optInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_optInDialog, &QDialog::finished, this, [this](int result) {
        m_ui->trainingSwitch->setFocus();
        if (result == QDialog::Accepted && !changeOnItsWay())
            m_controller->request(false);
    });
    m_optInDialog->open();
}

void OptOutPage::sendAgain(bool optOut)
{
    // Turning training off was confirmed when first asked; turning it on is asked again now.
    if (optOut)
        m_controller->request(true);
    else
        askToChange(false);
}

void OptOutPage::onPendingSent(const OptOutState &state)
{
    if (m_controller->phase() == OptOutController::Phase::Pending)
        return;
    m_ui->statusFrame->setStyleSheet(
        Theme::cardStyleSheet(Theme::Tone::Good, palette(), m_ui->statusFrame->objectName()));
    QString text = tr("The change that was waiting reached the server: training on your data is now %1")
                       .arg(state.optedOut ? tr("off") : tr("on"));
    if (!state.confirmationId.isEmpty())
        text += tr(". Confirmation id: %1").arg(state.confirmationId);
    setStatus(QStringLiteral("status-training-off"), text + u'.', false, false);
}

void OptOutPage::onPendingFailed(const Error &error)
{
    if (m_controller->phase() == OptOutController::Phase::Pending)
        return;
    m_ui->statusFrame->setStyleSheet(
        Theme::cardStyleSheet(Theme::Tone::Danger, palette(), m_ui->statusFrame->objectName()));
    const QString reason = errorReason(error);
    const bool stillWaiting = m_source && m_source->pendingOptOut();
    setStatus(QStringLiteral("status-error"),
              stillWaiting ? tr("The change that is waiting could not be sent yet: %1.").arg(reason)
                           : tr("The change that was waiting was not sent and has been dropped: %1. The setting is "
                                "as shown above.")
                                 .arg(reason),
              false, false);
}

void OptOutPage::setStatus(const QString &icon, const QString &text, bool retry, bool reload)
{
    m_ui->statusIcon->setPixmap(Icons::icon(icon, palette()).pixmap(22, 22));
    m_ui->statusText->setText(text);
    m_ui->retryButton->setVisible(retry);
    m_ui->reloadButton->setVisible(reload);
    m_ui->statusFrame->setAccessibleName(text);
    m_ui->statusFrame->show();
}

void OptOutPage::onPhaseChanged(OptOutController::Phase phase)
{
    const QPalette pal = palette();
    const QString frame = m_ui->statusFrame->objectName();
    switch (phase) {
    case OptOutController::Phase::Idle:
        m_ui->statusFrame->hide();
        break;
    case OptOutController::Phase::Pending:
        m_ui->trainingSwitch->setEnabled(false);
        m_ui->statusFrame->setStyleSheet(Theme::cardStyleSheet(Theme::Tone::Neutral, pal, frame));
        setStatus(QStringLiteral("status-pending"),
                  m_controller->target() ? tr("Pending: asking the server to turn training off…")
                                         : tr("Pending: asking the server to turn training on…"),
                  false, false);
        break;
    case OptOutController::Phase::Confirmed: {
        const OptOutState state = *m_controller->confirmed();
        showConfirmedState(state);
        m_ui->statusFrame->setStyleSheet(Theme::cardStyleSheet(Theme::Tone::Good, pal, frame));
        QString text = state.optedOut ? tr("Confirmed: training on your data is off")
                                      : tr("Confirmed: training on "
                                           "your data is on");
        if (state.changedAt.isValid())
            text += tr(" since %1").arg(UiText::dateTime(state.changedAt));
        if (!state.confirmationId.isEmpty())
            text += tr(". Confirmation id: %1").arg(state.confirmationId);
        text += u'.';
        setStatus(QStringLiteral("status-training-off"), text, false, false);
        Q_EMIT optOutChanged();
        break;
    }
    case OptOutController::Phase::Failed:
        if (m_summary)
            showConfirmedState(m_summary->optOut);
        m_ui->statusFrame->setStyleSheet(Theme::cardStyleSheet(Theme::Tone::Danger, pal, frame));
        {
            const QString reason = errorReason(m_controller->lastError());
            // Say exactly what happens next: a change that got no answer waits (shown below
            // with Send now and Cancel); any other failure is over, nothing is kept.
            if (m_source && m_source->pendingOptOut())
                setStatus(QStringLiteral("status-error"), tr("Not changed yet: %1.").arg(reason), false, false);
            else
                setStatus(QStringLiteral("status-error"),
                          tr("Not changed: %1. The setting is still as shown above, and nothing was kept to send "
                             "later.")
                              .arg(reason),
                          true, false);
        }
        break;
    case OptOutController::Phase::Conflict:
        if (m_summary)
            showConfirmedState(m_summary->optOut);
        m_ui->trainingSwitch->setEnabled(false);
        m_ui->statusFrame->setStyleSheet(Theme::cardStyleSheet(Theme::Tone::Warning, pal, frame));
        setStatus(QStringLiteral("status-training-on"),
                  tr("Not changed: the setting was changed elsewhere (another device or the website) since it was "
                     "loaded. Reload to see the current state, then decide again."),
                  false, true);
        break;
    }
    // Pending until an outcome, cleared only after the outcome's state is on the switch.
    m_ui->trainingSwitch->setPending(phase == OptOutController::Phase::Pending, m_ui->statusText->text());
    if (phase == OptOutController::Phase::Failed)
        (m_pendingBar->isVisible() ? m_pendingBar->sendButton() : m_ui->retryButton)->setFocus();
    else if (phase == OptOutController::Phase::Conflict)
        m_ui->reloadButton->setFocus();
}

} // namespace pd
