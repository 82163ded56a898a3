#include "fakeserver.h"

#include "protocol/message.h"
#include "protocol/tls.h"

#include <QCborArray>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

using namespace Ebilim::Protocol;

FakeServer::FakeServer(const QSslCertificate &cert, const QSslKey &key, QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setProtocol(QSsl::TlsV1_2OrLater);
    cfg.setCiphers(strongCiphers());
    cfg.setLocalCertificate(cert);
    cfg.setPrivateKey(key);
    cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(cfg);
    m_server->setHandshakeTimeout(5000);

    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
            if (!socket) {
                continue;
            }
            ++encryptedConnections;
            m_sockets.append(socket);
            m_decoders.insert(socket, FrameDecoder());
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QSslSocket::disconnected, this, [this, socket] {
                m_decoders.remove(socket);
                m_sockets.removeAll(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0) {
                onReadyRead(socket);
            }
        }
    });
}

FakeServer::~FakeServer()
{
    for (const QPointer<QSslSocket> &s : std::as_const(m_sockets)) {
        if (s) {
            s->disconnect(this);
            s->abort();
        }
    }
}

bool FakeServer::makeCertificate(const QString &dir, QSslCertificate *cert, QSslKey *key, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=test"), QStringLiteral("-keyout"), QStringLiteral("k.pem"), QStringLiteral("-out"),
                   QStringLiteral("c.pem")});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2").arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    QFile c(dir + QStringLiteral("/c.pem"));
    QFile k(dir + QStringLiteral("/k.pem"));
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    *key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert->isNull() || key->isNull()) {
        *error = QStringLiteral("generated certificate or key does not load");
        return false;
    }
    return true;
}

bool FakeServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QStringList FakeServer::requestOps() const
{
    QStringList ops;
    for (const QCborMap &r : requests) {
        ops << r.value(Key::Op).toString();
    }
    return ops;
}

void FakeServer::push(const QString &event, const QCborMap &data)
{
    for (const QPointer<QSslSocket> &s : std::as_const(m_sockets)) {
        if (s) {
            s->write(encodeFrame(makePush(event, data)));
        }
    }
}

void FakeServer::dropAll()
{
    const auto sockets = m_sockets;
    for (const QPointer<QSslSocket> &s : sockets) {
        if (s) {
            s->abort();
        }
    }
}

void FakeServer::stopListening()
{
    m_server->close();
}

void FakeServer::sendRaw(const QByteArray &bytes)
{
    for (const QPointer<QSslSocket> &s : std::as_const(m_sockets)) {
        if (s) {
            s->write(bytes);
        }
    }
}

int FakeServer::openConnections() const
{
    return int(m_sockets.size());
}

void FakeServer::onReadyRead(QSslSocket *socket)
{
    auto it = m_decoders.find(socket);
    if (it == m_decoders.end()) {
        return;
    }
    const QList<QCborMap> messages = it->feed(socket->readAll());
    for (const QCborMap &m : messages) {
        requests.append(m);
        Q_EMIT requestReceived(m);
        handle(socket, m);
        if (!m_decoders.contains(socket)) {
            return;
        }
    }
}

void FakeServer::handle(QSslSocket *socket, const QCborMap &request)
{
    const qint64 id = request.value(Key::Id).toInteger();
    const QString op = request.value(Key::Op).toString();
    const QCborMap args = request.value(Key::Args).toMap();
    if (dropOps.contains(op)) {
        socket->abort();
        return;
    }
    if (silentOps.contains(op)) {
        return;
    }
    auto error = [&](ErrorCode code) {
        Error e;
        e.code = code;
        e.message = errorCodeName(code);
        socket->write(encodeFrame(makeError(id, e)));
    };
    QCborMap user;
    user.insert(QStringLiteral("id"), 1);
    user.insert(QStringLiteral("username"), QStringLiteral("aida"));
    user.insert(QStringLiteral("fullName"), QStringLiteral("Aida Usenova"));
    QCborMap result;
    if (op == QLatin1String("hello")) {
        if (args.value(QStringLiteral("major")).toInteger() != protocolMajor) {
            error(ErrorCode::ProtocolMismatch);
            return;
        }
        QCborMap protocol;
        protocol.insert(QStringLiteral("major"), protocolMajor);
        protocol.insert(QStringLiteral("minor"), 0);
        result.insert(QStringLiteral("protocol"), protocol);
        result.insert(QStringLiteral("server"), QStringLiteral("fake"));
    } else if (op == QLatin1String("auth.login")) {
        if (args.value(QStringLiteral("password")).toString() != QLatin1String("secret")) {
            error(ErrorCode::InvalidCredentials);
            return;
        }
        result.insert(QStringLiteral("token"), QStringLiteral("tok-1"));
        result.insert(QStringLiteral("user"), user);
        result.insert(QStringLiteral("roles"), QCborArray{QStringLiteral("admin")});
    } else if (op == QLatin1String("auth.resume")) {
        if (args.value(QStringLiteral("token")).toString() != validToken) {
            error(ErrorCode::SessionExpired);
            return;
        }
        result.insert(QStringLiteral("user"), user);
        result.insert(QStringLiteral("roles"), QCborArray{QStringLiteral("admin")});
    } else if (op != QLatin1String("auth.logout")) {
        result.insert(QStringLiteral("op"), op);
        result.insert(QStringLiteral("args"), args);
        if (request.contains(Key::IdemKey)) {
            result.insert(QStringLiteral("key"), request.value(Key::IdemKey));
        }
    }
    socket->write(encodeFrame(makeResult(id, result)));
}
