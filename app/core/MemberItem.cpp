#include "core/MemberItem.h"

#include <array>

namespace pd {

namespace {

struct StatusName {
    ItemStatus status;
    QStringView name;
};
constexpr std::array kStatusNames{
    StatusName{ItemStatus::MayHaveBeenUsed, u"may-have-been-used"},
    StatusName{ItemStatus::NotUsed, u"not-used"},
    StatusName{ItemStatus::Unknown, u"unknown"},
};

struct KindName {
    ItemKind kind;
    QStringView name;
};
constexpr std::array kKindNames{
    KindName{ItemKind::Post, u"post"},          KindName{ItemKind::Repost, u"repost"},
    KindName{ItemKind::Media, u"media"},        KindName{ItemKind::Article, u"article"},
    KindName{ItemKind::Comment, u"comment"},    KindName{ItemKind::PollVote, u"poll-vote"},
    KindName{ItemKind::AiPrompt, u"ai-prompt"}, KindName{ItemKind::ScreeningAnswer, u"screening-answer"},
    KindName{ItemKind::Other, u"other"},
};

bool isSpaceLike(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x00A0 ||
           c == 0x2028 || c == 0x2029 || c == 0x0085;
}

bool isDropped(char16_t c)
{
    // Other C0/C1 controls and the bidirectional overrides that could reorder a line on screen.
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString toString(ItemStatus status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return entry.name.toString();
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromString(QStringView text)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.name == text)
            return entry.status;
    }
    return std::nullopt;
}

ItemStatus toItemStatus(ItemExposure exposure)
{
    switch (exposure) {
    case ItemExposure::MayHaveBeenUsed:
        return ItemStatus::MayHaveBeenUsed;
    case ItemExposure::ExposedIfUsed:
        return ItemStatus::Unknown;
    case ItemExposure::NotUsed:
        break;
    }
    return ItemStatus::NotUsed;
}

QString toString(ItemKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return QStringLiteral("other");
}

std::optional<ItemKind> itemKindFromString(QStringView text)
{
    for (const KindName &entry : kKindNames) {
        if (entry.name == text)
            return entry.kind;
    }
    return std::nullopt;
}

QString makeSnippet(QStringView text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kSnippetLength + 1));
    bool pendingSpace = false;
    bool cut = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        // The Shares export leaves a literal backslash-n at line breaks.
        if (c == u'\\' && i + 1 < text.size() && (text[i + 1] == u'n' || text[i + 1] == u'r')) {
            ++i;
            c = u'\n';
        }
        if (isSpaceLike(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isDropped(c))
            continue;
        const qsizetype needed = (pendingSpace ? 1 : 0) + (QChar::isHighSurrogate(c) ? 2 : 1);
        if (out.size() + needed > kSnippetLength) {
            cut = true;
            break;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out.append(QChar(c));
                out.append(text[++i]);
            }
            continue; // a lone surrogate is dropped
        }
        if (QChar::isLowSurrogate(c))
            continue;
        out.append(QChar(c));
    }
    if (cut) {
        // Room for the ellipsis: drop the last character (both halves of a pair) and a trailing space.
        while (out.size() > kSnippetLength - 1)
            out.chop(out.size() >= 2 && out.back().isLowSurrogate() ? 2 : 1);
        while (!out.isEmpty() && out.back() == u' ')
            out.chop(1);
        out.append(QChar(0x2026));
    }
    return out;
}

} // namespace pd
