#include "report/PdfReportWriter.h"

#include "report/ObjectionLetter.h"
#include "report/ReportChart.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QUuid>

#include <functional>
#include <memory>

namespace pd {

namespace {

constexpr int Resolution = 300;
constexpr int ChartObjectType = QTextFormat::UserObject + 1;

// A text document that never loads anything: <img src>, @import or links in data must not
// open a file or a socket while the PDF is rendered.
class SealedDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};

// Paints the chart into the document as vectors wherever the layout places it.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const ReportChart &chart, QSizeF size)
        : m_chart(chart)
        , m_size(size)
    {}
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return m_size; }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        m_chart.paint(painter, rect);
    }

private:
    const ReportChart &m_chart;
    QSizeF m_size;
};

Error needsGui()
{
    return Error::internal(QStringLiteral("PDF export needs the graphical part of Qt (fonts); it is not available "
                                          "in this process"));
}

QByteArray pdfTextString(const QString &text)
{
    // UTF-16BE with a byte-order mark, as a hex string: safe for any character.
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray pdfDate(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QByteArray xmpMetadata(const QString &title, const QString &author, const QString &creator, const QDateTime &created)
{
    const QString date = created.toUTC().toString(Qt::ISODate);
    const QString xmp =
        QStringLiteral("<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
                       "<xmp:CreateDate>%4</xmp:CreateDate>\n"
                       "<xmp:ModifyDate>%4</xmp:ModifyDate>\n"
                       "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
            .arg(ReportHtml::escape(title), ReportHtml::escape(author), ReportHtml::escape(creator), date);
    return xmp.toUtf8();
}

// Qt 6.4's PDF engine writes no /Author. Append an incremental update (ISO 32000-1, 7.5.6)
// that replaces the document information dictionary: the original bytes stay as they are.
Result<QByteArray> withInfo(QByteArray pdf, const QString &title, const QString &author, const QString &creator,
                            const QDateTime &created)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return Error::internal(QStringLiteral("unexpected PDF structure from the PDF engine"));
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    const QString tail = QString::fromLatin1(pdf.mid(startXrefAt));
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R")).match(trailer);
    const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R")).match(trailer);
    const auto prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")).match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return Error::internal(QStringLiteral("unexpected PDF trailer from the PDF engine"));

    qint64 objectCount = size.captured(1).toLongLong();
    const qint64 infoObject = info.hasMatch() ? info.captured(1).toLongLong() : objectCount++;
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qsizetype infoOffset = pdf.size();
    pdf += QByteArray::number(infoObject) + " 0 obj\n<<\n/Title " + pdfTextString(title) + "\n/Author " +
           pdfTextString(author) + "\n/Creator " + pdfTextString(creator) + "\n/Producer " +
           pdfTextString(creator + QStringLiteral(" (Qt ") + QString::fromLatin1(qVersion()) + u')') +
           "\n/CreationDate " + pdfDate(created) + "\n/ModDate " + pdfDate(created) + "\n>>\nendobj\n";
    const qsizetype xrefOffset = pdf.size();
    pdf += "xref\n" + QByteArray::number(infoObject) + " 1\n" + QByteArray::number(infoOffset).rightJustified(10, '0') +
           " 00000 n\r\n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objectCount) + " /Root " + root.captured(1).toLatin1() + ' ' +
           root.captured(2).toLatin1() + " R /Info " + QByteArray::number(infoObject) + " 0 R /Prev " +
           prev.captured(1).toLatin1() + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return pdf;
}

struct PageSetup {
    QString title;
    QString author;
    QString creator;
    QDateTime created;
    QPageSize::PageSizeId paper;
};

// Keeps each heading on the page of the first line that follows it: a heading whose next line
// falls on a later page gets a page break before it. A move shifts what follows, so the scan
// starts again after each one (a report has a few dozen headings).
void keepHeadingsWithNext(QTextDocument &document, double pageHeight)
{
    const auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    bool moved = true;
    while (moved) {
        moved = false;
        document.pageCount(); // lays the document out
        const QAbstractTextDocumentLayout *layout = document.documentLayout();
        for (QTextBlock block = document.begin(); block.isValid() && block.next().isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QTextBlock next = block.next();
            const QRectF following = layout->blockBoundingRect(next);
            const double firstLineBottom =
                following.top() +
                (next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).rect().bottom() : following.height());
            if (pageOf(layout->blockBoundingRect(block).top()) == pageOf(firstLineBottom - 1))
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
            break;
        }
    }
}

// Lays the document out on pages of the writer and paints each with its footer.
Result<QByteArray> renderPages(QTextDocument &document, QPdfWriter &writer, QBuffer &buffer, const PageSetup &setup,
                               const std::function<void(QTextDocument &, QSizeF)> &beforeLayout)
{
    const QRectF paint(QPointF(0, 0), writer.pageLayout().paintRectPixels(Resolution).size());
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const double footerHeight = footerMetrics.height() * 3;
    const QSizeF body(paint.width(), paint.height() - footerHeight);

    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body);
    if (beforeLayout)
        beforeLayout(document, body);
    document.setPageSize(body); // relayout after any inserted objects
    keepHeadingsWithNext(document, body.height());
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::internal(QStringLiteral("cannot start the PDF"));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        painter.setClipRect(QRectF(0, page * body.height(), body.width(), body.height()));
        // The layout draws every line whose top is not below the clip; a line pushed to the next
        // page starts exactly at this page's bottom and would be drawn (invisibly, but present
        // for text extraction and search) twice. One device pixel less keeps it off this page.
        context.clip = QRectF(0, page * body.height(), body.width(), body.height() - 1);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, paint.height() - footerMetrics.height() * 1.5, paint.width(),
                            footerMetrics.height() * 1.5);
        painter.drawLine(QPointF(0, footer.top() - footerMetrics.height() * 0.5),
                         QPointF(paint.width(), footer.top() - footerMetrics.height() * 0.5));
        const QString pageText =
            QCoreApplication::translate("pd::PdfReportWriter", "Page %1 of %2").arg(page + 1).arg(pages);
        const double pageWidth = footerMetrics.horizontalAdvance(pageText);
        painter.drawText(footer.adjusted(0, 0, -pageWidth - footerMetrics.height(), 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(setup.title, Qt::ElideRight,
                                                  footer.width() - pageWidth - footerMetrics.height() * 2));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    if (!painter.end())
        return Error::internal(QStringLiteral("cannot finish the PDF"));
    buffer.close();
    return withInfo(buffer.data(), setup.title, setup.author, setup.creator, setup.created);
}

