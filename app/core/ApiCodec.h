#pragma once

#include "core/ActivityLedger.h"
#include "core/MemberItem.h"
#include "core/OptOutHistory.h"
#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace pd {

class JsonErrors;
class JsonObjectReader;
class Policy;

// The Member Privacy API v1's bodies (resources/api/member-privacy-v1.yaml) as types, and their
// JSON written once: the reference server encodes with it, the client and the test fakes decode
// with it (and the fakes encode with it), the demo member file and the CLI's --json reuse its
// pieces. Decoding is strict (JsonObjectReader: unknown keys, wrong types and oversized bodies are
// InvalidInput naming the JSON path).

// GET /v1/me/usage-summary. Exposure is NOT in it: the client's core computes that.
struct ApiUsageSummary {
    MemberInfo member;
    QDateTime asOf;
    QString policyId;
    QString policyVersion; // the policy the ledger's exact months were chosen with
    OptOutState optOut;
    QByteArray settingEtag;      // the setting's version as its ETag ("v3"): a PUT's If-Match
    QList<OptOutChange> history; // the latest changes, oldest first (the server sends up to 50)
    qint64 historyTotal = 0;     // how many changes there are in all; more than history holds: page the rest
    ActivityLedger ledger;       // months given as totals are counted on their first day
    QSet<QDate> monthTotals;     // the months (first days) some category gave as a total, not by day
    QByteArray etag;             // the response's own ETag (not in the body)

    bool historyIsComplete() const { return historyTotal == history.size(); }
    bool operator==(const ApiUsageSummary &) const = default;
};

// GET/PUT /v1/me/settings/ai-training, with the version ETag that a PUT must match (a header).
struct ApiSetting {
    OptOutState state;
    QByteArray etag; // as sent, quotes included: "v3"
    bool operator==(const ApiSetting &) const = default;
};

// One page of GET /v1/me/settings/ai-training/history, oldest first; `next` is the cursor of the
// following page, empty on the last one.
struct ApiHistoryPage {
    QList<OptOutChange> changes;
    QString next;
    bool operator==(const ApiHistoryPage &) const = default;
};

// One page of GET /v1/me/items (issue 15): items of the listed categories in the server's order,
// the categories the server lists (so zero items is "none", not "not listed"), and the cursor of
// the following page, empty on the last one. Items carry no status: exposure is the client's.
struct ApiItemsPage {
    QList<MemberItem> items;
    QStringList listedCategories;
    QString next;
    bool operator==(const ApiItemsPage &) const = default;
};

// application/problem+json (RFC 9457). `slug` is the end of `type`, what a client switches on.
struct ApiProblem {
    QString slug;
    QString title;
    int status = 0;
    QString detail;
    bool operator==(const ApiProblem &) const = default;
};

namespace ApiCodec {

constexpr qint64 MaxCount = 1'000'000;
constexpr qsizetype MaxHistoryEntries = 100'000;
constexpr qint64 MaxSummaryBytes = 8 * 1024 * 1024;
inline const QString ProblemTypeBase = QStringLiteral("https://privacy-dashboard.example/problems/");

// "None" is written as null everywhere (isoDateOrNull, isoDateTimeOrNull, nullIfEmpty: JsonReader.h).

// {"at", "optedOut", "channel", "confirmationId"|null}: the history's entries everywhere.
QJsonObject encodeChange(const OptOutChange &change);
OptOutChange readChange(JsonObjectReader &reader);
QJsonArray encodeChanges(const QList<OptOutChange> &changes);
QList<OptOutChange> readChanges(const QJsonArray &items, const QString &path, JsonErrors *errors);

// {"optedOut", "changedAt"|null, "confirmationId"|null}: the setting's body.
QJsonObject encodeSetting(const OptOutState &state);
OptOutState readSetting(JsonObjectReader &reader);
Result<OptOutState> decodeSetting(const QByteArray &body);
// The PUT's body {"optedOut": b}, compact (also what the server's idempotency fingerprint hashes);
// decoded with the messages a problem's detail gives the client.
QByteArray encodeSettingUpdate(bool optedOut);
Result<bool> decodeSettingUpdate(const QByteArray &body);
// The setting's strong ETag, quoted: "v<N>".
QByteArray settingEtag(qint64 version);
// A strong entity tag as the PUT's If-Match needs it: "..." with visible ASCII, 1–128 characters.
bool isStrongEtag(const QByteArray &etag);

// The ledger: {"<category>": {"undated": n, "daily": {"YYYY-MM-DD": n}, "monthly": {"YYYY-MM": n}}}.
// A month is given either by day or as a total, never both. The exposure rule needs days only
// in the months where a training window can end (a change of the setting, a regime's start or
// end) and the months of each category's first and last item; `exactMonths` names the first
// ones (first days of months), the category's own are added here. nullopt: every day (the demo
// member file). Decoded, a month's total counts on its first day, so every figure the core
// computes from it is the one the full ledger gives (TestApiCodec::compactLedgerSameFigures).
QJsonObject encodeLedger(const ActivityLedger &ledger, const std::optional<QSet<QDate>> &exactMonths = std::nullopt);
ActivityLedger readLedger(const QJsonObject &object, const QString &path, JsonErrors *errors,
                          QSet<QDate> *monthTotals = nullptr);
// The months where a window of `policy` and `history` can start or end: a regime's from and to,
// and the day of every change.
QSet<QDate> exactMonths(const Policy &policy, const QList<OptOutChange> &history);

QJsonObject encodeSummary(const ApiUsageSummary &summary, const QSet<QDate> &exactMonths);
Result<ApiUsageSummary> decodeSummary(const QByteArray &body);

QJsonObject encodeHistoryPage(const ApiHistoryPage &page);
Result<ApiHistoryPage> decodeHistoryPage(const QByteArray &body);

// {"category", "date"|null, "text", "link"|null, "kind"}: an item everywhere (the API, the CLI's
// `items --json`, the report appendix). withStatus adds "status" and "window" {"regime", "from",
// "to"|null} (null when not exposed) — the client's view; the server never sends them.
QJsonObject encodeItem(const MemberItem &item, bool withStatus = false);
MemberItem readItem(JsonObjectReader &reader); // the API's form (no status)
constexpr qsizetype MaxItemsPerPage = 1000;
QJsonObject encodeItemsPage(const ApiItemsPage &page);
Result<ApiItemsPage> decodeItemsPage(const QByteArray &body);

QJsonObject encodeProblem(const ApiProblem &problem);
// Lenient on purpose: any object with a string `detail` or `title` is read (a proxy's error
// page is not a problem document: nullopt).
std::optional<ApiProblem> decodeProblem(const QByteArray &body);

// The JSON object of a body, or an InvalidInput error ("invalid response from the server: ...").
Result<QJsonObject> parseObject(const QByteArray &body, qint64 maxBytes);
Error invalidResponse(const QString &message);

} // namespace ApiCodec

} // namespace pd
