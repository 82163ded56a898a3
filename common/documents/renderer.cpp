#include "renderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ebilim::Documents {

namespace {

const QUrl kQrUrl(QStringLiteral("ebilim:qr"));

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))
        || s.startsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char(' '))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

/// Spreadsheets run text that starts with = + - @ as a formula; a leading apostrophe stops that.
QString csvSafe(const QString &s, ColumnType type)
{
    if (type == ColumnType::Text && !s.isEmpty()
        && (s.at(0) == QLatin1Char('=') || s.at(0) == QLatin1Char('+') || s.at(0) == QLatin1Char('-') || s.at(0) == QLatin1Char('@'))) {
        return QLatin1Char('\'') + s;
    }
    return s;
}

QString xmlValue(const QVariant &v, ColumnType type)
{
    if (v.typeId() == QMetaType::QDate) {
        return v.toDate().toString(Qt::ISODate);
    }
    if (v.typeId() == QMetaType::Bool) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (type == ColumnType::Money) {
        return QString::number(v.toDouble(), 'f', 2);
    }
    if (v.typeId() == QMetaType::Double) {
        return QString::number(v.toDouble(), 'g', 15);
    }
    return v.toString();
}

} // namespace

QList<Format> allFormats()
{
    return {Format::Pdf, Format::Docx, Format::Xlsx, Format::Html, Format::Xml, Format::Txt, Format::Csv};
}

QString suffix(Format f)
{
    switch (f) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Txt:
        return QStringLiteral("txt");
    case Format::Xml:
        return QStringLiteral("xml");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString formatName(Format f)
{
    switch (f) {
    case Format::Xlsx:
        return QStringLiteral("Excel (XLSX)");
    case Format::Docx:
        return QStringLiteral("Word (DOCX)");
    default:
        return suffix(f).toUpper();
    }
}

bool formatFromSuffix(const QString &s, Format *out)
{
    for (Format f : allFormats()) {
        if (suffix(f).compare(s, Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QImage qrImage(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        return {};
    }
    const int quiet = 4;
    const int size = (code->width + 2 * quiet) * scale;
    QImage img(size, size, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *line = img.scanLine((y + quiet) * scale + dy);
                    std::fill(line + (x + quiet) * scale, line + (x + quiet + 1) * scale, uchar(0));
                }
            }
        }
    }
    QRcode_free(code);
    return img;
}

namespace {

/// The tables of a frame and of its child frames, in document order.
void collectTables(QTextFrame *frame, QList<QTextTable *> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(child)) {
            out->append(t);
        }
        collectTables(child, out);
    }
}

/// Top and bottom of table row r in document coordinates (from its cells' blocks).
QPair<qreal, qreal> rowExtent(QTextDocument *doc, QTextTable *t, int r)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(r, c);
        if (!cell.isValid() || cell.row() != r || cell.column() != c) {
            continue;
        }
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock b = it.currentBlock();
            if (!b.isValid()) {
                continue;
            }
            const QRectF rect = doc->documentLayout()->blockBoundingRect(b);
            top = std::min(top, rect.top());
            bottom = std::max(bottom, rect.bottom());
        }
    }
    return {top, bottom};
}

/// The first row of a table (below its header rows) that the page end would cut although it
/// fits on a page; -1 if there is none.
int rowCutByPageEnd(QTextDocument *doc, QTextTable *t, qreal pageHeight)
{
    const int header = t->format().headerRowCount();
    for (int r = std::max(1, header); r < t->rows(); ++r) {
        const auto [top, bottom] = rowExtent(doc, t, r);
        if (top > bottom || bottom - top > pageHeight * 0.8) {
            continue;
        }
        if (std::floor(top / pageHeight) != std::floor((bottom - 0.5) / pageHeight)) {
            return r;
        }
    }
    return -1;
}

/// Qt sizes a table's columns from the content of all its rows, so removing rows would change
/// the widths and with them the rows' heights: the widths as laid out now become fixed
/// (percentages). False if they were fixed already or cannot be read.
bool fixColumnWidths(QTextDocument *doc, QTextTable *t)
{
    if (t->rows() < 2 || !t->format().columnWidthConstraints().isEmpty()) {
        return false;
    }
    QList<qreal> lefts;
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(0, c);
        if (!cell.isValid() || cell.column() != c || cell.columnSpan() != 1) {
            return false;
        }
        lefts << doc->documentLayout()->blockBoundingRect(cell.firstCursorPosition().block()).left();
    }
    lefts << doc->documentLayout()->frameBoundingRect(t).right();
    const qreal total = lefts.last() - lefts.first();
    if (total <= 0) {
        return false;
    }
    QList<QTextLength> widths;
    for (int c = 0; c < t->columns(); ++c) {
        widths << QTextLength(QTextLength::PercentageLength, 100 * (lefts.at(c + 1) - lefts.at(c)) / total);
    }
    QTextTableFormat f = t->format();
    f.setColumnWidthConstraints(widths);
    t->setFormat(f);
    return true;
}

