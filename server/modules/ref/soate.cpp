#include "soate.h"

#include "documents/csvreader.h"
#include "storage/database.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Ebilim::Server::Soate {

QList<Row> parseCsv(const QByteArray &csv, QStringList *errors)
{
    const Documents::TableData table = Documents::readCsv(csv);
    QList<Row> rows;
    if (!table.ok() || table.rows.isEmpty()) {
        if (errors) {
            *errors << (table.ok() ? QStringLiteral("the file is empty") : table.error);
        }
        return rows;
    }
    const QStringList header = table.rows.first();
    const int code = int(header.indexOf(QStringLiteral("code")));
    const int level = int(header.indexOf(QStringLiteral("level")));
    const int name = int(header.indexOf(QStringLiteral("name")));
    const int parentCode = int(header.indexOf(QStringLiteral("parent_code")));
    const int id = int(header.indexOf(QStringLiteral("id")));
    const int parentId = int(header.indexOf(QStringLiteral("parent_id")));
    if (code < 0 || level < 0 || name < 0 || (parentCode < 0 && (id < 0 || parentId < 0))) {
        if (errors) {
            *errors << QStringLiteral("line 1: expected the columns code, level, name and parent_code (or id and parent_id)");
        }
        return rows;
    }
    static const QRegularExpression codeRe(QStringLiteral("^[0-9]{14}$"));
    QHash<QString, QString> codeOfId;
    for (int i = 1; i < table.rows.size(); ++i) {
        const QStringList &r = table.rows.at(i);
        if (id >= 0 && code < r.size()) {
            codeOfId.insert(r.value(id).trimmed(), r.value(code).trimmed());
        }
    }
    for (int i = 1; i < table.rows.size(); ++i) {
        const QStringList &r = table.rows.at(i);
        Row row;
        row.code = r.value(code).trimmed();
        row.level = r.value(level).trimmed().toInt();
        row.name = r.value(name).trimmed();
        row.parent = parentCode >= 0 ? r.value(parentCode).trimmed() : codeOfId.value(r.value(parentId).trimmed());
        QString why;
        if (!codeRe.match(row.code).hasMatch()) {
            why = QStringLiteral("code \"%1\" is not 14 digits").arg(row.code);
        } else if (row.level < 1 || row.level > 4) {
            why = QStringLiteral("level must be 1 to 4");
        } else if (row.name.isEmpty()) {
            why = QStringLiteral("no name");
        } else if (!row.parent.isEmpty() && !codeRe.match(row.parent).hasMatch()) {
            why = QStringLiteral("parent \"%1\" is not a code").arg(row.parent);
        }
        if (!why.isEmpty()) {
            if (errors) {
                *errors << QStringLiteral("line %1: %2").arg(i + 1).arg(why);
            }
            continue;
        }
        rows << row;
    }
    return rows;
}

LoadResult load(const QSqlDatabase &db, const QList<Row> &input)
{
    QList<Row> rows = input;
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.level < b.level; });
    LoadResult result;
    for (const Row &r : rows) {
        const QVariant parent = r.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.parent);
        // xmax = 0 tells an inserted row from an updated one.
        QSqlQuery q = exec(db,
                           QStringLiteral("INSERT INTO ref.soate(code, parent_code, level, name_ru) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level, "
                                          "name_ru = excluded.name_ru "
                                          "WHERE (ref.soate.parent_code, ref.soate.level, ref.soate.name_ru) IS DISTINCT FROM "
                                          "(excluded.parent_code, excluded.level, excluded.name_ru) "
                                          "RETURNING (xmax = 0)::int"),
                           {r.code, parent, r.level, r.name});
        if (q.next()) {
            (q.value(0).toInt() == 1 ? result.inserted : result.updated) += 1;
        }
    }
    return result;
}

} // namespace Ebilim::Server::Soate
