// Module "approvals": the vice-rector's approval of deletions and drastic changes
// (regulation §3). Other modules create requests with OpContext::requestApproval() and
// register how to apply them with Handlers::addApproval().
#include "modules.h"

#include "dispatch/opcontext.h"
#include "protocol/cborjson.h"
#include "storage/database.h"

#include <QCborArray>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.op, r.args::text, r.summary, r.requested_by, ru.username, r.requested_at, r.state, "
    "coalesce(r.decided_by, 0), coalesce(du.username, ''), r.decided_at, coalesce(r.decision, ''), coalesce(r.result::text, '') "
    "FROM core.change_requests r JOIN core.users ru ON ru.id = r.requested_by LEFT JOIN core.users du ON du.id = r.decided_by");

QCborMap requestFrom(const QSqlQuery &q)
{
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("op"), q.value(1).toString());
    m.insert(QStringLiteral("args"), Protocol::fromJson(q.value(2).toString().toUtf8()));
    m.insert(QStringLiteral("summary"), q.value(3).toString());
    m.insert(QStringLiteral("requestedBy"), q.value(4).toLongLong());
    m.insert(QStringLiteral("requestedByName"), q.value(5).toString());
    m.insert(QStringLiteral("requestedAt"), q.value(6).toDateTime().toString(Qt::ISODate));
    m.insert(QStringLiteral("state"), q.value(7).toString());
    if (q.value(8).toLongLong() > 0) {
        m.insert(QStringLiteral("decidedBy"), q.value(8).toLongLong());
        m.insert(QStringLiteral("decidedByName"), q.value(9).toString());
        m.insert(QStringLiteral("decidedAt"), q.value(10).toDateTime().toString(Qt::ISODate));
        m.insert(QStringLiteral("decision"), q.value(11).toString());
    }
    if (!q.value(12).toString().isEmpty()) {
        m.insert(QStringLiteral("result"), Protocol::fromJson(q.value(12).toString().toUtf8()));
    }
    return m;
}

QCborValue list(OpContext &ctx)
{
    const bool all = ctx.hasRole(QStringLiteral("vicerector")) || ctx.hasRole(QStringLiteral("sysadmin"));
    const QString state = ctx.str(QStringLiteral("state"));
    QCborArray out;
    QSqlQuery q = exec(ctx.db,
                       kSelect + QStringLiteral(" WHERE (coalesce(?, '') = '' OR r.state = ?) AND (? = 1 OR r.requested_by = ?) ORDER BY r.id DESC LIMIT 1000"),
                       {state, state, all ? 1 : 0, ctx.userId()});
    while (q.next()) {
        out.append(requestFrom(q));
    }
    return out;
}

QCborMap loadPending(OpContext &ctx, qint64 id)
{
    QSqlQuery q = exec(ctx.db, kSelect + QStringLiteral(" WHERE r.id = ? FOR UPDATE OF r"), {id});
    if (!q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("change_request"));
        d.insert(QStringLiteral("id"), id);
        OpContext::fail(ErrorCode::NotFound, d);
    }
    QCborMap r = requestFrom(q);
    q.finish();
    if (r.value(QStringLiteral("state")).toString() != QLatin1String("pending")) {
        QCborMap d;
        d.insert(QStringLiteral("state"), r.value(QStringLiteral("state")));
        OpContext::fail(ErrorCode::InvalidState, d, QStringLiteral("request already decided"));
    }
    return r;
}

/// After a decision: audits the request's before/after and announces it.
QCborMap recordDecision(OpContext &ctx, qint64 id, const QCborMap &before, const QString &decision)
{
    QSqlQuery q = exec(ctx.db, kSelect + QStringLiteral(" WHERE r.id = ?"), {id});
    q.next();
    const QCborMap after = requestFrom(q);
    q.finish();
    ctx.audit(QStringLiteral("change_request"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("change_request"), id, decision);
    return after;
}

/// approvals.approve: applies the request's action in this transaction; if the action
/// fails (e.g. the unit gained children), nothing changes and the request stays pending.
QCborValue approve(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = loadPending(ctx, id);
    const QString op = before.value(QStringLiteral("op")).toString();
    const ApprovalAction *action = Handlers::approval(op);
    if (!action) {
        QCborMap d;
        d.insert(QStringLiteral("op"), op);
        OpContext::fail(ErrorCode::UnknownOp, d, QStringLiteral("no approval action for this op"));
    }
    const QCborValue result = (*action)(ctx, before.value(QStringLiteral("args")).toMap());
    exec(ctx.db,
         QStringLiteral("UPDATE core.change_requests SET state = 'approved', decided_by = ?, decided_at = ?, decision = ?, result = ?::jsonb "
                        "WHERE id = ?"),
         {ctx.userId(), ctx.now(), ctx.str(QStringLiteral("comment")), QString::fromUtf8(Protocol::toJson(result)), id});
    return recordDecision(ctx, id, before, QStringLiteral("approved"));
}

QCborValue reject(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = loadPending(ctx, id);
    exec(ctx.db, QStringLiteral("UPDATE core.change_requests SET state = 'rejected', decided_by = ?, decided_at = ?, decision = ? WHERE id = ?"),
         {ctx.userId(), ctx.now(), ctx.str(QStringLiteral("reason")), id});
    return recordDecision(ctx, id, before, QStringLiteral("rejected"));
}

} // namespace

void registerApprovalsModule()
{
    Handlers::add(QStringLiteral("approvals.list"), list);
    Handlers::add(QStringLiteral("approvals.approve"), approve);
    Handlers::add(QStringLiteral("approvals.reject"), reject);
}

} // namespace Ebilim::Server