void prepareWriter(QPdfWriter &writer, const PageSetup &setup)
{
    writer.setResolution(Resolution);
    writer.setTitle(setup.title);
    writer.setCreator(setup.creator);
    writer.setDocumentXmpMetadata(xmpMetadata(setup.title, setup.author, setup.creator, setup.created));
    writer.setPageLayout(
        QPageLayout(QPageSize(setup.paper), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
}

PageSetup setupFor(const UsageReport &report, const QString &title, QPageSize::PageSizeId paper)
{
    return {title, report.summary.member.name, report.generatorName + u' ' + report.generatorVersion,
            report.generatedAt.isValid() ? report.generatedAt : QDateTime::currentDateTimeUtc(), paper};
}

bool haveGui()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

Result<QByteArray> PdfReportWriter::report(const UsageReport &report, QPageSize::PageSizeId paper)
{
    if (!haveGui())
        return needsGui();
    const PageSetup setup = setupFor(report, report.title, paper);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    prepareWriter(writer, setup);

    const ReportChart chart(report);
    // A marker no member data can contain, replaced by the chart after parsing.
    const QString marker = QStringLiteral("pd-chart-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    SealedDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    // No ligatures for Latin text: "ﬁ" glyphs make "Profile" unsearchable in some viewers.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(ReportHtml::document(report, ReportHtml::Flavour::RichText, marker));

    std::unique_ptr<ChartObject> chartObject;
    const auto insertChart = [&](QTextDocument &doc, QSizeF body) {
        QTextCursor cursor = doc.find(marker);
        if (cursor.isNull())
            return;
        chartObject = std::make_unique<ChartObject>(chart, QSizeF(body.width(), body.width() * 0.36));
        doc.documentLayout()->registerHandler(ChartObjectType, chartObject.get());
        QTextCharFormat format;
        format.setObjectType(ChartObjectType);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    };
    return renderPages(document, writer, buffer, setup, insertChart);
}

Result<QByteArray> PdfReportWriter::letter(const UsageReport &report, QPageSize::PageSizeId paper)
{
    if (!haveGui())
        return needsGui();
    const PageSetup setup = setupFor(report, ObjectionLetter::subject(report), paper);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    prepareWriter(writer, setup);

    SealedDocument document;
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10.5);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPlainText(ObjectionLetter::text(report));
    return renderPages(document, writer, buffer, setup, {});
}

} // namespace pd

#include "PdfReportWriter.moc"
