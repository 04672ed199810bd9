#include "core/FileClassifier.h"
#include "core/PolicyLoader.h"

#include <QTest>

using namespace pd;

// The policy's archiveFiles rules, as the importer applies them to entry names.
class TestFileClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("category"); // empty: not recognised
        QTest::addColumn<QString>("match");
        QTest::newRow("plain") << u"Shares.csv"_qs << u"posts"_qs << u"Shares"_qs;
        QTest::newRow("member id suffix") << u"Shares_155814142.csv"_qs << u"posts"_qs << u"Shares"_qs;
        QTest::newRow("space vs none") << u"Search Queries.csv"_qs << u"search-queries"_qs << u"SearchQueries"_qs;
        QTest::newRow("case") << u"MESSAGES.CSV"_qs << u"messages"_qs << u"messages"_qs;
        QTest::newRow("longest wins") << u"learning_coach_messages.csv"_qs << u"gai-prompts"_qs
                                      << u"learning_coach_messages"_qs;
        QTest::newRow("shorter rule") << u"Learning.csv"_qs << u"learning"_qs << u"Learning"_qs;
        QTest::newRow("profile summary") << u"Profile Summary.csv"_qs << u"profile"_qs << u"Profile Summary"_qs;
        QTest::newRow("folder rule") << u"Jobs/Job Applications.csv"_qs << u"job-applications"_qs
                                     << u"Jobs/Job Applications"_qs;
        QTest::newRow("article") << u"Articles/Articles/my-post.html"_qs << u"articles"_qs << u"Articles/"_qs;
        QTest::newRow("unmapped") << u"Private_Notes.csv"_qs << QString() << QString();
        QTest::newRow("root rule not in folder") << u"Jobs/Shares.csv"_qs << QString() << QString();
        // Files that matter for AI, from real exports of 2018 to 2026.
        QTest::newRow("inferences") << u"Inferences_about_you.csv"_qs << u"inferences"_qs << u"Inferences_about_you"_qs;
        QTest::newRow("ad targeting 2018") << u"Ad Targeting.csv"_qs << u"inferences"_qs << u"Ad_Targeting"_qs;
        QTest::newRow("audience network") << u"LAN Ads Engagement.csv"_qs << u"ads"_qs << u"LAN Ads Engagement"_qs;
        QTest::newRow("job seeker") << u"Jobs/Job Seeker Preferences.csv"_qs << u"job-preferences"_qs
                                    << u"Jobs/Job Seeker Preferences"_qs;
        QTest::newRow("job alerts") << u"SavedJobAlerts.csv"_qs << u"job-preferences"_qs << u"SavedJobAlerts"_qs;
        QTest::newRow("courses") << u"Courses.csv"_qs << u"profile"_qs << u"Courses"_qs;
        QTest::newRow("causes") << u"Causes You Care About.csv"_qs << u"profile"_qs << u"Causes You Care About"_qs;
        QTest::newRow("hashtags") << u"Hashtag_Follows.csv"_qs << u"follows"_qs << u"Hashtag_Follows"_qs;
        QTest::newRow("contacts") << u"Contacts.csv"_qs << u"contacts"_qs << u"Contacts"_qs;
        QTest::newRow("imported contacts") << u"ImportedContacts.csv"_qs << u"contacts"_qs << u"Imported Contacts"_qs;
        QTest::newRow("verifications") << u"Verifications/Verifications.csv"_qs << u"verifications"_qs
                                       << u"Verifications/"_qs;
        QTest::newRow("services") << u"Services Marketplace/Providers.csv"_qs << u"services"_qs
                                  << u"Services Marketplace/"_qs;
        QTest::newRow("rich media pointer") << u"Rich Media.csv"_qs << u"posts"_qs << u"Rich_Media"_qs;
    }
    void classifies()
    {
        QFETCH(QString, entry);
        QFETCH(QString, category);
        QFETCH(QString, match);
        const Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        const Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        QVERIFY(classifier.ok());
        const FileRule *rule = classifier->classify(entry);
        if (category.isEmpty()) {
            QVERIFY2(!rule, qPrintable(entry));
            return;
        }
        QVERIFY2(rule, qPrintable(entry));
        QCOMPARE(rule->categoryId, category);
        QCOMPARE(rule->match, match);
    }

    void systemMetadataIsNotData_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("metadata");
        QTest::newRow("resource fork folder")
            << u"__MACOSX/Basic_LinkedInDataExport_07-11-2023/._Shares.csv"_qs << true;
        QTest::newRow("resource fork") << u"Basic_LinkedInDataExport_07-11-2023/._Shares.csv"_qs << true;
        QTest::newRow("finder") << u"Export/.DS_Store"_qs << true;
        QTest::newRow("export file") << u"Basic_LinkedInDataExport_07-11-2023/Shares.csv"_qs << false;
        QTest::newRow("dot in name") << u"Articles/Articles/._not-first.html.csv"_qs << true;
        QTest::newRow("underscore name") << u"_Shares.csv"_qs << false;
    }
    void systemMetadataIsNotData()
    {
        QFETCH(QString, entry);
        QFETCH(bool, metadata);
        QCOMPARE(FileClassifier::isSystemMetadata(entry), metadata);
    }

    void unknownDateFormatIsAPolicyError()
    {
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        policy.value().archiveFiles.first().dateFormat = QStringLiteral("julian-calendar");
        const Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        QVERIFY(!classifier.ok());
        QVERIFY(classifier.error().message.contains(u"julian-calendar"));
    }
    // One record, as a CSV row of the export file or as a record of the API domain that mirrors
    // it (apiDomains): the same rule finds the date column by name and reads it the same way.
    void recordDate_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind"); // ItemDate::Kind
        QTest::addColumn<QDate>("day");
        QTest::newRow("share") << u"MEMBER_SHARE_INFO"_qs << u"Date"_qs << u"2024-06-11 09:51:14"_qs
                               << int(ItemDate::Kind::Dated) << QDate(2024, 6, 11);
        QTest::newRow("column name ignoring case and spaces")
            << u"CONNECTIONS"_qs << u"connected_on"_qs << u"16 Dec 2024"_qs << int(ItemDate::Kind::Dated)
            << QDate(2024, 12, 16);
        QTest::newRow("login unix date") << u"LOGIN"_qs << u"Login Date"_qs << u"Wed Apr 17 17:17:56 UTC 2024"_qs
                                         << int(ItemDate::Kind::Dated) << QDate(2024, 4, 17);
        QTest::newRow("unreadable") << u"MEMBER_SHARE_INFO"_qs << u"Date"_qs << u"31/31/2024 25:61:00"_qs
                                    << int(ItemDate::Kind::Unreadable) << QDate();
        QTest::newRow("N/A") << u"ALL_COMMENTS"_qs << u"Date"_qs << u"N/A"_qs << int(ItemDate::Kind::Undated)
                             << QDate();
        QTest::newRow("date column missing") << u"ALL_COMMENTS"_qs << u"Link"_qs << u"https://example.org"_qs
                                             << int(ItemDate::Kind::Unreadable) << QDate();
        QTest::newRow("undated file") << u"SKILLS"_qs << u"Name"_qs << u"SQL"_qs << int(ItemDate::Kind::Undated)
                                      << QDate();
    }

    void recordDate()
    {
        QFETCH(QString, domain);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(int, kind);
        QFETCH(QDate, day);
        const Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy);
        const Result<FileClassifier> classifier = FileClassifier::fromPolicy(*policy);
        QVERIFY(classifier);
        const ApiDomainRule *mapped = policy->apiDomain(domain);
        QVERIFY(mapped);
        const FileRule *rule = classifier->rule(mapped->archiveFile);
        QVERIFY(rule);
        const ItemDate date = rule->recordDate({{column, value.toUtf8()}, {u"Other"_qs, "x"}});
        QCOMPARE(int(date.kind), kind);
        QCOMPARE(date.day, day);
    }

    void everyApiDomainNamesAnArchiveRule()
    {
        const Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy);
        const Result<FileClassifier> classifier = FileClassifier::fromPolicy(*policy);
        QVERIFY(classifier);
        QVERIFY(policy->apiDomains.size() >= 18); // LINKEDIN-FACTS §5's list
        for (const ApiDomainRule &domain : policy->apiDomains)
            QVERIFY2(classifier->rule(domain.archiveFile), qPrintable(domain.domain));
        QVERIFY(!policy->apiDomain(u"MARKETPLACE_ENGAGEMENTS"_qs));
    }
};

QTEST_GUILESS_MAIN(TestFileClassifier)
#include "TestFileClassifier.moc"
