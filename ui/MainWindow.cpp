#include "MainWindow.h"

#include "BuildInfo.h"
#include "CategoriesPage.h"
#include "Clock.h"
#include "ConnectDialog.h"
#include "DesktopServices.h"
#include "FileDialog.h"
#include "Icons.h"
#include "ImportQuestionsDialog.h"
#include "MemberDataSource.h"
#include "MessageBox.h"
#include "OptOutPage.h"
#include "OverviewPage.h"
#include "PolicyPage.h"
#include "Settings.h"
#include "SourceOpener.h"
#include "StatePanel.h"
#include "ui_MainWindow.h"
#include "UiText.h"

#include "ReportWriter.h"
#include "UsageReport.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>

namespace pd {

MainWindow::MainWindow(const Policy &policy, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_policy(policy)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::appIcon());
    setMinimumSize(900, 620);
    setAcceptDrops(true);

    m_overview = new OverviewPage(policy, this);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_categories = new CategoriesPage(policy, this);
    m_categories->setObjectName(QStringLiteral("categoriesPage"));
    m_optOut = new OptOutPage(policy, this);
    m_optOut->setObjectName(QStringLiteral("optOutPage"));
    m_policyPage = new PolicyPage(policy, this);
    m_policyPage->setObjectName(QStringLiteral("policyPage"));
    m_pages = {m_overview, m_categories, m_optOut, m_policyPage};

    const QString names[] = {tr("Overview"), tr("Categories"), tr("Opt-out"), tr("Policy")};
    for (int index = 0; index < PageCount; ++index) {
        m_ui->pageStack->addWidget(m_pages.at(index));
        auto *item = new QListWidgetItem(names[index], m_ui->navigation);
        item->setSizeHint(QSize(0, 36));
        connect(m_pages.at(index), &Page::retryRequested, this, &MainWindow::refresh);
        connect(m_pages.at(index), &Page::cancelRequested, this, [this] {
            if (m_source)
                m_source->cancel();
        });
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(OverviewIndex);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::askForSource);
    connect(m_ui->actionOpenArchive, &QAction::triggered, this, &MainWindow::openArchive);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionShowOverview, &QAction::triggered, this, [this] { showPage(OverviewIndex); });
    connect(m_ui->actionShowCategories, &QAction::triggered, this, [this] { showPage(CategoriesIndex); });
    connect(m_ui->actionShowOptOut, &QAction::triggered, this, [this] { showPage(OptOutIndex); });
    connect(m_ui->actionShowPolicy, &QAction::triggered, this, [this] { showPage(PolicyIndex); });
    // F5 and Ctrl+R; QKeySequence::Refresh would repeat F5 and make the shortcut ambiguous.
    m_ui->actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_overview, &OverviewPage::changeSettingRequested, this, [this] { showPage(OptOutIndex); });
    connect(m_optOut, &OptOutPage::optOutChanged, this, &MainWindow::refresh);
    connect(m_optOut, &OptOutPage::reloadRequested, this, &MainWindow::refresh);

    auto *status = new QLabel(m_ui->statusBar);
    status->setObjectName(QStringLiteral("sourceStatus"));
    status->setTextFormat(Qt::PlainText);
    m_ui->statusBar->addWidget(status, 1);

    updateIcons();
    setAllPagesEmpty(tr("No data source yet"), tr("Choose where your data comes from with File › Connect (Ctrl+K)."));
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_source)
        m_source->cancel();
}

