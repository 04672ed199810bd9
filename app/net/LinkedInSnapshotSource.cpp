#include "net/LinkedInSnapshotSource.h"

#include "core/Clock.h"
#include "core/RegionInference.h"
#include "core/SafeFile.h"
#include "core/UsageSummary.h"
#include "net/ApiErrors.h"
#include "net/CurlTransport.h"
#include "net/RetryingSender.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace pd {

namespace {

constexpr int ChangelogDays = 28; // the Member Changelog API keeps no more

QByteArray fieldValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isDouble())
        return QByteArray::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return {};
}

// snapshotData is an array of flat records; a single object is read as one record.
QJsonArray recordsOf(const QJsonValue &data)
{
    if (data.isArray())
        return data.toArray();
    if (data.isObject())
        return QJsonArray{data};
    return {};
}

} // namespace

qint64 LinkedInChanges::total() const
{
    qint64 sum = 0;
    for (const qint64 n : byCategory)
        sum += n;
    return sum;
}

QString LinkedInReadReport::toText() const
{
    QStringList lines;
    qint64 records = 0;
    for (const qint64 n : recordsByDomain)
        records += n;
    lines.append(QObject::tr("Records read from the platform's API: %1, in %2 pages.").arg(records).arg(pages));
    for (auto it = unknownDomains.cbegin(); it != unknownDomains.cend(); ++it)
        lines.append(QObject::tr("Domain %1 is not in the policy's map; records not counted in any category: %2.")
                         .arg(it.key())
                         .arg(it.value()));
    if (unreadableDates > 0)
        lines.append(
            QObject::tr("Records with a date that could not be read, counted undated: %1.").arg(unreadableDates));
    return lines.join(u'\n');
}

LinkedInSnapshotSource::LinkedInSnapshotSource(LinkedInApiConnection connection, Policy policy, MemberAnswers answers,
                                               const Clock &clock, HttpTransport *transport, QObject *parent)
    : MemberDataSource(parent)
    , m_connection(std::move(connection))
    , m_policy(std::move(policy))
    , m_answers(std::move(answers))
    , m_clock(clock)
{
    if (Result<FileClassifier> classifier = FileClassifier::fromPolicy(m_policy))
        m_classifier = std::move(classifier).value();
    if (!transport) {
        CurlTransport::Options options;
        options.caFile = m_connection.caFile;
        m_ownTransport = std::make_unique<CurlTransport>(options);
        transport = m_ownTransport.get();
    }
    m_sender = std::make_unique<RetryingSender>(m_connection.base, m_connection.token, *transport, m_clock);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        fail(Error{ErrorKind::Network, tr("%1 did not give the whole snapshot within %2 s")
                                           .arg(m_sender->serverName())
                                           .arg(m_limits.timeoutSeconds)});
    });
}

LinkedInSnapshotSource::~LinkedInSnapshotSource()
{
    m_sender->cancelAll();
}

QString LinkedInSnapshotSource::tokenRefusedMessage()
{
    return tr("the token was refused or has expired; generate a new one");
}

QString LinkedInSnapshotSource::description() const
{
    return tr("LinkedIn's Member Data Portability API (%1)").arg(m_sender->serverName());
}

QString LinkedInSnapshotSource::optOutUnavailableReason() const
{
    return tr("The platform's API does not show or change the AI-training setting. Check or change it on the "
              "platform's page: %1")
        .arg(m_policy.setting.url.toString());
}

void LinkedInSnapshotSource::requestOptOut(bool /*optedOut*/)
{
    QTimer::singleShot(0, this, [this] { Q_EMIT optOutFailed(Error{ErrorKind::Usage, optOutUnavailableReason()}); });
}

void LinkedInSnapshotSource::cancel()
{
    if (!m_running)
        return;
    fail(Error{ErrorKind::Cancelled, tr("cancelled")});
}

void LinkedInSnapshotSource::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_deadline->stop();
    m_sender->cancelAll();
    QTimer::singleShot(0, this, [this, error] { Q_EMIT refreshFailed(error); });
}

Error LinkedInSnapshotSource::errorFor(const HttpResult &result) const
{
    if (!result.isTransportError() && (result.status == 401 || result.status == 403))
        return Error{ErrorKind::Authentication, tokenRefusedMessage()};
    if (result.error == TransportError::TooLarge)
        return Error::invalidInput(tr("a page of the answer from %1 is larger than %2 MB; refused")
                                       .arg(m_sender->serverName())
                                       .arg(m_limits.maxPageBytes / (1024 * 1024)));
    return ApiErrors::fromResult(result, m_sender->serverName());
}

