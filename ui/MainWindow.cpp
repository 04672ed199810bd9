#include "ui/MainWindow.h"

#include "archive/ArchiveDataSource.h"
#include "archive/ArchiveProbe.h"
#include "core/Clock.h"
#include "core/MemberDataSource.h"
#include "net/ApiDataSource.h"
#include "net/LinkedInSnapshotSource.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "sources/OfflineCache.h"
#include "sources/SourceOpener.h"
#include "ui/AboutDialog.h"
#include "ui/CategoriesPage.h"
#include "ui/ConnectDialog.h"
#include "ui/DesktopServices.h"
#include "ui/ExportDialog.h"
#include "ui/FileDialog.h"
#include "ui/FocusRingStyle.h"
#include "ui/HelpDialog.h"
#include "ui/Icons.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/ImportReportDialog.h"
#include "ui/ItemsPage.h"
#include "ui/LanguageMenu.h"
#include "ui/MessageBox.h"
#include "ui/OptOutPage.h"
#include "ui/OverviewPage.h"
#include "ui/PolicyPage.h"
#include "ui/RememberedSource.h"
#include "ui/Settings.h"
#include "ui/SignInDialog.h"
#include "ui/StatePanel.h"
#include "ui/UiText.h"
#include "ui_MainWindow.h"

#include "core/UsageReport.h"
#include "report/ReportWriter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace pd {

namespace {
QString noSourceYet()
{
    return MainWindow::tr("Choose where your data comes from with File › Connect (Ctrl+K), or open your data "
                          "export with File › Open data export… (Ctrl+O).");
}
} // namespace

