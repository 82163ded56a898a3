#include "testclient.h"

#include "protocol/message.h"
#include "protocol/registry.h"
#include "protocol/tls.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

namespace Ebilim::Test {

using namespace Protocol;

namespace {
/// Spins the event loop until @p done or the deadline; returns done().
template<typename F>
bool spinUntil(F done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}
} // namespace

TestClient::TestClient()
{
    connect(&m_socket, &QSslSocket::readyRead, this, &TestClient::onReadyRead);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Accept exactly the self-signed certificate we were told to expect.
        if (certificateFingerprint(m_socket.peerCertificate()) == m_pin) {
            m_socket.ignoreSslErrors(errors);
        } else {
            m_sslError = QStringLiteral("certificate pin mismatch");
        }
    });
}

TestClient::~TestClient()
{
    m_socket.abort();
}

bool TestClient::connectTo(quint16 port, const QString &pin, int timeoutMs)
{
    m_pin = pin;
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket.setSslConfiguration(cfg);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return spinUntil([this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs)
        && m_socket.isEncrypted();
}

void TestClient::onReadyRead()
{
    m_frames += m_decoder.feed(m_socket.readAll());
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QCborMap TestClient::waitForFrame(int timeoutMs)
{
    if (!spinUntil([this] { return !m_frames.isEmpty(); }, timeoutMs)) {
        return {};
    }
    return m_frames.takeFirst();
}

QCborMap TestClient::waitForResponse(int timeoutMs)
{
    QCborMap response;
    spinUntil(
        [&] {
            for (int i = 0; i < m_frames.size(); ++i) {
                if (m_frames.at(i).contains(Key::Id)) {
                    response = m_frames.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return response;
}

QCborMap TestClient::call(const QString &op, const QCborMap &args, const QString &key, int timeoutMs)
{
    const qint64 id = m_nextId++;
    QString k = key;
    if (k.isEmpty()) {
        const OpSpec *spec = Registry::find(op);
        if (spec && spec->mutates) {
            k = newKey();
        }
    }
    m_socket.write(encodeFrame(makeRequest(id, op, args, k)));
    QCborMap response;
    spinUntil(
        [&] {
            for (int i = 0; i < m_frames.size(); ++i) {
                if (m_frames.at(i).value(Key::Id).toInteger(-2) == id) {
                    response = m_frames.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return response;
}

QCborMap TestClient::hello()
{
    QCborMap a;
    a.insert(QStringLiteral("major"), ProtocolMajor);
    a.insert(QStringLiteral("minor"), ProtocolMinor);
    a.insert(QStringLiteral("client"), QStringLiteral("ebilim-tests"));
    return call(QStringLiteral("hello"), a);
}

QCborMap TestClient::login(const QString &user, const QString &password)
{
    hello();
    QCborMap a;
    a.insert(QStringLiteral("user"), user);
    a.insert(QStringLiteral("password"), password);
    return call(QStringLiteral("auth.login"), a);
}

bool TestClient::waitForPush(const QString &event, int timeoutMs, QCborMap *data)
{
    return spinUntil(
        [&] {
            for (int i = 0; i < m_frames.size(); ++i) {
                if (m_frames.at(i).value(Key::Event).toString() == event) {
                    const QCborMap f = m_frames.takeAt(i);
                    if (data) {
                        *data = f.value(Key::Data).toMap();
                    }
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    return spinUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

QString TestClient::errorCode(const QCborMap &response)
{
    return response.value(Key::ErrorField).toMap().value(QStringLiteral("code")).toString();
}

bool TestClient::ok(const QCborMap &response)
{
    return response.value(Key::Ok).toBool();
}

QCborMap TestClient::result(const QCborMap &response)
{
    return response.value(Key::Result).toMap();
}

QString TestClient::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Ebilim::Test
