#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <limits>
#include <optional>

namespace pd {

// Collects the first error of a strict JSON decode, named by its JSON path ("$.regimes[1].from").
class JsonErrors final
{
public:
    void add(const QString &path, const QString &message);
    bool ok() const { return m_first.isEmpty(); }
    const QString &first() const { return m_first; }

private:
    QString m_first;
};

// Strict reader over one JSON object: every getter checks presence and type, and
// rejectUnknownKeys() fails on any key no getter asked for. Decoders of untrusted documents
// (policy files, API responses, member data) are written with it so they all fail the same way.
class JsonObjectReader final
{
public:
    JsonObjectReader(QJsonObject object, QString path, JsonErrors *errors);

    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key); // absent or null -> nullopt
    bool boolean(const QString &key);
    qint64 integer(const QString &key, qint64 min = 0, qint64 max = std::numeric_limits<qint32>::max());
    QDate date(const QString &key);                        // "YYYY-MM-DD"
    std::optional<QDate> optionalDate(const QString &key); // absent or null -> nullopt
    QDateTime dateTime(const QString &key);                // RFC 3339, converted to UTC
    std::optional<QDateTime> optionalDateTime(const QString &key);
    QUrl httpsUrl(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);

    bool has(const QString &key) const { return m_object.contains(key); }
    QString pathOf(const QString &key) const;
    JsonErrors *errors() const { return m_errors; }
    void rejectUnknownKeys();

private:
    QJsonValue take(const QString &key, bool required);
    void typeError(const QString &key, const char *expected);

    QJsonObject m_object;
    QString m_path;
    JsonErrors *m_errors;
    QSet<QString> m_seen;
};

// Shared parsing helpers for the formats our documents use.
QDate parseIsoDate(const QString &text);         // strict YYYY-MM-DD, invalid QDate otherwise
QDateTime parseIsoDateTime(const QString &text); // RFC 3339 with zone; UTC result or invalid
QString formatIsoDate(const QDate &date);
QString formatIsoDateTime(const QDateTime &dateTime); // "2024-10-02T08:15:00Z"
// The same as JSON values, null when absent: one set of date helpers for every encoder.
QJsonValue isoDateOrNull(const std::optional<QDate> &date);
QJsonValue isoDateTimeOrNull(const QDateTime &dateTime); // null when invalid
QJsonValue nullIfEmpty(const QString &text);             // the text, or null
QJsonValue nullIfEmpty(const QUrl &url);                 // fully encoded, or null

} // namespace pd
