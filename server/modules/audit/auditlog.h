#pragma once

#include <QCborArray>
#include <QSqlDatabase>

namespace Ebilim::Server {

/// Reading and verifying the append-only audit chain (used by `audit.*` ops and the console).
class AuditLog
{
public:
    struct Verdict
    {
        bool ok = true;
        qint64 records = 0;
        qint64 firstBadId = 0;  ///< first record whose hash or link is wrong (0 if none)
        QString problem;        ///< "hash", "link" or "head"
    };
    static Verdict verify(const QSqlDatabase &db);
    static QCborArray list(const QSqlDatabase &db, int limit, qint64 beforeId, const QString &entity, qint64 userId);
};

} // namespace Ebilim::Server
