#include "session.h"

#include "logging.h"
#include "protocol/message.h"
#include "protocol/registry.h"
#include "protocol/tls.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUuid>

#include <algorithm>

namespace Ebilim::Client {

using namespace Ebilim::Protocol;

namespace {

/// Certificate errors a pinned self-signed certificate causes; anything else (expired,
/// not yet valid, revoked, bad signature …) refuses the connection even with a matching pin.
bool pinCovers(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

CallResult refused(const QString &field, const QString &reason, const QString &message, QCborMap details = {})
{
    CallResult r;
    r.failure = Failure::Refused;
    r.error.code = ErrorCode::ValidationFailed;
    details.insert(QStringLiteral("field"), field);
    details.insert(QStringLiteral("reason"), reason);
    r.error.details = details;
    r.error.message = message;
    return r;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        connectionLost(ConnectionError::Timeout,
                       QStringLiteral("no connection to %1:%2 within %3 ms").arg(m_host).arg(m_port).arg(m_connectTimeoutMs), false);
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Session::openSocket);
    m_clientName = QStringLiteral("%1/%2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
}

Session::~Session()
{
    if (m_socket) {
        // The socket's destructor emits disconnected(); nothing of ours may run then.
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Session::connectToServer(const QString &host, quint16 port, const QString &pinnedFingerprint)
{
    if (m_socket) {
        connectionLost(ConnectionError::ClosedByClient, QStringLiteral("reconnecting to another server"), true);
    }
    m_reconnectTimer.stop();
    m_host = host;
    m_port = port;
    m_pin = normalizeFingerprint(pinnedFingerprint);
    if (m_pin.isEmpty() && !pinnedFingerprint.isEmpty()) {
        qCWarning(lcClientNet) << "malformed pin ignored:" << pinnedFingerprint;
    }
    m_reconnectAttempt = 0;
    m_everConnected = false;
    m_lastError = ConnectionError::None;
    m_lastErrorString.clear();
    openSocket();
}

void Session::disconnectFromServer()
{
    m_reconnectTimer.stop();
    if (m_socket) {
        connectionLost(ConnectionError::ClosedByClient, QStringLiteral("closed by the client"), true);
    } else {
        failQueue(Failure::NotConnected, QStringLiteral("the session was closed"));
    }
}

void Session::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    if (!on) {
        m_reconnectTimer.stop();
    }
}

void Session::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

void Session::openSocket()
{
    m_decoder = FrameDecoder();
    m_fault = ConnectionError::None;
    m_faultReason.clear();
    m_faultFatal = false;
    m_certificateNoted = false;
    m_serverInfo = {};

    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setReadBufferSize(ReadBufferSize);
    QSslConfiguration cfg = socket->sslConfiguration();
    cfg.setProtocol(QSsl::TlsV1_2OrLater);
    cfg.setCiphers(strongCiphers());
    socket->setSslConfiguration(cfg);

    // sslErrors must be handled directly: ignoreSslErrors() only counts inside the slot.
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket == m_socket) {
            onSslErrors(errors);
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (socket == m_socket) {
            onEncrypted();
        }
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == m_socket) {
            onReadyRead();
        }
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != m_socket) {
            return;
        }
        if (m_fault != ConnectionError::None) {
            connectionLost(m_fault, m_faultReason, m_faultFatal);
        } else if (error == QAbstractSocket::RemoteHostClosedError) {
            connectionLost(ConnectionError::ClosedByServer, QStringLiteral("the server closed the connection"), false);
        } else if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
                   || error == QAbstractSocket::SslInvalidUserDataError) {
            connectionLost(ConnectionError::TlsFailed, QStringLiteral("TLS failed: %1").arg(socket->errorString()), false);
        } else {
            connectionLost(ConnectionError::ConnectFailed,
                           QStringLiteral("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(socket->errorString()), false);
        }
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (socket == m_socket) {
            if (m_fault != ConnectionError::None) {
                connectionLost(m_fault, m_faultReason, m_faultFatal);
            } else {
                connectionLost(ConnectionError::ClosedByServer, QStringLiteral("the server closed the connection"), false);
            }
        }
    });

