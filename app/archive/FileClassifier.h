#pragma once

#include "archive/DateParsers.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Policy;

// How one export file is read: the policy's archiveFiles rule, with its date format resolved.
struct FileRule {
    QString match;
    QString categoryId;
    QString dateColumn; // empty: every row is undated
    DateFormat dateFormat = DateFormat::None;
    QStringList pointerHeader; // normalised; see ArchiveFileRule::pointerHeader
    // The item list (issue 15; ArchiveFileRule::itemKind): empty itemKind: counted only.
    QString itemKind;
    QStringList textColumns; // normalised
    QString linkColumn;      // normalised
};

// Maps an entry name to the policy's rule for it: rules are file-name prefixes compared
// ignoring case, spaces and underscores (so "Shares_155814142.csv" and "Search Queries.csv"
// find "Shares" and "SearchQueries"), and the longest matching rule wins
// ("learning_coach_messages" over "Learning"). The mapping is data (DESIGN §3): a new export
// file is a policy change, not a code change.
class FileClassifier final
{
public:
    // Fails when a rule names a date format this reader does not know.
    static Result<FileClassifier> fromPolicy(const Policy &policy);

    const FileRule *classify(const QString &entryName) const; // nullptr: not recognised
    static QString normalise(const QString &name);
    // What an operating system adds when a member re-compresses the unpacked export (macOS:
    // __MACOSX/ with ._* resource forks, .DS_Store): not the member's data, not worth a line.
    static bool isSystemMetadata(const QString &entryName);
    // The categories whose items the list keeps (Policy::listedCategories).
    const QStringList &listedCategories() const { return m_listedCategories; }

private:
    QList<FileRule> m_rules;          // longest match first
    QList<QString> m_normalisedMatch; // parallel to m_rules
    QStringList m_listedCategories;
};

} // namespace pd
