// Client core against an in-test TLS server: pinning, hello, jobs, timeouts, reconnect, CLI.

#include "fakeserver.h"

#include "net/job.h"
#include "net/knownhosts.h"
#include "net/session.h"
#include "protocol/cborjson.h"
#include "protocol/message.h"
#include "protocol/registry.h"
#include "protocol/tls.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Ebilim::Client;
using namespace Ebilim::Protocol;

namespace {
constexpr int Wait = 10000;
const QString WrongPin = QString(64, QLatin1Char('a'));

QCborMap argsOf(const QCborMap &request)
{
    return request.value(Key::Args).toMap();
}
} // namespace

class TestClientCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void helloAndCallRoundTrip();
    void loginAndPush();
    void pinAccepted_data();
    void pinAccepted();
    void wrongPinRefused();
    void noPinReportsCertificate();
    void requestTimeout();
    void disconnectMidRequest();
    void idempotencyKeys();
    void unknownOpRefusedLocally();
    void invalidArgsRefusedLocally();
    void callWithoutConnection();
    void reconnectResumesAndSendsQueued();
    void resumeRefusedEmitsSessionLost();
    void backoffGrowsWhileServerIsDown();
    void badFrameClosesConnection();
    void protocolMismatchIsFatal();
    void knownHostsRoundTrip();
    void knownHostsMalformed();

    void cliOpsMarkdown();
    void cliCallWithPin();
    void cliTrustOnFirstUse();
    void cliChangedCertificateRefused();
    void cliOpError();

private:
    /// A session connected (hello done) to @p server, without auto-reconnect.
    std::unique_ptr<Session> connected(FakeServer &server, const QString &pin = {});
    int runCli(const QStringList &args, QByteArray *out, QByteArray *err);

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_fp;
};

void TestClientCore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(FakeServer::makeCertificate(m_dir.path(), &m_cert, &m_key, &error), qPrintable(error));
    m_fp = certificateFingerprint(m_cert);
    QCOMPARE(m_fp.size(), 64);
}

std::unique_ptr<Session> TestClientCore::connected(FakeServer &server, const QString &pin)
{
    auto session = std::make_unique<Session>();
    session->setAutoReconnect(false);
    session->connectToServer(QStringLiteral("127.0.0.1"), server.port(), pin.isEmpty() ? m_fp : pin);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::Connected, Wait); }();
    return session;
}

void TestClientCore::helloAndCallRoundTrip()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    QSignalSpy seen(&session, &Session::certificateSeen);
    QSignalSpy states(&session, &Session::stateChanged);
    session.setLanguage(QStringLiteral("ky"));
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), m_fp);
    QCOMPARE(session.state(), Session::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Connected, Wait);

    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).at(0).toString(), m_fp);
    QCOMPARE(session.peerFingerprint(), m_fp);
    QCOMPARE(states.size(), 3);
    QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::Handshaking);
    QCOMPARE(server.requests.size(), 1);
    const QCborMap hello = server.requests.at(0);
    QCOMPARE(hello.value(Key::Op).toString(), QStringLiteral("hello"));
    QCOMPARE(argsOf(hello).value(QStringLiteral("major")).toInteger(), ProtocolMajor);
    QCOMPARE(argsOf(hello).value(QStringLiteral("minor")).toInteger(), ProtocolMinor);
    QCOMPARE(argsOf(hello).value(QStringLiteral("lang")).toString(), QStringLiteral("ky"));
    QCOMPARE(session.serverInfo().value(QStringLiteral("server")).toString(), QStringLiteral("fake"));

    Job *job = session.call(QStringLiteral("auth.whoami"));
    job->setAutoDelete(false);
    std::unique_ptr<Job> owner(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(finished.size(), 1);
    QVERIFY(job->ok());
    QCOMPARE(job->failure(), Failure::None);
    QCOMPARE(job->result().toMap().value(QStringLiteral("op")).toString(), QStringLiteral("auth.whoami"));
    const QCborMap request = server.requests.last();
    QCOMPARE(request.value(Key::Id).toInteger(), job->id());
    QVERIFY(!request.contains(Key::IdemKey));
}

