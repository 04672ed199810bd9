#include "archive/FileClassifier.h"

#include "core/Policy.h"

#include <algorithm>

namespace pd {

QString FileClassifier::normalise(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == u' ' || c == u'_')
            continue;
        out.append(c.toLower());
    }
    return out;
}

Result<FileClassifier> FileClassifier::fromPolicy(const Policy &policy)
{
    FileClassifier classifier;
    for (const ArchiveFileRule &rule : policy.archiveFiles) {
        const std::optional<DateFormat> format = dateFormatFromId(rule.dateFormat);
        if (!format)
            return Error::invalidInput(
                QStringLiteral("the policy's archive rule \"%1\" names an unknown date format \"%2\"")
                    .arg(rule.match, rule.dateFormat));
        QStringList pointerHeader;
        for (const QString &column : rule.pointerHeader)
            pointerHeader.append(normalise(column));
        QStringList textColumns;
        for (const QString &column : rule.textColumns)
            textColumns.append(normalise(column));
        classifier.m_rules.append(FileRule{rule.match, rule.categoryId, rule.dateColumn, *format, pointerHeader,
                                           rule.itemKind, textColumns, normalise(rule.linkColumn)});
    }
    std::stable_sort(classifier.m_rules.begin(), classifier.m_rules.end(), [](const FileRule &a, const FileRule &b) {
        return normalise(a.match).size() > normalise(b.match).size();
    });
    for (const FileRule &rule : std::as_const(classifier.m_rules))
        classifier.m_normalisedMatch.append(normalise(rule.match));
    classifier.m_listedCategories = policy.listedCategories();
    return classifier;
}

bool FileClassifier::isSystemMetadata(const QString &entryName)
{
    if (entryName.startsWith(QLatin1String("__MACOSX/")))
        return true;
    const QString base = entryName.section(u'/', -1);
    return base.startsWith(QLatin1String("._")) || base == QLatin1String(".DS_Store") ||
           base.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0;
}

const FileRule *FileClassifier::classify(const QString &entryName) const
{
    const QString name = normalise(entryName);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (name.startsWith(m_normalisedMatch.at(i)))
            return &m_rules.at(i);
    }
    return nullptr;
}

} // namespace pd
