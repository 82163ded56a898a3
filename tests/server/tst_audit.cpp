// The audit chain: records carry who/what/before/after, cannot be changed through SQL,
// and any edit or deletion made around the triggers is detected by the verifier.
#include "audit/auditlog.h"
#include "protocol/frame.h"
#include "protocol/message.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testcluster.h"

#include <QProcess>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;

class TestAudit : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("audit-test-password");
    qint64 m_uni = 0;

    void makeSomeHistory(int n)
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        for (int i = 0; i < n; ++i) {
            const QString code = QStringLiteral("A%1-%2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
            QVERIFY(TestClient::ok(c->call(QStringLiteral("org.units.save"),
                                           {{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("office")},
                                            {QStringLiteral("code"), code}, {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}})));
        }
    }
    Server::AuditLog::Verdict verify() { return Server::AuditLog::verify(Server::Db::thread()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("U"));
        fx.createUser(QStringLiteral("admin"), pw, {{QStringLiteral("sysadmin"), 0}});
    }
    void cleanupTestCase() { fx.stop(); }

    void recordCarriesBeforeAndAfter()
    {
        auto c = fx.clientFor(QStringLiteral("admin"), pw);
        QVERIFY(c);
        const QCborMap created = TestClient::result(c->call(QStringLiteral("org.units.save"),
                                                             {{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("faculty")},
                                                              {QStringLiteral("code"), QStringLiteral("PF")}, {QStringLiteral("nameKy"), QStringLiteral("Педагогика факультети")},
                                                              {QStringLiteral("nameRu"), QStringLiteral("Педагогический факультет")}}));
        const qint64 id = created.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(TestClient::ok(c->call(QStringLiteral("org.units.save"),
                                       {{QStringLiteral("id"), id}, {QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("faculty")},
                                        {QStringLiteral("code"), QStringLiteral("PF")}, {QStringLiteral("nameKy"), QStringLiteral("Педагогика жана филология факультети")},
                                        {QStringLiteral("nameRu"), QStringLiteral("Педагогический факультет")}, {QStringLiteral("rowVersion"), 1}})));
        const QCborArray recs = c->call(QStringLiteral("audit.list"), {{QStringLiteral("entity"), QStringLiteral("unit")}, {QStringLiteral("limit"), 1}})
                                    .value(QStringLiteral("result"))
                                    .toArray();
        QCOMPARE(recs.size(), 1);
        const QCborMap r = recs.at(0).toMap();
        QCOMPARE(r.value(QStringLiteral("op")).toString(), QStringLiteral("org.units.save"));
        QCOMPARE(r.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        QCOMPARE(r.value(QStringLiteral("entityId")).toString(), QString::number(id));
        QCOMPARE(r.value(QStringLiteral("before")).toMap().value(QStringLiteral("nameKy")).toString(), QStringLiteral("Педагогика факультети"));
        QCOMPARE(r.value(QStringLiteral("after")).toMap().value(QStringLiteral("nameKy")).toString(),
                 QStringLiteral("Педагогика жана филология факультети"));
        QCOMPARE(r.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
        // Without filters the newest records of every kind come back.
        const QCborArray any = c->call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), 3}}).value(QStringLiteral("result")).toArray();
        QCOMPARE(any.size(), 3);
        QVERIFY(any.at(0).toMap().value(QStringLiteral("id")).toInteger() > any.at(2).toMap().value(QStringLiteral("id")).toInteger());
    }

    void appendOnlyThroughSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << "UPDATE core.audit_log SET username = 'someone-else'";
        QTest::newRow("delete") << "DELETE FROM core.audit_log";
        QTest::newRow("truncate") << "TRUNCATE core.audit_log";
        QTest::newRow("delete head") << "DELETE FROM core.audit_head";
    }
    void appendOnlyThroughSql()
    {
        QFETCH(QString, sql);
        makeSomeHistory(2);
        QString error;
        QVERIFY(!TestCluster::superuserExec(fx.connectionString(), sql, &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(verify().ok);
    }

    void chainIntactAfterConcurrentWrites()
    {
        // Several clients writing at once: ids are handed out under the chain lock, so the chain holds.
        std::vector<std::unique_ptr<TestClient>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(fx.clientFor(QStringLiteral("admin"), pw));
            QVERIFY(clients.back());
        }
        for (int round = 0; round < 5; ++round) {
            for (size_t i = 0; i < clients.size(); ++i) {
                const QString code = QStringLiteral("C%1-%2").arg(round).arg(i);
                clients[i]->socket().write(Protocol::encodeFrame(Protocol::makeRequest(
                    1000 + round, QStringLiteral("org.units.save"),
                    {{QStringLiteral("parentId"), m_uni}, {QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("code"), code},
                     {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}},
                    TestClient::newKey())));
            }
            for (auto &c : clients) {
                const QCborMap f = c->waitForResponse();
                QVERIFY2(TestClient::ok(f), qPrintable(QCborValue(f).toDiagnosticNotation()));
            }
        }
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QVERIFY(v.records >= 20);
    }

    void editAroundTriggersDetected()
    {
        makeSomeHistory(3);
        QVERIFY(verify().ok);
        const qint64 victim = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT max(id) - 1 FROM core.audit_log")).toLongLong();
        // A superuser who disables the triggers can edit a record…
        QString error;
        QVERIFY2(TestCluster::superuserExec(fx.connectionString(),
                                            QStringLiteral("SET session_replication_role = replica; "
                                                           "UPDATE core.audit_log SET username = 'nobody' WHERE id = %1")
                                                .arg(victim),
                                            &error),
                 qPrintable(error));
        // …but the chain shows it.
        const auto v = verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadId, victim);
        QCOMPARE(v.problem, QStringLiteral("hash"));
        // The console says so too, with a non-zero exit code.
        QProcess admin;
        admin.start(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), fx.connectionString(), QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(admin.waitForFinished(60000));
        QCOMPARE(admin.exitCode(), 3);
        QVERIFY(admin.readAllStandardOutput().contains("BROKEN"));
    }
};

