#pragma once

#include "protocol/errors.h"
#include "protocol/registry.h"

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <exception>
#include <functional>
#include <optional>

namespace Ebilim::Server {

class Clock;

/// A role held by a user; scoped roles name their org unit.
struct RoleGrant
{
    QString role;
    qint64 unitId = 0;
};

/// The signed-in user of a connection.
struct SessionInfo
{
    QByteArray tokenHash;
    qint64 userId = 0;
    QString username;
    QString fullName;
    QList<RoleGrant> roles;
    QDateTime createdAt;
    QDateTime lastSeen;
};

/// Limits that make sessions and logins safe; tests shorten them.
struct SecurityPolicy
{
    int sessionIdleSeconds = 30 * 60;
    int sessionAbsoluteSeconds = 12 * 3600;
    int throttleWindowSeconds = 15 * 60;
    int throttleMaxFailures = 10; ///< per account and window: ≤ 40 per hour, within ASVS's 100
};

/// What every handler may reach besides the request.
struct ServerEnv
{
    const Clock *clock = nullptr;
    QString instanceId;
    SecurityPolicy policy;
};

/// Thrown by handlers to answer with a typed error; the transaction is rolled back.
class OpFailure : public std::exception
{
public:
    explicit OpFailure(Protocol::Error e)
        : error(std::move(e))
    {
    }
    OpFailure(Protocol::ErrorCode code, QCborMap details = {}, QString message = {});
    const char *what() const noexcept override { return "op failure"; }
    Protocol::Error error;
};

/**
 * Everything one op execution sees: the validated arguments, the caller, the database
 * connection (inside the op's transaction when the op mutates), and helpers for audit,
 * change notification and scope checks.
 */
class OpContext
{
public:
    OpContext(const Protocol::OpSpec &spec, QCborMap args, QSqlDatabase db, const SessionInfo *session, QString peer, const ServerEnv &env);

    const Protocol::OpSpec &spec;
    const QCborMap args;
    QSqlDatabase db;
    const SessionInfo *session;
    const QString peer;
    const ServerEnv &env;

    // Connection state changes requested by auth handlers.
    std::optional<SessionInfo> newSession;
    bool endSession = false;

    qint64 userId() const { return session ? session->userId : 0; }
    QString username() const;
    QDateTime now() const;

    QString str(const QString &name) const { return args.value(name).toString(); }
    qint64 integer(const QString &name, qint64 fallback = 0) const { return args.value(name).toInteger(fallback); }
    bool has(const QString &name) const { return args.contains(name) && !args.value(name).isNull(); }

    /// True if any role grants @p permission without scope, or a scoped role's unit contains @p unitId.
    bool inScope(const QString &permission, qint64 unitId) const;
    /// Throws not_authorized unless inScope(spec.permission, unitId).
    void requireScope(qint64 unitId) const;
    bool hasRole(const QString &role) const;
    bool unscoped(const QString &permission) const;

    /// Writes the audit record of this op (inside its transaction). Called at most once per op;
    /// if a mutating handler does not call it, the dispatcher records the op with its arguments.
    void audit(const QString &entity, const QString &entityId, const QCborValue &before, const QCborValue &after);
    bool audited() const { return m_audited; }
    /// Announces a change to every instance (delivered on commit) and so to the clients: to all
    /// signed-in clients, or only to @p audienceUserId's connections when given (private data).
    void notifyChange(const QString &entity, qint64 id, const QString &what = QStringLiteral("changed"), qint64 audienceUserId = 0);

    /// Creates a pending change request for the vice-rector (regulation §3) and returns {requestId, state}.
    QCborMap requestApproval(const QString &summary);

    [[noreturn]] static void fail(Protocol::ErrorCode code, QCborMap details = {}, const QString &message = {});

private:
    bool m_audited = false;
};

/// Writes one audit record outside any op transaction (logins, console actions).
void writeAudit(const QSqlDatabase &db, qint64 userId, const QString &username, const QString &op, const QString &entity,
                const QString &entityId, const QCborValue &before, const QCborValue &after, const QString &peer);

using Handler = std::function<QCborValue(OpContext &)>;
/// Applies an approved change request: gets the arguments the request was made with.
using ApprovalAction = std::function<QCborValue(OpContext &, const QCborMap &args)>;

/// One table from op name to handler. Modules add their handlers at start-up.
class Handlers
{
public:
    static void add(const QString &op, Handler handler);
    static void addApproval(const QString &op, ApprovalAction action);
    static const Handler *find(const QString &op);
    static const ApprovalAction *approval(const QString &op);
    static QStringList names();
};

} // namespace Ebilim::Server
