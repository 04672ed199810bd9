#include "cli/LinkedInText.h"

#include "cli/SummaryText.h"

namespace pd::cli {

namespace {

QString labelOf(const QString &categoryId, const UsageSummary &summary)
{
    for (const CategorySummary &category : summary.categories) {
        if (category.id == categoryId)
            return category.label;
    }
    return categoryId;
}

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), double(it.value()));
    return object;
}

} // namespace

QString formatChanges(const std::optional<LinkedInChanges> &changes, const UsageSummary &summary)
{
    if (!changes)
        return {};
    QString text = QStringLiteral("\nNew since your last look (%1), from LinkedIn's Member Changelog API:\n")
                       .arg(formatUtc(changes->since));
    if (changes->byCategory.isEmpty() && changes->unmappedResources.isEmpty())
        return text + QStringLiteral("  nothing new\n");
    for (auto it = changes->byCategory.cbegin(); it != changes->byCategory.cend(); ++it)
        text += QStringLiteral("  %1  %2\n").arg(labelOf(it.key(), summary), -28).arg(it.value());
    for (auto it = changes->unmappedResources.cbegin(); it != changes->unmappedResources.cend(); ++it)
        text += QStringLiteral("  %1  %2 (not in the policy's map)\n").arg(it.key(), -28).arg(it.value());
    return text;
}

QJsonObject linkedInJson(const LinkedInSnapshotSource &source)
{
    const LinkedInReadReport &report = source.lastReport();
    QJsonObject object{
        {QStringLiteral("recordsByDomain"), counts(report.recordsByDomain)},
        {QStringLiteral("unknownDomains"), counts(report.unknownDomains)},
        {QStringLiteral("unreadableDates"), double(report.unreadableDates)},
        {QStringLiteral("pages"), report.pages},
        {QStringLiteral("claimedTotal"), double(report.claimedTotal)},
    };
    if (const std::optional<LinkedInChanges> &changes = source.lastChanges()) {
        object.insert(QStringLiteral("newSinceLastLook"),
                      QJsonObject{{QStringLiteral("since"), changes->since.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("byCategory"), counts(changes->byCategory)},
                                  {QStringLiteral("unmappedResources"), counts(changes->unmappedResources)}});
    }
    return object;
}

} // namespace pd::cli
