#pragma once

#include "dispatch/dispatcher.h"
#include "net/certificates.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

namespace Ebilim::Server {

class Clock;
class Connection;
class NotifyListener;
class SslServer;
class WorkerPool;

struct ServerConfig
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 7443;
    QString certFile;
    QString keyFile;
    int workers = 4;
    int perIpCap = 20;
    int handshakeTimeoutMs = 5000;
    int maxPendingConnections = 1000;
    SecurityPolicy policy;
};

/**
 * The eBilim daemon's network side: a QSslServer (TLS 1.2+, strong ciphers only), a pool
 * of database worker threads, the dispatcher, and the change listener that turns
 * PostgreSQL NOTIFY into pushes to this instance's clients. Db::configure() must have
 * been called and the schema migrated before start().
 */
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Server() override;

    bool start(QString *error);
    void stop();

    quint16 port() const;
    QString fingerprint() const;
    QString instanceId() const { return m_env.instanceId; }
    int connectionCount() const { return m_connections.size(); }
    int refusedCount() const;
    /// Open connections (including unfinished handshakes) from one address.
    int connectionsFrom(const QHostAddress &address) const;
    WorkerPool *pool() const { return m_pool.get(); }
    const Dispatcher &dispatcher() const { return *m_dispatcher; }
    ServerEnv &env() { return m_env; }

Q_SIGNALS:
    /// The change listener is subscribed (tests wait for it).
    void listening();

private:
    void onChange(const QByteArray &payload);
    void acceptPending();

    ServerConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    ServerEnv m_env;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<WorkerPool> m_pool;
    SslServer *m_ssl = nullptr;
    TlsIdentity m_identity;
    QSet<Connection *> m_connections;
    QThread m_listenerThread;
    NotifyListener *m_listener = nullptr;
};

} // namespace Ebilim::Server
