#include "OptOutOutbox.h"

#include "JsonReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pd {

OptOutOutbox::OptOutOutbox(QString directory)
    : m_directory(std::move(directory))
{}

QString OptOutOutbox::fileFor(const QString &server) const
{
    const QByteArray hash = QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_directory + QStringLiteral("/optout-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

Result<bool> OptOutOutbox::store(const OutboxRecord &record)
{
    if (!QDir().mkpath(m_directory))
        return Error::internal(QObject::tr("cannot create the outbox directory %1").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("server"), record.server},
        {QStringLiteral("optedOut"), record.optedOut},
        {QStringLiteral("idempotencyKey"), QString::fromLatin1(record.idempotencyKey)},
        {QStringLiteral("ifMatch"), QString::fromLatin1(record.ifMatch)},
        {QStringLiteral("createdAt"), formatIsoDateTime(record.createdAt)},
    };
    QSaveFile file(fileFor(record.server));
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(QObject::tr("cannot write the outbox: %1").arg(file.errorString()));
    // QSaveFile creates the file as 0666 & ~umask: narrow it before any byte is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::internal(QObject::tr("cannot write the outbox: %1").arg(file.errorString()));
    return true;
}

Result<std::optional<OutboxRecord>> OptOutOutbox::pending(const QString &server) const
{
    QFile file(fileFor(server));
    if (!file.exists())
        return std::optional<OutboxRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(QObject::tr("cannot read the outbox: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(64 * 1024);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    JsonErrors errors;
    JsonObjectReader reader(document.object(), QStringLiteral("$"), &errors);
    if (!document.isObject())
        errors.add(QStringLiteral("$"), QObject::tr("expected an object"));
    OutboxRecord record;
    reader.integer(QStringLiteral("format"), 1, 1);
    record.server = reader.string(QStringLiteral("server"));
    record.optedOut = reader.boolean(QStringLiteral("optedOut"));
    record.idempotencyKey = reader.string(QStringLiteral("idempotencyKey")).toLatin1();
    record.ifMatch = reader.string(QStringLiteral("ifMatch")).toLatin1();
    record.createdAt = reader.dateTime(QStringLiteral("createdAt"));
    reader.rejectUnknownKeys();
    if (errors.ok() && record.server != server)
        errors.add(QStringLiteral("$.server"), QObject::tr("belongs to another server"));
    if (!errors.ok())
        return Error::invalidInput(QObject::tr("the outbox record is damaged: %1").arg(errors.first()));
    return std::optional<OutboxRecord>(record);
}

void OptOutOutbox::clear(const QString &server)
{
    QFile::remove(fileFor(server));
}

} // namespace pd
