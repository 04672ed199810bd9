// Text from a server or an archive is shown as plain text only: a summary whose names, ids and
// messages carry markup must appear literally, in labels set to Qt::PlainText, on every page.

#include "core/Clock.h"
#include "core/DemoDataSource.h"
#include "ScriptedDataSource.h"
#include "support/GuiTestStart.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/MainWindow.h"
#include "ui/OptOutController.h"
#include "ui/OptOutPage.h"
#include "ui/Page.h"
#include "ui/ToggleSwitch.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace pd;
using namespace pd::test;

namespace {

const QString Marker = QStringLiteral("INJECT");

QString markup(const QString &what)
{
    return QStringLiteral("<b>%1-%2</b><img src=\"file:///etc/passwd\">").arg(Marker, what);
}

// Labels under root whose text carries the marker, with those not in plain text.
void scan(QWidget *root, QStringList *found, QStringList *notPlain)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->text().contains(Marker))
            continue;
        found->append(label->objectName());
        if (label->textFormat() != Qt::PlainText)
            notPlain->append(QStringLiteral("%1: %2").arg(label->objectName(), label->text()));
    }
}

} // namespace

class TestPlainText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }

    void summaryTextIsPlainOnEveryPage()
    {
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        UsageSummary summary = demo.value()->summaryNow();
        delete demo.value();
        QVERIFY(Qt::mightBeRichText(markup(QStringLiteral("x"))));
        summary.member.name = markup(QStringLiteral("name"));
        summary.source.location = markup(QStringLiteral("source"));
        summary.policyVersion = markup(QStringLiteral("version"));
        summary.optOut.confirmationId = markup(QStringLiteral("confirmation"));
        summary.categories.first().label = markup(QStringLiteral("category"));
        for (CategorySummary &category : summary.categories)
            category.mayHaveBeenUsed = category.itemCount; // the edited category sorts among the first

        MainWindow window(m_policy, m_clock);
        window.resize(1200, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        auto *source = new test::ScriptedDataSource(summary);
        window.setDataSource(source);
        QTRY_COMPARE(shown.count(), 1);

        QStringList found;
        QStringList notPlain;
        for (int index = 0; index < MainWindow::PageCount; ++index) {
            window.showPage(index);
            scan(window.page(index), &found, &notPlain);
        }
        scan(&window, &found, &notPlain);
        QVERIFY2(notPlain.isEmpty(), qPrintable(notPlain.join(u'\n')));
        for (const char *expected : {"memberName", "sourceValue", "policyValue", "statusDetail", "confirmedLabel"})
            QVERIFY2(found.contains(QLatin1StringView(expected)), expected);
        // The member reads the markup literally.
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("memberName"))->text(), markup(QStringLiteral("name")));

        // Select the edited category: its label shows in the details, as plain text too.
        found.clear();
        window.showPage(MainWindow::CategoriesIndex);
        auto *detail = window.findChild<QLabel *>(QStringLiteral("detailTitle"));
        bool shownDetail = detail->text().contains(Marker);
        auto *table = window.findChild<QAbstractItemView *>(QStringLiteral("categoriesTable"));
        for (int row = 0; row < table->model()->rowCount() && !shownDetail; ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            shownDetail = detail->text().contains(Marker);
        }
        QVERIFY(shownDetail);
        QCOMPARE(detail->textFormat(), Qt::PlainText);
    }

    void errorMessagesArePlain()
    {
        Result<DemoDataSource *> demo = DemoDataSource::create(m_clock);
        QVERIFY(demo.ok());
        UsageSummary summary = demo.value()->summaryNow();
        delete demo.value();
        summary.optOut.optedOut = true;

        MainWindow window(m_policy, m_clock);
        window.show();
        auto *source = new test::ScriptedDataSource(summary);
        source->refreshError = Error{ErrorKind::Network, markup(QStringLiteral("refresh-error"))};
        QSignalSpy failed(&window, &MainWindow::refreshFailedShown);
        window.setDataSource(source);
        QTRY_COMPARE(failed.count(), 1);
        QStringList found;
        QStringList notPlain;
        scan(&window, &found, &notPlain);
        QVERIFY(found.contains(QStringLiteral("stateMessage")));
        QVERIFY2(notPlain.isEmpty(), qPrintable(notPlain.join(u'\n')));

        // Now loaded, and an opt-out write fails with a server message carrying markup.
        source->refreshError.reset();
        QSignalSpy shown(&window, &MainWindow::summaryShown);
        window.refresh();
        QTRY_COMPARE(shown.count(), 1);
        source->optOutError = Error{ErrorKind::InvalidInput, markup(QStringLiteral("write-error"))};
        window.showPage(MainWindow::OptOutIndex);
        auto *toggle = window.findChild<ToggleSwitch *>(QStringLiteral("trainingSwitch"));
        QTest::mouseClick(toggle, Qt::LeftButton); // training off → on: asked first
        auto *page = window.findChild<OptOutPage *>(QStringLiteral("optOutPage"));
        QTRY_VERIFY(page->confirmOptInDialog());
        QTest::mouseClick(page->confirmOptInDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(page->controller()->phase(), OptOutController::Phase::Failed);
        found.clear();
        scan(&window, &found, &notPlain);
        QVERIFY(found.contains(QStringLiteral("statusText")));
        QVERIFY2(notPlain.isEmpty(), qPrintable(notPlain.join(u'\n')));
    }

private:
    Policy m_policy;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC)};
};

QTEST_MAIN(TestPlainText)
#include "TestPlainText.moc"