std::optional<QUrl> LinkedInSnapshotSource::nextLink(const QJsonObject &page, QString *problem) const
{
    const QJsonArray links = page.value(QStringLiteral("paging")).toObject().value(QStringLiteral("links")).toArray();
    for (const QJsonValue &link : links) {
        const QJsonObject object = link.toObject();
        if (object.value(QStringLiteral("rel")).toString() != u"next")
            continue;
        const QUrl href(object.value(QStringLiteral("href")).toString(), QUrl::StrictMode);
        const QUrl next = m_connection.base.resolved(href);
        // The token goes to the base's host only: a next link anywhere else is refused unsent.
        if (!href.isValid() || next.scheme() != m_connection.base.scheme() ||
            next.host().compare(m_connection.base.host(), Qt::CaseInsensitive) != 0 ||
            next.port(443) != m_connection.base.port(443) || !next.userInfo().isEmpty()) {
            *problem = tr("the answer's next page is on another host (%1); not followed, the token was not sent there")
                           .arg(next.host().isEmpty() ? href.toString().left(80) : next.host());
            return std::nullopt;
        }
        return next;
    }
    return std::nullopt;
}

void LinkedInSnapshotSource::fetch(const QUrl &url, std::function<void(const QJsonObject &)> onPage,
                                   std::function<void()> onDone)
{
    if (m_report.pages >= m_limits.maxPages)
        return fail(Error::invalidInput(tr("the snapshot has more than %1 pages; stopped").arg(m_limits.maxPages)));
    QString pathAndQuery = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        pathAndQuery += u'?' + url.query(QUrl::FullyEncoded);
    HttpHeaders headers;
    headers.add("LinkedIn-Version", "202312");
    headers.add("X-Restli-Protocol-Version", "2.0.0");
    const quint64 generation = m_generation;
    m_sender->send(
        "GET", pathAndQuery, {}, headers,
        [this, generation, onPage = std::move(onPage), onDone = std::move(onDone)](Result<HttpResult> result) {
            if (generation != m_generation)
                return;
            if (!result)
                return fail(result.error());
            const HttpResult &http = result.value();
            if (http.isTransportError() || http.status != 200)
                return fail(errorFor(http));
            ++m_report.pages;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
            if (!document.isObject())
                return fail(
                    Error::invalidInput(tr("the answer from %1 is not a JSON object").arg(m_sender->serverName())));
            const QJsonObject page = document.object();
            const QJsonArray elements = page.value(QStringLiteral("elements")).toArray();
            if (elements.isEmpty())
                return onDone(); // an empty page ends the list, whatever `total` said
            onPage(page);
            if (!m_running || generation != m_generation)
                return;
            QString problem;
            const std::optional<QUrl> next = nextLink(page, &problem);
            if (!problem.isEmpty())
                return fail(Error{ErrorKind::InvalidInput, problem});
            if (!next)
                return onDone();
            fetch(*next, onPage, onDone);
        });
}

void LinkedInSnapshotSource::refresh()
{
    if (m_running)
        return; // merged into the refresh already running
    m_running = true;
    const quint64 generation = ++m_generation;
    m_ledger = ActivityLedger();
    m_report = LinkedInReadReport();
    m_changes.reset();
    m_records = 0;
    m_memberName.clear();
    m_geoLocation.clear();

    RetryPolicy retry;
    retry.requestTimeoutMs = m_limits.requestTimeoutMs;
    retry.maxResponseBytes = m_limits.maxPageBytes;
    m_sender->setPolicy(retry);
    m_deadline->start(std::chrono::seconds(m_limits.timeoutSeconds));

    if (m_policy.apiDomains.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(Error::internal(tr("the policy does not map the platform API's domains (apiDomains)")));
        });
        return;
    }
    QUrl snapshot = m_connection.base;
    snapshot.setPath(QStringLiteral("/rest/memberSnapshotData"));
    snapshot.setQuery(QStringLiteral("q=criteria"));
    fetch(
        snapshot, [this](const QJsonObject &page) { readSnapshotPage(page); },
        [this, generation] {
            if (generation != m_generation)
                return;
            const QDateTime now = m_clock.now().toUTC();
            QDateTime since = now.addDays(-ChangelogDays);
            if (const std::optional<QDateTime> last = lastLook(); last && *last > since && *last <= now)
                since = *last;
            m_changes = LinkedInChanges{since, {}, {}};
            QUrl changes = m_connection.base;
            changes.setPath(QStringLiteral("/rest/memberChangeLogs"));
            changes.setQuery(QStringLiteral("q=memberAndApplication&startTime=%1").arg(since.toMSecsSinceEpoch()));
            fetch(
                changes, [this](const QJsonObject &page) { readChangesPage(page); },
                [this, generation] {
                    if (generation == m_generation)
                        finish();
                });
        });
}

