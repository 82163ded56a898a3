#include "auditlog.h"

#include "protocol/cborjson.h"
#include "storage/database.h"

#include <QCborMap>

namespace Ebilim::Server {

AuditLog::Verdict AuditLog::verify(const QSqlDatabase &db)
{
    Verdict v;
    QSqlQuery q = exec(db, QStringLiteral(
        "SELECT id, prev_hash = coalesce(lag(hash) OVER (ORDER BY id), '\\x'::bytea) AS link_ok, "
        "hash = core.audit_row_hash(prev_hash, a) AS hash_ok FROM core.audit_log a ORDER BY id"));
    qint64 lastId = 0;
    while (q.next()) {
        ++v.records;
        lastId = q.value(0).toLongLong();
        if (v.ok && !q.value(2).toBool()) {
            v.ok = false;
            v.firstBadId = lastId;
            v.problem = QStringLiteral("hash");
        } else if (v.ok && !q.value(1).toBool()) {
            v.ok = false;
            v.firstBadId = lastId;
            v.problem = QStringLiteral("link");
        }
    }
    q.finish();
    if (v.ok) {
        QSqlQuery h = exec(db, QStringLiteral("SELECT last_id, hash = (SELECT hash FROM core.audit_log WHERE id = last_id) FROM core.audit_head"));
        if (h.next()) {
            if (h.value(0).toLongLong() != lastId || !h.value(1).toBool()) {
                v.ok = false;
                v.firstBadId = lastId;
                v.problem = QStringLiteral("head");
            }
        } else if (v.records > 0) {
            v.ok = false;
            v.problem = QStringLiteral("head");
        }
    }
    return v;
}

QCborArray AuditLog::list(const QSqlDatabase &db, int limit, qint64 beforeId, const QString &entity, qint64 userId)
{
    QCborArray out;
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, at, coalesce(user_id, 0), username, op, entity, coalesce(entity_id, ''), "
                                      "coalesce(before::text, ''), coalesce(after::text, ''), coalesce(peer, '') FROM core.audit_log "
                                      "WHERE (? = 0 OR id < ?) AND (coalesce(?, '') = '' OR entity = ?) AND (? = 0 OR user_id = ?) ORDER BY id DESC LIMIT ?"),
                       {beforeId, beforeId, entity, entity, userId, userId, limit});
    while (q.next()) {
        QCborMap m;
        m.insert(QStringLiteral("id"), q.value(0).toLongLong());
        m.insert(QStringLiteral("at"), q.value(1).toDateTime().toUTC().toString(Qt::ISODateWithMs));
        m.insert(QStringLiteral("userId"), q.value(2).toLongLong());
        m.insert(QStringLiteral("username"), q.value(3).toString());
        m.insert(QStringLiteral("op"), q.value(4).toString());
        m.insert(QStringLiteral("entity"), q.value(5).toString());
        m.insert(QStringLiteral("entityId"), q.value(6).toString());
        if (!q.value(7).toString().isEmpty()) {
            m.insert(QStringLiteral("before"), Protocol::fromJson(q.value(7).toString().toUtf8()));
        }
        if (!q.value(8).toString().isEmpty()) {
            m.insert(QStringLiteral("after"), Protocol::fromJson(q.value(8).toString().toUtf8()));
        }
        m.insert(QStringLiteral("peer"), q.value(9).toString());
        out.append(m);
    }
    return out;
}

} // namespace Ebilim::Server
