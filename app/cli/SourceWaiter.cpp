#include "SourceWaiter.h"

#include <QEventLoop>

#include <optional>

namespace pd::cli {

Result<UsageSummary> waitForSummary(MemberDataSource &source)
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
    if (!outcome)
        loop.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return std::move(*outcome);
}

Result<OptOutState> waitForOptOut(MemberDataSource &source, bool optedOut)
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
    if (!outcome)
        loop.exec();
    QObject::disconnect(confirmed);
    QObject::disconnect(failed);
    return std::move(*outcome);
}

} // namespace pd::cli
