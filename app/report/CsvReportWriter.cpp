#include "report/CsvReportWriter.h"

#include "core/JsonReader.h"

#include <QFileInfo>

namespace pd {

namespace {

QString row(const QStringList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &value : values)
        fields.append(CsvReportWriter::field(value));
    return fields.join(u',') + QStringLiteral("\r\n");
}

QString dateOrEmpty(const std::optional<QDate> &date)
{
    return date ? formatIsoDate(*date) : QString();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString CsvReportWriter::field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r' ||
            first == QChar(u'\0'))
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString CsvReportWriter::historyPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    return base + QStringLiteral("-history.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix);
}

QString CsvReportWriter::itemsPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = suffix.isEmpty() ? path : path.left(path.size() - suffix.size() - 1);
    return base + QStringLiteral("-items.") + (suffix.isEmpty() ? QStringLiteral("csv") : suffix);
}

QByteArray CsvReportWriter::items(const UsageReport &report)
{
    QString out =
        row({QStringLiteral("category"), QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("status"),
             QStringLiteral("window"), QStringLiteral("text"), QStringLiteral("link")});
    if (report.itemsAppendix) {
        for (const MemberItem &item : report.itemsAppendix->items)
            out += row({item.categoryId, dateOrEmpty(item.date), toString(item.kind), toString(item.status),
                        item.window ? item.window->regimeId : QString(), item.text, item.link});
    }
    return out.toUtf8();
}

QByteArray CsvReportWriter::categories(const UsageReport &report)
{
    QString out =
        row({QStringLiteral("category_id"), QStringLiteral("category"), QStringLiteral("ai_training"),
             QStringLiteral("items"), QStringLiteral("first_activity"), QStringLiteral("last_activity"),
             QStringLiteral("may_have_been_used"), QStringLiteral("exposed_if_used"), QStringLiteral("not_used"),
             QStringLiteral("future_use"), QStringLiteral("reason"), QStringLiteral("member"), QStringLiteral("region"),
             QStringLiteral("as_of"), QStringLiteral("policy_version")});
    const QString asOf = report.summary.asOf.isValid() ? formatIsoDateTime(report.summary.asOf) : QString();
    for (const CategorySummary &category : report.summary.categories) {
        out +=
            row({category.id, category.label, toString(category.genAiTraining), QString::number(category.itemCount),
                 dateOrEmpty(category.firstActivity), dateOrEmpty(category.lastActivity),
                 QString::number(category.mayHaveBeenUsed), QString::number(category.exposedIfUsed),
                 QString::number(category.notUsed), boolText(category.futureUse), report.wordingOf(category.id).reason,
                 report.summary.member.name, report.summary.member.region, asOf, report.summary.policyVersion});
    }
    return out.toUtf8();
}

QByteArray CsvReportWriter::history(const UsageReport &report)
{
    QString out = row({QStringLiteral("changed_at"), QStringLiteral("opted_out"), QStringLiteral("channel"),
                       QStringLiteral("confirmation_id"), QStringLiteral("member"), QStringLiteral("as_of")});
    const QString asOf = report.summary.asOf.isValid() ? formatIsoDateTime(report.summary.asOf) : QString();
    for (const OptOutChange &change : report.summary.history) {
        out += row({formatIsoDateTime(change.at), boolText(change.optedOut), change.channel, change.confirmationId,
                    report.summary.member.name, asOf});
    }
    return out.toUtf8();
}

} // namespace pd
