#pragma once

#include "core/Result.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace pd {

class Clock;

// A reference emulation of LinkedIn's Member Data Portability API for tests and the demo
// (privacy-api-server --linkedin-emulation): GET /rest/memberSnapshotData?q=criteria[&domain=D]
// [&start=N] and GET /rest/memberChangeLogs?q=memberAndApplication[&startTime=MS] for one invented
// member, in the documented shapes (LINKEDIN-FACTS §5). The member is the description
// resources/demo/linkedin-api-member.json, from which tests/fixtures/make_linkedin_api_member.py
// also writes the member's export ZIP: one member, two sources.
//
// Paging as the platform does it: `start` is a page index, one element (a chunk of one domain's
// records) per page, paging.links rel=next to the next page, an empty page at the end, and a
// `total` that under-reports (it counts domains, not pages). Behaviours a client must survive are
// bound to tokens, written to DATA/linkedin/<scenario>-token when the server starts:
//   member        the member's data
//   expired       401 EXPIRED_ACCESS_TOKEN, as a token past its 60 days
//   rate-limited  the first request for the second page gets 429 with Retry-After: 1, its retry
//                 goes through (and so on: every other request for that page is throttled)
//   oversized     the second page is more than 20 MB
//   foreign-next  the first page's next link points at another host (--linkedin-foreign-base)
// Requests without LinkedIn-Version: 202312 get 400. Read-only: every other method is 405.
class LinkedInEmulation final
{
public:
    static constexpr int RecordsPerPage = 10;
    static constexpr int ChangesPerPage = 5;
    static constexpr qint64 OversizedPageBytes = 21 * 1024 * 1024;

    // Reads the member description (the bundled one when `descriptionFile` is empty) and writes
    // the scenario tokens under dataDir/linkedin (0600).
    static Result<std::unique_ptr<LinkedInEmulation>> create(const QString &dataDir, const QString &descriptionFile,
                                                             QUrl foreignBase, const Clock *clock);

    static bool handles(const QString &path) { return path.startsWith(QLatin1String("/rest/")); }
    ApiResponse handle(const ApiRequest &request);

private:
    enum class Scenario {
        Member,
        Expired,
        RateLimited,
        Oversized,
        ForeignNext,
    };
    struct Page {
        QString domain;
        QJsonArray records;
    };

    LinkedInEmulation() = default;
    ApiResponse snapshot(const ApiRequest &request, Scenario scenario);
    ApiResponse changes(const ApiRequest &request);
    static ApiResponse error(int status, const QString &code, const QString &message);

    const Clock *m_clock = nullptr;
    QList<Page> m_pages;
    QJsonArray m_changes; // {resourceName, method, daysAgo}
    QHash<QString, Scenario> m_tokens;
    QUrl m_foreignBase;
    int m_rateLimitedRequests = 0;
};

} // namespace pd
