#pragma once

#include "Category.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd {

// A named set of countries (EU, EEA, ...). Region groups are policy data, never code.
struct RegionGroup {
    QString name;
    QString label;
    QStringList countries; // ISO 3166-1 alpha-2
};

// A period in which the policy lets the platform train on members' data in some regions.
struct Regime {
    QString id;
    QString label;
    QDate from;              // first day (UTC) the regime applies
    std::optional<QDate> to; // first day it no longer applies; open-ended when absent
    QStringList include;     // as written: codes, group names or "*"
    QStringList exclude;
    QString legalBasis;
    QString description;
    QList<QUrl> sources;

    // Resolved by the loader from include/exclude and the region groups.
    bool includesAllCountries = false;
    QSet<QString> includedCountries;
    QSet<QString> excludedCountries;

    bool covers(const QString &countryCode) const;
    bool appliesOn(const QDate &day) const { return day >= from && (!to || day < *to); }
};

// The platform's setting that controls training on a member's data.
struct TrainingSetting {
    QString name;
    QUrl url;
    QString menuPath;
    QString question;
    QString toggleLabel;
    bool defaultOptedOut = false;
    QString effectOfOptingOut;
    QString notCovered;
    QUrl source;
};

// A control the training toggle does not cover (objection form, ad-data sharing, ...).
struct RelatedControl {
    QString id;
    QString label;
    QString covers;
    QUrl url;
    QUrl source;
};

// How one file of the member's data-export archive maps to a category (the mapping is ours).
struct ArchiveFileRule {
    QString match; // file-name prefix, compared ignoring case, spaces and underscores
    QString categoryId;
    QString dateColumn; // empty: every row counts as undated
    QString dateFormat; // a format id the archive reader knows ("iso-datetime", ...)
    // A file with exactly these columns says where media can be downloaded: its rows are
    // links, not items (the older Rich Media.csv: Type,Link). Empty: no such form.
    QStringList pointerHeader;
};

// A versioned policy document (resources/policy/*.json). Data, not code: a policy change is a
// new file version. Built only by PolicyLoader, which validates every reference inside it.
class Policy final
{
public:
    QString id;
    QString version;
    QString platform;
    QDate retrieved;
    QString note;
    QStringList countries;
    QList<RegionGroup> regionGroups;
    TrainingSetting setting;
    QList<Category> categories;
    QList<Regime> regimes;
    QList<RelatedControl> relatedControls;
    QList<ArchiveFileRule> archiveFiles;

    const Category *category(const QString &categoryId) const;
    const Regime *regime(const QString &regimeId) const;
    bool isKnownCountry(const QString &countryCode) const { return m_countrySet.contains(countryCode); }
    // Regimes whose regions include the country; an unknown country is assumed covered by all
    // (the cautious reading: we cannot rule training out).
    QList<const Regime *> regimesCovering(const QString &countryCode) const;

private:
    friend class PolicyLoader;
    QSet<QString> m_countrySet;
};

} // namespace pd
