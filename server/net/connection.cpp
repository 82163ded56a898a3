#include "connection.h"

#include "server.h"
#include "dispatch/workerpool.h"
#include "protocol/message.h"
#include "protocol/registry.h"

#include <QLoggingCategory>
#include <QSslSocket>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Ebilim::Server {

using namespace Protocol;

namespace {
constexpr qint64 ReadBuffer = 64 * 1024;
constexpr int MaxQueued = 16;                     ///< requests read ahead per connection
constexpr qint64 PauseReadingAt = 1024 * 1024;    ///< stop reading while this much is unsent
constexpr qint64 DropClientAt = 8 * 1024 * 1024;  ///< a client that never reads is dropped
constexpr int FrameDeadlineMs = 30000;
constexpr int HelloDeadlineMs = 10000;
} // namespace

Connection::Connection(QSslSocket *socket, Server *server)
    : m_socket(socket)
    , m_server(server)
    , m_peer(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this]() {
        if (backlog() < PauseReadingAt) {
            processNext();
            onReadyRead();
        }
    });
    m_frameDeadline.setSingleShot(true);
    m_frameDeadline.setInterval(FrameDeadlineMs);
    connect(&m_frameDeadline, &QTimer::timeout, this, [this]() {
        qCInfo(lcNet).noquote() << m_peer << "did not finish a frame in time";
        close();
    });
    m_helloDeadline.setSingleShot(true);
    connect(&m_helloDeadline, &QTimer::timeout, this, [this]() {
        if (!m_hello) {
            close();
        }
    });
    m_helloDeadline.start(HelloDeadlineMs);
    if (m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }
}

Connection::~Connection() = default;

qint64 Connection::backlog() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void Connection::sendFrame(const QCborMap &message)
{
    if (m_closing) {
        return;
    }
    m_socket->write(encodeFrame(message));
    if (backlog() > DropClientAt) {
        qCWarning(lcNet).noquote() << m_peer << "does not read its responses; dropping it";
        close();
    }
}

void Connection::push(const QString &event, const QCborMap &data)
{
    if (m_session) {
        sendFrame(makePush(event, data));
    }
}

void Connection::close()
{
    if (!m_closing) {
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_socket->abort();
        }
    }
}

void Connection::onReadyRead()
{
    while (!m_closing && m_queue.size() < MaxQueued && backlog() < PauseReadingAt && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(ReadBuffer);
        const QList<QCborMap> frames = m_decoder.feed(chunk);
        for (const QCborMap &f : frames) {
            m_queue.enqueue(f);
        }
        if (m_decoder.error() != FrameDecoder::Error::None) {
            Error e;
            e.code = ErrorCode::BadFrame;
            e.message = m_decoder.errorString();
            QCborMap d;
            d.insert(QStringLiteral("reason"), m_decoder.error() == FrameDecoder::Error::Oversized ? QStringLiteral("oversized")
                                                                                                     : QStringLiteral("malformed"));
            d.insert(QStringLiteral("limit"), MaxFrameSize);
            e.details = d;
            m_queue.clear();
            m_socket->write(encodeFrame(makeError(-1, e)));
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
    }
    if (m_decoder.inFrame()) {
        if (!m_frameDeadline.isActive()) {
            m_frameDeadline.start();
        }
    } else {
        m_frameDeadline.stop();
    }
    processNext();
}

void Connection::handleHello(const QCborMap &request)
{
    const qint64 id = request.value(Key::Id).toInteger(-1);
    const OpSpec *spec = Registry::find(QStringLiteral("hello"));
    const QCborMap args = request.value(Key::Args).toMap();
    if (auto err = Registry::validate(*spec, args)) {
        sendFrame(makeError(id, *err));
        return;
    }
    if (args.value(QStringLiteral("major")).toInteger() != ProtocolMajor) {
        Error e;
        e.code = ErrorCode::ProtocolMismatch;
        e.message = QStringLiteral("protocol major version differs");
        e.details.insert(QStringLiteral("major"), ProtocolMajor);
        e.details.insert(QStringLiteral("minor"), ProtocolMinor);
        sendFrame(makeError(id, e));
        return;
    }
    m_hello = true;
    m_helloDeadline.stop();
    QCborMap proto;
    proto.insert(QStringLiteral("major"), ProtocolMajor);
    proto.insert(QStringLiteral("minor"), ProtocolMinor);
    QCborMap r;
    r.insert(QStringLiteral("server"), QStringLiteral("eBilim %1").arg(QStringLiteral(EBILIM_VERSION)));
    r.insert(QStringLiteral("protocol"), proto);
    r.insert(QStringLiteral("instance"), m_server->instanceId());
    sendFrame(makeResult(id, r));
}

void Connection::processNext()
{
    while (!m_busy && !m_closing && !m_queue.isEmpty() && backlog() < PauseReadingAt) {
        const QCborMap request = m_queue.dequeue();
        const QString op = request.value(Key::Op).toString();
        if (op == QLatin1String("hello")) {
            handleHello(request);
            continue;
        }
        if (!m_hello) {
            Error e;
            e.code = ErrorCode::HelloRequired;
            e.message = QStringLiteral("send hello first");
            sendFrame(makeError(request.value(Key::Id).toInteger(-1), e));
            continue;
        }
        m_busy = true;
        const std::optional<SessionInfo> session = m_session;
        const QString peer = m_peer;
        Server *server = m_server;
        server->pool()->start([this, server, request, session, peer]() {
            const DispatchResult result = server->dispatcher().execute(request, session, peer);
            // `this` stays alive while m_busy: onDisconnected defers deletion to finish().
            QMetaObject::invokeMethod(this, [this, result]() { finish(result); }, Qt::QueuedConnection);
        });
    }
    if (!m_busy && m_queue.size() < MaxQueued && m_socket->bytesAvailable() > 0 && !m_closing) {
        QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
    }
}

void Connection::finish(const DispatchResult &result)
{
    m_busy = false;
    if (result.endSession) {
        m_session.reset();
    }
    if (result.newSession) {
        m_session = result.newSession;
    }
    if (m_closing) {
        deleteLater();
        return;
    }
    sendFrame(result.response);
    processNext();
}

void Connection::onDisconnected()
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_queue.clear();
    Q_EMIT closed(this);
    if (!m_busy) {
        deleteLater();
    }
}

} // namespace Ebilim::Server
