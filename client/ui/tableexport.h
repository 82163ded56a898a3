#pragma once

#include "documents/document.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Ebilim::Client::Ui {

/// What a table shows, as a document of kind "table" for the documents engine (every list
/// exports and prints through it).
namespace TableExport {

/**
 * The rows of @p model (top level, in the model's order) and the given @p columns (empty:
 * all) as a document: column titles from the header, column types from the values (dates,
 * integers, numbers, text), the display text of formatted columns. @p filter describes the
 * search or filter in force (printed under the title); @p lang: ky, ru or en (empty: the
 * language of the default locale).
 */
Documents::Document toDocument(const QAbstractItemModel *model, const QString &title, const QList<int> &columns = {},
                               const QString &filter = {}, const QString &lang = {});

/// ky, ru or en for the default locale (the interface language).
QString currentLanguage();

} // namespace TableExport

} // namespace Ebilim::Client::Ui
