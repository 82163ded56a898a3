#include "userstore.h"

#include "auth/passwords.h"
#include "dispatch/opcontext.h"
#include "protocol/registry.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {
QCborMap fieldDetail(const QString &field, const QString &reason)
{
    QCborMap d;
    d.insert(QStringLiteral("field"), field);
    d.insert(QStringLiteral("reason"), reason);
    return d;
}
} // namespace

void UserStore::checkPassword(const QString &password)
{
    if (password.size() < 10) {
        QCborMap d = fieldDetail(QStringLiteral("password"), QStringLiteral("too_short"));
        d.insert(QStringLiteral("limit"), 10);
        OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("password shorter than 10 characters"));
    }
    if (password.size() > 256) {
        QCborMap d = fieldDetail(QStringLiteral("password"), QStringLiteral("too_long"));
        d.insert(QStringLiteral("limit"), 256);
        OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("password longer than 256 characters"));
    }
    if (password.count(password.at(0)) == password.size()) {
        OpContext::fail(ErrorCode::ValidationFailed, fieldDetail(QStringLiteral("password"), QStringLiteral("weak")),
                        QStringLiteral("password is one repeated character"));
    }
}

qint64 UserStore::create(const QSqlDatabase &db, const QString &username, const QString &fullName, const QString &password,
                         bool mustChangePassword)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    if (!re.match(username).hasMatch()) {
        OpContext::fail(ErrorCode::ValidationFailed, fieldDetail(QStringLiteral("username"), QStringLiteral("format")),
                        QStringLiteral("user name: 2..64 of a-z 0-9 . _ -"));
    }
    if (fullName.trimmed().isEmpty()) {
        OpContext::fail(ErrorCode::ValidationFailed, fieldDetail(QStringLiteral("fullName"), QStringLiteral("missing")));
    }
    checkPassword(password);
    if (scalar(db, QStringLiteral("SELECT 1 FROM core.users WHERE username = ?"), {username}).isValid()) {
        OpContext::fail(ErrorCode::AlreadyExists, fieldDetail(QStringLiteral("username"), QStringLiteral("taken")),
                        QStringLiteral("user name taken"));
    }
    return scalar(db,
                  QStringLiteral("INSERT INTO core.users(username, full_name, password_hash, must_change_password) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"),
                  {username, fullName.trimmed(), Passwords::hash(password), mustChangePassword})
        .toLongLong();
}

qint64 UserStore::idOf(const QSqlDatabase &db, const QString &username)
{
    const QVariant v = scalar(db, QStringLiteral("SELECT id FROM core.users WHERE username = ?"), {username});
    if (!v.isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("user"));
        d.insert(QStringLiteral("id"), username);
        OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such user"));
    }
    return v.toLongLong();
}

void UserStore::setPassword(const QSqlDatabase &db, qint64 userId, const QString &password, bool mustChange)
{
    checkPassword(password);
    exec(db, QStringLiteral("UPDATE core.users SET password_hash = ?, must_change_password = ?, row_version = row_version + 1 WHERE id = ?"),
         {Passwords::hash(password), mustChange, userId});
}

void UserStore::setDisabled(const QSqlDatabase &db, qint64 userId, bool disabled)
{
    QSqlQuery q = exec(db, QStringLiteral("UPDATE core.users SET disabled = ?, row_version = row_version + 1 WHERE id = ?"), {disabled, userId});
    if (q.numRowsAffected() == 0) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("user"));
        d.insert(QStringLiteral("id"), userId);
        OpContext::fail(ErrorCode::NotFound, d);
    }
}

bool UserStore::grant(const QSqlDatabase &db, qint64 userId, const QString &role, qint64 unitId)
{
    const Protocol::RoleSpec *spec = Protocol::Registry::role(role);
    if (!spec) {
        OpContext::fail(ErrorCode::ValidationFailed, fieldDetail(QStringLiteral("role"), QStringLiteral("not_allowed")),
                        QStringLiteral("unknown role"));
    }
    if (!scalar(db, QStringLiteral("SELECT 1 FROM core.users WHERE id = ?"), {userId}).isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("user"));
        d.insert(QStringLiteral("id"), userId);
        OpContext::fail(ErrorCode::NotFound, d);
    }
    if (spec->scopeKind.isEmpty()) {
        unitId = 0;
    } else {
        const QString kind = scalar(db, QStringLiteral("SELECT kind FROM org.units WHERE id = ?"), {unitId}).toString();
        if (kind != spec->scopeKind) {
            QCborMap d = fieldDetail(QStringLiteral("unitId"), unitId > 0 ? QStringLiteral("wrong_kind") : QStringLiteral("missing"));
            d.insert(QStringLiteral("expected"), spec->scopeKind);
            OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("scoped role needs a unit of kind %1").arg(spec->scopeKind));
        }
    }
    QSqlQuery q = exec(db, QStringLiteral("INSERT INTO core.user_roles(user_id, role, unit_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                       {userId, role, unitId > 0 ? QVariant(unitId) : QVariant(QMetaType::fromType<qlonglong>())});
    return q.numRowsAffected() > 0;
}

bool UserStore::revoke(const QSqlDatabase &db, qint64 userId, const QString &role, qint64 unitId)
{
    QSqlQuery q = exec(db, QStringLiteral("DELETE FROM core.user_roles WHERE user_id = ? AND role = ? AND coalesce(unit_id, 0) = ?"),
                       {userId, role, unitId});
    return q.numRowsAffected() > 0;
}

QCborMap UserStore::describe(const QSqlDatabase &db, qint64 userId)
{
    QCborMap u;
    QSqlQuery q = exec(db, QStringLiteral("SELECT id, username, full_name, disabled, must_change_password FROM core.users WHERE id = ?"),
                       {userId});
    if (!q.next()) {
        return u;
    }
    u.insert(QStringLiteral("id"), q.value(0).toLongLong());
    u.insert(QStringLiteral("username"), q.value(1).toString());
    u.insert(QStringLiteral("fullName"), q.value(2).toString());
    u.insert(QStringLiteral("disabled"), q.value(3).toBool());
    u.insert(QStringLiteral("mustChangePassword"), q.value(4).toBool());
    QCborArray roles;
    QSqlQuery r = exec(db, QStringLiteral("SELECT role, coalesce(unit_id, 0) FROM core.user_roles WHERE user_id = ? ORDER BY role"), {userId});
    while (r.next()) {
        QCborMap g;
        g.insert(QStringLiteral("role"), r.value(0).toString());
        if (r.value(1).toLongLong() > 0) {
            g.insert(QStringLiteral("unitId"), r.value(1).toLongLong());
        }
        roles.append(g);
    }
    u.insert(QStringLiteral("roles"), roles);
    return u;
}

QCborArray UserStore::list(const QSqlDatabase &db)
{
    QCborArray out;
    QSqlQuery q = exec(db, QStringLiteral("SELECT id FROM core.users ORDER BY username"));
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    for (qint64 id : ids) {
        out.append(describe(db, id));
    }
    return out;
}

} // namespace Ebilim::Server
