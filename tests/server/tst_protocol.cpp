// The wire protocol against a real server on a real PostgreSQL over real TLS:
// round trips, hello rules, malformed/oversized/wrong-typed frames, unknown ops,
// idempotency keys, and the TLS refusals.
#include "protocol/frame.h"
#include "protocol/message.h"
#include "protocol/registry.h"
#include "serverfixture.h"
#include "storage/database.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace Ebilim;
using namespace Ebilim::Test;

class TestProtocol : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    qint64 m_uni = 0;
    const QString pw = QStringLiteral("correct-horse-7");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("U"));
        fx.createUser(QStringLiteral("admin"), pw, {{QStringLiteral("sysadmin"), 0}});
    }
    void cleanupTestCase() { fx.stop(); }

    void helloFirst()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        const QCborMap r = c->call(QStringLiteral("org.units.list"));
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("hello_required"));
        const QCborMap h = c->hello();
        QVERIFY(TestClient::ok(h));
        QCOMPARE(TestClient::result(h).value(QStringLiteral("protocol")).toMap().value(QStringLiteral("major")).toInteger(),
                 Protocol::ProtocolMajor);
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("org.units.list"))), QStringLiteral("not_authenticated"));
    }

    void pingWithoutSession()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        QCOMPARE(TestClient::errorCode(c->call(QStringLiteral("ping"))), QStringLiteral("hello_required"));
        c->hello();
        const QCborMap r = c->call(QStringLiteral("ping"));
        QVERIFY(TestClient::ok(r));
        QVERIFY(QDateTime::fromString(TestClient::result(r).value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
    }

    void majorMismatchRefusedMinorAccepted()
    {
        auto c = fx.connectedClient();
        QVERIFY(c);
        QCborMap a{{QStringLiteral("major"), Protocol::ProtocolMajor + 1}, {QStringLiteral("minor"), 0}};
        const QCborMap r = c->call(QStringLiteral("hello"), a);
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("protocol_mismatch"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("major")).toInteger(),
                 Protocol::ProtocolMajor);
        a.insert(QStringLiteral("major"), Protocol::ProtocolMajor);
        a.insert(QStringLiteral("minor"), Protocol::ProtocolMinor + 5);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("hello"), a)));
    }

    void roundTripAfterLogin()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QCborMap r = c->call(QStringLiteral("org.units.list"));
        QVERIFY(TestClient::ok(r));
        const QCborArray units = r.value(QStringLiteral("result")).toArray();
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.at(0).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("U"));
    }

    void closedClientsAreForgotten()
    {
        {
            auto c = fx.clientFor(QStringLiteral("admin"), pw);
            QVERIFY(c);
            QVERIFY(fx.server()->connectionsFrom(QHostAddress::LocalHost) >= 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(fx.server()->connectionCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(fx.server()->connectionsFrom(QHostAddress::LocalHost), 0, 5000);
    }

    void unknownOp()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QCborMap r = c->call(QStringLiteral("students.teleport"));
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("unknown_op"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("op")).toString(),
                 QStringLiteral("students.teleport"));
        QVERIFY(c->isConnected());
    }

    void wrongTypedEnvelope_data()
    {
        QTest::addColumn<QCborMap>("request");
        QTest::newRow("id is a string") << QCborMap{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("op"), QStringLiteral("auth.whoami")}};
        QTest::newRow("op is an int") << QCborMap{{QStringLiteral("id"), 5}, {QStringLiteral("op"), 42}};
        QTest::newRow("args is an array") << QCborMap{{QStringLiteral("id"), 6}, {QStringLiteral("op"), QStringLiteral("auth.whoami")},
                                                      {QStringLiteral("args"), QCborArray{1}}};
        QTest::newRow("no op") << QCborMap{{QStringLiteral("id"), 7}};
    }
    void wrongTypedEnvelope()
    {
        QFETCH(QCborMap, request);
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        c->sendRaw(Protocol::encodeFrame(request));
        const QCborMap r = c->waitForFrame();
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("bad_frame"));
        QVERIFY(c->isConnected());
        QVERIFY(TestClient::ok(c->call(QStringLiteral("auth.whoami"))));
    }

    void wrongTypedArgs()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QCborMap r = c->call(QStringLiteral("org.units.get"), QCborMap{{QStringLiteral("id"), QStringLiteral("one")}});
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("validation_failed"));
        const QCborMap d = r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap();
        QCOMPARE(d.value(QStringLiteral("field")).toString(), QStringLiteral("id"));
        QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("type"));
    }

    void malformedFrameClosesWithError()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        QByteArray bad(4, 0);
        qToBigEndian<quint32>(3, bad.data());
        bad += QByteArray("\xff\xff\xff", 3);
        c->sendRaw(bad);
        const QCborMap r = c->waitForFrame();
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("bad_frame"));
        QVERIFY(c->waitForDisconnect());
    }

    void oversizedFrameClosesWithError()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        QByteArray header(4, 0);
        qToBigEndian<quint32>(quint32(Protocol::MaxFrameSize + 1), header.data());
        c->sendRaw(header + QByteArray(1000, 'x'));
        const QCborMap r = c->waitForFrame();
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("bad_frame"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("oversized"));
        QVERIFY(c->waitForDisconnect());
        // The server is still serving others.
        QVERIFY(fx.clientFor(QStringLiteral("admin"), pw));
    }

    void truncatedFrameThenClose()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QByteArray f = Protocol::encodeFrame(Protocol::makeRequest(1, QStringLiteral("auth.whoami"), {}));
        c->sendRaw(f.left(f.size() - 2));
        QVERIFY(c->waitForFrame(500).isEmpty()); // nothing answered for half a frame
        c->socket().disconnectFromHost();
        QVERIFY(c->waitForDisconnect());
        QVERIFY(fx.clientFor(QStringLiteral("admin"), pw));
    }

    void mutatingNeedsKey()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QCborMap args{{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("faculty")},
                            {QStringLiteral("code"), QStringLiteral("NOKEY")}, {QStringLiteral("nameKy"), QStringLiteral("Ф")},
                            {QStringLiteral("nameRu"), QStringLiteral("Ф")}};
        c->sendRaw(Protocol::encodeFrame(Protocol::makeRequest(99, QStringLiteral("org.units.save"), args)));
        const QCborMap r = c->waitForFrame();
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("validation_failed"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("key"));
    }

    void duplicateKeyAppliedOnce()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QString key = TestClient::newKey();
        const QCborMap args{{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("faculty")},
                            {QStringLiteral("code"), QStringLiteral("IDEM")}, {QStringLiteral("nameKy"), QStringLiteral("Факультет")},
                            {QStringLiteral("nameRu"), QStringLiteral("Факультет")}};
        const QCborMap first = c->call(QStringLiteral("org.units.save"), args, key);
        QVERIFY(TestClient::ok(first));
        const QCborMap second = c->call(QStringLiteral("org.units.save"), args, key);
        QVERIFY(TestClient::ok(second));
        QCOMPARE(TestClient::result(second), TestClient::result(first));
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM org.units WHERE code = 'IDEM'")).toInt(), 1);
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'org.units.save' "
                                                                     "AND after->>'code' = 'IDEM'"))
                     .toInt(),
                 1);
        // The same key with a new key is a new request.
        const QCborMap third = c->call(QStringLiteral("org.units.save"), args, TestClient::newKey());
        QCOMPARE(TestClient::errorCode(third), QStringLiteral("already_exists"));
    }

    void keyOfAnotherUserRefused()
    {
        fx.createUser(QStringLiteral("admin2"), pw, {{QStringLiteral("sysadmin"), 0}});
        auto a = fx.clientFor(QStringLiteral("admin"), pw);
        auto b = fx.clientFor(QStringLiteral("admin2"), pw);
        QVERIFY(a && b);
        const QString key = TestClient::newKey();
        const QCborMap args{{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("office")},
                            {QStringLiteral("code"), QStringLiteral("OFF1")}, {QStringLiteral("nameKy"), QStringLiteral("Бөлүм")},
                            {QStringLiteral("nameRu"), QStringLiteral("Отдел")}};
        QVERIFY(TestClient::ok(a->call(QStringLiteral("org.units.save"), args, key)));
        QCOMPARE(TestClient::errorCode(b->call(QStringLiteral("org.units.save"), args, key)), QStringLiteral("validation_failed"));
    }

    void plaintextClientRefused()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), fx.port());
        QTRY_VERIFY(s.state() == QAbstractSocket::ConnectedState);
        s.write(Protocol::encodeFrame(Protocol::makeRequest(1, QStringLiteral("hello"), {})));
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(s.readAll(), QByteArray());
    }

    void idleHandshakeClosed()
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), fx.port());
        QTRY_VERIFY(s.state() == QAbstractSocket::ConnectedState);
        // The fixture's handshake timeout is 2 s; the server must hang up by itself.
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 6000);
    }

    void wrongPinRefused()
    {
        TestClient c;
        QVERIFY(!c.connectTo(fx.port(), QString(64, QLatin1Char('0')), 5000));
        QCOMPARE(c.lastSslError(), QStringLiteral("certificate pin mismatch"));
    }

    void oldTlsRefused()
    {
        QSslSocket s;
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        cfg.setProtocol(QSsl::TlsV1_1);
        QT_WARNING_POP
        s.setSslConfiguration(cfg);
        connect(&s, &QSslSocket::sslErrors, &s, [&s](const QList<QSslError> &e) { s.ignoreSslErrors(e); });
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), fx.port());
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState || s.isEncrypted(), 5000);
        QVERIFY(!s.isEncrypted());
    }

    void perAddressCap()
    {
        // Cap is 20 per address in the default config; hold 20 idle sockets and see the 21st refused.
        QList<QTcpSocket *> held;
        for (int i = 0; i < 25; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QStringLiteral("127.0.0.1"), fx.port());
            held << s;
        }
        QTRY_VERIFY_WITH_TIMEOUT(fx.server()->refusedCount() >= 5, 5000);
        qDeleteAll(held);
        // Once the server has let go of them (at the latest after the handshake timeout), a real client gets in again.
        QTRY_COMPARE_WITH_TIMEOUT(fx.server()->connectionsFrom(QHostAddress::LocalHost), 0, 10000);
        QVERIFY(fx.clientFor(QStringLiteral("admin"), pw) != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
