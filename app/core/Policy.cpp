#include "core/Policy.h"

namespace pd {

bool Regime::covers(const QString &countryCode) const
{
    const bool included = includesAllCountries || includedCountries.contains(countryCode);
    return included && !excludedCountries.contains(countryCode);
}

QStringList Policy::listedCategories() const
{
    QStringList ids;
    for (const Category &category : categories) {
        for (const ArchiveFileRule &rule : archiveFiles) {
            if (rule.categoryId == category.id && !rule.itemKind.isEmpty()) {
                ids.append(category.id);
                break;
            }
        }
    }
    return ids;
}

const Category *Policy::category(const QString &categoryId) const
{
    for (const Category &candidate : categories) {
        if (candidate.id == categoryId)
            return &candidate;
    }
    return nullptr;
}

const Regime *Policy::regime(const QString &regimeId) const
{
    for (const Regime &candidate : regimes) {
        if (candidate.id == regimeId)
            return &candidate;
    }
    return nullptr;
}

const ComplaintAuthority *Policy::complaintAuthority(const QString &countryCode) const
{
    for (const ComplaintAuthority &candidate : complaintAuthorities) {
        if (candidate.countries.contains(countryCode))
            return &candidate;
    }
    return nullptr;
}

QList<const Regime *> Policy::regimesCovering(const QString &countryCode) const
{
    QList<const Regime *> result;
    const bool known = isKnownCountry(countryCode);
    for (const Regime &candidate : regimes) {
        if (!known || candidate.covers(countryCode))
            result.append(&candidate);
    }
    return result;
}

const ApiDomainRule *Policy::apiDomain(const QString &domain) const
{
    for (const ApiDomainRule &rule : apiDomains) {
        if (rule.domain == domain)
            return &rule;
    }
    return nullptr;
}

} // namespace pd
