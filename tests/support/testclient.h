#pragma once

#include "protocol/frame.h"

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QSslSocket>

namespace Ebilim::Test {

/**
 * A deliberately simple protocol client for server tests: it can also send raw bytes
 * and malformed frames, which the real client core never does. Waits spin the event
 * loop (the server under test may live in the same thread), never block.
 */
class TestClient : public QObject
{
    Q_OBJECT
public:
    TestClient();
    ~TestClient() override;

    /// TLS connect; accepts the server's self-signed certificate only if its fingerprint is @p pin.
    bool connectTo(quint16 port, const QString &pin, int timeoutMs = 10000);
    QCborMap hello();
    /// Sends a request and waits for its response (an empty map on timeout).
    QCborMap call(const QString &op, const QCborMap &args = {}, const QString &key = {}, int timeoutMs = 20000);
    /// hello + auth.login; returns the login response.
    QCborMap login(const QString &user, const QString &password);
    void sendRaw(const QByteArray &bytes);
    /// Waits for any response/push frame.
    QCborMap waitForFrame(int timeoutMs = 10000);
    /// Waits for the next response (frames with an id), leaving pushes queued.
    QCborMap waitForResponse(int timeoutMs = 10000);
    bool waitForPush(const QString &event, int timeoutMs = 10000, QCborMap *data = nullptr);
    bool waitForDisconnect(int timeoutMs = 10000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket &socket() { return m_socket; }
    QString lastSslError() const { return m_sslError; }

    static QString errorCode(const QCborMap &response);
    static bool ok(const QCborMap &response);
    static QCborMap result(const QCborMap &response);
    static QString newKey();

private:
    void onReadyRead();
    QSslSocket m_socket;
    Protocol::FrameDecoder m_decoder;
    QList<QCborMap> m_frames;
    qint64 m_nextId = 1;
    QString m_pin;
    QString m_sslError;
};

} // namespace Ebilim::Test
