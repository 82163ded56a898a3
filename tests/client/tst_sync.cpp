// The outbox replay against the real server on a real PostgreSQL: offline edits arrive in
// order exactly once, stale edits become conflicts that resolve either way, a long outbox
// drains, and a client killed with SIGKILL mid-sync neither loses nor duplicates an edit.
#include "cache/localstore.h"
#include "net/session.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "sync/syncworker.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Test;

namespace {

const QString pw = QStringLiteral("sync-test-password");
const QString unit = QStringLiteral("unit");

QCborMap withoutFlags(QCborMap row)
{
    for (const char *flag : {"_pending", "_conflict", "_failed", "_error"}) {
        row.remove(QString::fromLatin1(flag));
    }
    return row;
}

QCborMap renamed(QCborMap row, const QString &nameRu)
{
    row.insert(QStringLiteral("nameRu"), nameRu);
    return withoutFlags(row);
}

/// Values of @p field in the audit records of one row, oldest first.
QStringList auditTrail(const QString &entity, qint64 id, const QString &field)
{
    QStringList out;
    QSqlQuery q = Server::exec(Server::Db::thread(),
                               QStringLiteral("SELECT after->>? FROM core.audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"),
                               {field, entity, QString::number(id)});
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    ServerFixture fx;
    qint64 m_uni = 0;
    qint64 m_fac = 0;

    /// A signed-in session of @p user.
    std::unique_ptr<Session> signIn(const QString &user)
    {
        auto s = std::make_unique<Session>();
        s->setReconnectDelays(50, 500);
        s->connectToServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint());
        if (!s->waitForState(Session::State::Connected, 10000) || !Session::waitForJob(s->login(user, pw)).ok()) {
            return nullptr;
        }
        return s;
    }

