#include "testcluster.h"

#include "net/certificates.h"
#include "storage/database.h"
#include "storage/embeddedpostgres.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ebilim::Test {

using namespace Ebilim::Server;

namespace {
TestCluster *g_cluster = nullptr;
void stopCluster()
{
    // Runs while QCoreApplication still exists (QProcess needs it).
    delete g_cluster;
    g_cluster = nullptr;
}
} // namespace

TestCluster &TestCluster::instance()
{
    if (!g_cluster) {
        g_cluster = new TestCluster;
        qAddPostRoutine(stopCluster);
    }
    return *g_cluster;
}

TestCluster::TestCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/ebt-XXXXXX"))
{
    // Short path: the Unix socket path must stay under 108 bytes.
    m_pg = std::make_unique<EmbeddedPostgres>(m_dir.path() + QStringLiteral("/pg"), 5432);
    m_up = m_pg->start();
    if (!m_up) {
        m_error = m_pg->errorString();
    }
}

TestCluster::~TestCluster()
{
    Db::releaseThread();
    if (m_pg) {
        m_pg->stop(true);
    }
}

QString TestCluster::connectionString(const QString &database) const
{
    return m_pg->connectionString(database);
}

bool TestCluster::superuserExec(const QString &connectionString, const QString &sql, QString *error)
{
    bool ok = false;
    const QString name = QStringLiteral("ebilim-test-superuser");
    {
        QSqlDatabase db = Db::open(name, connectionString);
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok && error) {
            *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString TestCluster::freshDatabase(bool migrate)
{
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_counter);
    superuserExec(connectionString(QStringLiteral("postgres")), QStringLiteral("CREATE DATABASE %1").arg(name));
    const QString conn = connectionString(name);
    if (migrate) {
        const QString cname = QStringLiteral("ebilim-test-migrate");
        {
            QSqlDatabase db = Db::open(cname, conn);
            Migrations::migrate(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(cname);
    }
    return conn;
}

const TestCertificate &TestCertificate::get()
{
    static QTemporaryDir dir;
    static TestCertificate cert = [] {
        TestCertificate c;
        QString error;
        Certificates::ensureSelfSigned(dir.path(), QStringLiteral("eBilim test"), &error);
        c.certFile = dir.path() + QStringLiteral("/cert.pem");
        c.keyFile = dir.path() + QStringLiteral("/key.pem");
        return c;
    }();
    return cert;
}

QString binaryDir()
{
    const QString env = qEnvironmentVariable("EBILIM_BINARY_DIR");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() : env;
}

} // namespace Ebilim::Test
