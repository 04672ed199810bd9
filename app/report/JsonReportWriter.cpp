#include "report/JsonReportWriter.h"

#include "core/ApiCodec.h"
#include "core/JsonReader.h"
#include "core/UsageSummaryJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

const QString IntegrityKey = QStringLiteral("integrity");

QJsonArray urls(const QList<QUrl> &list)
{
    QJsonArray array;
    for (const QUrl &url : list)
        array.append(url.toString(QUrl::FullyEncoded));
    return array;
}

void appendCanonicalString(QByteArray *out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            escaped.append(QStringLiteral("\\\""));
            break;
        case u'\\':
            escaped.append(QStringLiteral("\\\\"));
            break;
        case u'\b':
            escaped.append(QStringLiteral("\\b"));
            break;
        case u'\f':
            escaped.append(QStringLiteral("\\f"));
            break;
        case u'\n':
            escaped.append(QStringLiteral("\\n"));
            break;
        case u'\r':
            escaped.append(QStringLiteral("\\r"));
            break;
        case u'\t':
            escaped.append(QStringLiteral("\\t"));
            break;
        default:
            if (c.unicode() < 0x20)
                escaped.append(QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
            else
                escaped.append(c);
        }
    }
    escaped.append(u'"');
    out->append(escaped.toUtf8());
}

void appendCanonical(QByteArray *out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->append("null");
        return;
    case QJsonValue::Bool:
        out->append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            out->append(QByteArray::number(value.toInteger()));
        else
            out->append(QByteArray::number(number, 'g', 17)); // not produced by the report
        return;
    }
    case QJsonValue::String:
        appendCanonicalString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out->append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out->append(',');
            appendCanonical(out, array.at(i));
        }
        out->append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // UTF-16 code-unit order, as RFC 8785 asks
        out->append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out->append(',');
            appendCanonicalString(out, keys.at(i));
            out->append(':');
            appendCanonical(out, object.value(keys.at(i)));
        }
        out->append('}');
        return;
    }
    }
}

