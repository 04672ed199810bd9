#include "core/OptOutWording.h"

#include "core/MemberText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::OptOutWording {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::OptOutWording", text);
}

QString when(const QDateTime &at)
{
    return MemberText::dateTime(at, MemberText::Length::Short);
}
} // namespace

QString priorTraining()
{
    return tr("Opting out stops future training on your data, but it does not undo training that has already taken "
              "place: models already trained on your data are not retrained.");
}

QString separatelyExposed(qint64 exposedIfUsed)
{
    return tr("Separately, %1 %2 existed while a training period covered you; they are not counted as used, and "
              "would have been exposed only if the platform uses that data.")
        .arg(MemberText::items(exposedIfUsed), exposedIfUsedWords());
}

QString change(bool optedOut)
{
    return optedOut ? tr("turn training off") : tr("turn training on");
}

QString waiting(const PendingOptOut &pending)
{
    if (pending.sending)
        return tr("Sending: %1 (asked %2).").arg(change(pending.optedOut), when(pending.since));
    return tr("Waiting to send: %1 (asked %2).").arg(change(pending.optedOut), when(pending.since));
}

QString waitingNext(const PendingOptOut &pending, FrontEnd frontEnd)
{
    if (pending.sending)
        return tr("The server has not answered yet.");
    if (frontEnd == FrontEnd::Cli)
        return pending.optedOut ? tr("The next command that reaches the server sends it; `opt-out cancel` drops it.")
                                : tr("It is not sent without you: `opt-out off` sends it, `opt-out cancel` drops it.");
    if (pending.optedOut)
        return tr("It is sent the next time the app reaches the server, unless you cancel it. Until then the "
                  "setting stays as the server has it.");
    return tr("Turning training on is never sent without you: send it from the Opt-out page (you are asked "
              "again), or cancel it. Until then the setting stays as the server has it.");
}

QString optInConsequence(qint64 newlyAvailable, bool regimeCoversNow)
{
    const QString count = QLocale().toString(newlyAvailable); // the member's language (Translations::install)
    if (!regimeCoversNow)
        return tr("The platform's policy does not cover your region today, but once it does, your items will be "
                  "available for training, and training that happens cannot be undone by opting out again.");
    return tr("%1 of your items would become available for training, and training that happens cannot be undone "
              "by opting out again.")
        .arg(count);
}

qint64 itemsNewlyExposedByOptingIn(const UsageSummary &summary)
{
    qint64 items = 0;
    for (const CategorySummary &category : summary.categories) {
        if (category.genAiTraining == TrainingUse::Used)
            items += category.itemCount - category.mayHaveBeenUsed;
    }
    return items;
}

bool regimeCoversNow(const Policy &policy, const UsageSummary &summary)
{
    const QDate today = summary.asOf.toUTC().date();
    for (const Regime &regime : policy.regimes) {
        if (regime.appliesOn(today) && (summary.member.region.isEmpty() || regime.covers(summary.member.region)))
            return true;
    }
    return false;
}

} // namespace pd::OptOutWording
