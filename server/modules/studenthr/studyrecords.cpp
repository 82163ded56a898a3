#include "studyrecords.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"

#include <QStringList>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

/// The role whose read access is limited to the groups its holder curates.
const QString kCuratorRole = QStringLiteral("curator");

QString pick(const QString &lang, const char *ky, const char *ru, const char *en)
{
    return QString::fromUtf8(lang == QLatin1String("ru") ? ru : lang == QLatin1String("en") ? en : ky);
}

} // namespace

RecordScope RecordScope::of(const OpContext &ctx, const QString &permission)
{
    RecordScope s;
    if (!ctx.session) {
        return s;
    }
    for (const RoleGrant &g : ctx.session->roles) {
        const Protocol::RoleSpec *r = Protocol::Registry::role(g.role);
        if (!r || !r->permissions.contains(permission)) {
            continue;
        }
        if (r->name == kCuratorRole) {
            s.curatorUserId = ctx.userId();
        } else if (r->scopeKind.isEmpty()) {
            s.all = true;
        } else if (g.unitId > 0 && !s.units.contains(g.unitId)) {
            s.units << g.unitId;
        }
    }
    return s;
}

QString RecordScope::condition(const QString &unitExpr, const QString &groupIdExpr) const
{
    return QStringLiteral("(?::int = 1"
                          " OR EXISTS (SELECT 1 FROM unnest(?::bigint[]) AS scope(unit) WHERE org.unit_within(%1, scope.unit))"
                          " OR EXISTS (SELECT 1 FROM studenthr.groups cg JOIN staffhr.employees ce ON ce.id = cg.curator_id"
                          "            WHERE cg.id = %2 AND ce.user_id = ?))")
        .arg(unitExpr, groupIdExpr);
}

QVariantList RecordScope::binds() const
{
    QStringList ids;
    for (qint64 u : units) {
        ids << QString::number(u);
    }
    return {all ? 1 : 0, QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))), curatorUserId};
}

bool RecordScope::allows(const QSqlDatabase &db, qint64 unitId, qint64 groupId) const
{
    if (all) {
        return true;
    }
    for (qint64 u : units) {
        if (scalar(db, QStringLiteral("SELECT org.unit_within(?, ?)"), {unitId, u}).toBool()) {
            return true;
        }
    }
    return curatorUserId > 0 && groupId > 0
        && scalar(db,
                  QStringLiteral("SELECT 1 FROM studenthr.groups g JOIN staffhr.employees e ON e.id = g.curator_id "
                                 "WHERE g.id = ? AND e.user_id = ?"),
                  {groupId, curatorUserId})
               .isValid();
}

void RecordScope::require(const QSqlDatabase &db, const QString &permission, qint64 unitId, qint64 groupId) const
{
    if (!allows(db, unitId, groupId)) {
        QCborMap d;
        d.insert(QStringLiteral("permission"), permission);
        d.insert(QStringLiteral("scope"), unitId);
        OpContext::fail(ErrorCode::NotAuthorized, d, QStringLiteral("record outside the caller's scope"));
    }
}

int GroupInfo::langIndex(const QString &lang)
{
    return lang == QLatin1String("ru") ? 1 : lang == QLatin1String("en") ? 2 : 0;
}

