#include "core/ApiCodec.h"

#include "core/JsonReader.h"
#include "core/Policy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pd::ApiCodec {

namespace {

QDate monthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pd::ApiCodec", text);
}

// {"key": count} with keys checked by parseKey (an invalid QDate: not a key of this map).
template <typename ParseKey>
void readCounts(JsonObjectReader &category, const QString &key, ParseKey parseKey, JsonErrors *errors,
                QMap<QDate, qint64> *into)
{
    const QJsonObject counts = category.object(key);
    // The path is built only for an error: a summary holds thousands of counts (issue 13).
    const auto entryPath = [&category, &key](const QString &entryKey) -> QString { // not a QStringBuilder
        return category.pathOf(key) + u'.' + entryKey;
    };
    for (auto entry = counts.constBegin(); entry != counts.constEnd(); ++entry) {
        const QDate date = parseKey(entry.key());
        const double count = entry.value().toDouble(-1);
        if (!date.isValid())
            errors->add(entryPath(entry.key()), tr("\"%1\" is not a valid key here").arg(entry.key()));
        else if (!entry.value().isDouble() || count < 1 || count > MaxCount ||
                 count != static_cast<double>(static_cast<qint64>(count)))
            errors->add(entryPath(entry.key()), tr("expected a count from 1 to %1").arg(MaxCount));
        else
            into->insert(date, static_cast<qint64>(count));
    }
}

} // namespace

Error invalidResponse(const QString &message)
{
    return Error::invalidInput(tr("invalid response from the server: %1").arg(message));
}

Result<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes)
{
    if (body.size() > maxBytes)
        return invalidResponse(tr("the body is larger than %1 bytes").arg(maxBytes));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidResponse(tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalidResponse(tr("expected a JSON object"));
    return document.object();
}

QJsonObject encodeChange(const OptOutChange &change)
{
    return QJsonObject{
        {QStringLiteral("at"), formatIsoDateTime(change.at)},
        {QStringLiteral("optedOut"), change.optedOut},
        {QStringLiteral("channel"), change.channel},
        {QStringLiteral("confirmationId"), nullIfEmpty(change.confirmationId)},
    };
}

OptOutChange readChange(JsonObjectReader &reader)
{
    OptOutChange change;
    change.at = reader.dateTime(QStringLiteral("at"));
    change.optedOut = reader.boolean(QStringLiteral("optedOut"));
    change.channel = reader.string(QStringLiteral("channel"));
    change.confirmationId = reader.optionalString(QStringLiteral("confirmationId")).value_or(QString());
    return change;
}

QJsonArray encodeChanges(const QList<OptOutChange> &changes)
{
    QJsonArray out;
    for (const OptOutChange &change : changes)
        out.append(encodeChange(change));
    return out;
}

QList<OptOutChange> readChanges(const QJsonArray &items, const QString &path, JsonErrors *errors)
{
    QList<OptOutChange> changes;
    if (items.size() > MaxHistoryEntries) {
        errors->add(path, tr("more than %1 entries").arg(MaxHistoryEntries));
        return changes;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors->add(itemPath, tr("expected an object"));
            continue;
        }
        JsonObjectReader entry(items.at(i).toObject(), itemPath, errors);
        changes.append(readChange(entry));
        entry.rejectUnknownKeys();
    }
    return changes;
}

QJsonObject encodeSetting(const OptOutState &state)
{
    return QJsonObject{{QStringLiteral("optedOut"), state.optedOut},
                       {QStringLiteral("changedAt"), isoDateTimeOrNull(state.changedAt)},
                       {QStringLiteral("confirmationId"), nullIfEmpty(state.confirmationId)}};
}

OptOutState readSetting(JsonObjectReader &reader)
{
    OptOutState state;
    state.optedOut = reader.boolean(QStringLiteral("optedOut"));
    state.changedAt = reader.optionalDateTime(QStringLiteral("changedAt")).value_or(QDateTime());
    state.confirmationId = reader.optionalString(QStringLiteral("confirmationId")).value_or(QString());
    return state;
}

Result<OptOutState> decodeSetting(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, 64 * 1024);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    const OptOutState state = readSetting(root);
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return state;
}

QByteArray encodeSettingUpdate(bool optedOut)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("optedOut"), optedOut}}).toJson(QJsonDocument::Compact);
}

