#include "core/RegionInference.h"

#include <QHash>
#include <QStringList>

namespace pd {

namespace {

const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> names = [] {
        const char *const table[][2] = {
            {"united states", "US"},
            {"united states of america", "US"},
            {"usa", "US"},
            {"united kingdom", "GB"},
            {"uk", "GB"},
            {"england", "GB"},
            {"scotland", "GB"},
            {"wales", "GB"},
            {"northern ireland", "GB"},
            {"canada", "CA"},
            {"mexico", "MX"},
            {"brazil", "BR"},
            {"argentina", "AR"},
            {"chile", "CL"},
            {"colombia", "CO"},
            {"peru", "PE"},
            {"germany", "DE"},
            {"deutschland", "DE"},
            {"france", "FR"},
            {"spain", "ES"},
            {"españa", "ES"},
            {"italy", "IT"},
            {"italia", "IT"},
            {"portugal", "PT"},
            {"netherlands", "NL"},
            {"the netherlands", "NL"},
            {"belgium", "BE"},
            {"luxembourg", "LU"},
            {"ireland", "IE"},
            {"austria", "AT"},
            {"switzerland", "CH"},
            {"denmark", "DK"},
            {"sweden", "SE"},
            {"norway", "NO"},
            {"finland", "FI"},
            {"iceland", "IS"},
            {"liechtenstein", "LI"},
            {"poland", "PL"},
            {"czechia", "CZ"},
            {"czech republic", "CZ"},
            {"slovakia", "SK"},
            {"hungary", "HU"},
            {"slovenia", "SI"},
            {"croatia", "HR"},
            {"romania", "RO"},
            {"bulgaria", "BG"},
            {"greece", "GR"},
            {"cyprus", "CY"},
            {"malta", "MT"},
            {"estonia", "EE"},
            {"latvia", "LV"},
            {"lithuania", "LT"},
            {"hong kong", "HK"},
            {"hong kong sar", "HK"},
            {"india", "IN"},
            {"china", "CN"},
            {"japan", "JP"},
            {"south korea", "KR"},
            {"singapore", "SG"},
            {"australia", "AU"},
            {"new zealand", "NZ"},
            {"south africa", "ZA"},
            {"nigeria", "NG"},
            {"kenya", "KE"},
            {"egypt", "EG"},
            {"israel", "IL"},
            {"turkey", "TR"},
            {"türkiye", "TR"},
            {"united arab emirates", "AE"},
            {"saudi arabia", "SA"},
            {"ukraine", "UA"},
            {"serbia", "RS"},
            {"philippines", "PH"},
            {"indonesia", "ID"},
            {"malaysia", "MY"},
            {"vietnam", "VN"},
            {"thailand", "TH"},
            {"pakistan", "PK"},
            {"bangladesh", "BD"},
        };
        QHash<QString, QString> map;
        for (const auto &row : table)
            map.insert(QString::fromUtf8(row[0]), QString::fromLatin1(row[1]));
        return map;
    }();
    return names;
}

} // namespace

QString countryFromGeoLocation(const QString &geoLocation)
{
    const QStringList parts = geoLocation.split(u',');
    if (parts.isEmpty())
        return {};
    return countryNames().value(parts.last().simplified().toLower());
}

} // namespace pd
