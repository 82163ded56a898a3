#include "loadgen.h"

#include "protocol/frame.h"
#include "protocol/message.h"
#include "protocol/registry.h"
#include "protocol/tls.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUuid>

#include <QCoreApplication>

#include <algorithm>
#include <unistd.h>
#include <cmath>

namespace Ebilim::Bench {

using namespace Protocol;

double Samples::percentileMs(double p)
{
    if (us.empty()) {
        return 0;
    }
    std::sort(us.begin(), us.end());
    const auto n = us.size();
    size_t idx = size_t(std::ceil(p / 100.0 * double(n)));
    idx = idx == 0 ? 0 : idx - 1;
    return double(us[std::min(idx, n - 1)]) / 1000.0;
}

namespace {
/// utime+stime (and cutime+cstime when @p children) of one process, in clock ticks; -1 if gone.
qint64 procTicks(qint64 pid, bool children, qint64 *ppid = nullptr)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = f.readAll();
    const int close = line.lastIndexOf(')'); // comm may contain spaces
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state): field N is fields[N - 3].
    if (fields.size() < 15) {
        return -1;
    }
    if (ppid) {
        *ppid = fields[1].toLongLong();
    }
    qint64 t = fields[11].toLongLong() + fields[12].toLongLong();
    if (children) {
        t += fields[13].toLongLong() + fields[14].toLongLong();
    }
    return t;
}

double ticksToSeconds(qint64 ticks)
{
    static const double hz = double(sysconf(_SC_CLK_TCK));
    return double(ticks) / hz;
}
} // namespace

CpuSnapshot LoadGen::snapshot() const
{
    CpuSnapshot s;
    s.wallNs = m_clock.nsecsElapsed();
    if (m_cfg.serverPid > 0) {
        s.server = ticksToSeconds(qMax<qint64>(0, procTicks(m_cfg.serverPid, false)));
    }
    if (m_cfg.postmasterPid > 0) {
        // The postmaster's cutime/cstime hold the backends that already exited; add the live ones.
        qint64 total = qMax<qint64>(0, procTicks(m_cfg.postmasterPid, true));
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : pids) {
            bool isPid = false;
            const qint64 pid = name.toLongLong(&isPid);
            if (!isPid || pid == m_cfg.postmasterPid) {
                continue;
            }
            qint64 parent = 0;
            const qint64 t = procTicks(pid, true, &parent);
            if (t >= 0 && parent == m_cfg.postmasterPid) {
                total += t;
            }
        }
        s.postgres = ticksToSeconds(total);
    }
    s.client = ticksToSeconds(qMax<qint64>(0, procTicks(QCoreApplication::applicationPid(), false)));
    return s;
}

struct LoadGen::Conn
{
    enum class Phase { Connecting, Hello, Login, Profile, Ready, Running, Done };
    QSslSocket *sock = nullptr;
    FrameDecoder decoder;
    int index = 0;
    int slot = 0;
    QString user;
    Phase phase = Phase::Connecting;
    qint64 nextId = 1;
    qint64 sentAt = 0;       ///< ns, request in flight
    qint64 connectAt = 0;    ///< ns, TCP connect started
    bool inFlight = false;
    bool recordLogin = false;
    qint64 rowVersion = 0;
};

LoadGen::LoadGen(LoadConfig cfg, QObject *parent)
    : QObject(parent)
    , m_cfg(std::move(cfg))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out")); });
}

LoadGen::~LoadGen()
{
    for (Conn *c : m_conns) {
        if (c->sock) {
            c->sock->abort();
            delete c->sock;
        }
        delete c;
    }
}

void LoadGen::fail(const QString &why)
{
    if (m_done) {
        return;
    }
    m_result.ok = false;
    m_result.failure = why;
    m_done = true;
    if (m_loop) {
        m_loop->quit();
    }
}

