#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace Ebilim::Client::Ui {

/// Turning what a table shows into files and printable documents.
namespace TableExport {

/**
 * Writes the rows of @p model (top level, in the model's order) as CSV: UTF-8 with a BOM
 * (so Excel opens Kyrgyz and Russian text correctly), comma-separated, CRLF line ends,
 * fields quoted when needed. @p columns: the columns to write, in order (empty: all).
 */
bool writeCsv(const QAbstractItemModel *model, QIODevice *out, const QList<int> &columns = {});
QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &columns = {});
/// An HTML document with @p title and a table of the given columns (for print preview).
QString toHtml(const QAbstractItemModel *model, const QString &title, const QList<int> &columns = {});

} // namespace TableExport

} // namespace Ebilim::Client::Ui
