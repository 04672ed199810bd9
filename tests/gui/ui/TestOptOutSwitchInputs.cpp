// The training switch through every way a member can act on it — mouse, touch, Space, Enter,
// the shortcut Alt+U, and a screen reader's Toggle and Press actions — against the real
// reference server over HTTPS on loopback, in both directions. Each way only asks: where the
// flow asks for confirmation the server has not changed before the member accepts, it changes
// after, and at no moment (every paint, every toggled(), every pending change) does the switch
// show a state other than the server's unless it shows a request pending. Cancelling the
// confirmation, by mouse or by accessible Press, leaves the server and the switch as they were.

#include "core/Clock.h"
#include "support/AccessibleActions.h"
#include "support/GuiTestStart.h"
#include "support/ReferenceServer.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/ToggleSwitch.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

enum class Input {
    Mouse,
    Touch,
    Space,
    Enter,
    Shortcut,
    AccessibleToggle,
    AccessiblePress,
    // QAbstractButton::toggle() from outside the owner, as Qt's stock accessible button does.
    StrayToggle,
};

// How a test answers a dialog's button: the way the switch was reached.
enum class Answer { Mouse, Keyboard, AccessiblePress };

Answer answerFor(Input input)
{
    switch (input) {
    case Input::Mouse:
    case Input::Touch:
        return Answer::Mouse;
    case Input::Space:
    case Input::Enter:
    case Input::Shortcut:
        return Answer::Keyboard;
    case Input::AccessibleToggle:
    case Input::AccessiblePress:
    case Input::StrayToggle:
        return Answer::AccessiblePress;
    }
    return Answer::Mouse;
}

// Watches the switch for a whole test: every paint (the state it is about to draw), every
// toggled() and every pending change. Whenever the switch is not pending, what it shows must
// be what the server holds, and its accessible state, name and description must agree with
// it and with the line under it. The server changes only while a request is pending (this
// window is its only writer), so it is read once per quiet spell, blocking: no GUI event runs
// while it is read.
class SwitchWatcher final : public QObject
{
public:
    SwitchWatcher(ToggleSwitch *toggle, const QLabel *nameLabel, const QLabel *confirmedLabel,
                  const test::ReferenceServer &server)
        : m_toggle(toggle)
        , m_nameLabel(nameLabel)
        , m_confirmedLabel(confirmedLabel)
        , m_server(server)
    {
        toggle->installEventFilter(this);
        connect(toggle, &QAbstractButton::toggled, this,
                [this](bool checked) { observe(QStringLiteral("toggled(%1)").arg(checked), checked); });
        connect(toggle, &ToggleSwitch::pendingChanged, this,
                [this](bool pending) { observe(QStringLiteral("pending %1").arg(pending), m_toggle->isChecked()); });
    }

    const QStringList &violations() const { return m_violations; }
    int checks() const { return m_checks; }
    int pendingSeen() const { return m_pendingSeen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_toggle && event->type() == QEvent::Paint)
            observe(QStringLiteral("paint"), m_toggle->isChecked());
        return false;
    }

