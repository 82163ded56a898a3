// Module "core": sign-in, sessions and the own profile.
#include "modules.h"

#include "admin/userstore.h"
#include "auth/passwords.h"
#include "auth/sessions.h"
#include "dispatch/opcontext.h"
#include "protocol/registry.h"
#include "storage/database.h"

#include <QCborArray>
#include <QRegularExpression>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

QCborArray rolesArray(const QList<RoleGrant> &roles)
{
    QCborArray a;
    for (const RoleGrant &g : roles) {
        QCborMap m;
        m.insert(QStringLiteral("role"), g.role);
        if (g.unitId > 0) {
            m.insert(QStringLiteral("unitId"), g.unitId);
        }
        a.append(m);
    }
    return a;
}

QCborMap whoami(const SessionInfo &s)
{
    QCborMap user;
    user.insert(QStringLiteral("id"), s.userId);
    user.insert(QStringLiteral("username"), s.username);
    user.insert(QStringLiteral("fullName"), s.fullName);
    QStringList perms;
    QStringList modules;
    for (const RoleGrant &g : s.roles) {
        if (const Protocol::RoleSpec *r = Protocol::Registry::role(g.role)) {
            for (const QString &p : r->permissions) {
                if (!perms.contains(p)) {
                    perms << p;
                }
            }
            for (const QString &m : r->modules) {
                if (!modules.contains(m)) {
                    modules << m;
                }
            }
        }
    }
    QCborMap r;
    r.insert(QStringLiteral("user"), user);
    r.insert(QStringLiteral("roles"), rolesArray(s.roles));
    r.insert(QStringLiteral("permissions"), QCborArray::fromStringList(perms));
    r.insert(QStringLiteral("modules"), QCborArray::fromStringList(modules));
    return r;
}

/// auth.login: throttled per account; audits success, failure and throttling.
QCborValue login(OpContext &ctx)
{
    const QString user = ctx.str(QStringLiteral("user")).trimmed().toLower();
    const QString password = ctx.str(QStringLiteral("password"));
    const QDateTime now = ctx.now();
    const SecurityPolicy &pol = ctx.env.policy;

    const QDateTime windowStart = now.addSecs(-pol.throttleWindowSeconds);
    QSqlQuery f = exec(ctx.db, QStringLiteral("SELECT count(*), min(at) FROM core.login_failures WHERE username = ? AND at > ?"),
                       {user, windowStart});
    f.next();
    const int failures = f.value(0).toInt();
    const QDateTime oldest = f.value(1).toDateTime();
    f.finish();
    if (failures >= pol.throttleMaxFailures) {
        const qint64 retryAfter = qMax<qint64>(1, now.secsTo(oldest.addSecs(pol.throttleWindowSeconds)));
        QCborMap after;
        after.insert(QStringLiteral("failures"), failures);
        writeAudit(ctx.db, 0, user, QStringLiteral("auth.throttled"), QStringLiteral("user"), user, {}, after, ctx.peer);
        QCborMap d;
        d.insert(QStringLiteral("retryAfter"), retryAfter);
        OpContext::fail(ErrorCode::Throttled, d, QStringLiteral("too many failed sign-ins"));
    }

    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT id, password_hash, disabled FROM core.users WHERE username = ?"), {user});
    const bool found = q.next();
    const qint64 id = found ? q.value(0).toLongLong() : 0;
    const QString hash = found ? q.value(1).toString() : QString();
    const bool disabled = found && q.value(2).toBool();
    q.finish();
    const bool good = found ? Passwords::verify(hash, password) : (Passwords::dummyVerify(password), false);
    if (!good) {
        Transaction tx(ctx.db);
        exec(ctx.db, QStringLiteral("INSERT INTO core.login_failures(username, at, peer) VALUES (?, ?, ?)"), {user, now, ctx.peer});
        writeAudit(ctx.db, id, user, QStringLiteral("auth.login.failed"), QStringLiteral("user"), user, {}, {}, ctx.peer);
        tx.commit();
        OpContext::fail(ErrorCode::InvalidCredentials, {}, QStringLiteral("wrong user name or password"));
    }
    if (disabled) {
        writeAudit(ctx.db, id, user, QStringLiteral("auth.login.disabled"), QStringLiteral("user"), user, {}, {}, ctx.peer);
        OpContext::fail(ErrorCode::AccountDisabled, {}, QStringLiteral("account disabled"));
    }
    // One commit for the whole sign-in: fewer fsyncs, and the audit lock is held once.
    Transaction tx(ctx.db);
    exec(ctx.db, QStringLiteral("DELETE FROM core.login_failures WHERE username = ?"), {user});
    SessionInfo info;
    const QString token = Sessions::create(ctx.db, id, now, ctx.peer, &info);
    writeAudit(ctx.db, id, user, QStringLiteral("auth.login"), QStringLiteral("user"), QString::number(id), {}, {}, ctx.peer);
    tx.commit();
    ctx.newSession = info;
    QCborMap r = whoami(info);
    r.insert(QStringLiteral("token"), token);
    r.insert(QStringLiteral("mustChangePassword"),
             scalar(ctx.db, QStringLiteral("SELECT must_change_password FROM core.users WHERE id = ?"), {id}).toBool());
    return r;
}

QCborValue resume(OpContext &ctx)
{
    const QByteArray h = Sessions::hashToken(ctx.str(QStringLiteral("token")));
    const SessionInfo info = Sessions::load(ctx.db, h, ctx.now(), ctx.env.policy);
    ctx.newSession = info;
    return whoami(info);
}

QCborValue logout(OpContext &ctx)
{
    Sessions::end(ctx.db, ctx.session->tokenHash, ctx.now());
    writeAudit(ctx.db, ctx.userId(), ctx.username(), QStringLiteral("auth.logout"), QStringLiteral("user"), QString::number(ctx.userId()),
               {}, {}, ctx.peer);
    ctx.endSession = true;
    return QCborMap();
}

