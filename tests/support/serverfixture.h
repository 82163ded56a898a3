#pragma once

#include "auth/clock.h"
#include "net/server.h"
#include "testclient.h"

#include <QMutex>
#include <QPair>

#include <memory>

namespace Ebilim::Test {

/// A clock the test moves by hand (session expiry, throttling windows).
class FakeClock : public Server::Clock
{
public:
    QDateTime now() const override
    {
        QMutexLocker l(&m_mutex);
        return m_now;
    }
    void advance(qint64 seconds)
    {
        QMutexLocker l(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

/**
 * An in-process eBilim server on a fresh, migrated database of the test cluster, with a
 * fake clock and helpers to create units and users directly in the database.
 */
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();
    /// False (see error()) if PostgreSQL or TLS could not be set up.
    bool start(const Server::SecurityPolicy &policy = {});
    void stop();
    QString error() const { return m_error; }

    Server::Server *server() { return m_server.get(); }
    FakeClock &clock() { return m_clock; }
    QString connectionString() const { return m_conn; }
    quint16 port() const;
    QString fingerprint() const;

    qint64 createUnit(const QString &kind, const QString &code, qint64 parentId = 0);
    /// Creates a user with the given roles: pairs of (role, scope unit id or 0).
    qint64 createUser(const QString &username, const QString &password, const QList<QPair<QString, qint64>> &roles);
    /// A connected client that said hello and signed in (nullptr on failure).
    std::unique_ptr<TestClient> clientFor(const QString &user, const QString &password);
    std::unique_ptr<TestClient> connectedClient();

private:
    FakeClock m_clock;
    std::unique_ptr<Server::Server> m_server;
    QString m_conn;
    QString m_error;
};

} // namespace Ebilim::Test
