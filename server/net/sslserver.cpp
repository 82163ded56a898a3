#include "sslserver.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcNet, "ebilim.server.net")

namespace Ebilim::Server {

SslServer::SslServer(int perIpCap, QObject *parent)
    : QSslServer(parent)
    , m_cap(perIpCap)
{
}

void SslServer::incomingConnection(qintptr handle)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    QHostAddress peer;
    if (::getpeername(int(handle), reinterpret_cast<sockaddr *>(&ss), &len) == 0) {
        peer.setAddress(reinterpret_cast<sockaddr *>(&ss));
    }
    const QString ip = peer.toString();
    if (m_perIp.value(ip) >= m_cap) {
        ++m_refused;
        qCWarning(lcNet).noquote() << "refusing connection from" << ip << ": per-address cap" << m_cap << "reached";
        ::close(int(handle));
        return;
    }
    const int before = children().size();
    QSslServer::incomingConnection(handle);
    // The base class created the socket as our newest child.
    if (children().size() > before) {
        if (auto *sock = qobject_cast<QSslSocket *>(children().last())) {
            m_perIp[ip] += 1;
            // Not `this` as context: QSslServer disconnects everything between a socket and
            // itself once the handshake is done, which would lose this connection.
            connect(sock, &QObject::destroyed, &m_tracker, [this, ip]() {
                if (--m_perIp[ip] <= 0) {
                    m_perIp.remove(ip);
                }
            });
        }
    }
}

} // namespace Ebilim::Server
