// Accessibility of the desktop app: every interactive widget on every page and dialog has an
// accessible name; the flow works from the keyboard (page shortcuts, F5, Tab reaches the
// switch); the added colours meet WCAG AA contrast in light and dark palettes.

#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "ScriptedDataSource.h"
#include "support/GuiTestStart.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/ConnectDialog.h"
#include "ui/HelpDialog.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/Theme.h"
#include "ui/ToggleSwitch.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

bool isInteractive(const QWidget *widget)
{
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget);
}

// "objectName (Class)" of each visible interactive widget under root without an accessible name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || !isInteractive(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(QStringLiteral("%1 (%2 in %3 %4)")
                               .arg(widget->objectName(), QLatin1StringView(widget->metaObject()->className()),
                                    QLatin1StringView(widget->parentWidget()->metaObject()->className()),
                                    widget->parentWidget()->objectName()));
    }
    return unnamed;
}

int interactiveCount(QWidget *root)
{
    int count = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(root) && isInteractive(widget))
            ++count;
    }
    return count;
}

qreal luminance(const QColor &colour)
{
    auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

    void everyPageNamesEveryControl_data()
    {
        QTest::addColumn<bool>("canChange");
        QTest::newRow("demo (read-only)") << false;
        QTest::newRow("changeable source") << true;
    }

    void everyPageNamesEveryControl()
    {
        QFETCH(bool, canChange);
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        if (canChange)
            window.setDataSource(new test::ScriptedDataSource(demo.value()->summaryNow()));
        else
            window.setDataSource(demo.value());
        if (canChange)
            delete demo.value();
        QTRY_COMPARE(shown.count(), 1);

        for (int index = 0; index < MainWindow::PageCount; ++index) {
            window.showPage(index);
            QCOMPARE(window.currentPage(), index);
            QVERIFY(interactiveCount(window.page(index)) >= 1);
            const QStringList unnamed = unnamedControls(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(index).arg(unnamed.join(u", "))));
        }
    }

    void dialogsNameEveryControl()
    {
        ConfirmOptOutDialog confirm(m_policy, 1234);
        confirm.show();
        QVERIFY(interactiveCount(&confirm) >= 2);
        QStringList unnamed = unnamedControls(&confirm);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

        ImportQuestionsDialog questions(m_policy, QDate(2026, 11, 29));
        questions.show();
        QVERIFY(interactiveCount(&questions) >= 4);
        unnamed = unnamedControls(&questions);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

        ConnectDialog connect(SourceSpec{});
        connect.show();
        QVERIFY(interactiveCount(&connect) >= 7);
        unnamed = unnamedControls(&connect);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    void keyboardAlone()
    {
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        auto *source = new test::ScriptedDataSource(demo.value()->summaryNow());
        delete demo.value();
        source->summary().optOut.optedOut = false;
        window.setDataSource(source);
        QTRY_COMPARE(shown.count(), 1);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::CategoriesIndex));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::PolicyIndex));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(source->refreshes, 2);

        // From the page list, Tab alone reaches the switch on the Opt-out page.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto *navigation = window.findChild<QWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        auto *toggle = window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        bool reached = false;
        for (int step = 0; step < 40 && !reached; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = QApplication::focusWidget() == toggle;
        }
        QVERIFY2(reached, "Tab never reached the training switch");
        // Space on the focused switch asks for confirmation; Escape cancels it and changes nothing.
        QTest::keyClick(toggle, Qt::Key_Space);
        QDialog *dialog = window.findChild<ConfirmOptOutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ConfirmOptOutDialog *>());
        QCOMPARE(source->optOutRequests, 0);
        QVERIFY(toggle->isChecked());
    }

    // Tab from the toolbar goes through every control of the window and comes back: the toolbar
    // buttons first, then the page list, then the page; Shift+Tab walks the same way back.
    void tabReachesEveryAction_data()
    {
        QTest::addColumn<int>("page");
        for (int page = 0; page < MainWindow::PageCount; ++page)
            QTest::addRow("page %d", page) << page;
    }

    void tabReachesEveryAction()
    {
        QFETCH(int, page);
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        window.setDataSource(new test::ScriptedDataSource(demo.value()->summaryNow()));
        delete demo.value();
        QTRY_COMPARE(shown.count(), 1);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);

        QWidget *start = window.findChild<QWidget *>(QStringLiteral("actionRefreshButton"));
        QVERIFY(start);
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> forward{start};
        for (int step = 0; step < 200; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == start)
                break;
            forward.append(QApplication::focusWidget());
        }
        QCOMPARE(QApplication::focusWidget(), start);
        QStringList names;
        for (QWidget *widget : std::as_const(forward))
            names.append(widget->objectName());
        qInfo("Tab order on page %d: %s", page, qPrintable(names.join(QStringLiteral(" → "))));
        QCOMPARE(names.mid(0, 5),
                 (QStringList{QStringLiteral("actionRefreshButton"), QStringLiteral("actionConnectButton"),
                              QStringLiteral("actionOpenArchiveButton"), QStringLiteral("actionExportButton"),
                              QStringLiteral("navigation")}));
        // Every visible, enabled control that takes Tab focus on the page is on the way.
        for (QWidget *widget : window.page(page)->findChildren<QWidget *>()) {
            if (widget->isVisibleTo(&window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
                !widget->focusProxy() && !qobject_cast<QScrollBar *>(widget) &&
                !qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                QVERIFY2(forward.contains(widget), qPrintable(widget->objectName() + u" is never reached by Tab"));
        }
        // Shift+Tab: the same way back.
        QList<QWidget *> backward;
        for (int step = 0; step < forward.size(); ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            backward.prepend(QApplication::focusWidget());
        }
        QCOMPARE(backward, forward);
    }

    // The focus ring is visible on the page list and on tables in both palettes: focused, the
    // widget draws 2 px in the highlight colour (3:1 against the background) that it does not
    // draw unfocused.
    void focusRingIsVisible_data() { coloursMeetWcagAA_data(); }

    void focusRingIsVisible()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        QApplication::setPalette(palette);
        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(contrast(palette.color(QPalette::Highlight), palette.color(QPalette::Base)) >= 3.0);
        QVERIFY(contrast(palette.color(QPalette::Highlight), palette.color(QPalette::Window)) >= 3.0);

        auto ringPixels = [&](QWidget *widget) {
            QWidget *other = window.findChild<QWidget *>(QStringLiteral("actionRefreshButton"));
            other->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            const QImage unfocused = widget->grab().toImage();
            widget->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            const QImage focused = widget->grab().toImage();
            int ring = 0;
            const QColor highlight = palette.color(QPalette::Highlight);
            for (int y = 0; y < focused.height(); ++y) {
                for (int x = 0; x < focused.width(); ++x) {
                    const QColor now = focused.pixelColor(x, y);
                    if (now != unfocused.pixelColor(x, y) &&
                        (contrast(now, palette.color(QPalette::Base)) >= 3.0 || contrast(now, highlight) >= 3.0))
                        ++ring;
                }
            }
            return ring;
        };
        auto *navigation = window.findChild<QWidget *>(QStringLiteral("navigation"));
        QVERIFY2(ringPixels(navigation) >= 2 * navigation->width(), "no visible focus ring on the page list");
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *table = window.findChild<QWidget *>(QStringLiteral("categoriesTable"));
        QVERIFY2(ringPixels(table) >= table->width(), "no visible focus ring on the categories table");
        // A page itself (Tab stops on it so the keyboard can scroll it) gets a ring around it.
        auto *page = window.findChild<QWidget *>(QStringLiteral("categoriesScroll"));
        page->setFocus(Qt::TabFocusReason);
        QWidget *ring = nullptr;
        QTRY_VERIFY((ring = window.findChild<QWidget *>(QStringLiteral("pageFocusRing"))) != nullptr);
        QTRY_VERIFY(ring->isVisible());
        QVERIFY(ring->geometry().contains(page->geometry()));
        QVERIFY(ring->parentWidget()->rect().contains(ring->geometry())); // not clipped
        QApplication::setPalette(Theme::lightPalette());
    }

    // Radio buttons and check boxes stand out 3:1 from the window when unchecked, in both palettes.
    void uncheckedRadioButtonsAreVisible_data() { coloursMeetWcagAA_data(); }

    void uncheckedRadioButtonsAreVisible()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        QVERIFY(contrast(Theme::controlOutline(palette), palette.color(QPalette::Window)) >= 3.0);
        QApplication::setPalette(palette);
        MainWindow window(m_policy, m_clock); // installs the application's style
        ConnectDialog dialog(SourceSpec::demo());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *radio = dialog.findChild<QAbstractButton *>(QStringLiteral("serverRadio"));
        QVERIFY(radio && !radio->isChecked());
        const QImage image = radio->grab().toImage();
        qreal best = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < std::min(image.width(), radio->height()); ++x) // the indicator, left of the text
                best = std::max(best, contrast(image.pixelColor(x, y), palette.color(QPalette::Window)));
        }
        QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
        QApplication::setPalette(Theme::lightPalette());
    }

    // Help › Keyboard shortcuts lists the window's own shortcuts; Help › What these numbers mean
    // explains the figures in words, without the code's names for them.
    void helpPages()
    {
        MainWindow window(m_policy, m_clock);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        HelpDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window.findChild<HelpDialog *>()) != nullptr);
        QCOMPARE(shortcuts->topic(), HelpDialog::Topic::Shortcuts);
        for (const QString &expected : {QStringLiteral("Ctrl+E"), QStringLiteral("Export report"), QStringLiteral("F5"),
                                        QStringLiteral("Ctrl+K"), QStringLiteral("Shift+Tab"), QStringLiteral("Alt+U")})
            QVERIFY2(shortcuts->text().contains(expected), qPrintable(expected));
        QTest::mouseClick(shortcuts->findChild<QPushButton *>(QStringLiteral("helpCloseButton")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<HelpDialog *>());
        window.close();

        MainWindow again(m_policy, m_clock);
        again.show();
        QApplication::setActiveWindow(&again);
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QTest::keyClick(&again, Qt::Key_F1);
        HelpDialog *numbers = nullptr;
        QTRY_VERIFY((numbers = again.findChild<HelpDialog *>()) != nullptr);
        QCOMPARE(numbers->topic(), HelpDialog::Topic::Numbers);
        const QString text = numbers->text();
        QVERIFY(text.contains(QStringLiteral("May have been used")));
        QVERIFY(text.contains(QStringLiteral("not said either way")));
        for (const QString &code : {QStringLiteral("mayHaveBeenUsed"), QStringLiteral("exposedIfUsed"),
                                    QStringLiteral("genAiTraining"), QStringLiteral("UTC")})
            QVERIFY2(!text.contains(code), qPrintable(code));
        QVERIFY(unnamedControls(numbers).isEmpty());
    }

    void coloursMeetWcagAA_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void coloursMeetWcagAA()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        QCOMPARE(Theme::isDark(palette), dark);
        for (Theme::Tone tone : {Theme::Tone::Neutral, Theme::Tone::Good, Theme::Tone::Warning, Theme::Tone::Danger}) {
            const Theme::Card card = Theme::card(tone, palette);
            QVERIFY2(contrast(card.text, card.background) >= 4.5, "card text below 4.5:1");
            QVERIFY2(contrast(card.border, card.background) >= 3.0, "card border below 3:1");
        }
        const QColor base = palette.color(QPalette::Base);
        for (const QColor &series : {Theme::mayHaveBeenUsed(palette), Theme::exposedIfUsed(palette),
                                     Theme::notUsed(palette), Theme::notTrainingCategory(palette)})
            QVERIFY2(contrast(series, base) >= 3.0, qPrintable(series.name()));
        QVERIFY(contrast(palette.color(QPalette::Text), base) >= 4.5);
        // The switch writes "On"/"Off" in white on its tracks.
        QVERIFY(contrast(Qt::white, QColor(0xc2, 0x41, 0x0c)) >= 4.5);
        QVERIFY(contrast(Qt::white, QColor(0x4b, 0x55, 0x63)) >= 4.5);
    }

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