QCborValue changePassword(OpContext &ctx)
{
    const QString hash = scalar(ctx.db, QStringLiteral("SELECT password_hash FROM core.users WHERE id = ?"), {ctx.userId()}).toString();
    if (!Passwords::verify(hash, ctx.str(QStringLiteral("oldPassword")))) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("oldPassword"));
        OpContext::fail(ErrorCode::InvalidCredentials, d, QStringLiteral("current password is wrong"));
    }
    UserStore::setPassword(ctx.db, ctx.userId(), ctx.str(QStringLiteral("newPassword")), false);
    Sessions::endAllFor(ctx.db, ctx.userId(), ctx.now(), ctx.session->tokenHash);
    ctx.audit(QStringLiteral("user"), QString::number(ctx.userId()), {}, QCborMap{{QStringLiteral("password"), QStringLiteral("changed")}});
    return QCborMap();
}

QCborMap profileOf(const QSqlDatabase &db, qint64 userId)
{
    QSqlQuery q = exec(db, QStringLiteral("SELECT full_name, coalesce(phone, ''), coalesce(email, ''), photo, row_version FROM core.users "
                                          "WHERE id = ?"),
                       {userId});
    QCborMap p;
    if (q.next()) {
        p.insert(QStringLiteral("id"), userId);
        p.insert(QStringLiteral("fullName"), q.value(0).toString());
        p.insert(QStringLiteral("phone"), q.value(1).toString());
        p.insert(QStringLiteral("email"), q.value(2).toString());
        if (!q.value(3).isNull()) {
            p.insert(QStringLiteral("photo"), QString::fromLatin1(q.value(3).toByteArray().toBase64()));
        }
        p.insert(QStringLiteral("rowVersion"), q.value(4).toLongLong());
    }
    return p;
}

QCborValue profileGet(OpContext &ctx)
{
    return profileOf(ctx.db, ctx.userId());
}

/// profile.save: phone (+digits, spaces, dashes), e-mail (simple shape), photo (JPEG/PNG ≤ 512 KiB), rowVersion.
QCborValue profileSave(OpContext &ctx)
{
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ()-]{5,32}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    auto bad = [](const char *field, const char *reason) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QString::fromLatin1(field));
        d.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
        OpContext::fail(ErrorCode::ValidationFailed, d);
    };
    const QCborMap before = profileOf(ctx.db, ctx.userId());
    QString phone = ctx.has(QStringLiteral("phone")) ? ctx.str(QStringLiteral("phone")).trimmed() : before.value(QStringLiteral("phone")).toString();
    QString email = ctx.has(QStringLiteral("email")) ? ctx.str(QStringLiteral("email")).trimmed() : before.value(QStringLiteral("email")).toString();
    if (!phone.isEmpty() && !phoneRe.match(phone).hasMatch()) {
        bad("phone", "format");
    }
    if (!email.isEmpty() && !emailRe.match(email).hasMatch()) {
        bad("email", "format");
    }
    QByteArray photo;
    const bool setPhoto = ctx.has(QStringLiteral("photo"));
    if (setPhoto) {
        photo = QByteArray::fromBase64(ctx.str(QStringLiteral("photo")).toLatin1());
        const bool jpeg = photo.startsWith("\xFF\xD8\xFF");
        const bool png = photo.startsWith("\x89PNG\r\n\x1a\n");
        if (!photo.isEmpty() && !jpeg && !png) {
            bad("photo", "format");
        }
        if (photo.size() > 512 * 1024) {
            bad("photo", "too_long");
        }
    }
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("UPDATE core.users SET phone = nullif(?, ''), email = nullif(?, ''), "
                                      "photo = CASE WHEN ? THEN ? ELSE photo END, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ?"),
                       {phone, email, setPhoto, photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(photo),
                        ctx.userId(), ctx.integer(QStringLiteral("rowVersion"))});
    if (q.numRowsAffected() == 0) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("profile"));
        d.insert(QStringLiteral("id"), ctx.userId());
        d.insert(QStringLiteral("current"), before);
        OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("profile changed since it was read"));
    }
    const QCborMap after = profileOf(ctx.db, ctx.userId());
    QCborMap b = before, a = after;
    b.remove(QStringLiteral("photo"));
    a.remove(QStringLiteral("photo"));
    ctx.audit(QStringLiteral("profile"), QString::number(ctx.userId()), b, a);
    // Only the owner's own workstations need to hear about it.
    ctx.notifyChange(QStringLiteral("profile"), ctx.userId(), QStringLiteral("changed"), ctx.userId());
    return after;
}

} // namespace

void registerCoreModule()
{
    Handlers::add(QStringLiteral("auth.login"), login);
    Handlers::add(QStringLiteral("auth.resume"), resume);
    Handlers::add(QStringLiteral("auth.logout"), logout);
    Handlers::add(QStringLiteral("auth.whoami"), [](OpContext &ctx) -> QCborValue { return whoami(*ctx.session); });
    Handlers::add(QStringLiteral("auth.changePassword"), changePassword);
    Handlers::add(QStringLiteral("profile.get"), profileGet);
    Handlers::add(QStringLiteral("profile.save"), profileSave);
    Handlers::add(QStringLiteral("ping"), [](OpContext &ctx) -> QCborValue {
        return QCborMap{{QStringLiteral("time"), ctx.now().toString(Qt::ISODateWithMs)}};
    });
    // `hello` is answered by the connection itself (no database); listed so the registry check passes.
    Handlers::add(QStringLiteral("hello"), [](OpContext &) -> QCborValue { return QCborMap(); });
}

} // namespace Ebilim::Server
