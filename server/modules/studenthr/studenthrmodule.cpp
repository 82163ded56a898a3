// Module "studenthr" (read side): study groups and their students, as the records offices,
// deans, curators and the documents engine see them.
#include "modules.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr.h"
#include "studyrecords.h"

#include <QCborArray>
#include <QDate>

namespace Ebilim::Server {

namespace {

QCborValue listGroups(OpContext &ctx)
{
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    const qint64 unitFilter = ctx.integer(QStringLiteral("unitId"));
    QVariantList binds = scope.binds();
    binds << (unitFilter > 0 ? 1 : 0) << unitFilter;
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT g.id, g.name, g.course, g.study_form, g.language, g.entry_year, s.id, s.code, s.name_ky, "
                                      "s.name_ru, coalesce(s.name_en, ''), s.level, s.years, u.id, u.code, u.name_ky, u.name_ru, "
                                      "coalesce(u.name_en, ''), "
                                      "(SELECT count(*) FROM studenthr.students st WHERE st.group_id = g.id AND st.status = 'active'), "
                                      "coalesce(g.curator_id, 0), coalesce(ce.last_name || ' ' || ce.first_name || coalesce(' ' || ce.patronymic, ''), ''), "
                                      "coalesce(g.leader_id, 0), g.budget_places, g.contract_places, g.row_version "
                                      "FROM studenthr.groups g JOIN studenthr.specialties s ON s.id = g.specialty_id "
                                      "JOIN org.units u ON u.id = s.unit_id LEFT JOIN staffhr.employees ce ON ce.id = g.curator_id WHERE ")
                           + scope.condition(QStringLiteral("s.unit_id"), QStringLiteral("g.id"))
                           + QStringLiteral(" AND (?::int = 0 OR org.unit_within(s.unit_id, ?)) ORDER BY u.code, g.name"),
                       binds);
    QCborArray out;
    while (q.next()) {
        QCborMap g;
        g.insert(QStringLiteral("id"), q.value(0).toLongLong());
        g.insert(QStringLiteral("name"), q.value(1).toString());
        g.insert(QStringLiteral("course"), q.value(2).toInt());
        g.insert(QStringLiteral("studyForm"), q.value(3).toString());
        g.insert(QStringLiteral("language"), q.value(4).toString());
        g.insert(QStringLiteral("entryYear"), q.value(5).toInt());
        g.insert(QStringLiteral("specialtyId"), q.value(6).toLongLong());
        g.insert(QStringLiteral("specialtyCode"), q.value(7).toString());
        g.insert(QStringLiteral("specialtyNameKy"), q.value(8).toString());
        g.insert(QStringLiteral("specialtyNameRu"), q.value(9).toString());
        g.insert(QStringLiteral("specialtyNameEn"), q.value(10).toString());
        g.insert(QStringLiteral("level"), q.value(11).toString());
        g.insert(QStringLiteral("years"), q.value(12).toInt());
        g.insert(QStringLiteral("facultyId"), q.value(13).toLongLong());
        g.insert(QStringLiteral("facultyCode"), q.value(14).toString());
        g.insert(QStringLiteral("facultyNameKy"), q.value(15).toString());
        g.insert(QStringLiteral("facultyNameRu"), q.value(16).toString());
        g.insert(QStringLiteral("facultyNameEn"), q.value(17).toString());
        g.insert(QStringLiteral("studentCount"), q.value(18).toLongLong());
        g.insert(QStringLiteral("curatorId"), q.value(19).toLongLong());
        g.insert(QStringLiteral("curatorName"), q.value(20).toString());
        g.insert(QStringLiteral("leaderId"), q.value(21).toLongLong());
        if (!q.value(22).isNull()) {
            g.insert(QStringLiteral("budgetPlaces"), q.value(22).toInt());
        }
        if (!q.value(23).isNull()) {
            g.insert(QStringLiteral("contractPlaces"), q.value(23).toInt());
        }
        g.insert(QStringLiteral("rowVersion"), q.value(24).toLongLong());
        out.append(g);
    }
    return out;
}

QCborValue listStudents(OpContext &ctx)
{
    const GroupInfo group = loadGroup(ctx.db, ctx.integer(QStringLiteral("groupId")));
    RecordScope::of(ctx, ctx.spec.permission).require(ctx.db, ctx.spec.permission, group.unitId, group.id);
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT id, coalesce(pin, ''), last_name, first_name, coalesce(patronymic, ''), birth_date, gender, "
                                      "funding, status FROM studenthr.students WHERE group_id = ? "
                                      "ORDER BY last_name, first_name, patronymic, id"),
                       {group.id});
    QCborArray out;
    while (q.next()) {
        QCborMap s;
        s.insert(QStringLiteral("id"), q.value(0).toLongLong());
        s.insert(QStringLiteral("pin"), q.value(1).toString());
        s.insert(QStringLiteral("lastName"), q.value(2).toString());
        s.insert(QStringLiteral("firstName"), q.value(3).toString());
        s.insert(QStringLiteral("patronymic"), q.value(4).toString());
        s.insert(QStringLiteral("birthDate"), q.value(5).toDate().toString(Qt::ISODate));
        s.insert(QStringLiteral("gender"), q.value(6).toString());
        s.insert(QStringLiteral("funding"), q.value(7).toString());
        s.insert(QStringLiteral("status"), q.value(8).toString());
        s.insert(QStringLiteral("groupId"), group.id);
        s.insert(QStringLiteral("groupName"), group.name);
        out.append(s);
    }
    return out;
}

} // namespace

void registerStudentHrModule()
{
    Handlers::add(QStringLiteral("studenthr.groups.list"), listGroups);
    Handlers::add(QStringLiteral("studenthr.students.list"), listStudents);
    StudentHr::registerCards();
    StudentHr::registerOrders();
    StudentHr::registerImport();
    StudentHr::registerReports();
}

} // namespace Ebilim::Server
