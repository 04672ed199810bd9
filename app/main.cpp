// privacy-dashboard: the composition root of the desktop app. Parses the command line (the
// CLI's source options plus --screenshot and --measure-startup), loads the bundled policy once,
// opens the source (command line, else the remembered choice, else asks) and shows the window.

#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/OptOutWording.h"
#include "core/PolicyLoader.h"
#include "i18n/Translations.h"
#include "sources/OfflineCache.h"
#include "sources/SourceOpener.h"
#include "ui/ConfirmOptInDialog.h"
#include "ui/ConfirmOptOutDialog.h"
#include "ui/ConnectDialog.h"
#include "ui/ExportDialog.h"
#include "ui/HelpDialog.h"
#include "ui/Icons.h"
#include "ui/ImportQuestionsDialog.h"
#include "ui/ImportReportDialog.h"
#include "ui/ItemsModel.h"
#include "ui/ItemsPage.h"
#include "ui/MainWindow.h"
#include "ui/RememberedSource.h"
#include "ui/Settings.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

struct GuiOptions {
    pd::SourceSpec connection; // Kind::None: use the remembered choice or ask
    QString openFile;          // a data-export ZIP given as the argument (the desktop's "Open with")
    bool askForExport = false; // --open-export: the desktop's "Open data export" action
    QString screenshotDir;
    QString colorScheme; // "", "light" or "dark"
    QSize windowSize;    // invalid: the remembered size (screenshots: 1280×860)
    bool measureStartup = false;
    QUrl linkedInBase; // --linkedin-api-base: the Connect dialog's LinkedIn option reads from this emulation
    QString linkedInCaFile;
    bool measureHeartbeat = false;
};

void printError(const QString &message)
{
    std::fprintf(stderr, "privacy-dashboard: %s\n", qUtf8Printable(message));
}

