#include "server/LinkedInEmulation.h"

#include "core/Clock.h"
#include "core/SafeFile.h"
#include "server/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace pd {

namespace {

const char *const ScenarioNames[] = {"member", "expired", "rate-limited", "oversized", "foreign-next"};

QByteArray bearer(const ApiRequest &request)
{
    const QByteArray value = request.header("authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return value.mid(7).trimmed();
}

ApiResponse jsonResponse(const QJsonObject &object)
{
    return ApiResponse::json(200, object);
}

QJsonObject paging(int start, int count, qint64 total, const QString &next)
{
    QJsonArray links;
    if (!next.isEmpty())
        links.append(QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                 {QStringLiteral("type"), QStringLiteral("application/json")},
                                 {QStringLiteral("href"), next}});
    return QJsonObject{{QStringLiteral("start"), start},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("total"), double(total)}};
}

} // namespace

Result<std::unique_ptr<LinkedInEmulation>>
LinkedInEmulation::create(const QString &dataDir, const QString &descriptionFile, QUrl foreignBase, const Clock *clock)
{
    QFile file(descriptionFile.isEmpty() ? QStringLiteral(":/linkedin/linkedin-api-member.json") : descriptionFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalidInput(
            QStringLiteral("cannot read the LinkedIn member description %1").arg(file.fileName()));
    const QJsonObject description = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray domains = description.value(QStringLiteral("domains")).toArray();
    if (domains.isEmpty())
        return Error::invalidInput(
            QStringLiteral("the LinkedIn member description %1 has no domains").arg(file.fileName()));

    std::unique_ptr<LinkedInEmulation> emulation(new LinkedInEmulation);
    emulation->m_clock = clock;
    emulation->m_foreignBase = std::move(foreignBase);
    emulation->m_changes = description.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : domains) {
        const QJsonObject domain = value.toObject();
        const QJsonArray columns = domain.value(QStringLiteral("columns")).toArray();
        const QJsonArray rows = domain.value(QStringLiteral("rows")).toArray();
        Page page{domain.value(QStringLiteral("domain")).toString(), {}};
        for (const QJsonValue &row : rows) {
            const QJsonArray cells = row.toArray();
            QJsonObject record;
            for (qsizetype c = 0; c < columns.size(); ++c)
                record.insert(columns.at(c).toString(), cells.at(c).toString());
            page.records.append(record);
            if (page.records.size() == RecordsPerPage) {
                emulation->m_pages.append(page);
                page.records = QJsonArray();
            }
        }
        if (!page.records.isEmpty())
            emulation->m_pages.append(page);
    }

    const QString tokenDir = dataDir + QStringLiteral("/linkedin");
    if (!QDir().mkpath(tokenDir))
        return Error::internal(QStringLiteral("cannot create %1").arg(tokenDir));
    for (int i = 0; i < int(std::size(ScenarioNames)); ++i) {
        const QString token = QStringLiteral("li_") + SecureRandom::hex(24);
        emulation->m_tokens.insert(token, Scenario(i));
        const QString path = tokenDir + u'/' + QLatin1String(ScenarioNames[i]) + QStringLiteral("-token");
        if (Result<void> written = writeFileAtomically(path, token.toLatin1() + '\n'); !written)
            return written.error();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    return emulation;
}

ApiResponse LinkedInEmulation::error(int status, const QString &code, const QString &message)
{
    ApiResponse response = ApiResponse::json(status, QJsonObject{{QStringLiteral("status"), status},
                                                                 {QStringLiteral("code"), code},
                                                                 {QStringLiteral("message"), message}});
    return response;
}

ApiResponse LinkedInEmulation::handle(const ApiRequest &request)
{
    const bool snapshotPath = request.path == u"/rest/memberSnapshotData";
    const bool changesPath = request.path == u"/rest/memberChangeLogs";
    if (!snapshotPath && !changesPath)
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No resource at this path"));
    if (request.method != "GET")
        return error(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("This API is read-only"))
            .withHeader("Allow", "GET");
    const auto scenario = m_tokens.constFind(QString::fromLatin1(bearer(request)));
    if (scenario == m_tokens.cend())
        return error(401, QStringLiteral("INVALID_ACCESS_TOKEN"), QStringLiteral("Invalid access token"));
    if (*scenario == Scenario::Expired)
        return error(401, QStringLiteral("EXPIRED_ACCESS_TOKEN"),
                     QStringLiteral("The token used in the request has expired"));
    if (request.header("linkedin-version") != "202312")
        return error(400, QStringLiteral("VERSION_MISSING"),
                     QStringLiteral("A valid LinkedIn-Version header is required"));
    return snapshotPath ? snapshot(request, *scenario) : changes(request);
}

ApiResponse LinkedInEmulation::snapshot(const ApiRequest &request, Scenario scenario)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    if (query.queryItemValue(QStringLiteral("q")) != u"criteria")
        return error(400, QStringLiteral("QUERY_MISSING"), QStringLiteral("q=criteria is required"));
    const QString domain = query.queryItemValue(QStringLiteral("domain"));
    QList<const Page *> pages;
    QSet<QString> domains;
    for (const Page &page : std::as_const(m_pages)) {
        if (domain.isEmpty() || page.domain == domain) {
            pages.append(&page);
            domains.insert(page.domain);
        }
    }
    bool ok = false;
    const int start =
        query.hasQueryItem(QStringLiteral("start")) ? query.queryItemValue(QStringLiteral("start")).toInt(&ok) : 0;
    // Each read's first request for the second page is throttled; its retry goes through.
    if (scenario == Scenario::RateLimited && start == 1 && m_rateLimitedRequests++ % 2 == 0)
        return error(429, QStringLiteral("TOO_MANY_REQUESTS"), QStringLiteral("Resource level throttle limit reached"))
            .withHeader("Retry-After", "1");
    if (query.hasQueryItem(QStringLiteral("start")) && (!ok || start < 0))
        return error(400, QStringLiteral("INVALID_PARAM"), QStringLiteral("start must be a page index"));
    // `total` under-reports on purpose, as the platform's does: it counts domains, not pages.
    const qint64 total = domains.size();
    if (start >= pages.size())
        return jsonResponse(QJsonObject{{QStringLiteral("paging"), paging(start, 0, total, {})},
                                        {QStringLiteral("elements"), QJsonArray()}});

    QString next = QStringLiteral("/rest/memberSnapshotData?q=criteria&start=%1").arg(start + 1);
    if (!domain.isEmpty())
        next += QStringLiteral("&domain=") + domain;
    if (scenario == Scenario::ForeignNext && start == 0)
        next = m_foreignBase.toString() + next;
    QJsonArray records = pages.at(start)->records;
    if (scenario == Scenario::Oversized && start == 1)
        records.append(QJsonObject{{QStringLiteral("Padding"), QString(OversizedPageBytes, u'x')}});
    const QJsonObject element{{QStringLiteral("snapshotDomain"), pages.at(start)->domain},
                              {QStringLiteral("snapshotData"), records}};
    return jsonResponse(QJsonObject{{QStringLiteral("paging"), paging(start, 1, total, next)},
                                    {QStringLiteral("elements"), QJsonArray{element}}});
}

