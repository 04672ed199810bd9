#include "core/UsageSummaryJson.h"

#include "core/ApiCodec.h"
#include "core/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::UsageSummaryJson {

QJsonObject encode(const UsageSummary &summary)
{
    QJsonArray categories;
    for (const CategorySummary &category : summary.categories) {
        categories.append(QJsonObject{
            {QStringLiteral("id"), category.id},
            {QStringLiteral("label"), category.label},
            {QStringLiteral("itemCount"), category.itemCount},
            {QStringLiteral("genAiTraining"), toString(category.genAiTraining)},
            {QStringLiteral("mayHaveBeenUsed"), category.mayHaveBeenUsed},
            {QStringLiteral("exposedIfUsed"), category.exposedIfUsed},
            {QStringLiteral("notUsed"), category.notUsed},
            {QStringLiteral("futureUse"), category.futureUse},
            {QStringLiteral("firstActivity"), isoDateOrNull(category.firstActivity)},
            {QStringLiteral("lastActivity"), isoDateOrNull(category.lastActivity)},
        });
    }
    QJsonArray windows;
    for (const TrainingWindow &window : summary.trainingWindows) {
        windows.append(QJsonObject{
            {QStringLiteral("regime"), window.regimeId},
            {QStringLiteral("start"), formatIsoDateTime(window.interval.start)},
            {QStringLiteral("end"), isoDateTimeOrNull(window.interval.end)},
        });
    }
    QJsonArray monthly;
    for (const MonthlyActivity &month : summary.monthly) {
        monthly.append(QJsonObject{
            {QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("mayHaveBeenUsed"), month.mayHaveBeenUsed},
            {QStringLiteral("exposedIfUsed"), month.exposedIfUsed},
            {QStringLiteral("notUsed"), month.notUsed},
            {QStringLiteral("notTrainingCategory"), month.notTrainingCategory},
        });
    }
    return QJsonObject{
        {QStringLiteral("member"),
         QJsonObject{{QStringLiteral("id"), summary.member.id}, {QStringLiteral("name"), summary.member.name}}},
        {QStringLiteral("region"), summary.member.region},
        {QStringLiteral("regionKnown"), summary.regionKnown},
        {QStringLiteral("asOf"), formatIsoDateTime(summary.asOf)},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), toString(summary.source.kind)},
                                               {QStringLiteral("location"), summary.source.location},
                                               {QStringLiteral("sha256"), nullIfEmpty(summary.source.sha256)},
                                               {QStringLiteral("stale"), summary.source.stale}}},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), summary.policyId}, {QStringLiteral("version"), summary.policyVersion}}},
        {QStringLiteral("optOut"), ApiCodec::encodeSetting(summary.optOut)},
        {QStringLiteral("futureUse"), summary.futureUse},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("itemCount"), summary.totalItems},
                                               {QStringLiteral("mayHaveBeenUsed"), summary.totalMayHaveBeenUsed},
                                               {QStringLiteral("exposedIfUsed"), summary.totalExposedIfUsed},
                                               {QStringLiteral("notUsed"), summary.totalNotUsed}}},
        {QStringLiteral("trainingWindows"), windows},
        {QStringLiteral("history"), ApiCodec::encodeChanges(summary.history)},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("monthly"), monthly},
    };
}

QByteArray toBytes(const UsageSummary &summary)
{
    return QJsonDocument(encode(summary)).toJson(QJsonDocument::Indented);
}

} // namespace pd::UsageSummaryJson