Result<bool> decodeSettingUpdate(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalidInput(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
    if (!document.isObject())
        return Error::invalidInput(QStringLiteral("The body must be a JSON object {\"optedOut\": true|false}."));
    JsonErrors errors;
    JsonObjectReader reader(document.object(), QStringLiteral("$"), &errors);
    const bool optedOut = reader.boolean(QStringLiteral("optedOut"));
    reader.rejectUnknownKeys();
    if (!errors.ok())
        return Error::invalidInput(errors.first());
    return optedOut;
}

QByteArray settingEtag(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}

bool isStrongEtag(const QByteArray &etag)
{
    // Anchored at the very end: "$" alone also matches before a final newline (found by fuzzing).
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\"[\\x21\\x23-\\x7e]{1,128}\"")));
    return shape.match(QString::fromLatin1(etag)).hasMatch();
}

QJsonObject encodeLedger(const ActivityLedger &ledger, const std::optional<QSet<QDate>> &exactMonths)
{
    QJsonObject categories;
    for (const QString &categoryId : ledger.categoryIds()) {
        const CategoryActivity &activity = ledger.activity(categoryId);
        QJsonObject daily;
        QMap<QDate, qint64> totals;
        const QDate firstMonth = activity.first() ? monthOf(*activity.first()) : QDate();
        const QDate lastMonth = activity.last() ? monthOf(*activity.last()) : QDate();
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it) {
            const QDate month = monthOf(it.key());
            if (!exactMonths || exactMonths->contains(month) || month == firstMonth || month == lastMonth)
                daily.insert(formatIsoDate(it.key()), it.value());
            else
                totals[month] += it.value();
        }
        QJsonObject category{{QStringLiteral("undated"), activity.undated}, {QStringLiteral("daily"), daily}};
        if (!totals.isEmpty()) {
            QJsonObject monthly;
            for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
                monthly.insert(it.key().toString(QStringLiteral("yyyy-MM")), it.value());
            category.insert(QStringLiteral("monthly"), monthly);
        }
        categories.insert(categoryId, category);
    }
    return categories;
}

ActivityLedger readLedger(const QJsonObject &object, const QString &path, JsonErrors *errors, QSet<QDate> *monthTotals)
{
    static const QRegularExpression categoryId(QStringLiteral("^[a-z][a-z0-9-]{0,63}\\z"));
    ActivityLedger ledger;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString categoryPath = path + u'.' + it.key();
        if (!categoryId.match(it.key()).hasMatch()) {
            errors->add(categoryPath, tr("not a category id"));
            continue;
        }
        if (!it.value().isObject()) {
            errors->add(categoryPath, tr("expected an object"));
            continue;
        }
        JsonObjectReader category(it.value().toObject(), categoryPath, errors);
        ledger.touch(it.key());
        ledger.addUndated(it.key(), category.integer(QStringLiteral("undated"), 0, MaxCount));
        QMap<QDate, qint64> daily;
        QMap<QDate, qint64> monthly;
        readCounts(category, QStringLiteral("daily"), parseIsoDate, errors, &daily);
        if (category.has(QStringLiteral("monthly")))
            readCounts(
                category, QStringLiteral("monthly"),
                [](const QString &key) {
                    // "yyyy-MM": parseIsoDate checks the digits, the dash and the month (01-12).
                    return key.size() == 7 ? parseIsoDate(key + QStringLiteral("-01")) : QDate();
                },
                errors, &monthly);
        category.rejectUnknownKeys();
        QSet<QDate> dayMonths;
        ledger.addDaily(it.key(), daily);
        for (auto day = daily.constBegin(); day != daily.constEnd(); ++day)
            dayMonths.insert(monthOf(day.key()));
        for (auto month = monthly.constBegin(); month != monthly.constEnd(); ++month) {
            const auto monthPath = [&category, &month]() -> QString {
                return category.pathOf(QStringLiteral("monthly")) + u'.' +
                       month.key().toString(QStringLiteral("yyyy-MM"));
            };
            // The first and last items must be given by day, or their days would be lost.
            if (dayMonths.contains(month.key()))
                errors->add(monthPath(), tr("this month is also given by day"));
            else if (daily.isEmpty() || month.key() < daily.firstKey() || month.key() > daily.lastKey())
                errors->add(monthPath(), tr("the months of the first and last items must be given by day"));
            ledger.add(it.key(), month.key(), month.value());
            if (monthTotals)
                monthTotals->insert(month.key());
        }
    }
    return ledger;
}

QSet<QDate> exactMonths(const Policy &policy, const QList<OptOutChange> &history)
{
    QSet<QDate> months;
    for (const Regime &regime : policy.regimes) {
        months.insert(monthOf(regime.from));
        if (regime.to)
            months.insert(monthOf(*regime.to));
    }
    for (const OptOutChange &change : history)
        months.insert(monthOf(change.at.toUTC().date()));
    return months;
}

