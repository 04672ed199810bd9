#include "cli/SourceWaiter.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace pd::cli {

namespace {

// Runs `loop` until `outcome` is set or the deadline passes.
template <typename T>
void runUntil(QEventLoop &loop, std::optional<Result<T>> &outcome, const QDeadlineTimer &deadline, int timeoutSeconds)
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (!outcome)
            outcome.emplace(
                Error{ErrorKind::Network, QStringLiteral("no answer from the server within %1 s").arg(timeoutSeconds)});
        loop.quit();
    });
    if (!deadline.isForever())
        timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    if (!outcome)
        loop.exec();
}

} // namespace

Result<UsageSummary> waitForSummary(MemberDataSource &source, const QDeadlineTimer &deadline, int timeoutSeconds)
{
    QEventLoop loop;
    std::optional<Result<UsageSummary>> outcome;
    const auto ready =
        QObject::connect(&source, &MemberDataSource::summaryReady, &loop, [&](const UsageSummary &summary) {
            outcome.emplace(summary);
            loop.quit();
        });
    const auto failed = QObject::connect(&source, &MemberDataSource::refreshFailed, &loop, [&](const Error &error) {
        outcome.emplace(error);
        loop.quit();
    });
    source.refresh();
    runUntil(loop, outcome, deadline, timeoutSeconds);
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return std::move(*outcome);
}

Result<ItemList> waitForItems(MemberDataSource &source, const QDeadlineTimer &deadline, int timeoutSeconds)
{
    QEventLoop loop;
    std::optional<Result<ItemList>> outcome;
    const auto ready = QObject::connect(&source, &MemberDataSource::itemsReady, &loop, [&](const ItemList &list) {
        outcome.emplace(list);
        loop.quit();
    });
    const auto failed = QObject::connect(&source, &MemberDataSource::itemsFailed, &loop, [&](const Error &error) {
        outcome.emplace(error);
        loop.quit();
    });
    source.requestItems();
    runUntil(loop, outcome, deadline, timeoutSeconds);
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return std::move(*outcome);
}

Result<OptOutState> waitForOptOut(MemberDataSource &source, bool optedOut, const QDeadlineTimer &deadline,
                                  int timeoutSeconds)
{
    QEventLoop loop;
    std::optional<Result<OptOutState>> outcome;
    const auto confirmed =
        QObject::connect(&source, &MemberDataSource::optOutConfirmed, &loop, [&](const OptOutState &state) {
            outcome.emplace(state);
            loop.quit();
        });
    const auto failed = QObject::connect(&source, &MemberDataSource::optOutFailed, &loop, [&](const Error &error) {
        outcome.emplace(error);
        loop.quit();
    });
    source.requestOptOut(optedOut);
    runUntil(loop, outcome, deadline, timeoutSeconds);
    QObject::disconnect(confirmed);
    QObject::disconnect(failed);
    return std::move(*outcome);
}

} // namespace pd::cli
