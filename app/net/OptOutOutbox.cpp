#include "net/OptOutOutbox.h"

#include "core/JsonReader.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <limits>
#include <signal.h>

namespace pd {

namespace {
QString stateName(OutboxRecord::State state)
{
    return state == OutboxRecord::State::Waiting ? QStringLiteral("waiting") : QStringLiteral("sending");
}
} // namespace

bool OutboxRecord::beingSentElsewhere() const
{
    if (state != State::Sending || senderPid <= 0 || senderPid == QCoreApplication::applicationPid())
        return false;
    // kill(pid, 0) sends nothing: it only asks whether the process exists.
    return ::kill(pid_t(senderPid), 0) == 0 || errno == EPERM;
}

OptOutOutbox::OptOutOutbox(QString directory)
    : m_directory(std::move(directory))
{}

QString OptOutOutbox::fileFor(const OutboxKey &key) const
{
    // Length-prefixed parts, so ("a|b", "c") and ("a", "b|c") never share a file.
    QByteArray identity;
    for (const QString &part : {key.server, key.memberId, key.setting})
        identity += QByteArray::number(part.size()) + ':' + part.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24);
    return m_directory + QStringLiteral("/optout-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

QString OptOutOutbox::memberFileFor(const QString &server, const QByteArray &token) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("privacy-dashboard member of token\n");
    hash.addData(server.toUtf8());
    hash.addData("\n");
    hash.addData(token);
    return m_directory + QStringLiteral("/member-") + QString::fromLatin1(hash.result().toHex().left(24)) +
           QStringLiteral(".json");
}

Result<void> OptOutOutbox::rememberMember(const QString &server, const QByteArray &token, const QString &memberId)
{
    if (knownMember(server, token) == memberId)
        return {};
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return Error::internal(QObject::tr("cannot create the folder for unsent changes %1").arg(m_directory));
    const QJsonObject object{{QStringLiteral("format"), 1}, {QStringLiteral("memberId"), memberId}};
    if (const Result<void> written =
            writeFileAtomically(memberFileFor(server, token), QJsonDocument(object).toJson(QJsonDocument::Compact));
        !written)
        return written.error();
    return {};
}

QString OptOutOutbox::knownMember(const QString &server, const QByteArray &token) const
{
    QFile file(memberFileFor(server, token));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    return object.value(QStringLiteral("format")).toInt() == 1 ? object.value(QStringLiteral("memberId")).toString()
                                                               : QString();
}

Result<void> OptOutOutbox::store(const OutboxRecord &record)
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return Error::internal(QObject::tr("cannot create the folder for unsent changes %1").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject object{
        {QStringLiteral("format"), 2},
        {QStringLiteral("server"), record.key.server},
        {QStringLiteral("memberId"), record.key.memberId},
        {QStringLiteral("setting"), record.key.setting},
        {QStringLiteral("optedOut"), record.optedOut},
        {QStringLiteral("idempotencyKey"), QString::fromLatin1(record.idempotencyKey)},
        {QStringLiteral("ifMatch"), QString::fromLatin1(record.ifMatch)},
        {QStringLiteral("createdAt"), formatIsoDateTime(record.createdAt)},
        {QStringLiteral("state"), stateName(record.state)},
        {QStringLiteral("senderPid"), record.senderPid},
    };
    const Result<void> written =
        writeFileAtomically(fileFor(record.key), QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!written)
        return Error{written.error().kind, // a full disk is exit 6, like any other file that cannot be written
                     QObject::tr("cannot save the change before sending it (%1)").arg(written.error().message)};
    return {};
}

Result<std::optional<OutboxRecord>> OptOutOutbox::pending(const OutboxKey &key) const
{
    QFile file(fileFor(key));
    if (!file.exists())
        return std::optional<OutboxRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(QObject::tr("cannot read the unsent change: %1").arg(file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024));
    JsonErrors errors;
    JsonObjectReader reader(document.object(), QStringLiteral("$"), &errors);
    if (!document.isObject())
        errors.add(QStringLiteral("$"), QObject::tr("expected an object"));
    OutboxRecord record;
    reader.integer(QStringLiteral("format"), 2, 2);
    record.key.server = reader.string(QStringLiteral("server"));
    record.key.memberId = reader.string(QStringLiteral("memberId"));
    record.key.setting = reader.string(QStringLiteral("setting"));
    record.optedOut = reader.boolean(QStringLiteral("optedOut"));
    record.idempotencyKey = reader.string(QStringLiteral("idempotencyKey")).toLatin1();
    record.ifMatch = reader.string(QStringLiteral("ifMatch")).toLatin1();
    record.createdAt = reader.dateTime(QStringLiteral("createdAt"));
    const QString state = reader.string(QStringLiteral("state"));
    record.senderPid = reader.integer(QStringLiteral("senderPid"), 0, std::numeric_limits<qint32>::max());
    reader.rejectUnknownKeys();
    if (state == u"waiting")
        record.state = OutboxRecord::State::Waiting;
    else if (state != u"sending")
        errors.add(QStringLiteral("$.state"), QObject::tr("unknown state"));
    if (errors.ok() && !(record.key == key))
        errors.add(QStringLiteral("$"), QObject::tr("belongs to another server, member or setting"));
    if (!errors.ok())
        return Error::invalidInput(QObject::tr("the unsent change is damaged: %1").arg(errors.first()));
    return std::optional<OutboxRecord>(record);
}

Result<void> OptOutOutbox::clear(const OutboxKey &key)
{
    const QString path = fileFor(key);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error::internal(QObject::tr("cannot remove the unsent change %1").arg(path));
    return {};
}

} // namespace pd
