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

// The member's words for the two exposure figures, said the same way in every output. They
// sit side by side and are never summed (DESIGN §3).
QString mayHaveBeenUsedWords(); // "may have been used": items of `used` categories
QString exposedIfUsedWords();   // "in categories the platform has not said either way"

struct Category {
    QString id;
    QString label;
    QString description;
    TrainingUse genAiTraining = TrainingUse::Unknown;
    QString reason; // why the policy (or our reading of it) puts it there
    QUrl source;
};

} // namespace pd
