#include "cli/CliRunner.h"

#include "archive/ArchiveDataSource.h"
#include "cli/CliSignIn.h"
#include "cli/LinkedInText.h"
#include "cli/ReportModuleLoader.h"
#include "cli/SourceWaiter.h"
#include "cli/SummaryText.h"
#include "core/ApiCodec.h"
#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/JsonReader.h"
#include "core/MemberText.h"
#include "core/OptOutWording.h"
#include "core/PolicyLoader.h"
#include "core/TerminalText.h"
#include "core/UsageReport.h"
#include "core/UsageSummaryJson.h"
#include "net/LinkedInSnapshotSource.h"
#include "report/CsvReportWriter.h"
#include "report/ReportWriter.h"
#include "sources/OfflineCache.h"
#include "sources/SourceOpener.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

namespace {
// The readable messages, in the member's language (main.cpp: --language, else LANG); context "pd::cli".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(pd::cli)
};
} // namespace

void CliRunner::print(const QString &text)
{
    // Every text the CLI prints can hold a server's or an archive's strings: none may drive the terminal.
    const QByteArray bytes = terminalSafe(text, TerminalLines::Many).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void CliRunner::printJson(const QJsonObject &object)
{
    // JSON already escapes C0; DEL, C1 and bidi controls become \uXXXX, the same string to a parser.
    const QByteArray bytes =
        terminalSafeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void CliRunner::note(const QString &text)
{
    // One line, whatever the text held.
    const QByteArray bytes =
        (QStringLiteral("privacy-dashboard-cli: ") + terminalSafe(text.simplified()) + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fflush(m_err);
}

int CliRunner::fail(const Error &error)
{
    QString line = error.message;
    if (error.kind == ErrorKind::Usage)
        line += Tr::tr(" (try --help)");
    note(line);
    return exitCodeFor(error.kind);
}

int CliRunner::run(const QStringList &arguments)
{
    const Result<CliOptions> options = parseCliOptions(arguments);
    if (!options)
        return fail(options.error());
    if (options->showHelp) {
        print(cliHelpText());
        return 0;
    }
    if (options->showVersion) {
        print(QStringLiteral("privacy-dashboard-cli %1\n").arg(QStringLiteral(PD_VERSION)));
        return 0;
    }
    if (options->command == u"login" || options->command == u"logout") { // CliSignIn.h
        const LoginOptions login{!options->noBrowser, options->timeoutGiven ? options->timeoutSeconds : 300};
        const Result<QString> done = options->command == u"login"
                                         ? cli::login(options->source, login, [this](QString text) { print(text); })
                                         : cli::logout(options->source);
        if (!done)
            return fail(done.error());
        print(*done + u'\n');
        return 0;
    }
    return runCommand(*options);
}

int CliRunner::writeReportFile(const CliOptions &options, const UsageSummary &summary, const Clock &clock,
                               MemberDataSource &source, const QDeadlineTimer &deadline)
{
    // The wording comes from the bundled policy; the report says so if the source used another version.
    const Result<Policy> policy =
        PolicyLoader::bundled(summary.policyId.isEmpty() ? QStringLiteral("linkedin") : summary.policyId);
    if (!policy)
        return fail(policy.error());
    UsageReport report = buildUsageReport(summary, policy.value(), clock);
    if (options.itemsAppendix) {
        if (!source.canListItems())
            return fail(Error{ErrorKind::Usage, QStringLiteral("this source cannot list items")});
        const Result<ItemList> list = waitForItems(source, deadline, options.timeoutSeconds);
        if (!list)
            return fail(list.error());
        report.itemsAppendix = buildItemsAppendix(*list);
    }
    ReportOptions reportOptions;
    reportOptions.overwrite = options.force;
    reportOptions.paper = options.paper;
    const auto format = reportFormatFromString(options.format);
    if (!format)
        return fail(Error{ErrorKind::Usage, Tr::tr("unknown report format \"%1\"").arg(options.format)});
    // The writers are the privacy-dashboard-report module (ReportModuleLoader.h): Qt Gui only here.
    const Result<const ReportModuleApi *> module = loadReportModule();
    if (!module)
        return fail(module.error());
    const Result<QStringList> written = (*module)->writeReport(report, *format, options.output, reportOptions);
    if (!written) {
        Error error = written.error();
        if (error.code == ErrorCode::FileExists)
            error.message += Tr::tr("; use --force to replace it");
        return fail(error);
    }
    for (const QString &file : written.value())
        print(Tr::tr("wrote %1\n").arg(file));
    return 0;
}

int CliRunner::printItems(const CliOptions &options, MemberDataSource &source, const QDeadlineTimer &deadline)
{
    if (!source.canListItems())
        return fail(Error{ErrorKind::Usage, QStringLiteral("this source cannot list items")});
    const Result<ItemList> list = waitForItems(source, deadline, options.timeoutSeconds);
    if (!list)
        return fail(list.error());
    const ItemQuery &query = options.itemQuery;
    const QStringList listed = list->store().listedCategories();
    if (!query.categoryId.isEmpty() && !listed.contains(query.categoryId))
        return fail(Error{ErrorKind::Usage, QStringLiteral("--category: \"%1\" is not a listed category; the listed "
                                                           "ones are %2 (the others are counts only)")
                                                .arg(query.categoryId, listed.join(QStringLiteral(", ")))});
    if (list->store().isTruncated())
        note(MemberText::itemListCapped(list->size(), list->store().refusedCount()));
    const QList<qsizetype> rows = list->filter(query);
    // Written as it goes: a list of 250,000 items never becomes one document in memory.
    QByteArray chunk;
    const auto flush = [&](bool force) {
        if (!force && chunk.size() < 64 * 1024)
            return;
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), m_out);
        chunk.clear();
    };
    if (options.json) {
        chunk += "[";
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QByteArray object =
                QJsonDocument(ApiCodec::encodeItem(list->item(rows[i]), true)).toJson(QJsonDocument::Compact);
            chunk += (i == 0 ? "\n  " : ",\n  ");
            chunk += terminalSafeJson(QString::fromUtf8(object)).toUtf8();
            flush(false);
        }
        chunk += rows.isEmpty() ? "]\n" : "\n]\n";
    } else if (options.csv) {
        chunk += "category,date,kind,status,window,text,link\r\n";
        for (const qsizetype row : rows) {
            const MemberItem item = list->item(row);
            const QStringList fields{item.categoryId,
                                     item.date ? item.date->toString(Qt::ISODate) : QString(),
                                     toString(item.kind),
                                     toString(item.status),
                                     item.window ? item.window->regimeId : QString(),
                                     item.text,
                                     item.link};
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(CsvReportWriter::field(field));
            chunk += terminalSafe(quoted.join(u','), TerminalLines::Many).toUtf8() + "\r\n";
            flush(false);
        }
    } else {
        for (const qsizetype row : rows) {
            const MemberItem item = list->item(row);
            QString line = QStringLiteral("%1  %2  %3  %4")
                               .arg(item.date ? item.date->toString(Qt::ISODate) : QStringLiteral("(undated)  "),
                                    item.categoryId, MemberText::itemStatus(item.status), item.text);
            if (!item.link.isEmpty())
                line += QStringLiteral("  <%1>").arg(item.link);
            chunk += terminalSafe(line).toUtf8() + '\n';
            flush(false);
        }
        chunk += terminalSafe(MemberText::items(rows.size())).toUtf8() + '\n';
    }
    flush(true);
    std::fflush(m_out);
    return 0;
}