private:
    void observe(const QString &what, bool shownOn)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_toggle);
        const QAccessible::State state = accessible->state();
        const auto fail = [&](const QString &why) {
            m_violations << QStringLiteral("%1: %2 (shown %3, pending %4)")
                                .arg(what, why)
                                .arg(shownOn ? u"On" : u"Off")
                                .arg(m_toggle->isPending());
        };
        if (shownOn != m_toggle->isChecked())
            fail(QStringLiteral("signalled a state the switch does not have"));
        if (state.checked != m_toggle->isChecked() || !state.checkable || state.busy != m_toggle->isPending())
            fail(QStringLiteral("accessible state differs (checked %1, busy %2)").arg(state.checked).arg(state.busy));
        if (accessible->role() != QAccessible::CheckBox)
            fail(QStringLiteral("accessible role %1").arg(int(accessible->role())));
        if (accessible->text(QAccessible::Name) != m_nameLabel->text())
            fail(QStringLiteral("accessible name \"%1\"").arg(accessible->text(QAccessible::Name)));
        if (!m_confirmedLabel->text().isEmpty() &&
            !accessible->text(QAccessible::Description).contains(m_confirmedLabel->text()))
            fail(QStringLiteral("accessible description \"%1\" does not say \"%2\"")
                     .arg(accessible->text(QAccessible::Description), m_confirmedLabel->text()));

        if (m_toggle->isPending()) {
            // A write may be under way: the server can change until the switch is quiet again.
            ++m_pendingSeen;
            m_serverOn.reset();
            return;
        }
        if (!m_serverOn) {
            const std::optional<bool> optedOut = m_server.optedOut();
            if (!optedOut) {
                fail(QStringLiteral("the server's state could not be read"));
                return;
            }
            m_serverOn = !*optedOut;
        }
        ++m_checks;
        if (shownOn != *m_serverOn)
            fail(QStringLiteral("the server says training is %1").arg(*m_serverOn ? u"ON" : u"OFF"));
        if (m_confirmedLabel->text().contains(QStringLiteral("is ON")) != shownOn)
            fail(QStringLiteral("the line under the switch says \"%1\"").arg(m_confirmedLabel->text()));
    }

    ToggleSwitch *m_toggle;
    const QLabel *m_nameLabel;
    const QLabel *m_confirmedLabel;
    const test::ReferenceServer &m_server;
    std::optional<bool> m_serverOn;
    QStringList m_violations;
    int m_checks = 0;
    int m_pendingSeen = 0;
};

// The dialog the flow opened, if any (the opt-out confirmation, or any other question).
QDialog *openDialog(QWidget *window)
{
    for (QDialog *dialog : window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QAbstractButton *buttonWithRole(QDialog *dialog, QDialogButtonBox::ButtonRole wanted)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            const QDialogButtonBox::ButtonRole role = box->buttonRole(button);
            if (role == wanted || (wanted == QDialogButtonBox::AcceptRole && role == QDialogButtonBox::YesRole) ||
                (wanted == QDialogButtonBox::RejectRole && role == QDialogButtonBox::NoRole))
                return button;
        }
    }
    return nullptr;
}

} // namespace

class TestOptOutSwitchInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        m_touchScreen = QTest::createTouchDevice();
    }

    void everyInputOnlyAsks_data()
    {
        QTest::addColumn<Input>("input");
        QTest::newRow("mouse click") << Input::Mouse;
        QTest::newRow("touch tap") << Input::Touch;
        QTest::newRow("Space") << Input::Space;
        QTest::newRow("Enter") << Input::Enter;
        QTest::newRow("shortcut Alt+U") << Input::Shortcut;
        QTest::newRow("accessible Toggle") << Input::AccessibleToggle;
        QTest::newRow("accessible Press") << Input::AccessiblePress;
        QTest::newRow("toggle() from outside") << Input::StrayToggle;
    }

    // Both directions through one input: the demo member starts opted out (training OFF).
    void everyInputOnlyAsks()
    {
        QFETCH(Input, input);
        test::ReferenceServer server;
        QVERIFY2(server.ok(), "privacy-api-server did not start");
        QCOMPARE(server.optedOut(), std::optional<bool>(true));
        openWindow(server);
        QVERIFY(!QTest::currentTestFailed());

        changeThrough(input, server); // training on
        if (QTest::currentTestFailed())
            return;
        changeThrough(input, server); // training off, after the confirmation
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(m_watcher->violations().isEmpty(), qPrintable(m_watcher->violations().join(u'\n')));
        QVERIFY2(m_watcher->pendingSeen() >= 2, "the switch never showed the requests as pending");
        QVERIFY2(m_watcher->checks() >= 4, "the watcher compared too few states with the server");
        closeWindow();
    }

    void cancellingChangesNothing_data()
    {
        QTest::addColumn<Input>("input");
        QTest::newRow("mouse: click the switch, click Keep it on") << Input::Mouse;
        QTest::newRow("accessible: Toggle the switch, Press Keep it on") << Input::AccessibleToggle;
        QTest::newRow("accessible: Press the switch, Press Keep it on") << Input::AccessiblePress;
        QTest::newRow("keyboard: Space on the switch, Space on Keep it on") << Input::Space;
    }

    void cancellingChangesNothing()
    {
        QFETCH(Input, input);
        test::ReferenceServer server;
        QVERIFY2(server.ok(), "privacy-api-server did not start");
        const test::ReferenceServer::CliRun on = server.cli({QStringLiteral("opt-out"), QStringLiteral("off")});
        QVERIFY2(on.exitCode == 0, qPrintable(on.err)); // training on
        QCOMPARE(server.optedOut(), std::optional<bool>(false));
        openWindow(server);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_toggle->isChecked());

        QSignalSpy phases(m_page->controller(), &OptOutController::phaseChanged);
        QSignalSpy requested(m_toggle, &ToggleSwitch::changeRequested);
        act(input);
        QTRY_COMPARE(requested.count(), 1);
        QPointer<QDialog> dialog = openDialog(m_window.get());
        QVERIFY2(dialog, "turning training off did not ask first");
        QVERIFY(m_toggle->isChecked());
        QAbstractButton *keep = buttonWithRole(dialog, QDialogButtonBox::RejectRole);
        QVERIFY2(keep, "the confirmation has no button that keeps training on");
        answer(keep, answerFor(input));
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QCOMPARE(phases.count(), 0); // nothing was requested
        QCOMPARE(server.optedOut(), std::optional<bool>(false));
        QVERIFY(m_toggle->isChecked());
        QVERIFY(!m_toggle->isPending());
        QVERIFY(m_toggle->isEnabled());
        m_toggle->repaint(); // one more comparison with the server after the dialog
        QVERIFY2(m_watcher->violations().isEmpty(), qPrintable(m_watcher->violations().join(u'\n')));
        QVERIFY(m_watcher->checks() >= 2);
        closeWindow();
    }

    void cleanup() { closeWindow(); }

