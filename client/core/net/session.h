#pragma once

#include "net/job.h"
#include "protocol/errors.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QTimer>

class QSslSocket;

namespace Ebilim::Client {

/**
 * The client's one connection to an eBilim server.
 *
 * TLS from byte 0. The server certificate is trusted by pin only: its fingerprint
 * (Protocol::certificateFingerprint) must equal the pinned one; then, and only then, the
 * exact self-signed/untrusted/host-name errors are ignored. A different certificate is
 * refused (certificateMismatch) before any request is sent; without a pin the certificate
 * is reported (certificateSeen) and refused, so the caller can ask the user and connect
 * again with the pin (trust on first use, see KnownHosts).
 *
 * After TLS the session sends `hello`, then is Connected; login() makes it LoggedIn. When a
 * connection drops unexpectedly it reconnects with exponential backoff and jitter
 * (1 s → 60 s) and re-attaches the session with `auth.resume`. Requests that were sent
 * fail with Failure::ConnectionLost (retry them with the same key); requests not yet sent
 * wait for the reconnection (their timeout keeps running).
 */
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting,  ///< TCP connect and TLS handshake
        Handshaking, ///< `hello` sent, not answered yet
        Connected,   ///< hello answered; no user signed in (or re-attaching one)
        LoggedIn,
    };
    Q_ENUM(State)

    /// Why the last connection ended or failed.
    enum class ConnectionError {
        None,
        ConnectFailed,       ///< host not found, refused, unreachable
        TlsFailed,           ///< handshake failed, or a certificate error other than self-signed/untrusted/host name
        CertificateUnknown,  ///< no pin given: certificateSeen() tells the fingerprint
        CertificateMismatch, ///< the certificate is not the pinned one (refused, never retried)
        ProtocolMismatch,    ///< the server speaks another protocol major version
        HelloRefused,        ///< the server refused `hello` for another reason
        Timeout,             ///< connect, TLS and hello took longer than connectTimeout()
        BadFrame,            ///< the server sent something that is not a valid frame
        ClosedByServer,
        ClosedByClient,      ///< disconnectFromServer()
    };
    Q_ENUM(ConnectionError)

    static constexpr qint64 ReadBufferSize = 64 * 1024;
    /// Requests are refused locally (`busy`) while more than this waits to be written.
    static constexpr qint64 MaxWriteBacklog = 4 * 1024 * 1024;
    static constexpr int DefaultRequestTimeoutMs = 30000;
    static constexpr int DefaultConnectTimeoutMs = 15000;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Connects to @p host:@p port, accepting only the certificate with @p pinnedFingerprint
    /// ("ab:cd…" or "abcd…", see Protocol::normalizeFingerprint). Closes any current connection.
    void connectToServer(const QString &host, quint16 port, const QString &pinnedFingerprint);
    /// Closes on purpose: no reconnect; sent requests fail (connection_lost), queued ones
    /// (not_connected). The token is kept, so a later connectToServer() resumes the session.
    void disconnectFromServer();

    State state() const { return m_state; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString pinnedFingerprint() const { return m_pin; }
    /// Fingerprint of the certificate the server presented last (empty before the first handshake).
    QString peerFingerprint() const { return m_peerFingerprint; }
    ConnectionError lastError() const { return m_lastError; }
    QString lastErrorString() const { return m_lastErrorString; }
    /// The `hello` result of the current connection.
    QCborMap serverInfo() const { return m_serverInfo; }
    bool isReconnectScheduled() const { return m_reconnectTimer.isActive(); }

    /**
     * Sends @p op. Never returns null; the job always finishes asynchronously.
     *
     * Ops not in the Registry, or (unless setValidateArgs(false)) with arguments the
     * registry refuses, finish with Failure::Refused and `validation_failed` without being
     * sent. For ops whose spec mutates a fresh UUID key is made when @p key is empty; a
     * given @p key is sent as is (retries reuse it).
     */
    Job *call(const QString &op, const QCborMap &args = {}, const QString &key = {});
    /// `auth.login`; on success stores token, user and roles and the state becomes LoggedIn.
    Job *login(const QString &user, const QString &password);
    /// `auth.resume` with a saved token; on success as login().
    Job *resume(const QString &token);
    /// `auth.logout`; forgets the token whatever the answer.
    Job *logout();

    /// Blocking call for scripts, tests and the CLI only (runs a local event loop; never use
    /// it in UI code). @p timeoutMs < 0: requestTimeout().
    CallResult callSync(const QString &op, const QCborMap &args = {}, const QString &key = {}, int timeoutMs = -1);
    /// Blocks until @p job finishes and returns its outcome (scripts, tests, CLI only).
    static CallResult waitForJob(Job *job);
    /// Blocking wait for @p target (scripts, tests, CLI). False on timeout, or when the session
    /// became Disconnected with no reconnect scheduled.
    bool waitForState(State target, int timeoutMs);

    QString token() const { return m_token; }
    /// `{id, username, fullName}` of the signed-in user.
    QCborMap user() const { return m_user; }
    QCborArray roles() const { return m_roles; }

    int requestTimeout() const { return m_requestTimeoutMs; }
    /// Timeout for each request from call() to the answer; 0 disables it. Default 30 s.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    int connectTimeout() const { return m_connectTimeoutMs; }
    /// Limit for TCP connect + TLS + hello. Default 15 s.
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    bool autoReconnect() const { return m_autoReconnect; }
    /// Reconnect after an unexpected disconnect. Default on.
    void setAutoReconnect(bool on);
    /// Backoff bounds: first delay and cap, each delay drawn in [d/2, d]. Default 1 s and 60 s.
    void setReconnectDelays(int firstMs, int maxMs);
    /// Check arguments against the registry before sending. Default on.
    void setValidateArgs(bool on) { m_validateArgs = on; }
    /// `client` and `lang` sent in `hello`.
    void setClientName(const QString &name) { m_clientName = name; }
    void setLanguage(const QString &lang) { m_lang = lang; }

Q_SIGNALS:
    void stateChanged(Ebilim::Client::Session::State state);
    /// A server push `{event, data}`.
    void pushReceived(const QString &event, const QCborMap &data);
    /// The server presented a certificate with this fingerprint (once per connection).
    void certificateSeen(const QString &fingerprint);
    /// The certificate is not the pinned one; the connection was refused.
    void certificateMismatch(const QString &expected, const QString &actual);
    /// The connection ended or could not be made; lastError() says why.
    void disconnected(const QString &reason);
    /// A reconnect will be tried in @p delayMs.
    void reconnectScheduled(int delayMs);
    /// The server refused to re-attach the session after a reconnect; the token was dropped.
    void sessionLost(const Ebilim::Protocol::Error &error);

private:
    friend class Job;

    void openSocket();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    void handleMessage(const QCborMap &message);
    void onHelloFinished(Job *job);
    void onResumeFinished(Job *job);
    void onAuthFinished(Job *job);
    void noteCertificate(const QString &fingerprint);
    void setFault(ConnectionError error, const QString &reason, bool fatal);
    void connectionLost(ConnectionError error, const QString &reason, bool fatal);
    void scheduleReconnect();
    void setState(State state);
    bool isReady() const;
    Job *createJob(const QString &op, const QCborMap &args, const QString &key);
    void submit(Job *job);
    void send(Job *job);
    void flushQueue();
    void failQueue(Failure failure, const QString &reason);
    void jobTimedOut(Job *job);

    QPointer<QSslSocket> m_socket;
    Protocol::FrameDecoder m_decoder;
    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    QString m_pin;
    QString m_peerFingerprint;
    bool m_certificateNoted = false;

    ConnectionError m_lastError = ConnectionError::None;
    QString m_lastErrorString;
    // A refusal found during the handshake, applied when the socket reports the failure.
    ConnectionError m_fault = ConnectionError::None;
    QString m_faultReason;
    bool m_faultFatal = false;

    QHash<qint64, QPointer<Job>> m_pending; ///< sent, waiting for the answer
    QList<QPointer<Job>> m_queue;           ///< waiting for a usable connection
    QPointer<Job> m_helloJob;
    QPointer<Job> m_resumeJob;
    qint64 m_nextId = 1;

    QCborMap m_serverInfo;
    QString m_token;
    QCborMap m_user;
    QCborArray m_roles;

    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 60000;
    bool m_autoReconnect = true;
    bool m_everConnected = false;

    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    bool m_validateArgs = true;
    QString m_clientName;
    QString m_lang = QStringLiteral("en");
};

} // namespace Ebilim::Client
