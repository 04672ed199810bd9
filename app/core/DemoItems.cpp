#include "core/DemoItems.h"

#include "core/ActivityLedger.h"
#include "core/Policy.h"

#include <array>

namespace pd {

namespace {

// A small deterministic generator (splitmix64): the same items on every run and machine.
class Sequence
{
public:
    explicit Sequence(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    template <typename List> const auto &pick(const List &list) { return list[next() % list.size()]; }

private:
    quint64 m_state;
};

quint64 seedOf(QStringView text, qint64 day)
{
    quint64 hash = 1469598103934665603ULL; // FNV-1a
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash ^ quint64(day);
}

constexpr std::array<QStringView, 12> kTopics{u"our data platform migration",
                                              u"remote onboarding",
                                              u"open-source maintenance",
                                              u"hiring for the design team",
                                              u"the quarterly product review",
                                              u"accessible web forms",
                                              u"a community workshop on privacy",
                                              u"lessons from a failed launch",
                                              u"mentoring junior engineers",
                                              u"measuring customer insight",
                                              u"cloud cost reviews",
                                              u"writing clear documentation"};
constexpr std::array<QStringView, 6> kOpenings{u"Happy to share",   u"Some thoughts on", u"What I learned about",
                                               u"Three weeks into", u"A short note on",  u"Why I keep coming back to"};
constexpr std::array<QStringView, 6> kClosings{
    u"What would you add?", u"Thanks to everyone who helped.",    u"Slides and notes in the comments.",
    u"More next week.",     u"Curious how your teams handle it.", u"#learning #teamwork"};
constexpr std::array<QStringView, 6> kPollOptions{u"Yes",          u"No",     u"Depends on the team",
                                                  u"Remote first", u"Hybrid", u"Office first"};
constexpr std::array<QStringView, 5> kQuestions{
    u"How many years of work experience do you have with Python?", u"Are you comfortable working remotely?",
    u"Do you have a valid work permit?", u"How many years of experience do you have in product management?",
    u"Are you willing to relocate?"};

QString demoText(ItemKind kind, Sequence &random)
{
    const QString topic = random.pick(kTopics).toString();
    switch (kind) {
    case ItemKind::Post:
    case ItemKind::Repost:
    case ItemKind::Media:
        return QStringLiteral("%1 %2. %3")
            .arg(random.pick(kOpenings).toString(), topic, random.pick(kClosings).toString());
    case ItemKind::Article:
        return QStringLiteral("Notes on %1: what worked, what did not, and what we would do again").arg(topic);
    case ItemKind::Comment:
        return QStringLiteral("Great point about %1 — we saw the same thing. %2")
            .arg(topic, random.pick(kClosings).toString());
    case ItemKind::PollVote:
        return random.pick(kPollOptions).toString();
    case ItemKind::AiPrompt:
        return QStringLiteral("Help me prepare for a conversation about %1").arg(topic);
    case ItemKind::ScreeningAnswer:
        return QStringLiteral("%1 — %2").arg(random.pick(kQuestions).toString(),
                                             QString::number(1 + random.next() % 8));
    case ItemKind::Other:
        break;
    }
    return topic;
}

QString demoLink(ItemKind kind, Sequence &random)
{
    const quint64 activity = 6900000000000000000ULL + random.next() % 400000000000000000ULL;
    switch (kind) {
    case ItemKind::Article:
        return QStringLiteral("https://www.linkedin.com/pulse/notes-%1").arg(activity % 100000000);
    case ItemKind::AiPrompt:
    case ItemKind::ScreeningAnswer:
        return {}; // the export gives no link for these
    case ItemKind::Comment: {
        const QString parent = QString::number(activity);
        const QString comment = QString::number(activity + 1 + random.next() % 1000);
        return QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:") + parent +
               QStringLiteral("/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A") + parent + QStringLiteral("%2C") +
               comment + QStringLiteral("%29");
    }
    default:
        break;
    }
    return QStringLiteral("https://www.linkedin.com/feed/update/urn:li:activity:%1/").arg(activity);
}

ItemKind kindOf(const Policy &policy, const QString &categoryId)
{
    for (const ArchiveFileRule &rule : policy.archiveFiles) {
        if (rule.categoryId == categoryId && !rule.itemKind.isEmpty())
            return itemKindFromString(rule.itemKind).value_or(ItemKind::Other);
    }
    return ItemKind::Other;
}

} // namespace

std::shared_ptr<ItemStore> makeDemoItems(const Policy &policy, const ActivityLedger &ledger, ItemStoreLimits limits)
{
    auto store = std::make_shared<ItemStore>(limits);
    for (const QString &categoryId : policy.listedCategories()) {
        store->markListed(categoryId);
        const ItemKind kind = kindOf(policy, categoryId);
        const CategoryActivity &activity = ledger.activity(categoryId);
        const auto addItems = [&](const std::optional<QDate> &day, qint64 count) {
            Sequence random(seedOf(categoryId, day ? day->toJulianDay() : 0));
            for (qint64 i = 0; i < count; ++i) {
                const QString text = demoText(kind, random);
                store->add(categoryId, day, text, demoLink(kind, random), kind);
            }
        };
        for (auto it = activity.daily.constBegin(); it != activity.daily.constEnd(); ++it)
            addItems(it.key(), it.value());
        addItems(std::nullopt, activity.undated);
    }
    store->squeeze();
    return store;
}

} // namespace pd