void MainWindow::updateIcons()
{
    const QPalette pal = palette();
    m_ui->actionRefresh->setIcon(Icons::icon(QStringLiteral("action-refresh"), pal));
    m_ui->actionConnect->setIcon(Icons::icon(QStringLiteral("action-connect"), pal));
    m_ui->actionOpenArchive->setIcon(Icons::icon(QStringLiteral("action-open-archive"), pal));
    m_ui->actionExport->setIcon(Icons::icon(QStringLiteral("action-export"), pal));
    const QString icons[] = {QStringLiteral("nav-overview"), QStringLiteral("nav-categories"),
                             QStringLiteral("nav-optout"), QStringLiteral("nav-policy")};
    for (int index = 0; index < PageCount; ++index)
        m_ui->navigation->item(index)->setIcon(Icons::icon(icons[index], pal));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void MainWindow::updateActions()
{
    m_ui->actionRefresh->setEnabled(m_source != nullptr);
    m_ui->actionExport->setEnabled(m_summary.has_value() && !m_exporting);
}

void MainWindow::setAllPagesEmpty(const QString &title, const QString &message)
{
    for (Page *page : std::as_const(m_pages))
        page->showEmpty(title, message);
}

Page *MainWindow::page(int index) const
{
    return m_pages.value(index);
}

int MainWindow::currentPage() const
{
    return m_ui->pageStack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= PageCount)
        return;
    m_ui->navigation->setCurrentRow(index);
}

void MainWindow::setDataSource(MemberDataSource *source)
{
    if (m_source) {
        m_source->cancel();
        disconnect(m_source, nullptr, this, nullptr);
        m_source->deleteLater();
    }
    m_source = source;
    m_summary.reset();
    m_refreshing = false;
    for (Page *page : std::as_const(m_pages))
        page->clearContent();
    m_optOut->setSource(source);
    m_overview->setSource(source);
    if (source) {
        source->setParent(this);
        connect(source, &MemberDataSource::summaryReady, this, &MainWindow::onSummary);
        connect(source, &MemberDataSource::refreshFailed, this, &MainWindow::onRefreshFailed);
        connect(source, &MemberDataSource::progress, this, &MainWindow::onProgress);
    }
    updateActions();
    refresh();
}

bool MainWindow::openConnection(const SourceSpec &settings, bool remember)
{
    OpenOptions options;
    options.writesMatchLastRefresh = true; // the member acts on what the window shows
    Result<std::unique_ptr<MemberDataSource>> source = openSource(settings, m_clock, options);
    if (!source) {
        MessageBox::warning(this, tr("Cannot open the data source"), source.error().message);
        return false;
    }
    if (remember)
        RememberedSource::save(settings);
    setDataSource(std::move(source).value().release());
    return true;
}

void MainWindow::askForSource()
{
    if (findChild<ConnectDialog *>())
        return;
    auto *dialog = new ConnectDialog(RememberedSource::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openConnection(dialog->settings(), true); });
    dialog->open();
}

void MainWindow::refresh()
{
    if (!m_source) {
        setAllPagesEmpty(tr("No data source yet"),
                         tr("Choose where your data comes from with File › Connect (Ctrl+K)."));
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QString what = tr("Loading your data from %1…").arg(m_source->description());
    for (Page *page : std::as_const(m_pages))
        page->showLoading(what);
    statusBar()->findChild<QLabel *>(QStringLiteral("sourceStatus"))->setText(what);
    m_source->refresh();
}

void MainWindow::onSummary(const UsageSummary &summary)
{
    m_refreshing = false;
    m_summary = summary;
    m_overview->setSummary(summary);
    m_categories->setSummary(summary);
    m_optOut->setSummary(summary);
    m_policyPage->setSummary(summary);
    setWindowTitle(tr("%1 — Privacy Dashboard").arg(summary.member.name));
    statusBar()
        ->findChild<QLabel *>(QStringLiteral("sourceStatus"))
        ->setText(tr("%1 · as of %2").arg(UiText::source(summary.source), UiText::dateTime(summary.asOf)));
    updateActions();
    Q_EMIT summaryShown();
}

void MainWindow::onRefreshFailed(const Error &error)
{
    m_refreshing = false;
    for (Page *page : std::as_const(m_pages))
        page->showError(error);
    statusBar()
        ->findChild<QLabel *>(QStringLiteral("sourceStatus"))
        ->setText(tr("%1: %2").arg(errorTitle(error), error.message));
    updateActions();
    Q_EMIT refreshFailedShown(error);
}

void MainWindow::onProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_refreshing)
        return;
    const QString text = total > 0 ? tr("%1 (%2 of %3)").arg(what, UiText::count(done), UiText::count(total))
                                   : tr("%1 (%2)").arg(what, UiText::count(done));
    for (Page *page : std::as_const(m_pages))
        page->showLoading(text);
}

