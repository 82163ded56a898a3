#pragma once

#include "embeddedpostgres.h"

#include <QString>

#include <memory>

namespace Ebilim::Server {

/// Where the database is: a connection string, or (the embedded default) a private
/// PostgreSQL cluster under the data folder.
struct DataLocation
{
    QString dataDir;           ///< server's data folder (certificate, embedded cluster)
    QString connectionString;  ///< empty: use the embedded cluster in dataDir/pg
    /// Default folder: $EBILIM_DATA_DIR, else /var/lib/ebilim for root, else ~/.local/share/ebilim-server.
    static QString defaultDataDir();
};

/// Opens the database for the daemon, the console and tests: starts the embedded cluster
/// if needed, configures Db, and optionally migrates.
class DataStore
{
public:
    explicit DataStore(DataLocation location);
    ~DataStore();
    bool open(bool migrate, QString *error);
    /// Stops the embedded cluster if this store started it.
    void close();
    QString connectionString() const { return m_connString; }
    bool isEmbedded() const { return m_embedded != nullptr; }
    const DataLocation &location() const { return m_location; }

private:
    DataLocation m_location;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    QString m_connString;
};

} // namespace Ebilim::Server
