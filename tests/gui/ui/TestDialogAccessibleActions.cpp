// The dialogs' buttons do for a screen reader what they do for a mouse: the accessible Press
// action of "Turn training off" / "Keep it on" (ConfirmOptOutDialog) and of "Read the export" /
// Cancel (ImportQuestionsDialog) ends the dialog exactly as a click on the same button does.

#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/ImportQuestionsDialog.h"

#include <QAccessibleActionInterface>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

enum class How { Click, AccessiblePress };

void activate(QAbstractButton *button, How how)
{
    if (how == How::Click)
        QTest::mouseClick(button, Qt::LeftButton);
    else
        QCOMPARE(test::pressAccessiblyAndWait(button), QString());
}

} // namespace

class TestDialogAccessibleActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

    void confirmOptOutButtons_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::addColumn<How>("how");
        QTest::addColumn<int>("result");
        QTest::newRow("Turn training off, click") << true << How::Click << int(QDialog::Accepted);
        QTest::newRow("Turn training off, accessible Press") << true << How::AccessiblePress << int(QDialog::Accepted);
        QTest::newRow("Keep it on, click") << false << How::Click << int(QDialog::Rejected);
        QTest::newRow("Keep it on, accessible Press") << false << How::AccessiblePress << int(QDialog::Rejected);
    }

    void confirmOptOutButtons()
    {
        QFETCH(bool, confirm);
        QFETCH(How, how);
        QFETCH(int, result);
        ConfirmOptOutDialog dialog(m_policy, 1234);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *button = confirm ? dialog.confirmButton() : dialog.keepButton();
        QVERIFY(test::accessibleActionNames(button).contains(QAccessibleActionInterface::pressAction()));
        activate(button, how);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), result);
        QVERIFY(!dialog.isVisible());
    }

    void importQuestionsButtons_data()
    {
        QTest::addColumn<QDialogButtonBox::StandardButton>("which");
        QTest::addColumn<How>("how");
        QTest::addColumn<int>("result");
        QTest::newRow("Read the export, click") << QDialogButtonBox::Ok << How::Click << int(QDialog::Accepted);
        QTest::newRow("Read the export, accessible Press")
            << QDialogButtonBox::Ok << How::AccessiblePress << int(QDialog::Accepted);
        QTest::newRow("Cancel, click") << QDialogButtonBox::Cancel << How::Click << int(QDialog::Rejected);
        QTest::newRow("Cancel, accessible Press")
            << QDialogButtonBox::Cancel << How::AccessiblePress << int(QDialog::Rejected);
    }

    void importQuestionsButtons()
    {
        QFETCH(QDialogButtonBox::StandardButton, which);
        QFETCH(How, how);
        QFETCH(int, result);
        const QDate today(2026, 11, 29);
        ImportQuestionsDialog dialog(m_policy, today);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The answer "I opted out on …" chosen the same way the button is pressed.
        auto *since = dialog.findChild<QRadioButton *>(QStringLiteral("sinceRadio"));
        QVERIFY(since);
        if (how == How::Click)
            QTest::mouseClick(since, Qt::LeftButton);
        else
            QCOMPARE(test::doAccessibleAction(since, QAccessibleActionInterface::toggleAction()), QString());
        QTRY_VERIFY(since->isChecked());

        auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(box && box->button(which));
        activate(box->button(which), how);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), result);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.answers().optedOutSince, std::optional<QDate>(today));
    }

private:
    Policy m_policy;
};

QTEST_MAIN(TestDialogAccessibleActions)
#include "TestDialogAccessibleActions.moc"