namespace {
QJsonObject pendingJson(const PendingOptOut &pending)
{
    return QJsonObject{
        {QStringLiteral("optedOut"), pending.optedOut},
        {QStringLiteral("since"), pending.since.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("state"), pending.sending ? QStringLiteral("sending") : QStringLiteral("waiting")}};
}

// What the member reads after a write that got no answer: whether it waits, and what happens next.
Error unsentWriteError(const Error &error, const std::optional<PendingOptOut> &pending)
{
    QString message = error.message.trimmed();
    while (message.endsWith(u'.'))
        message.chop(1);
    if (!pending || error.kind == ErrorKind::Conflict)
        return Error{error.kind, message + Tr::tr(". Not changed, and nothing was kept to send later.")};
    message += Tr::tr(". Not changed yet: ") + OptOutWording::waiting(*pending) + u' ' +
               OptOutWording::waitingNext(*pending, OptOutWording::FrontEnd::Cli);
    return Error{error.kind, message};
}
} // namespace

int CliRunner::cancelPending(MemberDataSource &source, const std::optional<PendingOptOut> &pending,
                             const Result<UsageSummary> &summary)
{
    // Works offline too: the member is known from an earlier run (docs/networking.md).
    if (!pending) {
        if (!summary)
            return fail(summary.error());
        print(Tr::tr("No change is waiting to be sent.\n"));
        return 0;
    }
    if (pending->sending)
        return fail(Error{ErrorKind::Conflict, Tr::tr("the change is being sent right now (by another window) "
                                                      "and cannot be called back; run `opt-out status` when "
                                                      "it has an answer")});
    source.cancelPendingOptOut();
    if (source.pendingOptOut())
        return fail(Error::internal(Tr::tr("the waiting change could not be dropped")));
    print(Tr::tr("Dropped: %1 (asked %2). Nothing will be sent.\n")
              .arg(OptOutWording::change(pending->optedOut), formatUtc(pending->since)));
    if (summary)
        print(formatOptOutState(summary->optOut, nullptr));
    return 0;
}