/// Tables longer than this are cut into page-sized pieces before rows are checked one by one.
constexpr int kMaxRows = 120;

/// The selection of a whole table, with the frame's start and end (what splitTableBefore copies).
QTextCursor tableSelection(QTextDocument *doc, QTextTable *t)
{
    QTextCursor sel(doc);
    sel.setPosition(t->firstPosition() - 1);
    sel.setPosition(t->lastPosition() + 1, QTextCursor::KeepAnchor);
    return sel;
}

/// Splits table `cut` before its body row `row`: the whole table is copied after itself, the
/// original keeps rows [0, row) and the copy its header rows and rows [row, end), starting on a
/// new page. Returns the copy, or nullptr if the copy cannot be found (nothing is removed then).
QTextTable *splitTableBefore(QTextDocument *doc, QTextTable *cut, int row)
{
    const int header = cut->format().headerRowCount();
    const int rows = cut->rows();
    const QTextDocumentFragment copy(tableSelection(doc, cut));
    const int insertAt = cut->lastPosition() + 1;
    const int before = doc->characterCount();
    QTextCursor at(doc);
    at.setPosition(insertAt);
    at.insertFragment(copy);
    QList<QTextTable *> now;
    collectTables(doc->rootFrame(), &now);
    const qsizetype index = now.indexOf(cut);
    if (index < 0 || index + 1 >= now.size() || now.at(index + 1)->rows() != rows) {
        // not the copy we made: take out what was inserted and leave the table as it was
        QTextCursor undo(doc);
        undo.setPosition(insertAt);
        undo.setPosition(insertAt + doc->characterCount() - before, QTextCursor::KeepAnchor);
        undo.removeSelectedText();
        return nullptr;
    }
    QTextTable *rest = now.at(index + 1);
    cut->removeRows(row, rows - row);
    rest->removeRows(header, row - header);
    QTextTableFormat f = rest->format();
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    f.setHeaderRowCount(header);
    rest->setFormat(f);
    return rest;
}

/// Splits t before each of `cuts` (ascending row numbers of t): the middle cut first, then each
/// half, so every row is copied about log2(pieces) times, not once per piece after it.
bool splitTableAt(QTextDocument *doc, QTextTable *t, QList<int> cuts)
{
    if (cuts.isEmpty()) {
        return true;
    }
    const int header = t->format().headerRowCount();
    const qsizetype m = cuts.size() / 2;
    const int cut = cuts.at(m);
    QTextTable *rest = splitTableBefore(doc, t, cut);
    if (!rest) {
        return false;
    }
    QList<int> after;
    for (qsizetype i = m + 1; i < cuts.size(); ++i) {
        after << cuts.at(i) - cut + header;
    }
    cuts.resize(m);
    return splitTableAt(doc, t, cuts) && splitTableAt(doc, rest, after);
}