MainWindow::MainWindow(const Policy &policy, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_policy(policy)
    , m_clock(clock)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    FocusRingStyle::install(); // a visible focus ring everywhere, before any widget is polished
    m_ui->setupUi(this);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(new LanguageMenu(this));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::appIcon());
    setMinimumSize(760, 560); // every page works from 800×600; the pages scroll when short
    setAcceptDrops(true);

    m_overview = new OverviewPage(policy, this);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_categories = new CategoriesPage(policy, this);
    m_categories->setObjectName(QStringLiteral("categoriesPage"));
    m_optOut = new OptOutPage(policy, this);
    m_optOut->setObjectName(QStringLiteral("optOutPage"));
    m_policyPage = new PolicyPage(policy, this);
    m_policyPage->setObjectName(QStringLiteral("policyPage"));
    m_itemsPage = new ItemsPage(policy, this);
    m_itemsPage->setObjectName(QStringLiteral("itemsPage"));
    m_pages = {m_overview, m_categories, m_optOut, m_policyPage, m_itemsPage};

    const QString names[] = {tr("Overview"), tr("Categories"), tr("Opt-out"), tr("Policy"), tr("Items")};
    for (int index = 0; index < PageCount; ++index) {
        m_ui->pageStack->addWidget(m_pages.at(index));
        auto *item = new QListWidgetItem(names[index], m_ui->navigation);
        item->setSizeHint(QSize(0, 36));
        connect(m_pages.at(index), &Page::retryRequested, this, &MainWindow::refresh);
        connect(m_pages.at(index), &Page::connectRequested, this, &MainWindow::askForSource);
        connect(m_pages.at(index), &Page::cancelRequested, this, [this] {
            if (m_pending)
                m_pending->cancel();
            else if (m_source)
                m_source->cancel();
        });
    }
    // A page is shown filled: one still waiting for its turn is filled before it is shown (a click,
    // the keyboard, View › Ctrl+1…5, assistive technology: every way goes through the list's row).
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        fillPage(row);
        m_ui->pageStack->setCurrentIndex(row);
        // Shown laid out: what changed on it while it was hidden (a bar that appeared) is placed
        // now, not in a later turn, so it is where it is drawn from the first event on.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    });
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &MainWindow::fillNextPage);
    m_ui->navigation->setCurrentRow(OverviewIndex);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::askForSource);
    connect(m_ui->actionOpenArchive, &QAction::triggered, this, &MainWindow::openArchive);
    connect(m_ui->actionImportReport, &QAction::triggered, this, &MainWindow::showImportReport);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionShortcuts, &QAction::triggered, this,
            [this] { showHelpPage(int(HelpDialog::Topic::Shortcuts)); });
    connect(m_ui->actionNumbers, &QAction::triggered, this, [this] { showHelpPage(int(HelpDialog::Topic::Numbers)); });
    connect(m_ui->actionShowOverview, &QAction::triggered, this, [this] { showPage(OverviewIndex); });
    connect(m_ui->actionShowCategories, &QAction::triggered, this, [this] { showPage(CategoriesIndex); });
    connect(m_ui->actionShowOptOut, &QAction::triggered, this, [this] { showPage(OptOutIndex); });
    connect(m_ui->actionShowPolicy, &QAction::triggered, this, [this] { showPage(PolicyIndex); });
    // The Items page: View › Items (Ctrl+5), after the other pages.
    auto *showItemsAction = new QAction(tr("&Items"), this);
    showItemsAction->setObjectName(QStringLiteral("actionShowItems"));
    showItemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    showItemsAction->setToolTip(tr("Show the items behind the figures: your posts, comments and answers"));
    m_ui->menuView->insertAction(
        m_ui->menuView->actions().value(m_ui->menuView->actions().indexOf(m_ui->actionShowPolicy) + 1),
        showItemsAction);
    connect(showItemsAction, &QAction::triggered, this, [this] { showPage(ItemsIndex); });
    // F5 and Ctrl+R; QKeySequence::Refresh would repeat F5 and make the shortcut ambiguous.
    m_ui->actionRefresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    connect(m_overview, &OverviewPage::changeSettingRequested, this, [this] { showPage(OptOutIndex); });
    connect(m_overview, &OverviewPage::importReportRequested, this, &MainWindow::showImportReport);
    connect(m_overview, &OverviewPage::itemsRequested, this, &MainWindow::showItems);
    connect(m_categories, &CategoriesPage::itemsRequested, this, &MainWindow::showItems);
    connect(m_itemsPage, &ItemsPage::itemsForgotten, this, [this] {
        if (m_source)
            m_source->forgetItems();
        m_overview->setItemCategories({});
        m_categories->setItemCategories({});
        statusBar()->showMessage(tr("The items of your data export were forgotten; the figures stay."), 10000);
    });
    connect(m_optOut, &OptOutPage::optOutChanged, this, &MainWindow::refresh);
    connect(m_optOut, &OptOutPage::reloadRequested, this, &MainWindow::refresh);

    auto *status = new QLabel(m_ui->statusBar);
    status->setObjectName(QStringLiteral("sourceStatus"));
    status->setTextFormat(Qt::PlainText);
    m_ui->statusBar->addWidget(status, 1);

    // Sign-in through the browser (issue 16): File › Sign in… / Sign out, and who is signed in.
    m_signInAction = new QAction(tr("Sign &in to the server…"), this);
    m_signInAction->setObjectName(QStringLiteral("actionSignIn"));
    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    m_ui->menuFile->insertActions(m_ui->actionOpenArchive, {m_signInAction, m_signOutAction});
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signIn);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_accountLabel = new QLabel(m_ui->statusBar);
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_ui->statusBar->addPermanentWidget(m_accountLabel);

    // A data export read beside the data on screen: its progress and Cancel, in the status bar.
    m_importBar = new QWidget(m_ui->statusBar);
    m_importBar->setObjectName(QStringLiteral("importBar"));
    auto *importLayout = new QHBoxLayout(m_importBar);
    importLayout->setContentsMargins(0, 0, 0, 0);
    m_importLabel = new QLabel(m_importBar);
    m_importLabel->setObjectName(QStringLiteral("importLabel"));
    m_importLabel->setTextFormat(Qt::PlainText);
    m_importProgress = new QProgressBar(m_importBar);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setAccessibleName(tr("Reading your data export"));
    m_importProgress->setMaximumWidth(200);
    m_importCancel = new QPushButton(tr("Cancel"), m_importBar);
    m_importCancel->setObjectName(QStringLiteral("importCancelButton"));
    m_importCancel->setAccessibleName(tr("Cancel reading the data export"));
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_importProgress);
    importLayout->addWidget(m_importCancel);
    connect(m_importCancel, &QPushButton::clicked, this, [this] {
        if (m_probeCancel)
            *m_probeCancel = true;
        if (m_pending)
            m_pending->cancel();
    });
    m_ui->statusBar->addPermanentWidget(m_importBar);
    m_importBar->hide();

    // The toolbar's buttons are in the Tab order, before the page list and the page: Qt gives
    // toolbar buttons no keyboard focus by default.
    QWidget *previous = nullptr;
    const QList<QAction *> toolbarActions = m_ui->mainToolBar->actions();
    for (QAction *action : toolbarActions) {
        QWidget *button = m_ui->mainToolBar->widgetForAction(action);
        if (!button)
            continue;
        button->setFocusPolicy(Qt::TabFocus);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->text().remove(u'&').remove(QStringLiteral("…")));
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    if (previous)
        setTabOrder(previous, m_ui->navigation);

    connect(&m_probeWatcher, &QFutureWatcherBase::finished, this, &MainWindow::probeFinished);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, &MainWindow::exportFinished);

    updateIcons();
    setAllPagesEmpty(tr("No data source yet"), noSourceYet());
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_source)
        m_source->cancel();
    if (m_pending)
        m_pending->cancel();
    // Background work ends with the window: a check is cancelled (it only reads the file), a
    // report is finished (written to a temporary file and renamed: whole, or not at all).
    if (m_probeCancel)
        *m_probeCancel = true;
    m_probeWatcher.disconnect(this);
    m_exportWatcher.disconnect(this);
    m_probeWatcher.waitForFinished();
    m_cacheWrite.waitForFinished(); // the summary is kept whole (an atomic replace) or not at all
    m_exportWatcher.waitForFinished();
}

