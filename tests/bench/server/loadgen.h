#pragma once

#include <QCborMap>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

class QEventLoop;
class QSslSocket;

namespace Ebilim::Bench {

/// What to run.
struct LoadConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7443;
    QString pin;                ///< server certificate SHA-256 (required)
    QStringList users;          ///< one user per session (session i signs in as users[i % size])
    QString password;
    QString op = QStringLiteral("read"); ///< read | profile | write | login
    int sessions = 1;           ///< concurrent sessions (closed loop); for login: concurrent sign-ins
    double warmupS = 2;
    double durationS = 10;
    qint64 unitId = 1;          ///< org.units.get id for op=read
    int logins = 200;           ///< op=login: sign-ins to time
    int perSourceIp = 16;       ///< sessions per 127.0.0.x source address (server caps 20 per IP)
    int connectParallel = 8;    ///< TLS handshakes + sign-ins in flight while setting up
    qint64 serverPid = 0;       ///< if set: CPU of this process over the measurement window
    qint64 postmasterPid = 0;   ///< if set: CPU of PostgreSQL (postmaster + backends) over the window
    QString readyFile;          ///< if set: created when the measurement window opens (for profilers)
};

/// CPU time (seconds) used so far, read from /proc (Linux).
struct CpuSnapshot
{
    double server = 0;
    double postgres = 0;
    double client = 0;
    qint64 wallNs = 0;
};

/// Latency samples in microseconds.
struct Samples
{
    std::vector<qint64> us;
    double percentileMs(double p);
};

struct LoadResult
{
    qint64 ops = 0;             ///< completed in the measurement window
    double seconds = 0;
    qint64 errors = 0;          ///< error responses in the window
    qint64 pushes = 0;          ///< push frames received (all phases)
    QString firstError;
    Samples latency;            ///< per request (op=login: the auth.login round trip)
    Samples full;               ///< op=login: TCP connect + TLS + hello + auth.login
    /// Cores busy on average during the measurement window (1.0 = one core); -1 when not measured.
    double serverCores = -1;
    double postgresCores = -1;
    double clientCores = -1;
    bool ok = false;
    QString failure;
};

/**
 * Closed-loop load generator: many TLS sessions on one event loop, each sends its next
 * request when the previous answer has arrived. Uses QSslSocket and the frame codec
 * directly (no client core), so the client stays cheap next to the server it measures.
 */
class LoadGen : public QObject
{
    Q_OBJECT
public:
    explicit LoadGen(LoadConfig cfg, QObject *parent = nullptr);
    ~LoadGen() override;

    /// Runs to completion (nested event loop) and returns the figures.
    LoadResult run();

private:
    struct Conn;
    Conn *makeConn(int index);
    void onFrame(Conn *c, const QCborMap &frame);
    void send(Conn *c, const QString &op, const QCborMap &args, bool mutating = false);
    void sendNext(Conn *c);
    void connReady(Conn *c);
    void startSetup();
    void startMeasure();
    void fail(const QString &why);
    void startLoginRound(int slot);
    void finishIfIdle();
    CpuSnapshot snapshot() const;
    void endSnapshot();
    void startRunning();

    LoadConfig m_cfg;
    std::vector<Conn *> m_conns;
    int m_nextToConnect = 0;
    int m_ready = 0;
    int m_loginsStarted = 0;
    int m_loginsDone = 0;
    QElapsedTimer m_clock;
    qint64 m_measureFrom = -1;  ///< ns on m_clock
    qint64 m_measureTo = -1;
    bool m_stopping = false;
    bool m_done = false;
    QTimer m_deadline;
    QEventLoop *m_loop = nullptr;
    LoadResult m_result;
    qint64 m_phoneCounter = 0;
    CpuSnapshot m_cpuFrom;
    bool m_cpuEnded = false;
};

} // namespace Ebilim::Bench
