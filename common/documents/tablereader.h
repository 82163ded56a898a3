#pragma once

#include "csvreader.h"

namespace Ebilim::Documents {

/// XLSX: the first worksheet; shared strings, inline strings, numbers, and dates shown as
/// yyyy-MM-dd when the cell's number format is a date. (CSV: csvreader.h.)
TableData readXlsx(const QString &path);
/// By suffix: .csv/.txt → readCsv, .xlsx → readXlsx.
TableData readTableFile(const QString &path);

} // namespace Ebilim::Documents
