#include "JsonReportWriter.h"

#include "ApiCodec.h"
#include "JsonReader.h"
#include "UsageSummaryJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace pd {

namespace {

const QString IntegrityKey = QStringLiteral("integrity");

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(formatIsoDate(*date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatIsoDateTime(time)) : QJsonValue(QJsonValue::Null);
}

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
    QJsonArray regimes;
    for (const ReportRegime &regime : report.regimes) {
        regimes.append(QJsonObject{
            {QStringLiteral("id"), regime.id},
            {QStringLiteral("label"), regime.label},
            {QStringLiteral("from"), formatIsoDate(regime.from)},
            {QStringLiteral("to"), dateOrNull(regime.to)},
            {QStringLiteral("legalBasis"), regime.legalBasis},
            {QStringLiteral("sources"), urls(regime.sources)},
        });
    }
    QJsonArray history;
    for (const OptOutChange &change : report.history)
        history.append(ApiCodec::encodeChange(change));
    QJsonArray windows;
    for (const TrainingWindow &window : report.trainingWindows) {
        windows.append(QJsonObject{
            {QStringLiteral("regime"), window.regimeId},
            {QStringLiteral("start"), formatIsoDateTime(window.interval.start)},
            {QStringLiteral("end"), timeOrNull(window.interval.end)},
        });
    }
    QJsonArray categories;
    for (const ReportCategory &category : report.categories) {
        categories.append(QJsonObject{
            {QStringLiteral("id"), category.id},
            {QStringLiteral("label"), category.label},
            {QStringLiteral("description"), category.description},
            {QStringLiteral("genAiTraining"), toString(category.genAiTraining)},
            {QStringLiteral("reason"), category.reason},
            {QStringLiteral("source"), urlOrNull(category.source)},
            {QStringLiteral("itemCount"), category.itemCount},
            {QStringLiteral("mayHaveBeenUsed"), category.mayHaveBeenUsed},
            {QStringLiteral("exposedIfUsed"), category.exposedIfUsed},
            {QStringLiteral("notUsed"), category.notUsed},
            {QStringLiteral("futureUse"), category.futureUse},
            {QStringLiteral("firstActivity"), dateOrNull(category.firstActivity)},
            {QStringLiteral("lastActivity"), dateOrNull(category.lastActivity)},
        });
    }
    QJsonArray monthly;
    for (const MonthlyActivity &month : report.monthly) {
        monthly.append(QJsonObject{
            {QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("mayHaveBeenUsed"), month.mayHaveBeenUsed},
            {QStringLiteral("exposedIfUsed"), month.exposedIfUsed},
            {QStringLiteral("notUsed"), month.notUsed},
            {QStringLiteral("notTrainingCategory"), month.notTrainingCategory},
        });
    }
    QJsonArray controls;
    for (const ReportControl &control : report.otherControls) {
        controls.append(QJsonObject{{QStringLiteral("id"), control.id},
                                    {QStringLiteral("label"), control.label},
                                    {QStringLiteral("covers"), control.covers},
                                    {QStringLiteral("url"), urlOrNull(control.url)}});
    }
    QJsonArray rights;
    for (const ReportRight &right : report.rights) {
        rights.append(QJsonObject{{QStringLiteral("id"), right.id},
                                  {QStringLiteral("title"), right.title},
                                  {QStringLiteral("article"), right.article},
                                  {QStringLiteral("how"), right.how},
                                  {QStringLiteral("url"), urlOrNull(right.url)}});
    }
    QJsonArray article15;
    for (const ReportArticle15Item &item : report.article15) {
        article15.append(QJsonObject{{QStringLiteral("point"), item.point},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("text"), item.text}});
    }

    QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("privacy-dashboard-usage-report")},
        {QStringLiteral("formatVersion"), UsageReport::FormatVersion},
        {QStringLiteral("title"), report.title},
        {QStringLiteral("generatedAt"), timeOrNull(report.generatedAt)},
        {QStringLiteral("generator"), QJsonObject{{QStringLiteral("name"), report.generatorName},
                                                  {QStringLiteral("version"), report.generatorVersion}}},
        {QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), report.member.id},
                                               {QStringLiteral("name"), report.member.name},
                                               {QStringLiteral("region"), report.member.region},
                                               {QStringLiteral("regionLabel"), report.regionLabel},
                                               {QStringLiteral("regionKnown"), report.regionKnown},
                                               {QStringLiteral("gdprApplies"), report.gdprRegion}}},
        {QStringLiteral("asOf"), timeOrNull(report.asOf)},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), toString(report.source.kind)},
                                               {QStringLiteral("location"), report.source.location},
                                               {QStringLiteral("sha256"), textOrNull(report.source.sha256)},
                                               {QStringLiteral("stale"), report.source.stale},
                                               {QStringLiteral("description"), report.sourceDescription}}},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), report.policyId},
                     {QStringLiteral("version"), report.policyVersion},
                     {QStringLiteral("textVersion"), report.policyTextVersion},
                     {QStringLiteral("platform"), report.platform},
                     {QStringLiteral("retrieved"), report.policyRetrieved.isValid()
                                                       ? QJsonValue(formatIsoDate(report.policyRetrieved))
                                                       : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("setting"), QJsonObject{{QStringLiteral("name"), report.settingName},
                                                             {QStringLiteral("url"), urlOrNull(report.settingUrl)},
                                                             {QStringLiteral("menuPath"), report.settingMenuPath}}},
                     {QStringLiteral("regimes"), regimes},
                     {QStringLiteral("sources"), urls(report.policySources)}}},
        {QStringLiteral("optOut"),
         QJsonObject{{QStringLiteral("optedOut"), report.optOut.optedOut},
                     {QStringLiteral("changedAt"), timeOrNull(report.optOut.changedAt)},
                     {QStringLiteral("confirmationId"), textOrNull(report.optOut.confirmationId)},
                     {QStringLiteral("text"), report.optOutStateText}}},
        {QStringLiteral("history"), history},
        {QStringLiteral("trainingWindows"), windows},
        {QStringLiteral("futureUse"), report.futureUse},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("itemCount"), report.totalItems},
                                               {QStringLiteral("mayHaveBeenUsed"), report.totalMayHaveBeenUsed},
                                               {QStringLiteral("exposedIfUsed"), report.totalExposedIfUsed},
                                               {QStringLiteral("notUsed"), report.totalNotUsed}}},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("monthly"), monthly},
        {QStringLiteral("statements"), QJsonObject{{QStringLiteral("optOutEffect"), report.optOutEffect},
                                                   {QStringLiteral("memberFigures"), report.memberFigures},
                                                   {QStringLiteral("futureUse"), report.futureUseText}}},
        {QStringLiteral("otherControls"), controls},
        {QStringLiteral("rights"), rights},
        {QStringLiteral("gdprArticle15"), article15},
        {QStringLiteral("limitations"), QJsonArray::fromStringList(report.limitations)},
    };
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
