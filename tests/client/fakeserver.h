#pragma once

#include "protocol/frame.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

class QSslServer;
class QSslSocket;

/**
 * A tiny TLS server speaking eBilim frames, for client tests without the real server.
 *
 * hello, auth.login (password "secret"), auth.resume (token "tok-1"), auth.logout are
 * answered like the real server; every other op is echoed as {op, args, key}. Ops in
 * silentOps are never answered; ops in dropOps close the connection when they arrive.
 */
class FakeServer : public QObject
{
    Q_OBJECT

public:
    FakeServer(const QSslCertificate &cert, const QSslKey &key, QObject *parent = nullptr);
    ~FakeServer() override;

    /// Generates a self-signed P-256 certificate with the openssl command into @p dir.
    static bool makeCertificate(const QString &dir, QSslCertificate *cert, QSslKey *key, QString *error);

    bool listen();
    quint16 port() const;

    /// Every request received, in order, from every connection.
    QList<QCborMap> requests;
    QStringList requestOps() const;
    /// Connections that completed the TLS handshake.
    int encryptedConnections = 0;
    int protocolMajor = 1;
    /// Token auth.resume accepts (auth.login hands out "tok-1").
    QString validToken = QStringLiteral("tok-1");

    QSet<QString> silentOps;
    QSet<QString> dropOps;

    void push(const QString &event, const QCborMap &data);
    /// Closes every connection (as a crashing server would).
    void dropAll();
    /// Stops accepting connections.
    void stopListening();
    /// Writes @p bytes as they are to every connection.
    void sendRaw(const QByteArray &bytes);
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const QCborMap &request);

private:
    void onReadyRead(QSslSocket *socket);
    void handle(QSslSocket *socket, const QCborMap &request);

    QSslServer *m_server = nullptr;
    QList<QPointer<QSslSocket>> m_sockets;
    QHash<QSslSocket *, Ebilim::Protocol::FrameDecoder> m_decoders;
};