void MainWindow::updateIcons()
{
    const QPalette pal = palette();
    m_ui->actionRefresh->setIcon(Icons::icon(QStringLiteral("action-refresh"), pal));
    m_ui->actionConnect->setIcon(Icons::icon(QStringLiteral("action-connect"), pal));
    m_ui->actionOpenArchive->setIcon(Icons::icon(QStringLiteral("action-open-archive"), pal));
    m_ui->actionExport->setIcon(Icons::icon(QStringLiteral("action-export"), pal));
    const QString icons[] = {QStringLiteral("nav-overview"), QStringLiteral("nav-categories"),
                             QStringLiteral("nav-optout"), QStringLiteral("nav-policy"), QStringLiteral("nav-items")};
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
    m_ui->actionExport->setEnabled(m_summary.has_value() && !m_exportWatcher.isRunning());
    m_ui->actionImportReport->setEnabled(m_importReport.has_value());
    const auto *api = qobject_cast<ApiDataSource *>(m_source.data());
    const bool signedIn = api && api->session() && api->session()->isSignedIn();
    m_signInAction->setEnabled(m_currentSpec.kind == SourceSpec::Kind::Server);
    m_signOutAction->setEnabled(signedIn);
    m_accountLabel->setText(!signedIn   ? QString()
                            : m_summary ? tr("Signed in as %1").arg(m_summary->member.name)
                                        : tr("Signed in to %1").arg(m_currentSpec.serverUrl.host()));
}

void MainWindow::signIn()
{
    if (m_currentSpec.kind != SourceSpec::Kind::Server || findChild<SignInDialog *>())
        return;
    SourceSpec spec = m_currentSpec;
    auto *dialog = new SignInDialog(spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, spec]() mutable {
        spec.tokenFile.clear(); // the sign-in serves this server from now on
        openConnection(spec, true);
    });
    dialog->open();
    dialog->start();
}

void MainWindow::signOut()
{
    auto *api = qobject_cast<ApiDataSource *>(m_source.data());
    if (!api || !api->session())
        return;
    m_signOutAction->setEnabled(false);
    const QString host = m_currentSpec.serverUrl.host();
    const QString secretName = TokenProvider::secretName(m_currentSpec.serverUrl);
    api->session()->signOut([this, host, secretName](Result<void> done) {
        // RELIABILITY P2 22: the cache (and its key) and the outbox go with the tokens.
        if (m_offlineCache) {
            if (Result<void> forgotten = m_offlineCache->forgetEverything({secretName}); done && !forgotten)
                done = forgotten.error();
        }
        m_summary.reset();
        setAllPagesEmpty(tr("Signed out"), done ? tr("You are signed out of %1. Sign in again from the File menu or "
                                                     "the Connect dialog.")
                                                      .arg(host)
                                                : errorText(done.error()));
        updateActions();
    });
}

void MainWindow::setAllPagesEmpty(const QString &title, const QString &message)
{
    m_waiting.fill(false); // what waited is not shown any more
    m_announce = false;
    for (Page *page : std::as_const(m_pages))
        page->showEmpty(title, message);
}

Page *MainWindow::page(int index) const
{
    // A page asked for shows what the window shows (the fill is the window's, not the caller's).
    const_cast<MainWindow *>(this)->fillPage(index);
    return m_pages.value(index);
}

