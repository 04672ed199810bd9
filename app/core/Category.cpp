#include "core/Category.h"

#include <QCoreApplication>

namespace pd {

QString toString(TrainingUse use)
{
    switch (use) {
    case TrainingUse::Used:
        return QStringLiteral("used");
    case TrainingUse::NotUsed:
        return QStringLiteral("not-used");
    case TrainingUse::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<TrainingUse> trainingUseFromString(const QString &text)
{
    if (text == u"used")
        return TrainingUse::Used;
    if (text == u"not-used")
        return TrainingUse::NotUsed;
    if (text == u"unknown")
        return TrainingUse::Unknown;
    return std::nullopt;
}

QString displayLabel(TrainingUse use)
{
    switch (use) {
    case TrainingUse::Used:
        return QCoreApplication::translate("pd::TrainingUse", "Used");
    case TrainingUse::NotUsed:
        return QCoreApplication::translate("pd::TrainingUse", "Not used");
    case TrainingUse::Unknown:
        break;
    }
    return QCoreApplication::translate("pd::TrainingUse", "Unknown");
}

QString mayHaveBeenUsedWords()
{
    return QCoreApplication::translate("pd::TrainingUse", "may have been used");
}

QString exposedIfUsedWords()
{
    return QCoreApplication::translate("pd::TrainingUse", "in categories the platform has not said either way");
}

} // namespace pd