QString digestOf(QJsonObject document)
{
    document.remove(IntegrityKey);
    return QString::fromLatin1(
        QCryptographicHash::hash(JsonReportWriter::canonical(document), QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray JsonReportWriter::canonical(const QJsonValue &value)
{
    QByteArray out;
    appendCanonical(&out, value);
    return out;
}

QJsonObject JsonReportWriter::encode(const UsageReport &report)
{
    // The figures are the summary's own JSON (UsageSummaryJson); the report adds the policy's
    // wording, its sentences and its own identity around them.
    const UsageSummary &summary = report.summary;
    const QJsonObject figures = UsageSummaryJson::encode(summary);
    QJsonArray regimes;
    for (const Regime &regime : report.regimes) {
        regimes.append(QJsonObject{
            {QStringLiteral("id"), regime.id},
            {QStringLiteral("label"), regime.label},
            {QStringLiteral("from"), formatIsoDate(regime.from)},
            {QStringLiteral("to"), isoDateOrNull(regime.to)},
            {QStringLiteral("legalBasis"), regime.legalBasis},
            {QStringLiteral("sources"), urls(regime.sources)},
        });
    }
    QJsonArray categories;
    for (const QJsonValue &value : figures.value(QStringLiteral("categories")).toArray()) {
        QJsonObject category = value.toObject();
        const Category wording = report.wordingOf(category.value(QStringLiteral("id")).toString());
        category.insert(QStringLiteral("description"), wording.description);
        category.insert(QStringLiteral("reason"), wording.reason);
        category.insert(QStringLiteral("source"), nullIfEmpty(wording.source));
        categories.append(category);
    }
    QJsonArray controls;
    for (const RelatedControl &control : report.policy.relatedControls) {
        controls.append(QJsonObject{{QStringLiteral("id"), control.id},
                                    {QStringLiteral("label"), control.label},
                                    {QStringLiteral("covers"), control.covers},
                                    {QStringLiteral("url"), nullIfEmpty(control.url)}});
    }
    QJsonArray rights;
    for (const ReportRight &right : report.rights) {
        rights.append(QJsonObject{{QStringLiteral("id"), right.id},
                                  {QStringLiteral("title"), right.title},
                                  {QStringLiteral("article"), right.article},
                                  {QStringLiteral("how"), right.how},
                                  {QStringLiteral("url"), nullIfEmpty(right.url)}});
    }
    QJsonArray article15;
    for (const ReportArticle15Item &item : report.article15) {
        article15.append(QJsonObject{{QStringLiteral("point"), item.point},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("text"), item.text}});
    }
    QJsonObject source = figures.value(QStringLiteral("source")).toObject();
    source.insert(QStringLiteral("description"), report.sourceDescription);
    QJsonObject optOut = figures.value(QStringLiteral("optOut")).toObject();
    optOut.insert(QStringLiteral("text"), report.optOutStateText);
    const Policy &policy = report.policy;

    QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("privacy-dashboard-usage-report")},
        {QStringLiteral("formatVersion"), UsageReport::FormatVersion},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("generatedAt"), isoDateTimeOrNull(report.generatedAt)},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), report.generatorName},
                                                  {QStringLiteral("version"), report.generatorVersion}}},
        {QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), summary.member.id},
                                               {QStringLiteral("name"), summary.member.name},
                                               {QStringLiteral("region"), summary.member.region},
                                               {QStringLiteral("regionLabel"), report.regionLabel},
                                               {QStringLiteral("regionKnown"), summary.regionKnown},
                                               {QStringLiteral("gdprApplies"), report.gdprRegion}}},
        {QStringLiteral("asOf"), isoDateTimeOrNull(summary.asOf)},
        {QStringLiteral("source"), source},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), summary.policyId},
                     {QStringLiteral("version"), summary.policyVersion},
                     {QStringLiteral("textVersion"), policy.version},
                     {QStringLiteral("platform"), policy.platform},
                     {QStringLiteral("retrieved"),
                      isoDateOrNull(policy.retrieved.isValid() ? std::optional(policy.retrieved) : std::nullopt)},
                     {QStringLiteral("setting"), QJsonObject{{QStringLiteral("name"), policy.setting.name},
                                                             {QStringLiteral("url"), nullIfEmpty(policy.setting.url)},
                                                             {QStringLiteral("menuPath"), policy.setting.menuPath}}},
                     {QStringLiteral("regimes"), regimes},
                     {QStringLiteral("sources"), urls(report.policySources)}}},
        {QStringLiteral("optOut"), optOut},
        {QStringLiteral("history"), figures.value(QStringLiteral("history"))},
        {QStringLiteral("trainingWindows"), figures.value(QStringLiteral("trainingWindows"))},
        {QStringLiteral("futureUse"), summary.futureUse},
        {QStringLiteral("totals"), figures.value(QStringLiteral("totals"))},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("monthly"), figures.value(QStringLiteral("monthly"))},
        {QStringLiteral("statements"), QJsonObject{{QStringLiteral("optOutEffect"), report.optOutEffect},
                                                   {QStringLiteral("memberFigures"), report.memberFigures},
                                                   {QStringLiteral("futureUse"), report.futureUseText}}},
        {QStringLiteral("otherControls"), controls},
        {QStringLiteral("rights"), rights},
        {QStringLiteral("gdprArticle15"), article15},
        {QStringLiteral("limitations"), QJsonArray::fromStringList(report.limitations)},
    };
    if (report.itemsAppendix) {
        // Issue 15: every item that may have been used (the same objects as `items --json`).
        const ReportItemsAppendix &appendix = *report.itemsAppendix;
        QJsonArray items;
        for (const MemberItem &item : appendix.items)
            items.append(ApiCodec::encodeItem(item, true));
        QJsonArray perCategory;
        for (const ReportItemsAppendix::CategoryItems &category : appendix.categories)
            perCategory.append(QJsonObject{{QStringLiteral("id"), category.id},
                                           {QStringLiteral("count"), category.count},
                                           {QStringLiteral("first"), isoDateOrNull(category.first)},
                                           {QStringLiteral("last"), isoDateOrNull(category.last)}});
        document.insert(QStringLiteral("itemsAppendix"),
                        QJsonObject{{QStringLiteral("count"), qint64(appendix.items.size())},
                                    {QStringLiteral("truncated"), appendix.truncated},
                                    {QStringLiteral("categories"), perCategory},
                                    {QStringLiteral("items"), items}});
    }
    document.insert(IntegrityKey, QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")},
                                              {QStringLiteral("canonicalization"),
                                               QStringLiteral("RFC 8785 (JCS) of this document without \"integrity\"")},
                                              {QStringLiteral("sha256"), digestOf(document)}});
    return document;
}

QByteArray JsonReportWriter::render(const UsageReport &report)
{
    return QJsonDocument(encode(report)).toJson(QJsonDocument::Indented);
}

bool JsonReportWriter::verify(const QJsonObject &document)
{
    const QJsonObject integrity = document.value(IntegrityKey).toObject();
    return integrity.value(QStringLiteral("algorithm")).toString() == u"sha256" &&
           integrity.value(QStringLiteral("sha256")).toString() == digestOf(document);
}

} // namespace pd