private:
    void openWindow(const test::ReferenceServer &server)
    {
        m_window = std::make_unique<MainWindow>(m_policy, m_clock);
        m_window->resize(1200, 800);
        m_toggle = m_window->findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        m_page = m_window->findChild<OptOutPage *>(QStringLiteral("optOutPage"));
        QVERIFY(m_toggle && m_page);
        m_watcher =
            std::make_unique<SwitchWatcher>(m_toggle, m_window->findChild<QLabel *>(QStringLiteral("switchLabel")),
                                            m_window->findChild<QLabel *>(QStringLiteral("confirmedLabel")), server);
        m_shown = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::summaryShown);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->openConnection(server.connection(), false));
        QTRY_COMPARE_WITH_TIMEOUT(m_shown->count(), 1, 20000);
        m_window->showPage(MainWindow::OptOutIndex);
        QVERIFY(m_toggle->isVisible());
        QVERIFY(m_toggle->isEnabled());
    }

    void closeWindow()
    {
        m_watcher.reset();
        m_shown.reset();
        m_window.reset();
    }

    void act(Input input)
    {
        const QPoint centre = m_toggle->rect().center();
        switch (input) {
        case Input::Mouse:
            QTest::mouseClick(m_toggle, Qt::LeftButton, Qt::NoModifier, centre);
            break;
        case Input::Touch:
            QTest::touchEvent(m_toggle, m_touchScreen).press(0, centre, m_toggle);
            QTest::touchEvent(m_toggle, m_touchScreen).release(0, centre, m_toggle);
            break;
        case Input::Space:
            m_toggle->setFocus();
            QTest::keyClick(m_toggle, Qt::Key_Space);
            break;
        case Input::Enter:
            m_toggle->setFocus();
            QTest::keyClick(m_toggle, Qt::Key_Return);
            break;
        case Input::Shortcut:
            QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
            break;
        case Input::AccessibleToggle:
            QCOMPARE(test::doAccessibleAction(m_toggle, QAccessibleActionInterface::toggleAction()), QString());
            break;
        case Input::AccessiblePress:
            QCOMPARE(test::doAccessibleAction(m_toggle, QAccessibleActionInterface::pressAction()), QString());
            break;
        case Input::StrayToggle:
            static_cast<QAbstractButton *>(m_toggle)->toggle();
            break;
        }
    }

    void answer(QAbstractButton *button, Answer how)
    {
        switch (how) {
        case Answer::Mouse:
            QTest::mouseClick(button, Qt::LeftButton);
            break;
        case Answer::Keyboard:
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
            break;
        case Answer::AccessiblePress:
            QCOMPARE(test::pressAccessiblyAndWait(button), QString());
            break;
        }
    }

    // One change of the setting through `input`, checked against the server at each stage.
    void changeThrough(Input input, const test::ReferenceServer &server)
    {
        // A window manager gives the activation back to the window when a dialog closes; the
        // offscreen platform does not, and keyboard shortcuts need an active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const std::optional<bool> before = server.optedOut();
        QVERIFY(before);
        const bool wasOn = !*before;
        QCOMPARE(m_toggle->isChecked(), wasOn);
        QVERIFY(!m_toggle->isPending());
        QVERIFY(m_toggle->isEnabled());
        const int shownBefore = int(m_shown->count());
        QSignalSpy requested(m_toggle, &ToggleSwitch::changeRequested);
        QSignalSpy phases(m_page->controller(), &OptOutController::phaseChanged);
        QList<bool> shownWhenAsked; // the request may be answered before QTRY looks again
        QObject context;
        connect(m_toggle, &ToggleSwitch::changeRequested, &context,
                [&shownWhenAsked, this] { shownWhenAsked << m_toggle->isChecked(); });

        act(input);
        // Touch arrives through the event queue, the shortcut is an animated click (~100 ms).
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(shownWhenAsked, QList<bool>{wasOn}); // asked, not flipped

        if (QPointer<QDialog> dialog = openDialog(m_window.get())) {
            QVERIFY(!m_toggle->isPending());
            QCOMPARE(phases.count(), 0);
            QCOMPARE(server.optedOut(), before); // nothing sent while the member is asked
            QAbstractButton *accept = buttonWithRole(dialog, QDialogButtonBox::AcceptRole);
            QVERIFY2(accept, "the confirmation has no accepting button");
            answer(accept, answerFor(input));
            QTRY_VERIFY(!dialog || !dialog->isVisible());
        } else {
            QVERIFY2(!wasOn, "turning training off did not ask first");
        }

        QTRY_VERIFY(phases.count() >= 1);
        QCOMPARE(phases.first().first().value<OptOutController::Phase>(), OptOutController::Phase::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->controller()->phase(), OptOutController::Phase::Confirmed, 20000);
        QCOMPARE(server.optedOut(), std::optional<bool>(!*before));
        QCOMPARE(m_toggle->isChecked(), !wasOn);
        QVERIFY(!m_toggle->isPending());
        QCOMPARE(requested.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_shown->count(), shownBefore + 1, 20000); // refreshed after it
        QCOMPARE(m_toggle->isChecked(), !wasOn);
        QVERIFY(m_toggle->isEnabled());
    }

    Policy m_policy;
    SystemClock m_clock;
    QPointingDevice *m_touchScreen = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SwitchWatcher> m_watcher;
    std::unique_ptr<QSignalSpy> m_shown;
    ToggleSwitch *m_toggle = nullptr;
    OptOutPage *m_page = nullptr;
};

QTEST_MAIN(TestOptOutSwitchInputs)
#include "TestOptOutSwitchInputs.moc"
