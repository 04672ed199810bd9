// "Connect to LinkedIn (EEA and Switzerland)" in the Connect dialog, against the reference
// server's emulation of LinkedIn's Member Data Portability API over real TLS: the option is
// chosen with a real click and through its accessible action, the token typed, Connect pressed;
// the window then shows the emulated member, the opt-out as "your answer" (the API does not
// show the setting) and what is new since the last look. With PD_SCREENSHOT_DIR set, the dialog
// and the resulting overview are saved there (docs/screenshots/).
#include "core/Clock.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/ReferenceServer.h"
#include "ui/ConnectDialog.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/MainWindow.h"

#include <QAccessibleActionInterface>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pd;

class TestLinkedInConnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }
    void connectsThroughTheDialogAndShowsTheMember_data();
    void connectsThroughTheDialogAndShowsTheMember();
    void aTokenIsRequiredAndNeverShownAgain();

private:
    Policy m_policy;
    SystemClock m_clock;
};

void TestLinkedInConnect::connectsThroughTheDialogAndShowsTheMember_data()
{
    QTest::addColumn<bool>("accessibly");
    QTest::newRow("mouse and keyboard") << false;
    QTest::newRow("accessibility actions") << true;
}

void TestLinkedInConnect::connectsThroughTheDialogAndShowsTheMember()
{
    QFETCH(bool, accessibly);
    test::ReferenceServer server(QStringList{QStringLiteral("--linkedin-emulation")});
    QVERIFY2(server.ok(), "privacy-api-server did not start");
    QFile tokenFile(server.linkedInTokenFile(QStringLiteral("member")));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    const QString token = QString::fromLatin1(tokenFile.readAll().trimmed());

    MainWindow window(m_policy, m_clock);
    window.resize(1280, 860);
    window.show();
    window.setLinkedInTestBase(server.url(), server.caFile());
    QSignalSpy shown(&window, &MainWindow::summaryShown);
    window.askForSource();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) && dialog->isVisible());

    auto *radio = dialog->findChild<QRadioButton *>(QStringLiteral("linkedInRadio"));
    auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("apiTokenEdit"));
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(radio && tokenEdit && connectButton);
    QVERIFY(!tokenEdit->isEnabled()); // the fields follow the choice
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    if (accessibly) {
        QCOMPARE(test::doAccessibleAction(radio, QAccessibleActionInterface::toggleAction()), QString());
        QTRY_VERIFY(radio->isChecked());
    } else {
        QTest::mouseClick(radio, Qt::LeftButton);
        QVERIFY(radio->isChecked());
    }
    QVERIFY(tokenEdit->isEnabled());
    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, token);

    if (!qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR") && accessibly) {
        dialog->adjustSize();
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(qEnvironmentVariable("PD_SCREENSHOT_DIR") +
                                    QStringLiteral("/12-connect-linkedin.png")));
    }

    // The API does not record the setting or the country: the member answers (here: never
    // opted out, the country read from the profile), as for an export.
    ImportQuestionsDialog::setNextAnswers(ImportOptions{});
    if (accessibly)
        QCOMPARE(test::pressAccessiblyAndWait(connectButton), QString());
    else
        QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(shown.wait(30000));

    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("memberName"))->text(), QStringLiteral("Robin Example"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("sourceValue"))->text().contains(server.url().host()));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusTitle"))->text(),
             QStringLiteral("Your answer: you never opted out"));
    QVERIFY2(window.findChild<QLabel *>(QStringLiteral("statusDetail"))
                 ->text()
                 .contains(QStringLiteral("The platform's API does not show this setting")),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("statusDetail"))->text()));
    auto *recent = window.findChild<QLabel *>(QStringLiteral("recentChanges"));
    QTRY_VERIFY(recent->isVisible());
    QVERIFY2(recent->text().contains(QStringLiteral("Comments: 3")), qPrintable(recent->text()));
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("categoriesTable"))->model()->rowCount() >= 11);

    if (!qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR") && accessibly) {
        window.showPage(MainWindow::OverviewIndex);
        QApplication::processEvents();
        QVERIFY(window.grab().save(qEnvironmentVariable("PD_SCREENSHOT_DIR") +
                                   QStringLiteral("/13-overview-linkedin-api.png")));
    }
}

void TestLinkedInConnect::aTokenIsRequiredAndNeverShownAgain()
{
    SourceSpec saved;
    saved.kind = SourceSpec::Kind::LinkedInApi;
    saved.token = "li_secret_saved_for_this_session";
    ConnectDialog dialog(saved);
    dialog.show();
    auto *radio = dialog.findChild<QRadioButton *>(QStringLiteral("linkedInRadio"));
    auto *tokenEdit = dialog.findChild<QLineEdit *>(QStringLiteral("apiTokenEdit"));
    QVERIFY(radio->isChecked());
    QVERIFY(tokenEdit->text().isEmpty()); // never put back into the field
    QVERIFY(!tokenEdit->placeholderText().contains(QStringLiteral("li_secret")));
    QCOMPARE(dialog.settings().token, saved.token); // kept and used without being shown

    ConnectDialog fresh((SourceSpec()));
    fresh.show();
    QTest::mouseClick(fresh.findChild<QRadioButton *>(QStringLiteral("linkedInRadio")), Qt::LeftButton);
    QTest::mouseClick(fresh.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(fresh.isVisible()); // not accepted without a token
    auto *error = fresh.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("Paste the access token")),
             qPrintable(error->text()));
    QCOMPARE(fresh.settings().apiBase, QUrl()); // the platform's own host unless a test sets another
}

QTEST_MAIN(TestLinkedInConnect)
#include "TestLinkedInConnect.moc"
