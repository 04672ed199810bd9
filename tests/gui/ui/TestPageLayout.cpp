// Every page of the real main window at 800×600 and 1920×1080, light and dark, with a fixed
// font (DejaVu Sans, always present where the tests run): the test walks each page's widget
// tree and fails on text that is cut or elided (a label or button narrower or shorter than its
// text, a table column narrower than its header or, for the first column, its cells), on a
// widget that lies outside the visible area of its page (clipped by a parent that does not
// scroll), on a page that scrolls sideways, and on a chart without room for its axes and
// legend or with marker badges on top of each other. Pages are chosen by clicking the page list.
// Set PD_LAYOUT_SCREENSHOTS=DIR to keep a PNG of each case.

#include "core/Clock.h"
#include "support/GuiTestStart.h"
#include "ui/ActivityChart.h"
#include "ui/ItemsPage.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/Theme.h"
#include "ui/ToggleSwitch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

#include <iterator>
#include <QValueAxis>

using namespace pd;

namespace {

QString nameOf(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(widget->metaObject()->className());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    return name;
}

// Whether the widget inside `page` is clipped by a parent; content of a scroll area may extend
// below its viewport (it scrolls), but not to its side (a page never scrolls sideways).
QString clipping(const QWidget *widget, const QWidget *page)
{
    QRect rect = widget->rect();
    const QWidget *child = widget;
    while (child != page) {
        const QWidget *parent = child->parentWidget();
        if (!parent)
            break;
        rect.translate(child->pos());
        const auto *scroll = qobject_cast<const QScrollArea *>(parent->parentWidget());
        if (scroll && scroll->viewport() == parent && scroll->widget() == child) {
            if (child->width() > parent->width() + 1)
                return QStringLiteral("%1 scrolls sideways (%2 px in %3 px)")
                    .arg(nameOf(scroll))
                    .arg(child->width())
                    .arg(parent->width());
            rect = parent->rect();
        } else if (!parent->rect().adjusted(-1, -1, 1, 1).contains(rect)) {
            return QStringLiteral("%1 lies outside %2 (%3,%4 %5×%6 in %7×%8)")
                .arg(nameOf(widget), nameOf(parent))
                .arg(rect.x())
                .arg(rect.y())
                .arg(rect.width())
                .arg(rect.height())
                .arg(parent->width())
                .arg(parent->height());
        }
        child = parent;
    }
    return {};
}

QString labelProblem(const QLabel *label)
{
    if (label->text().isEmpty() || label->textFormat() == Qt::RichText)
        return {};
    const QRect room =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const QFontMetrics metrics(label->font());
    QString text = label->text();
    text.remove(u'&'); // mnemonics are not drawn
    const QRect needed = label->wordWrap()
                             ? metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, text)
                             : metrics.boundingRect(QRect(0, 0, 100000, 100000), 0, text);
    if (needed.width() > room.width() + 1 || needed.height() > room.height() + 1)
        return QStringLiteral("%1 is cut: needs %2×%3, has %4×%5")
            .arg(nameOf(label))
            .arg(needed.width())
            .arg(needed.height())
            .arg(room.width())
            .arg(room.height());
    return {};
}

QString buttonProblem(const QAbstractButton *button)
{
    if (button->text().isEmpty() || qobject_cast<const ToggleSwitch *>(button))
        return {};
    const QSize hint = button->sizeHint();
    if (button->width() + 1 < hint.width() || button->height() + 1 < hint.height())
        return QStringLiteral("%1 is cut: needs %2×%3, has %4×%5")
            .arg(nameOf(button))
            .arg(hint.width())
            .arg(hint.height())
            .arg(button->width())
            .arg(button->height());
    return {};
}

QStringList tableProblems(QTableView *table, bool wide)
{
    QStringList problems;
    // In a wide window every table shows all its columns ("Total" included).
    if (wide &&
        (table->horizontalScrollBar()->isVisible() || table->horizontalHeader()->length() > table->viewport()->width()))
        problems.append(QStringLiteral("%1 scrolls sideways in a wide window (%2 px of columns in %3 px)")
                            .arg(nameOf(table))
                            .arg(table->horizontalHeader()->length())
                            .arg(table->viewport()->width()));
    const QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn is public here
    const QFontMetrics metrics(header->font());
    const int margin = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int size = header->sectionSize(column);
        if (size < metrics.horizontalAdvance(title) + margin)
            problems.append(QStringLiteral("%1: column \"%2\" (%3 px) is narrower than its header")
                                .arg(nameOf(table), title)
                                .arg(size));
        // A table may name columns that show the start of a longer text by design (the Items
        // page's snippets and links, whole in the tooltip and on the clipboard).
        const QVariantList elided = table->property("elidedColumns").toList();
        if (size + 1 < view->sizeHintForColumn(column) && !elided.contains(column))
            problems.append(QStringLiteral("%1: column \"%2\" (%3 px) cuts its cells (%4 px)")
                                .arg(nameOf(table), title)
                                .arg(size)
                                .arg(view->sizeHintForColumn(column)));
    }
    // The first column is always wholly in view (the table may scroll sideways after it).
    if (header->count() > 0 && header->sectionSize(0) > table->viewport()->width())
        problems.append(QStringLiteral("%1: the first column is wider than the table").arg(nameOf(table)));
    return problems;
}

