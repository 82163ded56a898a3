#include "clientcontext.h"

#include "cache/localstore.h"
#include "net/session.h"
#include "sync/syncworker.h"

#include <QDir>

namespace Ebilim::Client::Ui {

bool parseServer(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return false;
    }
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || (t.startsWith(QLatin1Char('[')) && !t.contains(QLatin1String("]:")))) {
        *host = t;
        *port = 7443;
        return true;
    }
    bool ok = false;
    const uint p = t.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || colon == 0) {
        return false;
    }
    QString h = t.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
    }
    *host = h;
    *port = quint16(p);
    return true;
}

ClientContext::ClientContext(LanguageManager *language, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_session(new Session(this))
{
    m_session->setClientName(QStringLiteral("ebilim-client"));
    connect(m_session, &Session::stateChanged, this, &ClientContext::onSessionState);
    m_reconnectTimer.setInterval(30000);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClientContext::tryReconnect);
}

ClientContext::~ClientContext() = default;

bool ClientContext::openStore(const QString &server, const QString &username, QString *error)
{
    delete m_sync;
    delete m_store;
    QString path;
    if (m_storeLocation == QLatin1String(":memory:")) {
        path = m_storeLocation;
    } else {
        QString name = QStringLiteral("ebilim-%1-%2.sqlite").arg(server, username);
        name.replace(QLatin1Char(':'), QLatin1Char('_')).replace(QLatin1Char('/'), QLatin1Char('_'));
        path = m_storeLocation.isEmpty() ? LocalStore::defaultPath(name) : QDir(m_storeLocation).filePath(name);
    }
    m_store = new LocalStore(path, this);
    if (!m_store->open(error)) {
        delete m_store;
        return false;
    }
    m_sync = new SyncWorker(m_session, m_store, this);
    return true;
}

void ClientContext::setSignIn(const QString &server, const QString &username, const QCborMap &whoami, bool offline)
{
    m_server = server;
    m_username = username;
    m_whoami = whoami;
    m_offline = offline;
    if (offline) {
        m_reconnectTimer.start();
    }
    Q_EMIT signedIn();
}

void ClientContext::setPendingCredentials(const QString &password)
{
    m_pendingPassword = password;
}

void ClientContext::signOut()
{
    m_reconnectTimer.stop();
    m_pendingPassword.clear();
    if (m_session->state() == Session::State::LoggedIn) {
        m_session->logout();
    }
    delete m_sync;
    delete m_store;
    m_whoami = {};
    m_offline = false;
    Q_EMIT signedOut();
}

QCborMap ClientContext::user() const
{
    return m_whoami.value(QStringLiteral("user")).toMap();
}

QString ClientContext::fullName() const
{
    const QString n = user().value(QStringLiteral("fullName")).toString();
    return n.isEmpty() ? m_username : n;
}

QStringList ClientContext::roles() const
{
    QStringList out;
    for (const QCborValue &r : m_whoami.value(QStringLiteral("roles")).toArray()) {
        const QString name = r.isMap() ? r.toMap().value(QStringLiteral("role")).toString() : r.toString();
        if (!name.isEmpty() && !out.contains(name)) {
            out << name;
        }
    }
    return out;
}

QStringList ClientContext::modules() const
{
    QStringList out;
    for (const QCborValue &m : m_whoami.value(QStringLiteral("modules")).toArray()) {
        out << m.toString();
    }
    return out;
}

QStringList ClientContext::permissions() const
{
    QStringList out;
    for (const QCborValue &m : m_whoami.value(QStringLiteral("permissions")).toArray()) {
        out << m.toString();
    }
    return out;
}

void ClientContext::onSessionState()
{
    const Session::State s = m_session->state();
    if (s == Session::State::Connected && m_offline && !m_pendingPassword.isEmpty() && !m_loginInFlight) {
        m_loginInFlight = true;
        Job *job = m_session->login(m_username, m_pendingPassword);
        connect(job, &Job::finished, this, [this](Job *j) {
            m_loginInFlight = false;
            if (j->ok()) {
                m_pendingPassword.clear();
                m_offline = false;
                m_reconnectTimer.stop();
                const QCborMap w = j->result().toMap();
                if (!w.isEmpty()) {
                    m_whoami = w;
                    m_whoami.remove(QStringLiteral("token"));
                }
                Q_EMIT onlineSignIn();
            }
        });
    }
}

void ClientContext::tryReconnect()
{
    if (m_session->state() == Session::State::Disconnected && !m_session->isReconnectScheduled()
        && !m_session->pinnedFingerprint().isEmpty()) {
        m_session->connectToServer(m_session->host(), m_session->port(), m_session->pinnedFingerprint());
    }
}

} // namespace Ebilim::Client::Ui
