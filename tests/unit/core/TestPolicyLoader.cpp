// The policy loader accepts the bundled policy and rejects broken documents with an error that
// names the JSON path of the fault.
#include "core/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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
    void textsFollowTheLanguage();
    void aMissingTranslationFallsBackToEnglish();
    void defaultLanguageIsTheMembers();
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
    const auto editSpanish = [](QJsonObject &root, const std::function<void(QJsonObject &)> &fn) {
        editArrayItem(root, QStringLiteral("categories"), 0, [&](QJsonObject &c) {
            QJsonObject l10n = c.value(QStringLiteral("l10n")).toObject();
            fn(l10n);
            c.insert(QStringLiteral("l10n"), l10n);
        });
    };
    QTest::newRow("translation of a key that is not a text") << Edit([=](QJsonObject &root) {
        editSpanish(root, [](QJsonObject &l10n) {
            QJsonObject es = l10n.value(QStringLiteral("es")).toObject();
            es.insert(QStringLiteral("genAiTraining"), QStringLiteral("usado"));
            l10n.insert(QStringLiteral("es"), es);
        });
    }) << "$.categories[0].l10n.es.genAiTraining: not a translatable text here";
    QTest::newRow("empty translation") << Edit([=](QJsonObject &root) {
        editSpanish(root, [](QJsonObject &l10n) {
            QJsonObject es = l10n.value(QStringLiteral("es")).toObject();
            es.insert(QStringLiteral("label"), QStringLiteral("  "));
            l10n.insert(QStringLiteral("es"), es);
        });
    }) << "$.categories[0].l10n.es.label: expected a non-empty string";
    QTest::newRow("English as a translation") << Edit([=](QJsonObject &root) {
        editSpanish(root, [](QJsonObject &l10n) {
            l10n.insert(QStringLiteral("en"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Profile")}});
        });
    }) << "$.categories[0].l10n.en: \"en\" is not a language code other than en";
    QTest::newRow("translations not an object") << Edit([=](QJsonObject &root) {
        editSpanish(root, [](QJsonObject &l10n) { l10n.insert(QStringLiteral("de"), QStringLiteral("Profil")); });
    }) << "$.categories[0].l10n.de: expected an object";
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

// The member-facing texts come in the language asked for; everything else (ids, training use,
// dates, regions, links) is the same in every language.
void TestPolicyLoader::textsFollowTheLanguage()
{
    const Result<Policy> english = PolicyLoader::bundled(QStringLiteral("linkedin"), QStringLiteral("en"));
    const Result<Policy> spanish = PolicyLoader::bundled(QStringLiteral("linkedin"), QStringLiteral("es"));
    const Result<Policy> german = PolicyLoader::bundled(QStringLiteral("linkedin"), QStringLiteral("de"));
    QVERIFY(english.ok() && spanish.ok() && german.ok());
    QCOMPARE(english->language, QStringLiteral("en"));
    QCOMPARE(spanish->language, QStringLiteral("es"));
    QCOMPARE(german->language, QStringLiteral("en"));
    QCOMPARE(english->categories.first().label, QStringLiteral("Profile"));
    QCOMPARE(spanish->categories.first().label, QStringLiteral("Perfil"));
    QCOMPARE(spanish->setting.name, QStringLiteral("Datos para mejorar la IA generativa"));
    QCOMPARE(spanish->dataDownload.label, QStringLiteral("Obtener una copia de tus datos"));
    for (const RegionGroup &group : spanish->regionGroups) {
        if (group.name == u"EU")
            QCOMPARE(group.label, QStringLiteral("Unión Europea"));
    }

    QCOMPARE(spanish->categories.size(), english->categories.size());
    for (qsizetype i = 0; i < english->categories.size(); ++i) {
        const Category &en = english->categories.at(i);
        const Category &es = spanish->categories.at(i);
        QCOMPARE(es.id, en.id);
        QVERIFY(es.genAiTraining == en.genAiTraining);
        QCOMPARE(es.source, en.source);
        // Every text translated (the file is complete: scripts/update-translations.sh checks it).
        QVERIFY2(es.label != en.label || en.label == u"LinkedIn Learning", qPrintable(en.id));
        QVERIFY2(es.description != en.description && es.reason != en.reason, qPrintable(en.id));
        // German has no texts yet: English throughout.
        QCOMPARE(german->categories.at(i).label, en.label);
        QCOMPARE(german->categories.at(i).reason, en.reason);
    }
    for (qsizetype i = 0; i < english->regimes.size(); ++i) {
        QCOMPARE(spanish->regimes.at(i).from, english->regimes.at(i).from);
        QCOMPARE(spanish->regimes.at(i).includedCountries, english->regimes.at(i).includedCountries);
        QVERIFY(spanish->regimes.at(i).label != english->regimes.at(i).label);
        QCOMPARE(german->regimes.at(i).description, english->regimes.at(i).description);
    }
    for (qsizetype i = 0; i < english->relatedControls.size(); ++i) {
        QCOMPARE(spanish->relatedControls.at(i).url, english->relatedControls.at(i).url);
        QVERIFY(spanish->relatedControls.at(i).covers != english->relatedControls.at(i).covers);
    }
    for (qsizetype i = 0; i < english->complaintAuthorities.size(); ++i)
        QVERIFY(spanish->complaintAuthorities.at(i).how != english->complaintAuthorities.at(i).how);
    QCOMPARE(german->setting.question, english->setting.question);
    QCOMPARE(spanish->setting.defaultOptedOut, english->setting.defaultOptedOut);
    QCOMPARE(spanish->setting.url, english->setting.url);
    QCOMPARE(spanish->archiveFiles.size(), english->archiveFiles.size());
}

// A text the language lacks keeps its English one; the others are still translated.
void TestPolicyLoader::aMissingTranslationFallsBackToEnglish()
{
    QJsonObject document = bundledDocument();
    editArrayItem(document, QStringLiteral("categories"), 0, [](QJsonObject &c) {
        QJsonObject l10n = c.value(QStringLiteral("l10n")).toObject();
        QJsonObject es = l10n.value(QStringLiteral("es")).toObject();
        es.remove(QStringLiteral("description"));
        l10n.insert(QStringLiteral("es"), es);
        c.insert(QStringLiteral("l10n"), l10n);
    });
    document.insert(QStringLiteral("setting"), [&] {
        QJsonObject setting = document.value(QStringLiteral("setting")).toObject();
        setting.remove(QStringLiteral("l10n"));
        return setting;
    }());
    const Result<Policy> policy = PolicyLoader::fromJson(QJsonDocument(document).toJson(), QStringLiteral("es"));
    QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().message));
    QCOMPARE(policy->categories.first().label, QStringLiteral("Perfil"));
    QVERIFY(policy->categories.first().description.startsWith(u"What your profile holds"));
    QCOMPARE(policy->setting.name, QStringLiteral("Data for Generative AI Improvement"));
    QCOMPARE(policy->categories.at(1).label, QStringLiteral("Publicaciones y contenido compartido"));
}

// Without a language the loader takes the member's: the default locale the app sets
// (Translations::install); the C locale, which names no language, is English.
void TestPolicyLoader::defaultLanguageIsTheMembers()
{
    QCOMPARE(PolicyLoader::bundled()->categories.first().label, QStringLiteral("Profile"));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    const Result<Policy> spanish = PolicyLoader::bundled();
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const Result<Policy> german = PolicyLoader::bundled();
    QLocale::setDefault(QLocale::c());
    QCOMPARE(spanish->categories.first().label, QStringLiteral("Perfil"));
    QCOMPARE(german->categories.first().label, QStringLiteral("Profile"));
    QCOMPARE(german->language, QStringLiteral("en")); // no German texts yet
}

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "TestPolicyLoader.moc"