    setState(State::Connecting);
    if (m_connectTimeoutMs > 0) {
        m_connectTimer.start(m_connectTimeoutMs);
    }
    qCDebug(lcClientNet) << "connecting to" << m_host << m_port;
    socket->connectToHostEncrypted(m_host, m_port);
}

void Session::noteCertificate(const QString &fingerprint)
{
    m_peerFingerprint = fingerprint;
    if (!m_certificateNoted) {
        m_certificateNoted = true;
        Q_EMIT certificateSeen(fingerprint);
    }
}

void Session::setFault(ConnectionError error, const QString &reason, bool fatal)
{
    if (m_fault == ConnectionError::None) {
        m_fault = error;
        m_faultReason = reason;
        m_faultFatal = fatal;
    }
}

void Session::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate cert = m_socket->peerCertificate();
    const QString actual = certificateFingerprint(cert);
    noteCertificate(actual);

    for (const QSslError &e : errors) {
        if (!pinCovers(e.error())) {
            setFault(ConnectionError::TlsFailed, QStringLiteral("certificate of %1:%2 refused: %3").arg(m_host).arg(m_port).arg(e.errorString()),
                     true);
            return;
        }
    }
    if (m_pin.isEmpty()) {
        setFault(ConnectionError::CertificateUnknown,
                 QStringLiteral("certificate of %1:%2 is not trusted yet (SHA-256 fingerprint %3)").arg(m_host).arg(m_port).arg(actual), true);
        return;
    }
    if (actual != m_pin) {
        setFault(ConnectionError::CertificateMismatch,
                 QStringLiteral("certificate of %1:%2 changed: expected %3, got %4; refused").arg(m_host).arg(m_port).arg(m_pin, actual), true);
        Q_EMIT certificateMismatch(m_pin, actual);
        return;
    }
    // Exactly these errors, never a blanket ignore.
    m_socket->ignoreSslErrors(errors);
}