/// A table of more than kMaxRows rows is first cut into pieces of about a page each, from one
/// layout of it: the rows' heights and pitches, where Qt starts a row on a new page and what
/// the table adds below its last row say where every page ends once each piece starts a page.
/// The pieces are split off in a document of their own that is never laid out, which then
/// replaces the table in one insertion: the long document is laid out a handful of times, not
/// once per split. keepRowsWhole() then checks every piece as it checks small tables. Columns
/// that follow their content (the templates' tables) are sized again in each piece, from its
/// own rows: where that makes rows lower than in the whole table, a page holds fewer rows than
/// it could; where higher, the check splits the piece again.
void presplitLongTable(QTextDocument *doc, QTextTable *t, qreal pageHeight)
{
    fixColumnWidths(doc, t);
    const int first = rowCutByPageEnd(doc, t, pageHeight);
    if (first < 0) {
        return;
    }
    // each row's text height and pitch (from its text's top to the next row's), the pitch
    // measured where both rows are on one page, otherwise the height plus the usual space;
    // where the first row of a page starts (below the repeated header)
    const int rows = t->rows();
    QList<qreal> tops(rows, 0), pitch(rows, -1), height(rows, 0);
    QList<qreal> spaces, starts;
    for (int r = first; r < rows; ++r) {
        const auto [top, bottom] = rowExtent(doc, t, r);
        if (top > bottom) {
            return; // a row without text: leave the table to the check below
        }
        tops[r] = top;
        height[r] = bottom - top;
        if (r > first && std::floor(tops[r - 1] / pageHeight) == std::floor(top / pageHeight)) {
            pitch[r - 1] = top - tops[r - 1];
            spaces << pitch[r - 1] - height[r - 1];
        } else if (r > first) {
            starts << top - std::floor(top / pageHeight) * pageHeight;
        }
    }
    if (spaces.isEmpty() || starts.isEmpty()) {
        return;
    }
    std::sort(spaces.begin(), spaces.end());
    std::sort(starts.begin(), starts.end());
    const qreal space = spaces.at(spaces.size() / 2);
    // a piece starts its page where Qt continues a table below its repeated header: the lowest
    // start (below a cut row the next one starts lower)
    const qreal startOffset = starts.first();
    const qreal tableEnd = doc->documentLayout()->frameBoundingRect(t).bottom() - tops[rows - 1] - height[rows - 1];
    for (int r = first; r < rows; ++r) {
        if (pitch[r] < 0) {
            pitch[r] = height[r] + space;
        }
    }
    // the pages as they will be: `first` starts the next page, then each row follows the one
    // before unless it would end (with what the table adds below it) past its page: a piece
    // ending past its page would leave a blank page before the next one
    QList<int> splits{first};
    qreal y = (std::floor(tops[first] / pageHeight) + 1) * pageHeight + startOffset;
    for (int r = first + 1; r < rows; ++r) {
        const qreal previousTop = y;
        y += pitch[r - 1];
        const qreal page = std::floor(y / pageHeight);
        const bool newPage = page != std::floor(previousTop / pageHeight);
        const bool cut = height[r] <= pageHeight * 0.8 && page != std::floor((y + height[r] + tableEnd + 1) / pageHeight);
        if (newPage || cut) {
            splits << r;
            y = (cut ? page + 1 : page) * pageHeight + startOffset;
        }
    }
    QTextCursor sel = tableSelection(doc, t);
    QTextDocument scratch;
    QTextCursor(&scratch).insertFragment(QTextDocumentFragment(sel));
    QList<QTextTable *> scratchTables;
    collectTables(scratch.rootFrame(), &scratchTables);
    if (scratchTables.size() != 1 || scratchTables.first()->rows() != rows
        || !splitTableAt(&scratch, scratchTables.first(), splits)) {
        return; // the check below splits this table the slow way
    }
    QTextCursor all(&scratch);
    all.select(QTextCursor::Document);
    sel.insertFragment(QTextDocumentFragment(all));
}

/// Qt's layout moves a table row to the next page only when none of its cells' first line
/// fits; a row of several lines is otherwise cut by the page end. Such a table is split
/// before that row: the rest becomes a copy of the table (header rows included) that starts
/// on the next page, and the scan goes on in the copy. Each split copies the rest of the
/// table, so a table of more than kMaxRows rows is first cut into page-sized pieces from one
/// layout (presplitLongTable), and the pieces are then checked like small tables.
void keepRowsWhole(QTextDocument *doc)
{
    const qreal pageHeight = doc->pageSize().height();
    if (pageHeight <= 0) {
        return;
    }
    QList<QTextTable *> tables;
    collectTables(doc->rootFrame(), &tables);
    for (QTextTable *t : std::as_const(tables)) {
        if (t->rows() > kMaxRows) {
            presplitLongTable(doc, t, pageHeight);
        }
    }
    // Qt's pagination of a table's earlier rows can change when its later rows go, so the
    // scan is repeated until a whole pass splits nothing.
    for (int pass = 0; pass < 8; ++pass) {
        bool split = false;
        tables.clear();
        collectTables(doc->rootFrame(), &tables);
        for (qsizetype ti = 0; ti < tables.size(); ++ti) {
            QTextTable *cut = tables.at(ti);
            if (cut->rows() > kMaxRows) {
                continue;
            }
            const int row = rowCutByPageEnd(doc, cut, pageHeight);
            if (row < 0) {
                continue;
            }
            if (fixColumnWidths(doc, cut)) {
                --ti; // the same table again, laid out with its widths fixed
                continue;
            }
            QTextTable *rest = splitTableBefore(doc, cut, row);
            if (!rest) {
                return; // not the copy we made: leave the rest as Qt lays it out
            }
            tables.clear();
            collectTables(doc->rootFrame(), &tables);
            split = true;
            // the next round looks at the copy
            ti = tables.indexOf(rest) - 1;
        }
        if (!split) {
            return;
        }
    }
}

} // namespace

