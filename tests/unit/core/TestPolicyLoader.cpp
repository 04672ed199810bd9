// The policy loader accepts the bundled policy and rejects broken documents with an error that
// names the JSON path of the fault.
#include "core/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace pd;

namespace {

QJsonObject bundledDocument()
{
    QFile file(QStringLiteral(":/policy/linkedin.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bundled policy missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Applies an edit at a path like {"categories", 0, "label"} inside a JSON document.
using Edit = std::function<void(QJsonObject &)>;

template <typename Fn> void editArrayItem(QJsonObject &root, const QString &arrayKey, int index, Fn &&fn)
{
    QJsonArray array = root.value(arrayKey).toArray();
    QJsonObject item = array.at(index).toObject();
    fn(item);
    array.replace(index, item);
    root.insert(arrayKey, array);
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestPolicyLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledPolicyLoads();
    void brokenDocuments_data();
    void brokenDocuments();
    void notJson();
    void regionGroupsResolve();
};

void TestPolicyLoader::bundledPolicyLoads()
{
    const Result<Policy> policy = PolicyLoader::bundled();
    QVERIFY2(policy.ok(), qPrintable(policy.ok() ? QString() : policy.error().message));
    QCOMPARE(policy->id, QStringLiteral("linkedin"));
    QVERIFY(policy->categories.size() >= 15);
    QCOMPARE(policy->setting.defaultOptedOut, false);
    QCOMPARE(policy->setting.url.toString(),
             QStringLiteral("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"));
    QVERIFY(policy->category(QStringLiteral("posts")));
    QVERIFY(policy->category(QStringLiteral("posts"))->genAiTraining == TrainingUse::Used);
    QVERIFY(policy->category(QStringLiteral("messages"))->genAiTraining == TrainingUse::NotUsed);
    QCOMPARE(policy->countries.size(), 249);
    QVERIFY(!policy->relatedControls.isEmpty());
    QVERIFY(!policy->archiveFiles.isEmpty());
    // Platform facts are data: the name, the download page and the authorities by region.
    QCOMPARE(policy->platform, QStringLiteral("LinkedIn"));
    QCOMPARE(policy->dataDownload.url.toString(),
             QStringLiteral("https://www.linkedin.com/mypreferences/d/download-my-data"));
    QVERIFY(policy->dataDownload.menuPath.contains(QStringLiteral("Get a copy of your data")));
    QCOMPARE(policy->complaintAuthority(QStringLiteral("GB"))->id, QStringLiteral("ico"));
    QCOMPARE(policy->complaintAuthority(QStringLiteral("CH"))->id, QStringLiteral("fdpic"));
    QCOMPARE(policy->complaintAuthority(QStringLiteral("DE"))->id, QStringLiteral("edpb-members"));
    QCOMPARE(policy->complaintAuthority(QStringLiteral("NO"))->id, QStringLiteral("edpb-members")); // EEA only
    QCOMPARE(policy->complaintAuthority(QStringLiteral("US")), nullptr);
    for (const ComplaintAuthority &authority : policy->complaintAuthorities)
        QVERIFY2(authority.url.scheme() == u"https", qPrintable(authority.id));
    for (const Category &category : policy->categories)
        QVERIFY2(category.source.scheme() == u"https", qPrintable(category.id));
}

void TestPolicyLoader::brokenDocuments_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("unknown key at the root")
        << Edit([](QJsonObject &root) { root.insert(QStringLiteral("extra"), 1); }) << "$.extra: unknown key";
    QTest::newRow("unknown key in a category") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("categories"), 2,
                      [](QJsonObject &c) { c.insert(QStringLiteral("colour"), QStringLiteral("red")); });
    }) << "$.categories[2].colour: unknown key";
    QTest::newRow("wrong type") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("categories"), 0,
                      [](QJsonObject &c) { c.insert(QStringLiteral("label"), 5); });
    }) << "$.categories[0].label: expected a string";
    QTest::newRow("missing key") << Edit([](QJsonObject &root) { root.remove(QStringLiteral("version")); })
                                 << "$.version: required key is missing";
    QTest::newRow("bad date") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("regimes"), 0,
                      [](QJsonObject &r) { r.insert(QStringLiteral("from"), QStringLiteral("2024-13-01")); });
    }) << "$.regimes[0].from: \"2024-13-01\" is not a date";
    QTest::newRow("end before start") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("regimes"), 0,
                      [](QJsonObject &r) { r.insert(QStringLiteral("to"), QStringLiteral("2020-01-01")); });
    }) << "$.regimes[0].to: must be after \"from\"";
    QTest::newRow("unknown category id in the archive map") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("archiveFiles"), 0,
                      [](QJsonObject &f) { f.insert(QStringLiteral("category"), QStringLiteral("nope")); });
    }) << "$.archiveFiles[0].category: unknown category id \"nope\"";
    QTest::newRow("api domain naming no archive rule") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("apiDomains"), 0,
                      [](QJsonObject &d) { d.insert(QStringLiteral("archiveFile"), QStringLiteral("Nope")); });
    }) << "$.apiDomains[0].archiveFile: \"Nope\" is not a match in archiveFiles";
    QTest::newRow("api domain twice") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("apiDomains"), 1,
                      [](QJsonObject &d) { d.insert(QStringLiteral("domain"), QStringLiteral("PROFILE")); });
    }) << "$.apiDomains[1].domain: duplicate domain \"PROFILE\"";
    QTest::newRow("unknown region") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("regimes"), 1, [](QJsonObject &r) {
            r.insert(QStringLiteral("regions"),
                     QJsonObject{{QStringLiteral("include"), QJsonArray{QStringLiteral("EU"), QStringLiteral("XX")}},
                                 {QStringLiteral("exclude"), QJsonArray()}});
        });
    }) << "$.regimes[1].regions.include[1]: unknown region \"XX\"";
    QTest::newRow("unknown region of a complaint authority") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("complaintAuthorities"), 0,
                      [](QJsonObject &a) { a.insert(QStringLiteral("regions"), QJsonArray{QStringLiteral("UK")}); });
    }) << "$.complaintAuthorities[0].regions[0]: unknown region \"UK\"";
    QTest::newRow("download link not https") << Edit([](QJsonObject &root) {
        QJsonObject download = root.value(QStringLiteral("dataDownload")).toObject();
        download.insert(QStringLiteral("url"), QStringLiteral("http://www.linkedin.com/"));
        root.insert(QStringLiteral("dataDownload"), download);
    }) << "$.dataDownload.url: \"http://www.linkedin.com/\" is not an https URL";
    QTest::newRow("missing download menu path") << Edit([](QJsonObject &root) {
        QJsonObject download = root.value(QStringLiteral("dataDownload")).toObject();
        download.remove(QStringLiteral("menuPath"));
        root.insert(QStringLiteral("dataDownload"), download);
    }) << "$.dataDownload.menuPath: required key is missing";
    QTest::newRow("training use not in the enumeration") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("categories"), 0,
                      [](QJsonObject &c) { c.insert(QStringLiteral("genAiTraining"), QStringLiteral("maybe")); });
    }) << "$.categories[0].genAiTraining: \"maybe\" is not one of used, not-used, unknown";
    QTest::newRow("source not https") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("categories"), 1, [](QJsonObject &c) {
            c.insert(QStringLiteral("source"), QStringLiteral("http://example.org/faq"));
        });
    }) << "$.categories[1].source: \"http://example.org/faq\" is not an https URL";
    QTest::newRow("duplicate category id") << Edit([](QJsonObject &root) {
        editArrayItem(root, QStringLiteral("categories"), 1,
                      [](QJsonObject &c) { c.insert(QStringLiteral("id"), QStringLiteral("profile")); });
    }) << "$.categories[1].id: duplicate category id \"profile\"";
    QTest::newRow("country code of the wrong shape") << Edit([](QJsonObject &root) {
        QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
        countries.append(QStringLiteral("usa"));
        root.insert(QStringLiteral("countries"), countries);
    }) << "$.countries[249]: \"usa\" is not an ISO 3166-1 alpha-2 code";
}

