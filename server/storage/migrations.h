#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Ebilim::Server {

/// Numbered forward-only migrations embedded as resources (`:/migrations/NNNN_name.sql`).
class Migrations
{
public:
    struct Step
    {
        int version;
        QString name;
        QString sql;
    };
    static QList<Step> available();
    /// Highest version this build knows.
    static int latest();
    /// Version recorded in the database (0 for an empty database).
    static int current(const QSqlDatabase &db);
    /// Applies every missing step, each in its own transaction, under an advisory lock so
    /// that several instances starting together migrate once. Throws SqlError; returns
    /// the number of steps applied. Refuses (throws) when the database is newer than this build.
    static int migrate(const QSqlDatabase &db);
};

} // namespace Ebilim::Server
