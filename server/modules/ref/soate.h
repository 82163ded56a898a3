#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Ebilim::Server {

/// SOATE, the administrative-territorial classifier of the Kyrgyz Republic (ref.soate).
namespace Soate {

struct Row
{
    QString code;   ///< 14 digits
    QString parent; ///< parent's code, empty for level 1
    int level = 1;  ///< 1 oblast / city of republican significance … 4 village
    QString name;   ///< Russian name as published
};

/**
 * Reads a SOATE extract as published in ../shared/domain/: either "code,level,name,parent_code"
 * or "id,parent_id,level,level_name,code,name" (parents by row id). Rows with a malformed
 * code or level are reported in @p errors ("line N: why") and skipped.
 */
QList<Row> parseCsv(const QByteArray &csv, QStringList *errors);

struct LoadResult
{
    int inserted = 0;
    int updated = 0;
};

/// Inserts new codes and updates names and parents of known ones (parents first), in the
/// caller's transaction. Codes no longer in the file are kept: students' addresses may use them.
LoadResult load(const QSqlDatabase &db, const QList<Row> &rows);

} // namespace Soate

} // namespace Ebilim::Server
