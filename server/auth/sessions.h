#pragma once

#include "dispatch/opcontext.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace Ebilim::Server {

/// Sessions stored in PostgreSQL (any instance can serve any client): 256-bit random
/// tokens, only their SHA-256 kept; idle and absolute limits from SecurityPolicy.
class Sessions
{
public:
    /// Creates a session; returns the token to give the client (base64url) and fills @p info.
    static QString create(const QSqlDatabase &db, qint64 userId, const QDateTime &now, const QString &peer, SessionInfo *info);
    static QByteArray hashToken(const QString &token);
    /// Loads and checks a session; throws OpFailure(session_expired | not_authenticated | account_disabled).
    /// Refreshes last_seen when it is older than a minute.
    static SessionInfo load(const QSqlDatabase &db, const QByteArray &tokenHash, const QDateTime &now, const SecurityPolicy &policy);
    static void end(const QSqlDatabase &db, const QByteArray &tokenHash, const QDateTime &now);
    /// Ends every session of a user except @p keep (password change, disabling).
    static void endAllFor(const QSqlDatabase &db, qint64 userId, const QDateTime &now, const QByteArray &keep = {});
    static QList<RoleGrant> rolesOf(const QSqlDatabase &db, qint64 userId);
};

} // namespace Ebilim::Server