LoadGen::Conn *LoadGen::makeConn(int index)
{
    auto *c = new Conn;
    c->index = index;
    c->slot = index;
    c->user = m_cfg.users.at(index % m_cfg.users.size());
    auto *s = new QSslSocket;
    c->sock = s;
    QSslConfiguration tls = s->sslConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(strongCiphers());
    s->setSslConfiguration(tls);
    // The server caps connections per source address; spread sessions over 127.0.0.2, .3, …
    const int hostByte = 2 + index / qMax(1, m_cfg.perSourceIp);
    if (m_cfg.host.startsWith(QLatin1String("127.")) && hostByte < 255) {
        s->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(hostByte)), 0);
    }
    connect(s, &QSslSocket::sslErrors, this, [this, s](const QList<QSslError> &) {
        if (certificateFingerprint(s->peerCertificate()) == m_cfg.pin) {
            s->ignoreSslErrors();
        } else {
            fail(QStringLiteral("server certificate does not match the pin"));
        }
    });
    connect(s, &QSslSocket::encrypted, this, [this, c] {
        if (certificateFingerprint(c->sock->peerCertificate()) != m_cfg.pin) {
            fail(QStringLiteral("server certificate does not match the pin"));
            return;
        }
        c->phase = Conn::Phase::Hello;
        QCborMap a;
        a.insert(QStringLiteral("major"), ProtocolMajor);
        a.insert(QStringLiteral("minor"), ProtocolMinor);
        a.insert(QStringLiteral("client"), QStringLiteral("ebilim-bench"));
        send(c, QStringLiteral("hello"), a);
    });
    connect(s, &QSslSocket::readyRead, this, [this, c, s] {
        if (c->phase == Conn::Phase::Done) {
            s->readAll();
            return;
        }
        const QList<QCborMap> frames = c->decoder.feed(s->readAll());
        if (c->decoder.error() != FrameDecoder::Error::None) {
            fail(QStringLiteral("bad frame from server: %1").arg(c->decoder.errorString()));
            return;
        }
        for (const QCborMap &f : frames) {
            if (m_done) {
                return;
            }
            onFrame(c, f);
        }
    });
    connect(s, &QAbstractSocket::errorOccurred, this, [this, c, s](QAbstractSocket::SocketError) {
        if (c->phase == Conn::Phase::Done || m_done) {
            return;
        }
        fail(QStringLiteral("session %1 (%2): %3").arg(c->index).arg(c->user, s->errorString()));
    });
    c->connectAt = m_clock.nsecsElapsed();
    s->connectToHostEncrypted(m_cfg.host, m_cfg.port);
    return c;
}

void LoadGen::send(Conn *c, const QString &op, const QCborMap &args, bool mutating)
{
    const QString key = mutating ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    c->sentAt = m_clock.nsecsElapsed();
    c->inFlight = true;
    c->sock->write(encodeFrame(makeRequest(c->nextId++, op, args, key)));
}

void LoadGen::sendNext(Conn *c)
{
    QCborMap a;
    if (m_cfg.op == QLatin1String("read")) {
        a.insert(QStringLiteral("id"), m_cfg.unitId);
        send(c, QStringLiteral("org.units.get"), a);
    } else if (m_cfg.op == QLatin1String("profile")) {
        send(c, QStringLiteral("profile.get"), a);
    } else {
        a.insert(QStringLiteral("phone"), QStringLiteral("+996 555 %1").arg(100000 + (m_phoneCounter++ % 900000)));
        a.insert(QStringLiteral("rowVersion"), c->rowVersion);
        send(c, QStringLiteral("profile.save"), a, true);
    }
}

void LoadGen::onFrame(Conn *c, const QCborMap &frame)
{
    if (frame.contains(Key::Event)) {
        ++m_result.pushes;
        return;
    }
    const qint64 now = m_clock.nsecsElapsed();
    c->inFlight = false;
    const bool ok = frame.value(Key::Ok).toBool();
    const QCborMap result = frame.value(Key::Result).toMap();
    const QCborMap error = frame.value(Key::ErrorField).toMap();
    auto errText = [&] {
        return QStringLiteral("%1: %2").arg(error.value(QStringLiteral("code")).toString(), error.value(QStringLiteral("message")).toString());
    };

    switch (c->phase) {
    case Conn::Phase::Hello: {
        if (!ok) {
            fail(QStringLiteral("hello refused: ") + errText());
            return;
        }
        c->phase = Conn::Phase::Login;
        QCborMap a;
        a.insert(QStringLiteral("user"), c->user);
        a.insert(QStringLiteral("password"), m_cfg.password);
        send(c, QStringLiteral("auth.login"), a);
        return;
    }
    case Conn::Phase::Login:
        if (!ok) {
            fail(QStringLiteral("sign-in of %1 failed: %2").arg(c->user, errText()));
            return;
        }
        if (m_cfg.op == QLatin1String("login")) {
            if (c->recordLogin) {
                m_result.latency.us.push_back((now - c->sentAt) / 1000);
                m_result.full.us.push_back((now - c->connectAt) / 1000);
            }
            ++m_loginsDone;
            c->phase = Conn::Phase::Done;
            c->sock->disconnectFromHost();
            c->sock->deleteLater();
            c->sock = nullptr;
            startLoginRound(c->slot);
            return;
        }
        if (m_cfg.op == QLatin1String("write")) {
            c->phase = Conn::Phase::Profile;
            send(c, QStringLiteral("profile.get"), {});
            return;
        }
        connReady(c);
        return;
    case Conn::Phase::Profile:
        if (!ok) {
            fail(QStringLiteral("profile.get failed: ") + errText());
            return;
        }
        c->rowVersion = result.value(QStringLiteral("rowVersion")).toInteger();
        connReady(c);
        return;
    case Conn::Phase::Running: {
        const bool inWindow = now >= m_measureFrom && now <= m_measureTo;
        if (inWindow) {
            ++m_result.ops;
            m_result.latency.us.push_back((now - c->sentAt) / 1000);
        }
        if (!ok) {
            if (inWindow) {
                ++m_result.errors;
            }
            if (m_result.firstError.isEmpty()) {
                m_result.firstError = errText();
            }
            const QCborMap current = error.value(QStringLiteral("details")).toMap().value(QStringLiteral("current")).toMap();
            if (current.contains(QStringLiteral("rowVersion"))) {
                c->rowVersion = current.value(QStringLiteral("rowVersion")).toInteger();
            }
        } else if (m_cfg.op == QLatin1String("write")) {
            c->rowVersion = result.value(QStringLiteral("rowVersion")).toInteger();
        }
        if (now < m_measureTo) {
            sendNext(c);
        } else {
            c->phase = Conn::Phase::Done;
            finishIfIdle();
        }
        return;
    }
    default:
        return;
    }
}

