#include "tableexport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QLocale>

namespace Ebilim::Client::Ui::TableExport {

namespace {

using Documents::ColumnType;

/// The type a column's values share: dates, integers, numbers; anything else is text.
ColumnType columnType(const QAbstractItemModel *model, int column)
{
    ColumnType type = ColumnType::Text;
    bool first = true;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QVariant v = model->index(r, column).data(Qt::EditRole);
        if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
            continue;
        }
        ColumnType t = ColumnType::Text;
        switch (v.typeId()) {
        case QMetaType::QDate:
            t = ColumnType::Date;
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            t = ColumnType::Int;
            break;
        case QMetaType::Double:
            t = ColumnType::Number;
            break;
        default:
            return ColumnType::Text;
        }
        if (first) {
            type = t;
            first = false;
        } else if (t != type) {
            if ((t == ColumnType::Int && type == ColumnType::Number) || (t == ColumnType::Number && type == ColumnType::Int)) {
                type = ColumnType::Number;
            } else {
                return ColumnType::Text;
            }
        }
    }
    return type;
}

} // namespace

QString currentLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Kirghiz:
        return QStringLiteral("ky");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

Documents::Document toDocument(const QAbstractItemModel *model, const QString &title, const QList<int> &columns, const QString &filter,
                               const QString &lang)
{
    QList<int> cols = columns;
    if (cols.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c) {
            cols << c;
        }
    }
    Documents::Document d;
    d.kind = QStringLiteral("table");
    d.lang = lang.isEmpty() ? currentLanguage() : lang;
    d.title = title;
    if (!filter.isEmpty()) {
        d.setField(QStringLiteral("filter"), filter);
    }
    d.setField(QStringLiteral("rowCount"), model->rowCount());
    d.setField(QStringLiteral("generatedAt"), QDate::currentDate());
    Documents::Table t;
    t.name = QStringLiteral("rows");
    for (int i = 0; i < cols.size(); ++i) {
        t.columns.append({QStringLiteral("c%1").arg(i + 1), model->headerData(cols.at(i), Qt::Horizontal).toString(), columnType(model, cols.at(i))});
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        QList<QVariant> row;
        row.reserve(cols.size());
        for (int i = 0; i < cols.size(); ++i) {
            const QModelIndex idx = model->index(r, cols.at(i));
            // Typed columns keep their values (real numbers and dates in XLSX); text columns
            // take what the user sees (formatted, translated).
            row << (t.columns.at(i).type == ColumnType::Text ? idx.data(Qt::DisplayRole) : idx.data(Qt::EditRole));
        }
        t.rows.append(row);
    }
    d.tables.append(t);
    return d;
}

} // namespace Ebilim::Client::Ui::TableExport
