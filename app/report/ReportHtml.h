#pragma once

#include "core/UsageReport.h"

#include <QString>
#include <QUrl>

namespace pd {

// The report as HTML, in two flavours from one generator so both say the same thing:
// Browser - a self-contained page (inline CSS, inline SVG chart, no script, no external
//           resource, Content-Security-Policy default-src 'none'; style-src 'unsafe-inline'),
// RichText - the subset QTextDocument understands, with a title page and a reserved slot the
//           PDF writer paints the vector chart into.
// Every value from the report is escaped for its context; links are emitted only for https URLs.
class ReportHtml final
{
public:
    enum class Flavour {
        Browser,
        RichText,
    };

    // chartMarker: for RichText, the text of the paragraph the PDF writer replaces by the chart.
    static QString document(const UsageReport &report, Flavour flavour, const QString &chartMarker = {});

    static QString escape(const QString &text);                     // & < > " ' and control characters
    static QString link(const QUrl &url, const QString &text = {}); // <a> for https, else escaped text
};

} // namespace pd