void LoadGen::connReady(Conn *c)
{
    c->phase = Conn::Phase::Ready;
    ++m_ready;
    if (m_nextToConnect < m_cfg.sessions) {
        m_conns.push_back(makeConn(m_nextToConnect++));
    }
    if (m_ready == m_cfg.sessions) {
        startMeasure();
    }
}

void LoadGen::startSetup()
{
    const int first = qMin(m_cfg.connectParallel, m_cfg.sessions);
    for (int i = 0; i < first; ++i) {
        m_conns.push_back(makeConn(m_nextToConnect++));
    }
}

void LoadGen::startMeasure()
{
    const qint64 t = m_clock.nsecsElapsed();
    m_measureFrom = t + qint64(m_cfg.warmupS * 1e9);
    m_measureTo = m_measureFrom + qint64(m_cfg.durationS * 1e9);
    m_deadline.start(int((m_cfg.warmupS + m_cfg.durationS) * 1000) + 60000);
    startRunning();
    QTimer::singleShot(qMax<qint64>(0, (m_measureFrom - t) / 1000000), Qt::PreciseTimer, this, [this] {
        m_cpuFrom = snapshot();
        if (!m_cfg.readyFile.isEmpty()) {
            QFile f(m_cfg.readyFile);
            f.open(QIODevice::WriteOnly);
        }
    });
    QTimer::singleShot(qMax<qint64>(0, (m_measureTo - t) / 1000000), Qt::PreciseTimer, this, [this] { endSnapshot(); });
}

void LoadGen::endSnapshot()
{
    if (m_cpuEnded) {
        return;
    }
    m_cpuEnded = true;
    {
        const CpuSnapshot to = snapshot();
        const double wall = double(to.wallNs - m_cpuFrom.wallNs) / 1e9;
        if (wall > 0) {
            if (m_cfg.serverPid > 0) {
                m_result.serverCores = (to.server - m_cpuFrom.server) / wall;
            }
            if (m_cfg.postmasterPid > 0) {
                m_result.postgresCores = (to.postgres - m_cpuFrom.postgres) / wall;
            }
            m_result.clientCores = (to.client - m_cpuFrom.client) / wall;
        }
    }
}

void LoadGen::startRunning()
{
    for (Conn *c : m_conns) {
        c->phase = Conn::Phase::Running;
        sendNext(c);
    }
}

void LoadGen::finishIfIdle()
{
    for (Conn *c : m_conns) {
        if (c->phase != Conn::Phase::Done) {
            return;
        }
    }
    endSnapshot(); // the last answer may beat the end-of-window timer
    m_result.seconds = m_cfg.durationS;
    m_result.ok = true;
    m_done = true;
    m_loop->quit();
}

void LoadGen::startLoginRound(int slot)
{
    const int warm = m_cfg.sessions; // the first round of every slot is not timed
    const int total = m_cfg.logins + warm;
    if (m_loginsStarted >= total) {
        if (m_loginsDone >= total && !m_done) {
            m_result.ok = true;
            m_result.ops = qint64(m_result.latency.us.size());
            m_done = true;
            m_loop->quit();
        }
        return;
    }
    const int n = m_loginsStarted++;
    // Rotate over the bench users; each slot uses its own source address.
    const int saved = m_cfg.perSourceIp;
    m_cfg.perSourceIp = 1;
    Conn *c = makeConn(slot);
    m_cfg.perSourceIp = saved;
    c->user = m_cfg.users.at(n % m_cfg.users.size());
    c->recordLogin = n >= warm;
    m_conns.push_back(c);
}

LoadResult LoadGen::run()
{
    m_clock.start();
    QEventLoop loop;
    m_loop = &loop;
    if (m_cfg.users.isEmpty()) {
        fail(QStringLiteral("no users"));
        return m_result;
    }
    if (m_cfg.op == QLatin1String("login")) {
        m_deadline.start(600000);
        QMetaObject::invokeMethod(this, [this] {
            for (int s = 0; s < m_cfg.sessions; ++s) {
                startLoginRound(s);
            }
        }, Qt::QueuedConnection);
    } else {
        m_deadline.start(300000); // setup (sign-ins) must finish within 5 minutes
        QMetaObject::invokeMethod(this, &LoadGen::startSetup, Qt::QueuedConnection);
    }
    if (!m_done) {
        loop.exec();
    }
    m_loop = nullptr;
    m_deadline.stop();
    return m_result;
}

} // namespace Ebilim::Bench
