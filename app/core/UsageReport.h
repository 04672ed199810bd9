#pragma once

#include "core/ItemStore.h"
#include "core/Policy.h"
#include "core/UsageSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pd {

class Clock;

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

// The usage report: everything a writer (PDF, HTML, CSV, JSON, letter) renders, in one value:
// the summary's figures as computed, the policy document whose wording it quotes (looked up,
// not copied), and what only a report adds. Built by buildUsageReport; the plain-language
// sentences are made there once so every format says exactly the same thing. Writers only format.
// Issue 15: the optional appendix of the items that may have been used. The export dialog's
// option and the CLI's `report --items-appendix` set UsageReport::itemsAppendix; CSV (a third
// file, FILE-items.csv) and JSON list every item, PDF and HTML the first PrintedItems and the count.
struct ReportItemsAppendix {
    static constexpr int PrintedItems = 200;
    struct CategoryItems {
        QString id;
        qint64 count = 0;
        std::optional<QDate> first; // the dated items' range
        std::optional<QDate> last;
        bool operator==(const CategoryItems &) const = default;
    };
    QList<MemberItem> items;         // every listed item that may have been used: dated oldest first, then undated
    QList<CategoryItems> categories; // per listed category with such items, in the list's order
    bool truncated = false;          // the list's cap was reached: it holds only the first items
    qint64 refused = 0;
    bool operator==(const ReportItemsAppendix &) const = default;
};
ReportItemsAppendix buildItemsAppendix(const ItemList &list);

struct UsageReport {
    static constexpr int FormatVersion = 2; // 2: exposedIfUsed apart from mayHaveBeenUsed

    UsageSummary summary; // the figures, with the summary's as-of time and policy version
    Policy policy;        // the document whose wording is used here (its version may differ)

    QString title;         // "Generative-AI training report for <name>"
    QDateTime generatedAt; // the clock's now, UTC
    QString generatorName; // "Privacy Dashboard"
    QString generatorVersion;

    QString regionLabel;       // "US", or "DE (European Union)"
    bool gdprRegion = false;   // a complaint authority of the policy covers the region
    QString sourceDescription; // one sentence naming the source for people
    QList<QUrl> policySources; // every source the policy cites, deduplicated, in order
    QList<Regime> regimes;     // the policy's regimes covering the member's region

    QString optOutStateText; // "You opted out on 2 October 2024 at 08:15 UTC (confirmation ...)."
    QString optOutEffect;    // the statement: stops future training, does not undo past training
    QString memberFigures;   // the statement with the member's own figures
    QString futureUseText;   // whether new items will be used
    QList<ReportRight> rights;
    QList<ReportArticle15Item> article15;
    QStringList limitations; // what the report cannot know, and anything cached, stale or mismatched
    std::optional<ReportItemsAppendix> itemsAppendix; // issue 15: absent unless asked for

    // The policy's wording for a category of the summary, by id. A category the policy does not
    // name has no description or source, and a reason that says so.
    Category wordingOf(const QString &categoryId) const;
};

// Builds the report from a summary and the policy document whose wording it quotes. The
// clock gives the generation time only; the figures keep the summary's as-of time.
UsageReport buildUsageReport(const UsageSummary &summary, const Policy &policy, const Clock &clock);

} // namespace pd
