#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ebilim::Documents {

/**
 * Reads tables that people bring from elsewhere (imports): CSV (UTF-8 with or without BOM,
 * or Windows-1251; comma, semicolon or tab, detected; quoted fields with embedded separators,
 * quotes and line breaks) and XLSX (the first worksheet; shared strings, inline strings,
 * numbers, dates shown as yyyy-MM-dd when the cell's number format is a date).
 */
struct TableData
{
    QList<QStringList> rows; ///< every row, the header row included, as text
    QString error;           ///< why reading failed (empty on success)
    bool ok() const { return error.isEmpty(); }
};

TableData readCsv(const QByteArray &bytes);
TableData readXlsx(const QString &path);
/// By suffix: .csv/.txt → readCsv, .xlsx → readXlsx.
TableData readTableFile(const QString &path);

} // namespace Ebilim::Documents
