// The main window's own actions as the member uses them: first run asks for a source and
// remembers it, the last page is remembered, Export report… writes the file chosen, and Open
// data export… shows an archive's summary with the opt-out left to the platform's page.

#include "core/Clock.h"
#include "support/GuiTestStart.h"
#include "ui/ConnectDialog.h"
#include "ui/DesktopServices.h"
#include "ui/ExportDialog.h"
#include "ui/FileDialog.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/RememberedSource.h"
#include "ui/Settings.h"
#include "ui/ToggleSwitch.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestMainWindowActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDashboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindowActions"));
    }

    void init() { QSettings().clear(); }

    void firstRunAsksAndRemembers()
    {
        QCOMPARE(RememberedSource::load(nullptr).kind, SourceSpec::Kind::None);
        MainWindow window(m_policy, m_clock);
        window.show();
        QCOMPARE(window.page(MainWindow::OverviewIndex)->state(), Page::State::Empty);
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        window.askForSource();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("memberName"))->text(), QStringLiteral("Alex Morgan"));
        QCOMPARE(RememberedSource::load(nullptr).kind, SourceSpec::Kind::Demo);
    }

    void serverAddressIsCheckedBeforeConnecting()
    {
        MainWindow window(m_policy, m_clock);
        window.show();
        window.askForSource();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QAbstractButton *>(QStringLiteral("serverRadio"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))
            ->setText(QStringLiteral("http://plain.example"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("https://")));
        QCOMPARE(RememberedSource::load(nullptr).kind, SourceSpec::Kind::None);
    }

    void lastPageAndGeometryAreRemembered()
    {
        {
            MainWindow window(m_policy, m_clock);
            window.resize(1000, 700);
            window.show();
            window.showPage(MainWindow::PolicyIndex);
            window.close();
        }
        MainWindow again(m_policy, m_clock);
        again.restoreWindowState();
        QCOMPARE(again.currentPage(), int(MainWindow::PolicyIndex));
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    // File › Export report… asks what to save (and the paper size), then the file name.
    void exportWritesTheChosenFile()
    {
        MainWindow window(m_policy, m_clock);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QList<QUrl> opened;
        DesktopServices::setUrlHandler([&opened](const QUrl &url) { opened.append(url); });
        QAction *exportAction = window.findChild<QAction *>(QStringLiteral("actionExport"));
        FileDialog::setNextFileName(path);
        QVERIFY(chooseExport(window, QStringLiteral("jsonRadio")));
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), 20000);
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Report saved")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(QJsonDocument::fromJson(json).isObject());
        QVERIFY(json.contains("Alex Morgan"));
        // When done, the folder holding the report is shown.
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(dir.path())});

        // The letter as text; a name without its ending gets it.
        FileDialog::setNextFileName(dir.filePath(QStringLiteral("objection")));
        QVERIFY(chooseExport(window, QStringLiteral("letterTextRadio")));
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), 20000);
        QFile letterFile(dir.filePath(QStringLiteral("objection.txt")));
        QVERIFY(letterFile.open(QIODevice::ReadOnly));
        QVERIFY(letterFile.readAll().contains("Article 21"));

        // The letter as PDF, on the paper chosen in the dialog.
        const QString letterPdf = dir.filePath(QStringLiteral("objection.pdf"));
        FileDialog::setNextFileName(letterPdf);
        QVERIFY(chooseExport(window, QStringLiteral("letterPdfRadio"), QStringLiteral("US Letter")));
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), 30000);
        QFile pdf(letterPdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        const qsizetype box = pdfBytes.indexOf("/MediaBox");
        const QByteArray mediaBox = pdfBytes.mid(box, 40).replace(".000000", "");                   // in points
        QVERIFY2(box >= 0 && mediaBox.startsWith("/MediaBox [0 0 612 792]"), mediaBox.constData()); // US Letter
        DesktopServices::setUrlHandler({});
    }

    // The paper size starts from the locale: US Letter in the United States and Canada.
    void paperSizeFollowsTheLocale()
    {
        QCOMPARE(ExportDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedStates)),
                 ReportOptions::Paper::Letter);
        QCOMPARE(ExportDialog::defaultPaper(QLocale(QLocale::French, QLocale::Canada)), ReportOptions::Paper::Letter);
        QCOMPARE(ExportDialog::defaultPaper(QLocale(QLocale::German, QLocale::Germany)), ReportOptions::Paper::A4);
        QCOMPARE(ExportDialog::defaultPaper(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 ReportOptions::Paper::A4);
    }

    // Closing the window while a report is written: no crash, no message afterwards, and the
    // file is either whole or not there (never a partial file or a left-over temporary one).
    void closingDuringAnExportLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        {
            auto *window = new MainWindow(m_policy, m_clock);
            window->show();
            QSignalSpy shown(window, &MainWindow::summaryShown);
            QVERIFY(window->openConnection(SourceSpec::demo(), false));
            QTRY_COMPARE(shown.count(), 1);
            DesktopServices::setUrlHandler([](const QUrl &) {});
            FileDialog::setNextFileName(path);
            QVERIFY(chooseExport(*window, QStringLiteral("pdfRadio")));
            QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled()); // still writing
            window->close();
            delete window;
        }
        QCoreApplication::processEvents();
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty() || left == QStringList{QStringLiteral("report.pdf")}, qPrintable(left.join(u',')));
        if (!left.isEmpty()) {
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        }
        DesktopServices::setUrlHandler({});
    }

    void openDataExportShowsTheArchive()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("Basic_LinkedInDataExport.zip"));
        const int made = QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                           {QStringLiteral(PD_SOURCE_DIR "/tests/fixtures/make_linkedin_archive.py"),
                                            QStringLiteral("--era"), QStringLiteral("2024"), zip});
        QCOMPARE(made, 0);
        MainWindow window(m_policy, m_clock);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        // Cancelling the questions opens nothing.
        FileDialog::setNextFileName(zip);
        ImportQuestionsDialog::setNextAnswers(std::nullopt);
        window.findChild<QAction *>(QStringLiteral("actionOpenArchive"))->trigger();
        QTRY_VERIFY(!window.isImporting()); // checked off the GUI thread, then asked
        QVERIFY(!window.summary());

        // DESIGN §3: a German member who opted out on 2025-10-15 has no training window at all.
        FileDialog::setNextFileName(zip);
        ImportQuestionsDialog::setNextAnswers(ImportOptions{QStringLiteral("DE"), QDate(2025, 10, 15)});
        window.findChild<QAction *>(QStringLiteral("actionOpenArchive"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        QVERIFY(window.summary()->source.kind == SourceInfo::Kind::Archive);
        QVERIFY(window.summary()->totalItems > 0);
        QCOMPARE(window.summary()->member.region, QStringLiteral("DE"));
        QVERIFY(window.summary()->optOut.optedOut);
        QCOMPARE(window.summary()->optOut.changedAt.date(), QDate(2025, 10, 15));
        QCOMPARE(window.summary()->totalMayHaveBeenUsed, 0);

        // Dropping the ZIP on the window opens it the same way (here as a US member who never
        // opted out: every item of a training category may have been used).
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(zip)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        ImportQuestionsDialog::setNextAnswers(ImportOptions{QStringLiteral("US"), std::nullopt});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
        QCOMPARE(window.summary()->member.region, QStringLiteral("US"));
        QVERIFY(!window.summary()->optOut.optedOut);
        QVERIFY(window.summary()->totalMayHaveBeenUsed > 0);

        // Anything but one local .zip file is not taken.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("sourceValue"))->text().contains(QStringLiteral("Data export")));
        // An archive cannot change the setting: the switch is disabled and the page says why.
        QVERIFY(!window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"))->isEnabled());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("unavailableLabel"))->text().isEmpty());
    }

private:
    // File › Export report… as the member does it: the action, a click on the format (and the
    // paper size), a click on Save….
    static bool chooseExport(MainWindow &window, const QString &radio, const QString &paper = QString())
    {
        window.findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
            return false;
        auto *button = dialog->findChild<QRadioButton *>(radio);
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        if (!button->isChecked())
            return false;
        if (!paper.isEmpty()) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("paperCombo"));
            const int index = combo->findText(paper);
            if (!combo->isEnabled() || index < 0)
                return false;
            combo->setFocus();
            while (combo->currentIndex() != index)
                QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportSaveButton")), Qt::LeftButton);
        return true;
    }

    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
};

QTEST_MAIN(TestMainWindowActions)
#include "TestMainWindowActions.moc"