QJsonObject encodeSummary(const ApiUsageSummary &summary, const QSet<QDate> &exactMonths)
{
    return QJsonObject{
        {QStringLiteral("asOf"), formatIsoDateTime(summary.asOf)},
        {QStringLiteral("member"), QJsonObject{{QStringLiteral("id"), summary.member.id},
                                               {QStringLiteral("name"), summary.member.name},
                                               {QStringLiteral("region"), summary.member.region}}},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), summary.policyId}, {QStringLiteral("version"), summary.policyVersion}}},
        {QStringLiteral("optOut"), encodeSetting(summary.optOut)},
        {QStringLiteral("settingEtag"), QString::fromLatin1(summary.settingEtag)},
        {QStringLiteral("history"), encodeChanges(summary.history)},
        {QStringLiteral("historyTotal"), summary.historyTotal},
        {QStringLiteral("ledger"), encodeLedger(summary.ledger, exactMonths)},
    };
}

Result<ApiUsageSummary> decodeSummary(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, MaxSummaryBytes);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    ApiUsageSummary summary;
    {
        JsonObjectReader member(root.object(QStringLiteral("member")), root.pathOf(QStringLiteral("member")), &errors);
        summary.member.id = member.string(QStringLiteral("id"));
        summary.member.name = member.string(QStringLiteral("name"));
        summary.member.region = member.string(QStringLiteral("region"));
        static const QRegularExpression region(QStringLiteral("^[A-Z]{2}\\z"));
        if (errors.ok() && !region.match(summary.member.region).hasMatch())
            errors.add(member.pathOf(QStringLiteral("region")), tr("expected a two-letter country code"));
        member.rejectUnknownKeys();
    }
    summary.asOf = root.dateTime(QStringLiteral("asOf"));
    {
        JsonObjectReader policy(root.object(QStringLiteral("policy")), root.pathOf(QStringLiteral("policy")), &errors);
        summary.policyId = policy.string(QStringLiteral("id"));
        summary.policyVersion = policy.string(QStringLiteral("version"));
        policy.rejectUnknownKeys();
    }
    {
        JsonObjectReader optOut(root.object(QStringLiteral("optOut")), root.pathOf(QStringLiteral("optOut")), &errors);
        summary.optOut = readSetting(optOut);
        optOut.rejectUnknownKeys();
    }
    summary.settingEtag = root.string(QStringLiteral("settingEtag")).toLatin1();
    if (errors.ok() && !isStrongEtag(summary.settingEtag))
        errors.add(root.pathOf(QStringLiteral("settingEtag")), tr("not a strong entity tag"));
    summary.history =
        readChanges(root.array(QStringLiteral("history")), root.pathOf(QStringLiteral("history")), &errors);
    summary.historyTotal = root.integer(QStringLiteral("historyTotal"), 0, std::numeric_limits<qint64>::max());
    if (errors.ok() && summary.historyTotal < summary.history.size())
        errors.add(root.pathOf(QStringLiteral("historyTotal")), tr("fewer than the changes sent"));
    summary.ledger = readLedger(root.object(QStringLiteral("ledger")), root.pathOf(QStringLiteral("ledger")), &errors,
                                &summary.monthTotals);
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return summary;
}

QJsonObject encodeHistoryPage(const ApiHistoryPage &page)
{
    QJsonObject body{{QStringLiteral("history"), encodeChanges(page.changes)}};
    if (!page.next.isEmpty())
        body.insert(QStringLiteral("next"), page.next);
    return body;
}

Result<ApiHistoryPage> decodeHistoryPage(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, MaxSummaryBytes);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    ApiHistoryPage page;
    page.changes = readChanges(root.array(QStringLiteral("history")), root.pathOf(QStringLiteral("history")), &errors);
    // The cursor goes back into a URL: only characters that need no encoding.
    static const QRegularExpression cursor(QStringLiteral("^[A-Za-z0-9._~-]{1,128}\\z"));
    page.next = root.optionalString(QStringLiteral("next")).value_or(QString());
    if (errors.ok() && root.has(QStringLiteral("next")) && !cursor.match(page.next).hasMatch())
        errors.add(root.pathOf(QStringLiteral("next")), tr("not a cursor"));
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return page;
}

