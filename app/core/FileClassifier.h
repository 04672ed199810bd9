#pragma once

#include "core/DateParsers.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pd {

class Policy;

// One item's date as its record gives it.
struct ItemDate {
    enum class Kind {
        Dated,      // `day` was read
        Undated,    // the record has no date (an undated file, or empty, N/A)
        Unreadable, // a date column the record lacks, or a value that is not a date: counted undated
    };
    Kind kind = Kind::Undated;
    QDate day;
};

// How one export file is read: the policy's archiveFiles rule, with its date format resolved.
// The same rule reads a CSV row of that file (CsvFileCounter) and a record of the platform's
// API domain that mirrors it (LinkedInSnapshotSource): one column logic for both sources, so
// the same item is dated the same way whichever way it arrived.
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

    // dateColumn normalised (FileClassifier::normalise); empty when the file is undated.
    QString dateKey() const;
    // Whether a column (as written in a header or a record) is this rule's date column.
    bool isDateColumn(const QString &columnName) const;
    // Reads the date column's value: the rule's format first, then every known one.
    ItemDate readDate(QByteArrayView value) const;
    // Reads a record given as (column, value) pairs: its date column, found by name; a rule
    // with a date column and a record without it give Unreadable, as a CSV header without it does.
    ItemDate recordDate(const QList<QPair<QString, QByteArray>> &fields) const;
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
    // The rule whose match is exactly `match` (as the policy writes it), or nullptr.
    const FileRule *rule(const QString &match) const;
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
