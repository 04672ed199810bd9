#pragma once

#include "core/ActivityLedger.h"
#include "core/ItemStore.h"
#include "core/MemberRecord.h"
#include "core/OptOutHistory.h"
#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;

// The AI-training setting as stored: its state and the version its ETag ("v<N>") is made from.
// The setting as the client sees it, plus the version its ETag and If-Match carry.
struct SettingState : OptOutState {
    qint64 version = 1;
};

struct StoredMember {
    MemberInfo info;
    QString policyId;
};

// Members, their activity ledgers, the AI-training setting and its history, in the database it
// borrows. Writes do not open transactions of their own: callers wrap them (Database::transaction)
// so a setting change and its Idempotency-Key record commit together.
class MemberStore final
{
public:
    static inline const QString AiTrainingSetting = QStringLiteral("ai-training");

    explicit MemberStore(Database *database)
        : m_database(database)
    {}

    Result<bool> contains(const QString &memberId);
    // Inserts the member, activity, history and the setting (version 1, state = last history entry).
    Result<void> insert(const MemberRecord &record, const QDateTime &now);

    Result<StoredMember> member(const QString &memberId);
    Result<ActivityLedger> ledger(const QString &memberId);
    Result<SettingState> aiTraining(const QString &memberId);
    Result<QList<OptOutChange>> history(const QString &memberId); // oldest first

    // The history in pages, oldest first: the changes after row `afterId` (0: from the start), at
    // most `limit` of them; lastId is the row of the last one, the cursor of the next page.
    struct HistoryPage {
        QList<OptOutChange> changes;
        qint64 lastId = 0;
        bool more = false; // rows follow this page
    };
    Result<HistoryPage> historyPage(const QString &memberId, qint64 afterId, int limit);

    // The member's items (issue 15), in the order stored; a category filters them (empty: all).
    // Same paging as the history: the items after row `afterId`, at most `limit`.
    struct ItemsPage {
        QList<MemberItem> items;
        qint64 lastId = 0;
        bool more = false;
    };
    Result<ItemsPage> itemsPage(const QString &memberId, const QString &categoryId, qint64 afterId, int limit);
    Result<qint64> itemCount(const QString &memberId);
    Result<void> insertItems(const QString &memberId, const ItemStore &items);

    // Sets the value (even when unchanged), bumps the version and appends a history entry.
    Result<SettingState> applyAiTraining(const QString &memberId, const OptOutChange &change);

private:
    Database *m_database;
};

} // namespace pd
