#include "flow.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace Ebilim::Documents::Flow {

namespace {

Paragraph readBlock(const QTextBlock &block)
{
    Paragraph p;
    const QTextBlockFormat bf = block.blockFormat();
    p.alignment = bf.alignment() & Qt::AlignHorizontal_Mask;
    p.headingLevel = bf.headingLevel();
    p.topMargin = bf.topMargin();
    p.bottomMargin = bf.bottomMargin();
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment frag = it.fragment();
        if (!frag.isValid()) {
            continue;
        }
        const QTextCharFormat cf = frag.charFormat();
        Run r;
        r.bold = cf.fontWeight() >= QFont::DemiBold;
        r.italic = cf.fontItalic();
        r.underline = cf.fontUnderline();
        r.pointSize = cf.hasProperty(QTextFormat::FontPointSize) ? cf.fontPointSize() : 0;
        if (cf.isImageFormat()) {
            const QTextImageFormat img = cf.toImageFormat();
            r.image = img.name();
            r.imageWidth = img.width();
            r.imageHeight = img.height();
            p.runs.append(r);
            continue;
        }
        r.text = frag.text();
        r.text.remove(QChar::ObjectReplacementCharacter);
        r.text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        r.text.replace(QChar::Nbsp, QLatin1Char(' '));
        if (!r.text.isEmpty()) {
            p.runs.append(r);
        }
    }
    return p;
}

void readFrame(QTextFrame *frame, QList<Item> &out);

std::shared_ptr<Table> readTable(QTextTable *t)
{
    auto table = std::make_shared<Table>();
    const QTextTableFormat tf = t->format();
    table->headerRows = tf.headerRowCount();
    table->columns = t->columns();
    table->borders = tf.border() > 0;
    const QList<QTextLength> widths = tf.columnWidthConstraints();
    for (int c = 0; c < table->columns; ++c) {
        const bool given = c < widths.size() && widths.at(c).type() == QTextLength::PercentageLength;
        table->widthPercent.append(given ? widths.at(c).rawValue() : 0);
    }
    for (int r = 0; r < t->rows(); ++r) {
        QList<Cell> row;
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            Cell out;
            if (cell.row() != r || cell.column() != c) {
                out.covered = true;
                out.rowContinuation = cell.row() != r;
                out.columnSpan = cell.column() == c ? cell.columnSpan() : 1;
                row.append(out);
                continue;
            }
            out.columnSpan = cell.columnSpan();
            out.rowSpan = cell.rowSpan();
            out.shaded = cell.format().background().style() != Qt::NoBrush;
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid()) {
                    out.paragraphs.append(readBlock(it.currentBlock()));
                }
            }
            row.append(out);
        }
        table->rows.append(row);
    }
    return table;
}

void readFrame(QTextFrame *frame, QList<Item> &out)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *t = qobject_cast<QTextTable *>(child)) {
                Item item;
                item.kind = Item::TableItem;
                item.table = readTable(t);
                out.append(item);
            } else {
                readFrame(child, out);
            }
        } else if (it.currentBlock().isValid()) {
            Item item;
            item.paragraph = readBlock(it.currentBlock());
            out.append(item);
        }
    }
}

} // namespace

QString Paragraph::plainText() const
{
    QString s;
    for (const Run &r : runs) {
        s += r.text;
    }
    return s;
}

QString Cell::plainText() const
{
    QStringList parts;
    for (const Paragraph &p : paragraphs) {
        const QString t = p.plainText().trimmed();
        if (!t.isEmpty()) {
            parts << t;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QList<Item> read(const QTextDocument &doc)
{
    QList<Item> out;
    readFrame(doc.rootFrame(), out);
    return out;
}

} // namespace Ebilim::Documents::Flow