void TestClientCore::loginAndPush()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    auto session = connected(server);

    const CallResult bad = Session::waitForJob(session->login(QStringLiteral("aida"), QStringLiteral("wrong")));
    QCOMPARE(bad.failure, Failure::Server);
    QCOMPARE(bad.error.code, ErrorCode::InvalidCredentials);
    QCOMPARE(bad.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(session->state(), Session::State::Connected);

    const CallResult good = Session::waitForJob(session->login(QStringLiteral("aida"), QStringLiteral("secret")));
    QVERIFY(good.ok());
    QCOMPARE(session->state(), Session::State::LoggedIn);
    QCOMPARE(session->token(), QStringLiteral("tok-1"));
    QCOMPARE(session->user().value(QStringLiteral("fullName")).toString(), QStringLiteral("Aida Usenova"));
    QCOMPARE(session->roles().size(), 1);

    QSignalSpy pushes(session.get(), &Session::pushReceived);
    QCborMap data;
    data.insert(QStringLiteral("entity"), QStringLiteral("org.unit"));
    data.insert(QStringLiteral("id"), 5);
    server.push(QStringLiteral("changed"), data);
    QVERIFY(pushes.wait(Wait));
    QCOMPARE(pushes.at(0).at(0).toString(), QStringLiteral("changed"));
    QCOMPARE(pushes.at(0).at(1).value<QCborMap>(), data);

    const CallResult out = Session::waitForJob(session->logout());
    QVERIFY(out.ok());
    QCOMPARE(session->state(), Session::State::Connected);
    QVERIFY(session->token().isEmpty());
}

void TestClientCore::pinAccepted_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("lowercase hex") << certificateFingerprint(m_cert);
    QString colons;
    const QString upper = certificateFingerprint(m_cert).toUpper();
    for (int i = 0; i < upper.size(); i += 2) {
        colons += (i ? QStringLiteral(":") : QString()) + upper.mid(i, 2);
    }
    QTest::newRow("uppercase with colons") << colons;
}

void TestClientCore::pinAccepted()
{
    QFETCH(QString, pin);
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    auto session = connected(server, pin);
    QCOMPARE(session->lastError(), Session::ConnectionError::None);
    QCOMPARE(server.encryptedConnections, 1);
}

void TestClientCore::wrongPinRefused()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    QSignalSpy mismatch(&session, &Session::certificateMismatch);
    QSignalSpy gone(&session, &Session::disconnected);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), WrongPin);
    QVERIFY(gone.wait(Wait));

    QCOMPARE(mismatch.size(), 1);
    QCOMPARE(mismatch.at(0).at(0).toString(), WrongPin);
    QCOMPARE(mismatch.at(0).at(1).toString(), m_fp);
    QCOMPARE(session.lastError(), Session::ConnectionError::CertificateMismatch);
    QVERIFY(session.lastErrorString().contains(QStringLiteral("changed")));
    QCOMPARE(session.state(), Session::State::Disconnected);
    QVERIFY2(!session.isReconnectScheduled(), "a changed certificate is never retried");
    QVERIFY(server.requests.isEmpty());
    QCOMPARE(server.encryptedConnections, 0);
    QCOMPARE(Session::waitForJob(session.call(QStringLiteral("auth.whoami"))).failure, Failure::NotConnected);
}

void TestClientCore::noPinReportsCertificate()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    QSignalSpy seen(&session, &Session::certificateSeen);
    QSignalSpy mismatch(&session, &Session::certificateMismatch);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), QString());
    QVERIFY(!session.waitForState(Session::State::Connected, Wait));
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.at(0).at(0).toString(), m_fp);
    QCOMPARE(mismatch.size(), 0);
    QCOMPARE(session.lastError(), Session::ConnectionError::CertificateUnknown);
    QVERIFY(server.requests.isEmpty());
}

void TestClientCore::requestTimeout()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    server.silentOps << QStringLiteral("auth.whoami");
    auto session = connected(server);
    session->setRequestTimeout(300);

    Job *job = session->call(QStringLiteral("auth.whoami"));
    job->setAutoDelete(false);
    std::unique_ptr<Job> owner(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(job->failure(), Failure::Timeout);
    QCOMPARE(job->outcome().errorCode(), QStringLiteral("client_timeout"));
    QVERIFY(job->outcome().retryable());
    QCOMPARE(job->error().details.value(QStringLiteral("op")).toString(), QStringLiteral("auth.whoami"));
    QCOMPARE(session->state(), Session::State::Connected);
    QVERIFY(server.requestOps().contains(QStringLiteral("auth.whoami")));

    // The connection is still usable.
    QVERIFY(session->callSync(QStringLiteral("profile.get")).ok());
}