QStringList chartProblems(ActivityChart *chart)
{
    QStringList problems;
    const QRectF plot = chart->chart()->plotArea();
    if (plot.height() < 120 || plot.width() < 200)
        problems.append(QStringLiteral("the chart's plot is only %1×%2").arg(plot.width()).arg(plot.height()));
    const QLegend *legend = chart->chart()->legend();
    if (!legend->isVisible() || !chart->chart()->rect().contains(legend->geometry()))
        problems.append(QStringLiteral("the chart's legend is not wholly shown"));
    const auto axes = chart->chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        auto *years = qobject_cast<QValueAxis *>(axis);
        const QFontMetrics metrics(years->labelsFont());
        if (years->tickCount() * (metrics.horizontalAdvance(QStringLiteral("8888")) + 8) > plot.width())
            problems.append(
                QStringLiteral("%1 year labels do not fit %2 px").arg(years->tickCount()).arg(plot.width()));
    }
    const QList<QRectF> badges = chart->markerBadges();
    for (qsizetype i = 0; i < badges.size(); ++i) {
        for (qsizetype j = i + 1; j < badges.size(); ++j) {
            if (!badges.at(i).isEmpty() && badges.at(i).intersects(badges.at(j)))
                problems.append(QStringLiteral("chart markers %1 and %2 overlap").arg(i + 1).arg(j + 1));
        }
    }
    return problems;
}

QStringList pageProblems(QWidget *page, bool wide = false)
{
    QStringList problems;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(page) || widget->isWindow())
            continue;
        // Inside item views and the chart, the view itself is checked.
        bool inner = false;
        for (QWidget *up = widget->parentWidget(); up && up != page; up = up->parentWidget())
            inner = inner || qobject_cast<QAbstractItemView *>(up) || qobject_cast<QChartView *>(up);
        if (inner || qobject_cast<QScrollBar *>(widget))
            continue;
        if (const QString clipped = clipping(widget, page); !clipped.isEmpty())
            problems.append(clipped);
        if (const auto *label = qobject_cast<QLabel *>(widget))
            problems.append(labelProblem(label));
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            problems.append(buttonProblem(button));
        if (auto *table = qobject_cast<QTableView *>(widget))
            problems.append(tableProblems(table, wide));
        if (auto *chart = qobject_cast<ActivityChart *>(widget))
            problems.append(chartProblems(chart));
    }
    problems.removeAll(QString());
    return problems;
}

} // namespace

class TestPageLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startGuiTest(&m_policy));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QFont font(QStringLiteral("DejaVu Sans"), 9);
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("DejaVu Sans"));
        QApplication::setFont(font);
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("page");
        const char *pages[] = {"overview", "categories", "opt-out", "policy", "items"};
        static_assert(std::size(pages) == MainWindow::PageCount);
        for (const QSize size : {QSize(800, 600), QSize(1920, 1080)}) {
            for (const bool dark : {false, true}) {
                for (int page = 0; page < MainWindow::PageCount; ++page)
                    QTest::addRow("%dx%d %s %s", size.width(), size.height(), dark ? "dark" : "light", pages[page])
                        << size << dark << page;
            }
        }
    }

    void everyPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QFETCH(int, page);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        MainWindow window(m_policy, m_clock);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        QVERIFY(window.openConnection(SourceSpec::demo(), false));
        QTRY_COMPARE(shown.count(), 1);
        // The item list comes after the summary.
        auto *items = window.findChild<ItemsPage *>();
        QVERIFY(items);
        QTRY_VERIFY(items->hasList());

        auto *pages = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(pages->item(page)).center());
        QTRY_COMPARE(window.currentPage(), page);
        QTest::qWait(50); // layouts settle (the chart lays out its axes after it is shown)
        QApplication::processEvents();
        QCOMPARE(window.size(), size);

        if (const QString dir = qEnvironmentVariable("PD_LAYOUT_SCREENSHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(
                QStringLiteral("%1/%2.png").arg(dir, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        }
        const QStringList problems = pageProblems(window.page(page), size.width() >= 1600);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checks themselves catch what they are for: a cut label, a cut button, a clipped widget.
    void theChecksCatchCutText()
    {
        QWidget page;
        page.resize(200, 100);
        auto *label = new QLabel(QStringLiteral("A sentence much too long for eighty pixels"), &page);
        label->setGeometry(0, 0, 80, 20);
        auto *outside = new QLabel(QStringLiteral("x"), &page);
        outside->setGeometry(190, 90, 40, 40);
        page.show();
        const QStringList problems = pageProblems(&page);
        QVERIFY2(problems.size() >= 2, qPrintable(problems.join(u'\n')));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("is cut")));
        QVERIFY(problems.join(u'\n').contains(QStringLiteral("lies outside")));
    }

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
};

QTEST_MAIN(TestPageLayout)
#include "TestPageLayout.moc"
