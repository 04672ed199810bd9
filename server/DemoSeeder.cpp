#include "server/DemoSeeder.h"

#include "core/Clock.h"
#include "core/DemoItems.h"
#include "core/MemberRecord.h"
#include "core/PolicyLoader.h"
#include "server/Database.h"
#include "server/MemberStore.h"
#include "server/TokenStore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace pd {

namespace {

Result<bool> writeToken(const QString &path, const QString &token)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // before the token is in it
    const QByteArray bytes = token.toLatin1();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

Result<DemoSeeder::Outcome> DemoSeeder::ensure(Database *database, const Clock &clock, const QString &tokenFile)
{
    const Result<MemberRecord> demo = loadDemoMember();
    if (!demo)
        return demo.error();
    MemberStore members(database);
    TokenStore tokens(database, &clock);
    const auto present = members.contains(demo->member.id);
    if (!present)
        return present.error();
    Outcome outcome;
    // The demo member's items (issue 15): the same invented items as the client's demo source,
    // stored once (also into a database made before items existed).
    const auto itemCount = *present ? members.itemCount(demo->member.id) : Result<qint64>(0);
    if (!itemCount)
        return itemCount.error();
    if (*present && *itemCount == 0) {
        const Result<Policy> policy = PolicyLoader::bundled(demo->policyId);
        if (!policy)
            return policy.error();
        const auto items = makeDemoItems(*policy, demo->ledger);
        const auto stored = database->transaction<bool>([&]() -> Result<bool> {
            if (auto inserted = members.insertItems(demo->member.id, *items); !inserted)
                return inserted.error();
            return true;
        });
        if (!stored)
            return stored.error();
    }
    if (*present && QFileInfo::exists(tokenFile))
        return outcome;

    const auto token = database->transaction<QString>([&]() -> Result<QString> {
        if (!*present) {
            if (auto inserted = members.insert(*demo, clock.now()); !inserted)
                return inserted.error();
            const Result<Policy> policy = PolicyLoader::bundled(demo->policyId);
            if (!policy)
                return policy.error();
            if (auto items = members.insertItems(demo->member.id, *makeDemoItems(*policy, demo->ledger)); !items)
                return items.error();
        } else if (auto revoked = tokens.revokeLabel(demo->member.id, TokenLabel); !revoked) {
            return revoked.error();
        }
        return tokens.issue(demo->member.id, TokenLabel);
    });
    if (!token)
        return token.error();
    outcome.memberCreated = !*present;
    if (auto written = writeToken(tokenFile, *token); !written)
        return written.error();
    outcome.tokenWritten = true;
    return outcome;
}

} // namespace pd
