#include "server.h"

#include "auth/clock.h"
#include "connection.h"
#include "notifylistener.h"
#include "protocol/tls.h"
#include "sslserver.h"
#include "dispatch/workerpool.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Ebilim::Server {

Server::Server(ServerConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!clock) {
        m_ownClock = std::make_unique<Clock>();
        clock = m_ownClock.get();
    }
    m_env.clock = clock;
    m_env.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_env.policy = m_config.policy;
    m_dispatcher = std::make_unique<Dispatcher>(m_env);
    m_pool = std::make_unique<WorkerPool>(m_config.workers);
}

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    if (!QSslSocket::supportsSsl() || QSslSocket::activeBackend() != QLatin1String("openssl")) {
        *error = QStringLiteral("TLS is not available (OpenSSL backend missing); refusing to start");
        return false;
    }
    m_identity = Certificates::load(m_config.certFile, m_config.keyFile, error);
    if (!m_identity.isValid()) {
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(Protocol::strongCiphers());
    tls.setLocalCertificateChain(m_identity.chain);
    tls.setPrivateKey(m_identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // users authenticate in the protocol

    m_ssl = new SslServer(m_config.perIpCap, this);
    m_ssl->setSslConfiguration(tls);
    m_ssl->setHandshakeTimeout(m_config.handshakeTimeoutMs);
    m_ssl->setMaxPendingConnections(m_config.maxPendingConnections);
    connect(m_ssl, &QSslServer::pendingConnectionAvailable, this, &Server::acceptPending);
    if (!m_ssl->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_config.address.toString()).arg(m_config.port).arg(m_ssl->errorString());
        return false;
    }

    m_listener = new NotifyListener(Db::connectionString(), QStringLiteral("ebilim-listener-") + m_env.instanceId);
    m_listener->moveToThread(&m_listenerThread);
    connect(&m_listenerThread, &QThread::started, m_listener, &NotifyListener::start);
    connect(&m_listenerThread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &NotifyListener::changed, this, &Server::onChange);
    connect(m_listener, &NotifyListener::ready, this, &Server::listening);
    m_listenerThread.setObjectName(QStringLiteral("ebilim-listener"));
    m_listenerThread.start();
    return true;
}

void Server::stop()
{
    if (m_ssl) {
        m_ssl->close();
    }
    m_pool->stop();
    if (m_listener) {
        QMetaObject::invokeMethod(m_listener, &NotifyListener::stop, Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    m_listenerThread.quit();
    m_listenerThread.wait();
    const auto conns = m_connections;
    m_connections.clear();
    for (Connection *c : conns) {
        c->disconnect(this);
        delete c;
    }
}

quint16 Server::port() const
{
    return m_ssl ? m_ssl->serverPort() : 0;
}

QString Server::fingerprint() const
{
    return m_identity.chain.isEmpty() ? QString() : Protocol::certificateFingerprint(m_identity.chain.first());
}

int Server::refusedCount() const
{
    return m_ssl ? m_ssl->refusedCount() : 0;
}

int Server::connectionsFrom(const QHostAddress &address) const
{
    return m_ssl ? m_ssl->connectionsFrom(address) : 0;
}

void Server::acceptPending()
{
    while (m_ssl->hasPendingConnections()) {
        auto *sock = qobject_cast<QSslSocket *>(m_ssl->nextPendingConnection());
        if (!sock) {
            continue;
        }
        auto *c = new Connection(sock, this);
        m_connections.insert(c);
        connect(c, &Connection::closed, this, [this](Connection *self) { m_connections.remove(self); });
    }
}

void Server::onChange(const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    QCborMap data = QCborValue::fromJsonValue(o).toMap();
    const qint64 audience = data.take(QStringLiteral("user")).toInteger(0);
    for (Connection *c : std::as_const(m_connections)) {
        if (audience == 0 || c->userId() == audience) {
            c->push(QStringLiteral("changed"), data);
        }
    }
}

} // namespace Ebilim::Server
