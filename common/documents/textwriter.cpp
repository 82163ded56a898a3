// TXT: the laid-out template as plain text, tables drawn with + - | at a fixed width.
#include "flow.h"
#include "renderer.h"

#include <QTextDocument>

#include <algorithm>
#include <numeric>

namespace Ebilim::Documents {

namespace {

/// Breaks @p text into lines of at most @p width characters at spaces.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString w = word;
            while (w.size() > width) { // a word longer than the line: cut it
                if (!line.isEmpty()) {
                    lines << line;
                    line.clear();
                }
                lines << w.left(width);
                w = w.mid(width);
            }
            if (line.isEmpty()) {
                line = w;
            } else if (line.size() + 1 + w.size() <= width) {
                line += QLatin1Char(' ') + w;
            } else {
                lines << line;
                line = w;
            }
        }
        lines << line;
    }
    return lines;
}

QString aligned(const QString &s, int width, Qt::Alignment a)
{
    if (a & Qt::AlignHCenter) {
        const int left = std::max(0, int(width - s.size()) / 2);
        return QString(left, QLatin1Char(' ')) + s;
    }
    if (a & Qt::AlignRight) {
        return s.rightJustified(width);
    }
    return s;
}

void writeTable(const Flow::Table &t, int width, QStringList &out)
{
    const int n = t.columns;
    if (n == 0) {
        return;
    }
    // Natural widths, then shrink the widest columns until the table fits.
    QList<int> w(n, 1);
    for (const auto &row : t.rows) {
        for (int c = 0; c < n && c < row.size(); ++c) {
            if (!row.at(c).covered && row.at(c).columnSpan == 1) {
                w[c] = std::max(w[c], int(row.at(c).plainText().size()));
            }
        }
    }
    // A column never gets narrower than its longest word (up to 24 characters): a wide table
    // rather runs past the page width than cuts words in half.
    QList<int> least(n, 1);
    for (const auto &row : t.rows) {
        for (int c = 0; c < n && c < row.size(); ++c) {
            if (!row.at(c).covered && row.at(c).columnSpan == 1) {
                for (const QString &word : row.at(c).plainText().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    least[c] = std::max(least[c], std::min(int(word.size()), 24));
                }
            }
        }
    }
    const int available = width - (n + 1) - 2 * n;
    while (std::accumulate(w.begin(), w.end(), 0) > available) {
        int widest = -1;
        for (int c = 0; c < n; ++c) {
            if (w[c] > least[c] && (widest < 0 || w[c] > w[widest])) {
                widest = c;
            }
        }
        if (widest < 0) {
            break;
        }
        --w[widest];
    }
    auto rule = [&](QChar ch) {
        QString s = QStringLiteral("+");
        for (int c = 0; c < n; ++c) {
            s += QString(w[c] + 2, ch) + QLatin1Char('+');
        }
        return s;
    };
    out << rule(QLatin1Char('-'));
    for (int r = 0; r < t.rows.size(); ++r) {
        const auto &row = t.rows.at(r);
        // Cells of this row as wrapped lines; a spanning cell takes its columns' width.
        QList<QStringList> cellLines;
        QList<int> cellWidths;
        QList<Qt::Alignment> cellAlign;
        int lines = 1;
        for (int c = 0; c < n && c < row.size();) {
            const Flow::Cell &cell = row.at(c);
            const int span = std::max(1, std::min(cell.columnSpan, n - c));
            int cw = 0;
            for (int k = 0; k < span; ++k) {
                cw += w[c + k];
            }
            cw += 3 * (span - 1);
            cellLines << (cell.covered ? QStringList{QString()} : wrap(cell.plainText(), cw));
            cellWidths << cw;
            cellAlign << (cell.paragraphs.isEmpty() ? Qt::AlignLeft : cell.paragraphs.first().alignment);
            lines = std::max(lines, int(cellLines.last().size()));
            c += span;
        }
        for (int l = 0; l < lines; ++l) {
            QString s = QStringLiteral("|");
            for (int k = 0; k < cellLines.size(); ++k) {
                const QString text = l < cellLines.at(k).size() ? cellLines.at(k).at(l) : QString();
                QString cellText = aligned(text, cellWidths.at(k), cellAlign.at(k));
                s += QLatin1Char(' ') + cellText.leftJustified(cellWidths.at(k)) + QStringLiteral(" |");
            }
            out << s;
        }
        out << rule(r + 1 == t.headerRows ? QLatin1Char('=') : QLatin1Char('-'));
    }
}

} // namespace

QByteArray Renderer::text() const
{
    auto doc = layoutDocument();
    const int width = m_template.orientation(m_doc) == QPageLayout::Landscape ? 120 : 80;
    QStringList out;
    for (const Flow::Item &item : Flow::read(*doc)) {
        if (item.kind == Flow::Item::TableItem) {
            writeTable(*item.table, width, out);
            continue;
        }
        const Flow::Paragraph &p = item.paragraph;
        if (p.topMargin > 6 && !out.isEmpty() && !out.last().isEmpty()) {
            out << QString();
        }
        for (const QString &line : wrap(p.plainText().trimmed(), width)) {
            out << aligned(line, width, p.alignment);
        }
        if (p.headingLevel > 0 && !out.isEmpty()) {
            out << aligned(QString(out.last().trimmed().size(), p.headingLevel == 1 ? QLatin1Char('=') : QLatin1Char('-')), width,
                           p.alignment);
        }
    }
    // No trailing blank lines; one newline at the end.
    while (!out.isEmpty() && out.last().trimmed().isEmpty()) {
        out.removeLast();
    }
    for (QString &l : out) {
        while (l.endsWith(QLatin1Char(' '))) {
            l.chop(1);
        }
    }
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace Ebilim::Documents
