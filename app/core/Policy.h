#pragma once

#include "core/Category.h"

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

// Where the member downloads a copy of their data (the data-export archive the dashboard reads).
struct DataDownload {
    QString label; // the page's name: "Get a copy of your data"
    QUrl url;
    QString menuPath;
};

// A data-protection authority members of some regions can complain to (GDPR Art. 77 and its UK
// and Swiss counterparts). A region some authority covers is one where such a law applies.
struct ComplaintAuthority {
    QString id;
    QStringList regions; // as written: codes or group names
    QString law;         // "UK GDPR Art. 77"
    QString how;         // what to do, in the member's words
    QUrl url;
    QSet<QString> countries; // resolved by the loader
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
    // The item list (issue 15): a rule with an item kind keeps, per row, a snippet of its text
    // columns (joined by " — ", e.g. a screening question and its answer) and its link column;
    // an HTML file (Articles/) keeps its title and text. Empty kind: the file is counted only.
    QString itemKind;        // "post", "comment", ... (toString(ItemKind)); empty: counts only
    QStringList textColumns; // empty for HTML files
    QString linkColumn;      // empty: the export gives no link
};

// How one domain of the platform's Member Data Portability API maps to the export file it
// mirrors (the mapping is ours): its records carry that file's columns, so the file's rule
// gives the category and the date column. changeResources: the Member Changelog API's
// resourceName values that are changes to this domain's data.
struct ApiDomainRule {
    QString domain;      // snapshotDomain, e.g. MEMBER_SHARE_INFO
    QString archiveFile; // an archiveFiles match, exactly as written there
    QStringList changeResources;
};

// A versioned policy document (resources/policy/*.json). Data, not code: a policy change is a
// new file version. Built only by PolicyLoader, which validates every reference inside it.
class Policy final
{
public:
    QString id;
    QString version;
    QString platform;
    QString language = QStringLiteral("en"); // of the member-facing texts: the one asked if the file has it
    QDate retrieved;
    QString note;
    QStringList countries;
    QList<RegionGroup> regionGroups;
    TrainingSetting setting;
    DataDownload dataDownload;
    QList<ComplaintAuthority> complaintAuthorities; // the first that covers a region applies
    QList<Category> categories;
    QList<Regime> regimes;
    QList<RelatedControl> relatedControls;
    QList<ArchiveFileRule> archiveFiles;
    QList<ApiDomainRule> apiDomains;

    const Category *category(const QString &categoryId) const;
    // The categories whose items the list shows (some archive-file rule keeps items), in the
    // policy's category order; the others are counts only.
    QStringList listedCategories() const;
    const Regime *regime(const QString &regimeId) const;
    const ApiDomainRule *apiDomain(const QString &domain) const; // nullptr: a domain the policy does not map
    // The authority for the country, or nullptr where none of the policy's authorities applies.
    const ComplaintAuthority *complaintAuthority(const QString &countryCode) const;
    bool isKnownCountry(const QString &countryCode) const { return m_countrySet.contains(countryCode); }
    // Regimes whose regions include the country; an unknown country is assumed covered by all
    // (the cautious reading: we cannot rule training out).
    QList<const Regime *> regimesCovering(const QString &countryCode) const;

private:
    friend class PolicyLoader;
    QSet<QString> m_countrySet;
};

} // namespace pd
