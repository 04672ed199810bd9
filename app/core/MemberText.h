#pragma once

#include "core/Category.h"
#include "core/MemberItem.h"
#include "core/UsageSummary.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace pd {

// How every output (reports, desktop app, CLI) writes dates, counts and the training use. Times are
// UTC with the zone named. Defaults: the member's locale (memberLocale), so under LANG=C or en_US
// the output is the same English as before, and under es_ES it is "2 de octubre de 2024", "1.234".
namespace MemberText {

enum class Length {
    Long,  // "2 October 2024" (reports)
    Short, // "2 Oct 2024" (screens)
};

const QLocale &recordLocale(); // English (United States)
// The locale of the member's language: QLocale() (Translations::install makes the chosen language,
// or the system's, the default); the C locale, which names no language, stands for recordLocale().
QLocale memberLocale();
// The member's language as a code ("es", "en"): the language policies and reports are written in.
QString memberLanguage();

// "2 October 2024" / "2 de octubre de 2024"; "—" if invalid
QString date(const QDate &day, Length length = Length::Long, const QLocale &locale = memberLocale());
QString date(const std::optional<QDate> &day, Length length = Length::Long, const QLocale &locale = memberLocale());
QString dateTime(const QDateTime &time, Length length = Length::Long, const QLocale &locale = memberLocale());
QString month(const QDate &month, const QLocale &locale = memberLocale()); // "Oct 2024"
QString count(qint64 value, const QLocale &locale = memberLocale());       // grouped: "1,234"
QString items(qint64 value);                                               // "1 item", "1,234 items"
QString trainingUse(TrainingUse use); // "Used for training", "Not used for training", "Unknown: …"
QString totals(qint64 items, qint64 mayHaveBeenUsed, qint64 exposedIfUsed, qint64 notUsed); // one line, not summed
QString yesNo(bool value);
// The four figures' names, the same in every table header, chart legend, help page, CLI table and
// report: "May have been used", "Not said either way", "Not used", "Not for training".
enum class Figure { MayHaveBeenUsed, ExposedIfUsed, NotUsed, NotForTraining };
QString figureName(Figure figure);
// Where the figures came from, in one line: "Demo data (…)", "Server https://…", "Data export
// X.zip" (with its SHA-256 when asked), and whether they come from a cache.
QString source(const SourceInfo &source, bool withDigest = false);
// An item's status in the words of the figure it is counted in (figureName): "May have been used",
// "Not said either way", "Not used".
QString itemStatus(ItemStatus status);
// The item list's cap (issue 15): "The list holds only the first 200,000 items; 1,234 more were
// not kept (the figures still count them)."
QString itemListCapped(qint64 kept, qint64 refused);

} // namespace MemberText

} // namespace pd