Renderer::Renderer(const Document &doc)
    : Renderer(doc, DocumentTemplate::load(doc.kind, doc.lang))
{
}

Renderer::Renderer(const Document &doc, DocumentTemplate tmpl)
    : m_doc(doc)
    , m_template(std::move(tmpl))
{
}

Renderer::~Renderer() = default;

QString Renderer::title() const
{
    if (!m_doc.title.isEmpty()) {
        return m_doc.title;
    }
    return m_template.title(m_doc);
}

QString Renderer::html(bool selfContained) const
{
    QString src = kQrUrl.toString();
    if (selfContained && m_doc.official.isValid()) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        qrImage(m_doc.official.qr, 4).save(&buf, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return m_template.expand(m_doc, src);
}

std::unique_ptr<QTextDocument> Renderer::layoutDocument() const
{
    auto d = std::make_unique<QTextDocument>();
    d->setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 11));
    d->setDocumentMargin(0);
    if (m_doc.official.isValid()) {
        d->addResource(QTextDocument::ImageResource, kQrUrl, qrImage(m_doc.official.qr));
    }
    d->setHtml(html(false));
    return d;
}

void Renderer::paint(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_template.orientation(m_doc), QMarginsF(20, 15, 15, 12),
                                      QPageLayout::Millimeter));
    auto doc = layoutDocument();
    doc->documentLayout()->setPaintDevice(device);
    const int dpi = device->logicalDpiY();
    const QRect paintRect = device->pageLayout().paintRectPixels(dpi);
    const qreal footerHeight = dpi * 0.35;
    const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
    doc->setPageSize(body);
    keepRowsWhole(doc.get());
    const int pages = doc->pageCount();

    QPainter p(device);
    QFont footerFont(QStringLiteral("DejaVu Sans"), 8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            device->newPage();
        }
        p.save();
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        p.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        p.setClipRect(clip);
        doc->documentLayout()->draw(&p, ctx);
        p.restore();
        if (!m_template.footer().isEmpty()) {
            QString footer = m_template.footer();
            footer.replace(QLatin1String("{page}"), QString::number(i + 1)).replace(QLatin1String("{pages}"), QString::number(pages));
            if (m_doc.official.isValid()) {
                footer = m_doc.official.regNo + QStringLiteral("   ·   ") + footer;
            }
            p.setFont(QFont(footerFont, device));
            p.drawText(QRectF(0, body.height(), body.width(), footerHeight), Qt::AlignHCenter | Qt::AlignBottom, footer);
        }
    }
}

QByteArray Renderer::pdf() const
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buf);
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("eBilim"));
        paint(&writer);
    }
    return out;
}

