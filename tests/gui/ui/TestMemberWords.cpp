// The words of the real window, as the member reads them: no command-line options, file names,
// country codes or field names on any page; an error says what happened and that nothing was
// changed, in full sentences, and offers the one button that helps (a refused token: Connect…,
// which opens the Connect dialog; a lost connection: Retry); the Connect dialog starts from the
// source on screen (a server given on the command line), not from the demo.

#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "ScriptedDataSource.h"
#include "support/GuiTestStart.h"
#include "ui/ConnectDialog.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/StatePanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

const Error RefusedToken{ErrorKind::Authentication,
                         QStringLiteral("https://127.0.0.1:8443 did not accept the token (401); check --token-file or "
                                        "PRIVACY_DASHBOARD_TOKEN")};

QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root))
            texts.append(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            texts.append(button->text());
    }
    return texts;
}

} // namespace

class TestMemberWords final : public QObject
{
    Q_OBJECT

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};

    UsageSummary demoSummary()
    {
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        std::unique_ptr<DemoDataSource> source(demo.value());
        return source->summaryNow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDashboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMemberWords"));
    }

    void noTechnicalTermsOnAnyPage()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        const QStringList forbidden{QStringLiteral("--"),
                                    QStringLiteral("PRIVACY_DASHBOARD"),
                                    QStringLiteral("README"),
                                    QStringLiteral("archiveFiles"),
                                    QStringLiteral(".json"),
                                    QStringLiteral(".csv"),
                                    QStringLiteral("ISO"),
                                    QStringLiteral("(US)"),
                                    QStringLiteral("genAiTraining"),
                                    QStringLiteral("linkedin,")};
        for (int index = 0; index < MainWindow::PageCount; ++index) {
            window.showPage(index);
            for (const QString &text : visibleTexts(window.page(index))) {
                for (const QString &term : forbidden)
                    QVERIFY2(!text.contains(term),
                             qPrintable(QStringLiteral("page %1: \"%2\" in: %3").arg(index).arg(term, text.left(200))));
            }
        }
    }

    // A refused token: the member's words, "nothing was changed", and Connect… which opens the
    // Connect dialog (clicked, as the member does).
    void refusedTokenOffersConnect()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *source = new ScriptedDataSource(demoSummary());
        source->refreshError = RefusedToken;
        QSignalSpy failed(&window, &MainWindow::refreshFailedShown);
        window.setDataSource(source);
        QTRY_COMPARE(failed.count(), 1);
        Page *page = window.page(MainWindow::OverviewIndex);
        QCOMPARE(page->state(), Page::State::Error);
        const QString message = page->statePanel()->message();
        QVERIFY2(!message.contains(QStringLiteral("--")) && !message.contains(QStringLiteral("PRIVACY_DASHBOARD")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("access token")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("Nothing was changed.")), qPrintable(message));
        auto *connect = page->statePanel()->findChild<QPushButton *>(QStringLiteral("connectButton"));
        auto *retry = page->statePanel()->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(connect->isVisible());
        QVERIFY(!retry->isVisible());
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ConnectDialog *>());
    }

    // With the data on screen, a lost connection shows in a banner of full sentences, with Retry.
    void bannerSentencesEndWithFullStops()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *source = new ScriptedDataSource(demoSummary());
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QSignalSpy failed(&window, &MainWindow::refreshFailedShown);
        window.setDataSource(source);
        QTRY_COMPARE(shown.count(), 1);
        source->refreshError = Error{ErrorKind::Network, QStringLiteral("Couldn't connect to server")};
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE(failed.count(), 1);
        Page *page = window.page(MainWindow::OverviewIndex);
        const auto *banner = page->findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Cannot reach the server. Couldn't connect to server. Nothing was "
                                                "changed. What you see below may be out of date."));
        auto *retry = page->findChild<QPushButton *>(QStringLiteral("bannerRetryButton"));
        QVERIFY(retry->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("bannerConnectButton"))->isVisible());
        source->refreshError.reset();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(shown.count(), 2);
        QVERIFY(!banner->isVisible());
    }

    // Started with a server (not remembered), the Connect dialog shows that server, not the demo.
    void connectDialogStartsFromTheSourceOnScreen()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token"));
        QFile file(token);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc123");
        file.close();
        MainWindow window(m_policy, m_clock);
        window.show();
        const QUrl url(QStringLiteral("https://127.0.0.1:1"));
        QVERIFY(window.openConnection(SourceSpec::server(url, QString(), token), false));
        window.askForSource();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QAbstractButton *>(QStringLiteral("serverRadio"))->isChecked());
        QVERIFY(!dialog->findChild<QAbstractButton *>(QStringLiteral("demoRadio"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->text(), url.toString());
        dialog->reject();
    }
};

QTEST_MAIN(TestMemberWords)
#include "TestMemberWords.moc"