class TestAuditDeletion : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("audit-test-password");

private Q_SLOTS:
    void deletionDetected_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("problem");
        QTest::newRow("middle record") << "middle" << "link";
        QTest::newRow("newest record") << "newest" << "head";
    }
    void deletionDetected()
    {
        QFETCH(QString, which);
        QFETCH(QString, problem);
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        const qint64 uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("U"));
        fx.createUser(QStringLiteral("admin"), pw, {{QStringLiteral("sysadmin"), 0}});
        {
            auto c = fx.clientFor(QStringLiteral("admin"), pw);
            QVERIFY(c);
            for (int i = 0; i < 4; ++i) {
                const QString code = QStringLiteral("D%1").arg(i);
                QVERIFY(TestClient::ok(c->call(QStringLiteral("org.units.save"),
                                               {{QStringLiteral("parentId"), uni}, {QStringLiteral("kind"), QStringLiteral("office")},
                                                {QStringLiteral("code"), code}, {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}})));
            }
        }
        QVERIFY(Server::AuditLog::verify(Server::Db::thread()).ok);
        const QString id = which == QLatin1String("newest") ? QStringLiteral("(SELECT max(id) FROM core.audit_log)")
                                                             : QStringLiteral("(SELECT min(id) + 1 FROM core.audit_log)");
        QString error;
        QVERIFY2(TestCluster::superuserExec(fx.connectionString(),
                                            QStringLiteral("SET session_replication_role = replica; DELETE FROM core.audit_log WHERE id = %1").arg(id),
                                            &error),
                 qPrintable(error));
        const auto v = Server::AuditLog::verify(Server::Db::thread());
        QVERIFY(!v.ok);
        QCOMPARE(v.problem, problem);
        fx.stop();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int rc = 0;
    {
        TestAudit t1;
        rc |= QTest::qExec(&t1, argc, argv);
    }
    {
        TestAuditDeletion t2;
        rc |= QTest::qExec(&t2, argc, argv);
    }
    return rc;
}

#include "tst_audit.moc"
