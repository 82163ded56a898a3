// Module "ref": reference classifiers every module reads (SOATE today).
#include "modules.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"

#include <QCborArray>

namespace Ebilim::Server {

namespace {

/// SOATE entries by name or code, each with its path ("Нарынская область / Ат-Башинский район / …").
QCborValue soateSearch(OpContext &ctx)
{
    // Never a null QString: QPSQL binds it as NULL, and NULL = '' is not true.
    const QString query = ctx.str(QStringLiteral("query")).trimmed() + QString(QLatin1String(""));
    const QString parent = ctx.str(QStringLiteral("parentCode")).trimmed() + QString(QLatin1String(""));
    const qint64 limit = ctx.integer(QStringLiteral("limit"), 30);
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("WITH RECURSIVE hits AS ("
                                      "  SELECT code, parent_code, level, name_ru FROM ref.soate"
                                      "  WHERE (coalesce(?, '') = '' OR parent_code = ?)"
                                      "    AND (coalesce(?, '') = '' OR code LIKE ? || '%' OR lower(name_ru) LIKE '%' || lower(?) || '%'"
                                      "         OR lower(coalesce(name_ky, '')) LIKE '%' || lower(?) || '%')"
                                      "  ORDER BY level, name_ru LIMIT ?),"
                                      " up(code, start, name, parent_code, depth) AS ("
                                      "  SELECT h.code, h.code, h.name_ru, h.parent_code, 0 FROM hits h"
                                      "  UNION ALL SELECT s.code, up.start, s.name_ru, s.parent_code, up.depth + 1"
                                      "  FROM ref.soate s JOIN up ON s.code = up.parent_code)"
                                      " SELECT h.code, coalesce(h.parent_code, ''), h.level, h.name_ru,"
                                      "  (SELECT string_agg(name, ' / ' ORDER BY depth DESC) FROM up WHERE up.start = h.code)"
                                      " FROM hits h ORDER BY h.level, h.name_ru"),
                       {parent, parent, query, query, query, query, limit});
    QCborArray out;
    while (q.next()) {
        QCborMap m;
        m.insert(QStringLiteral("code"), q.value(0).toString());
        if (!q.value(1).toString().isEmpty()) {
            m.insert(QStringLiteral("parentCode"), q.value(1).toString());
        }
        m.insert(QStringLiteral("level"), q.value(2).toInt());
        m.insert(QStringLiteral("name"), q.value(3).toString());
        m.insert(QStringLiteral("path"), q.value(4).toString());
        out.append(m);
    }
    return out;
}

} // namespace

void registerRefModule()
{
    Handlers::add(QStringLiteral("ref.soate.search"), soateSearch);
}

} // namespace Ebilim::Server
