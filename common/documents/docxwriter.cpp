// DOCX: the laid-out template as WordprocessingML (paragraphs, headings, tables with repeating
// header rows, the QR image, a footer with page numbers) in a zip written with QuaZip.
#include "flow.h"
#include "renderer.h"

#include <QBuffer>
#include <QDateTime>
#include <QTextDocument>
#include <QXmlStreamWriter>

#include <numeric>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Ebilim::Documents {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString WP = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString A = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString PIC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");

constexpr int kEmuPerPixel = 9525; // at 96 dpi
constexpr int kPageWidthTwips = 11906;
constexpr int kPageHeightTwips = 16838;
constexpr int kMarginLeft = 1134, kMarginRight = 850;

struct Writer
{
    QXmlStreamWriter &x;
    bool hasQr = false;
    int drawingId = 0;

    void el(const QString &name, std::initializer_list<QPair<QString, QString>> attrs = {})
    {
        x.writeEmptyElement(W, name);
        for (const auto &a : attrs) {
            x.writeAttribute(W, a.first, a.second);
        }
    }

    void text(const QString &t)
    {
        const QStringList lines = t.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                el(QStringLiteral("br"));
            }
            x.writeStartElement(W, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(lines.at(i));
            x.writeEndElement();
        }
    }

    void image(const Flow::Run &r)
    {
        const qint64 w = qint64((r.imageWidth > 0 ? r.imageWidth : 120) * kEmuPerPixel);
        const qint64 h = qint64((r.imageHeight > 0 ? r.imageHeight : 120) * kEmuPerPixel);
        const QString id = QString::number(++drawingId);
        x.writeStartElement(W, QStringLiteral("drawing"));
        x.writeStartElement(WP, QStringLiteral("inline"));
        x.writeEmptyElement(WP, QStringLiteral("extent"));
        x.writeAttribute(QStringLiteral("cx"), QString::number(w));
        x.writeAttribute(QStringLiteral("cy"), QString::number(h));
        x.writeEmptyElement(WP, QStringLiteral("docPr"));
        x.writeAttribute(QStringLiteral("id"), id);
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("QR ") + id);
        x.writeStartElement(A, QStringLiteral("graphic"));
        x.writeStartElement(A, QStringLiteral("graphicData"));
        x.writeAttribute(QStringLiteral("uri"), PIC);
        x.writeStartElement(PIC, QStringLiteral("pic"));
        x.writeStartElement(PIC, QStringLiteral("nvPicPr"));
        x.writeEmptyElement(PIC, QStringLiteral("cNvPr"));
        x.writeAttribute(QStringLiteral("id"), id);
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("qr.png"));
        x.writeEmptyElement(PIC, QStringLiteral("cNvPicPr"));
        x.writeEndElement();
        x.writeStartElement(PIC, QStringLiteral("blipFill"));
        x.writeEmptyElement(A, QStringLiteral("blip"));
        x.writeAttribute(R, QStringLiteral("embed"), QStringLiteral("rIdQr"));
        x.writeStartElement(A, QStringLiteral("stretch"));
        x.writeEmptyElement(A, QStringLiteral("fillRect"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(PIC, QStringLiteral("spPr"));
        x.writeStartElement(A, QStringLiteral("xfrm"));
        x.writeEmptyElement(A, QStringLiteral("off"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeEmptyElement(A, QStringLiteral("ext"));
        x.writeAttribute(QStringLiteral("cx"), QString::number(w));
        x.writeAttribute(QStringLiteral("cy"), QString::number(h));
        x.writeEndElement();
        x.writeStartElement(A, QStringLiteral("prstGeom"));
        x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        x.writeEmptyElement(A, QStringLiteral("avLst"));
        x.writeEndElement();
        x.writeEndElement(); // spPr
        x.writeEndElement(); // pic
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // inline
        x.writeEndElement(); // drawing
    }

    void paragraph(const Flow::Paragraph &p)
    {
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        if (p.headingLevel > 0) {
            el(QStringLiteral("pStyle"), {{QStringLiteral("val"), QStringLiteral("Heading%1").arg(std::min(p.headingLevel, 3))}});
        }
        el(QStringLiteral("spacing"), {{QStringLiteral("before"), QString::number(int(p.topMargin * 15))},
                                       {QStringLiteral("after"), QString::number(int(p.bottomMargin * 15))}});
        QString jc = QStringLiteral("left");
        if (p.alignment & Qt::AlignHCenter) {
            jc = QStringLiteral("center");
        } else if (p.alignment & Qt::AlignRight) {
            jc = QStringLiteral("right");
        } else if (p.alignment & Qt::AlignJustify) {
            jc = QStringLiteral("both");
        }
        el(QStringLiteral("jc"), {{QStringLiteral("val"), jc}});
        x.writeEndElement(); // pPr
        for (const Flow::Run &r : p.runs) {
            x.writeStartElement(W, QStringLiteral("r"));
            if (!r.image.isEmpty()) {
                if (hasQr) {
                    image(r);
                }
                x.writeEndElement();
                continue;
            }
            x.writeStartElement(W, QStringLiteral("rPr"));
            if (r.bold) {
                el(QStringLiteral("b"));
            }
            if (r.italic) {
                el(QStringLiteral("i"));
            }
            if (r.pointSize > 0) { // rPr children in schema order: b, i, sz, u
                el(QStringLiteral("sz"), {{QStringLiteral("val"), QString::number(qRound(r.pointSize * 2))}});
            }
            if (r.underline) {
                el(QStringLiteral("u"), {{QStringLiteral("val"), QStringLiteral("single")}});
            }
            x.writeEndElement(); // rPr
            text(r.text);
            x.writeEndElement(); // r
        }
        x.writeEndElement(); // p
    }

    void table(const Flow::Table &t, int textWidth)
    {
        x.writeStartElement(W, QStringLiteral("tbl"));
        x.writeStartElement(W, QStringLiteral("tblPr"));
        // Children in the order the schema requires (Word refuses others): tblW, tblBorders, tblLayout, tblCellMar.
        el(QStringLiteral("tblW"), {{QStringLiteral("w"), QStringLiteral("5000")}, {QStringLiteral("type"), QStringLiteral("pct")}});
        x.writeStartElement(W, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            el(QString::fromLatin1(side), {{QStringLiteral("val"), t.borders ? QStringLiteral("single") : QStringLiteral("nil")},
                                           {QStringLiteral("sz"), QStringLiteral("4")},
                                           {QStringLiteral("space"), QStringLiteral("0")},
                                           {QStringLiteral("color"), QStringLiteral("444444")}});
        }
        x.writeEndElement();
        el(QStringLiteral("tblLayout"), {{QStringLiteral("type"), QStringLiteral("fixed")}});
        x.writeStartElement(W, QStringLiteral("tblCellMar"));
        el(QStringLiteral("left"), {{QStringLiteral("w"), QStringLiteral("60")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
        el(QStringLiteral("right"), {{QStringLiteral("w"), QStringLiteral("60")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
        x.writeEndElement();
        x.writeEndElement(); // tblPr
        // Column widths: the template's percentages where it gives them, else in proportion to
        // the longest text of each column; a column holding an image is at least as wide as it.
        QList<int> natural(t.columns, 2);
        QList<int> minimum(t.columns, 0);
        for (const auto &row : t.rows) {
            for (int c = 0; c < t.columns && c < row.size(); ++c) {
                if (!row.at(c).covered && row.at(c).columnSpan == 1) {
                    natural[c] = std::max(natural[c], int(std::min<qsizetype>(row.at(c).plainText().size(), 40)));
                    for (const Flow::Paragraph &p : row.at(c).paragraphs) {
                        for (const Flow::Run &r : p.runs) {
                            if (!r.image.isEmpty()) {
                                minimum[c] = std::max(minimum[c], int((r.imageWidth > 0 ? r.imageWidth : 120) * 15) + 200);
                            }
                        }
                    }
                }
            }
        }
        const qreal givenPercent = std::accumulate(t.widthPercent.begin(), t.widthPercent.end(), 0.0);
        const bool allGiven = t.columns > 0 && std::count(t.widthPercent.begin(), t.widthPercent.end(), 0.0) == 0;
        const int sum = std::max(1, std::accumulate(natural.begin(), natural.end(), 0));
        QList<int> grid;
        for (int c = 0; c < t.columns; ++c) {
            const int w = allGiven ? int(textWidth * t.widthPercent.at(c) / givenPercent) : textWidth * natural[c] / sum;
            grid << std::max(w, minimum[c]);
        }
        x.writeStartElement(W, QStringLiteral("tblGrid"));
        for (int c = 0; c < t.columns; ++c) {
            el(QStringLiteral("gridCol"), {{QStringLiteral("w"), QString::number(grid.at(c))}});
        }
        x.writeEndElement();
        for (int r = 0; r < t.rows.size(); ++r) {
            x.writeStartElement(W, QStringLiteral("tr"));
            if (r < t.headerRows) {
                x.writeStartElement(W, QStringLiteral("trPr"));
                el(QStringLiteral("tblHeader"));
                x.writeEndElement();
            }
            const auto &row = t.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const Flow::Cell &cell = row.at(c);
                if (cell.covered && !cell.rowContinuation) {
                    continue; // inside a column span: the gridSpan of the first cell covers it
                }
                x.writeStartElement(W, QStringLiteral("tc"));
                x.writeStartElement(W, QStringLiteral("tcPr"));
                int span = 0;
                for (int k = c; k < c + std::max(1, cell.columnSpan) && k < grid.size(); ++k) {
                    span += grid.at(k);
                }
                el(QStringLiteral("tcW"), {{QStringLiteral("w"), QString::number(span)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
                if (cell.columnSpan > 1) {
                    el(QStringLiteral("gridSpan"), {{QStringLiteral("val"), QString::number(cell.columnSpan)}});
                }
                if (cell.rowContinuation) {
                    el(QStringLiteral("vMerge"));
                } else if (cell.rowSpan > 1) {
                    el(QStringLiteral("vMerge"), {{QStringLiteral("val"), QStringLiteral("restart")}});
                }
                if (cell.shaded || r < t.headerRows) {
                    el(QStringLiteral("shd"), {{QStringLiteral("val"), QStringLiteral("clear")},
                                               {QStringLiteral("color"), QStringLiteral("auto")},
                                               {QStringLiteral("fill"), QStringLiteral("E8E8E8")}});
                }
                x.writeEndElement(); // tcPr
                if (cell.paragraphs.isEmpty() || cell.rowContinuation) {
                    x.writeEmptyElement(W, QStringLiteral("p"));
                } else {
                    for (const Flow::Paragraph &p : cell.paragraphs) {
                        paragraph(p);
                    }
                }
                x.writeEndElement(); // tc
                if (cell.columnSpan > 1) {
                    c += cell.columnSpan - 1;
                }
            }
            x.writeEndElement(); // tr
        }
        x.writeEndElement(); // tbl
        // Word needs a paragraph between two tables (and after a table at the end of a cell).
        x.writeEmptyElement(W, QStringLiteral("p"));
    }
};

QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    body(x);
    x.writeEndDocument();
    return out;
}

QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "</Types>");
}

QByteArray packageRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/>"
        "</Relationships>");
}

QByteArray documentRels(bool qr)
{
    QByteArray s = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
        "Target=\"footer1.xml\"/>");
    if (qr) {
        s += "<Relationship Id=\"rIdQr\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
             "Target=\"media/qr.png\"/>";
    }
    return s + "</Relationships>";
}

QByteArray styles()
{
    return xmlPart([](QXmlStreamWriter &x) {
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeStartElement(W, QStringLiteral("styles"));
        x.writeStartElement(W, QStringLiteral("docDefaults"));
        x.writeStartElement(W, QStringLiteral("rPrDefault"));
        x.writeStartElement(W, QStringLiteral("rPr"));
        x.writeEmptyElement(W, QStringLiteral("rFonts"));
        for (const char *a : {"ascii", "hAnsi", "cs", "eastAsia"}) {
            x.writeAttribute(W, QString::fromLatin1(a), QStringLiteral("Times New Roman"));
        }
        x.writeEmptyElement(W, QStringLiteral("sz"));
        x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("22"));
        x.writeEmptyElement(W, QStringLiteral("lang"));
        x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("ky-KG"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement(); // docDefaults
        auto style = [&x](const QString &id, const QString &name, int size, bool bold, int outline) {
            x.writeStartElement(W, QStringLiteral("style"));
            x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
            x.writeAttribute(W, QStringLiteral("styleId"), id);
            x.writeEmptyElement(W, QStringLiteral("name"));
            x.writeAttribute(W, QStringLiteral("val"), name);
            if (outline >= 0) {
                x.writeEmptyElement(W, QStringLiteral("basedOn"));
                x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("Normal"));
                x.writeStartElement(W, QStringLiteral("pPr"));
                x.writeEmptyElement(W, QStringLiteral("keepNext"));
                x.writeEmptyElement(W, QStringLiteral("outlineLvl"));
                x.writeAttribute(W, QStringLiteral("val"), QString::number(outline));
                x.writeEndElement();
            }
            x.writeStartElement(W, QStringLiteral("rPr"));
            if (bold) {
                x.writeEmptyElement(W, QStringLiteral("b"));
            }
            x.writeEmptyElement(W, QStringLiteral("sz"));
            x.writeAttribute(W, QStringLiteral("val"), QString::number(size));
            x.writeEndElement();
            x.writeEndElement();
        };
        style(QStringLiteral("Normal"), QStringLiteral("Normal"), 22, false, -1);
        style(QStringLiteral("Heading1"), QStringLiteral("heading 1"), 28, true, 0);
        style(QStringLiteral("Heading2"), QStringLiteral("heading 2"), 24, true, 1);
        style(QStringLiteral("Heading3"), QStringLiteral("heading 3"), 22, true, 2);
        x.writeEndElement();
    });
}

QByteArray footer(const QString &pattern, const QString &prefix)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeStartElement(W, QStringLiteral("ftr"));
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        x.writeEmptyElement(W, QStringLiteral("jc"));
        x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("center"));
        x.writeEndElement();
        auto run = [&x](const QString &t) {
            if (t.isEmpty()) {
                return;
            }
            x.writeStartElement(W, QStringLiteral("r"));
            x.writeStartElement(W, QStringLiteral("rPr"));
            x.writeEmptyElement(W, QStringLiteral("sz"));
            x.writeAttribute(W, QStringLiteral("val"), QStringLiteral("16"));
            x.writeEndElement();
            x.writeStartElement(W, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(t);
            x.writeEndElement();
            x.writeEndElement();
        };
        auto field = [&x](const QString &instr) {
            x.writeStartElement(W, QStringLiteral("fldSimple"));
            x.writeAttribute(W, QStringLiteral("instr"), instr);
            x.writeStartElement(W, QStringLiteral("r"));
            x.writeTextElement(W, QStringLiteral("t"), QStringLiteral("1"));
            x.writeEndElement();
            x.writeEndElement();
        };
        run(prefix);
        // "Page {page} of {pages}": text pieces with PAGE / NUMPAGES fields between them.
        QString rest = pattern;
        while (!rest.isEmpty()) {
            const qsizetype a = rest.indexOf(QLatin1String("{page}"));
            const qsizetype b = rest.indexOf(QLatin1String("{pages}"));
            if (a < 0 && b < 0) {
                run(rest);
                break;
            }
            const bool pages = b >= 0 && (a < 0 || b < a);
            const qsizetype at = pages ? b : a;
            run(rest.left(at));
            field(pages ? QStringLiteral("NUMPAGES") : QStringLiteral("PAGE"));
            rest = rest.mid(at + (pages ? 7 : 6));
        }
        x.writeEndElement(); // p
        x.writeEndElement(); // ftr
    });
}