bool MainWindow::isPageWaiting(int index) const
{
    return m_waiting.value(index, false);
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

void MainWindow::showItems(const ItemQuery &query)
{
    m_itemsPage->showQuery(query);
    showPage(ItemsIndex);
}

void MainWindow::requestItems()
{
    if (!m_source)
        return;
    if (!m_source->canListItems()) {
        m_itemsPage->setList({}, false, tr("it gives the figures only, not the items behind them."));
        m_overview->setItemCategories({});
        m_categories->setItemCategories({});
        return;
    }
    m_itemsPage->showListLoading();
    // One question at a time: a source may refresh to answer it (a data export imported again),
    // and that summary must not ask again.
    if (m_itemsAsked)
        return;
    m_itemsAsked = true;
    m_source->requestItems();
}

void MainWindow::setDataSource(MemberDataSource *source)
{
    useSource(source);
    refresh();
}

void MainWindow::useSource(MemberDataSource *source)
{
    if (m_source) {
        m_source->cancel();
        disconnect(m_source, nullptr, this, nullptr);
        m_source->deleteLater();
    }
    m_source = source;
    m_currentSpec = {};
    m_summary.reset();
    m_exportDate.reset();
    m_importReport.reset();
    m_refreshing = false;
    m_waiting.fill(false); // the summary they waited for went with the source
    m_announce = false;
    for (Page *page : std::as_const(m_pages))
        page->clearContent();
    m_optOut->setSource(source);
    m_overview->setSource(source);
    m_itemsPage->setSourceChanged();
    m_itemsAsked = false;
    m_overview->setItemCategories({});
    m_categories->setItemCategories({});
    if (source) {
        source->setParent(this);
        connect(source, &MemberDataSource::summaryReady, this, &MainWindow::onSummary);
        connect(source, &MemberDataSource::itemsReady, this, [this](const ItemList &list) {
            // The list goes with the summary on screen: the pages that wait for it take it first
            // (the Items page would otherwise drop the list when it is filled, and ask again).
            fillWaitingPages();
            m_itemsAsked = false;
            const bool fromExport = m_summary && m_summary->source.kind == SourceInfo::Kind::Archive;
            m_itemsPage->setList(list, fromExport);
            m_overview->setItemCategories(list.store().listedCategories());
            m_categories->setItemCategories(list.store().listedCategories());
        });
        connect(source, &MemberDataSource::itemsFailed, this, [this](const Error &error) {
            fillWaitingPages();
            m_itemsAsked = false;
            m_itemsPage->setList({}, false,
                                 tr("the items could not be loaded. %1").arg(UiText::sentence(error.message)));
        });
        connect(source, &MemberDataSource::refreshFailed, this, &MainWindow::onRefreshFailed);
        connect(source, &MemberDataSource::progress, this, &MainWindow::onProgress);
        m_overview->setRecentChanges(QString());
        if (auto *linkedIn = qobject_cast<LinkedInSnapshotSource *>(source))
            connect(linkedIn, &LinkedInSnapshotSource::readReportReady, this, [this, linkedIn] {
                m_overview->setRecentChanges(recentChangesText(linkedIn->lastChanges()));
                if (!linkedIn->lastReport().unknownDomains.isEmpty() || linkedIn->lastReport().unreadableDates > 0)
                    statusBar()->showMessage(linkedIn->lastReport().toText().section(u'\n', 1).replace(u'\n', u' '),
                                             15000);
            });
        if (auto *archive = qobject_cast<ArchiveDataSource *>(source))
            connect(archive, &ArchiveDataSource::importReportReady, this, [this](const ImportReport &report) {
                m_importReport = report;
                updateActions();
            });
    }
    updateActions();
}

bool MainWindow::openConnection(const SourceSpec &settings, bool remember)
{
    if (settings.kind == SourceSpec::Kind::Archive) {
        if (const Result<void> valid = settings.validate(); !valid) {
            MessageBox::warning(this, tr("Cannot open the data export"), valid.error().message);
            return false;
        }
        checkArchive(settings, false, remember);
        // The export's summary from last time shows while it is read again (startImport keeps
        // what is on screen); a failure takes it away (importFailed).
        if (m_offlineCache && !m_summary && isImporting())
            if (std::optional<UsageSummary> cached = m_offlineCache->lastSummary(settings))
                showSummary(*cached);
        return true;
    }
    if (MemberDataSource *pending = m_pending) { // another source chosen while an export was read
        endImport();
        pending->cancel();
        pending->deleteLater();
    }
    OpenOptions options;
    options.writesMatchLastRefresh = true; // the member acts on what the window shows
    Result<std::unique_ptr<MemberDataSource>> source = openSource(settings, m_clock, options);
    if (!source) {
        MessageBox::warning(this, tr("Cannot open the data source"), errorText(source.error()));
        return false;
    }
    if (remember)
        RememberedSource::save(m_offlineCache, settings);
    setDataSource(std::move(source).value().release());
    m_currentSpec = settings;
    showCachedSummary();
    return true;
}

QString MainWindow::recentChangesText(const std::optional<LinkedInChanges> &changes) const
{
    if (!changes)
        return {};
    QStringList parts;
    for (auto it = changes->byCategory.cbegin(); it != changes->byCategory.cend(); ++it) {
        const Category *category = m_policy.category(it.key());
        parts.append(tr("%1: %2").arg(category ? category->label : it.key()).arg(it.value()));
    }
    const QString since = UiText::date(changes->since.toUTC().date());
    if (parts.isEmpty())
        return tr("Nothing since %1 (LinkedIn's Member Changelog API)").arg(since);
    return tr("Since %1: %2 (LinkedIn's Member Changelog API)").arg(since, parts.join(QStringLiteral(" · ")));
}

SecretStore &MainWindow::secrets()
{
    // Tests (QStandardPaths' test mode) never touch the member's own keychain.
    if (!m_secrets)
        m_secrets = QStandardPaths::isTestModeEnabled() ? std::make_shared<MemorySecretStore>() : sessionSecretStore();
    return *m_secrets;
}

namespace {
const QString LinkedInTokenName = QStringLiteral("linkedin-api-token");
}

void MainWindow::askForSource()
{
    if (findChild<ConnectDialog *>())
        return;
    // The source on screen when there is one (a --server start is not remembered), else the
    // remembered one.
    const SourceSpec start = m_source && m_currentSpec.kind != SourceSpec::Kind::None
                                 ? m_currentSpec
                                 : RememberedSource::load(m_offlineCache);
    auto *dialog = new ConnectDialog(start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_linkedInBase.isEmpty())
        dialog->setLinkedInTestBase(m_linkedInBase, m_linkedInCaFile);
    // A LinkedIn token saved earlier (keychain, or this session): used if the field stays empty,
    // never shown.
    if (const Result<std::optional<QByteArray>> saved = secrets().read(LinkedInTokenName); saved && *saved)
        dialog->setSavedLinkedInToken(**saved);
    // A source that cannot be opened brings the dialog back, where it can be corrected.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        SourceSpec spec = dialog->settings();
        if (spec.kind == SourceSpec::Kind::LinkedInApi) {
            // The API does not record the setting or the country: asked as for an export.
            const std::optional<ImportOptions> answers = ImportQuestionsDialog::ask(
                this, m_policy, m_clock.now().toUTC().date(), ImportQuestionsDialog::Purpose::PlatformApi);
            if (!answers)
                return;
            spec.region = answers->region;
            spec.optedOutSince = answers->optedOutSince;
        }
        if (!openConnection(spec, true)) {
            QTimer::singleShot(0, this, &MainWindow::askForSource);
            return;
        }
        if (spec.kind == SourceSpec::Kind::LinkedInApi) {
            if (const Result<void> saved = secrets().write(LinkedInTokenName, spec.token); !saved)
                statusBar()->showMessage(saved.error().message, 15000);
            else if (!secrets().isPersistent() && !secrets().limitation().isEmpty())
                statusBar()->showMessage(secrets().limitation(), 15000);
        }
    });
    // Queued: the Connect dialog closes before the file dialog opens.
    connect(dialog, &ConnectDialog::openExportRequested, this, &MainWindow::openArchive, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::refresh()
{
    if (!m_source) {
        setAllPagesEmpty(tr("No data source yet"), noSourceYet());
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QString what = tr("Loading your data from %1…").arg(m_source->description());
    fillWaitingPages(); // each shows "Refreshing…" over the summary it shows
    for (Page *page : std::as_const(m_pages))
        page->showLoading(what);
    statusBar()->findChild<QLabel *>(QStringLiteral("sourceStatus"))->setText(what);
    m_source->refresh();
}

void MainWindow::setOfflineCache(OfflineCache *cache)
{
    m_offlineCache = cache;
    auto *label = statusBar()->findChild<QLabel *>(QStringLiteral("storageLimitation"));
    if (!label) {
        label = new QLabel(statusBar());
        label->setObjectName(QStringLiteral("storageLimitation"));
        label->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(label);
    }
    const bool limited = cache && !cache->isOn();
    label->setText(limited ? tr("Kept for this session only") : QString());
    label->setToolTip(limited ? cache->limitation() : QString());
    label->setAccessibleName(limited ? tr("Kept for this session only") : QString());
    label->setAccessibleDescription(limited ? cache->limitation() : QString());
    label->setVisible(limited);
}

void MainWindow::onSummary(const UsageSummary &received)
{
    m_refreshing = false;
    UsageSummary summary = received;
    // A data export shows the data as of the day it was made, not as of the import.
    if (summary.source.kind == SourceInfo::Kind::Archive && m_exportDate)
        summary.asOf = QDateTime(*m_exportDate, QTime(0, 0), Qt::UTC);
    if (m_offlineCache) {
        // Encrypted and fsync'd off the GUI thread (DESIGN §4), one write at a time, in order.
        m_cacheWrite.waitForFinished();
        m_cacheWrite = QtConcurrent::run(
            [cache = m_offlineCache, spec = m_currentSpec, summary] { cache->keepSummary(spec, summary); });
    }
    showSummary(summary, true);
}

void MainWindow::showSummary(const UsageSummary &summary, bool announce)
{
    if (m_announce) { // the pages of the summary before still wait: shown, and said, first
        fillWaitingPages();
        m_announce = false;
        Q_EMIT summaryShown();
    }
    m_summary = summary;
    m_waiting.fill(true);
    m_announce = announce;
    // The page on screen now; the others one per event-loop turn (fillNextPage), or at once when
    // shown or asked for (fillPage).
    fillPage(currentPage());
    setWindowTitle(tr("%1 — Privacy Dashboard").arg(summary.member.name));
    const QString asOf = summary.source.kind == SourceInfo::Kind::Archive ? UiText::date(summary.asOf.toUTC().date())
                                                                          : UiText::dateTime(summary.asOf);
    statusBar()
        ->findChild<QLabel *>(QStringLiteral("sourceStatus"))
        ->setText(summary.source.stale ? tr("%1 · as of %2, kept on this computer · loading the current data…")
                                             .arg(UiText::source(summary.source), asOf)
                                       : tr("%1 · as of %2").arg(UiText::source(summary.source), asOf));
    updateActions();
    Q_EMIT currentPageShown(); // a new summary, or the one kept from last time (isShowingCachedSummary)
    m_fillTimer.start();
}

void MainWindow::fillPage(int index)
{
    if (index < 0 || index >= PageCount || !m_waiting.at(index))
        return;
    m_waiting[index] = false;
    if (!m_summary)
        return;
    const UsageSummary &summary = *m_summary;
    switch (index) {
    case OverviewIndex:
        m_overview->setSummary(summary);
        break;
    case CategoriesIndex:
        m_categories->setSummary(summary);
        break;
    case OptOutIndex:
        m_optOut->setSummary(summary);
        break;
    case PolicyIndex:
        m_policyPage->setSummary(summary);
        break;
    case ItemsIndex:
        m_itemsPage->setSummary(summary);
        requestItems(); // the items behind this summary, once the page has it
        break;
    default:
        break;
    }
    Q_EMIT pageFilled(index);
}

void MainWindow::fillNextPage()
{
    const auto next = std::find(m_waiting.cbegin(), m_waiting.cend(), true);
    if (next != m_waiting.cend()) {
        fillPage(int(next - m_waiting.cbegin()));
        if (m_waiting.contains(true)) {
            m_fillTimer.start(); // the next page in the next turn: the events between come first
            return;
        }
    }
    if (m_announce) {
        m_announce = false;
        Q_EMIT summaryShown();
    }
}

void MainWindow::fillWaitingPages()
{
    for (int index = 0; index < PageCount; ++index)
        fillPage(index);
}

// The last summary of the source being loaded, from the encrypted cache, until the source answers.
void MainWindow::showCachedSummary()
{
    if (!m_offlineCache || !m_refreshing || m_summary)
        return;
    if (std::optional<UsageSummary> cached = m_offlineCache->lastSummary(m_currentSpec))
        showSummary(*cached);
}

void MainWindow::onRefreshFailed(const Error &error)
{
    m_refreshing = false;
    fillWaitingPages(); // each page shows the error over the summary it shows
    if (isShowingCachedSummary() && error.kind == ErrorKind::Network) {
        // Offline: the cached summary stays, said to be of its time and not confirmed now.
        statusBar()
            ->findChild<QLabel *>(QStringLiteral("sourceStatus"))
            ->setText(tr("As of %1 (offline). %2. %3")
                          .arg(UiText::dateTime(m_summary->asOf), errorTitle(error), errorText(error)));
        updateActions();
        Q_EMIT offlineSummaryShown(error);
        return;
    }
    if (isShowingCachedSummary())
        m_summary.reset(); // not shown past another failure (another member's token?)
    for (Page *page : std::as_const(m_pages))
        page->showError(error);
    statusBar()
        ->findChild<QLabel *>(QStringLiteral("sourceStatus"))
        ->setText(tr("%1. %2").arg(errorTitle(error), errorText(error)));
    updateActions();
    Q_EMIT refreshFailedShown(error);
}

void MainWindow::onProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_refreshing || isShowingCachedSummary()) // the cached summary stays until the answer
        return;
    const QString text = total > 0 ? tr("%1 (%2 of %3)").arg(what, UiText::count(done), UiText::count(total))
                                   : tr("%1 (%2)").arg(what, UiText::count(done));
    fillWaitingPages();
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
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Archive;
    spec.archivePath = QFileInfo(path).absoluteFilePath();
    checkArchive(spec, true, true);
}