void TestPolicyLoader::brokenDocuments()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expectedError);
    QJsonObject document = bundledDocument();
    edit(document);
    const Result<Policy> policy = PolicyLoader::fromJson(QJsonDocument(document).toJson());
    QVERIFY(!policy.ok());
    QVERIFY(policy.error().kind == ErrorKind::InvalidInput);
    QVERIFY2(policy.error().message.contains(expectedError), qPrintable(policy.error().message));
}

void TestPolicyLoader::notJson()
{
    for (const QByteArray &bytes :
         {QByteArray("{\"id\": "), QByteArray("[1, 2]"), QByteArray(""), QByteArray(5 * 1024 * 1024, ' ')}) {
        const Result<Policy> policy = PolicyLoader::fromJson(bytes);
        QVERIFY(!policy.ok());
        QVERIFY(policy.error().kind == ErrorKind::InvalidInput);
    }
    QVERIFY(!PolicyLoader::fromFile(QStringLiteral("/nonexistent/policy.json")).ok());
}

void TestPolicyLoader::regionGroupsResolve()
{
    const Result<Policy> policy = PolicyLoader::bundled();
    QVERIFY(policy.ok());
    const Regime *global = policy->regime(QStringLiteral("global-2024"));
    const Regime *europe = policy->regime(QStringLiteral("europe-2025"));
    QVERIFY(global && europe);
    QVERIFY(global->covers(QStringLiteral("US")));
    QVERIFY(global->covers(QStringLiteral("IN")));
    for (const char *code : {"DE", "FR", "IE", "NO", "IS", "LI", "GB", "CH"}) {
        QVERIFY2(!global->covers(QString::fromLatin1(code)), code);
        QVERIFY2(europe->covers(QString::fromLatin1(code)), code);
    }
    QVERIFY(europe->covers(QStringLiteral("CA")));
    QVERIFY(europe->covers(QStringLiteral("HK")));
    QVERIFY(!europe->covers(QStringLiteral("US")));
    QCOMPARE(global->from, QDate(2024, 9, 18));
    QCOMPARE(europe->from, QDate(2025, 11, 3));
}

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "TestPolicyLoader.moc"
