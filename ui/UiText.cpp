#include "UiText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::UiText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pd::UiText", text);
}
} // namespace

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown time");
    return QLocale().toString(time.toUTC(), QStringLiteral("d MMM yyyy, HH:mm")) + QStringLiteral(" UTC");
}

QString date(const QDate &day)
{
    if (!day.isValid())
        return tr("—");
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString date(const std::optional<QDate> &day)
{
    return day ? date(*day) : tr("—");
}

QString month(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString count(qint64 value)
{
    // The C locale omits group separators by default; people read 12,345 more easily.
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value);
}

QString trainingUse(TrainingUse use)
{
    return displayLabel(use);
}

QString source(const SourceInfo &source)
{
    QString text;
    switch (source.kind) {
    case SourceInfo::Kind::Demo:
        text = tr("Demo data (%1)").arg(source.location);
        break;
    case SourceInfo::Kind::Server:
        text = tr("Server %1").arg(source.location);
        break;
    case SourceInfo::Kind::Archive:
        text = tr("Data export %1").arg(source.location);
        break;
    }
    if (source.stale)
        text += tr(" — from cache, may be out of date");
    return text;
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
    if (summary.source.kind != SourceInfo::Kind::Archive)
        return {};
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
