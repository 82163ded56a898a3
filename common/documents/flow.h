#pragma once

// Internal: the laid-out template as a simple flow of paragraphs and tables, read once from
// QTextDocument and written by the TXT and DOCX writers.

#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace Ebilim::Documents::Flow {

struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    qreal pointSize = 0; ///< 0: the default size
    QString image;       ///< image name instead of text (e.g. "ebilim:qr")
    qreal imageWidth = 0;
    qreal imageHeight = 0;
};

struct Paragraph
{
    QList<Run> runs;
    Qt::Alignment alignment = Qt::AlignLeft;
    int headingLevel = 0;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    QString plainText() const;
};

struct Cell
{
    QList<Paragraph> paragraphs;
    int columnSpan = 1;
    int rowSpan = 1;
    bool covered = false;        ///< part of a span started in an earlier column or row
    bool rowContinuation = false; ///< covered by a cell of an earlier row (a row span)
    bool shaded = false;
    QString plainText() const;
};

struct Table
{
    int headerRows = 0;
    int columns = 0;
    QList<qreal> widthPercent; ///< per column, from the template (width="25%"); 0 where not given
    bool borders = true;
    QList<QList<Cell>> rows;
};

struct Item
{
    enum Kind { ParagraphItem, TableItem } kind = ParagraphItem;
    Paragraph paragraph;
    std::shared_ptr<Table> table;
};

QList<Item> read(const QTextDocument &doc);

} // namespace Ebilim::Documents::Flow