ApiResponse LinkedInEmulation::changes(const ApiRequest &request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    if (query.queryItemValue(QStringLiteral("q")) != u"memberAndApplication")
        return error(400, QStringLiteral("QUERY_MISSING"), QStringLiteral("q=memberAndApplication is required"));
    const QDateTime now = m_clock->now().toUTC();
    const qint64 oldest = now.addDays(-28).toMSecsSinceEpoch();
    const qint64 startTime = qMax(oldest, query.queryItemValue(QStringLiteral("startTime")).toLongLong());
    QJsonArray kept;
    qint64 id = 0;
    for (const QJsonValue &value : std::as_const(m_changes)) {
        const QJsonObject change = value.toObject();
        const qint64 at =
            now.addSecs(-qint64(change.value(QStringLiteral("daysAgo")).toDouble() * 86400)).toMSecsSinceEpoch();
        ++id;
        if (at < startTime)
            continue;
        kept.append(QJsonObject{{QStringLiteral("id"), double(id)},
                                {QStringLiteral("capturedAt"), double(at)},
                                {QStringLiteral("processedAt"), double(at + 1000)},
                                {QStringLiteral("owner"), QStringLiteral("urn:li:person:demo")},
                                {QStringLiteral("actor"), QStringLiteral("urn:li:person:demo")},
                                {QStringLiteral("resourceName"), change.value(QStringLiteral("resourceName"))},
                                {QStringLiteral("method"), change.value(QStringLiteral("method"))},
                                {QStringLiteral("activityStatus"), QStringLiteral("SUCCESS")}});
    }
    const int start = query.queryItemValue(QStringLiteral("start")).toInt();
    QJsonArray page;
    for (qsizetype i = qsizetype(start) * ChangesPerPage; i < kept.size() && page.size() < ChangesPerPage; ++i)
        page.append(kept.at(i));
    const QString next = page.isEmpty()
                             ? QString()
                             : QStringLiteral("/rest/memberChangeLogs?q=memberAndApplication&startTime=%1&start=%2")
                                   .arg(startTime)
                                   .arg(start + 1);
    return jsonResponse(QJsonObject{{QStringLiteral("paging"), paging(start, ChangesPerPage, kept.size(), next)},
                                    {QStringLiteral("elements"), page}});
}

} // namespace pd
