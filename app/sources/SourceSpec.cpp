#include "sources/SourceSpec.h"

#include <QCoreApplication>

namespace pd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::SourceSpec", text);
}
} // namespace

QString serverUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"https")
        return QCoreApplication::translate(
            "pd::SourceSpec", "The server address must be an https:// address, such as https://127.0.0.1:8443.");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "pd::SourceSpec",
            "The server address must not hold a user name or password; the app signs in with a token.");
    return {};
}

std::optional<QString> normaliseRegion(const QString &text)
{
    const QString region = text.trimmed().toUpper();
    if (region.size() != 2 || region.at(0) < u'A' || region.at(0) > u'Z' || region.at(1) < u'A' || region.at(1) > u'Z')
        return std::nullopt;
    return region;
}

Result<void> SourceSpec::validate() const
{
    switch (kind) {
    case Kind::None:
        return Error{ErrorKind::Usage, tr("No data source chosen.")};
    case Kind::Demo:
        return {};
    case Kind::Server:
        if (const QString problem = serverUrlProblem(serverUrl); !problem.isEmpty())
            return Error{ErrorKind::Usage, problem};
        return {};
    case Kind::Archive:
        if (archivePath.isEmpty())
            return Error{ErrorKind::Usage, tr("No data export chosen.")};
        if (!region.isEmpty() && !normaliseRegion(region))
            return Error{ErrorKind::Usage, tr("The country must be a two-letter code such as DE.")};
        return {};
    case Kind::LinkedInApi:
        if (!apiBase.isEmpty()) {
            if (const QString problem = serverUrlProblem(apiBase); !problem.isEmpty())
                return Error{ErrorKind::Usage, problem};
        }
        if (!region.isEmpty() && !normaliseRegion(region))
            return Error{ErrorKind::Usage, tr("The country must be a two-letter code such as DE.")};
        return {};
    }
    return Error{ErrorKind::Usage, tr("No data source chosen.")};
}

} // namespace pd