QByteArray Renderer::csv() const
{
    QString out;
    const QString eol = QStringLiteral("\r\n");
    if (m_doc.tables.isEmpty()) {
        for (const auto &f : m_doc.fields) {
            out += csvField(m_template.label(f.first)) + QLatin1Char(',') + csvField(csvSafe(displayText(f.second), ColumnType::Text)) + eol;
        }
    }
    bool first = true;
    for (const Table &t : m_doc.tables) {
        if (!first) {
            out += eol;
        }
        first = false;
        QStringList header;
        for (const Column &c : t.columns) {
            header << csvField(c.title);
        }
        out += header.join(QLatin1Char(',')) + eol;
        for (const auto &r : t.rows) {
            QStringList cells;
            for (int c = 0; c < t.columns.size(); ++c) {
                const ColumnType type = t.columns.at(c).type;
                cells << csvField(csvSafe(c < r.size() ? displayText(r.at(c), type) : QString(), type));
            }
            out += cells.join(QLatin1Char(',')) + eol;
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray Renderer::xml() const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(QStringLiteral("urn:ebilim:documents:%1:1").arg(m_doc.kind));
    w.writeStartElement(QStringLiteral("document"));
    w.writeAttribute(QStringLiteral("kind"), m_doc.kind);
    w.writeAttribute(QStringLiteral("lang"), m_doc.lang);
    w.writeTextElement(QStringLiteral("title"), title());
    if (m_doc.official.isValid()) {
        const Official &o = m_doc.official;
        w.writeStartElement(QStringLiteral("official"));
        w.writeTextElement(QStringLiteral("regNo"), o.regNo);
        w.writeTextElement(QStringLiteral("issuedAt"), o.issuedAt.toString(Qt::ISODate));
        w.writeTextElement(QStringLiteral("signer"), o.signer);
        w.writeTextElement(QStringLiteral("signerPosition"), o.signerPosition);
        w.writeTextElement(QStringLiteral("verifyCode"), o.verifyCode);
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("fields"));
    for (const auto &f : m_doc.fields) {
        if (f.second.isValid() && !f.second.isNull()) {
            w.writeTextElement(f.first, xmlValue(f.second, ColumnType::Text));
        }
    }
    w.writeEndElement();
    for (const Table &t : m_doc.tables) {
        w.writeStartElement(QStringLiteral("table"));
        w.writeAttribute(QStringLiteral("name"), t.name);
        w.writeStartElement(QStringLiteral("columns"));
        for (const Column &c : t.columns) {
            w.writeStartElement(QStringLiteral("column"));
            w.writeAttribute(QStringLiteral("key"), c.key);
            w.writeAttribute(QStringLiteral("type"), columnTypeName(c.type));
            w.writeCharacters(c.title);
            w.writeEndElement();
        }
        w.writeEndElement();
        for (const auto &r : t.rows) {
            w.writeStartElement(QStringLiteral("row"));
            for (int c = 0; c < t.columns.size() && c < r.size(); ++c) {
                if (r.at(c).isValid() && !r.at(c).isNull()) {
                    w.writeTextElement(t.columns.at(c).key, xmlValue(r.at(c), t.columns.at(c).type));
                }
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

static QString xlsxHelperPath()
{
    const QString fromEnv = qEnvironmentVariable("EBILIM_XLSX_HELPER");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/ebilim-xlsx");
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(QStringLiteral("ebilim-xlsx"));
}

QByteArray Renderer::xlsx(QString *error) const
{
    // libxlsxwriter runs in its own process: see the comment at the top of xlsxexport.cpp.
    auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return QByteArray();
    };
    const QString helper = xlsxHelperPath();
    if (helper.isEmpty()) {
        return fail(QStringLiteral("xlsx: the program ebilim-xlsx is not installed"));
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return fail(dir.errorString());
    }
    QCborMap labels;
    for (const auto &f : m_doc.fields) {
        labels.insert(f.first, m_template.label(f.first));
    }
    for (const char *k : {"regNo", "issuedAt", "signer", "verifyCode"}) {
        labels.insert(QString::fromLatin1(k), m_template.label(QString::fromLatin1(k)));
    }
    QCborMap request;
    request.insert(QStringLiteral("document"), m_doc.toCbor());
    request.insert(QStringLiteral("title"), title());
    request.insert(QStringLiteral("labels"), labels);
    request.insert(QStringLiteral("landscape"), m_template.orientation(m_doc) == QPageLayout::Landscape);
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));
    QProcess p;
    p.start(helper, {out});
    if (!p.waitForStarted(10000)) {
        return fail(QStringLiteral("xlsx: cannot start %1: %2").arg(helper, p.errorString()));
    }
    p.write(request.toCborValue().toCbor());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        return fail(QStringLiteral("xlsx: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    }
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(f.errorString());
    }
    return f.readAll();
}

QByteArray Renderer::render(Format format, QString *error) const
{
    if (!isValid()) {
        if (error) {
            *error = QStringLiteral("no template for document kind \"%1\"").arg(m_doc.kind);
        }
        return {};
    }
    switch (format) {
    case Format::Pdf:
        return pdf();
    case Format::Html:
        return html(true).toUtf8();
    case Format::Txt:
        return text();
    case Format::Xml:
        return xml();
    case Format::Csv:
        return csv();
    case Format::Xlsx:
        return xlsx(error);
    case Format::Docx:
        return docx(error);
    }
    return {};
}

bool Renderer::write(Format format, const QString &path, QString *error) const
{
    const QByteArray data = render(format, error);
    if (data.isEmpty()) {
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        if (error) {
            *error = f.errorString();
        }
        return false;
    }
    return true;
}

} // namespace Ebilim::Documents
