#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ebilim::Documents {

/// A table as text rows (imports, classifiers): what readCsv and readXlsx (tablereader.h) return.
struct TableData
{
    QList<QStringList> rows; ///< every row, the header row included, as text
    QString error;           ///< why reading failed (empty on success)
    bool ok() const { return error.isEmpty(); }
};

/**
 * CSV as people bring it: UTF-8 with or without BOM, or Windows-1251; comma, semicolon or
 * tab, detected from the first line; quoted fields with embedded separators, quotes and line
 * breaks; blank lines dropped. In ebilim_common (no Gui, no zip): the server reads CSV too.
 */
TableData readCsv(const QByteArray &bytes);

} // namespace Ebilim::Documents
