#pragma once

#include "core/Exposure.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The items behind the figures (issue 15): one post, article, comment, poll vote, AI-feature
// prompt or saved screening answer of the member, as the list, the CLI `items` command, the
// report appendix and the API's /v1/me/items show it. Only the categories whose items carry
// content are listed (the policy's archiveFiles with a textColumn say which); the others stay
// counts. Item text is the member's personal data: it lives only in memory (ItemStore), never
// in a plain file (docs/items.md).

// Where an item stands, by the summary's exposure rule (itemExposure, the rule the summary's
// figures are counted by), so the list's counts per category and status equal the summary's:
//   MayHaveBeenUsed — counted in the category's `mayHaveBeenUsed` (a `used` category, the item
//                     existed during a training window);
//   Unknown         — counted in `exposedIfUsed`: a category the platform has not named either
//                     way, the item existed during a training window;
//   NotUsed         — counted in `notUsed` (every other item).
enum class ItemStatus : quint8 {
    NotUsed,
    MayHaveBeenUsed,
    Unknown,
};
QString toString(ItemStatus status); // "not-used", "may-have-been-used", "unknown" (CLI, JSON, API)
std::optional<ItemStatus> itemStatusFromString(QStringView text);
ItemStatus toItemStatus(ItemExposure exposure);

// What an item is (finer than the category: a post or a repost; the JSON says it).
enum class ItemKind : quint8 {
    Post,
    Repost,
    Media, // a photo, video or document uploaded with a post
    Article,
    Comment,
    PollVote,
    AiPrompt,
    ScreeningAnswer,
    Other,
};
QString toString(ItemKind kind); // "post", "repost", "media", "article", "comment", "poll-vote", "ai-prompt",
                                 // "screening-answer", "other"
std::optional<ItemKind> itemKindFromString(QStringView text);

// The longest snippet kept, in UTF-16 code units (a surrogate pair is never split).
inline constexpr qsizetype kSnippetLength = 200;

// The first kSnippetLength characters of `text` on one line: line breaks, tabs and the literal
// "\n" sequences the Shares export leaves (LINKEDIN-FACTS §4 quirk 4) become one space, runs of
// white space collapse, control characters go; trimmed. Never longer than kSnippetLength, with
// "…" as its last character when cut.
QString makeSnippet(QStringView text);

// One item, as a value (the CLI, the reports, the API codec). The store keeps items compactly
// and hands these out one at a time.
struct MemberItem {
    QString categoryId;
    std::optional<QDate> date; // the UTC day it was created; empty: the export gives no date
    QString text;              // a snippet (makeSnippet)
    QString link;              // the item on the platform; empty when the export has none
    ItemKind kind = ItemKind::Other;
    ItemStatus status = ItemStatus::NotUsed;
    std::optional<TrainingWindow> window; // the first training window it existed in (exposed items)
    bool operator==(const MemberItem &) const = default;
};

} // namespace pd