    bool goOffline(Session &s)
    {
        s.disconnectFromServer();
        return s.state() == Session::State::Disconnected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("U"));
        m_fac = fx.createUnit(QStringLiteral("faculty"), QStringLiteral("F1"), m_uni);
        fx.createUser(QStringLiteral("academic"), pw, {{QStringLiteral("academic"), 0}});
        fx.createUser(QStringLiteral("academic2"), pw, {{QStringLiteral("academic"), 0}});
    }
    void cleanupTestCase()
    {
        fx.stop();
    }

    void offlineEditsReplayInOrderExactlyOnce()
    {
        auto s = signIn(QStringLiteral("academic"));
        QVERIFY(s);
        LocalStore store(QStringLiteral(":memory:"));
        QVERIFY(store.open());
        SyncWorker worker(s.get(), &store);
        worker.setRetryDelays(50, 500);
        QSignalSpy refreshed(&worker, &SyncWorker::refreshed);
        QVERIFY(worker.refresh(unit));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(store.row(unit, m_fac));
        QVERIFY(goOffline(*s));

        // Offline: two renames, a new department, and an edit of that department.
        const QCborMap fac = *store.row(unit, m_fac);
        QVERIFY(store.enqueueEdit(QStringLiteral("org.units.save"), renamed(fac, QStringLiteral("Первое")), unit, m_fac,
                                  renamed(fac, QStringLiteral("Первое")))
                > 0);
        QVERIFY(store.enqueueEdit(QStringLiteral("org.units.save"), renamed(fac, QStringLiteral("Второе")), unit, m_fac,
                                  renamed(fac, QStringLiteral("Второе")))
                > 0);
        const qint64 tmp = store.newTemporaryId();
        QCborMap dep;
        dep.insert(QStringLiteral("parentId"), m_fac);
        dep.insert(QStringLiteral("kind"), QStringLiteral("department"));
        dep.insert(QStringLiteral("code"), QStringLiteral("NEWDEP"));
        dep.insert(QStringLiteral("nameKy"), QStringLiteral("Кафедра"));
        dep.insert(QStringLiteral("nameRu"), QStringLiteral("Кафедра"));
        QCborMap depRow = dep;
        depRow.insert(QStringLiteral("id"), tmp);
        QVERIFY(store.enqueueEdit(QStringLiteral("org.units.save"), dep, unit, tmp, depRow) > 0);
        QCborMap depEdit = renamed(depRow, QStringLiteral("Кафедра информатики"));
        depEdit.insert(QStringLiteral("rowVersion"), 0);
        QVERIFY(store.enqueueEdit(QStringLiteral("org.units.save"), depEdit, unit, tmp, depEdit) > 0);
        QCOMPARE(store.pendingCount(), 4);
        QCOMPARE(store.row(unit, m_fac)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Второе"));
        QCOMPARE(auditTrail(unit, m_fac, QStringLiteral("nameRu")), QStringList());

        QSignalSpy drained(&worker, &SyncWorker::drained);
        QSignalSpy progress(&worker, &SyncWorker::progress);
        s->connectToServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint()); // resumes the session
        QVERIFY(drained.wait(10000));
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.conflictCount(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(auditTrail(unit, m_fac, QStringLiteral("nameRu")), (QStringList{QStringLiteral("Первое"), QStringLiteral("Второе")}));
        const qint64 depId = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT id FROM org.units WHERE code = 'NEWDEP'")).toLongLong();
        QVERIFY(depId > 0);
        QCOMPARE(auditTrail(unit, depId, QStringLiteral("nameRu")), (QStringList{QStringLiteral("Кафедра"), QStringLiteral("Кафедра информатики")}));
        QVERIFY(!store.row(unit, tmp));
        QCOMPARE(store.row(unit, depId)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Кафедра информатики"));
        QVERIFY(!store.row(unit, depId)->contains(QStringLiteral("_pending")));
    }

    void concurrentChangeBecomesConflict_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void concurrentChangeBecomesConflict()
    {
        QFETCH(bool, keepMine);
        const qint64 office = fx.createUnit(QStringLiteral("office"), keepMine ? QStringLiteral("OFF-M") : QStringLiteral("OFF-T"), m_uni);
        auto s = signIn(QStringLiteral("academic"));
        QVERIFY(s);
        LocalStore store(QStringLiteral(":memory:"));
        QVERIFY(store.open());
        SyncWorker worker(s.get(), &store);
        worker.setRetryDelays(50, 500);
        QSignalSpy refreshed(&worker, &SyncWorker::refreshed);
        QVERIFY(worker.refresh(unit));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(goOffline(*s));
        const QCborMap base = *store.row(unit, office);
        const qint64 baseVersion = base.value(QStringLiteral("rowVersion")).toInteger();
        QVERIFY(store.enqueueEdit(QStringLiteral("org.units.save"), renamed(base, QStringLiteral("Моё")), unit, office,
                                  renamed(base, QStringLiteral("Моё")))
                > 0);

        // Another client saves the same unit first.
        auto other = fx.clientFor(QStringLiteral("academic2"), pw);
        QVERIFY(other);
        const QCborMap r = other->call(QStringLiteral("org.units.save"), renamed(base, QStringLiteral("Их")), TestClient::newKey());
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));

        QSignalSpy drained(&worker, &SyncWorker::drained);
        QSignalSpy conflicts(&store, &LocalStore::conflictsChanged);
        s->connectToServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint());
        QVERIFY(drained.wait(10000));
        QCOMPARE(store.conflictCount(), 1);
        QCOMPARE(store.pendingCount(), 0);
        const Conflict c = store.conflicts().first();
        QCOMPARE(c.entityId, office);
        QCOMPARE(c.theirs.value(QStringLiteral("nameRu")).toString(), QStringLiteral("Их"));
        QCOMPARE(c.mine.value(QStringLiteral("nameRu")).toString(), QStringLiteral("Моё"));
        QVERIFY(store.row(unit, office)->value(QStringLiteral("_conflict")).toBool());

        if (keepMine) {
            QVERIFY(store.resolveKeepMine(c.id) > 0);
            QVERIFY(drained.wait(10000));
            QCOMPARE(store.pendingCount(), 0);
            QCOMPARE(auditTrail(unit, office, QStringLiteral("nameRu")), (QStringList{QStringLiteral("Их"), QStringLiteral("Моё")}));
            QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT row_version FROM org.units WHERE id = ?"), {office}).toLongLong(),
                     baseVersion + 2);
        } else {
            QVERIFY(store.resolveTakeTheirs(c.id));
            QCOMPARE(store.pendingCount(), 0);
            QCOMPARE(auditTrail(unit, office, QStringLiteral("nameRu")), (QStringList{QStringLiteral("Их")}));
        }
        const QString expected = keepMine ? QStringLiteral("Моё") : QStringLiteral("Их");
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT name_ru FROM org.units WHERE id = ?"), {office}).toString(), expected);
        QCOMPARE(store.conflictCount(), 0);
        const QCborMap shown = *store.row(unit, office);
        QCOMPARE(shown.value(QStringLiteral("nameRu")).toString(), expected);
        QVERIFY(!shown.contains(QStringLiteral("_conflict")) && !shown.contains(QStringLiteral("_pending")));
    }

    void thousandQueuedEditsReplayInOrder()
    {
        const QString user = QStringLiteral("bulk");
        const qint64 userId = fx.createUser(user, pw, {{QStringLiteral("academic"), 0}});
        auto s = signIn(user);
        QVERIFY(s);
        // In memory, so the suite stays fast: on a file every edit and every acknowledgement is
        // one synchronous=FULL commit (an fsync), measured separately below.
        LocalStore store(QStringLiteral(":memory:"));
        QVERIFY(store.open());
        SyncWorker worker(s.get(), &store);
        QSignalSpy refreshed(&worker, &SyncWorker::refreshed);
        QVERIFY(worker.refresh(QStringLiteral("profile")));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(goOffline(*s));

        constexpr int N = 1000;
        QStringList phones;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < N; ++i) {
            const QCborMap current = withoutFlags(*store.row(QStringLiteral("profile"), userId));
            QCborMap args;
            phones.append(QStringLiteral("+996 555 %1").arg(i, 6, 10, QLatin1Char('0')));
            args.insert(QStringLiteral("phone"), phones.last());
            args.insert(QStringLiteral("rowVersion"), current.value(QStringLiteral("rowVersion")));
            QCborMap row = current;
            row.insert(QStringLiteral("phone"), phones.last());
            QVERIFY(store.enqueueEdit(QStringLiteral("profile.save"), args, QStringLiteral("profile"), userId, row) > 0);
        }
        const qint64 enqueueMs = t.elapsed();
        QSignalSpy drained(&worker, &SyncWorker::drained);
        t.restart();
        s->connectToServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint());
        QVERIFY(drained.wait(120000));
        const qint64 replayMs = t.elapsed();
        qInfo("1000 profile.save edits: enqueue %lld ms (%.2f ms each, in memory), replay %lld ms (%.2f ms each)", enqueueMs,
              double(enqueueMs) / N, replayMs, double(replayMs) / N);
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.conflictCount(), 0);
        QCOMPARE(auditTrail(QStringLiteral("profile"), userId, QStringLiteral("phone")), phones);
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT phone FROM core.users WHERE id = ?"), {userId}).toString(), phones.last());
        QCOMPARE(store.row(QStringLiteral("profile"), userId)->value(QStringLiteral("phone")).toString(), phones.last());

        // The durable cost per edit on this machine's disk: 50 edits into a store file.
        QTemporaryDir dir;
        LocalStore file(dir.filePath(QStringLiteral("bulk.sqlite")));
        QVERIFY(file.open());
        t.restart();
        for (int i = 0; i < 50; ++i) {
            QVERIFY(file.enqueueEdit(QStringLiteral("profile.save"), {{QStringLiteral("phone"), phones.at(i)}, {QStringLiteral("rowVersion"), 1}},
                                     QStringLiteral("profile"), userId, {{QStringLiteral("phone"), phones.at(i)}})
                    > 0);
        }
        qInfo("enqueue into a store file (WAL, synchronous=FULL): %.2f ms per edit", double(t.elapsed()) / 50);
    }

    void killedClientResumesWithoutLossOrDuplicate_data()
    {
        QTest::addColumn<int>("edits");
        QTest::addColumn<QString>("how");
        QTest::newRow("exits before syncing") << 5 << QStringLiteral("exit");
        QTest::newRow("SIGKILL after the 3rd answer, before recording it") << 10 << QStringLiteral("self");
        QTest::newRow("SIGKILL by the test mid-sync") << 60 << QStringLiteral("test");
    }
    void killedClientResumesWithoutLossOrDuplicate()
    {
        QFETCH(int, edits);
        QFETCH(QString, how);
        static int round = 0;
        ++round;
        const QString user = QStringLiteral("probe%1").arg(round);
        const qint64 userId = fx.createUser(user, pw, {{QStringLiteral("academic"), 0}});
        const qint64 base = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT row_version FROM core.users WHERE id = ?"), {userId}).toLongLong();
        const QString prefix = QStringLiteral("+996 70%1 ").arg(round);
        QStringList expected;
        for (int i = 1; i <= edits; ++i) {
            expected.append(prefix + QString::number(i).rightJustified(4, QLatin1Char('0')));
        }
        QTemporaryDir dir;
        const QStringList common = {QStringLiteral("--store"), dir.filePath(QStringLiteral("probe.sqlite")), QStringLiteral("--user-id"),
                                    QString::number(userId), QStringLiteral("--port"), QString::number(fx.port()), QStringLiteral("--fingerprint"),
                                    fx.fingerprint(), QStringLiteral("--user"), user, QStringLiteral("--password"), pw};
        const QStringList enqueue = {QStringLiteral("--enqueue"), QString::number(edits), QStringLiteral("--base"), QString::number(base),
                                     QStringLiteral("--prefix"), prefix};

        QProcess first;
        QByteArray out;
        connect(&first, &QProcess::readyReadStandardOutput, this, [&] {
            out += first.readAllStandardOutput();
        });
        QStringList args = common + enqueue;
        if (how == QLatin1String("self")) {
            args << QStringLiteral("--sync") << QStringLiteral("--die-after-answer") << QStringLiteral("3");
        } else if (how == QLatin1String("test")) {
            args << QStringLiteral("--sync");
        }
        first.start(QStringLiteral(EBILIM_SYNC_PROBE), args);
        QVERIFY(first.waitForStarted());
        if (how == QLatin1String("test")) {
            // The in-process server needs this event loop: wait with QTRY, never block.
            QTRY_VERIFY_WITH_TIMEOUT(out.count("ANSWER") >= 5, 20000);
            ::kill(pid_t(first.processId()), SIGKILL);
        }
        QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning, 30000);
        if (how == QLatin1String("exit")) {
            QCOMPARE(first.exitCode(), 0);
            QCOMPARE(auditTrail(QStringLiteral("profile"), userId, QStringLiteral("phone")), QStringList());
        } else {
            QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        }
        const int appliedBefore = int(auditTrail(QStringLiteral("profile"), userId, QStringLiteral("phone")).size());

        QProcess second;
        QByteArray out2;
        connect(&second, &QProcess::readyReadStandardOutput, this, [&] {
            out2 += second.readAllStandardOutput();
        });
        second.start(QStringLiteral(EBILIM_SYNC_PROBE), common + QStringList{QStringLiteral("--sync")});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, out2.constData());
        QVERIFY2(out2.contains("DONE conflicts=0"), out2.constData());
        qInfo() << how << ": applied before the restart" << appliedBefore << "of" << edits;
        // Every edit arrived, in order, exactly once.
        QCOMPARE(auditTrail(QStringLiteral("profile"), userId, QStringLiteral("phone")), expected);
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT phone FROM core.users WHERE id = ?"), {userId}).toString(), expected.last());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
