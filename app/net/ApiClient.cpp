#include "net/ApiClient.h"

#include "net/ApiErrors.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <openssl/rand.h>

namespace pd {

ApiClient::ApiClient(QUrl baseUrl, QByteArray token, HttpTransport &transport, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(baseUrl), std::move(token), transport, clock)
    , m_writer(*this, m_sender, clock)
{}

ApiClient::~ApiClient() = default; // the sender's replies are destroyed, which cancels them

QByteArray ApiClient::newIdempotencyKey()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        for (unsigned char &byte : bytes)
            byte = static_cast<unsigned char>(QRandomGenerator::system()->bounded(256));
    }
    return "pd-" + QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex();
}

void ApiClient::cancelAll()
{
    m_sender.cancelAll();
}

template <typename T>
void ApiClient::get(const QString &path, std::function<Result<T>(const HttpResult &)> decode, Callback<T> done)
{
    m_sender.send("GET", path, {}, {},
                  [this, decode = std::move(decode), done = std::move(done)](Result<HttpResult> result) {
                      if (!result)
                          return done(result.error());
                      if (result->isTransportError() || result->status != 200)
                          return done(ApiErrors::fromResult(*result, m_sender.serverName()));
                      done(decode(*result));
                  });
}

void ApiClient::fetchSummary(Callback<ApiUsageSummary> done)
{
    get<ApiUsageSummary>(
        QStringLiteral("/v1/me/usage-summary"),
        [](const HttpResult &result) -> Result<ApiUsageSummary> {
            Result<ApiUsageSummary> summary = ApiCodec::decodeSummary(result.body);
            if (summary)
                summary.value().etag = result.headers.value("ETag");
            return summary;
        },
        std::move(done));
}

void ApiClient::fetchSetting(Callback<ApiSetting> done)
{
    get<ApiSetting>(
        QStringLiteral("/v1/me/settings/ai-training"),
        [](const HttpResult &result) -> Result<ApiSetting> {
            Result<OptOutState> state = ApiCodec::decodeSetting(result.body);
            if (!state)
                return state.error();
            const QByteArray etag = result.headers.value("ETag");
            if (!ApiCodec::isStrongEtag(etag))
                return ApiCodec::invalidResponse(QObject::tr("the setting came without a strong ETag"));
            return ApiSetting{*state, etag};
        },
        std::move(done));
}

void ApiClient::fetchHistory(Callback<QList<OptOutChange>> done)
{
    fetchHistoryFrom(QString(), std::make_shared<QList<OptOutChange>>(), std::move(done));
}

void ApiClient::fetchHistoryFrom(const QString &cursor, std::shared_ptr<QList<OptOutChange>> changes,
                                 Callback<QList<OptOutChange>> done)
{
    QString path = QStringLiteral("/v1/me/settings/ai-training/history?limit=%1").arg(HistoryPageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + cursor;
    get<ApiHistoryPage>(
        path, [](const HttpResult &result) { return ApiCodec::decodeHistoryPage(result.body); },
        [this, cursor, changes, done = std::move(done)](Result<ApiHistoryPage> page) {
            if (!page)
                return done(page.error());
            changes->append(page->changes);
            if (page->next.isEmpty())
                return done(std::move(*changes));
            // A server that never ends, or hands back the same cursor, is stopped here.
            if (page->next == cursor || page->changes.isEmpty() || changes->size() > MaxHistoryChanges)
                return done(ApiCodec::invalidResponse(
                    QObject::tr("the history does not end (%1 changes read)").arg(changes->size())));
            fetchHistoryFrom(page->next, changes, done);
        });
}

void ApiClient::fetchItems(Callback<std::shared_ptr<ItemStore>> done)
{
    fetchItemsFrom(QString(), std::make_shared<ItemStore>(), 0, std::move(done));
}

void ApiClient::fetchItemsFrom(const QString &cursor, std::shared_ptr<ItemStore> store, qsizetype read,
                               Callback<std::shared_ptr<ItemStore>> done)
{
    QString path = QStringLiteral("/v1/me/items?limit=%1").arg(ItemsPageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + cursor;
    get<ApiItemsPage>(
        path, [](const HttpResult &result) { return ApiCodec::decodeItemsPage(result.body); },
        [this, cursor, store, read, done = std::move(done)](Result<ApiItemsPage> page) {
            if (!page)
                return done(page.error());
            for (const QString &category : std::as_const(page->listedCategories))
                store->markListed(category);
            for (const MemberItem &item : std::as_const(page->items))
                store->add(item);
            const qsizetype total = read + page->items.size();
            if (page->next.isEmpty()) {
                store->squeeze();
                return done(store);
            }
            // A server that never ends, or hands back the same cursor, is stopped here.
            if (page->next == cursor || page->items.isEmpty() || total > MaxItemsRead)
                return done(
                    ApiCodec::invalidResponse(QObject::tr("the item list does not end (%1 items read)").arg(total)));
            fetchItemsFrom(page->next, store, total, done);
        });
}

void ApiClient::fetchPolicy(const QString &platform, Callback<QByteArray> done)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]{1,64}\\z"));
    if (!name.match(platform).hasMatch()) {
        m_sender.answerLater([done = std::move(done), platform] {
            done(Error::internal(QObject::tr("\"%1\" is not a platform name").arg(platform)));
        });
        return;
    }
    get<QByteArray>(
        QStringLiteral("/v1/policies/") + platform,
        [](const HttpResult &result) -> Result<QByteArray> { return result.body; }, std::move(done));
}

void ApiClient::setOptedOut(const OutboxKey &owner, bool optedOut, Callback<OptOutState> done,
                            std::optional<QByteArray> ifMatch)
{
    m_writer.write(owner, optedOut, std::move(done), std::move(ifMatch));
}

void ApiClient::resendOptOut(const OutboxRecord &record, Callback<OptOutState> done)
{
    m_writer.resend(record, std::move(done));
}

} // namespace pd
