#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslServer>

namespace Ebilim::Server {

/// QSslServer with a per-IP connection cap counted from accept() to close, so idle
/// handshakes count too (research: 30 idle sockets otherwise starve logins).
class SslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit SslServer(int perIpCap, QObject *parent = nullptr);
    int connectionsFrom(const QHostAddress &address) const { return m_perIp.value(address.toString()); }
    int refusedCount() const { return m_refused; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    int m_cap;
    int m_refused = 0;
    QHash<QString, int> m_perIp;
    QObject m_tracker;
};

} // namespace Ebilim::Server