void Session::onEncrypted()
{
    // Defence in depth: whatever path led here (CA-trusted certificate, ignored errors), the
    // certificate must be the pinned one.
    const QString actual = certificateFingerprint(m_socket->peerCertificate());
    noteCertificate(actual);
    if (m_pin.isEmpty() || actual != m_pin) {
        if (m_pin.isEmpty()) {
            connectionLost(ConnectionError::CertificateUnknown,
                           QStringLiteral("certificate of %1:%2 is not trusted yet (SHA-256 fingerprint %3)").arg(m_host).arg(m_port).arg(actual),
                           true);
        } else {
            Q_EMIT certificateMismatch(m_pin, actual);
            connectionLost(ConnectionError::CertificateMismatch,
                           QStringLiteral("certificate of %1:%2 changed: expected %3, got %4; refused").arg(m_host).arg(m_port).arg(m_pin, actual),
                           true);
        }
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    setState(State::Handshaking);

    QCborMap args;
    args.insert(QStringLiteral("major"), ProtocolMajor);
    args.insert(QStringLiteral("minor"), ProtocolMinor);
    if (!m_clientName.isEmpty()) {
        args.insert(QStringLiteral("client"), m_clientName.left(100));
    }
    if (!m_lang.isEmpty()) {
        args.insert(QStringLiteral("lang"), m_lang);
    }
    Job *hello = createJob(QStringLiteral("hello"), args, {});
    m_helloJob = hello;
    connect(hello, &Job::finished, this, &Session::onHelloFinished);
    send(hello);
}

void Session::onHelloFinished(Job *job)
{
    if (job != m_helloJob) {
        return;
    }
    m_helloJob = nullptr;
    if (job->ok()) {
        m_connectTimer.stop();
        m_serverInfo = job->result().toMap();
        m_everConnected = true;
        m_reconnectAttempt = 0;
        setState(State::Connected);
        if (!m_token.isEmpty()) {
            QCborMap args;
            args.insert(QStringLiteral("token"), m_token);
            Job *resume = createJob(QStringLiteral("auth.resume"), args, {});
            m_resumeJob = resume;
            connect(resume, &Job::finished, this, &Session::onResumeFinished);
            send(resume);
        } else {
            flushQueue();
        }
        return;
    }
    switch (job->failure()) {
    case Failure::Server:
        if (job->error().code == ErrorCode::ProtocolMismatch) {
            connectionLost(ConnectionError::ProtocolMismatch,
                           QStringLiteral("the server speaks another protocol version (client %1.%2): %3")
                               .arg(ProtocolMajor)
                               .arg(ProtocolMinor)
                               .arg(job->error().message),
                           true);
        } else {
            connectionLost(ConnectionError::HelloRefused,
                           QStringLiteral("the server refused hello: %1 %2").arg(errorCodeName(job->error().code), job->error().message), true);
        }
        break;
    case Failure::Timeout:
        connectionLost(ConnectionError::Timeout, QStringLiteral("no answer to hello"), false);
        break;
    default:
        break; // the connection is already gone
    }
}

void Session::onResumeFinished(Job *job)
{
    if (job != m_resumeJob) {
        return;
    }
    m_resumeJob = nullptr;
    if (job->ok()) {
        onAuthFinished(job);
        flushQueue();
        return;
    }
    if (job->failure() == Failure::Server) {
        qCInfo(lcClientNet) << "session could not be resumed:" << errorCodeName(job->error().code);
        m_token.clear();
        m_user = {};
        m_roles = {};
        Q_EMIT sessionLost(job->error());
        flushQueue();
    } else if (job->failure() == Failure::Timeout) {
        connectionLost(ConnectionError::Timeout, QStringLiteral("no answer to auth.resume"), false);
    }
}

void Session::onAuthFinished(Job *job)
{
    if (!job->ok()) {
        return;
    }
    const QCborMap result = job->result().toMap();
    const QString token = result.value(QStringLiteral("token")).toString();
    if (!token.isEmpty()) {
        m_token = token;
    } else if (job->op() == QLatin1String("auth.resume")) {
        m_token = job->args().value(QStringLiteral("token")).toString();
    }
    if (result.contains(QStringLiteral("user"))) {
        m_user = result.value(QStringLiteral("user")).toMap();
    }
    if (result.contains(QStringLiteral("roles"))) {
        m_roles = result.value(QStringLiteral("roles")).toArray();
    }
    if (m_state == State::Connected) {
        setState(State::LoggedIn);
    }
}

void Session::onReadyRead()
{
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const QList<QCborMap> messages = m_decoder.feed(m_socket->read(ReadBufferSize));
        for (const QCborMap &message : messages) {
            handleMessage(message);
            if (!m_socket) {
                return;
            }
        }
        if (m_decoder.error() != FrameDecoder::Error::None) {
            connectionLost(ConnectionError::BadFrame, QStringLiteral("bad frame from the server: %1").arg(m_decoder.errorString()), false);
            return;
        }
    }
}

void Session::handleMessage(const QCborMap &message)
{
    if (message.contains(Key::Id)) {
        const qint64 id = message.value(Key::Id).toInteger(-1);
        const QPointer<Job> job = m_pending.take(id);
        if (!job) {
            qCDebug(lcClientNet) << "answer to unknown or timed-out request" << id;
            return;
        }
        CallResult outcome;
        if (message.value(Key::Ok).toBool()) {
            outcome.result = message.value(Key::Result);
        } else {
            outcome.failure = Failure::Server;
            outcome.error = Error::fromCbor(message.value(Key::ErrorField).toMap());
        }
        job->finish(outcome);
        return;
    }
    if (message.contains(Key::Event)) {
        Q_EMIT pushReceived(message.value(Key::Event).toString(), message.value(Key::Data).toMap());
        return;
    }
    qCWarning(lcClientNet) << "ignoring a message that is neither answer nor push";
}