// Step 1, off the GUI thread: is it a ZIP, and does it hold any file of a data export? Only
// then the questions (when `ask`; a remembered export keeps the member's earlier answers).
void MainWindow::checkArchive(const SourceSpec &spec, bool ask, bool remember)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("A data export is being read already; wait for it or cancel it."), 8000);
        return;
    }
    const bool fromStart = !ask;
    Result<FileClassifier> classifier = FileClassifier::fromPolicy(m_policy);
    if (!classifier) {
        importFailed(classifier.error(), fromStart);
        return;
    }
    m_probing = true;
    m_probeCancel = std::make_shared<std::atomic<bool>>(false);
    m_probeSpec = spec;
    m_probeAsks = ask;
    m_probeRemember = remember;
    const QString path = spec.archivePath;
    m_importLabel->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_importProgress->setRange(0, 0);
    m_importBar->show();
    updateActions();
    m_probeWatcher.setFuture(
        QtConcurrent::run([path, classifier = std::move(classifier).value(), cancel = m_probeCancel] {
            return probeArchive(path, classifier, cancel.get());
        }));
}

void MainWindow::probeFinished()
{
    const Result<ArchiveProbe> outcome = m_probeWatcher.result();
    const SourceSpec spec = m_probeSpec;
    const bool ask = m_probeAsks;
    const bool fromStart = !ask;
    const bool remember = m_probeRemember;
    m_probing = false;
    m_probeCancel.reset();
    m_importBar->hide();
    updateActions();
    const QString name = QFileInfo(spec.archivePath).fileName();
    if (!outcome) {
        if (outcome.error().kind == ErrorKind::Cancelled) {
            importFailed(outcome.error(), fromStart);
            return;
        }
        const QString text =
            !QFileInfo(spec.archivePath).isFile()
                ? tr("The data export %1 is no longer there (moved or deleted?). Open it again from where it "
                     "is now, or choose another source.")
                      .arg(spec.archivePath)
                : tr("%1 cannot be read: it is not a ZIP file, or it is damaged. Choose the ZIP file you "
                     "downloaded from LinkedIn (\u201cGet a copy of your data\u201d).")
                      .arg(name);
        importFailed(Error::invalidInput(text), fromStart);
        return;
    }
    const ArchiveProbe &probe = outcome.value();
    if (!probe.isDataExport()) {
        importFailed(Error::invalidInput(tr("%1: this is not a LinkedIn data export. It holds none of the files "
                                            "LinkedIn puts in one. Choose the ZIP file you downloaded from "
                                            "LinkedIn (\u201cGet a copy of your data\u201d).")
                                             .arg(name)),
                     fromStart);
        return;
    }
    SourceSpec answered = spec;
    if (ask) {
        const std::optional<ImportOptions> answers =
            ImportQuestionsDialog::ask(this, m_policy, m_clock.now().toUTC().date());
        if (!answers)
            return; // the member changed their mind: nothing changes
        answered.region = answers->region;
        answered.optedOutSince = answers->optedOutSince;
    }
    startImport(answered, probe.exportDate, fromStart, remember);
}

