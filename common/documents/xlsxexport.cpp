// ebilim-xlsx: writes one document's data as XLSX with libxlsxwriter — real typed cells
// (numbers, dates, text): title, the fields as label/value rows, then every table with a bold
// header row, filter and frozen header.
//
// A separate program because libxlsxwriter (via the system minizip) and QuaZip (DOCX) both
// export the minizip symbols (zipOpen, zipOpen3, …) with different meanings: loaded in one
// process, one library's calls land in the other's functions and crash. The documents engine
// runs this program (Renderer::xlsx) with the request as CBOR on stdin:
//   { document: <Document CBOR>, title: text, labels: {field: label}, landscape: bool }
// and the output path as the only argument. Exit 0 on success; otherwise the reason on stderr.
#include "documents/document.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

#include <xlsxwriter.h>

#include <algorithm>

namespace Ebilim::Documents {

namespace {

QByteArray u8(const QString &s)
{
    return s.toUtf8();
}

/// Sheet names: at most 31 characters, none of []:*?/\ .
QString sheetName(const QString &title)
{
    QString s = title;
    static const QRegularExpression bad(QStringLiteral("[\\[\\]:*?/\\\\]"));
    s.replace(bad, QStringLiteral(" "));
    s = s.simplified().left(31);
    return s.isEmpty() ? QStringLiteral("eBilim") : s;
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *label = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *number = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
};

void writeValue(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QVariant &v, ColumnType type, const Formats &f)
{
    if (!v.isValid() || v.isNull()) {
        worksheet_write_blank(ws, row, col, f.text);
        return;
    }
    if (v.typeId() == QMetaType::QDate) {
        const QDate d = v.toDate();
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &dt, f.date);
        return;
    }
    const bool numeric = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
    if (numeric || type == ColumnType::Int || type == ColumnType::Number || type == ColumnType::Money) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok) {
            lxw_format *fmt = type == ColumnType::Money ? f.money
                : (type == ColumnType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) ? f.integer
                                                                                                                  : f.number;
            worksheet_write_number(ws, row, col, d, fmt);
            return;
        }
    }
    if (v.typeId() == QMetaType::Bool) {
        worksheet_write_boolean(ws, row, col, v.toBool(), f.text);
        return;
    }
    worksheet_write_string(ws, row, col, u8(displayText(v, type)).constData(), f.text);
}

} // namespace

struct Request
{
    Document doc;
    QString title;
    QCborMap labels;
    bool landscape = false;
    QString label(const QString &field) const { return labels.value(field).toString(field); }
};

bool writeXlsx(const Request &req, const QString &outPath, QString *error)
{
    const Document &doc = req.doc;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    const QByteArray path = QFile::encodeName(outPath);
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *wb = workbook_new_opt(path.constData(), &options);
    if (!wb) {
        *error = QStringLiteral("xlsx: cannot create the workbook");
        return false;
    }
    const QString docTitle = req.title;
    const QByteArray titleUtf8 = u8(docTitle);
    lxw_doc_properties props{};
    props.title = const_cast<char *>(titleUtf8.constData());
    props.author = const_cast<char *>("eBilim");
    workbook_set_properties(wb, &props);

    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.label = workbook_add_format(wb);
    format_set_bold(f.label);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE8E8E8);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = workbook_add_format(wb);
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "0");
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "0.00");
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, "#,##0.00");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "dd.mm.yyyy");

    const QByteArray name = u8(sheetName(docTitle));
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
    lxw_row_t row = 0;
    worksheet_write_string(ws, row++, 0, titleUtf8.constData(), f.title);
    QList<int> widths(1, 12);
    auto widen = [&widths](int col, int chars) {
        while (widths.size() <= col) {
            widths << 8;
        }
        widths[col] = std::clamp(chars + 2, widths[col], 60);
    };
    if (doc.official.isValid()) {
        const Official &o = doc.official;
        for (const auto &p : QList<QPair<QString, QVariant>>{{req.label(QStringLiteral("regNo")), o.regNo},
                                                             {req.label(QStringLiteral("issuedAt")), o.issuedAt},
                                                             {req.label(QStringLiteral("signer")), o.signer},
                                                             {req.label(QStringLiteral("verifyCode")), o.verifyCode}}) {
            worksheet_write_string(ws, row, 0, u8(p.first).constData(), f.label);
            writeValue(ws, row, 1, p.second, ColumnType::Text, f);
            widen(0, int(p.first.size()));
            widen(1, int(displayText(p.second).size()));
            ++row;
        }
    }
    for (const auto &field : doc.fields) {
        const QString label = req.label(field.first);
        worksheet_write_string(ws, row, 0, u8(label).constData(), f.label);
        writeValue(ws, row, 1, field.second, ColumnType::Text, f);
        widen(0, int(label.size()));
        widen(1, int(displayText(field.second).size()));
        ++row;
    }
    for (int ti = 0; ti < doc.tables.size(); ++ti) {
        const Table &t = doc.tables.at(ti);
        ++row; // one empty row before each table
        const lxw_row_t headerRow = row;
        for (int c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(ws, row, lxw_col_t(c), u8(t.columns.at(c).title).constData(), f.header);
            widen(c, std::min(int(t.columns.at(c).title.size()), 20));
        }
        ++row;
        for (const auto &r : t.rows) {
            for (int c = 0; c < t.columns.size(); ++c) {
                const QVariant v = c < r.size() ? r.at(c) : QVariant();
                writeValue(ws, row, lxw_col_t(c), v, t.columns.at(c).type, f);
                if (row - headerRow < 200) { // widths from the first rows are enough
                    widen(c, int(displayText(v, t.columns.at(c).type).size()));
                }
            }
            ++row;
        }
        if (ti == 0 && !t.columns.isEmpty()) {
            worksheet_autofilter(ws, headerRow, 0, row > headerRow + 1 ? row - 1 : headerRow, lxw_col_t(t.columns.size() - 1));
            worksheet_freeze_panes(ws, headerRow + 1, 0);
        }
    }
    for (int c = 0; c < widths.size(); ++c) {
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    }
    worksheet_set_paper(ws, 9); // A4
    if (req.landscape) {
        worksheet_set_landscape(ws);
    }
    worksheet_fit_to_pages(ws, 1, 0);

    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        *error = QStringLiteral("xlsx: %1").arg(QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    return true;
}

} // namespace Ebilim::Documents

int main(int argc, char **argv)
{
    using namespace Ebilim::Documents;
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: ebilim-xlsx OUTPUT.xlsx < request.cbor\n", stderr);
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("cannot read stdin\n", stderr);
        return 2;
    }
    QCborParserError perr;
    const QCborMap m = QCborValue::fromCbor(in.readAll(), &perr).toMap();
    if (perr.error != QCborError::NoError || m.isEmpty()) {
        std::fputs("request: not a CBOR map\n", stderr);
        return 2;
    }
    Request req;
    req.doc = Document::fromCbor(m.value(QStringLiteral("document")).toMap());
    req.title = m.value(QStringLiteral("title")).toString();
    req.labels = m.value(QStringLiteral("labels")).toMap();
    req.landscape = m.value(QStringLiteral("landscape")).toBool();
    QString error;
    if (!writeXlsx(req, QFile::decodeName(argv[1]), &error)) {
        std::fputs(error.toLocal8Bit().constData(), stderr);
        std::fputs("\n", stderr);
        return 1;
    }
    return 0;
}