void TestClientCore::disconnectMidRequest()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    server.dropOps << QStringLiteral("auth.whoami");
    auto session = connected(server);
    QSignalSpy gone(session.get(), &Session::disconnected);

    Job *job = session->call(QStringLiteral("auth.whoami"));
    job->setAutoDelete(false);
    std::unique_ptr<Job> owner(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(job->failure(), Failure::ConnectionLost);
    QCOMPARE(job->outcome().errorCode(), QStringLiteral("connection_lost"));
    QVERIFY(job->error().message.contains(QStringLiteral("connection lost")));
    QVERIFY(job->outcome().retryable());
    QCOMPARE(gone.size(), 1);
    QCOMPARE(session->state(), Session::State::Disconnected);
    QCOMPARE(session->lastError(), Session::ConnectionError::ClosedByServer);
    QVERIFY(!session->isReconnectScheduled());
}

void TestClientCore::idempotencyKeys()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    auto session = connected(server);
    QCborMap args;
    args.insert(QStringLiteral("rowVersion"), 3);

    Job *job = session->call(QStringLiteral("profile.save"), args);
    const QString autoKey = job->key();
    QVERIFY(!QUuid::fromString(autoKey).isNull());
    QVERIFY(Session::waitForJob(job).ok());
    QCOMPARE(server.requests.last().value(Key::IdemKey).toString(), autoKey);

    const CallResult second = session->callSync(QStringLiteral("profile.save"), args);
    QVERIFY(second.ok());
    QVERIFY(second.result.toMap().value(QStringLiteral("key")).toString() != autoKey);

    const QString mine = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CallResult retried = session->callSync(QStringLiteral("profile.save"), args, mine);
    QVERIFY(retried.ok());
    QCOMPARE(server.requests.last().value(Key::IdemKey).toString(), mine);

    QVERIFY(session->callSync(QStringLiteral("profile.get")).ok());
    QVERIFY(!server.requests.last().contains(Key::IdemKey));

    const CallResult badKey = session->callSync(QStringLiteral("profile.save"), args, QStringLiteral("not-a-uuid"));
    QCOMPARE(badKey.failure, Failure::Refused);
    QCOMPARE(badKey.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("key"));
}

void TestClientCore::unknownOpRefusedLocally()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    auto session = connected(server);
    const int before = int(server.requests.size());

    Job *job = session->call(QStringLiteral("no.such.op"));
    job->setAutoDelete(false);
    std::unique_ptr<Job> owner(job);
    QVERIFY2(!job->isFinished(), "finished is always emitted asynchronously");
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(Wait));
    QCOMPARE(job->failure(), Failure::Refused);
    QCOMPARE(job->error().code, ErrorCode::ValidationFailed);
    QCOMPARE(job->error().details.value(QStringLiteral("field")).toString(), QStringLiteral("op"));
    QCOMPARE(job->error().details.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
    QVERIFY(!job->outcome().retryable());
    QCOMPARE(int(server.requests.size()), before);
}

void TestClientCore::invalidArgsRefusedLocally()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    auto session = connected(server);
    const int before = int(server.requests.size());
    const CallResult missing = session->callSync(QStringLiteral("profile.save"), {});
    QCOMPARE(missing.failure, Failure::Refused);
    QCOMPARE(missing.errorCode(), QStringLiteral("validation_failed"));
    QCOMPARE(missing.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("rowVersion"));
    QCOMPARE(int(server.requests.size()), before);

    // Server-side validation can be exercised with local checks off.
    session->setValidateArgs(false);
    QVERIFY(session->callSync(QStringLiteral("profile.save"), {}).ok());
    QCOMPARE(int(server.requests.size()), before + 1);
}

void TestClientCore::callWithoutConnection()
{
    Session session;
    const CallResult r = session.callSync(QStringLiteral("auth.whoami"));
    QCOMPARE(r.failure, Failure::NotConnected);
    QCOMPARE(r.errorCode(), QStringLiteral("not_connected"));
    QCOMPARE(r.errorMap().value(QStringLiteral("code")).toString(), QStringLiteral("not_connected"));
}