QByteArray coreProps(const QString &title, const QString &lang)
{
    return xmlPart([&](QXmlStreamWriter &x) {
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        x.writeNamespace(cp, QStringLiteral("cp"));
        x.writeNamespace(dc, QStringLiteral("dc"));
        x.writeNamespace(dcterms, QStringLiteral("dcterms"));
        x.writeNamespace(xsi, QStringLiteral("xsi"));
        x.writeStartElement(cp, QStringLiteral("coreProperties"));
        x.writeTextElement(dc, QStringLiteral("title"), title);
        x.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("eBilim"));
        x.writeTextElement(dc, QStringLiteral("language"), lang);
        x.writeStartElement(dcterms, QStringLiteral("created"));
        x.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        x.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        x.writeEndElement();
        x.writeEndElement();
    });
}

bool addFile(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && f.getZipError() == 0;
}

} // namespace

QByteArray Renderer::docx(QString *error) const
{
    auto doc = layoutDocument();
    const bool landscape = m_template.orientation(m_doc) == QPageLayout::Landscape;
    const int pageW = landscape ? kPageHeightTwips : kPageWidthTwips;
    const int pageH = landscape ? kPageWidthTwips : kPageHeightTwips;
    const bool qr = m_doc.official.isValid();

    const QByteArray body = xmlPart([&](QXmlStreamWriter &x) {
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeNamespace(R, QStringLiteral("r"));
        x.writeNamespace(WP, QStringLiteral("wp"));
        x.writeNamespace(A, QStringLiteral("a"));
        x.writeNamespace(PIC, QStringLiteral("pic"));
        x.writeStartElement(W, QStringLiteral("document"));
        x.writeStartElement(W, QStringLiteral("body"));
        Writer w{x, qr};
        for (const Flow::Item &item : Flow::read(*doc)) {
            if (item.kind == Flow::Item::TableItem) {
                w.table(*item.table, pageW - kMarginLeft - kMarginRight);
            } else {
                w.paragraph(item.paragraph);
            }
        }
        x.writeStartElement(W, QStringLiteral("sectPr"));
        x.writeEmptyElement(W, QStringLiteral("footerReference"));
        x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
        x.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
        x.writeEmptyElement(W, QStringLiteral("pgSz"));
        x.writeAttribute(W, QStringLiteral("w"), QString::number(pageW));
        x.writeAttribute(W, QStringLiteral("h"), QString::number(pageH));
        if (landscape) {
            x.writeAttribute(W, QStringLiteral("orient"), QStringLiteral("landscape"));
        }
        x.writeEmptyElement(W, QStringLiteral("pgMar"));
        x.writeAttribute(W, QStringLiteral("top"), QStringLiteral("850"));
        x.writeAttribute(W, QStringLiteral("right"), QString::number(kMarginRight));
        x.writeAttribute(W, QStringLiteral("bottom"), QStringLiteral("850"));
        x.writeAttribute(W, QStringLiteral("left"), QString::number(kMarginLeft));
        x.writeAttribute(W, QStringLiteral("header"), QStringLiteral("425"));
        x.writeAttribute(W, QStringLiteral("footer"), QStringLiteral("425"));
        x.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
        x.writeEndElement(); // sectPr
        x.writeEndElement(); // body
        x.writeEndElement(); // document
    });

    QByteArray out;
    QBuffer buf(&out);
    QuaZip zip(&buf);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error) {
            *error = QStringLiteral("zip: cannot create (%1)").arg(zip.getZipError());
        }
        return {};
    }
    bool ok = addFile(zip, QStringLiteral("[Content_Types].xml"), contentTypes()) && addFile(zip, QStringLiteral("_rels/.rels"), packageRels())
        && addFile(zip, QStringLiteral("docProps/core.xml"), coreProps(title(), m_doc.lang))
        && addFile(zip, QStringLiteral("word/_rels/document.xml.rels"), documentRels(qr))
        && addFile(zip, QStringLiteral("word/styles.xml"), styles())
        && addFile(zip, QStringLiteral("word/footer1.xml"),
                   footer(m_template.footer(), qr ? m_doc.official.regNo + QStringLiteral("   ·   ") : QString()))
        && addFile(zip, QStringLiteral("word/document.xml"), body);
    if (ok && qr) {
        QByteArray png;
        QBuffer pngBuf(&png);
        pngBuf.open(QIODevice::WriteOnly);
        qrImage(m_doc.official.qr, 8).save(&pngBuf, "PNG");
        ok = addFile(zip, QStringLiteral("word/media/qr.png"), png);
    }
    zip.close();
    if (!ok || zip.getZipError() != 0) {
        if (error) {
            *error = QStringLiteral("zip: write failed (%1)").arg(zip.getZipError());
        }
        return {};
    }
    return out;
}

} // namespace Ebilim::Documents
