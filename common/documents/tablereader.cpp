#include "tablereader.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Ebilim::Documents {

namespace {

QByteArray zipEntry(QuaZip &zip, const QString &name)
{
    if (!zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

/// "AB12" → column 27 (0-based).
int columnOf(QStringView ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter()) {
            break;
        }
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return col - 1;
}

bool isDateFormat(int id, const QHash<int, QString> &custom)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
        return true;
    }
    const QString code = custom.value(id).toLower();
    if (code.isEmpty()) {
        return false;
    }
    // A date format has d/m/y outside quoted text and is not only "General".
    QString bare;
    bool quoted = false;
    for (QChar c : code) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted) {
            bare += c;
        }
    }
    return bare.contains(QLatin1Char('d')) || bare.contains(QLatin1Char('y')) || (bare.contains(QLatin1Char('m')) && !bare.contains(QLatin1Char('0')));
}

} // namespace

TableData readXlsx(const QString &path)
{
    TableData out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        out.error = QStringLiteral("not an XLSX file (zip error %1)").arg(zip.getZipError());
        return out;
    }
    // Shared strings.
    QStringList shared;
    {
        QXmlStreamReader x(zipEntry(zip, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (x.isStartElement() && x.name() == QLatin1String("t") && inSi) {
                current += x.readElementText();
            } else if (x.isStartElement() && x.name() == QLatin1String("rPh")) {
                x.skipCurrentElement(); // phonetic hints are not text
            } else if (x.isEndElement() && x.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            }
        }
    }
    // Which cell styles are dates.
    QSet<int> dateStyles;
    {
        QXmlStreamReader x(zipEntry(zip, QStringLiteral("xl/styles.xml")));
        QHash<int, QString> custom;
        bool inXfs = false;
        int xfIndex = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("numFmt")) {
                custom.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(), x.attributes().value(QLatin1String("formatCode")).toString());
            } else if (x.isStartElement() && x.name() == QLatin1String("cellXfs")) {
                inXfs = true;
            } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
                inXfs = false;
            } else if (inXfs && x.isStartElement() && x.name() == QLatin1String("xf")) {
                if (isDateFormat(x.attributes().value(QLatin1String("numFmtId")).toInt(), custom)) {
                    dateStyles.insert(xfIndex);
                }
                ++xfIndex;
            }
        }
    }
    // The first worksheet: from the workbook's relationships, else sheet1.xml.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    {
        QXmlStreamReader wb(zipEntry(zip, QStringLiteral("xl/workbook.xml")));
        QString firstRid;
        while (!wb.atEnd() && firstRid.isEmpty()) {
            wb.readNext();
            if (wb.isStartElement() && wb.name() == QLatin1String("sheet")) {
                for (const auto &a : wb.attributes()) {
                    if (a.name() == QLatin1String("id")) {
                        firstRid = a.value().toString();
                    }
                }
            }
        }
        QXmlStreamReader rels(zipEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!rels.atEnd() && !firstRid.isEmpty()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")
                && rels.attributes().value(QLatin1String("Id")) == firstRid) {
                QString target = rels.attributes().value(QLatin1String("Target")).toString();
                sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                break;
            }
        }
    }
    const QByteArray sheet = zipEntry(zip, sheetPath);
    if (sheet.isEmpty()) {
        out.error = QStringLiteral("the workbook has no worksheet");
        return out;
    }
    QXmlStreamReader x(sheet);
    QStringList row;
    int rowNumber = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("row")) {
            const int r = x.attributes().value(QLatin1String("r")).toInt();
            // Missing rows (never written) are empty rows.
            while (rowNumber + 1 < r) {
                out.rows << QStringList();
                ++rowNumber;
            }
            rowNumber = r > 0 ? r : rowNumber + 1;
            row.clear();
        } else if (x.isEndElement() && x.name() == QLatin1String("row")) {
            out.rows << row;
        } else if (x.isStartElement() && x.name() == QLatin1String("c")) {
            const auto attrs = x.attributes();
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            const int col = attrs.hasAttribute(QLatin1String("r")) ? columnOf(attrs.value(QLatin1String("r"))) : int(row.size());
            QString value;
            while (!(x.isEndElement() && x.name() == QLatin1String("c")) && !x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && (x.name() == QLatin1String("v") || x.name() == QLatin1String("t"))) {
                    value += x.readElementText();
                }
            }
            if (type == QLatin1String("s")) {
                value = shared.value(value.toInt());
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                bool ok = false;
                const double d = value.toDouble(&ok);
                if (ok && dateStyles.contains(style)) {
                    value = QDate(1899, 12, 30).addDays(qint64(d)).toString(Qt::ISODate);
                } else if (ok && d == qint64(d) && qAbs(d) < 1e15) {
                    value = QString::number(qint64(d));
                }
            }
            while (row.size() < col) {
                row << QString();
            }
            if (col >= 0) {
                row << value;
            }
        }
    }
    if (x.hasError()) {
        out.error = QStringLiteral("worksheet: %1").arg(x.errorString());
    }
    while (!out.rows.isEmpty() && out.rows.last().join(QString()).trimmed().isEmpty()) {
        out.rows.removeLast();
    }
    return out;
}

TableData readTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        return readXlsx(path);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TableData out;
        out.error = f.errorString();
        return out;
    }
    return readCsv(f.readAll());
}

} // namespace Ebilim::Documents
