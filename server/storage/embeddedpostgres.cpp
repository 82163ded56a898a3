#include "embeddedpostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPg, "ebilim.server.pg")

namespace Ebilim::Server {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

/// Gives the folder (and its parents up to an existing one owned by us) to `postgres`.
void chownToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        return;
    }
    QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), path});
    // Parents must be traversable by postgres.
    QDir d(path);
    while (d.cdUp() && d.path() != QLatin1String("/")) {
        QFile::setPermissions(d.path(), QFile::permissions(d.path()) | QFile::ExeOther);
    }
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(QString dataDir, int port)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_port(port)
{
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    stop();
}

QString EmbeddedPostgres::binDir()
{
    const QString env = qEnvironmentVariable("EBILIM_PG_BINDIR");
    if (!env.isEmpty()) {
        return env;
    }
    for (int v : {17, 16, 15}) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFileInfo::exists(dir + QStringLiteral("/pg_ctl"))) {
            return dir;
        }
    }
    return QFileInfo(QStandardPaths::findExecutable(QStringLiteral("pg_ctl"))).absolutePath();
}

int EmbeddedPostgres::runTool(const QString &tool, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = binDir() + QLatin1Char('/') + tool;
    // Only the server programs refuse root; clients (pg_dump, createdb …) run as we are.
    const bool serverTool = tool == QLatin1String("initdb") || tool == QLatin1String("pg_ctl") || tool == QLatin1String("postgres");
    if (isRoot() && serverTool) {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args);
    } else {
        p.start(exe, args);
    }
    if (!p.waitForStarted(10000)) {
        if (output) {
            *output = QStringLiteral("cannot start %1").arg(exe);
        }
        return -1;
    }
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    if (output) {
        *output = QString::fromLocal8Bit(p.readAll());
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

bool EmbeddedPostgres::run(const QString &tool, const QStringList &args)
{
    QString out;
    const int rc = runTool(tool, args, &out);
    if (rc != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3").arg(tool).arg(rc).arg(out.trimmed());
        qCWarning(lcPg).noquote() << m_error;
        return false;
    }
    return true;
}

QString EmbeddedPostgres::socketDir() const
{
    return m_dataDir + QStringLiteral("/socket");
}

QString EmbeddedPostgres::connectionString(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(socketDir()).arg(m_port).arg(superUser(), database);
}

bool EmbeddedPostgres::isRunning() const
{
    QString out;
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), m_dataDir + QStringLiteral("/pgdata")}, &out,
                   10000)
        == 0;
}

bool EmbeddedPostgres::start()
{
    const QString pgdata = m_dataDir + QStringLiteral("/pgdata");
    QDir().mkpath(m_dataDir);
    QDir().mkpath(socketDir());
    if (isRoot()) {
        chownToPostgres(m_dataDir);
    }
    if (!QFileInfo::exists(pgdata + QStringLiteral("/PG_VERSION"))) {
        qCInfo(lcPg).noquote() << "creating PostgreSQL cluster in" << pgdata;
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), pgdata, QStringLiteral("-U"), superUser(), QStringLiteral("-E"),
                                            QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--auth=trust"),
                                            QStringLiteral("--data-checksums"), QStringLiteral("--no-sync")})) {
            return false;
        }
    }
    if (isRunning()) {
        return true;
    }
    const QString opts = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c max_connections=300 -c shared_buffers=256MB "
                                        "-c unix_socket_permissions=0700")
                             .arg(socketDir())
                             .arg(m_port);
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                        QStringLiteral("-D"), pgdata, QStringLiteral("-l"), m_dataDir + QStringLiteral("/postgres.log"),
                                        QStringLiteral("-o"), opts})) {
        return false;
    }
    m_startedByUs = true;
    // The cluster's own database for eBilim.
    QString out;
    runTool(QStringLiteral("createdb"), {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port),
                                         QStringLiteral("-U"), superUser(), QStringLiteral("ebilim")},
            &out);
    return true;
}

void EmbeddedPostgres::stop(bool force)
{
    if (!m_startedByUs && !force) {
        return;
    }
    run(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"),
                                   QStringLiteral("-D"), m_dataDir + QStringLiteral("/pgdata")});
    m_startedByUs = false;
}

} // namespace Ebilim::Server
