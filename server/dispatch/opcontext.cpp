#include "opcontext.h"

#include "auth/clock.h"
#include "protocol/cborjson.h"
#include "storage/database.h"

#include <QCborArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace Ebilim::Server {

using Protocol::ErrorCode;

OpFailure::OpFailure(ErrorCode code, QCborMap details, QString message)
{
    error.code = code;
    error.details = std::move(details);
    error.message = std::move(message);
}

OpContext::OpContext(const Protocol::OpSpec &s, QCborMap a, QSqlDatabase d, const SessionInfo *sess, QString p, const ServerEnv &e)
    : spec(s)
    , args(std::move(a))
    , db(std::move(d))
    , session(sess)
    , peer(std::move(p))
    , env(e)
{
}

QString OpContext::username() const
{
    return session ? session->username : QString();
}

QDateTime OpContext::now() const
{
    return env.clock ? env.clock->now() : QDateTime::currentDateTimeUtc();
}

bool OpContext::unscoped(const QString &permission) const
{
    if (!session) {
        return false;
    }
    for (const RoleGrant &g : session->roles) {
        const Protocol::RoleSpec *r = Protocol::Registry::role(g.role);
        if (r && r->scopeKind.isEmpty() && r->permissions.contains(permission)) {
            return true;
        }
    }
    return false;
}

bool OpContext::inScope(const QString &permission, qint64 unitId) const
{
    if (!session) {
        return false;
    }
    if (unscoped(permission)) {
        return true;
    }
    if (unitId <= 0) {
        return false;
    }
    for (const RoleGrant &g : session->roles) {
        const Protocol::RoleSpec *r = Protocol::Registry::role(g.role);
        if (r && !r->scopeKind.isEmpty() && r->permissions.contains(permission) && g.unitId > 0) {
            if (scalar(db, QStringLiteral("SELECT org.unit_within(?, ?)"), {unitId, g.unitId}).toBool()) {
                return true;
            }
        }
    }
    return false;
}

void OpContext::requireScope(qint64 unitId) const
{
    if (!inScope(spec.permission, unitId)) {
        QCborMap d;
        d.insert(QStringLiteral("permission"), spec.permission);
        d.insert(QStringLiteral("scope"), unitId);
        fail(ErrorCode::NotAuthorized, d, QStringLiteral("unit outside the caller's scope"));
    }
}

bool OpContext::hasRole(const QString &role) const
{
    if (!session) {
        return false;
    }
    for (const RoleGrant &g : session->roles) {
        if (g.role == role) {
            return true;
        }
    }
    return false;
}

namespace {
QVariant jsonOrNull(const QCborValue &v)
{
    if (v.isUndefined() || v.isNull()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return QString::fromUtf8(Protocol::toJson(v));
}
} // namespace

void writeAudit(const QSqlDatabase &db, qint64 userId, const QString &username, const QString &op, const QString &entity,
                const QString &entityId, const QCborValue &before, const QCborValue &after, const QString &peer)
{
    exec(db,
         QStringLiteral("INSERT INTO core.audit_log(id, user_id, username, op, entity, entity_id, before, after, peer, prev_hash, hash) "
                        "VALUES (0, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, '\\x', '\\x')"),
         {userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qlonglong>()), username, op, entity,
          entityId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entityId), jsonOrNull(before), jsonOrNull(after),
          peer});
}

void OpContext::audit(const QString &entity, const QString &entityId, const QCborValue &before, const QCborValue &after)
{
    writeAudit(db, userId(), username(), spec.name, entity, entityId, before, after, peer);
    m_audited = true;
}

void OpContext::notifyChange(const QString &entity, qint64 id, const QString &what, qint64 audienceUserId)
{
    QJsonObject o;
    if (audienceUserId > 0) {
        o.insert(QStringLiteral("user"), audienceUserId);
    }
    o.insert(QStringLiteral("entity"), entity);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("op"), what);
    o.insert(QStringLiteral("instance"), env.instanceId);
    exec(db, QStringLiteral("SELECT pg_notify('ebilim_change', ?)"),
         {QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))});
}

QCborMap OpContext::requestApproval(const QString &summary)
{
    QCborMap stored = args;
    const QVariant id = scalar(db,
                               QStringLiteral("INSERT INTO core.change_requests(op, args, summary, requested_by, requested_at) "
                                              "VALUES (?, ?::jsonb, ?, ?, ?) RETURNING id"),
                               {spec.name, QString::fromUtf8(Protocol::toJson(stored)), summary, userId(), now()});
    QCborMap after;
    after.insert(QStringLiteral("op"), spec.name);
    after.insert(QStringLiteral("args"), stored);
    after.insert(QStringLiteral("summary"), summary);
    writeAudit(db, userId(), username(), spec.name, QStringLiteral("change_request"), id.toString(), {}, after, peer);
    m_audited = true;
    notifyChange(QStringLiteral("change_request"), id.toLongLong(), QStringLiteral("created"));
    QCborMap r;
    r.insert(QStringLiteral("requestId"), id.toLongLong());
    r.insert(QStringLiteral("state"), QStringLiteral("pending"));
    return r;
}

void OpContext::fail(ErrorCode code, QCborMap details, const QString &message)
{
    throw OpFailure(code, std::move(details), message);
}

namespace {
struct HandlerTable
{
    QHash<QString, Handler> handlers;
    QHash<QString, ApprovalAction> approvals;
};
HandlerTable &table()
{
    static HandlerTable t;
    return t;
}
} // namespace

void Handlers::add(const QString &op, Handler handler)
{
    table().handlers.insert(op, std::move(handler));
}

void Handlers::addApproval(const QString &op, ApprovalAction action)
{
    table().approvals.insert(op, std::move(action));
}

const Handler *Handlers::find(const QString &op)
{
    auto it = table().handlers.constFind(op);
    return it == table().handlers.constEnd() ? nullptr : &it.value();
}

const ApprovalAction *Handlers::approval(const QString &op)
{
    auto it = table().approvals.constFind(op);
    return it == table().approvals.constEnd() ? nullptr : &it.value();
}

QStringList Handlers::names()
{
    return table().handlers.keys();
}

} // namespace Ebilim::Server
