// The vice-rector's approval of drastic changes (regulation §3): a deletion is only a
// request until approved; approval applies it atomically; rejection keeps the data;
// every step is audited and pushed.
#include "serverfixture.h"
#include "storage/database.h"

#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;

class TestApprovals : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("approval-password");
    qint64 m_uni = 0, m_fac = 0;
    std::unique_ptr<TestClient> m_academic, m_vice, m_dean;

    bool unitExists(qint64 id)
    {
        return Server::scalar(Server::Db::thread(), QStringLiteral("SELECT 1 FROM org.units WHERE id = ?"), {id}).isValid();
    }
    qint64 requestDelete(TestClient &c, qint64 id)
    {
        const QCborMap r = c.call(QStringLiteral("org.units.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("merged into another office")}});
        return TestClient::result(r).value(QStringLiteral("requestId")).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("U"));
        m_fac = fx.createUnit(QStringLiteral("faculty"), QStringLiteral("F"), m_uni);
        fx.createUser(QStringLiteral("academic"), pw, {{QStringLiteral("academic"), 0}});
        fx.createUser(QStringLiteral("vice"), pw, {{QStringLiteral("vicerector"), 0}});
        fx.createUser(QStringLiteral("dean"), pw, {{QStringLiteral("dean"), m_fac}});
        m_academic = fx.clientFor(QStringLiteral("academic"), pw);
        m_vice = fx.clientFor(QStringLiteral("vice"), pw);
        m_dean = fx.clientFor(QStringLiteral("dean"), pw);
        QVERIFY(m_academic && m_vice && m_dean);
    }
    void cleanupTestCase()
    {
        m_academic.reset();
        m_vice.reset();
        m_dean.reset();
        fx.stop();
    }

    void deleteIsOnlyARequestUntilApproved()
    {
        const qint64 unit = fx.createUnit(QStringLiteral("office"), QStringLiteral("OLD"), m_uni);
        const qint64 req = requestDelete(*m_academic, unit);
        QVERIFY(req > 0);
        QVERIFY(unitExists(unit));
        QCborMap push;
        QVERIFY(m_vice->waitForPush(QStringLiteral("changed"), 5000, &push));
        QCOMPARE(push.value(QStringLiteral("entity")).toString(), QStringLiteral("change_request"));

        const QCborArray pending = m_vice->call(QStringLiteral("approvals.list"), {{QStringLiteral("state"), QStringLiteral("pending")}})
                                       .value(QStringLiteral("result"))
                                       .toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).toMap().value(QStringLiteral("requestedByName")).toString(), QStringLiteral("academic"));
        QVERIFY(pending.at(0).toMap().value(QStringLiteral("summary")).toString().contains(QLatin1String("OLD")));

        // The requester cannot approve their own request.
        QCOMPARE(TestClient::errorCode(m_academic->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), req}})),
                 QStringLiteral("not_authorized"));
        const QCborMap ok = m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), req}, {QStringLiteral("comment"), QStringLiteral("агреед")}});
        QVERIFY2(TestClient::ok(ok), qPrintable(TestClient::errorCode(ok)));
        QCOMPARE(TestClient::result(ok).value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QVERIFY(!unitExists(unit));
        // Deciding twice is refused.
        QCOMPARE(TestClient::errorCode(m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), req}})), QStringLiteral("invalid_state"));
        // Both the request and its application are in the audit.
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE entity = 'unit' AND entity_id = ? "
                                                                     "AND op = 'approvals.approve' AND after IS NULL"),
                                {QString::number(unit)})
                     .toInt(),
                 1);
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE entity = 'change_request' AND entity_id = ?"),
                                {QString::number(req)})
                     .toInt(),
                 2);
    }

    void rejectionKeepsData()
    {
        const qint64 unit = fx.createUnit(QStringLiteral("office"), QStringLiteral("KEEP"), m_uni);
        const qint64 req = requestDelete(*m_academic, unit);
        const QCborMap r = m_vice->call(QStringLiteral("approvals.reject"), {{QStringLiteral("id"), req}, {QStringLiteral("reason"), QStringLiteral("still in use")}});
        QVERIFY(TestClient::ok(r));
        QCOMPARE(TestClient::result(r).value(QStringLiteral("decision")).toString(), QStringLiteral("still in use"));
        QVERIFY(unitExists(unit));
        QCOMPARE(TestClient::errorCode(m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), req}})), QStringLiteral("invalid_state"));
    }

    void applicationFailureKeepsRequestPending()
    {
        const qint64 unit = fx.createUnit(QStringLiteral("office"), QStringLiteral("GROWS"), m_uni);
        const qint64 req = requestDelete(*m_academic, unit);
        // Meanwhile the unit gains a child: the deletion can no longer be applied.
        fx.createUnit(QStringLiteral("office"), QStringLiteral("CHILD"), unit);
        const QCborMap r = m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), req}});
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("invalid_state"));
        QVERIFY(unitExists(unit));
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT state FROM core.change_requests WHERE id = ?"), {req}).toString(),
                 QStringLiteral("pending"));
    }

    void requestValidatedUpFront()
    {
        const qint64 parent = fx.createUnit(QStringLiteral("office"), QStringLiteral("PARENT"), m_uni);
        fx.createUnit(QStringLiteral("office"), QStringLiteral("KID"), parent);
        QCOMPARE(TestClient::errorCode(m_academic->call(QStringLiteral("org.units.delete"),
                                                        {{QStringLiteral("id"), parent}, {QStringLiteral("reason"), QStringLiteral("try")}})),
                 QStringLiteral("invalid_state"));
        QCOMPARE(TestClient::errorCode(m_academic->call(QStringLiteral("org.units.delete"),
                                                        {{QStringLiteral("id"), 987654}, {QStringLiteral("reason"), QStringLiteral("try")}})),
                 QStringLiteral("not_found"));
    }

    void requestersSeeOnlyTheirOwn()
    {
        const qint64 office = fx.createUnit(QStringLiteral("office"), QStringLiteral("DEANOFF"), m_fac);
        QVERIFY(requestDelete(*m_dean, office) > 0);
        const QCborMap resp = m_dean->call(QStringLiteral("approvals.list"));
        const QCborArray mine = resp.value(QStringLiteral("result")).toArray();
        QVERIFY2(mine.size() == 1, qPrintable(QCborValue(resp).toDiagnosticNotation()));
        const QCborArray all = m_vice->call(QStringLiteral("approvals.list")).value(QStringLiteral("result")).toArray();
        QVERIFY(all.size() > mine.size());
        // A dean cannot even ask to delete outside the faculty.
        const qint64 foreign = fx.createUnit(QStringLiteral("office"), QStringLiteral("UNIOFF"), m_uni);
        QCOMPARE(TestClient::errorCode(m_dean->call(QStringLiteral("org.units.delete"),
                                                    {{QStringLiteral("id"), foreign}, {QStringLiteral("reason"), QStringLiteral("try")}})),
                 QStringLiteral("not_authorized"));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
