// Module "org": the institution's structure (university, branches, faculties, colleges,
// departments, offices) as one tree.
#include "modules.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"

#include <QCborArray>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

const QString kSelect = QStringLiteral("SELECT id, coalesce(parent_id, 0), kind, code, name_ky, name_ru, coalesce(name_en, ''), row_version "
                                       "FROM org.units");

QCborMap unitFrom(const QSqlQuery &q)
{
    QCborMap u;
    u.insert(QStringLiteral("id"), q.value(0).toLongLong());
    if (q.value(1).toLongLong() > 0) {
        u.insert(QStringLiteral("parentId"), q.value(1).toLongLong());
    }
    u.insert(QStringLiteral("kind"), q.value(2).toString());
    u.insert(QStringLiteral("code"), q.value(3).toString());
    u.insert(QStringLiteral("nameKy"), q.value(4).toString());
    u.insert(QStringLiteral("nameRu"), q.value(5).toString());
    u.insert(QStringLiteral("nameEn"), q.value(6).toString());
    u.insert(QStringLiteral("rowVersion"), q.value(7).toLongLong());
    return u;
}

[[noreturn]] void notFound(qint64 id)
{
    QCborMap d;
    d.insert(QStringLiteral("entity"), QStringLiteral("unit"));
    d.insert(QStringLiteral("id"), id);
    OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such unit"));
}

QCborMap loadUnit(const QSqlDatabase &db, qint64 id, bool forUpdate = false)
{
    QSqlQuery q = exec(db, kSelect + QStringLiteral(" WHERE id = ?") + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString()), {id});
    if (!q.next()) {
        notFound(id);
    }
    return unitFrom(q);
}

QCborValue list(OpContext &ctx)
{
    QCborArray out;
    QSqlQuery q = exec(ctx.db, kSelect + QStringLiteral(" ORDER BY coalesce(parent_id, 0), code"));
    while (q.next()) {
        out.append(unitFrom(q));
    }
    return out;
}

QCborValue get(OpContext &ctx)
{
    return loadUnit(ctx.db, ctx.integer(QStringLiteral("id")));
}

/// Which kinds may sit under which: keeps the tree meaningful.
bool kindAllowedUnder(const QString &kind, const QString &parentKind)
{
    if (kind == QLatin1String("university") || kind == QLatin1String("branch")) {
        return parentKind == QLatin1String("university") || parentKind.isEmpty();
    }
    if (kind == QLatin1String("faculty") || kind == QLatin1String("college")) {
        return parentKind == QLatin1String("university") || parentKind == QLatin1String("branch");
    }
    if (kind == QLatin1String("department")) {
        return parentKind == QLatin1String("faculty") || parentKind == QLatin1String("college") || parentKind == QLatin1String("university")
            || parentKind == QLatin1String("branch");
    }
    return !parentKind.isEmpty(); // office: anywhere below the top
}