// Step 2: the import runs beside the source on screen, which stays until the import answers.
void MainWindow::startImport(const SourceSpec &spec, const std::optional<QDate> &exportDate, bool fromStart,
                             bool remember)
{
    Result<std::unique_ptr<MemberDataSource>> opened = openSource(spec, m_clock);
    if (!opened) {
        importFailed(opened.error(), fromStart);
        return;
    }
    m_pending = std::move(opened).value().release();
    m_pending->setParent(this);
    m_pendingSpec = spec;
    m_pendingRemember = remember;
    m_pendingExportDate = exportDate;
    connect(m_pending, &MemberDataSource::summaryReady, this, &MainWindow::adoptImport);
    connect(m_pending, &MemberDataSource::refreshFailed, this, [this, fromStart](const Error &error) {
        const QString name = m_pending ? m_pending->description() : QString();
        importFailed(error.kind == ErrorKind::Cancelled
                         ? error
                         : Error{error.kind, tr("Your data export %1 could not be read: %2.").arg(name, error.message)},
                     fromStart);
    });
    connect(m_pending, &MemberDataSource::progress, this, &MainWindow::onImportProgress);
    const QString what = tr("Reading your data export %1…").arg(m_pending->description());
    if (m_summary) {
        // The data on screen stays; the import shows in the status bar, with Cancel.
        m_importLabel->setText(what);
        m_importProgress->setRange(0, 0);
        m_importBar->show();
    } else {
        for (Page *page : std::as_const(m_pages))
            page->showLoading(what);
    }
    updateActions();
    m_pending->refresh();
}

