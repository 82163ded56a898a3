// Student HR office: contingent reports at a date (by one dimension), movement for a
// period from signed orders, and the notifications the office should act on.
#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr.h"
#include "studyrecords.h"

#include <QHash>

namespace Ebilim::Server::StudentHr {

namespace {

/// SQL of the key and the label of each dimension of the contingent report; faculties and
/// specialties also have their Russian and English names (NULL for the other dimensions).
struct Dimension
{
    QString key, label, nameRu = QStringLiteral("NULL"), nameEn = QStringLiteral("NULL");
};

Dimension dimension(const QString &by)
{
    if (by == QLatin1String("faculty")) {
        return {QStringLiteral("u.code"), QStringLiteral("min(u.name_ky)"), QStringLiteral("min(u.name_ru)"),
                QStringLiteral("min(coalesce(u.name_en, u.name_ru))")};
    }
    if (by == QLatin1String("specialty")) {
        return {QStringLiteral("sp.code"), QStringLiteral("min(sp.name_ky)"), QStringLiteral("min(sp.name_ru)"),
                QStringLiteral("min(coalesce(sp.name_en, sp.name_ru))")};
    }
    if (by == QLatin1String("course")) {
        return {QStringLiteral("at.course::text"), QStringLiteral("min(at.course)::text")};
    }
    if (by == QLatin1String("studyForm")) {
        return {QStringLiteral("g.study_form"), QStringLiteral("min(g.study_form)")};
    }
    if (by == QLatin1String("funding")) {
        return {QStringLiteral("at.funding"), QStringLiteral("min(at.funding)")};
    }
    if (by == QLatin1String("age")) {
        return {QStringLiteral("lpad(extract(year FROM age(?::date, s.birth_date))::int::text, 3, '0')"),
                QStringLiteral("min(extract(year FROM age(?::date, s.birth_date))::int)::text")};
    }
    return {QStringLiteral("coalesce(s.nationality, '')"), QStringLiteral("min(coalesce(s.nationality, ''))")};
}

QCborValue contingentReport(OpContext &ctx)
{
    const QString by = ctx.str(QStringLiteral("by"));
    QDate date = dateArg(ctx, QStringLiteral("date"));
    if (!date.isValid()) {
        date = today(ctx);
    }
    const qint64 unit = ctx.integer(QStringLiteral("unitId"));
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    const Dimension dim = dimension(by);
    const bool age = by == QLatin1String("age");
    QVariantList binds{date};
    if (age) {
        binds << date << date;
    }
    binds << unit << unit;
    binds += scope.binds();
    QSqlQuery q = exec(ctx.db,
                       contingentAtCte()
                           + QStringLiteral("SELECT %1 AS k, %2, %3, %4, count(*), count(*) FILTER (WHERE at.funding = 'budget'), "
                                            "count(*) FILTER (WHERE at.funding = 'contract'), count(*) FILTER (WHERE s.gender = 'F'), "
                                            "count(*) FILTER (WHERE s.gender = 'M') FROM at JOIN studenthr.students s ON s.id = at.student_id "
                                            "JOIN studenthr.groups g ON g.id = at.group_id JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                            "JOIN org.units u ON u.id = sp.unit_id WHERE at.status IN ('active', 'leave') "
                                            "AND (?::bigint = 0 OR org.unit_within(sp.unit_id, ?)) AND ")
                                 .arg(dim.key, dim.label, dim.nameRu, dim.nameEn)
                           + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id")) + QStringLiteral(" GROUP BY k ORDER BY k"),
                       binds);
    QCborArray rows;
    qint64 totals[5] = {0, 0, 0, 0, 0};
    while (q.next()) {
        QCborMap r;
        QString k = q.value(0).toString();
        if (age) {
            k = QString::number(k.toInt());
        }
        r.insert(QStringLiteral("key"), k);
        r.insert(QStringLiteral("label"), q.value(1).toString());
        if (!q.isNull(2)) {
            r.insert(QStringLiteral("nameKy"), q.value(1).toString());
            r.insert(QStringLiteral("nameRu"), q.value(2).toString());
            r.insert(QStringLiteral("nameEn"), q.value(3).toString());
        }
        static const char *names[] = {"total", "budget", "contract", "female", "male"};
        for (int i = 0; i < 5; ++i) {
            r.insert(QString::fromLatin1(names[i]), q.value(4 + i).toLongLong());
            totals[i] += q.value(4 + i).toLongLong();
        }
        rows.append(r);
    }
    QCborMap t;
    t.insert(QStringLiteral("total"), totals[0]);
    t.insert(QStringLiteral("budget"), totals[1]);
    t.insert(QStringLiteral("contract"), totals[2]);
    t.insert(QStringLiteral("female"), totals[3]);
    t.insert(QStringLiteral("male"), totals[4]);
    QCborMap out;
    out.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    out.insert(QStringLiteral("by"), by);
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("totals"), t);
    return out;
}

QCborValue movementReport(OpContext &ctx)
{
    const QDate from = dateArg(ctx, QStringLiteral("from"));
    const QDate to = dateArg(ctx, QStringLiteral("to"));
    if (to < from) {
        invalid(QStringLiteral("to"), QStringLiteral("range"), QStringLiteral("the period ends before it starts"));
    }
    const qint64 unit = ctx.integer(QStringLiteral("unitId"));
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    QVariantList binds{from, to, unit, unit};
    binds += scope.binds();
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT o.kind, i.reason, count(*) FROM studenthr.orders o JOIN studenthr.order_items i ON i.order_id = o.id "
                                      "JOIN studenthr.groups g ON g.id = coalesce(i.to_group_id, i.prev_group_id) "
                                      "JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                      "WHERE o.state = 'signed' AND o.date BETWEEN ? AND ? AND (?::bigint = 0 OR org.unit_within(sp.unit_id, ?)) AND ")
                           + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id"))
                           + QStringLiteral(" GROUP BY o.kind, i.reason ORDER BY o.kind, i.reason"),
                       binds);
    static const QHash<QString, QString> totalOf{
        {QStringLiteral("admission"), QStringLiteral("admitted")},        {QStringLiteral("expulsion"), QStringLiteral("expelled")},
        {QStringLiteral("transfer"), QStringLiteral("transferred")},      {QStringLiteral("academic_leave"), QStringLiteral("onLeave")},
        {QStringLiteral("return_from_leave"), QStringLiteral("returned")}, {QStringLiteral("reinstatement"), QStringLiteral("reinstated")},
        {QStringLiteral("graduation"), QStringLiteral("graduated")},
    };
    QCborMap totals;
    for (const QString &t : totalOf) {
        totals.insert(t, 0);
    }
    QCborArray rows;
    while (q.next()) {
        QCborMap r;
        r.insert(QStringLiteral("kind"), q.value(0).toString());
        r.insert(QStringLiteral("reason"), q.value(1).toString());
        r.insert(QStringLiteral("count"), q.value(2).toLongLong());
        rows.append(r);
        const QString t = totalOf.value(q.value(0).toString());
        if (!t.isEmpty()) {
            totals.insert(t, totals.value(t).toInteger() + q.value(2).toLongLong());
        }
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("totals"), totals);
    return out;
}

