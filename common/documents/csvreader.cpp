#include "csvreader.h"

#include <QStringDecoder>

namespace Ebilim::Documents {

namespace {

QString decode(const QByteArray &bytes)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF")) {
        b.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(b);
    if (!utf8.hasError()) {
        return text;
    }
    // Not UTF-8: spreadsheets on Russian-language Windows save CSV in Windows-1251.
    QStringDecoder cp1251("windows-1251");
    return cp1251.isValid() ? QString(cp1251.decode(b)) : QString::fromLatin1(b);
}

QChar detectSeparator(const QString &text)
{
    // The candidate that occurs most often outside quotes in the first line wins.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        qsizetype count = 0;
        bool quoted = false;
        for (QChar ch : firstLine) {
            if (ch == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && ch == c) {
                ++count;
            }
        }
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

TableData readCsv(const QByteArray &bytes)
{
    TableData out;
    const QString text = decode(bytes);
    const QChar sep = detectSeparator(text);
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // a line break inside a field is kept as \n
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            fieldStarted = false;
            out.rows << row;
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        out.error = QStringLiteral("a quoted field is not closed");
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        out.rows << row;
    }
    // Blank lines carry nothing.
    out.rows.removeIf([](const QStringList &r) { return r.size() == 1 && r.first().trimmed().isEmpty(); });
    return out;
}

} // namespace Ebilim::Documents
