#include "sessions.h"

#include "passwords.h"
#include "storage/database.h"

#include <QCryptographicHash>

namespace Ebilim::Server {

using Protocol::ErrorCode;

QByteArray Sessions::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

QList<RoleGrant> Sessions::rolesOf(const QSqlDatabase &db, qint64 userId)
{
    QList<RoleGrant> roles;
    QSqlQuery q = exec(db, QStringLiteral("SELECT role, coalesce(unit_id, 0) FROM core.user_roles WHERE user_id = ? ORDER BY role"), {userId});
    while (q.next()) {
        roles.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    return roles;
}

QString Sessions::create(const QSqlDatabase &db, qint64 userId, const QDateTime &now, const QString &peer, SessionInfo *info)
{
    const QString token = QString::fromLatin1(
        Passwords::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray h = hashToken(token);
    exec(db, QStringLiteral("INSERT INTO core.sessions(token_hash, user_id, created_at, last_seen, peer) VALUES (?, ?, ?, ?, ?)"),
         {h, userId, now, now, peer});
    if (info) {
        info->tokenHash = h;
        info->userId = userId;
        info->createdAt = now;
        info->lastSeen = now;
        QSqlQuery q = exec(db, QStringLiteral("SELECT username, full_name FROM core.users WHERE id = ?"), {userId});
        if (q.next()) {
            info->username = q.value(0).toString();
            info->fullName = q.value(1).toString();
        }
        info->roles = rolesOf(db, userId);
    }
    return token;
}

SessionInfo Sessions::load(const QSqlDatabase &db, const QByteArray &tokenHash, const QDateTime &now, const SecurityPolicy &policy)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT s.created_at, s.last_seen, s.ended_at IS NOT NULL, u.disabled, u.id, u.username, u.full_name, "
                                      "(SELECT string_agg(r.role || ':' || coalesce(r.unit_id, 0), ',') FROM core.user_roles r "
                                      " WHERE r.user_id = u.id) "
                                      "FROM core.sessions s JOIN core.users u ON u.id = s.user_id WHERE s.token_hash = ?"),
                       {tokenHash});
    if (!q.next()) {
        OpContext::fail(ErrorCode::NotAuthenticated, {}, QStringLiteral("unknown session"));
    }
    SessionInfo s;
    s.tokenHash = tokenHash;
    s.createdAt = q.value(0).toDateTime();
    s.lastSeen = q.value(1).toDateTime();
    const bool ended = q.value(2).toBool();
    const bool disabled = q.value(3).toBool();
    s.userId = q.value(4).toLongLong();
    s.username = q.value(5).toString();
    s.fullName = q.value(6).toString();
    for (const QString &part : q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = part.lastIndexOf(QLatin1Char(':'));
        s.roles.append({part.left(colon), part.mid(colon + 1).toLongLong()});
    }
    q.finish();
    QCborMap d;
    if (ended) {
        d.insert(QStringLiteral("reason"), QStringLiteral("ended"));
        OpContext::fail(ErrorCode::SessionExpired, d, QStringLiteral("session ended"));
    }
    if (disabled) {
        OpContext::fail(ErrorCode::AccountDisabled, {}, QStringLiteral("account disabled"));
    }
    if (s.lastSeen.secsTo(now) > policy.sessionIdleSeconds) {
        end(db, tokenHash, now);
        d.insert(QStringLiteral("reason"), QStringLiteral("idle"));
        OpContext::fail(ErrorCode::SessionExpired, d, QStringLiteral("session idle too long"));
    }
    if (s.createdAt.secsTo(now) > policy.sessionAbsoluteSeconds) {
        end(db, tokenHash, now);
        d.insert(QStringLiteral("reason"), QStringLiteral("absolute"));
        OpContext::fail(ErrorCode::SessionExpired, d, QStringLiteral("session too old"));
    }
    if (s.lastSeen.secsTo(now) > 60) {
        exec(db, QStringLiteral("UPDATE core.sessions SET last_seen = ? WHERE token_hash = ?"), {now, tokenHash});
        s.lastSeen = now;
    }
    return s;
}

void Sessions::end(const QSqlDatabase &db, const QByteArray &tokenHash, const QDateTime &now)
{
    exec(db, QStringLiteral("UPDATE core.sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL"), {now, tokenHash});
}

void Sessions::endAllFor(const QSqlDatabase &db, qint64 userId, const QDateTime &now, const QByteArray &keep)
{
    exec(db, QStringLiteral("UPDATE core.sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL AND token_hash <> ?"),
         {now, userId, keep.isEmpty() ? QByteArray("-") : keep});
}

} // namespace Ebilim::Server
