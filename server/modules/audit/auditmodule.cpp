// Module "audit": reading the audit log and checking its hash chain.
#include "modules.h"

#include "auditlog.h"
#include "dispatch/opcontext.h"

namespace Ebilim::Server {

void registerAuditModule()
{
    Handlers::add(QStringLiteral("audit.list"), [](OpContext &ctx) -> QCborValue {
        return AuditLog::list(ctx.db, int(ctx.integer(QStringLiteral("limit"), 100)), ctx.integer(QStringLiteral("beforeId")),
                              ctx.str(QStringLiteral("entity")), ctx.integer(QStringLiteral("userId")));
    });
    Handlers::add(QStringLiteral("audit.verify"), [](OpContext &ctx) -> QCborValue {
        const AuditLog::Verdict v = AuditLog::verify(ctx.db);
        QCborMap r;
        r.insert(QStringLiteral("ok"), v.ok);
        r.insert(QStringLiteral("records"), v.records);
        r.insert(QStringLiteral("firstBadId"), v.firstBadId);
        r.insert(QStringLiteral("problem"), v.problem);
        return r;
    });
}

} // namespace Ebilim::Server
