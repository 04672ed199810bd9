#include "ui/UiText.h"

#include "core/MemberText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::UiText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::UiText", text);
}
} // namespace

// The formats are MemberText's (one formatter for every output), on screen in the short form
// and the app's locale.
QString dateTime(const QDateTime &time)
{
    return MemberText::dateTime(time, MemberText::Length::Short, QLocale());
}

QString date(const QDate &day)
{
    return MemberText::date(day, MemberText::Length::Short, QLocale());
}

QString date(const std::optional<QDate> &day)
{
    return MemberText::date(day, MemberText::Length::Short, QLocale());
}

QString month(const QDate &month)
{
    return MemberText::month(month, QLocale());
}

QString count(qint64 value)
{
    return MemberText::count(value, QLocale());
}

QString trainingUse(TrainingUse use)
{
    return displayLabel(use);
}

QString source(const SourceInfo &source)
{
    return MemberText::source(source);
}

QString regionName(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    if (territory == QLocale::AnyTerritory)
        return countryCode.isEmpty() ? tr("an unknown country") : countryCode;
    return QLocale::territoryToString(territory);
}

QString memberAnswer(const UsageSummary &summary)
{
    if (!optOutIsMembersAnswer(summary.source.kind))
        return {};
    if (summary.source.kind == SourceInfo::Kind::PlatformApi) {
        if (summary.optOut.optedOut && summary.optOut.changedAt.isValid())
            return tr("Your answer: you opted out on %1").arg(date(summary.optOut.changedAt.toUTC().date()));
        if (summary.optOut.optedOut)
            return tr("Your answer: you opted out");
        return tr("Your answer: you never opted out");
    }
    if (summary.optOut.optedOut && summary.optOut.changedAt.isValid())
        return tr("You told us you opted out on %1").arg(date(summary.optOut.changedAt.toUTC().date()));
    if (summary.optOut.optedOut)
        return tr("You told us you opted out");
    return tr("You told us you never opted out");
}

QString wrappableUrl(const QUrl &url)
{
    QString text = url.toDisplayString();
    for (const QChar mark : {u'/', u'?', u'&'})
        text.replace(mark, QString(mark) + QChar(0x200B));
    return text;
}

QString sentence(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QChar last = trimmed.back();
    if (last != u'.' && last != u'?' && last != u'!' && last != u'\u2026')
        trimmed += u'.';
    return trimmed;
}

} // namespace pd::UiText
