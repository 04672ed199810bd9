#pragma once

#include "core/ActivityLedger.h"
#include "core/FileClassifier.h"
#include "core/MemberDataSource.h"
#include "core/Policy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QJsonObject;
class QTimer;

namespace pd {

class Clock;
class HttpTransport;
class RetryingSender;
struct HttpResult;

// How to reach the platform's Member Data Portability API. The base is the platform's own host;
// another one only for tests (--api-base). The token goes to that host and nowhere else.
struct LinkedInApiConnection {
    static QUrl defaultBase() { return QUrl(QStringLiteral("https://api.linkedin.com")); }
    QUrl base = defaultBase();
    QString caFile; // empty: the system's trust store
    QByteArray token;
};

// The bounds of one refresh: a member's whole snapshot is large but finite.
struct LinkedInLimits {
    qint64 maxPageBytes = 16 * 1024 * 1024; // one response; a larger one is refused
    int maxRecordsPerPage = 100'000;
    qint64 maxRecords = 2'000'000; // the whole snapshot
    int maxPages = 5'000;
    int timeoutSeconds = 600; // the whole refresh, retries included
    int requestTimeoutMs = 60'000;
};

// What the Member Changelog API says the member created or changed since their last look
// (at most 28 days back: the API keeps no more).
struct LinkedInChanges {
    QDateTime since;
    QMap<QString, qint64> byCategory;        // category id -> changes
    QMap<QString, qint64> unmappedResources; // resourceName the policy does not map -> changes
    qint64 total() const;
};

// What one refresh read, for the member and for tests: domains with their record counts, the
// domains the policy does not map (reported, never dropped silently), undated records whose date
// could not be read, the pages and the `total` the API claimed.
struct LinkedInReadReport {
    QMap<QString, qint64> recordsByDomain;
    QMap<QString, qint64> unknownDomains; // domain -> records not counted in any category
    qint64 unreadableDates = 0;
    int pages = 0;
    qint64 claimedTotal = -1; // the last page's paging.total (-1: none); never trusted
    QString toText() const;
};

// The platform's Member Data Portability API (EEA and Switzerland) as a read-only
// MemberDataSource: GET /rest/memberSnapshotData?q=criteria, following paging.links rel=next
// until a page without elements or without a next link (`total` under-reports, so it only goes
// into the report), then GET /rest/memberChangeLogs?q=memberAndApplication for the changes since
// the last look. Each domain maps to the export file it mirrors through the policy's apiDomains,
// and each record is dated by that file's FileRule: the one column logic of the archive import.
// A next link to any other scheme, host or port is refused before anything is sent. 429 and 5xx
// are retried with backoff (RetryingSender); 401/403 end with "the token was refused or has
// expired; generate a new one" (Authentication). The opt-out state is not in the API: the
// member states it, as for an archive. Owns a CurlTransport unless one is injected (tests).
class LinkedInSnapshotSource final : public MemberDataSource
{
    Q_OBJECT

public:
    struct MemberAnswers {
        QString region;                     // empty: from the profile's Geo Location, else unknown
        std::optional<QDate> optedOutSince; // empty: never opted out (the platform's default)
    };

    LinkedInSnapshotSource(LinkedInApiConnection connection, Policy policy, MemberAnswers answers, const Clock &clock,
                           HttpTransport *transport = nullptr, QObject *parent = nullptr);
    ~LinkedInSnapshotSource() override;

    void setLimits(const LinkedInLimits &limits) { m_limits = limits; }
    // Where the time of the last successful look is kept (empty: not kept; the changes then
    // cover the API's 28 days).
    void setLastLookFile(const QString &path) { m_lastLookFile = path; }

    void refresh() override;
    void cancel() override;
    bool canChangeOptOut() const override { return false; }
    QString optOutUnavailableReason() const override;
    void requestOptOut(bool optedOut) override;
    QString description() const override;

    const LinkedInReadReport &lastReport() const { return m_report; }
    const std::optional<LinkedInChanges> &lastChanges() const { return m_changes; }
    static QString tokenRefusedMessage();

Q_SIGNALS:
    // After summaryReady: what the refresh read and what changed since the last look.
    void readReportReady();

private:
    struct Run;
    void fetch(const QUrl &url, std::function<void(const QJsonObject &page)> onPage, std::function<void()> onDone);
    void readSnapshotPage(const QJsonObject &page);
    void readChangesPage(const QJsonObject &page);
    void fail(const Error &error);
    void finish();
    std::optional<QUrl> nextLink(const QJsonObject &page, QString *problem) const;
    Error errorFor(const HttpResult &result) const;
    std::optional<QDateTime> lastLook() const;

    LinkedInApiConnection m_connection;
    Policy m_policy;
    FileClassifier m_classifier;
    MemberAnswers m_answers;
    const Clock &m_clock;
    std::unique_ptr<HttpTransport> m_ownTransport;
    std::unique_ptr<RetryingSender> m_sender;
    LinkedInLimits m_limits;
    QString m_lastLookFile;
    QTimer *m_deadline = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;

    // The refresh in progress.
    ActivityLedger m_ledger;
    LinkedInReadReport m_report;
    std::optional<LinkedInChanges> m_changes;
    qint64 m_records = 0;
    QString m_memberName;
    QString m_geoLocation;
};

} // namespace pd
