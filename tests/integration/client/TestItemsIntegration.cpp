// Issue 15 against the real reference server over HTTPS on loopback: GET /v1/me/items pages
// (cursor chain, limits, bad parameters), the items the server's demo seeder stored are the
// client's demo items, and `items` over --server lists exactly the summary's figures for every
// listed category and status (the CLI's exit codes and its --json / --csv forms included).
#include "core/Clock.h"
#include "core/DemoItems.h"
#include "core/MemberRecord.h"
#include "core/PolicyLoader.h"
#include "net/ApiClient.h"
#include "net/CurlTransport.h"
#include "support/ReferenceServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace pd;

namespace {

QByteArray tokenOf(const test::ReferenceServer &server)
{
    QFile file(server.tokenFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

HttpResult get(CurlTransport &transport, const test::ReferenceServer &server, const QString &pathAndQuery)
{
    HttpRequest request;
    request.method = "GET";
    request.url = server.url().resolved(QUrl(pathAndQuery));
    request.headers.add("Authorization", "Bearer " + tokenOf(server));
    std::unique_ptr<HttpReply> reply(transport.send(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
        qFatal("no answer within 20 s");
    return reply->result();
}

} // namespace

class TestItemsIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.ok()); }

    void pagesFollowTheCursor()
    {
        CurlTransport transport(CurlTransport::Options{m_server.caFile()});
        QString cursor;
        qsizetype total = 0;
        int pages = 0;
        QSet<QString> cursors;
        do {
            QString path = QStringLiteral("/v1/me/items?category=comments&limit=400");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpResult result = get(transport, m_server, path);
            QCOMPARE(result.status, 200);
            const Result<ApiItemsPage> page = ApiCodec::decodeItemsPage(result.body);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            QVERIFY(page->items.size() <= 400);
            for (const MemberItem &item : page->items)
                QCOMPARE(item.categoryId, QStringLiteral("comments"));
            QVERIFY(page->listedCategories.contains(QStringLiteral("comments")));
            total += page->items.size();
            QVERIFY(!cursors.contains(page->next));
            cursors.insert(page->next);
            cursor = page->next;
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QCOMPARE(total, qsizetype(1421)); // the demo member's comments
        QCOMPARE(pages, 4);
    }

    void badParametersAre400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unknown parameter") << QStringLiteral("?sort=date");
        QTest::newRow("cursor not given") << QStringLiteral("?cursor=abc");
        QTest::newRow("limit 0") << QStringLiteral("?limit=0");
        QTest::newRow("limit too big") << QStringLiteral("?limit=1001");
        QTest::newRow("category not an id") << QStringLiteral("?category=%3Cscript%3E");
    }

    void badParametersAre400()
    {
        QFETCH(QString, query);
        CurlTransport transport(CurlTransport::Options{m_server.caFile()});
        const HttpResult result = get(transport, m_server, QStringLiteral("/v1/me/items") + query);
        QCOMPARE(result.status, 400);
    }

    void withoutTokenIs401()
    {
        CurlTransport transport(CurlTransport::Options{m_server.caFile()});
        HttpRequest request;
        request.method = "GET";
        request.url = m_server.url().resolved(QUrl(QStringLiteral("/v1/me/items")));
        std::unique_ptr<HttpReply> reply(transport.send(request));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->result().status, 401);
    }

    // The seeder stored the same invented items the client's demo source makes.
    void serverItemsAreTheDemoItems()
    {
        CurlTransport transport(CurlTransport::Options{m_server.caFile()});
        SystemClock clock;
        ApiClient client(m_server.url(), tokenOf(m_server), transport, clock);
        std::optional<Result<std::shared_ptr<ItemStore>>> fetched;
        client.fetchItems([&](Result<std::shared_ptr<ItemStore>> result) { fetched.emplace(std::move(result)); });
        QVERIFY(QTest::qWaitFor([&] { return fetched.has_value(); }, 30000));
        QVERIFY(fetched->ok());
        const ItemStore &server = *fetched->value();
        const Result<Policy> policy = PolicyLoader::bundled();
        const Result<MemberRecord> record = loadDemoMember();
        QVERIFY(policy.ok() && record.ok());
        const auto demo = makeDemoItems(*policy, record->ledger);
        QCOMPARE(server.size(), demo->size());
        QCOMPARE(server.listedCategories(), demo->listedCategories());
        for (qsizetype row = 0; row < demo->size(); ++row) {
            if (!(server.item(row) == demo->item(row)))
                QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(row)));
        }
    }

    // `items` over the server: per listed category and status, the summary's figure.
    void cliCountsEqualTheSummary()
    {
        const auto summaryRun = m_server.cli({QStringLiteral("--json"), QStringLiteral("summary")});
        QCOMPARE(summaryRun.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(summaryRun.out.toUtf8()).object();
        const auto itemsRun = m_server.cli({QStringLiteral("items"), QStringLiteral("--json")});
        QCOMPARE(itemsRun.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(itemsRun.out.toUtf8()).array();
        QVERIFY(items.size() > 1000);
        QMap<QString, QMap<QString, qint64>> counted;
        for (const QJsonValue &item : items) {
            QVERIFY(item.toObject().contains(QStringLiteral("link")));
            QVERIFY(item.toObject().contains(QStringLiteral("date")));
            ++counted[item[QStringLiteral("category")].toString()][item[QStringLiteral("status")].toString()];
        }
        int checked = 0;
        for (const QJsonValue &category : summary[QStringLiteral("categories")].toArray()) {
            const QString id = category[QStringLiteral("id")].toString();
            if (!counted.contains(id))
                continue;
            QCOMPARE(counted[id].value(QStringLiteral("may-have-been-used")),
                     category[QStringLiteral("mayHaveBeenUsed")].toInteger());
            QCOMPARE(counted[id].value(QStringLiteral("not-used")), category[QStringLiteral("notUsed")].toInteger());
            QCOMPARE(counted[id].value(QStringLiteral("unknown")),
                     category[QStringLiteral("exposedIfUsed")].toInteger());
            ++checked;
        }
        QCOMPARE(checked, 6);

        const auto posts =
            m_server.cli({QStringLiteral("items"), QStringLiteral("--category"), QStringLiteral("posts"),
                          QStringLiteral("--status"), QStringLiteral("may-have-been-used"), QStringLiteral("--csv")});
        QCOMPARE(posts.exitCode, 0);
        const QStringList lines = posts.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("category,date,kind,status,window,text,link"));
        QCOMPARE(lines.size() - 1, 396);

        const auto bad =
            m_server.cli({QStringLiteral("items"), QStringLiteral("--category"), QStringLiteral("messages")});
        QCOMPARE(bad.exitCode, 2); // private messages are never listed
    }

private:
    test::ReferenceServer m_server;
};

QTEST_GUILESS_MAIN(TestItemsIntegration)
#include "TestItemsIntegration.moc"
