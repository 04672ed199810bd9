#pragma once

#include <QString>

namespace pd {

// The member's country from Profile.csv's "Geo Location" ("Berlin, Germany" → DE), only when
// its last part is a country name in a small known table; anything else ("San Francisco Bay
// Area", a city alone) gives an empty string: the export does not say, so we do not guess.
// Registration.csv holds only an IP address, which we do not geolocate.
QString countryFromGeoLocation(const QString &geoLocation);

} // namespace pd