QCborValue notifications(OpContext &ctx)
{
    const QDate now = today(ctx);
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    QCborArray out;
    {
        QVariantList binds{now.addDays(30)};
        binds += scope.binds();
        QSqlQuery q = exec(ctx.db,
                           QStringLiteral("SELECT s.id, s.group_id, s.last_name || ' ' || s.first_name, g.name, s.leave_until "
                                          "FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                          "JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                          "WHERE s.status = 'leave' AND s.leave_until <= ? AND ")
                               + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id")) + QStringLiteral(" ORDER BY s.leave_until, s.id"),
                           binds);
        while (q.next()) {
            const QDate until = q.value(4).toDate();
            const bool overdue = until < now;
            QCborMap n;
            n.insert(QStringLiteral("kind"), overdue ? QStringLiteral("leave_overdue") : QStringLiteral("leave_ending"));
            n.insert(QStringLiteral("studentId"), q.value(0).toLongLong());
            n.insert(QStringLiteral("groupId"), q.value(1).toLongLong());
            n.insert(QStringLiteral("text"), QStringLiteral("%1 (%2): академиялык өргүү %3 %4")
                                                 .arg(q.value(2).toString(), q.value(3).toString(), until.toString(QStringLiteral("dd.MM.yyyy")),
                                                      overdue ? QStringLiteral("бүткөн") : QStringLiteral("бүтөт")));
            n.insert(QStringLiteral("date"), until.toString(Qt::ISODate));
            out.append(n);
        }
    }
    {
        QSqlQuery q = exec(ctx.db,
                           QStringLiteral("SELECT g.id, g.name FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                          "WHERE g.curator_id IS NULL AND EXISTS (SELECT 1 FROM studenthr.students s WHERE s.group_id = g.id "
                                          "AND s.status = 'active') AND ")
                               + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id")) + QStringLiteral(" ORDER BY g.name"),
                           scope.binds());
        while (q.next()) {
            QCborMap n;
            n.insert(QStringLiteral("kind"), QStringLiteral("group_without_curator"));
            n.insert(QStringLiteral("groupId"), q.value(0).toLongLong());
            n.insert(QStringLiteral("text"), QStringLiteral("%1: куратор дайындалган эмес").arg(q.value(1).toString()));
            n.insert(QStringLiteral("date"), now.toString(Qt::ISODate));
            out.append(n);
        }
    }
    return out;
}

} // namespace

void registerReports()
{
    Handlers::add(QStringLiteral("studenthr.reports.contingent"), contingentReport);
    Handlers::add(QStringLiteral("studenthr.reports.movement"), movementReport);
    Handlers::add(QStringLiteral("studenthr.notifications"), notifications);
}

} // namespace Ebilim::Server::StudentHr