pd::Result<GuiOptions> parse(const QStringList &arguments, QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("See which of your data may have fed generative-AI training, and opt out.\n"
                       "Without a source option the remembered source is used; on first run the app asks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Show the bundled demo member."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("A Member Privacy API server (https)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("Trust this CA certificate (PEM)."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"), QStringLiteral("Read the bearer token from FILE (else PRIVACY_DASHBOARD_TOKEN)."),
        QStringLiteral("FILE"));
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     QStringLiteral("Open your data-export ZIP (read offline, not remembered)."),
                                     QStringLiteral("ZIP"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("With --archive: your country, two letters (else read from the "
                                                   "export)."),
                                    QStringLiteral("CC"));
    const QCommandLineOption optedOutSince(
        QStringLiteral("opted-out-since"),
        QStringLiteral("With --archive: the day you opted out (YYYY-MM-DD); without it, never."),
        QStringLiteral("DATE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render every page to PNG files in DIR, then quit."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QStringLiteral("Force a light or dark palette instead of the system's."),
                                         QStringLiteral("light|dark"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QStringLiteral("Open the window at this size, e.g. 800x600."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QStringLiteral("Print the milliseconds to a populated overview (with the summary kept from last "
                       "time, if one is), then quit."));
    const QCommandLineOption heartbeat(
        QStringLiteral("measure-heartbeat"),
        QStringLiteral("Run a 10 ms timer on the GUI thread until every page shows the summary (e.g. after a "
                       "--archive import), print its longest gap in milliseconds, then quit."));
    const QCommandLineOption openExport(QStringLiteral("open-export"),
                                        QStringLiteral("Start by asking for a data-export ZIP to open."));
    const QCommandLineOption linkedInBase(
        QStringLiteral("linkedin-api-base"),
        QStringLiteral("Tests and demo: the Connect dialog's LinkedIn option reads from this https base (an "
                       "emulation, trusted through --ca-file) instead of api.linkedin.com."),
        QStringLiteral("URL"));
    parser.addOptions({demo, server, caFile, tokenFile, archive, region, optedOutSince, openExport, screenshot,
                       colorScheme, windowSize, measure, heartbeat, linkedInBase});
    parser.addPositionalArgument(QStringLiteral("ZIP"),
                                 QStringLiteral("A data-export ZIP to open as with File > Open data export."),
                                 QStringLiteral("[ZIP]"));
    if (!parser.parse(arguments))
        return pd::Error{pd::ErrorKind::Usage, parser.errorText()};

    GuiOptions options;
    if (parser.positionalArguments().size() > 1)
        return pd::Error{pd::ErrorKind::Usage, QStringLiteral("give at most one data-export ZIP")};
    options.openFile = parser.positionalArguments().value(0);
    options.askForExport = parser.isSet(openExport);
    if (!options.openFile.isEmpty() && (parser.isSet(demo) || parser.isSet(server) || parser.isSet(archive)))
        return pd::Error{pd::ErrorKind::Usage, QStringLiteral("a ZIP argument is a source: leave out --demo, "
                                                              "--server and --archive")};
    if (int(parser.isSet(demo)) + int(parser.isSet(server)) + int(parser.isSet(archive)) > 1)
        return pd::Error{pd::ErrorKind::Usage,
                         QStringLiteral("choose one source: --demo, --server URL or --archive ZIP")};
    if ((parser.isSet(region) || parser.isSet(optedOutSince)) && !parser.isSet(archive))
        return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--region and --opted-out-since go with --archive")};
    if ((parser.isSet(caFile) || parser.isSet(tokenFile)) && !parser.isSet(server) &&
        !(parser.isSet(linkedInBase) && !parser.isSet(tokenFile)))
        return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--ca-file and --token-file go with --server")};
    if (parser.isSet(linkedInBase)) {
        options.linkedInBase = QUrl(parser.value(linkedInBase), QUrl::StrictMode);
        if (const QString problem = pd::serverUrlProblem(options.linkedInBase); !problem.isEmpty())
            return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--linkedin-api-base: %1").arg(problem)};
        if (!parser.isSet(server))
            options.linkedInCaFile = parser.value(caFile);
    }
    if (parser.isSet(demo))
        options.connection.kind = pd::SourceSpec::Kind::Demo;
    if (parser.isSet(server)) {
        options.connection.kind = pd::SourceSpec::Kind::Server;
        options.connection.serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
        options.connection.caFile = parser.value(caFile);
        options.connection.tokenFile = parser.value(tokenFile);
        const QString problem = pd::serverUrlProblem(options.connection.serverUrl);
        if (!problem.isEmpty())
            return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--server: %1").arg(problem)};
    }
    if (parser.isSet(archive)) {
        options.connection.kind = pd::SourceSpec::Kind::Archive;
        options.connection.archivePath = parser.value(archive);
        options.connection.region = parser.value(region);
        if (parser.isSet(optedOutSince)) {
            const QDate day = QDate::fromString(parser.value(optedOutSince), Qt::ISODate);
            if (!day.isValid())
                return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--opted-out-since takes a date, YYYY-MM-DD")};
            options.connection.optedOutSince = day;
        }
        if (const pd::Result<void> valid = options.connection.validate(); !valid)
            return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--archive: %1").arg(valid.error().message)};
    }
    options.screenshotDir = parser.value(screenshot);
    options.colorScheme = parser.value(colorScheme);
    if (!options.colorScheme.isEmpty() && options.colorScheme != u"light" && options.colorScheme != u"dark")
        return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--color-scheme takes light or dark")};
    options.measureStartup = parser.isSet(measure);
    options.measureHeartbeat = parser.isSet(heartbeat);
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(u'x');
        const int width = parts.value(0).toInt();
        const int height = parts.size() == 2 ? parts.value(1).toInt() : 0;
        if (width <= 0 || height <= 0)
            return pd::Error{pd::ErrorKind::Usage, QStringLiteral("--window-size takes WIDTHxHEIGHT, e.g. 800x600")};
        options.windowSize = QSize(width, height);
    }
    if (!options.screenshotDir.isEmpty() && options.connection.kind == pd::SourceSpec::Kind::None)
        options.connection.kind = pd::SourceSpec::Kind::Demo;
    return options;
}

// Renders each page (and the dialogs) to DIR/NN-name[-dark].png.
bool takeScreenshots(pd::MainWindow &window, const pd::Policy &policy, const QString &dir, const QString &suffix)
{
    QDir().mkpath(dir);
    const char *names[] = {"overview", "categories", "opt-out", "policy", "items"};
    bool ok = true;
    // The item list comes after the summary: wait for it (10 s at most).
    auto *items = window.findChild<pd::ItemsPage *>();
    const QDeadlineTimer deadline(10000);
    while (items && items->isLoadingList() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int index = 0; index < pd::MainWindow::PageCount; ++index) {
        window.showPage(index);
        QApplication::processEvents();
        QApplication::processEvents(); // the chart's second layout pass (its badges follow the axes)
        const QString file = QStringLiteral("%1/%2-%3%4.png")
                                 .arg(dir)
                                 .arg(index + 1, 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1StringView(names[index]), suffix);
        ok = window.grab().save(file) && ok;
    }
    // The list behind a figure: the overview's "Posts and shares" link, then a search in it.
    window.showPage(pd::MainWindow::OverviewIndex);
    QApplication::processEvents();
    if (auto *posts = window.findChild<QPushButton *>(QStringLiteral("itemLink_posts")); posts && items) {
        posts->click();
        items->table()->setCurrentIndex(items->model()->index(0, 0)); // Open and Copy link enabled
        QApplication::processEvents();
        ok = window.grab().save(QStringLiteral("%1/05-items-posts%2.png").arg(dir, suffix)) && ok;
        if (auto *search = items->findChild<QLineEdit *>(QStringLiteral("itemsSearch"))) {
            search->setText(QStringLiteral("open-source"));
            Q_EMIT search->returnPressed();
            items->table()->setCurrentIndex(items->model()->index(0, 0));
            QApplication::processEvents();
            ok = window.grab().save(QStringLiteral("%1/05-items-posts-search%2.png").arg(dir, suffix)) && ok;
        }
    }
    const qint64 exposed = window.summary() ? window.summary()->totalMayHaveBeenUsed : 0;
    pd::ConfirmOptOutDialog confirm(policy, exposed, &window);
    confirm.adjustSize();
    confirm.show();
    QApplication::processEvents();
    ok = confirm.grab().save(QStringLiteral("%1/05-confirm-opt-out%2.png").arg(dir, suffix)) && ok;
    confirm.hide();
    if (window.summary()) {
        pd::ConfirmOptInDialog optIn(pd::OptOutWording::itemsNewlyExposedByOptingIn(*window.summary()),
                                     pd::OptOutWording::regimeCoversNow(policy, *window.summary()), &window);
        optIn.adjustSize();
        optIn.show();
        QApplication::processEvents();
        ok = optIn.grab().save(QStringLiteral("%1/10-confirm-opt-in%2.png").arg(dir, suffix)) && ok;
        optIn.hide();
    }
    pd::ConnectDialog connect(pd::SourceSpec{}, &window);
    connect.show();
    QApplication::processEvents();
    ok = connect.grab().save(QStringLiteral("%1/06-connect%2.png").arg(dir, suffix)) && ok;
    connect.hide();
    pd::ImportQuestionsDialog questions(policy, QDate::currentDate(), &window);
    questions.show();
    QApplication::processEvents();
    ok = questions.grab().save(QStringLiteral("%1/08-import-questions%2.png").arg(dir, suffix)) && ok;
    questions.hide();
    if (window.importReport()) {
        pd::ImportReportDialog report(*window.importReport(), &window);
        if (auto *tabs = report.findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 1); // the rows that could not be read
        report.show();
        QApplication::processEvents();
        ok = report.grab().save(QStringLiteral("%1/09-import-report%2.png").arg(dir, suffix)) && ok;
        report.hide();
    }
    pd::ExportDialog exportDialog(&window);
    exportDialog.show();
    QApplication::processEvents();
    ok = exportDialog.grab().save(QStringLiteral("%1/11-export%2.png").arg(dir, suffix)) && ok;
    exportDialog.hide();
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString name = action->objectName() == u"actionShortcuts" ? QStringLiteral("12-keyboard-shortcuts")
                             : action->objectName() == u"actionNumbers" ? QStringLiteral("13-what-these-numbers-mean")
                                                                        : QString();
        if (name.isEmpty())
            continue;
        action->trigger();
        QApplication::processEvents();
        for (pd::HelpDialog *help : window.findChildren<pd::HelpDialog *>()) {
            ok = help->grab().save(QStringLiteral("%1/%2%3.png").arg(dir, name, suffix)) && ok;
            delete help;
        }
    }
    window.showPage(pd::MainWindow::OverviewIndex);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // No core dumps: they would hold the member's data and the token (KeePassXC's bootstrap).
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QApplication app(argc, argv);
    // Settings live under the app id (~/.config/<app id>/privacy-dashboard.conf), as the data dir does;
    // the application name is the binary's, which is also the X11 WM_CLASS the .desktop file names.
    QApplication::setOrganizationName(QStringLiteral(PD_APP_ID));
    QApplication::setApplicationName(QStringLiteral("privacy-dashboard"));
    QApplication::setApplicationDisplayName(QStringLiteral(PD_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PD_APP_ID));

    // The member's language choice, else the system's (LANG/LC_MESSAGES); before any text is made.
    pd::Translations::install(pd::Settings::value(pd::Settings::Key::Language).toString());

    QCommandLineParser parser;
    pd::Result<GuiOptions> parsed = parse(QApplication::arguments(), parser);
    if (!parsed) {
        printError(parsed.error().message);
        return pd::exitCodeFor(pd::ErrorKind::Usage);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const GuiOptions &options = parsed.value();

    if (!options.colorScheme.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(options.colorScheme == u"dark" ? pd::Theme::darkPalette() : pd::Theme::lightPalette());
    }
    QApplication::setWindowIcon(pd::Icons::appIcon());

    pd::Result<pd::Policy> policy = pd::PolicyLoader::bundled();
    if (!policy) {
        printError(policy.error().message);
        return pd::exitCodeFor(policy.error().kind);
    }
    const pd::SystemClock clock;
    // The keychain and the encrypted cache (the remembered source, the last summary per source);
    // not asked for a demo that is only measured or photographed. Outlives the window.
    std::unique_ptr<pd::OfflineCache> offline;
    if (options.connection.kind != pd::SourceSpec::Kind::Demo ||
        (!options.measureStartup && options.screenshotDir.isEmpty()))
        offline = pd::OfflineCache::openSystem();
    pd::MainWindow window(policy.value(), clock);
    window.setOfflineCache(offline.get());
    window.restoreWindowState();
    if (!options.linkedInBase.isEmpty())
        window.setLinkedInTestBase(options.linkedInBase, options.linkedInCaFile);
    if (!options.screenshotDir.isEmpty()) {
        window.resize(1280, 860);
        window.showPage(pd::MainWindow::OverviewIndex);
    }
    if (options.windowSize.isValid())
        window.resize(options.windowSize);

    // --measure-heartbeat: how long the GUI thread stays away from its event loop while the
    // source loads (an archive import runs on a worker; what is left on this thread shows here).
    QTimer heartbeat;
    QElapsedTimer sinceBeat;
    qint64 longestGapMs = 0;
    qint64 longestGapEndMs = 0; // since main(): where in the run it fell
    qint64 beats = 0;
    if (options.measureHeartbeat) {
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(10);
        // From the first beat on: the window's first show and paint come before it.
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
            const qint64 gap = sinceBeat.restart();
            if (beats++ > 0 && gap > longestGapMs) {
                longestGapMs = gap;
                longestGapEndMs = sinceStart.elapsed();
            }
        });
        sinceBeat.start();
        heartbeat.start();
    }

    int exitCode = 0;
    if (options.measureStartup || options.measureHeartbeat || !options.screenshotDir.isEmpty()) {
        // Start-up ends when the overview is painted with the summary; the other pages are filled
        // in the event-loop turns after it (summaryShown), which only the heartbeat and the
        // screenshots wait for.
        QObject::connect(&window, &pd::MainWindow::currentPageShown, &window, [&] {
            if (!options.measureStartup)
                return;
            window.showPage(pd::MainWindow::OverviewIndex);
            window.repaint();
            // "cache": the summary kept from last time, shown while the source is asked again.
            std::printf("startup-ms: %lld\nstartup-summary: %s\n", static_cast<long long>(sinceStart.elapsed()),
                        window.isShowingCachedSummary() ? "cache" : "source");
            std::fflush(stdout);
            if (!options.measureHeartbeat && options.screenshotDir.isEmpty())
                QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
        });
        QObject::connect(&window, &pd::MainWindow::summaryShown, &window, [&] {
            if (options.measureHeartbeat) {
                if (beats > 0 && sinceBeat.elapsed() > longestGapMs) {
                    longestGapMs = sinceBeat.elapsed();
                    longestGapEndMs = sinceStart.elapsed();
                }
                heartbeat.stop();
                std::printf("heartbeat-max-gap-ms: %lld\nheartbeat-max-gap-ended-at-ms: %lld\nheartbeat-beats: "
                            "%lld\nheartbeat-seconds: %.1f\n",
                            static_cast<long long>(longestGapMs), static_cast<long long>(longestGapEndMs),
                            static_cast<long long>(beats), double(sinceStart.elapsed()) / 1000.0);
                std::fflush(stdout);
            }
            if (!options.screenshotDir.isEmpty()) {
                QString suffix = options.colorScheme == u"dark" ? QStringLiteral("-dark") : QString();
                if (options.connection.kind == pd::SourceSpec::Kind::Archive)
                    suffix.prepend(QStringLiteral("-export")); // the data-export views beside the demo's

                if (!takeScreenshots(window, policy.value(), options.screenshotDir, suffix))
                    exitCode = 1;
            }
            QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
        });
        QObject::connect(&window, &pd::MainWindow::refreshFailedShown, &window, [&](const pd::Error &error) {
            printError(error.message);
            exitCode = pd::exitCodeFor(error.kind);
            QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
        });
        // Offline: the cached summary "as of … (offline)" is what the window shows.
        QObject::connect(&window, &pd::MainWindow::offlineSummaryShown, &window, [&] {
            if (!options.screenshotDir.isEmpty() &&
                !takeScreenshots(window, policy.value(), options.screenshotDir, QStringLiteral("-offline")))
                exitCode = 1;
            QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
        });
        QObject::connect(&window, &pd::MainWindow::archiveNotOpened, &window, [&](const QString &message) {
            printError(message);
            exitCode = pd::exitCodeFor(pd::ErrorKind::InvalidInput);
            QTimer::singleShot(0, &app, [&] { QApplication::exit(exitCode); });
        });
    }

    window.show();
    pd::SourceSpec connection = options.connection;
    const bool fromCommandLine = connection.kind != pd::SourceSpec::Kind::None;
    if (!options.openFile.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &options] { window.openArchiveFile(options.openFile); });
        return QApplication::exec();
    }
    if (!fromCommandLine)
        connection = pd::RememberedSource::load(offline.get());
    if (options.askForExport) {
        if (connection.kind != pd::SourceSpec::Kind::None)
            window.openConnection(connection, false);
        if (auto *open = window.findChild<QAction *>(QStringLiteral("actionOpenArchive")))
            QTimer::singleShot(0, open, &QAction::trigger);
    } else if (connection.kind == pd::SourceSpec::Kind::None) {
        QTimer::singleShot(0, &window, [&window] { window.askForSource(); });
    } else if (!window.openConnection(connection, false) && fromCommandLine &&
               (options.measureStartup || options.measureHeartbeat || !options.screenshotDir.isEmpty())) {
        return pd::exitCodeFor(pd::ErrorKind::Usage);
    }
    const int code = QApplication::exec();
    return code != 0 ? code : exitCode;
}
