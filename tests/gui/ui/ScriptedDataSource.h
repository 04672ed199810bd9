#pragma once

#include "core/MemberDataSource.h"

#include <QTimer>

#include <optional>

namespace pd::test {

// A MemberDataSource that answers what the test scripted, always asynchronously (like every
// real source): a summary or a refresh error, and for opt-out writes a confirmed state or an
// error. For GUI tests that need text no real source would produce (markup in names).
class ScriptedDataSource final : public MemberDataSource
{
    Q_OBJECT

public:
    explicit ScriptedDataSource(UsageSummary summary, QObject *parent = nullptr)
        : MemberDataSource(parent)
        , m_summary(std::move(summary))
    {}

    std::optional<Error> refreshError;
    std::optional<Error> optOutError;
    int refreshes = 0;
    int optOutRequests = 0;

    void refresh() override
    {
        ++refreshes;
        QTimer::singleShot(0, this, [this] {
            if (refreshError)
                Q_EMIT refreshFailed(*refreshError);
            else
                Q_EMIT summaryReady(m_summary);
        });
    }
    bool canChangeOptOut() const override { return true; }
    void requestOptOut(bool optedOut) override
    {
        ++optOutRequests;
        QTimer::singleShot(0, this, [this, optedOut] {
            if (optOutError) {
                Q_EMIT optOutFailed(*optOutError);
                return;
            }
            m_summary.optOut = OptOutState{optedOut, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC),
                                           QStringLiteral("scripted-confirmation")};
            Q_EMIT optOutConfirmed(m_summary.optOut);
        });
    }
    QString description() const override { return QStringLiteral("scripted test source"); }

    UsageSummary &summary() { return m_summary; }

private:
    UsageSummary m_summary;
};

} // namespace pd::test
