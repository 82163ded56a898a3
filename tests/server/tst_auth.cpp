// Sign-in, sessions and throttling against a real server and PostgreSQL, with a fake clock.
#include "serverfixture.h"
#include "storage/database.h"

#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;

class TestAuth : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("Тоо-Ата-2026!");

    static QCborMap args(std::initializer_list<std::pair<QString, QCborValue>> kv)
    {
        QCborMap m;
        for (const auto &[k, v] : kv) {
            m.insert(k, v);
        }
        return m;
    }
    int auditCount(const QString &op, const QString &username)
    {
        return Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = ? AND username = ?"),
                              {op, username})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        fx.createUser(QStringLiteral("aibek"), pw, {{QStringLiteral("teacher"), 0}});
        fx.createUser(QStringLiteral("victim"), pw, {{QStringLiteral("teacher"), 0}});
        fx.createUser(QStringLiteral("expiry"), pw, {{QStringLiteral("teacher"), 0}});
    }
    void cleanupTestCase() { fx.stop(); }

    void loginSucceedsAndIsAudited()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        const QCborMap r = c->login(QStringLiteral("aibek"), pw);
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const QCborMap res = TestClient::result(r);
        const QString token = res.value(QStringLiteral("token")).toString();
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32); // 256-bit token
        QCOMPARE(res.value(QStringLiteral("user")).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("aibek"));
        QVERIFY(res.value(QStringLiteral("modules")).toArray().contains(QCborValue(QStringLiteral("teacher"))));
        // Only a hash of the token is stored.
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.sessions WHERE token_hash = ?"),
                                {token.toLatin1()})
                     .toInt(),
                 0);
        QVERIFY(auditCount(QStringLiteral("auth.login"), QStringLiteral("aibek")) >= 1);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami"))));
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        c->hello();
        const QCborMap a = c->call(QStringLiteral("auth.login"), args({{QStringLiteral("user"), QStringLiteral("aibek")},
                                                                       {QStringLiteral("password"), QStringLiteral("wrong-password")}}));
        const QCborMap b = c->call(QStringLiteral("auth.login"), args({{QStringLiteral("user"), QStringLiteral("nobody")},
                                                                       {QStringLiteral("password"), QStringLiteral("wrong-password")}}));
        QCOMPARE(TestClient::errorCode(a), QStringLiteral("invalid_credentials"));
        QCOMPARE(TestClient::errorCode(b), QStringLiteral("invalid_credentials"));
        QCOMPARE(a.value(QStringLiteral("error")), b.value(QStringLiteral("error")));
        QVERIFY(auditCount(QStringLiteral("auth.login.failed"), QStringLiteral("aibek")) >= 1);
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("auth.whoami"))), QStringLiteral("not_authenticated"));
    }

    void throttlingAfterRepeatedFailures()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        c->hello();
        const QCborMap bad = args({{QStringLiteral("user"), QStringLiteral("victim")}, {QStringLiteral("password"), QStringLiteral("guess-guess")}});
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("auth.login"), bad)), QStringLiteral("invalid_credentials"));
        }
        // Now even the right password is refused until the window passes.
        const QCborMap good = args({{QStringLiteral("user"), QStringLiteral("victim")}, {QStringLiteral("password"), pw}});
        const QCborMap r = c->call(QStringLiteral("auth.login"), good);
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("throttled"));
        const qint64 retryAfter = r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("retryAfter")).toInteger();
        QVERIFY(retryAfter > 0 && retryAfter <= 15 * 60);
        QVERIFY(auditCount(QStringLiteral("auth.throttled"), QStringLiteral("victim")) >= 1);
        // Other accounts are not affected.
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.login"), args({{QStringLiteral("user"), QStringLiteral("aibek")},
                                                                           {QStringLiteral("password"), pw}}))));
        fx.clock().advance(retryAfter + 1);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.login"), good)));
    }

    void atMostHundredFailuresPerHour()
    {
        // ASVS: an attacker gets at most 100 guesses per account per hour.
        auto c = fx.connectedClient();
        QVERIFY(c);
        c->hello();
        fx.createUser(QStringLiteral("target"), pw, {{QStringLiteral("student"), 0}});
        const QCborMap bad = args({{QStringLiteral("user"), QStringLiteral("target")}, {QStringLiteral("password"), QStringLiteral("guess-guess")}});
        int guesses = 0;
        for (int minute = 0; minute < 60; ++minute) {
            for (int i = 0; i < 5; ++i) {
                if (TestClient::errorCode(c->call(QStringLiteral("auth.login"), bad)) == QLatin1String("invalid_credentials")) {
                    ++guesses;
                }
            }
            fx.clock().advance(60);
        }
        QVERIFY2(guesses <= 100, qPrintable(QString::number(guesses)));
        QVERIFY(guesses >= 10);
    }

    void idleSessionExpires()
    {
        auto c = fx.clientFor(QStringLiteral("expiry"), pw);
        QVERIFY(c);
        fx.clock().advance(29 * 60);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami")))); // refreshes last_seen
        fx.clock().advance(29 * 60);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami"))));
        fx.clock().advance(31 * 60);
        const QCborMap r = c->call(QStringLiteral("auth.whoami"));
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("session_expired"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("idle"));
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("auth.whoami"))), QStringLiteral("not_authenticated"));
    }

    void absoluteLimit()
    {
        auto c = fx.clientFor(QStringLiteral("expiry"), pw);
        QVERIFY(c);
        for (int i = 0; i < 24; ++i) { // 12 h in 30-minute steps, active all the time
            fx.clock().advance(29 * 60);
            QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami"))));
        }
        fx.clock().advance(29 * 60);
        const QCborMap r = c->call(QStringLiteral("auth.whoami"));
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("session_expired"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("absolute"));
    }

    void resumeOnAnotherConnection()
    {
        auto a = fx.connectedClient();
        QVERIFY(a);
        const QString token = TestClient::result(a->login(QStringLiteral("aibek"), pw)).value(QStringLiteral("token")).toString();
        auto b = fx.connectedClient();
        QVERIFY(b);
        b->hello();
        QVERIFY(TestClient::ok(b->call(QStringLiteral("auth.resume"), args({{QStringLiteral("token"), token}}))));
        QVERIFY(TestClient::ok(b->call(QStringLiteral("auth.whoami"))));
        QCOMPARE(TestClient::errorCode(b->call(QStringLiteral("auth.resume"), args({{QStringLiteral("token"), QStringLiteral("forged")}}))),
                 QStringLiteral("not_authenticated"));
    }

    void logoutEndsSessionEverywhere()
    {
        auto a = fx.connectedClient();
        QVERIFY(a);
        const QString token = TestClient::result(a->login(QStringLiteral("aibek"), pw)).value(QStringLiteral("token")).toString();
        QVERIFY(TestClient::ok(a->call(QStringLiteral("auth.logout"))));
        QCOMPARE(TestClient::errorCode(a->call(QStringLiteral("auth.whoami"))), QStringLiteral("not_authenticated"));
        auto b = fx.connectedClient();
        QVERIFY(b);
        b->hello();
        QCOMPARE(TestClient::errorCode(b->call(QStringLiteral("auth.resume"), args({{QStringLiteral("token"), token}}))),
                 QStringLiteral("session_expired"));
    }

    void changePassword()
    {
        fx.createUser(QStringLiteral("changer"), pw, {{QStringLiteral("teacher"), 0}});
        auto other = fx.clientFor(QStringLiteral("changer"), pw);
        auto c = fx.clientFor(QStringLiteral("changer"), pw);
        QVERIFY(c && other);
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("auth.changePassword"),
                                               args({{QStringLiteral("oldPassword"), QStringLiteral("not-the-old-one")},
                                                     {QStringLiteral("newPassword"), QStringLiteral("Жаңы-сырсөз-1")}}))),
                 QStringLiteral("invalid_credentials"));
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("auth.changePassword"),
                                               args({{QStringLiteral("oldPassword"), pw}, {QStringLiteral("newPassword"), QStringLiteral("short")}}))),
                 QStringLiteral("validation_failed"));
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.changePassword"),
                                       args({{QStringLiteral("oldPassword"), pw}, {QStringLiteral("newPassword"), QStringLiteral("Жаңы-сырсөз-1")}}))));
        // This session lives on; the other one was ended.
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami"))));
        QCOMPARE(TestClient::errorCode(other->call(QStringLiteral("auth.whoami"))), QStringLiteral("session_expired"));
        QVERIFY(!fx.clientFor(QStringLiteral("changer"), pw));
        QVERIFY(fx.clientFor(QStringLiteral("changer"), QStringLiteral("Жаңы-сырсөз-1")));
        // The audit record never contains the password.
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE after::text LIKE '%Жаңы%'")).toInt(), 0);
    }

    void disabledAccount()
    {
        const qint64 id = fx.createUser(QStringLiteral("leaver"), pw, {{QStringLiteral("teacher"), 0}});
        fx.createUser(QStringLiteral("root"), pw, {{QStringLiteral("sysadmin"), 0}});
        auto leaver = fx.clientFor(QStringLiteral("leaver"), pw);
        auto admin = fx.clientFor(QStringLiteral("root"), pw);
        QVERIFY(leaver && admin);
        QVERIFY(TestClient::ok(admin->call(QStringLiteral("users.setDisabled"), args({{QStringLiteral("id"), id}, {QStringLiteral("disabled"), true}}))));
        QVERIFY(!TestClient::ok(leaver->call(QStringLiteral("auth.whoami"))));
        auto again = fx.connectedClient();
        QCOMPARE(TestClient::errorCode(again->login(QStringLiteral("leaver"), pw)), QStringLiteral("account_disabled"));
    }

    void passwordsAreArgon2id()
    {
        const QString hash = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT password_hash FROM core.users WHERE username = 'aibek'")).toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
