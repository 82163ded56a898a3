#pragma once

#include <QString>

namespace Ebilim::Server {

/**
 * A private PostgreSQL cluster in a folder: `initdb` on first use, `pg_ctl start` on a Unix
 * socket only (no TCP), `pg_ctl stop` on request. Used by the server's embedded default, by
 * `ebilim-admin` and by every test. When running as root it runs the PostgreSQL tools as the
 * unprivileged `postgres` user (PostgreSQL refuses to run as root) and hands it the folder.
 */
class EmbeddedPostgres
{
public:
    explicit EmbeddedPostgres(QString dataDir, int port = 5432);
    ~EmbeddedPostgres();

    /// Creates the cluster if missing and starts it unless already running. False on failure (see errorString()).
    bool start();
    /// Stops the cluster if this object started it (or always, with force).
    void stop(bool force = false);
    bool isRunning() const;

    QString dataDir() const { return m_dataDir; }
    QString socketDir() const;
    int port() const { return m_port; }
    /// Connection options for QPSQL: host = socket dir.
    QString connectionString(const QString &database = QStringLiteral("ebilim")) const;
    QString superUser() const { return QStringLiteral("ebilim"); }
    QString errorString() const { return m_error; }
    /// Directory holding initdb, pg_ctl, pg_dump, pg_restore (EBILIM_PG_BINDIR overrides).
    static QString binDir();
    /// Runs a PostgreSQL tool (as `postgres` when root). Returns exit code; output in @p output.
    static int runTool(const QString &tool, const QStringList &args, QString *output = nullptr, int timeoutMs = 120000);

private:
    bool run(const QString &tool, const QStringList &args);

    QString m_dataDir;
    int m_port;
    bool m_startedByUs = false;
    QString m_error;
};

} // namespace Ebilim::Server
