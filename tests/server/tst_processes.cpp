// The shipped programs as separate processes: two server instances on one database with
// NOTIFY fan-out, SIGKILL in the middle of requests and idempotent replay after restart (also
// while the original is still committing),
// backup → restore with identical row checksums, the embedded PostgreSQL default, and
// ebilim-cli end to end.
#include "protocol/frame.h"
#include "protocol/message.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testcluster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Ebilim;
using namespace Ebilim::Test;

namespace {

/// An ebilim-server child process; start() waits until it prints its port and fingerprint.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    bool start(const QStringList &args, int timeoutMs = 60000)
    {
        m_out.clear();
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(QStringLiteral(EBILIM_SERVER), args + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                                                       QStringLiteral("--port"), QStringLiteral("0")});
        QDeadlineTimer deadline(timeoutMs);
        static const QRegularExpression portRe(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        static const QRegularExpression fpRe(QStringLiteral("fingerprint: ([0-9a-f]{64})"));
        while (!deadline.hasExpired() && m_proc.state() != QProcess::NotRunning) {
            m_proc.waitForReadyRead(100);
            m_out += QString::fromLocal8Bit(m_proc.readAll());
            const auto p = portRe.match(m_out);
            const auto f = fpRe.match(m_out);
            if (p.hasMatch() && f.hasMatch()) {
                port = quint16(p.captured(1).toUInt());
                fingerprint = f.captured(1);
                return true;
            }
        }
        qWarning().noquote() << "server did not start:" << m_out << m_proc.readAll();
        return false;
    }
    void kill9()
    {
        ::kill(pid_t(m_proc.processId()), SIGKILL);
        m_proc.waitForFinished(10000);
    }
    void stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(30000)) {
                kill9();
            }
        }
    }
    QString output() const { return m_out; }
    quint16 port = 0;
    QString fingerprint;

