#include "core/MemberText.h"

#include <QCoreApplication>

namespace pd::MemberText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::MemberText", text);
}

const QString None = QStringLiteral("—");
} // namespace

const QLocale &recordLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QLocale memberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? recordLocale() : locale;
}

QString memberLanguage()
{
    const QLocale locale = memberLocale();
    return locale.language() == QLocale::C ? QStringLiteral("en") : locale.name().section(u'_', 0, 0);
}

QString date(const QDate &day, Length length, const QLocale &locale)
{
    if (!day.isValid())
        return None;
    // The day-month-year order of the English record, with the words a language puts between them
    // ("2 de octubre de 2024"); English keeps "2 October 2024" whatever its country.
    if (locale.language() == QLocale::Spanish)
        return locale.toString(day, length == Length::Long ? QStringLiteral("d 'de' MMMM 'de' yyyy")
                                                           : QStringLiteral("d MMM yyyy"));
    return locale.toString(day, length == Length::Long ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d MMM yyyy"));
}

QString date(const std::optional<QDate> &day, Length length, const QLocale &locale)
{
    return day ? date(*day, length, locale) : None;
}

QString dateTime(const QDateTime &time, Length length, const QLocale &locale)
{
    if (!time.isValid())
        return length == Length::Long ? None : tr("unknown time");
    const QDateTime utc = time.toUTC();
    return date(utc.date(), length, locale) + QStringLiteral(", ") + utc.time().toString(QStringLiteral("HH:mm")) +
           QStringLiteral(" UTC");
}

QString month(const QDate &month, const QLocale &locale)
{
    return locale.toString(month, QStringLiteral("MMM yyyy"));
}

QString count(qint64 value, const QLocale &locale)
{
    // The C locale omits group separators by default; people read 12,345 more easily.
    QLocale grouped = locale;
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return grouped.toString(value);
}

QString items(qint64 value)
{
    return value == 1 ? tr("1 item") : tr("%1 items").arg(count(value));
}

QString trainingUse(TrainingUse use)
{
    switch (use) {
    case TrainingUse::Used:
        return tr("Used for training");
    case TrainingUse::NotUsed:
        return tr("Not used for training");
    case TrainingUse::Unknown:
        break;
    }
    return tr("Unknown: the platform has not said either way");
}

QString figureName(Figure figure)
{
    switch (figure) {
    case Figure::MayHaveBeenUsed:
        return tr("May have been used");
    case Figure::ExposedIfUsed:
        return tr("Not said either way");
    case Figure::NotUsed:
        return tr("Not used");
    case Figure::NotForTraining:
        break;
    }
    return tr("Not for training");
}

QString itemStatus(ItemStatus status)
{
    switch (status) {
    case ItemStatus::MayHaveBeenUsed:
        return figureName(Figure::MayHaveBeenUsed);
    case ItemStatus::Unknown:
        return figureName(Figure::ExposedIfUsed);
    case ItemStatus::NotUsed:
        break;
    }
    return figureName(Figure::NotUsed);
}

QString itemListCapped(qint64 kept, qint64 refused)
{
    return tr("The list holds only the first %1 items; %2 more were not kept (the figures still count them).")
        .arg(count(kept), count(refused));
}

QString totals(qint64 items, qint64 mayHaveBeenUsed, qint64 exposedIfUsed, qint64 notUsed)
{
    return tr("%1 items · %2 %3 · %4 %5 · %6 not used")
        .arg(count(items), count(mayHaveBeenUsed), mayHaveBeenUsedWords(), count(exposedIfUsed), exposedIfUsedWords(),
             count(notUsed));
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString source(const SourceInfo &source, bool withDigest)
{
    QString text;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        text = tr("Demo data (%1)").arg(source.location);
        break;
    case SourceInfo::Kind::Server:
        text = tr("Server %1").arg(source.location);
        break;
    case SourceInfo::Kind::PlatformApi:
        text = tr("LinkedIn's API at %1").arg(source.location);
        break;
    case SourceInfo::Kind::Archive:
        text = tr("Data export %1").arg(source.location);
        if (withDigest && !source.sha256.isEmpty())
            text += QStringLiteral(" (SHA-256 %1)").arg(source.sha256);
        break;
    }
    if (source.stale)
        text += tr(" — from cache, may be out of date");
    return text;
}

} // namespace pd::MemberText
