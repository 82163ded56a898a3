#include "datastore.h"

#include "database.h"
#include "migrations.h"

#include <QDir>
#include <QStandardPaths>

#include <unistd.h>

namespace Ebilim::Server {

QString DataLocation::defaultDataDir()
{
    const QString env = qEnvironmentVariable("EBILIM_DATA_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    if (::geteuid() == 0) {
        return QStringLiteral("/var/lib/ebilim");
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ebilim-server");
}

DataStore::DataStore(DataLocation location)
    : m_location(std::move(location))
{
    if (m_location.dataDir.isEmpty()) {
        m_location.dataDir = DataLocation::defaultDataDir();
    }
}

DataStore::~DataStore()
{
    close();
}

bool DataStore::open(bool migrate, QString *error)
{
    QDir().mkpath(m_location.dataDir);
    if (m_location.connectionString.isEmpty()) {
        m_embedded = std::make_unique<EmbeddedPostgres>(m_location.dataDir + QStringLiteral("/pg"));
        if (!m_embedded->start()) {
            *error = m_embedded->errorString();
            m_embedded.reset();
            return false;
        }
        m_connString = m_embedded->connectionString();
    } else {
        m_connString = m_location.connectionString;
    }
    Db::configure(m_connString);
    try {
        QSqlDatabase db = Db::thread();
        if (migrate) {
            Migrations::migrate(db);
        } else if (Migrations::current(db) > Migrations::latest()) {
            *error = QStringLiteral("database schema is newer than this build");
            return false;
        }
    } catch (const SqlError &e) {
        *error = e.text;
        return false;
    }
    return true;
}

void DataStore::close()
{
    Db::releaseThread();
    if (m_embedded) {
        m_embedded->stop();
        m_embedded.reset();
    }
}

} // namespace Ebilim::Server
