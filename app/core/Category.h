#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace pd {

// How the platform's policy treats a category of member data for generative-AI training.
enum class TrainingUse {
    Used,
    NotUsed,
    Unknown,
};

QString toString(TrainingUse use); // "used", "not-used", "unknown" (the JSON spelling)
std::optional<TrainingUse> trainingUseFromString(const QString &text);
QString displayLabel(TrainingUse use); // "Used", "Not used", "Unknown" (for people)

struct Category {
    QString id;
    QString label;
    QString description;
    TrainingUse genAiTraining = TrainingUse::Unknown;
    QString reason; // why the policy (or our reading of it) puts it there
    QUrl source;
};

} // namespace pd