void MainWindow::onImportProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_pending)
        return;
    const QString text = tr("Reading your data export %1…").arg(m_pending->description());
    if (m_summary) {
        if (total > 0) {
            m_importProgress->setRange(0, 1000);
            m_importProgress->setValue(int(done * 1000 / total));
        }
        return;
    }
    const QString detail =
        total > 0 ? tr("%1 (%2 of %3)").arg(what.isEmpty() ? text : what, UiText::count(done), UiText::count(total))
                  : text;
    for (Page *page : std::as_const(m_pages))
        page->showLoading(detail);
}

void MainWindow::endImport()
{
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending = nullptr;
    }
    m_importBar->hide();
    updateActions();
}

// Step 3: the import produced a summary; only now it replaces what was on screen.
void MainWindow::adoptImport(const UsageSummary &summary)
{
    MemberDataSource *source = m_pending;
    if (!source)
        return;
    const SourceSpec spec = m_pendingSpec;
    const bool remember = m_pendingRemember;
    const std::optional<QDate> exportDate = m_pendingExportDate;
    endImport();
    useSource(source);
    m_exportDate = exportDate;
    if (auto *archive = qobject_cast<ArchiveDataSource *>(source))
        m_importReport = archive->lastReport();
    if (remember)
        RememberedSource::save(m_offlineCache, spec);
    m_currentSpec = spec;
    onSummary(summary);
}