void MainWindow::openArchive()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open your data export"), QString(),
                                                     tr("Data-export archives (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openArchiveFile(path);
}

namespace {
// The one local .zip file a drag carries, or an empty string.
QString droppedArchive(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)
               ? url.toLocalFile()
               : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedArchive(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedArchive(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Out of the drop handler first: the questions dialog is modal.
    QTimer::singleShot(0, this, [this, path] { openArchiveFile(path); });
}

void MainWindow::openArchiveFile(const QString &path)
{
    const std::optional<ImportAnswers> answers =
        ImportQuestionsDialog::ask(this, m_policy, m_clock.now().toUTC().date());
    if (!answers)
        return;
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Archive;
    spec.archivePath = path;
    spec.region = answers->region;
    spec.optedOutSince = answers->optedOutSince;
    Result<std::unique_ptr<MemberDataSource>> source = openSource(spec, m_clock);
    if (!source) {
        MessageBox::warning(this, tr("Cannot open the data export"), source.error().message);
        return;
    }
    setDataSource(std::move(source).value().release());
}

void MainWindow::exportReport()
{
    if (!m_summary || m_exporting)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        directory + QStringLiteral("/privacy-report-%1.pdf").arg(m_summary->asOf.toUTC().date().toString(Qt::ISODate));
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export report"), suggested,
        tr("PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv);;JSON for machines (*.json);;"
           "Right-to-object letter (*.txt)"));
    if (path.isEmpty())
        return;
    // The file name's ending says the format; .txt is the prefilled GDPR Art. 21 letter.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::optional<ReportFormat> format =
        suffix == u"txt" ? std::optional<ReportFormat>(ReportFormat::Letter) : reportFormatFromString(suffix);
    if (!format || (*format != ReportFormat::Pdf && *format != ReportFormat::Html && *format != ReportFormat::Csv &&
                    *format != ReportFormat::Json && *format != ReportFormat::Letter)) {
        MessageBox::warning(this, tr("Export report"),
                            tr("Choose a file name ending in .pdf, .html, .csv, .json or .txt (the letter), which "
                               "says the format."));
        return;
    }
    const UsageReport report = buildUsageReport(*m_summary, m_policy, m_clock);
    ReportOptions options;
    options.overwrite = true; // the save dialog has already asked whether to replace the file
    auto outcome = std::make_shared<std::optional<Result<QStringList>>>();
    const ReportFormat chosen = *format;
    QThread *worker = QThread::create(
        [report, chosen, path, options, outcome] { *outcome = writeReport(report, chosen, path, options); });
    m_exporting = true;
    updateActions();
    statusBar()->showMessage(tr("Exporting the report…"));
    connect(worker, &QThread::finished, this, [this, worker, outcome, path] {
        worker->deleteLater();
        m_exporting = false;
        updateActions();
        statusBar()->clearMessage();
        if (*outcome && (*outcome)->ok()) {
            statusBar()->showMessage(tr("Report saved: %1").arg((*outcome)->value().join(QStringLiteral(", "))), 10000);
            DesktopServices::showFolder(QFileInfo(path).absolutePath()); // show where it is
        } else
            MessageBox::warning(
                this, tr("Export report"),
                tr("The report was not saved: %1").arg(*outcome ? (*outcome)->error().message : tr("unknown error")));
    });
    worker->start();
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Privacy Dashboard"),
                            tr("%1 %2\n\nSee which of your data may have fed generative-AI training, and opt out.\n"
                               "Opting out stops future training only; models already trained are not retrained.")
                                .arg(QStringLiteral(PD_APP_NAME), QStringLiteral(PD_VERSION)));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = Settings::value(Settings::Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1200, 800);
    const QByteArray state = Settings::value(Settings::Key::WindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    showPage(Settings::value(Settings::Key::LastPage).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    Settings::setValue(Settings::Key::LastPage, currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace pd
