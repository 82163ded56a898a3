#include "dispatcher.h"

#include "auth/clock.h"
#include "auth/sessions.h"
#include "protocol/message.h"
#include "storage/database.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDispatch, "ebilim.server.dispatch")

namespace Ebilim::Server {

using namespace Protocol;

namespace {

Error makeErr(ErrorCode code, const QString &message, QCborMap details = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.details = std::move(details);
    return e;
}

/// Arguments as they go into the generic audit record: no secrets, no blobs.
QCborMap auditableArgs(const QCborMap &args)
{
    QCborMap out;
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QString k = it.key().toString();
        if (k.contains(QLatin1String("assword")) || k == QLatin1String("token")) {
            out.insert(k, QStringLiteral("***"));
        } else if (k == QLatin1String("photo")) {
            out.insert(k, QStringLiteral("(%1 bytes)").arg(it.value().toString().size()));
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

} // namespace

Dispatcher::Dispatcher(const ServerEnv &env)
    : m_env(env)
{
}

DispatchResult Dispatcher::execute(const QCborMap &request, const std::optional<SessionInfo> &session, const QString &peer) const
{
    DispatchResult out;
    const QCborValue idv = request.value(Key::Id);
    const qint64 id = idv.isInteger() ? idv.toInteger() : -1;
    try {
        if (!idv.isInteger() || !request.value(Key::Op).isString()
            || (request.contains(Key::Args) && !request.value(Key::Args).isMap())
            || (request.contains(Key::IdemKey) && !request.value(Key::IdemKey).isString())) {
            throw OpFailure(makeErr(ErrorCode::BadFrame, QStringLiteral("request needs integer id, string op, map args, string key")));
        }
        const QString op = request.value(Key::Op).toString();
        out.op = op;
        const OpSpec *spec = Registry::find(op);
        if (!spec || !Handlers::find(op)) {
            QCborMap d;
            d.insert(QStringLiteral("op"), op);
            throw OpFailure(makeErr(ErrorCode::UnknownOp, QStringLiteral("unknown op"), d));
        }
        const QCborMap args = request.value(Key::Args).toMap();
        if (auto err = Registry::validate(*spec, args)) {
            throw OpFailure(*err);
        }
        const QString key = request.value(Key::IdemKey).toString();
        if (spec->mutates) {
            if (key.isEmpty() || QUuid::fromString(key).isNull()) {
                QCborMap d;
                d.insert(QStringLiteral("field"), QStringLiteral("key"));
                d.insert(QStringLiteral("reason"), key.isEmpty() ? QStringLiteral("missing") : QStringLiteral("format"));
                throw OpFailure(makeErr(ErrorCode::ValidationFailed, QStringLiteral("mutating op needs a UUID key"), d));
            }
        }
        const QCborValue result = run(*spec, args, key, session, peer, out);
        out.response = makeResult(id, result);
        out.ok = true;
    } catch (const OpFailure &f) {
        out.response = makeError(id, f.error);
    } catch (const SqlError &e) {
        const QString ref = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        qCWarning(lcDispatch).noquote() << "op" << out.op << "failed, ref" << ref << "sqlstate" << e.sqlState << e.text;
        QCborMap d;
        d.insert(QStringLiteral("ref"), ref);
        out.response = makeError(id, makeErr(ErrorCode::Internal, QStringLiteral("database error"), d));
    } catch (const std::exception &e) {
        const QString ref = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        qCWarning(lcDispatch).noquote() << "op" << out.op << "failed, ref" << ref << e.what();
        QCborMap d;
        d.insert(QStringLiteral("ref"), ref);
        out.response = makeError(id, makeErr(ErrorCode::Internal, QStringLiteral("internal error"), d));
    }
    return out;
}

QCborValue Dispatcher::run(const OpSpec &spec, const QCborMap &args, const QString &key, const std::optional<SessionInfo> &session,
                           const QString &peer, DispatchResult &out) const
{
    QSqlDatabase db = Db::thread();
    const QDateTime now = m_env.clock->now();

    std::optional<SessionInfo> current;
    if (!spec.permission.isEmpty()) {
        if (!session) {
            throw OpFailure(makeErr(ErrorCode::NotAuthenticated, QStringLiteral("sign in first")));
        }
        try {
            current = Sessions::load(db, session->tokenHash, now, m_env.policy);
        } catch (const OpFailure &) {
            out.endSession = true;
            throw;
        }
        bool allowed = false;
        for (const RoleGrant &g : current->roles) {
            allowed = allowed || Registry::roleHas(g.role, spec.permission);
        }
        if (!allowed) {
            QCborMap d;
            d.insert(QStringLiteral("permission"), spec.permission);
            throw OpFailure(makeErr(ErrorCode::NotAuthorized, QStringLiteral("role lacks permission"), d));
        }
    }
    const SessionInfo *who = current ? &*current : nullptr;

    auto checkScope = [&](OpContext &ctx) {
        if (!spec.scopeArg.isEmpty() && !ctx.unscoped(spec.permission)) {
            ctx.requireScope(args.value(spec.scopeArg).toInteger(0));
        }
    };
    const Handler &handler = *Handlers::find(spec.name);

    if (!spec.mutates) {
        OpContext ctx(spec, args, db, who, peer, m_env);
        checkScope(ctx);
        QCborValue r = handler(ctx);
        out.newSession = ctx.newSession;
        out.endSession = out.endSession || ctx.endSession;
        return r;
    }

    const auto attempt = [&]() -> QCborValue {
        Transaction tx(db);
        QSqlQuery prior = exec(db, QStringLiteral("SELECT response, user_id FROM core.idempotency WHERE key = ?::uuid"), {key});
        if (prior.next()) {
            if (prior.value(1).toLongLong() != (who ? who->userId : 0)) {
                QCborMap d;
                d.insert(QStringLiteral("field"), QStringLiteral("key"));
                d.insert(QStringLiteral("reason"), QStringLiteral("reused"));
                throw OpFailure(makeErr(ErrorCode::ValidationFailed, QStringLiteral("key belongs to another user"), d));
            }
            return QCborValue::fromCbor(prior.value(0).toByteArray());
        }
        prior.finish();
        OpContext ctx(spec, args, db, who, peer, m_env);
        checkScope(ctx);
        QCborValue r = handler(ctx);
        if (!ctx.audited()) {
            ctx.audit(spec.module, QString(), QCborValue(), auditableArgs(args));
        }
        exec(db, QStringLiteral("INSERT INTO core.idempotency(key, user_id, op, response, created_at) VALUES (?::uuid, ?, ?, ?, ?)"),
             {key, who ? QVariant(who->userId) : QVariant(QMetaType::fromType<qlonglong>()), spec.name, r.toCbor(), now});
        tx.commit();
        out.newSession = ctx.newSession;
        out.endSession = ctx.endSession;
        return r;
    };
    return withRetry([&]() -> QCborValue {
        try {
            return attempt();
        } catch (const SqlError &e) {
            // A replay can race with its original still committing (a client resending after the
            // server was killed mid-request, while the old PostgreSQL backend finishes): the handler's
            // rows or the key itself then collide. If the key has committed meanwhile, retry to
            // answer with its stored result; any other collision is a real error.
            if (e.isUniqueViolation()
                && exec(db, QStringLiteral("SELECT 1 FROM core.idempotency WHERE key = ?::uuid"), {key}).next()) {
                throw SqlError(QStringLiteral("40001"), e.text);
            }
            throw;
        }
    });
}

} // namespace Ebilim::Server