private:
    QProcess m_proc;
    QString m_out;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 180000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString tableChecksums(const QString &conn)
{
    const QString name = QStringLiteral("checksums");
    QStringList sums;
    {
        QSqlDatabase db = Server::Db::open(name, conn);
        QStringList tables;
        QSqlQuery q = Server::exec(db, QStringLiteral("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN "
                                                       "('org', 'core', 'ref', 'studenthr', 'staffhr', 'public') ORDER BY 1"));
        while (q.next()) {
            tables << q.value(0).toString();
        }
        for (const QString &t : tables) {
            sums << t + QLatin1Char('=') + Server::scalar(db, QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM %1 x").arg(t)).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return sums.join(QLatin1Char('\n'));
}

} // namespace

class TestProcesses : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_pwFile;
    const QString pw = QStringLiteral("process-test-pw");

    /// A fresh database with an administrator "admin" (via ebilim-admin init).
    QString initDatabase()
    {
        const QString conn = TestCluster::instance().freshDatabase(false);
        const Run r = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), conn, QStringLiteral("init"), QStringLiteral("--password-file"), m_pwFile});
        if (r.exitCode != 0) {
            qWarning() << r.out << r.err;
        }
        return conn;
    }

    /// Two server instances on database `conn` (data folders tag + "a" / "b") and a client signed
    /// in as admin on each.
    struct TwoServers
    {
        ServerProcess a, b;
        TestClient ca, cb;
    };
    bool startTwo(TwoServers &t, const QString &conn, const QString &tag)
    {
        const QString db = QStringLiteral("--db");
        const QString data = QStringLiteral("--data");
        return t.a.start({db, conn, data, m_tmp.filePath(tag + QLatin1Char('a'))}) && t.b.start({db, conn, data, m_tmp.filePath(tag + QLatin1Char('b'))})
            && t.ca.connectTo(t.a.port, t.a.fingerprint) && t.cb.connectTo(t.b.port, t.b.fingerprint)
            && TestClient::ok(t.ca.login(QStringLiteral("admin"), pw)) && TestClient::ok(t.cb.login(QStringLiteral("admin"), pw));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestCluster::instance().isUp());
        m_pwFile = m_tmp.filePath(QStringLiteral("pw"));
        QFile f(m_pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pw.toUtf8() + "\n");
    }

    void twoInstancesShareChanges()
    {
        const QString conn = initDatabase();
        TwoServers two;
        QVERIFY(startTwo(two, conn, QString()));
        ServerProcess &b = two.b;
        TestClient &ca = two.ca;
        TestClient &cb = two.cb;
        const QString instanceA = TestClient::result(ca.hello()).value(QStringLiteral("instance")).toString();
        QVERIFY(!instanceA.isEmpty());
        // A session made on one instance is valid on the other.
        TestClient cb2;
        QVERIFY(cb2.connectTo(b.port, b.fingerprint));
        cb2.hello();
        QVERIFY(TestClient::ok(cb2.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), TestClient::result(ca.login(QStringLiteral("admin"), pw)).value(QStringLiteral("token"))}})));
        // A change through A reaches B's client as a push.
        const QCborMap r = ca.call(QStringLiteral("org.units.save"), {{QStringLiteral("kind"), QStringLiteral("university")}, {QStringLiteral("code"), QStringLiteral("NSU")},
                                                                       {QStringLiteral("nameKy"), QStringLiteral("Нарын мамлекеттик университети")},
                                                                       {QStringLiteral("nameRu"), QStringLiteral("Нарынский государственный университет")}});
        QVERIFY(TestClient::ok(r));
        QCborMap push;
        QVERIFY(cb.waitForPush(QStringLiteral("changed"), 10000, &push));
        QCOMPARE(push.value(QStringLiteral("entity")).toString(), QStringLiteral("unit"));
        QCOMPARE(push.value(QStringLiteral("id")).toInteger(), TestClient::result(r).value(QStringLiteral("id")).toInteger());
        QCOMPARE(push.value(QStringLiteral("instance")).toString(), instanceA);
    }

    void sigkillMidRequestThenReplayAppliesOnce()
    {
        const QString conn = initDatabase();
        const QString data = m_tmp.filePath(QStringLiteral("k"));
        ServerProcess s;
        QVERIFY(s.start({QStringLiteral("--db"), conn, QStringLiteral("--data"), data}));
        QString token;
        qint64 uni = 0;
        {
            TestClient c;
            QVERIFY(c.connectTo(s.port, s.fingerprint));
            token = TestClient::result(c.login(QStringLiteral("admin"), pw)).value(QStringLiteral("token")).toString();
            uni = TestClient::result(c.call(QStringLiteral("org.units.save"), {{QStringLiteral("kind"), QStringLiteral("university")}, {QStringLiteral("code"), QStringLiteral("U")},
                                                                                {QStringLiteral("nameKy"), QStringLiteral("У")}, {QStringLiteral("nameRu"), QStringLiteral("У")}}))
                      .value(QStringLiteral("id"))
                      .toInteger();
            QVERIFY(uni > 0);
        }
        Server::Db::releaseThread();
        Server::Db::configure(conn);
        int answeredBeforeKill = 0;
        int committedBeforeReplay = 0; // killed after the commit: the replay must answer, not apply
        const int rounds = 8;
        for (int i = 0; i < rounds; ++i) {
            const QString key = TestClient::newKey();
            const QString code = QStringLiteral("K%1").arg(i);
            const QCborMap args{{QStringLiteral("parentId"), uni}, {QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("code"), code},
                                {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}};
            {
                TestClient c;
                QVERIFY(c.connectTo(s.port, s.fingerprint));
                c.hello();
                QVERIFY(TestClient::ok(c.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})));
                c.socket().write(Protocol::encodeFrame(Protocol::makeRequest(77, QStringLiteral("org.units.save"), args, key)));
                c.socket().flush();
                QTest::qWait(i * 3); // kill at varying points: before, during and after the commit
                if (!c.waitForResponse(0).isEmpty()) {
                    ++answeredBeforeKill;
                }
                s.kill9();
            }
            QVERIFY(s.start({QStringLiteral("--db"), conn, QStringLiteral("--data"), data}));
            TestClient c;
            QVERIFY(c.connectTo(s.port, s.fingerprint));
            c.hello();
            // Sessions live in PostgreSQL: the token survives the restart.
            QVERIFY(TestClient::ok(c.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})));
            if (Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM org.units WHERE code = ?"), {code}).toInt() == 1) {
                ++committedBeforeReplay;
            }
            const QCborMap replay = c.call(QStringLiteral("org.units.save"), args, key);
            QVERIFY2(TestClient::ok(replay), qPrintable(TestClient::errorCode(replay)));
            QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM org.units WHERE code = ?"), {code}).toInt(), 1);
        }
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'org.units.save' AND after->>'code' LIKE 'K%'")).toInt(),
                 rounds);
        qInfo() << "answered before the kill:" << answeredBeforeKill << "committed before the replay:" << committedBeforeReplay << "of" << rounds;
        Server::Db::releaseThread();
    }

    /// The replay of a request whose original is still committing on another server (or on the
    /// PostgreSQL backend of a killed one) answers with the original's result, not a database error.
    /// The test holds the original just before its key is stored, lets the replay run into the
    /// original's uncommitted rows, then lets both go on.
    void replayRacingItsOriginalAnswersOnce()
    {
        const QString conn = initDatabase();
        TwoServers two;
        QVERIFY(startTwo(two, conn, QStringLiteral("r")));
        TestClient &ca = two.ca;
        TestClient &cb = two.cb;
        const qint64 uni = TestClient::result(ca.call(QStringLiteral("org.units.save"), {{QStringLiteral("kind"), QStringLiteral("university")}, {QStringLiteral("code"), QStringLiteral("U")},
                                                                                           {QStringLiteral("nameKy"), QStringLiteral("У")}, {QStringLiteral("nameRu"), QStringLiteral("У")}}))
                               .value(QStringLiteral("id"))
                               .toInteger();
        QVERIFY(uni > 0);

        const QString lockConn = QStringLiteral("race-lock");
        const QString watchConn = QStringLiteral("race-watch");
        {
            QSqlDatabase lock = Server::Db::open(lockConn, conn);
            // Watched from a second connection: inside a transaction, pg_stat_activity is a snapshot.
            QSqlDatabase watch = Server::Db::open(watchConn, conn);
            const auto waiting = [&]() {
                return Server::scalar(watch, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).toInt();
            };
            const auto waitFor = [&](int n) {
                QDeadlineTimer deadline(20000);
                while (waiting() < n && !deadline.hasExpired()) {
                    QTest::qWait(20);
                }
                return waiting() >= n;
            };
            QVERIFY(lock.transaction());
            Server::exec(lock, QStringLiteral("LOCK TABLE core.idempotency IN EXCLUSIVE MODE"));

            const QString key = TestClient::newKey();
            const QCborMap args{{QStringLiteral("parentId"), uni}, {QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("code"), QStringLiteral("RACE")},
                                {QStringLiteral("nameKy"), QStringLiteral("Жарыш")}, {QStringLiteral("nameRu"), QStringLiteral("Гонка")}};
            // The original has written its unit and waits to store its key.
            ca.socket().write(Protocol::encodeFrame(Protocol::makeRequest(71, QStringLiteral("org.units.save"), args, key)));
            ca.socket().flush();
            QVERIFY(waitFor(1));
            // The replay finds no key yet and waits on the original's uncommitted unit.
            cb.socket().write(Protocol::encodeFrame(Protocol::makeRequest(72, QStringLiteral("org.units.save"), args, key)));
            cb.socket().flush();
            QVERIFY(waitFor(2));
            QVERIFY(lock.commit());

            const QCborMap original = ca.waitForResponse(20000);
            const QCborMap replay = cb.waitForResponse(20000);
            QVERIFY2(TestClient::ok(original), qPrintable(TestClient::errorCode(original)));
            QVERIFY2(TestClient::ok(replay), qPrintable(TestClient::errorCode(replay)));
            const qint64 id = TestClient::result(original).value(QStringLiteral("id")).toInteger();
            QVERIFY(id > 0);
            QCOMPARE(TestClient::result(replay).value(QStringLiteral("id")).toInteger(), id);
            QCOMPARE(Server::scalar(lock, QStringLiteral("SELECT count(*) FROM org.units WHERE code = 'RACE'")).toInt(), 1);
            QCOMPARE(Server::scalar(lock, QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'org.units.save' AND after->>'code' = 'RACE'")).toInt(), 1);

            // A collision that is not a replay stays an error: a new key for an existing code.
            const QCborMap again = cb.call(QStringLiteral("org.units.save"), args, TestClient::newKey());
            QCOMPARE(TestClient::errorCode(again), QStringLiteral("already_exists"));
            lock.close();
            watch.close();
        }
        QSqlDatabase::removeDatabase(lockConn);
        QSqlDatabase::removeDatabase(watchConn);
    }

    void backupRestoreIdentical()
    {
        const QString conn = initDatabase();
        const Run demo = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), conn, QStringLiteral("demo"), QStringLiteral("load"),
                                                            QStringLiteral("--students"), QStringLiteral("500"), QStringLiteral("--password-file"), m_pwFile});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QVERIFY(demo.out.contains("500 students"));
        const QString file = m_tmp.filePath(QStringLiteral("ebilim.dump"));
        const Run backup = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), conn, QStringLiteral("backup"), file});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY(QFile::exists(file + QStringLiteral(".sha256")));
        const QString before = tableChecksums(conn);

        const QString target = TestCluster::instance().freshDatabase(false);
        const Run restore = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), target, QStringLiteral("restore"), file});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        const QString after = tableChecksums(target);
        // The backup itself adds one audit record to the source after the dump was taken; compare without it.
        QVERIFY(before.contains(QLatin1String("studenthr.students=500:")));
        QCOMPARE(after.split(QLatin1Char('\n')).size(), before.split(QLatin1Char('\n')).size());
        for (const QString &line : after.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("core.audit"))) {
                QVERIFY2(before.contains(line), qPrintable(line));
            }
        }
        const Run verify = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), target, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);

        // Restoring into a database that is not empty is refused.
        const Run again = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), target, QStringLiteral("restore"), file});
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.contains("not empty"));
        // A damaged backup is refused before anything is touched.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.write(QByteArray(1, char(c ^ 0x5a)));
        f.close();
        const QString empty = TestCluster::instance().freshDatabase(false);
        const Run damaged = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), empty, QStringLiteral("restore"), file});
        QVERIFY(damaged.exitCode != 0);
        QVERIFY(damaged.err.contains("checksum"));
    }

    void embeddedDefaultAndConsole()
    {
        const QString data = m_tmp.filePath(QStringLiteral("embedded"));
        const Run init = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("init"), QStringLiteral("--password-file"), m_pwFile});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        ServerProcess s;
        QVERIFY(s.start({QStringLiteral("--data"), data}));
        QVERIFY(s.output().contains(QLatin1String("embedded PostgreSQL")));
        // The console works against the running embedded cluster.
        const Run status = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY(status.out.contains("users: 1"));
        const Run add = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("aizada"),
                                                           QStringLiteral("--name"), QStringLiteral("Айзада Токтогулова"), QStringLiteral("--password-file"), m_pwFile,
                                                           QStringLiteral("--role"), QStringLiteral("studenthr")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        TestClient c;
        QVERIFY(c.connectTo(s.port, s.fingerprint));
        const QCborMap who = c.login(QStringLiteral("aizada"), pw);
        QVERIFY(TestClient::ok(who));
        QCOMPARE(TestClient::result(who).value(QStringLiteral("roles")).toArray().at(0).toMap().value(QStringLiteral("role")).toString(),
                 QStringLiteral("studenthr"));
        const Run bad = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("aizada"),
                                                           QStringLiteral("dean")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("unitId"));
        const Run audit = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("audit"), QStringLiteral("show")});
        QVERIFY(audit.out.contains("console.user.add"));
        s.stop();
        // The server stopped its cluster on exit; the console can start it again by itself.
        const Run after = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--data"), data, QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QVERIFY(after.out.contains("aizada"));
    }

    void refusesNewerSchema()
    {
        const QString conn = initDatabase();
        QVERIFY(TestCluster::superuserExec(conn, QStringLiteral("INSERT INTO public.schema_version(version, name) VALUES (9999, 'from the future')")));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(EBILIM_SERVER), {QStringLiteral("--db"), conn, QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("future")),
                                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAll().contains("newer than this build"), "expected a clear refusal");
        const Run console = run(QStringLiteral(EBILIM_ADMIN), {QStringLiteral("--db"), conn, QStringLiteral("migrate")});
        QVERIFY(console.exitCode != 0);
    }

    void cliEndToEnd()
    {
        const QString conn = initDatabase();
        ServerProcess s;
        QVERIFY(s.start({QStringLiteral("--db"), conn, QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("cli"))}));
        const QString server = QStringLiteral("127.0.0.1:%1").arg(s.port);
        const QStringList common{QStringLiteral("--server"), server, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("--password-file"), m_pwFile, QStringLiteral("--pin"), s.fingerprint};
        const Run created = run(QStringLiteral(EBILIM_CLI), common + QStringList{QStringLiteral("call"), QStringLiteral("org.units.save"),
                                                                                  QStringLiteral(R"({"kind":"university","code":"NSU","nameKy":"Нарын","nameRu":"Нарын"})")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("\"code\": \"NSU\""));
        const Run list = run(QStringLiteral(EBILIM_CLI), common + QStringList{QStringLiteral("call"), QStringLiteral("org.units.list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("Нарын")));
        const Run dup = run(QStringLiteral(EBILIM_CLI), common + QStringList{QStringLiteral("call"), QStringLiteral("org.units.save"),
                                                                              QStringLiteral(R"({"kind":"university","code":"NSU","nameKy":"Х","nameRu":"Х"})")});
        QCOMPARE(dup.exitCode, 4);
        QVERIFY(dup.err.contains("already_exists"));
        QStringList wrongPin = common;
        wrongPin[wrongPin.indexOf(s.fingerprint)] = QString(64, QLatin1Char('a'));
        const Run refused = run(QStringLiteral(EBILIM_CLI), wrongPin + QStringList{QStringLiteral("call"), QStringLiteral("org.units.list")});
        QCOMPARE(refused.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestProcesses)
#include "tst_processes.moc"