void MainWindow::importFailed(const Error &error, bool fromStart)
{
    if (m_pending) {
        MemberDataSource *failed = m_pending;
        endImport();
        failed->deleteLater();
    } else {
        endImport();
    }
    if (isShowingCachedSummary() && !m_source) // the export's cached summary goes with it
        m_summary.reset();
    if (!m_summary) // nothing was on screen: the pages leave their "reading" state
        setAllPagesEmpty(tr("No data source yet"), noSourceYet());
    if (error.kind == ErrorKind::Cancelled) {
        statusBar()->showMessage(tr("Reading the data export was cancelled; nothing changed."), 10000);
        Q_EMIT archiveNotOpened(error.message);
        if (fromStart && !m_source)
            askForSource();
        return;
    }
    const QString &text = error.message;
    // The one button that helps: open another export (Open), else Close.
    const QMessageBox::StandardButton answer = MessageBox::warning(
        this, tr("Cannot open the data export"),
        m_summary ? tr("%1\n\nThe data on screen is unchanged.").arg(text) : text, QMessageBox::Open);
    Q_EMIT archiveNotOpened(text);
    if (answer == QMessageBox::Open)
        QTimer::singleShot(0, this, &MainWindow::openArchive);
    else if (fromStart && !m_source)
        askForSource(); // the remembered export is gone: the member chooses again
}

void MainWindow::showImportReport()
{
    if (!m_importReport)
        return;
    if (auto *open = findChild<ImportReportDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ImportReportDialog(*m_importReport, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportReport()
{
    if (!m_summary || m_exportWatcher.isRunning() || findChild<ExportDialog *>())
        return;
    auto *dialog = new ExportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->format(), dialog->paper()); });
    dialog->open();
}

void MainWindow::startExport(ReportFormat format, ReportOptions::Paper paper)
{
    if (!m_summary || m_exportWatcher.isRunning())
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool letter = format == ReportFormat::Letter || format == ReportFormat::LetterPdf;
    const QString suffix = defaultSuffix(format);
    const QString suggested =
        QStringLiteral("%1/%2-%3.%4")
            .arg(directory, letter ? QStringLiteral("objection-letter") : QStringLiteral("privacy-report"),
                 m_summary->asOf.toUTC().date().toString(Qt::ISODate), suffix);
    QString filter;
    switch (format) {
    case ReportFormat::Pdf:
    case ReportFormat::LetterPdf:
        filter = tr("PDF document (*.pdf)");
        break;
    case ReportFormat::Html:
        filter = tr("Web page (*.html)");
        break;
    case ReportFormat::Csv:
        filter = tr("Spreadsheet (*.csv)");
        break;
    case ReportFormat::Json:
        filter = tr("Figures for other programs (*.json)");
        break;
    case ReportFormat::Letter:
        filter = tr("Text (*.txt)");
        break;
    }
    QString path = FileDialog::getSaveFileName(this, tr("Export report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix; // the format was chosen in the dialog; the name follows it
    const UsageReport report = buildUsageReport(*m_summary, m_policy, m_clock);
    ReportOptions options;
    options.overwrite = true; // the save dialog has already asked whether to replace the file
    options.paper = paper;
    m_exportPath = path;
    m_exportWatcher.setFuture(
        QtConcurrent::run([report, format, path, options] { return writeReport(report, format, path, options); }));
    updateActions();
    statusBar()->showMessage(tr("Exporting the report…"));
}

void MainWindow::exportFinished()
{
    const Result<QStringList> outcome = m_exportWatcher.result();
    updateActions();
    statusBar()->clearMessage();
    if (outcome) {
        QStringList names;
        for (const QString &file : outcome.value())
            names.append(QFileInfo(file).fileName());
        statusBar()->showMessage(tr("Report saved: %1").arg(names.join(QStringLiteral(", "))), 10000);
        DesktopServices::showFolder(QFileInfo(m_exportPath).absolutePath()); // show where it is
    } else {
        MessageBox::warning(
            this, tr("Export report"),
            tr("The report was not saved, and no file was changed. %1").arg(UiText::sentence(outcome.error().message)));
    }
}

void MainWindow::about()
{
    AboutDialog(m_policy, this).exec();
}

void MainWindow::showHelpPage(int topic)
{
    const auto wanted = HelpDialog::Topic(topic);
    const QList<HelpDialog *> open = findChildren<HelpDialog *>();
    for (HelpDialog *dialog : open) {
        if (dialog->topic() == wanted) {
            dialog->raise();
            dialog->activateWindow();
            return;
        }
    }
    QList<QAction *> actions;
    for (QAction *action :
         {m_ui->actionShowOverview, m_ui->actionShowCategories, m_ui->actionShowOptOut, m_ui->actionShowPolicy,
          findChild<QAction *>(QStringLiteral("actionShowItems")), m_ui->actionRefresh, m_ui->actionConnect,
          m_ui->actionOpenArchive, m_ui->actionExport, m_ui->actionNumbers, m_ui->actionShortcuts, m_ui->actionQuit})
        actions.append(action);
    auto *dialog = new HelpDialog(wanted, actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
