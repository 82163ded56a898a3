#pragma once

#include "dispatch/dispatcher.h"
#include "protocol/frame.h"

#include <QObject>
#include <QQueue>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Ebilim::Server {

class Server;

/**
 * One client connection on the network thread: decodes frames with bounded buffers,
 * insists on `hello` first, runs the connection's requests one at a time (so a client's
 * outbox replays in order) on the worker pool, and writes responses and pushes.
 */
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(QSslSocket *socket, Server *server);
    ~Connection() override;

    bool isAuthenticated() const { return m_session.has_value(); }
    qint64 userId() const { return m_session ? m_session->userId : 0; }
    QString peer() const { return m_peer; }
    void sendFrame(const QCborMap &message);
    /// Delivers a server push if the client is signed in.
    void push(const QString &event, const QCborMap &data);
    void close();

Q_SIGNALS:
    void closed(Connection *self);

private:
    void onReadyRead();
    void onDisconnected();
    void processNext();
    void handleHello(const QCborMap &request);
    void finish(const DispatchResult &result);
    qint64 backlog() const;

    QSslSocket *m_socket;
    Server *m_server;
    Protocol::FrameDecoder m_decoder;
    QQueue<QCborMap> m_queue;
    std::optional<SessionInfo> m_session;
    QString m_peer;
    QTimer m_frameDeadline;
    QTimer m_helloDeadline;
    bool m_hello = false;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace Ebilim::Server