QString GroupInfo::academicYear() const
{
    const int start = entryYear + course - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

void universityNames(const QSqlDatabase &db, qint64 unitId, QString (&out)[3])
{
    QSqlQuery q = exec(db,
                       QStringLiteral("WITH RECURSIVE up(id, parent_id, depth) AS ("
                                      "  SELECT id, parent_id, 0 FROM org.units WHERE id = ?"
                                      "  UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM org.units u JOIN up ON u.id = up.parent_id)"
                                      " SELECT u.name_ky, u.name_ru, coalesce(u.name_en, u.name_ru) FROM up JOIN org.units u ON u.id = up.id"
                                      " WHERE u.kind IN ('university', 'branch') ORDER BY up.depth LIMIT 1"),
                       {unitId});
    if (q.next()) {
        for (int i = 0; i < 3; ++i) {
            out[i] = q.value(i).toString();
        }
    }
}

GroupInfo loadGroup(const QSqlDatabase &db, qint64 groupId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT g.id, g.name, g.course, g.study_form, g.language, g.entry_year, s.id, s.code, s.name_ky, s.name_ru, "
                                      "coalesce(s.name_en, s.name_ru), s.level, s.years, u.id, u.code, u.name_ky, u.name_ru, "
                                      "coalesce(u.name_en, u.name_ru) "
                                      "FROM studenthr.groups g JOIN studenthr.specialties s ON s.id = g.specialty_id "
                                      "JOIN org.units u ON u.id = s.unit_id WHERE g.id = ?"),
                       {groupId});
    if (!q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("group"));
        d.insert(QStringLiteral("id"), groupId);
        OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such group"));
    }
    GroupInfo g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.course = q.value(2).toInt();
    g.studyForm = q.value(3).toString();
    g.language = q.value(4).toString();
    g.entryYear = q.value(5).toInt();
    g.specialtyId = q.value(6).toLongLong();
    g.specialtyCode = q.value(7).toString();
    for (int i = 0; i < 3; ++i) {
        g.specialtyName[i] = q.value(8 + i).toString();
    }
    g.level = q.value(11).toString();
    g.years = q.value(12).toInt();
    g.unitId = q.value(13).toLongLong();
    g.unitCode = q.value(14).toString();
    for (int i = 0; i < 3; ++i) {
        g.unitName[i] = q.value(15 + i).toString();
    }
    q.finish();
    universityNames(db, g.unitId, g.universityName);
    return g;
}

namespace StudyTerms {

QString studyForm(const QString &code, const QString &lang)
{
    if (code == QLatin1String("fulltime")) {
        return pick(lang, "күндүзгү", "очная", "full-time");
    }
    if (code == QLatin1String("extramural")) {
        return pick(lang, "сырттан", "заочная", "extramural");
    }
    if (code == QLatin1String("distance")) {
        return pick(lang, "аралыктан", "дистанционная", "distance");
    }
    if (code == QLatin1String("evening")) {
        return pick(lang, "кечки", "вечерняя", "evening");
    }
    return code;
}

QString funding(const QString &code, const QString &lang)
{
    if (code == QLatin1String("budget")) {
        return pick(lang, "бюджет", "бюджет", "state-funded");
    }
    if (code == QLatin1String("contract")) {
        return pick(lang, "келишим", "контракт", "fee-paying");
    }
    return code;
}

QString status(const QString &code, const QString &lang, const QString &gender)
{
    const bool female = gender == QLatin1String("F");
    if (code == QLatin1String("active")) {
        return pick(lang, "окуйт", "обучается", "studying");
    }
    if (code == QLatin1String("leave")) {
        return pick(lang, "академиялык өргүүдө", "в академическом отпуске", "on academic leave");
    }
    if (code == QLatin1String("expelled")) {
        return pick(lang, "чыгарылган", female ? "отчислена" : "отчислен", "expelled");
    }
    if (code == QLatin1String("graduated")) {
        return pick(lang, "бүтүргөн", female ? "окончила" : "окончил", "graduated");
    }
    return code;
}

QString level(const QString &code, const QString &lang)
{
    if (code == QLatin1String("bachelor")) {
        return pick(lang, "бакалавриат", "бакалавриат", "bachelor's programme");
    }
    if (code == QLatin1String("master")) {
        return pick(lang, "магистратура", "магистратура", "master's programme");
    }
    if (code == QLatin1String("college")) {
        return pick(lang, "орто кесиптик билим берүү", "среднее профессиональное образование", "secondary vocational education");
    }
    return code;
}

} // namespace StudyTerms

QString fullName(const QString &last, const QString &first, const QString &patronymic)
{
    QString s = last + QLatin1Char(' ') + first;
    if (!patronymic.trimmed().isEmpty()) {
        s += QLatin1Char(' ') + patronymic.trimmed();
    }
    return s;
}

} // namespace Ebilim::Server
