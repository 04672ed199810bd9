// The training switch on its own and on the Opt-out page: every input only asks; a toggle() or
// setChecked() from outside is reverted before anyone sees it; pending is painted and announced
// as pending while the checked state stays the confirmed one. PD_SCREENSHOT_DIR, when set, gets
// the Opt-out page pending and confirmed as PNGs.

#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "core/PolicyLoader.h"
#include "ScriptedDataSource.h"
#include "support/AccessibleActions.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/ToggleSwitch.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pd;

namespace {

enum class Input { Mouse, Space, Enter, AccessibleToggle, AccessiblePress };

void act(ToggleSwitch *toggle, Input input)
{
    switch (input) {
    case Input::Mouse:
        QTest::mouseClick(toggle, Qt::LeftButton);
        break;
    case Input::Space:
        QTest::keyClick(toggle, Qt::Key_Space);
        break;
    case Input::Enter:
        QTest::keyClick(toggle, Qt::Key_Enter, Qt::KeypadModifier);
        break;
    case Input::AccessibleToggle:
        QCOMPARE(test::doAccessibleAction(toggle, QAccessibleActionInterface::toggleAction()), QString());
        break;
    case Input::AccessiblePress:
        QCOMPARE(test::doAccessibleAction(toggle, QAccessibleActionInterface::pressAction()), QString());
        break;
    }
}

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    return QAccessible::queryAccessibleInterface(widget)->text(text);
}

QAccessible::State accessibleState(QWidget *widget)
{
    return QAccessible::queryAccessibleInterface(widget)->state();
}

} // namespace

class TestToggleSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyInputAsksAndNothingFlips_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<bool>("on");
        for (bool on : {true, false}) {
            const char *state = on ? "on" : "off";
            QTest::addRow("mouse, %s", state) << Input::Mouse << on;
            QTest::addRow("Space, %s", state) << Input::Space << on;
            QTest::addRow("keypad Enter, %s", state) << Input::Enter << on;
            QTest::addRow("accessible Toggle, %s", state) << Input::AccessibleToggle << on;
            QTest::addRow("accessible Press, %s", state) << Input::AccessiblePress << on;
        }
    }

    void everyInputAsksAndNothingFlips()
    {
        QFETCH(Input, input);
        QFETCH(bool, on);
        ToggleSwitch toggle;
        toggle.setAccessibleName(QStringLiteral("Use my data"));
        toggle.setConfirmedState(on, QStringLiteral("Confirmed."));
        toggle.show();
        QVERIFY(QTest::qWaitForWindowExposed(&toggle));
        QSignalSpy toggled(&toggle, &QAbstractButton::toggled);
        QSignalSpy requested(&toggle, &ToggleSwitch::changeRequested);
        act(&toggle, input);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(toggle.isChecked(), on);
        QCOMPARE(toggled.count(), 0);
        QCOMPARE(accessibleState(&toggle).checked, on);

        // Disabled (e.g. an archive source): nothing asks.
        toggle.setEnabled(false);
        act(&toggle, input == Input::AccessibleToggle || input == Input::AccessiblePress ? Input::Mouse : input);
        QVERIFY(test::accessibleActionNames(&toggle).filter(QAccessibleActionInterface::toggleAction()).isEmpty());
        QCOMPARE(requested.count(), 1);
    }

    void strayChangesAreRevertedAndAsk_data()
    {
        QTest::addColumn<bool>("viaToggle");
        QTest::newRow("QAbstractButton::toggle()") << true;
        QTest::newRow("QAbstractButton::setChecked()") << false;
    }

    void strayChangesAreRevertedAndAsk()
    {
        QFETCH(bool, viaToggle);
        ToggleSwitch toggle;
        toggle.setConfirmedState(true, QStringLiteral("Confirmed: ON."));
        toggle.show();
        QSignalSpy toggled(&toggle, &QAbstractButton::toggled);
        QSignalSpy requested(&toggle, &ToggleSwitch::changeRequested);
        QList<bool> shownWhenAsked;
        connect(&toggle, &ToggleSwitch::changeRequested, this,
                [&toggle, &shownWhenAsked] { shownWhenAsked << toggle.isChecked(); });
        QAbstractButton *button = &toggle;
        if (viaToggle)
            button->toggle();
        else
            button->setChecked(false);
        QVERIFY(toggle.isChecked());
        QCOMPARE(shownWhenAsked, QList<bool>{true});
        QCOMPARE(toggled.count(), 0); // QAbstractButton's own toggled(false) never got out
        QCOMPARE(requested.count(), 1);

        // The owner's change right after is heard at once.
        toggle.setConfirmedState(false, QStringLiteral("Confirmed: OFF."));
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.first().first().toBool(), false);
        QVERIFY(!toggle.signalsBlocked());

        // And without an owner call, signals are back once control returns to the event loop.
        button->toggle();
        QVERIFY(!toggle.isChecked());
        QCOMPARE(requested.count(), 2);
        QTRY_VERIFY(!toggle.signalsBlocked());
        QCOMPARE(toggled.count(), 1);
    }

    void pendingIsShownAndAnnounced()
    {
        ToggleSwitch toggle;
        toggle.setConfirmedState(true, QStringLiteral("Confirmed: ON."));
        toggle.show();
        QVERIFY(QTest::qWaitForWindowExposed(&toggle));
        const QImage on = toggle.grab().toImage();
        QCOMPARE(accessibleText(&toggle, QAccessible::Description), QStringLiteral("Confirmed: ON."));
        QVERIFY(!accessibleState(&toggle).busy);

        QSignalSpy pendingChanged(&toggle, &ToggleSwitch::pendingChanged);
        toggle.setPending(true, QStringLiteral("Pending: asking the server to turn training off…"));
        QCOMPARE(pendingChanged.count(), 1);
        QVERIFY(toggle.isPending());
        QVERIFY(toggle.isChecked()); // still the confirmed state
        const QAccessible::State pending = accessibleState(&toggle);
        QVERIFY(pending.busy);
        QVERIFY(pending.checked);
        QCOMPARE(accessibleText(&toggle, QAccessible::Description),
                 QStringLiteral("Pending: asking the server to turn training off… Confirmed: ON."));
        const QImage shownPending = toggle.grab().toImage();
        QVERIFY(shownPending != on);
        // The knob left its side for the middle: white in the centre, track where it sat.
        const qreal ratio = on.devicePixelRatio();
        const QPoint centre = toggle.rect().center();
        const int knobSize = toggle.height() - 10;
        const QPoint rightKnob(toggle.width() - 5 - knobSize / 2, centre.y());
        QVERIFY(QColor(on.pixel(rightKnob * ratio)).lightness() > 200);
        QVERIFY(QColor(shownPending.pixel(rightKnob * ratio)).lightness() < 200);
        QVERIFY(QColor(shownPending.pixel((centre + QPoint(0, knobSize / 3)) * ratio)).lightness() > 200);

        // No new request while one is on its way, whichever way it is asked.
        QSignalSpy requested(&toggle, &ToggleSwitch::changeRequested);
        QTest::mouseClick(&toggle, Qt::LeftButton);
        QVERIFY(test::accessibleActionNames(&toggle).filter(QAccessibleActionInterface::toggleAction()).isEmpty());
        QAccessible::queryAccessibleInterface(&toggle)->actionInterface()->doAction(
            QAccessibleActionInterface::toggleAction());
        QCOMPARE(requested.count(), 0);

        toggle.setPending(false);
        QCOMPARE(pendingChanged.count(), 2);
        QVERIFY(!accessibleState(&toggle).busy);
        QCOMPARE(accessibleText(&toggle, QAccessible::Description), QStringLiteral("Confirmed: ON."));
        QCOMPARE(toggle.grab().toImage(), on);
    }

    // The Opt-out page while a write is pending and once it is confirmed; the switch's accessible
    // description says what the line under it says.
    void onThePagePendingThenConfirmed()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        Result<Policy> policy = PolicyLoader::bundled();
        QVERIFY(policy.ok());
        MainWindow window(policy.value(), clock);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        Result<DemoDataSource *> demo = DemoDataSource::create(clock);
        QVERIFY(demo.ok());
        auto *source = new test::ScriptedDataSource(demo.value()->summaryNow());
        delete demo.value();
        source->summary().optOut.optedOut = true;
        window.setDataSource(source);
        QTRY_COMPARE(shown.count(), 1);
        window.showPage(MainWindow::OptOutIndex);
        auto *toggle = window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        auto *confirmed = window.findChild<QLabel *>(QStringLiteral("confirmedLabel"));
        auto *page = window.findChild<OptOutPage *>(QStringLiteral("optOutPage"));
        QVERIFY(!toggle->isChecked());
        QCOMPARE(accessibleText(toggle, QAccessible::Description), confirmed->text());
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("opt-out-confirmed-off.png"))));

        QCOMPARE(test::doAccessibleAction(toggle, QAccessibleActionInterface::toggleAction()), QString());
        // Training on asks first; still off and not pending while asked.
        QTRY_VERIFY(page->confirmOptInDialog());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!toggle->isPending());
        QTest::mouseClick(page->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        // The scripted source answers on the next event-loop turn: pending until then.
        QCOMPARE(page->controller()->phase(), OptOutController::Phase::Pending);
        QVERIFY(toggle->isPending());
        QVERIFY(!toggle->isChecked());
        QVERIFY(accessibleState(toggle).busy);
        QVERIFY(accessibleText(toggle, QAccessible::Description).startsWith(QStringLiteral("Pending:")));
        QVERIFY(accessibleText(toggle, QAccessible::Description).endsWith(confirmed->text()));
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("opt-out-pending.png"))));

        QTRY_COMPARE(page->controller()->phase(), OptOutController::Phase::Confirmed);
        QVERIFY(!toggle->isPending());
        QVERIFY(toggle->isChecked());
        QVERIFY(!accessibleState(toggle).busy);
        QCOMPARE(accessibleText(toggle, QAccessible::Description), confirmed->text());
        QVERIFY(confirmed->text().contains(QStringLiteral("is ON")));
        QTRY_COMPARE(shown.count(), 2);
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("opt-out-confirmed-on.png"))));
    }
};

QTEST_MAIN(TestToggleSwitch)
#include "TestToggleSwitch.moc"