void TestClientCore::reconnectResumesAndSendsQueued()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    session.setReconnectDelays(20, 200);
    QSignalSpy scheduled(&session, &Session::reconnectScheduled);
    QSignalSpy lost(&session, &Session::sessionLost);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), m_fp);
    QVERIFY(session.waitForState(Session::State::Connected, Wait));
    QVERIFY(Session::waitForJob(session.login(QStringLiteral("aida"), QStringLiteral("secret"))).ok());

    server.dropAll();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Disconnected, Wait);
    QVERIFY(session.isReconnectScheduled());
    QCOMPARE(scheduled.size(), 1);
    const int delay = scheduled.at(0).at(0).toInt();
    QVERIFY2(delay >= 10 && delay <= 20, qPrintable(QString::number(delay)));

    // Made while disconnected: waits for the reconnection and the resumed session.
    Job *queued = session.call(QStringLiteral("auth.whoami"));
    const CallResult r = Session::waitForJob(queued);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(session.state(), Session::State::LoggedIn);
    QCOMPARE(server.requestOps(),
             (QStringList{QStringLiteral("hello"), QStringLiteral("auth.login"), QStringLiteral("hello"), QStringLiteral("auth.resume"),
                          QStringLiteral("auth.whoami")}));
    QCOMPARE(argsOf(server.requests.at(3)).value(QStringLiteral("token")).toString(), QStringLiteral("tok-1"));
    QCOMPARE(server.encryptedConnections, 2);
    QCOMPARE(lost.size(), 0);

    session.disconnectFromServer();
    QCOMPARE(session.state(), Session::State::Disconnected);
    QVERIFY(!session.isReconnectScheduled());
}

void TestClientCore::resumeRefusedEmitsSessionLost()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    session.setReconnectDelays(10, 50);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), m_fp);
    QVERIFY(session.waitForState(Session::State::Connected, Wait));
    QVERIFY(Session::waitForJob(session.login(QStringLiteral("aida"), QStringLiteral("secret"))).ok());
    QSignalSpy lost(&session, &Session::sessionLost);

    server.validToken = QStringLiteral("another");
    server.dropAll();
    QVERIFY(lost.wait(Wait));
    QCOMPARE(lost.at(0).at(0).value<Error>().code, ErrorCode::SessionExpired);
    QCOMPARE(session.state(), Session::State::Connected);
    QVERIFY(session.token().isEmpty());
    QVERIFY(session.user().isEmpty());
}

void TestClientCore::backoffGrowsWhileServerIsDown()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    Session session;
    session.setReconnectDelays(10, 40);
    QSignalSpy scheduled(&session, &Session::reconnectScheduled);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), m_fp);
    QVERIFY(session.waitForState(Session::State::Connected, Wait));

    server.stopListening();
    server.dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 5, Wait);
    // Each delay is drawn from [d/2, d], d doubling from 10 ms up to the 40 ms cap.
    const int caps[] = {10, 20, 40, 40, 40};
    for (int i = 0; i < 5; ++i) {
        const int delay = scheduled.at(i).at(0).toInt();
        QVERIFY2(delay >= caps[i] / 2 && delay <= caps[i], qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i).arg(delay)));
    }
    QCOMPARE(session.lastError(), Session::ConnectionError::ConnectFailed);

    session.setAutoReconnect(false);
    QVERIFY(!session.isReconnectScheduled());
}

void TestClientCore::badFrameClosesConnection()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    server.silentOps << QStringLiteral("auth.whoami");
    auto session = connected(server);
    Job *job = session->call(QStringLiteral("auth.whoami"));
    job->setAutoDelete(false);
    std::unique_ptr<Job> owner(job);
    QSignalSpy finished(job, &Job::finished);
    QTRY_VERIFY_WITH_TIMEOUT(server.requestOps().contains(QStringLiteral("auth.whoami")), Wait);

    server.sendRaw(QByteArray::fromHex("7fffffff")); // a length far above the 1 MiB limit
    QVERIFY(finished.wait(Wait));
    QCOMPARE(job->failure(), Failure::ConnectionLost);
    QCOMPARE(session->lastError(), Session::ConnectionError::BadFrame);
    QCOMPARE(session->state(), Session::State::Disconnected);
}

