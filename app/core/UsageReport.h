#pragma once

#include "Category.h"
#include "Exposure.h"
#include "OptOutHistory.h"
#include "UsageSummary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd {

class Clock;
class Policy;

// One category as the report states it: the summary's figures with the policy's wording.
struct ReportCategory {
    QString id;
    QString label;
    QString description;
    TrainingUse genAiTraining = TrainingUse::Unknown;
    QString reason; // why the policy (or our reading of it) puts the category there
    QUrl source;
    qint64 itemCount = 0;
    qint64 mayHaveBeenUsed = 0; // `used` categories only
    qint64 exposedIfUsed = 0;   // `unknown` categories only
    qint64 notUsed = 0;
    bool futureUse = false;
    std::optional<QDate> firstActivity;
    std::optional<QDate> lastActivity;
    bool operator==(const ReportCategory &) const = default;
};

// A regime of the policy that covers the member's region.
struct ReportRegime {
    QString id;
    QString label;
    QDate from;
    std::optional<QDate> to;
    QString legalBasis;
    QList<QUrl> sources;
    bool operator==(const ReportRegime &) const = default;
};

// Another control the training toggle does not cover, with where to find it.
struct ReportControl {
    QString id;
    QString label;
    QString covers;
    QUrl url;
    bool operator==(const ReportControl &) const = default;
};

// One of the member's rights and how to use it.
struct ReportRight {
    QString id;      // "access", "portability", "objection", "erasure", "complaint"
    QString title;   // "Right of access"
    QString article; // "GDPR Art. 15"
    QString how;     // plain language: what to do
    QUrl url;        // where to do it; may be empty
    bool operator==(const ReportRight &) const = default;
};

// One point of GDPR Art. 15(1)(a)-(h), answered in plain language.
struct ReportArticle15Item {
    QString point; // "a" ... "h"
    QString title; // "Purposes of the processing"
    QString text;
    bool operator==(const ReportArticle15Item &) const = default;
};

// The usage report: everything a writer (PDF, HTML, CSV, JSON, letter) renders, in one value.
// Built from a UsageSummary and the policy by buildUsageReport; the plain-language sentences
// are made here once so every format says exactly the same thing. Writers only format.
struct UsageReport {
    static constexpr int FormatVersion = 2; // 2: exposedIfUsed apart from mayHaveBeenUsed

    QString title;         // "Generative-AI training report for <name>"
    QDateTime generatedAt; // the clock's now, UTC
    QString generatorName; // "Privacy Dashboard"
    QString generatorVersion;

    MemberInfo member;
    bool regionKnown = true;
    QString regionLabel;     // "US", or "DE (European Union)"
    bool gdprRegion = false; // EU, EEA, UK or Switzerland: the GDPR (or UK GDPR) applies

    QDateTime asOf;
    SourceInfo source;
    QString sourceDescription; // one sentence naming the source for people

    QString platform;
    QString policyId;
    QString policyVersion;     // the version the figures were computed with
    QString policyTextVersion; // the version of the policy document whose wording is used here
    QDate policyRetrieved;
    QList<QUrl> policySources; // every source the policy cites, deduplicated, in order
    QString settingName;
    QUrl settingUrl;
    QString settingMenuPath;
    QList<ReportRegime> regimes; // the regimes covering the member's region

    OptOutState optOut;
    QList<OptOutChange> history;
    QList<TrainingWindow> trainingWindows;
    bool futureUse = false;
    qint64 totalItems = 0;
    qint64 totalMayHaveBeenUsed = 0; // the only figure stated as "may have been used"
    qint64 totalExposedIfUsed = 0;   // beside it, never added to it
    qint64 totalNotUsed = 0;
    QList<ReportCategory> categories;
    QList<MonthlyActivity> monthly;

    QString optOutStateText; // "You opted out on 2 October 2024 at 08:15 UTC (confirmation ...)."
    QString optOutEffect;    // the statement: stops future training, does not undo past training
    QString memberFigures;   // the statement with the member's own figures
    QString futureUseText;   // whether new items will be used
    QList<ReportControl> otherControls;
    QList<ReportRight> rights;
    QList<ReportArticle15Item> article15;
    QStringList limitations; // what the report cannot know, and anything cached, stale or mismatched

    bool operator==(const UsageReport &) const = default;
};

// Builds the report from a summary and the policy document whose wording it quotes. The
// clock gives the generation time only; the figures keep the summary's as-of time.
UsageReport buildUsageReport(const UsageSummary &summary, const Policy &policy, const Clock &clock);

// Plain-language formatting shared by every writer (UTC, English).
namespace ReportText {
QString date(const QDate &date);                        // "2 October 2024"
QString optionalDate(const std::optional<QDate> &date); // "—" when absent
QString dateTime(const QDateTime &time);                // "2 October 2024, 08:15 UTC"
QString count(qint64 value);                            // "1,234"
QString month(const QDate &month);                      // "Oct 2024"
QString trainingUse(TrainingUse use);                   // "Used for training", "Not used", "Unknown ..."
QString totals(qint64 items, qint64 mayHaveBeenUsed, qint64 exposedIfUsed, qint64 notUsed); // one line, not summed
QString yesNo(bool value);
} // namespace ReportText

} // namespace pd
