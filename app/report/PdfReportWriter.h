#pragma once

#include "core/Result.h"
#include "core/UsageReport.h"

#include <QByteArray>
#include <QPageSize>

namespace pd {

// The report and the objection letter as PDF: QTextDocument laid out on QPdfWriter pages with
// a footer (title, "Page n of m"), tables whose header rows repeat on each page, the chart
// painted as vectors, TrueType fonts embedded (subset) by Qt's PDF engine, and metadata
// (title, author = the member, creator, creation date = the report's generation time).
//
// Needs a QGuiApplication (fonts) but no window system: the CLI runs on the "offscreen"
// platform. Reentrant: each call owns its document and writer, so it runs on worker threads.
// The document never loads a resource: images, links or style sheets in data stay text.
class PdfReportWriter final
{
public:
    static Result<QByteArray> report(const UsageReport &report, QPageSize::PageSizeId paper);
    static Result<QByteArray> letter(const UsageReport &report, QPageSize::PageSizeId paper);
};

} // namespace pd
