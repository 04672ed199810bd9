#include "core/JsonReader.h"

#include <QRegularExpression>

namespace pd {

void JsonErrors::add(const QString &path, const QString &message)
{
    if (m_first.isEmpty())
        m_first = path + u": " + message;
}

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path, JsonErrors *errors)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(errors)
{}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path + u'.' + key;
}

QJsonValue JsonObjectReader::take(const QString &key, bool required)
{
    m_seen.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            m_errors->add(pathOf(key), QStringLiteral("required key is missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

void JsonObjectReader::typeError(const QString &key, const char *expected)
{
    m_errors->add(pathOf(key), QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
}

QString JsonObjectReader::string(const QString &key)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        typeError(key, "a string");
        return {};
    }
    return value.toString();
}

std::optional<QString> JsonObjectReader::optionalString(const QString &key)
{
    const QJsonValue value = take(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        typeError(key, "a string or null");
        return std::nullopt;
    }
    return value.toString();
}

bool JsonObjectReader::boolean(const QString &key)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        typeError(key, "true or false");
        return false;
    }
    return value.toBool();
}

qint64 JsonObjectReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1.5);
    // In range before the cast: converting a double outside qint64 is undefined (found by
    // FuzzApiJson under clang's UBSan: 1e30 as a count).
    constexpr double Limit = 9223372036854775808.0; // 2^63
    if (!value.isDouble() || !(number >= -Limit && number < Limit) ||
        number != static_cast<double>(static_cast<qint64>(number))) {
        typeError(key, "a whole number");
        return 0;
    }
    const auto result = static_cast<qint64>(number);
    if (result < min || result > max) {
        m_errors->add(pathOf(key), QStringLiteral("%1 is out of range %2..%3").arg(result).arg(min).arg(max));
        return 0;
    }
    return result;
}

QDate JsonObjectReader::date(const QString &key)
{
    const QString text = string(key);
    if (text.isNull())
        return {};
    const QDate parsed = parseIsoDate(text);
    if (!parsed.isValid())
        m_errors->add(pathOf(key), QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return parsed;
}

std::optional<QDate> JsonObjectReader::optionalDate(const QString &key)
{
    const std::optional<QString> text = optionalString(key);
    if (!text)
        return std::nullopt;
    const QDate parsed = parseIsoDate(*text);
    if (!parsed.isValid()) {
        m_errors->add(pathOf(key), QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(*text));
        return std::nullopt;
    }
    return parsed;
}

QDateTime JsonObjectReader::dateTime(const QString &key)
{
    const QString text = string(key);
    if (text.isNull())
        return {};
    const QDateTime parsed = parseIsoDateTime(text);
    if (!parsed.isValid())
        m_errors->add(pathOf(key), QStringLiteral("\"%1\" is not a time (RFC 3339 with a zone)").arg(text));
    return parsed;
}

std::optional<QDateTime> JsonObjectReader::optionalDateTime(const QString &key)
{
    const std::optional<QString> text = optionalString(key);
    if (!text)
        return std::nullopt;
    const QDateTime parsed = parseIsoDateTime(*text);
    if (!parsed.isValid()) {
        m_errors->add(pathOf(key), QStringLiteral("\"%1\" is not a time (RFC 3339 with a zone)").arg(*text));
        return std::nullopt;
    }
    return parsed;
}

QUrl JsonObjectReader::httpsUrl(const QString &key)
{
    const QString text = string(key);
    if (text.isNull())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        m_errors->add(pathOf(key), QStringLiteral("\"%1\" is not an https URL").arg(text));
        return {};
    }
    return url;
}

QJsonObject JsonObjectReader::object(const QString &key)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        typeError(key, "an object");
        return {};
    }
    return value.toObject();
}

QJsonArray JsonObjectReader::array(const QString &key)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        typeError(key, "an array");
        return {};
    }
    return value.toArray();
}

QStringList JsonObjectReader::stringList(const QString &key)
{
    const QJsonArray items = array(key);
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            m_errors->add(pathOf(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a string"));
            continue;
        }
        result.append(items.at(i).toString());
    }
    return result;
}

void JsonObjectReader::rejectUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            m_errors->add(pathOf(it.key()), QStringLiteral("unknown key"));
    }
}

QDate parseIsoDate(const QString &text)
{
    // By hand, not with a regular expression and QDate::fromString: a summary carries thousands
    // of dates, and this was a quarter of the CLI's instructions for `summary` (issue 13).
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    int fields[3] = {0, 0, 0};
    int field = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++field;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        fields[field] = fields[field] * 10 + (c - u'0');
    }
    const QDate date(fields[0], fields[1], fields[2]);
    return date.isValid() ? date : QDate();
}

QDateTime parseIsoDateTime(const QString &text)
{
    // Qt accepts a missing zone as local time; a document must say which instant it means.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString formatIsoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatIsoDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonValue isoDateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(formatIsoDate(*date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoDateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(formatIsoDateTime(dateTime)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullIfEmpty(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

} // namespace pd