void TestClientCore::protocolMismatchIsFatal()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    server.protocolMajor = ProtocolMajor + 1;
    Session session;
    session.setReconnectDelays(10, 10);
    session.connectToServer(QStringLiteral("127.0.0.1"), server.port(), m_fp);
    QVERIFY(!session.waitForState(Session::State::Connected, Wait));
    QCOMPARE(session.lastError(), Session::ConnectionError::ProtocolMismatch);
    QVERIFY(!session.isReconnectScheduled());
    QCOMPARE(server.requestOps(), QStringList{QStringLiteral("hello")});
}

void TestClientCore::knownHostsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/known_hosts"));
    KnownHosts hosts(path);
    QVERIFY(hosts.load());
    QCOMPARE(hosts.count(), 0);
    QCOMPARE(hosts.check(QStringLiteral("ebilim.example.kg"), 7443, m_fp), KnownHosts::Check::Unknown);
    QVERIFY(hosts.setFingerprint(QStringLiteral("eBilim.Example.KG"), 7443, m_fp.toUpper()));
    QVERIFY(hosts.setFingerprint(QStringLiteral("::1"), 7443, WrongPin));
    QVERIFY(!hosts.setFingerprint(QStringLiteral("x"), 1, QStringLiteral("zz")));
    QString error;
    QVERIFY2(hosts.save(&error), qPrintable(error));

    KnownHosts again(path);
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.count(), 2);
    QCOMPARE(again.fingerprint(QStringLiteral("ebilim.example.kg"), 7443), m_fp);
    QCOMPARE(again.fingerprint(QStringLiteral("::1"), 7443), WrongPin);
    QCOMPARE(again.fingerprint(QStringLiteral("ebilim.example.kg"), 7444), QString());
    QCOMPARE(again.check(QStringLiteral("ebilim.example.kg"), 7443, m_fp), KnownHosts::Check::Match);
    QCOMPARE(again.check(QStringLiteral("ebilim.example.kg"), 7443, WrongPin), KnownHosts::Check::Mismatch);
    QVERIFY(again.remove(QStringLiteral("::1"), 7443));
    QVERIFY(again.save());
    KnownHosts third(path);
    QVERIFY(third.load());
    QCOMPARE(third.count(), 1);
}

void TestClientCore::knownHostsMalformed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known_hosts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# comment\nhost 80 nothex\n");
    f.close();
    KnownHosts hosts(path);
    QString error;
    QVERIFY(!hosts.load(&error));
    QVERIFY(error.contains(QStringLiteral(":2:")));
}

int TestClientCore::runCli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    // Not waitForFinished(): the fake server lives in this thread and must keep serving.
    QProcess cli;
    QSignalSpy done(&cli, &QProcess::finished);
    cli.start(QStringLiteral(EBILIM_CLI), args);
    if (!done.wait(30000)) {
        cli.kill();
        cli.waitForFinished();
        return -1;
    }
    *out = cli.readAllStandardOutput();
    *err = cli.readAllStandardError();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void TestClientCore::cliOpsMarkdown()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(runCli({QStringLiteral("ops"), QStringLiteral("--markdown")}, &out, &err), 0);
    QCOMPARE(QString::fromUtf8(out), Registry::markdown());

    QCOMPARE(runCli({QStringLiteral("ops")}, &out, &err), 0);
    QVERIFY(out.contains("profile.save"));
    QVERIFY(out.contains("mutates,offline"));

    QCOMPARE(runCli({QStringLiteral("call")}, &out, &err), 2);
    QCOMPARE(fromJson(err).toMap().value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
}