QJsonObject encodeItem(const MemberItem &item, bool withStatus)
{
    QJsonObject object{{QStringLiteral("category"), item.categoryId},
                       {QStringLiteral("date"), isoDateOrNull(item.date)},
                       {QStringLiteral("text"), item.text},
                       {QStringLiteral("link"), nullIfEmpty(item.link)},
                       {QStringLiteral("kind"), toString(item.kind)}};
    if (withStatus) {
        object.insert(QStringLiteral("status"), toString(item.status));
        QJsonValue window = QJsonValue::Null;
        if (item.window) {
            window = QJsonObject{
                {QStringLiteral("regime"), item.window->regimeId},
                {QStringLiteral("from"), item.window->interval.start.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("to"), item.window->interval.isOpenEnded()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(item.window->interval.end.toUTC().toString(Qt::ISODate))}};
        }
        object.insert(QStringLiteral("window"), window);
    }
    return object;
}

MemberItem readItem(JsonObjectReader &reader)
{
    static const QRegularExpression categoryShape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}\\z"));
    MemberItem item;
    item.categoryId = reader.string(QStringLiteral("category"));
    if (!item.categoryId.isEmpty() && !categoryShape.match(item.categoryId).hasMatch())
        reader.errors()->add(reader.pathOf(QStringLiteral("category")), tr("not a category id"));
    if (!reader.has(QStringLiteral("date")))
        reader.errors()->add(reader.pathOf(QStringLiteral("date")), tr("required key is missing (null when undated)"));
    item.date = reader.optionalDate(QStringLiteral("date"));
    // The server sends snippets; a longer text is cut here as well (the list never holds more).
    item.text = makeSnippet(reader.string(QStringLiteral("text")));
    item.link = reader.optionalString(QStringLiteral("link")).value_or(QString());
    const QString kind = reader.string(QStringLiteral("kind"));
    item.kind = itemKindFromString(kind).value_or(ItemKind::Other); // a newer server's kind: "other"
    return item;
}

QJsonObject encodeItemsPage(const ApiItemsPage &page)
{
    QJsonArray items;
    for (const MemberItem &item : page.items)
        items.append(encodeItem(item));
    QJsonObject body{{QStringLiteral("items"), items},
                     {QStringLiteral("listedCategories"), QJsonArray::fromStringList(page.listedCategories)}};
    if (!page.next.isEmpty())
        body.insert(QStringLiteral("next"), page.next);
    return body;
}

Result<ApiItemsPage> decodeItemsPage(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, MaxSummaryBytes);
    if (!object)
        return object.error();
    JsonErrors errors;
    JsonObjectReader root(*object, QStringLiteral("$"), &errors);
    ApiItemsPage page;
    const QJsonArray items = root.array(QStringLiteral("items"));
    if (items.size() > MaxItemsPerPage)
        errors.add(root.pathOf(QStringLiteral("items")), tr("more than %1 entries").arg(MaxItemsPerPage));
    for (qsizetype i = 0; errors.ok() && i < items.size(); ++i) {
        const QString itemPath = root.pathOf(QStringLiteral("items")) + QStringLiteral("[%1]").arg(i);
        if (!items.at(i).isObject()) {
            errors.add(itemPath, tr("expected an object"));
            break;
        }
        JsonObjectReader entry(items.at(i).toObject(), itemPath, &errors);
        page.items.append(readItem(entry));
        entry.rejectUnknownKeys();
    }
    page.listedCategories = root.stringList(QStringLiteral("listedCategories"));
    static const QRegularExpression cursor(QStringLiteral("^[A-Za-z0-9._~-]{1,128}\\z"));
    page.next = root.optionalString(QStringLiteral("next")).value_or(QString());
    if (errors.ok() && root.has(QStringLiteral("next")) && !cursor.match(page.next).hasMatch())
        errors.add(root.pathOf(QStringLiteral("next")), tr("not a cursor"));
    root.rejectUnknownKeys();
    if (!errors.ok())
        return invalidResponse(errors.first());
    return page;
}

QJsonObject encodeProblem(const ApiProblem &problem)
{
    return QJsonObject{{QStringLiteral("type"), QString(ProblemTypeBase + problem.slug)},
                       {QStringLiteral("title"), problem.title},
                       {QStringLiteral("status"), problem.status},
                       {QStringLiteral("detail"), problem.detail}};
}

std::optional<ApiProblem> decodeProblem(const QByteArray &body)
{
    if (body.size() > 16 * 1024)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ApiProblem problem;
    const QString type = object.value(QStringLiteral("type")).toString();
    problem.slug = type.startsWith(ProblemTypeBase) ? type.mid(ProblemTypeBase.size()) : QString();
    problem.title = object.value(QStringLiteral("title")).toString();
    problem.status = object.value(QStringLiteral("status")).toInt();
    problem.detail = object.value(QStringLiteral("detail")).toString();
    if (problem.title.isEmpty() && problem.detail.isEmpty())
        return std::nullopt;
    return problem;
}

} // namespace pd::ApiCodec
