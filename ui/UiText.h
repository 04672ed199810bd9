#pragma once

#include "Category.h"
#include "UsageSummary.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pd {

// How the dashboard writes times, dates, counts and sources for people. Times are always in
// UTC with the zone named, so the member can match them with the server's confirmation.
namespace UiText {

QString dateTime(const QDateTime &time); // "2 Oct 2024, 08:15 UTC"
QString date(const QDate &day);          // "2 Oct 2024"
QString date(const std::optional<QDate> &day);
QString month(const QDate &month); // "Oct 2024"
QString count(qint64 value);       // grouped: "1,234"
QString trainingUse(TrainingUse use);
QString source(const SourceInfo &source);
QString regionName(const QString &countryCode); // "United States (US)"

} // namespace UiText

} // namespace pd
