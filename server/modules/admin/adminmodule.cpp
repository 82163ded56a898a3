// Module "admin": users, role grants and server status for the system administrator.
#include "modules.h"

#include "auth/sessions.h"
#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "userstore.h"

#include <QCoreApplication>

namespace Ebilim::Server {

namespace {

QCborValue create(OpContext &ctx)
{
    const qint64 id = UserStore::create(ctx.db, ctx.str(QStringLiteral("username")), ctx.str(QStringLiteral("fullName")),
                                        ctx.str(QStringLiteral("password")), true);
    const QCborMap after = UserStore::describe(ctx.db, id);
    ctx.audit(QStringLiteral("user"), QString::number(id), {}, after);
    ctx.notifyChange(QStringLiteral("user"), id, QStringLiteral("created"));
    return after;
}

QCborValue setDisabled(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = UserStore::describe(ctx.db, id);
    UserStore::setDisabled(ctx.db, id, ctx.args.value(QStringLiteral("disabled")).toBool());
    if (ctx.args.value(QStringLiteral("disabled")).toBool()) {
        Sessions::endAllFor(ctx.db, id, ctx.now());
    }
    const QCborMap after = UserStore::describe(ctx.db, id);
    ctx.audit(QStringLiteral("user"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("user"), id);
    return after;
}

QCborValue grantOrRevoke(OpContext &ctx, bool grant)
{
    const qint64 id = ctx.integer(QStringLiteral("userId"));
    const QCborMap before = UserStore::describe(ctx.db, id);
    const QString role = ctx.str(QStringLiteral("role"));
    const qint64 unit = ctx.integer(QStringLiteral("unitId"));
    if (grant) {
        UserStore::grant(ctx.db, id, role, unit);
    } else {
        UserStore::revoke(ctx.db, id, role, unit);
    }
    const QCborMap after = UserStore::describe(ctx.db, id);
    ctx.audit(QStringLiteral("user"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("user"), id);
    return after;
}

QCborValue status(OpContext &ctx)
{
    QCborMap r;
    r.insert(QStringLiteral("version"), QStringLiteral(EBILIM_VERSION));
    r.insert(QStringLiteral("schemaVersion"), Migrations::current(ctx.db));
    r.insert(QStringLiteral("instance"), ctx.env.instanceId);
    r.insert(QStringLiteral("users"), scalar(ctx.db, QStringLiteral("SELECT count(*) FROM core.users")).toLongLong());
    r.insert(QStringLiteral("activeSessions"),
             scalar(ctx.db, QStringLiteral("SELECT count(*) FROM core.sessions WHERE ended_at IS NULL AND last_seen > ?"),
                    {ctx.now().addSecs(-ctx.env.policy.sessionIdleSeconds)})
                 .toLongLong());
    r.insert(QStringLiteral("postgres"), scalar(ctx.db, QStringLiteral("SHOW server_version")).toString());
    return r;
}

} // namespace

void registerAdminModule()
{
    Handlers::add(QStringLiteral("users.list"), [](OpContext &ctx) -> QCborValue { return UserStore::list(ctx.db); });
    Handlers::add(QStringLiteral("users.create"), create);
    Handlers::add(QStringLiteral("users.setDisabled"), setDisabled);
    Handlers::add(QStringLiteral("users.grantRole"), [](OpContext &ctx) { return grantOrRevoke(ctx, true); });
    Handlers::add(QStringLiteral("users.revokeRole"), [](OpContext &ctx) { return grantOrRevoke(ctx, false); });
    Handlers::add(QStringLiteral("system.status"), status);
}

} // namespace Ebilim::Server
