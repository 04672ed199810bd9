#pragma once

#include "cli/CliOptions.h"
#include "core/Clock.h"
#include "core/MemberDataSource.h"
#include "core/Result.h"
#include "core/UsageSummary.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace pd::cli {

// Runs one command line: parses it, opens the source, runs the command, prints the outcome
// (stdout) or one error line (stderr), and returns the exit code of DESIGN §5.
class CliRunner final
{
public:
    CliRunner(FILE *out, FILE *err)
        : m_out(out)
        , m_err(err)
    {}
    int run(const QStringList &arguments);

private:
    int fail(const Error &error);
    void note(const QString &text); // one line on stderr that is not a failure
    void print(const QString &text);
    void printJson(const QJsonObject &object);
    int runCommand(const CliOptions &options);
    int cancelPending(MemberDataSource &source, const std::optional<PendingOptOut> &pending,
                      const Result<UsageSummary> &summary);
    int writeReportFile(const CliOptions &options, const UsageSummary &summary, const Clock &clock,
                        MemberDataSource &source, const QDeadlineTimer &deadline);
    int printItems(const CliOptions &options, MemberDataSource &source, const QDeadlineTimer &deadline);

    FILE *m_out;
    FILE *m_err;
};

} // namespace pd::cli
