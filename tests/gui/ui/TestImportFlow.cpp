// The member's data export as a source of the desktop app, driven through the real widgets: the
// first-run choice opens the export, a ZIP that is not an export (or not a ZIP) is refused
// before any question and leaves what was on screen, the export and the member's answers are
// remembered and reopened without asking, the import report lists what was left out, and the
// opt-out state of an export is the member's answer, never "confirmed".

#include "ArchiveTestSupport.h"
#include "core/Clock.h"
#include "sources/OfflineCache.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/TestKeychain.h"
#include "ui/ConnectDialog.h"
#include "ui/DesktopServices.h"
#include "ui/FileDialog.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/ImportReportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/OptOutPage.h"
#include "ui/OverviewPage.h"
#include "ui/Page.h"
#include "ui/RememberedSource.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pd;
using namespace pd::test;
using namespace Qt::StringLiterals;

namespace {

// Watches for the questions dialog, which runs its own modal loop: counts every one shown and
// answers it by clicking its real buttons (after `fill` set the answers), or Cancel when no
// answers are given.
class QuestionsWatcher final : public QObject
{
public:
    explicit QuestionsWatcher(std::function<void(ImportQuestionsDialog *)> fill = {})
        : m_fill(std::move(fill))
    {
        connect(&m_timer, &QTimer::timeout, this, &QuestionsWatcher::poll);
        m_timer.start(20);
    }
    int shown() const { return m_shown; }

private:
    void poll()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<ImportQuestionsDialog *>(widget);
            if (!dialog || !dialog->isVisible() || dialog == m_last)
                continue;
            m_last = dialog;
            ++m_shown;
            auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            if (m_fill) {
                m_fill(dialog);
                QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            } else {
                QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
            }
        }
    }

    std::function<void(ImportQuestionsDialog *)> m_fill;
    QTimer m_timer;
    QPointer<ImportQuestionsDialog> m_last;
    int m_shown = 0;
};

// The answers a German member gives who opted out on 2 Oct 2024, set on the real widgets.
void germanOptedOut(ImportQuestionsDialog *dialog)
{
    auto *region = dialog->findChild<QComboBox *>(u"regionCombo"_s);
    region->setCurrentIndex(region->findData(u"DE"_s));
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"sinceRadio"_s), Qt::LeftButton);
    dialog->findChild<QDateEdit *>(u"sinceDate"_s)->setDate(QDate(2024, 10, 2));
}

void neverOptedOut(ImportQuestionsDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"neverRadio"_s), Qt::LeftButton);
}

QString labelText(const QWidget &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

} // namespace

class TestImportFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        QCoreApplication::setOrganizationName(u"PrivacyDashboardTests"_s);
        QCoreApplication::setApplicationName(u"TestImportFlow"_s);
        QVERIFY(m_dir.isValid());
        // An export with a file no rule knows and a post whose date cannot be read (line 3).
        m_export = m_dir.filePath(u"Basic_LinkedInDataExport_10-05-2024.zip"_s);
        QCOMPARE(test::writeZip(m_export, {{u"Profile.csv"_s, "First Name,Last Name,Geo Location\nKim,Lee,\"Berlin, "
                                                              "Germany\"\n"},
                                           {u"Shares.csv"_s,
                                            "ShareLink,Date,ShareCommentary\na,2024-03-04 10:00:00,one\nb,not-a-date,"
                                            "two\nc,2024-05-06 11:00:00,three\n"},
                                           {u"Holiday plans.txt"_s, "not from LinkedIn"}}),
                 QString());
        m_readmeOnly = m_dir.filePath(u"readme-only.zip"_s);
        QCOMPARE(test::writeZip(m_readmeOnly, {{u"readme.txt"_s, "hello"}}), QString());
        m_textAsZip = m_dir.filePath(u"notes.zip"_s);
        QFile text(m_textAsZip);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("These are my notes, not an archive.\n").repeated(20));
    }

    void init()
    {
        QSettings().clear();
        // The remembered export lives in the encrypted cache: a fresh one for each test.
        m_cache = std::make_unique<OfflineCache>(std::make_unique<test::TestKeychain>(),
                                                 m_dir.filePath(u"cache-%1"_s.arg(++m_caches)));
    }

    // First run: "Open my data export…" in the Connect dialog (pressed the way a screen reader
    // does) opens the file dialog and the questions, and the export is shown and remembered.
    void firstRunOpensTheExport()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        window.askForSource();
        QPointer<ConnectDialog> dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *button = dialog->findChild<QPushButton *>(u"openExportButton"_s);
        QVERIFY(button);
        QCOMPARE(button->accessibleName(), u"Open my data export"_s);
        FileDialog::setNextFileName(m_export);
        QuestionsWatcher questions(germanOptedOut);
        QCOMPARE(test::pressAccessiblyAndWait(button), QString());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(questions.shown(), 1);
        QVERIFY(!dialog || !dialog->isVisible()); // closed before the file dialog opened
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Archive);
        QCOMPARE(labelText(window, u"memberName"_s), u"Kim Lee"_s);
        QCOMPARE(window.summary()->member.region, u"DE"_s);
        // "As of" is the export's date (from the download's name), not the import's.
        QCOMPARE(window.summary()->asOf.date(), QDate(2024, 10, 5));
        QVERIFY(labelText(window, u"asOfValue"_s).startsWith(u"5 Oct 2024"_s));

        const SourceSpec remembered = RememberedSource::load(m_cache.get());
        QVERIFY(remembered.kind == SourceSpec::Kind::Archive);
        QCOMPARE(remembered.archivePath, m_export);
        QCOMPARE(remembered.region, u"DE"_s);
        QCOMPARE(remembered.optedOutSince, QDate(2024, 10, 2));
    }

    // The next start reopens the remembered export with the member's answers, asking nothing.
    void rememberedExportReopensWithoutQuestions()
    {
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = m_export;
        spec.region = u"DE"_s;
        spec.optedOutSince = QDate(2024, 10, 2);
        RememberedSource::save(m_cache.get(), spec);

        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QuestionsWatcher questions; // would cancel: the import would never happen
        QVERIFY(window.openConnection(RememberedSource::load(m_cache.get()), false)); // as app/main.cpp does
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QCOMPARE(questions.shown(), 0);
        QCOMPARE(window.summary()->member.region, u"DE"_s);
        QVERIFY(window.summary()->optOut.optedOut);
        QCOMPARE(window.summary()->optOut.changedAt.date(), QDate(2024, 10, 2));
        QCOMPARE(window.summary()->asOf.date(), QDate(2024, 10, 5));
    }

    // A remembered export that was moved away: a clear message, and the Connect choice.
    void rememberedExportGoneOffersTheChoice()
    {
        const QString moved = m_dir.filePath(u"Basic_LinkedInDataExport_01-02-2025.zip"_s);
        QVERIFY(QFile::copy(m_export, moved));
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Archive;
        spec.archivePath = moved;
        RememberedSource::save(m_cache.get(), spec);
        QVERIFY(QFile::remove(moved));

        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy refused(&window, &MainWindow::archiveNotOpened);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(window.openConnection(RememberedSource::load(m_cache.get()), false));
        QTRY_COMPARE(refused.count(), 1);
        QVERIFY2(MessageBox::lastText().contains(u"is no longer there"_s), qPrintable(MessageBox::lastText()));
        QTRY_VERIFY(window.findChild<ConnectDialog *>() && window.findChild<ConnectDialog *>()->isVisible());
        QVERIFY(!window.summary());
    }

    // File › Import report… and the Overview's link show the files not recognised and the
    // unreadable date, with counts, as plain text in tables.
    void importReportListsWhatWasLeftOut()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        auto *reportAction = window.findChild<QAction *>(u"actionImportReport"_s);
        QVERIFY(reportAction);
        QVERIFY(!reportAction->isEnabled());
        FileDialog::setNextFileName(m_export);
        QuestionsWatcher questions(neverOptedOut);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QVERIFY(reportAction->isEnabled());

        auto *link = window.findChild<QPushButton *>(u"overviewImportReportButton"_s);
        QVERIFY(link);
        QTRY_VERIFY(link->isVisible());
        QTest::mouseClick(link, Qt::LeftButton);
        auto *dialog = window.findChild<ImportReportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        for (QStandardItemModel *model :
             {dialog->filesReadModel(), dialog->notRecognisedModel(), dialog->unreadableModel()})
            QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStandardItemModel *notRecognised = dialog->notRecognisedModel();
        QCOMPARE(notRecognised->rowCount(), 1);
        QCOMPARE(notRecognised->item(0, 0)->text(), u"Holiday plans.txt"_s);
        QStandardItemModel *unreadable = dialog->unreadableModel();
        QCOMPARE(unreadable->rowCount(), 1);
        QCOMPARE(unreadable->item(0, 0)->text(), u"Shares.csv"_s);
        QCOMPARE(unreadable->item(0, 1)->text(), u"3"_s);
        QCOMPARE(unreadable->item(0, 2)->text(), u"not-a-date"_s);
        QCOMPARE(dialog->filesReadModel()->rowCount(), 2);
        const QString summary = labelText(*dialog, u"importReportSummary"_s);
        QVERIFY2(summary.contains(u"Files read: 2, with 4 items."_s) &&
                     summary.contains(u"Files not recognised, left out: 1."_s) &&
                     summary.contains(u"could not be read: 1 ("_s),
                 qPrintable(summary));
        QCOMPARE(dialog->findChild<QLabel *>(u"importReportSummary"_s)->textFormat(), Qt::PlainText);
        // Every control has an accessible name and is reached with Tab.
        QList<QWidget *> controls;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            const bool view = qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget);
            if ((qobject_cast<QAbstractButton *>(widget) || view || qobject_cast<QTabBar *>(widget)) &&
                widget->isVisibleTo(dialog))
                controls.append(widget);
        }
        QVERIFY(controls.size() >= 3);
        for (QWidget *widget : std::as_const(controls)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
            QVERIFY(widget->focusPolicy() & Qt::TabFocus);
        }
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QSet<QWidget *> reached;
        for (int press = 0; press < 12; ++press) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget *widget : std::as_const(controls))
            QVERIFY2(reached.contains(widget), qPrintable(widget->objectName()));

        // Closed with its real button; the menu opens it again.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ImportReportDialog *>());
        reportAction->trigger();
        QVERIFY(window.findChild<ImportReportDialog *>());
    }

    // A ZIP without any file of an export is refused before a single question.
    void zipWithoutExportFilesIsRefusedBeforeAsking()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy refused(&window, &MainWindow::archiveNotOpened);
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QuestionsWatcher questions(neverOptedOut);
        FileDialog::setNextFileName(m_readmeOnly);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(questions.shown(), 0);
        QVERIFY(window.findChildren<ImportQuestionsDialog *>().isEmpty());
        QVERIFY2(MessageBox::lastText().contains(u"this is not a LinkedIn data export"_s),
                 qPrintable(MessageBox::lastText()));
        QTest::qWait(100);
        QCOMPARE(shown.count(), 0);
        QVERIFY(!window.summary());
        QCOMPARE(window.page(MainWindow::OverviewIndex)->state(), Page::State::Empty);
    }

    // A text file renamed .zip: one clear error, no question, and the demo stays on screen.
    void notAZipKeepsTheDataOnScreen()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(labelText(window, u"memberName"_s), u"Alex Morgan"_s);

        QSignalSpy refused(&window, &MainWindow::archiveNotOpened);
        QuestionsWatcher questions(neverOptedOut);
        FileDialog::setNextFileName(m_textAsZip);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(questions.shown(), 0);
        QVERIFY2(MessageBox::lastText().contains(u"not a ZIP file"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"The data on screen is unchanged"_s));
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Demo);
        QCOMPARE(labelText(window, u"memberName"_s), u"Alex Morgan"_s);
        QCOMPARE(window.page(MainWindow::OverviewIndex)->state(), Page::State::Content);
        QVERIFY(RememberedSource::load(m_cache.get()).kind == SourceSpec::Kind::None);
    }

    // Cancelling the questions leaves the demo on screen too, and a good export then replaces it.
    void questionsCancelledKeepTheDataThenTheExportReplacesIt()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        {
            QuestionsWatcher cancel; // clicks Cancel
            FileDialog::setNextFileName(m_export);
            window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
            QTRY_COMPARE(cancel.shown(), 1);
            QTRY_VERIFY(!window.isImporting());
        }
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Demo);
        QuestionsWatcher answer(neverOptedOut);
        FileDialog::setNextFileName(m_export);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Archive);
        QCOMPARE(labelText(window, u"memberName"_s), u"Kim Lee"_s);
    }

    // Cancel while a long import runs (in the status bar, the demo still on screen): nothing changes.
    void cancelledImportKeepsTheDataOnScreen()
    {
        const QString big = m_dir.filePath(u"Complete_LinkedInDataExport_11-20-2026.zip"_s);
        QVERIFY(test::runGenerator(u"make_linkedin_archive.py"_s, {u"--era"_s, u"2024"_s, u"--size"_s, u"40M"_s, big})
                    .isEmpty());
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);

        QSignalSpy notOpened(&window, &MainWindow::archiveNotOpened);
        QuestionsWatcher questions(neverOptedOut);
        FileDialog::setNextFileName(big);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        auto *cancel = window.findChild<QPushButton *>(u"importCancelButton"_s);
        QVERIFY(cancel);
        QTRY_VERIFY_WITH_TIMEOUT(questions.shown() == 1 && cancel->isVisible() &&
                                     labelText(window, u"importLabel"_s).startsWith(u"Reading"_s),
                                 20000);
        // The pages still show the demo while the export is read.
        QCOMPARE(window.page(MainWindow::OverviewIndex)->state(), Page::State::Content);
        QCOMPARE(labelText(window, u"memberName"_s), u"Alex Morgan"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(notOpened.count(), 1, 20000);
        QVERIFY(!window.isImporting());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(shown.count(), 1);
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Demo);
        QCOMPARE(labelText(window, u"memberName"_s), u"Alex Morgan"_s);
        QCOMPARE(window.page(MainWindow::OverviewIndex)->state(), Page::State::Content);
        QVERIFY(RememberedSource::load(m_cache.get()).kind == SourceSpec::Kind::None);
    }

    // The opt-out state of an export is the member's answer on both pages, with the platform's
    // page to check it; "confirmed" is said only of what a server reports.
    void exportStateIsTheMembersAnswer()
    {
        MainWindow window(m_policy, m_clock);
        window.setOfflineCache(m_cache.get());
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        FileDialog::setNextFileName(m_export);
        auto questions = std::make_unique<QuestionsWatcher>(germanOptedOut);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        questions.reset();
        QCOMPARE(labelText(window, u"statusTitle"_s), u"You told us you opted out on 2 Oct 2024"_s);
        QVERIFY(!labelText(window, u"statusDetail"_s).contains(u"onfirmed by"_s));
        QVERIFY(labelText(window, u"statusDetail"_s).contains(m_policy.setting.url.toDisplayString()));
        auto *settingPage = window.findChild<QPushButton *>(u"overviewSettingPageButton"_s);
        QVERIFY(settingPage && settingPage->isVisible());
        QUrl opened;
        DesktopServices::setUrlHandler([&opened](const QUrl &url) { opened = url; });
        QTest::mouseClick(settingPage, Qt::LeftButton);
        DesktopServices::setUrlHandler({});
        QCOMPARE(opened, m_policy.setting.url);
        // Every control the export adds to the window has an accessible name.
        for (const char *name : {"overviewSettingPageButton", "overviewImportReportButton"}) {
            QAccessibleInterface *accessible =
                QAccessible::queryAccessibleInterface(window.findChild<QWidget *>(QString::fromLatin1(name)));
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), name);
        }
        const QString optOut = labelText(window, u"confirmedLabel"_s);
        QVERIFY2(optOut.startsWith(u"You told us you opted out on 2 Oct 2024"_s), qPrintable(optOut));
        QVERIFY(!optOut.contains(u"Confirmed"_s));

        FileDialog::setNextFileName(m_export);
        QuestionsWatcher never(neverOptedOut);
        window.findChild<QAction *>(u"actionOpenArchive"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QCOMPARE(labelText(window, u"statusTitle"_s), u"You told us you never opted out"_s);
        QVERIFY(labelText(window, u"confirmedLabel"_s).startsWith(u"You told us you never opted out"_s));
    }

    void serverStateIsConfirmed()
    {
        UsageSummary summary;
        summary.source = SourceInfo{SourceInfo::Kind::Server, u"https://127.0.0.1:8443"_s, {}, false};
        summary.member.name = u"Sam"_s;
        summary.member.region = u"DE"_s;
        summary.optOut.optedOut = true;
        summary.optOut.changedAt = QDateTime(QDate(2024, 10, 2), QTime(8, 15), Qt::UTC);
        summary.asOf = m_clock.now();
        OverviewPage overview(m_policy);
        overview.setSummary(summary);
        OptOutPage optOut(m_policy);
        optOut.setSummary(summary);
        QCOMPARE(labelText(overview, u"statusTitle"_s), u"AI training on your data is OFF"_s);
        QVERIFY(!labelText(overview, u"statusTitle"_s).contains(u"told us"_s));
        QVERIFY(!overview.findChild<QPushButton *>(u"overviewSettingPageButton"_s)->isVisibleTo(&overview));
        QVERIFY(labelText(optOut, u"confirmedLabel"_s).startsWith(u"Confirmed by the source"_s));
    }

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<OfflineCache> m_cache;
    int m_caches = 0;
    QString m_export;
    QString m_readmeOnly;
    QString m_textAsZip;
};

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