void LinkedInSnapshotSource::readSnapshotPage(const QJsonObject &page)
{
    const QJsonValue total = page.value(QStringLiteral("paging")).toObject().value(QStringLiteral("total"));
    if (total.isDouble())
        m_report.claimedTotal = qint64(total.toDouble());
    const QJsonArray elements = page.value(QStringLiteral("elements")).toArray();
    qint64 onPage = 0;
    for (const QJsonValue &element : elements) {
        const QJsonObject object = element.toObject();
        const QString domain = object.value(QStringLiteral("snapshotDomain")).toString();
        const QJsonArray records = recordsOf(object.value(QStringLiteral("snapshotData")));
        onPage += records.size();
        if (onPage > m_limits.maxRecordsPerPage)
            return fail(Error::invalidInput(
                tr("a page of the snapshot holds more than %1 records; refused").arg(m_limits.maxRecordsPerPage)));
        m_records += records.size();
        if (m_records > m_limits.maxRecords)
            return fail(
                Error::invalidInput(tr("the snapshot holds more than %1 records; stopped").arg(m_limits.maxRecords)));
        m_report.recordsByDomain[domain] += records.size();

        const ApiDomainRule *domainRule = m_policy.apiDomain(domain);
        const FileRule *rule = domainRule ? m_classifier.rule(domainRule->archiveFile) : nullptr;
        if (!rule) {
            m_report.unknownDomains[domain] += records.size();
            continue;
        }
        m_ledger.touch(rule->categoryId);
        const bool profile = domainRule->archiveFile == u"Profile";
        for (const QJsonValue &record : records) {
            const QJsonObject fields = record.toObject();
            QList<QPair<QString, QByteArray>> pairs;
            pairs.reserve(fields.size());
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                pairs.append({it.key(), fieldValue(it.value())});
            const ItemDate date = rule->recordDate(pairs);
            switch (date.kind) {
            case ItemDate::Kind::Dated:
                m_ledger.add(rule->categoryId, date.day);
                break;
            case ItemDate::Kind::Unreadable:
                ++m_report.unreadableDates;
                m_ledger.addUndated(rule->categoryId);
                break;
            case ItemDate::Kind::Undated:
                m_ledger.addUndated(rule->categoryId);
                break;
            }
            if (profile && m_memberName.isEmpty()) {
                const QString name = fields.value(QStringLiteral("First Name")).toString() + u' ' +
                                     fields.value(QStringLiteral("Last Name")).toString();
                m_memberName = name.trimmed();
                m_geoLocation = fields.value(QStringLiteral("Geo Location")).toString();
            }
        }
    }
}

void LinkedInSnapshotSource::readChangesPage(const QJsonObject &page)
{
    const QJsonArray elements = page.value(QStringLiteral("elements")).toArray();
    const qint64 sinceMs = m_changes->since.toMSecsSinceEpoch();
    for (const QJsonValue &element : elements) {
        const QJsonObject object = element.toObject();
        if (object.value(QStringLiteral("method")).toString() == u"DELETE")
            continue;
        if (qint64(object.value(QStringLiteral("capturedAt")).toDouble()) < sinceMs)
            continue;
        const QString resource = object.value(QStringLiteral("resourceName")).toString();
        const FileRule *rule = nullptr;
        for (const ApiDomainRule &domain : std::as_const(m_policy.apiDomains)) {
            if (domain.changeResources.contains(resource)) {
                rule = m_classifier.rule(domain.archiveFile);
                break;
            }
        }
        if (rule)
            ++m_changes->byCategory[rule->categoryId];
        else
            ++m_changes->unmappedResources[resource];
    }
}

std::optional<QDateTime> LinkedInSnapshotSource::lastLook() const
{
    if (m_lastLookFile.isEmpty())
        return std::nullopt;
    QFile file(m_lastLookFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDateTime when = QDateTime::fromString(QString::fromLatin1(file.read(64).trimmed()), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

void LinkedInSnapshotSource::finish()
{
    m_running = false;
    m_deadline->stop();
    const QDateTime now = m_clock.now().toUTC();
    if (!m_lastLookFile.isEmpty())
        (void)writeFileAtomically(m_lastLookFile, now.toString(Qt::ISODate).toLatin1() + '\n');

    MemberInfo member;
    member.name = m_memberName;
    member.region = m_answers.region.isEmpty() ? countryFromGeoLocation(m_geoLocation) : m_answers.region.toUpper();
    OptOutHistory history(m_policy.setting.defaultOptedOut);
    if (m_answers.optedOutSince) {
        OptOutChange change;
        change.at = QDateTime(*m_answers.optedOutSince, QTime(0, 0), Qt::UTC);
        change.optedOut = true;
        change.channel = QStringLiteral("member-stated");
        history.append(change);
    }
    const SourceInfo source{SourceInfo::Kind::PlatformApi, m_sender->serverName(), {}, false};
    const UsageSummary summary = buildUsageSummary(m_policy, member, m_ledger, history, source, m_clock);
    Q_EMIT summaryReady(summary);
    Q_EMIT readReportReady();
}

} // namespace pd