int CliRunner::runCommand(const CliOptions &options)
{
    static const SystemClock clock;
    // DESIGN §5 --timeout: one deadline for the whole command against a server, retries included.
    const QDeadlineTimer deadline =
        options.source.kind == SourceSpec::Kind::Server || options.source.kind == SourceSpec::Kind::LinkedInApi
            ? QDeadlineTimer(std::chrono::seconds(options.timeoutSeconds))
            : QDeadlineTimer(QDeadlineTimer::Forever);
    const QString action = options.command == u"opt-out" ? options.commandArguments.first() : QString();
    OpenOptions openOptions;
    // Looking at or cancelling a waiting change must not send it first.
    openOptions.sendsWaitingChanges = action != u"status" && action != u"cancel";
    Result<std::unique_ptr<MemberDataSource>> opened = openSource(options.source, clock, openOptions);
    if (!opened)
        return fail(opened.error());
    MemberDataSource &source = *opened.value();
    if (auto *archive = qobject_cast<ArchiveDataSource *>(&source)) {
        // Only `items` needs the item list: every other command imports counts only.
        archive->setKeepsItems(options.command == u"items" || options.itemsAppendix);
        // What the import read, skipped and could not tell goes to stderr; stdout stays the summary.
        QObject::connect(archive, &ArchiveDataSource::importReportReady, archive, [this](const ImportReport &report) {
            const QByteArray text = terminalSafe(report.toText(), TerminalLines::Many).toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), m_err);
        });
    }
    if (auto *linkedIn = qobject_cast<LinkedInSnapshotSource *>(&source)) {
        // What the API gave (domains not mapped, dates not read) goes to stderr, as an import's report does.
        QObject::connect(linkedIn, &LinkedInSnapshotSource::readReportReady, linkedIn, [this, linkedIn] {
            const QByteArray text = terminalSafe(linkedIn->lastReport().toText() + u'\n', TerminalLines::Many).toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), m_err);
        });
    }
    // A change that waited from an earlier run: say what became of it; a failure fails the command.
    std::optional<Error> pendingFailure;
    QObject::connect(&source, &MemberDataSource::pendingOptOutSent, &source, [this](const OptOutState &state) {
        note(Tr::tr("the change that was waiting reached the server: ") +
             formatOptOutState(state, nullptr).section(u'\n', 0, 0));
    });
    QObject::connect(&source, &MemberDataSource::pendingOptOutFailed, &source,
                     [&pendingFailure](const Error &error) { pendingFailure = error; });
    auto failedPending = [&] {
        Error error = *pendingFailure;
        error.message = Tr::tr("the change that was waiting was not sent: ") + error.message;
        return fail(error);
    };

    if (action == u"on" || action == u"off") {
        const bool optOut = action == u"on";
        if (!source.canChangeOptOut())
            return fail(Error{ErrorKind::Usage, source.optOutUnavailableReason()});
        const Result<OptOutState> confirmed = waitForOptOut(source, optOut, deadline, options.timeoutSeconds);
        if (!confirmed)
            return fail(unsentWriteError(confirmed.error(), source.pendingOptOut()));
        // Show the state as the source confirmed it, with the figures re-read after the change.
        const Result<UsageSummary> summary = waitForSummary(source, deadline, options.timeoutSeconds);
        if (options.json) {
            printJson(ApiCodec::encodeSetting(confirmed.value()));
        } else {
            print(Tr::tr("Confirmed by the server.\n") +
                  formatOptOutState(confirmed.value(), summary ? &summary.value() : nullptr));
        }
        return 0;
    }

    Result<UsageSummary> summary = waitForSummary(source, deadline, options.timeoutSeconds);
    if (options.offlineOk) {
        // The encrypted cache (docs/privacy-model.md): keep what came, or fall back on what was kept.
        const std::unique_ptr<OfflineCache> cache = OfflineCache::openSystem();
        if (!cache->isOn()) {
            note(cache->limitation());
        } else if (summary) {
            cache->keepSummary(options.source, *summary);
        } else if (summary.error().kind == ErrorKind::Network) {
            if (std::optional<UsageSummary> kept = cache->lastSummary(options.source)) {
                note(QStringLiteral("offline (%1); the summary as of %2 kept on this computer follows")
                         .arg(summary.error().message, formatIsoDateTime(kept->asOf)));
                summary = std::move(*kept);
            }
        }
    }
    if (pendingFailure)
        return failedPending();
    const std::optional<PendingOptOut> pending = source.pendingOptOut();
    if (action == u"cancel")
        return cancelPending(source, pending, summary);
    if (!summary) {
        // Offline, a waiting change this member left is still worth knowing about.
        if (action == u"status" && pending)
            print(OptOutWording::waiting(*pending) + u' ' +
                  OptOutWording::waitingNext(*pending, OptOutWording::FrontEnd::Cli) + u'\n');
        return fail(summary.error());
    }
    if (pending && !pending->optedOut && action != u"status")
        note(OptOutWording::waiting(*pending) + u' ' +
             OptOutWording::waitingNext(*pending, OptOutWording::FrontEnd::Cli));

    if (options.command == u"summary") {
        if (options.json) {
            QJsonObject json = UsageSummaryJson::encode(*summary);
            // An import says what it read, counted undated and could not recognise: a script
            // gets that in the same object (the table output has it on stderr).
            if (const auto *archive = qobject_cast<const ArchiveDataSource *>(&source))
                json.insert(QStringLiteral("importReport"), archive->lastReport().toJson());
            if (const auto *linkedIn = qobject_cast<const LinkedInSnapshotSource *>(&source))
                json.insert(QStringLiteral("linkedinApi"), linkedInJson(*linkedIn));
            printJson(json);
        } else {
            print(formatSummary(*summary));
            if (const auto *linkedIn = qobject_cast<const LinkedInSnapshotSource *>(&source))
                print(formatChanges(linkedIn->lastChanges(), *summary));
        }
    } else if (options.command == u"opt-out") {
        if (options.json) {
            QJsonObject object = ApiCodec::encodeSetting(summary->optOut);
            if (pending)
                object.insert(QStringLiteral("pendingChange"), pendingJson(*pending));
            printJson(object);
        } else {
            print(formatOptOutState(summary->optOut, &summary.value()));
            if (pending)
                print(OptOutWording::waiting(*pending) + u' ' +
                      OptOutWording::waitingNext(*pending, OptOutWording::FrontEnd::Cli) + u'\n');
        }
    } else if (options.command == u"report") {
        return writeReportFile(options, *summary, clock, source, deadline);
    } else if (options.command == u"items") {
        return printItems(options, source, deadline);
    } else if (options.command == u"history") {
        if (options.json) {
            printJson(QJsonObject{{QStringLiteral("history"), ApiCodec::encodeChanges(summary->history)}});
        } else {
            print(formatHistory(summary->history));
        }
    }
    return 0;
}

} // namespace pd::cli