void Session::connectionLost(ConnectionError error, const QString &reason, bool fatal)
{
    if (!m_socket) {
        return;
    }
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // Not aborted here: we may be inside one of the socket's own signal emissions.
    QMetaObject::invokeMethod(socket, &QAbstractSocket::abort, Qt::QueuedConnection);
    socket->deleteLater();
    m_connectTimer.stop();
    m_helloJob = nullptr;
    m_resumeJob = nullptr;

    m_lastError = error;
    m_lastErrorString = reason;
    qCInfo(lcClientNet) << "connection to" << m_host << m_port << "ended:" << reason;

    const auto pending = m_pending;
    m_pending.clear();
    const CallResult lost = clientFailure(Failure::ConnectionLost, QStringLiteral("connection lost before the answer: %1").arg(reason));
    for (const QPointer<Job> &job : pending) {
        if (job) {
            job->finishLater(lost);
        }
    }

    const bool reconnect = !fatal && m_autoReconnect && (m_everConnected || !m_token.isEmpty());
    if (reconnect) {
        scheduleReconnect();
    } else {
        failQueue(Failure::NotConnected, reason);
    }
    setState(State::Disconnected);
    Q_EMIT disconnected(reason);
}

void Session::scheduleReconnect()
{
    const int shift = std::min(m_reconnectAttempt, 16);
    const qint64 delay = std::min<qint64>(qint64(m_firstDelayMs) << shift, m_maxDelayMs);
    // Equal jitter: half fixed, half random, so many clients do not come back in step.
    const int wait = int(delay / 2 + QRandomGenerator::global()->bounded(delay / 2 + 1));
    ++m_reconnectAttempt;
    m_reconnectTimer.start(wait);
    Q_EMIT reconnectScheduled(wait);
}

void Session::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool Session::isReady() const
{
    return m_socket && (m_state == State::Connected || m_state == State::LoggedIn) && !m_resumeJob;
}

Job *Session::createJob(const QString &op, const QCborMap &args, const QString &key)
{
    Job *job = new Job(this, m_nextId++, op, args, key);
    if (m_requestTimeoutMs > 0) {
        job->setTimeout(m_requestTimeoutMs);
    }
    return job;
}

