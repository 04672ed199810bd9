#include "UsageSummaryJson.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::UsageSummaryJson {

namespace {

QJsonValue dateOrNull(const std::optional<QDate> &date)
{
    return date ? QJsonValue(formatIsoDate(*date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatIsoDateTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<SourceInfo::Kind> sourceKindFromString(const QString &text)
{
    for (const auto kind : {SourceInfo::Kind::Demo, SourceInfo::Kind::Server, SourceInfo::Kind::Archive}) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

template <typename Fn> void forEachObject(const QJsonArray &items, const QString &path, JsonErrors *errors, Fn &&fn)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors->add(itemPath, QStringLiteral("expected an object"));
            continue;
        }
        JsonObjectReader reader(items.at(i).toObject(), itemPath, errors);
        fn(reader);
        reader.rejectUnknownKeys();
    }
}

} // namespace

QJsonObject encodeChange(const OptOutChange &change)
{
    return QJsonObject{
        {QStringLiteral("at"), formatIsoDateTime(change.at)},
        {QStringLiteral("optedOut"), change.optedOut},
        {QStringLiteral("channel"), change.channel},
        {QStringLiteral("confirmationId"), textOrNull(change.confirmationId)},
    };
}

QJsonObject encodeOptOut(const OptOutState &state)
{
    return QJsonObject{{QStringLiteral("optedOut"), state.optedOut},
                       {QStringLiteral("changedAt"), timeOrNull(state.changedAt)},
                       {QStringLiteral("confirmationId"), textOrNull(state.confirmationId)}};
}

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
            {QStringLiteral("firstActivity"), dateOrNull(category.firstActivity)},
            {QStringLiteral("lastActivity"), dateOrNull(category.lastActivity)},
        });
    }
    QJsonArray history;
    for (const OptOutChange &change : summary.history)
        history.append(encodeChange(change));
    QJsonArray windows;
    for (const TrainingWindow &window : summary.trainingWindows) {
        windows.append(QJsonObject{
            {QStringLiteral("regime"), window.regimeId},
            {QStringLiteral("start"), formatIsoDateTime(window.interval.start)},
            {QStringLiteral("end"), timeOrNull(window.interval.end)},
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
                                               {QStringLiteral("sha256"), textOrNull(summary.source.sha256)},
                                               {QStringLiteral("stale"), summary.source.stale}}},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), summary.policyId}, {QStringLiteral("version"), summary.policyVersion}}},
        {QStringLiteral("optOut"), encodeOptOut(summary.optOut)},
        {QStringLiteral("futureUse"), summary.futureUse},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("itemCount"), summary.totalItems},
                                               {QStringLiteral("mayHaveBeenUsed"), summary.totalMayHaveBeenUsed},
                                               {QStringLiteral("exposedIfUsed"), summary.totalExposedIfUsed},
                                               {QStringLiteral("notUsed"), summary.totalNotUsed}}},
        {QStringLiteral("trainingWindows"), windows},
        {QStringLiteral("history"), history},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("monthly"), monthly},
    };
}

QByteArray toBytes(const UsageSummary &summary)
{
    return QJsonDocument(encode(summary)).toJson(QJsonDocument::Indented);
}

