#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Ebilim::Server {
class EmbeddedPostgres;
}

namespace Ebilim::Test {

/**
 * A throw-away PostgreSQL cluster for one test executable: created with initdb in a
 * temporary folder, started on a Unix socket only, stopped and deleted at exit. Each test
 * gets its own database from freshDatabase(), already migrated.
 */
class TestCluster
{
public:
    static TestCluster &instance();
    ~TestCluster();
    bool isUp() const { return m_up; }
    QString error() const { return m_error; }
    /// Creates a new empty database (migrated unless @p migrate is false); returns its connection string.
    QString freshDatabase(bool migrate = true);
    /// Connection string of an existing database of this cluster.
    QString connectionString(const QString &database) const;
    /// Runs SQL as the superuser on @p connectionString (for tampering tests and checks).
    static bool superuserExec(const QString &connectionString, const QString &sql, QString *error = nullptr);

private:
    TestCluster();
    QTemporaryDir m_dir;
    std::unique_ptr<Server::EmbeddedPostgres> m_pg;
    bool m_up = false;
    QString m_error;
    int m_counter = 0;
};

/// A self-signed certificate made once per test run (openssl), for servers under test.
struct TestCertificate
{
    QString certFile;
    QString keyFile;
    static const TestCertificate &get();
};

/// Folder of built programs (ebilim-server, ebilim-admin, ebilim-cli).
QString binaryDir();

} // namespace Ebilim::Test