Job *Session::call(const QString &op, const QCborMap &args, const QString &key)
{
    const OpSpec *spec = Registry::find(op);
    QString idemKey = key;
    if (spec && spec->mutates && idemKey.isEmpty()) {
        idemKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    Job *job = createJob(op, args, idemKey);
    if (!spec) {
        QCborMap details;
        details.insert(QStringLiteral("op"), op);
        job->finishLater(refused(QStringLiteral("op"), QStringLiteral("unknown"), QStringLiteral("unknown op '%1'").arg(op), details));
        return job;
    }
    if (!idemKey.isEmpty() && QUuid::fromString(idemKey).isNull()) {
        job->finishLater(refused(QStringLiteral("key"), QStringLiteral("format"), QStringLiteral("the key must be a UUID")));
        return job;
    }
    if (m_validateArgs) {
        if (const auto problem = Registry::validate(*spec, args)) {
            CallResult r;
            r.failure = Failure::Refused;
            r.error = *problem;
            job->finishLater(r);
            return job;
        }
    }
    submit(job);
    return job;
}

Job *Session::login(const QString &user, const QString &password)
{
    QCborMap args;
    args.insert(QStringLiteral("user"), user);
    args.insert(QStringLiteral("password"), password);
    Job *job = call(QStringLiteral("auth.login"), args);
    // Connected before the caller's slot, so the state is LoggedIn when the caller hears of it.
    connect(job, &Job::finished, this, &Session::onAuthFinished);
    return job;
}

Job *Session::resume(const QString &token)
{
    QCborMap args;
    args.insert(QStringLiteral("token"), token);
    Job *job = call(QStringLiteral("auth.resume"), args);
    connect(job, &Job::finished, this, &Session::onAuthFinished);
    return job;
}

Job *Session::logout()
{
    Job *job = call(QStringLiteral("auth.logout"));
    connect(job, &Job::finished, this, [this] {
        m_token.clear();
        m_user = {};
        m_roles = {};
        if (m_state == State::LoggedIn) {
            setState(State::Connected);
        }
    });
    return job;
}

void Session::submit(Job *job)
{
    if (isReady()) {
        send(job);
    } else if (m_socket || m_reconnectTimer.isActive()) {
        m_queue.append(job);
    } else {
        job->finishLater(clientFailure(Failure::NotConnected, QStringLiteral("not connected to a server")));
    }
}

void Session::send(Job *job)
{
    const QByteArray frame = encodeFrame(makeRequest(job->id(), job->op(), job->args(), job->key()));
    if (frame.size() - 4 > MaxFrameSize) {
        QCborMap details;
        details.insert(QStringLiteral("limit"), MaxFrameSize);
        job->finishLater(refused(QStringLiteral("frame"), QStringLiteral("too_long"),
                                 QStringLiteral("request of %1 bytes exceeds the frame limit").arg(frame.size() - 4), details));
        return;
    }
    const qint64 backlog = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    if (backlog > MaxWriteBacklog) {
        CallResult busy;
        busy.failure = Failure::Refused;
        busy.error.code = ErrorCode::Busy;
        busy.error.details.insert(QStringLiteral("limit"), MaxWriteBacklog);
        busy.error.message = QStringLiteral("%1 bytes still waiting to be sent").arg(backlog);
        job->finishLater(busy);
        return;
    }
    m_pending.insert(job->id(), job);
    m_socket->write(frame);
}

void Session::flushQueue()
{
    while (!m_queue.isEmpty() && isReady()) {
        const QPointer<Job> job = m_queue.takeFirst();
        if (job && !job->isFinished()) {
            send(job);
        }
    }
}

void Session::failQueue(Failure failure, const QString &reason)
{
    const auto queue = m_queue;
    m_queue.clear();
    const CallResult outcome = clientFailure(failure, QStringLiteral("not sent: %1").arg(reason));
    for (const QPointer<Job> &job : queue) {
        if (job) {
            job->finishLater(outcome);
        }
    }
}

void Session::jobTimedOut(Job *job)
{
    const bool wasPending = m_pending.remove(job->id()) > 0;
    const bool wasQueued = m_queue.removeAll(job) > 0;
    if (!wasPending && !wasQueued && job != m_helloJob && job != m_resumeJob) {
        return;
    }
    QCborMap details;
    details.insert(QStringLiteral("op"), job->op());
    details.insert(QStringLiteral("timeoutMs"), job->timeout());
    job->finish(clientFailure(Failure::Timeout,
                              QStringLiteral("no answer to %1 within %2 ms%3")
                                  .arg(job->op())
                                  .arg(job->timeout())
                                  .arg(wasQueued ? QStringLiteral(" (never sent: no connection)") : QString()),
                              details));
}

CallResult Session::callSync(const QString &op, const QCborMap &args, const QString &key, int timeoutMs)
{
    Job *job = call(op, args, key);
    if (timeoutMs >= 0) {
        job->setTimeout(timeoutMs);
    }
    return waitForJob(job);
}

CallResult Session::waitForJob(Job *job)
{
    if (job->isFinished()) {
        return job->outcome();
    }
    // The loop is declared first so that it outlives every connection made to it below
    // (reliability-and-security.md §1.1).
    QEventLoop loop;
    CallResult out = clientFailure(Failure::ConnectionLost, QStringLiteral("the session was destroyed"));
    bool done = false;
    connect(job, &Job::finished, &loop, [&](Job *j) {
        out = j->outcome();
        done = true;
        loop.quit();
    });
    connect(job, &QObject::destroyed, &loop, &QEventLoop::quit);
    if (!done) {
        loop.exec();
    }
    return out;
}

bool Session::waitForState(State target, int timeoutMs)
{
    if (m_state == target) {
        return true;
    }
    if (m_state == State::Disconnected && !m_socket && !isReconnectScheduled()) {
        return false;
    }
    QEventLoop loop;
    QTimer timer;
    bool reached = false;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &Session::stateChanged, &loop, [&](State state) {
        if (state == target) {
            reached = true;
            loop.quit();
        } else if (state == State::Disconnected && !isReconnectScheduled()) {
            loop.quit();
        }
    });
    timer.start(timeoutMs);
    loop.exec();
    return reached;
}

} // namespace Ebilim::Client