void TestClientCore::cliCallWithPin()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QFile pw(dir.filePath(QStringLiteral("pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("secret\n");
    pw.close();
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray out;
    QByteArray err;
    const int rc = runCli({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--user"),
                           QStringLiteral("aida"), QStringLiteral("--password-file"), pw.fileName(), QStringLiteral("--pin"), m_fp,
                           QStringLiteral("call"), QStringLiteral("profile.save"), QStringLiteral(R"({"phone": "+996 555 123456", "rowVersion": 2})"),
                           QStringLiteral("--key"), key},
                          &out, &err);
    QVERIFY2(rc == 0, err.constData());
    const QCborMap result = fromJson(out).toMap();
    QCOMPARE(result.value(QStringLiteral("op")).toString(), QStringLiteral("profile.save"));
    QCOMPARE(result.value(QStringLiteral("key")).toString(), key);
    QCOMPARE(result.value(QStringLiteral("args")).toMap().value(QStringLiteral("rowVersion")).toInteger(), 2);
    QCOMPARE(server.requestOps(),
             (QStringList{QStringLiteral("hello"), QStringLiteral("auth.login"), QStringLiteral("profile.save"), QStringLiteral("auth.logout")}));
    QCOMPARE(argsOf(server.requests.at(1)).value(QStringLiteral("password")).toString(), QStringLiteral("secret"));
}

void TestClientCore::cliTrustOnFirstUse()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString known = dir.filePath(QStringLiteral("known_hosts"));
    const QStringList base{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--known-hosts"), known};
    QByteArray out;
    QByteArray err;

    QCOMPARE(runCli(base + QStringList{QStringLiteral("call"), QStringLiteral("system.status")}, &out, &err), 3);
    const QCborMap error = fromJson(err).toMap().value(QStringLiteral("error")).toMap();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("certificate_unknown"));
    QCOMPARE(error.value(QStringLiteral("details")).toMap().value(QStringLiteral("fingerprint")).toString(), m_fp);
    QVERIFY(!QFile::exists(known));
    QVERIFY(server.requests.isEmpty());

    QCOMPARE(runCli(base + QStringList{QStringLiteral("--trust"), QStringLiteral("call"), QStringLiteral("system.status")}, &out, &err), 0);
    QVERIFY(err.contains(m_fp.toLatin1()));
    KnownHosts hosts(known);
    QVERIFY(hosts.load());
    QCOMPARE(hosts.fingerprint(QStringLiteral("127.0.0.1"), server.port()), m_fp);

    QCOMPARE(runCli(base + QStringList{QStringLiteral("call"), QStringLiteral("system.status")}, &out, &err), 0);
    QCOMPARE(fromJson(out).toMap().value(QStringLiteral("op")).toString(), QStringLiteral("system.status"));
}

void TestClientCore::cliChangedCertificateRefused()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString known = dir.filePath(QStringLiteral("known_hosts"));
    KnownHosts hosts(known);
    QVERIFY(hosts.setFingerprint(QStringLiteral("127.0.0.1"), server.port(), WrongPin));
    QVERIFY(hosts.save());
    QByteArray out;
    QByteArray err;
    const QStringList args{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--known-hosts"), known,
                           QStringLiteral("--trust"), QStringLiteral("call"), QStringLiteral("system.status")};
    QCOMPARE(runCli(args, &out, &err), 3);
    const QCborMap error = fromJson(err).toMap().value(QStringLiteral("error")).toMap();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("certificate_mismatch"));
    QCOMPARE(error.value(QStringLiteral("details")).toMap().value(QStringLiteral("actual")).toString(), m_fp);
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("REFUSED")));
    QVERIFY(server.requests.isEmpty());
    KnownHosts after(known);
    QVERIFY(after.load());
    QCOMPARE(after.fingerprint(QStringLiteral("127.0.0.1"), server.port()), WrongPin);
}

void TestClientCore::cliOpError()
{
    FakeServer server(m_cert, m_key);
    QVERIFY(server.listen());
    QTemporaryDir dir;
    QFile pw(dir.filePath(QStringLiteral("pw")));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("wrong\n");
    pw.close();
    QByteArray out;
    QByteArray err;
    const int rc = runCli({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--user"),
                           QStringLiteral("aida"), QStringLiteral("--password-file"), pw.fileName(), QStringLiteral("--pin"), m_fp,
                           QStringLiteral("call"), QStringLiteral("auth.whoami")},
                          &out, &err);
    QCOMPARE(rc, 4);
    QVERIFY(out.isEmpty());
    QCOMPARE(fromJson(err).toMap().value(QStringLiteral("error")).toMap().value(QStringLiteral("code")).toString(),
             QStringLiteral("invalid_credentials"));
}

QTEST_GUILESS_MAIN(TestClientCore)
#include "tst_clientcore.moc"
