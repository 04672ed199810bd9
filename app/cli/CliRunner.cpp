#include "CliRunner.h"

#include "ArchiveDataSource.h"
#include "BuildInfo.h"
#include "Clock.h"
#include "DataSourceFactory.h"
#include "PolicyLoader.h"
#include "ReportWriter.h"
#include "SourceWaiter.h"
#include "SummaryText.h"
#include "UsageReport.h"
#include "UsageSummaryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

void CliRunner::print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

void CliRunner::printJson(const QJsonObject &object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int CliRunner::fail(const Error &error)
{
    QString line = error.message.simplified(); // one line, whatever the message held
    if (error.kind == ErrorKind::Usage)
        line += QStringLiteral(" (try --help)");
    const QByteArray bytes = (QStringLiteral("privacy-dashboard-cli: ") + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fflush(m_err);
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
    return runCommand(*options);
}

int CliRunner::writeReportFile(const CliOptions &options, const UsageSummary &summary, const Clock &clock)
{
    // The wording comes from the bundled policy; the report says so if the source used another version.
    const Result<Policy> policy =
        PolicyLoader::bundled(summary.policyId.isEmpty() ? QStringLiteral("linkedin") : summary.policyId);
    if (!policy)
        return fail(policy.error());
    const UsageReport report = buildUsageReport(summary, policy.value(), clock);
    ReportOptions reportOptions;
    reportOptions.overwrite = options.force;
    const auto format = reportFormatFromString(options.format);
    if (!format)
        return fail(Error{ErrorKind::Usage, QStringLiteral("unknown report format \"%1\"").arg(options.format)});
    const Result<QStringList> written = writeReport(report, *format, options.output, reportOptions);
    if (!written) {
        Error error = written.error();
        if (error.kind == ErrorKind::Usage && error.message.contains(QStringLiteral("already exists")))
            error.message += QStringLiteral("; use --force to replace it");
        return fail(error);
    }
    for (const QString &file : written.value())
        print(QStringLiteral("wrote %1\n").arg(file));
    return 0;
}

int CliRunner::runCommand(const CliOptions &options)
{
    static const SystemClock clock;
    Result<std::unique_ptr<MemberDataSource>> opened = makeDataSource(options, clock);
    if (!opened)
        return fail(opened.error());
    MemberDataSource &source = *opened.value();

    if (options.command == u"opt-out" && options.commandArguments.first() != u"status") {
        const bool optOut = options.commandArguments.first() == u"on";
        if (!source.canChangeOptOut())
            return fail(Error{ErrorKind::Usage, source.optOutUnavailableReason()});
        const Result<OptOutState> confirmed = waitForOptOut(source, optOut);
        if (!confirmed)
            return fail(confirmed.error());
        // Show the state as the source confirmed it, with the figures re-read after the change.
        const Result<UsageSummary> summary = waitForSummary(source);
        if (options.json) {
            printJson(UsageSummaryJson::encodeOptOut(confirmed.value()));
        } else {
            print(QStringLiteral("Confirmed by the server.\n") +
                  formatOptOutState(confirmed.value(), summary ? &summary.value() : nullptr));
        }
        return 0;
    }

    const Result<UsageSummary> summary = waitForSummary(source);
    if (!summary)
        return fail(summary.error());

    if (options.command == u"summary") {
        if (options.json) {
            QJsonObject json = UsageSummaryJson::encode(*summary);
            // An import says what it read, counted undated and could not recognise: a script
            // gets that in the same object (the table output has it on stderr).
            if (const auto *archive = qobject_cast<const ArchiveDataSource *>(&source))
                json.insert(QStringLiteral("importReport"), archive->lastReport().toJson());
            printJson(json);
        } else {
            print(formatSummary(*summary));
        }
    } else if (options.command == u"opt-out") {
        if (options.json)
            printJson(UsageSummaryJson::encodeOptOut(summary->optOut));
        else
            print(formatOptOutState(summary->optOut, &summary.value()));
    } else if (options.command == u"report") {
        return writeReportFile(options, *summary, clock);
    } else if (options.command == u"history") {
        if (options.json) {
            QJsonArray history;
            for (const OptOutChange &change : summary->history)
                history.append(UsageSummaryJson::encodeChange(change));
            printJson(QJsonObject{{QStringLiteral("history"), history}});
        } else {
            print(formatHistory(summary->history));
        }
    }
    return 0;
}

} // namespace pd::cli
