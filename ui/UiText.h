#pragma once

#include "core/Category.h"
#include "core/UsageSummary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUrl>

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
QString regionName(const QString &countryCode); // "United States" (no code: members read names)
// For a source that cannot confirm the setting (a data export): the opt-out state as the
// member's own answer, "You told us you opted out on 2 Oct 2024" / "You told us you never opted
// out". Empty for a source that reports the setting itself.
QString memberAnswer(const UsageSummary &summary);
// An address for a word-wrapped label: may break after "/", "?" and "&" (zero-width spaces), so
// a long one wraps instead of widening the page.
QString wrappableUrl(const QUrl &url);
// The text as a sentence: trimmed, with a full stop added unless it ends with one (or ? ! …), so
// that sentences put one after another never run together.
QString sentence(const QString &text);

} // namespace UiText

} // namespace pd