/// org.units.save: creates or updates; checks the kind fits under the parent, the code is
/// unique, the row version is current, and (for scoped roles) that the unit itself is in scope.
QCborValue save(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const qint64 parentId = ctx.integer(QStringLiteral("parentId"));
    const QString kind = ctx.str(QStringLiteral("kind"));
    QString parentKind;
    if (parentId > 0) {
        parentKind = scalar(ctx.db, QStringLiteral("SELECT kind FROM org.units WHERE id = ?"), {parentId}).toString();
        if (parentKind.isEmpty()) {
            QCborMap d;
            d.insert(QStringLiteral("field"), QStringLiteral("parentId"));
            d.insert(QStringLiteral("reason"), QStringLiteral("not_found"));
            OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("parent unit does not exist"));
        }
    }
    if (!kindAllowedUnder(kind, parentKind)) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("kind"));
        d.insert(QStringLiteral("reason"), QStringLiteral("not_allowed_under_parent"));
        d.insert(QStringLiteral("parentKind"), parentKind);
        OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("this kind of unit cannot be placed there"));
    }
    const QString code = ctx.str(QStringLiteral("code")).trimmed();
    const QVariant taken = scalar(ctx.db, QStringLiteral("SELECT id FROM org.units WHERE code = ? AND id <> ?"), {code, id});
    if (taken.isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("code"));
        OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("code already used"));
    }
    const QVariant nameEn = ctx.has(QStringLiteral("nameEn")) ? QVariant(ctx.str(QStringLiteral("nameEn")).trimmed())
                                                               : QVariant(QMetaType::fromType<QString>());
    const QVariant parent = parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qlonglong>());
    if (!update) {
        const qint64 newId = scalar(ctx.db,
                                    QStringLiteral("INSERT INTO org.units(parent_id, kind, code, name_ky, name_ru, name_en) "
                                                   "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                    {parent, kind, code, ctx.str(QStringLiteral("nameKy")).trimmed(),
                                     ctx.str(QStringLiteral("nameRu")).trimmed(), nameEn})
                                 .toLongLong();
        const QCborMap after = loadUnit(ctx.db, newId);
        ctx.audit(QStringLiteral("unit"), QString::number(newId), {}, after);
        ctx.notifyChange(QStringLiteral("unit"), newId, QStringLiteral("created"));
        return after;
    }
    if (!ctx.has(QStringLiteral("rowVersion"))) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("rowVersion"));
        d.insert(QStringLiteral("reason"), QStringLiteral("missing"));
        OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("an update needs the row version it is based on"));
    }
    const QCborMap before = loadUnit(ctx.db, id, true);
    if (!ctx.unscoped(ctx.spec.permission)) {
        ctx.requireScope(id);
    }
    if (parentId == id || (parentId > 0 && scalar(ctx.db, QStringLiteral("SELECT org.unit_within(?, ?)"), {parentId, id}).toBool())) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("parentId"));
        d.insert(QStringLiteral("reason"), QStringLiteral("cycle"));
        OpContext::fail(ErrorCode::ValidationFailed, d, QStringLiteral("a unit cannot be placed inside itself"));
    }
    if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("unit"));
        d.insert(QStringLiteral("id"), id);
        d.insert(QStringLiteral("current"), before);
        OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("unit changed since it was read"));
    }
    exec(ctx.db,
         QStringLiteral("UPDATE org.units SET parent_id = ?, kind = ?, code = ?, name_ky = ?, name_ru = ?, name_en = ?, "
                        "row_version = row_version + 1 WHERE id = ?"),
         {parent, kind, code, ctx.str(QStringLiteral("nameKy")).trimmed(), ctx.str(QStringLiteral("nameRu")).trimmed(), nameEn, id});
    const QCborMap after = loadUnit(ctx.db, id);
    ctx.audit(QStringLiteral("unit"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("unit"), id);
    return after;
}

/// org.units.delete: validates now (exists, no children, nothing attached), applies only on approval.
QCborValue requestDelete(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap unit = loadUnit(ctx.db, id);
    if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM org.units WHERE parent_id = ? LIMIT 1"), {id}).isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("state"), QStringLiteral("has_children"));
        OpContext::fail(ErrorCode::InvalidState, d, QStringLiteral("unit has child units"));
    }
    return ctx.requestApproval(QStringLiteral("Delete unit %1 (%2): %3")
                                   .arg(unit.value(QStringLiteral("code")).toString(), unit.value(QStringLiteral("nameRu")).toString(),
                                        ctx.str(QStringLiteral("reason"))));
}

/// Applies an approved deletion; the unit may have gained children or links meanwhile.
QCborValue applyDelete(OpContext &ctx, const QCborMap &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    const QCborMap before = loadUnit(ctx.db, id, true);
    try {
        exec(ctx.db, QStringLiteral("DELETE FROM org.units WHERE id = ?"), {id});
    } catch (const SqlError &e) {
        if (e.sqlState == QLatin1String("23503")) {
            QCborMap d;
            d.insert(QStringLiteral("state"), QStringLiteral("in_use"));
            OpContext::fail(ErrorCode::InvalidState, d, QStringLiteral("unit is still referenced"));
        }
        throw;
    }
    ctx.audit(QStringLiteral("unit"), QString::number(id), before, {});
    ctx.notifyChange(QStringLiteral("unit"), id, QStringLiteral("deleted"));
    QCborMap r;
    r.insert(QStringLiteral("deleted"), id);
    return r;
}

} // namespace

void registerOrgModule()
{
    Handlers::add(QStringLiteral("org.units.list"), list);
    Handlers::add(QStringLiteral("org.units.get"), get);
    Handlers::add(QStringLiteral("org.units.save"), save);
    Handlers::add(QStringLiteral("org.units.delete"), requestDelete);
    Handlers::addApproval(QStringLiteral("org.units.delete"), applyDelete);
}

} // namespace Ebilim::Server