Result<UsageSummary> decode(const QJsonObject &object)
{
    JsonErrors errors;
    UsageSummary summary;
    JsonObjectReader root(object, QStringLiteral("$"), &errors);

    JsonObjectReader member(root.object(QStringLiteral("member")), QStringLiteral("$.member"), &errors);
    summary.member.id = member.string(QStringLiteral("id"));
    summary.member.name = member.string(QStringLiteral("name"));
    member.rejectUnknownKeys();
    summary.member.region = root.string(QStringLiteral("region"));
    summary.regionKnown = root.boolean(QStringLiteral("regionKnown"));
    summary.asOf = root.dateTime(QStringLiteral("asOf"));

    JsonObjectReader source(root.object(QStringLiteral("source")), QStringLiteral("$.source"), &errors);
    const QString kind = source.string(QStringLiteral("kind"));
    if (const auto parsed = sourceKindFromString(kind))
        summary.source.kind = *parsed;
    else if (!kind.isNull())
        errors.add(source.pathOf(QStringLiteral("kind")), QStringLiteral("unknown source kind \"%1\"").arg(kind));
    summary.source.location = source.string(QStringLiteral("location"));
    summary.source.sha256 = source.optionalString(QStringLiteral("sha256")).value_or(QString());
    summary.source.stale = source.boolean(QStringLiteral("stale"));
    source.rejectUnknownKeys();

    JsonObjectReader policy(root.object(QStringLiteral("policy")), QStringLiteral("$.policy"), &errors);
    summary.policyId = policy.string(QStringLiteral("id"));
    summary.policyVersion = policy.string(QStringLiteral("version"));
    policy.rejectUnknownKeys();

    JsonObjectReader optOut(root.object(QStringLiteral("optOut")), QStringLiteral("$.optOut"), &errors);
    summary.optOut.optedOut = optOut.boolean(QStringLiteral("optedOut"));
    summary.optOut.changedAt = optOut.optionalDateTime(QStringLiteral("changedAt")).value_or(QDateTime());
    summary.optOut.confirmationId = optOut.optionalString(QStringLiteral("confirmationId")).value_or(QString());
    optOut.rejectUnknownKeys();

    summary.futureUse = root.boolean(QStringLiteral("futureUse"));
    JsonObjectReader totals(root.object(QStringLiteral("totals")), QStringLiteral("$.totals"), &errors);
    constexpr qint64 MaxCount = qint64(1) << 50;
    summary.totalItems = totals.integer(QStringLiteral("itemCount"), 0, MaxCount);
    summary.totalMayHaveBeenUsed = totals.integer(QStringLiteral("mayHaveBeenUsed"), 0, MaxCount);
    summary.totalExposedIfUsed = totals.integer(QStringLiteral("exposedIfUsed"), 0, MaxCount);
    summary.totalNotUsed = totals.integer(QStringLiteral("notUsed"), 0, MaxCount);
    totals.rejectUnknownKeys();

    forEachObject(root.array(QStringLiteral("trainingWindows")), QStringLiteral("$.trainingWindows"), &errors,
                  [&](JsonObjectReader &item) {
                      TrainingWindow window;
                      window.regimeId = item.string(QStringLiteral("regime"));
                      window.interval.start = item.dateTime(QStringLiteral("start"));
                      window.interval.end = item.optionalDateTime(QStringLiteral("end")).value_or(QDateTime());
                      summary.trainingWindows.append(window);
                  });
    forEachObject(root.array(QStringLiteral("history")), QStringLiteral("$.history"), &errors,
                  [&](JsonObjectReader &item) {
                      OptOutChange change;
                      change.at = item.dateTime(QStringLiteral("at"));
                      change.optedOut = item.boolean(QStringLiteral("optedOut"));
                      change.channel = item.string(QStringLiteral("channel"));
                      change.confirmationId = item.optionalString(QStringLiteral("confirmationId")).value_or(QString());
                      summary.history.append(change);
                  });
    forEachObject(
        root.array(QStringLiteral("categories")), QStringLiteral("$.categories"), &errors, [&](JsonObjectReader &item) {
            CategorySummary category;
            category.id = item.string(QStringLiteral("id"));
            category.label = item.string(QStringLiteral("label"));
            category.itemCount = item.integer(QStringLiteral("itemCount"), 0, MaxCount);
            const QString use = item.string(QStringLiteral("genAiTraining"));
            if (const auto parsed = trainingUseFromString(use))
                category.genAiTraining = *parsed;
            else if (!use.isNull())
                errors.add(item.pathOf(QStringLiteral("genAiTraining")),
                           QStringLiteral("\"%1\" is not one of used, not-used, unknown").arg(use));
            category.mayHaveBeenUsed = item.integer(QStringLiteral("mayHaveBeenUsed"), 0, MaxCount);
            category.exposedIfUsed = item.integer(QStringLiteral("exposedIfUsed"), 0, MaxCount);
            category.notUsed = item.integer(QStringLiteral("notUsed"), 0, MaxCount);
            category.futureUse = item.boolean(QStringLiteral("futureUse"));
            category.firstActivity = item.optionalDate(QStringLiteral("firstActivity"));
            category.lastActivity = item.optionalDate(QStringLiteral("lastActivity"));
            if (category.mayHaveBeenUsed + category.exposedIfUsed + category.notUsed != category.itemCount)
                errors.add(item.pathOf(QStringLiteral("itemCount")),
                           QStringLiteral("mayHaveBeenUsed + exposedIfUsed + notUsed differs from itemCount"));
            // The two figures are never merged: each belongs to one kind of category.
            if (category.mayHaveBeenUsed > 0 && category.genAiTraining != TrainingUse::Used)
                errors.add(item.pathOf(QStringLiteral("mayHaveBeenUsed")),
                           QStringLiteral("only a used category can have items that may have been used"));
            if (category.exposedIfUsed > 0 && category.genAiTraining != TrainingUse::Unknown)
                errors.add(item.pathOf(QStringLiteral("exposedIfUsed")),
                           QStringLiteral("only an unknown category has exposedIfUsed items"));
            summary.categories.append(category);
        });
    // The monthly series is optional in input (documents written before it existed lack it).
    if (root.has(QStringLiteral("monthly"))) {
        forEachObject(root.array(QStringLiteral("monthly")), QStringLiteral("$.monthly"), &errors,
                      [&](JsonObjectReader &item) {
                          MonthlyActivity month;
                          const QString text = item.string(QStringLiteral("month"));
                          month.month = text.size() == 7 ? parseIsoDate(text + QStringLiteral("-01")) : QDate();
                          if (!month.month.isValid() && !text.isNull())
                              errors.add(item.pathOf(QStringLiteral("month")),
                                         QStringLiteral("\"%1\" is not a month (YYYY-MM)").arg(text));
                          month.mayHaveBeenUsed = item.integer(QStringLiteral("mayHaveBeenUsed"), 0, MaxCount);
                          month.exposedIfUsed = item.integer(QStringLiteral("exposedIfUsed"), 0, MaxCount);
                          month.notUsed = item.integer(QStringLiteral("notUsed"), 0, MaxCount);
                          month.notTrainingCategory = item.integer(QStringLiteral("notTrainingCategory"), 0, MaxCount);
                          summary.monthly.append(month);
                      });
    }
    root.rejectUnknownKeys();

    if (!errors.ok())
        return Error::invalidInput(QStringLiteral("invalid usage summary: ") + errors.first());
    return summary;
}

} // namespace pd::UsageSummaryJson
