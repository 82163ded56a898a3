#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QSqlDatabase>
#include <QString>

namespace Ebilim::Server {

/// Users and role grants: the one place both the `users.*` ops and `ebilim-admin` use.
/// Methods validate and throw OpFailure (validation_failed, already_exists, not_found).
class UserStore
{
public:
    /// Creates a user with an Argon2id-hashed password; returns the new id.
    static qint64 create(const QSqlDatabase &db, const QString &username, const QString &fullName, const QString &password,
                         bool mustChangePassword = false);
    static qint64 idOf(const QSqlDatabase &db, const QString &username);
    static void setPassword(const QSqlDatabase &db, qint64 userId, const QString &password, bool mustChange);
    static void setDisabled(const QSqlDatabase &db, qint64 userId, bool disabled);
    /// Grants a role; scoped roles need a unit of their scope kind. Returns false if already held.
    static bool grant(const QSqlDatabase &db, qint64 userId, const QString &role, qint64 unitId);
    static bool revoke(const QSqlDatabase &db, qint64 userId, const QString &role, qint64 unitId);
    static QCborArray list(const QSqlDatabase &db);
    static QCborMap describe(const QSqlDatabase &db, qint64 userId);
    /// Password rule shared by every path: 10..256 characters, not all one character.
    static void checkPassword(const QString &password);
};

} // namespace Ebilim::Server
