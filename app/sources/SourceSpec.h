#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QUrl>

#include <optional>

namespace pd {

// Which source a front end opens, with its options: parsed once (from the command line, the
// Connect dialog or the remembered settings), validated by validate(), and opened by
// openSource() — the same for the desktop app and the CLI, so both reach the same server, the
// same outbox and the same archive rules.
struct SourceSpec {
    enum class Kind {
        None, // nothing chosen yet (the desktop app asks)
        Demo,
        Server,
        Archive,
        LinkedInApi, // the platform's Member Data Portability API (EEA and Switzerland), read-only
    };
    Kind kind = Kind::None;

    // Kind::Server (caFile and tokenFile also for Kind::LinkedInApi)
    QUrl serverUrl;
    QString caFile;    // empty: the system's trust store
    QString tokenFile; // empty: the token comes from PRIVACY_DASHBOARD_TOKEN

    // Kind::Archive and Kind::LinkedInApi: neither records the member's country or opt-out day.
    QString archivePath;
    QString region;                     // ISO 3166-1 alpha-2; empty: inferred from the export
    std::optional<QDate> optedOutSince; // empty: never opted out (the platform's default)

    // Kind::LinkedInApi: empty base means https://api.linkedin.com (another only for tests). The
    // token typed into the GUI lives here for the session only; never saved with the spec.
    QUrl apiBase;
    QByteArray token; // empty: from tokenFile or PRIVACY_DASHBOARD_TOKEN

    static SourceSpec demo() { return SourceSpec{Kind::Demo, {}, {}, {}, {}, {}, {}, {}, {}}; }
    static SourceSpec server(QUrl url, QString caFile, QString tokenFile)
    {
        return SourceSpec{Kind::Server, std::move(url), std::move(caFile), std::move(tokenFile), {}, {}, {}, {}, {}};
    }

    // Usage errors (one sentence for people) for a spec that cannot be opened as it stands.
    Result<void> validate() const;
    bool operator==(const SourceSpec &) const = default;
};

// The one check of a server address: https, a host, and no user name or password in it (a
// password in a URL would end up in the outbox, the settings and the shell history). Returns
// an empty string when fine, else one sentence.
QString serverUrlProblem(const QUrl &url);

// The member's region as typed: two letters, upper-cased. Empty optional when it is not one.
std::optional<QString> normaliseRegion(const QString &text);

} // namespace pd
