#include "server/DemoSeeder.h"

#include "core/Clock.h"
#include "core/MemberRecord.h"
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
    if (*present && QFileInfo::exists(tokenFile))
        return outcome;

    const auto token = database->transaction<QString>([&]() -> Result<QString> {
        if (!*present) {
            if (auto inserted = members.insert(*demo, clock.now()); !inserted)
                return inserted.error();
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
