#pragma once

#include <QString>

namespace Ebilim::Server {

/// Logical backups with pg_dump (custom format) plus a SHA-256 checksum file beside them.
/// (Point-in-time recovery needs base backups + WAL archiving: see installer/ADMIN-GUIDE.md.)
class Backup
{
public:
    /// Writes @p file and @p file.sha256. False with @p error on failure.
    static bool dump(const QString &connectionString, const QString &file, QString *error);
    /// Verifies the checksum, refuses a database that already has eBilim tables, then pg_restore.
    static bool restore(const QString &connectionString, const QString &file, QString *error);
    static QString sha256File(const QString &file);
};

} // namespace Ebilim::Server
