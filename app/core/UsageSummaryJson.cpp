#include "core/UsageSummaryJson.h"

#include "core/ApiCodec.h"
#include "core/JsonReader.h"

#include <QCoreApplication>
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

Result<UsageSummary> decode(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return Error::invalidInput(QCoreApplication::translate("pd::UsageSummaryJson", "not a usage summary: %1")
                                       .arg(parseError.errorString()));
    JsonErrors errors;
    JsonObjectReader root(document.object(), QStringLiteral("$"), &errors);
    UsageSummary summary;
    JsonObjectReader member(root.object(QStringLiteral("member")), root.pathOf(QStringLiteral("member")), &errors);
    summary.member.id = member.string(QStringLiteral("id"));
    summary.member.name = member.string(QStringLiteral("name"));
    summary.member.region = root.string(QStringLiteral("region"));
    summary.regionKnown = root.boolean(QStringLiteral("regionKnown"));
    summary.asOf = root.dateTime(QStringLiteral("asOf"));

    JsonObjectReader source(root.object(QStringLiteral("source")), root.pathOf(QStringLiteral("source")), &errors);
    const QString kind = source.string(QStringLiteral("kind"));
    if (kind == toString(SourceInfo::Kind::Demo))
        summary.source.kind = SourceInfo::Kind::Demo;
    else if (kind == toString(SourceInfo::Kind::Server))
        summary.source.kind = SourceInfo::Kind::Server;
    else if (kind == toString(SourceInfo::Kind::Archive))
        summary.source.kind = SourceInfo::Kind::Archive;
    else
        errors.add(source.pathOf(QStringLiteral("kind")), QStringLiteral("unknown source kind"));
    summary.source.location = source.string(QStringLiteral("location"));
    summary.source.sha256 = source.optionalString(QStringLiteral("sha256")).value_or(QString());
    summary.source.stale = source.boolean(QStringLiteral("stale"));

    JsonObjectReader policy(root.object(QStringLiteral("policy")), root.pathOf(QStringLiteral("policy")), &errors);
    summary.policyId = policy.string(QStringLiteral("id"));
    summary.policyVersion = policy.string(QStringLiteral("version"));
    JsonObjectReader optOut(root.object(QStringLiteral("optOut")), root.pathOf(QStringLiteral("optOut")), &errors);
    summary.optOut = ApiCodec::readSetting(optOut);
    summary.futureUse = root.boolean(QStringLiteral("futureUse"));

    constexpr qint64 maxCount = ApiCodec::MaxCount * 1000;
    JsonObjectReader totals(root.object(QStringLiteral("totals")), root.pathOf(QStringLiteral("totals")), &errors);
    summary.totalItems = totals.integer(QStringLiteral("itemCount"), 0, maxCount);
    summary.totalMayHaveBeenUsed = totals.integer(QStringLiteral("mayHaveBeenUsed"), 0, maxCount);
    summary.totalExposedIfUsed = totals.integer(QStringLiteral("exposedIfUsed"), 0, maxCount);
    summary.totalNotUsed = totals.integer(QStringLiteral("notUsed"), 0, maxCount);

    const QJsonArray windows = root.array(QStringLiteral("trainingWindows"));
    for (qsizetype i = 0; i < windows.size(); ++i) {
        JsonObjectReader window(windows.at(i).toObject(), QStringLiteral("$.trainingWindows[%1]").arg(i), &errors);
        summary.trainingWindows.append(
            TrainingWindow{window.string(QStringLiteral("regime")),
                           TimeInterval{window.dateTime(QStringLiteral("start")),
                                        window.optionalDateTime(QStringLiteral("end")).value_or(QDateTime())}});
    }
    summary.history =
        ApiCodec::readChanges(root.array(QStringLiteral("history")), QStringLiteral("$.history"), &errors);

    const QJsonArray categories = root.array(QStringLiteral("categories"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        JsonObjectReader entry(categories.at(i).toObject(), QStringLiteral("$.categories[%1]").arg(i), &errors);
        CategorySummary category;
        category.id = entry.string(QStringLiteral("id"));
        category.label = entry.string(QStringLiteral("label"));
        category.itemCount = entry.integer(QStringLiteral("itemCount"), 0, maxCount);
        const std::optional<TrainingUse> use = trainingUseFromString(entry.string(QStringLiteral("genAiTraining")));
        if (!use)
            errors.add(entry.pathOf(QStringLiteral("genAiTraining")), QStringLiteral("unknown value"));
        category.genAiTraining = use.value_or(TrainingUse::Unknown);
        category.mayHaveBeenUsed = entry.integer(QStringLiteral("mayHaveBeenUsed"), 0, maxCount);
        category.exposedIfUsed = entry.integer(QStringLiteral("exposedIfUsed"), 0, maxCount);
        category.notUsed = entry.integer(QStringLiteral("notUsed"), 0, maxCount);
        category.futureUse = entry.boolean(QStringLiteral("futureUse"));
        category.firstActivity = entry.optionalDate(QStringLiteral("firstActivity"));
        category.lastActivity = entry.optionalDate(QStringLiteral("lastActivity"));
        summary.categories.append(category);
    }
    const QJsonArray monthly = root.array(QStringLiteral("monthly"));
    for (qsizetype i = 0; i < monthly.size(); ++i) {
        JsonObjectReader entry(monthly.at(i).toObject(), QStringLiteral("$.monthly[%1]").arg(i), &errors);
        MonthlyActivity month;
        month.month = QDate::fromString(entry.string(QStringLiteral("month")), QStringLiteral("yyyy-MM"));
        if (!month.month.isValid())
            errors.add(entry.pathOf(QStringLiteral("month")), QStringLiteral("expected yyyy-MM"));
        month.mayHaveBeenUsed = entry.integer(QStringLiteral("mayHaveBeenUsed"), 0, maxCount);
        month.exposedIfUsed = entry.integer(QStringLiteral("exposedIfUsed"), 0, maxCount);
        month.notUsed = entry.integer(QStringLiteral("notUsed"), 0, maxCount);
        month.notTrainingCategory = entry.integer(QStringLiteral("notTrainingCategory"), 0, maxCount);
        summary.monthly.append(month);
    }
    if (!errors.ok())
        return Error::invalidInput(errors.first());
    return summary;
}

} // namespace pd::UsageSummaryJson
