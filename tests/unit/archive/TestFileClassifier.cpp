#include "FileClassifier.h"
#include "PolicyLoader.h"

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
        QTest::newRow("unmapped") << u"Registration.csv"_qs << QString() << QString();
        QTest::newRow("root rule not in folder") << u"Verifications/Shares.csv"_qs << QString() << QString();
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

    void unknownDateFormatIsAPolicyError()
    {
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        policy.value().archiveFiles.first().dateFormat = QStringLiteral("julian-calendar");
        const Result<FileClassifier> classifier = FileClassifier::fromPolicy(policy.value());
        QVERIFY(!classifier.ok());
        QVERIFY(classifier.error().message.contains(u"julian-calendar"));
    }
};

QTEST_GUILESS_MAIN(TestFileClassifier)
#include "TestFileClassifier.moc"
