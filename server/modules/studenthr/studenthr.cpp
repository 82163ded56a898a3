#include "studenthr.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studyrecords.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Ebilim::Server::StudentHr {

using Protocol::ErrorCode;

void invalid(const QString &field, const QString &reason, const QString &message, QCborMap extra)
{
    extra.insert(QStringLiteral("field"), field);
    extra.insert(QStringLiteral("reason"), reason);
    OpContext::fail(ErrorCode::ValidationFailed, extra, message);
}

void notFound(const QString &entity, qint64 id)
{
    QCborMap d;
    d.insert(QStringLiteral("entity"), entity);
    d.insert(QStringLiteral("id"), id);
    OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such %1").arg(entity));
}

void invalidState(const QString &state, const QString &message, QCborMap extra)
{
    extra.insert(QStringLiteral("state"), state);
    OpContext::fail(ErrorCode::InvalidState, extra, message);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant optText(const OpContext &ctx, const QString &name)
{
    const QString s = ctx.str(name).trimmed();
    return s.isEmpty() ? nullText() : QVariant(s);
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDate dateArg(const OpContext &ctx, const QString &name)
{
    if (!ctx.has(name)) {
        return {};
    }
    const QDate d = parseIsoDate(ctx.str(name));
    if (!d.isValid() || d.year() < 1900 || d.year() > 2200) {
        invalid(name, QStringLiteral("format"), QStringLiteral("'%1' is not a date (yyyy-MM-dd)").arg(name));
    }
    return d;
}

QDate today(const OpContext &ctx)
{
    return ctx.now().toLocalTime().date();
}

StudentRef studentRef(const QSqlDatabase &db, qint64 id, bool lock)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT s.id, coalesce(s.group_id, 0), coalesce(sp.unit_id, 0), coalesce(g.course, 0), "
                                      "coalesce(sp.years, 0), s.status, s.funding, s.gender, s.last_name, s.first_name, "
                                      "coalesce(s.patronymic, ''), s.leave_from, s.leave_until "
                                      "FROM studenthr.students s LEFT JOIN studenthr.groups g ON g.id = s.group_id "
                                      "LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE s.id = ?")
                           + (lock ? QStringLiteral(" FOR UPDATE OF s") : QString()),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("student"), id);
    }
    StudentRef r;
    r.id = q.value(0).toLongLong();
    r.groupId = q.value(1).toLongLong();
    r.unitId = q.value(2).toLongLong();
    r.course = q.value(3).toInt();
    r.years = q.value(4).toInt();
    r.status = q.value(5).toString();
    r.funding = q.value(6).toString();
    r.gender = q.value(7).toString();
    r.lastName = q.value(8).toString();
    r.firstName = q.value(9).toString();
    r.patronymic = q.value(10).toString();
    r.leaveFrom = q.value(11).toDate();
    r.leaveUntil = q.value(12).toDate();
    return r;
}

void requireStudentScope(const OpContext &ctx, const StudentRef &s)
{
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    if (s.groupId == 0 && !scope.all) {
        // A candidate without a group belongs to the office, not to a faculty.
        QCborMap d;
        d.insert(QStringLiteral("permission"), ctx.spec.permission);
        OpContext::fail(ErrorCode::NotAuthorized, d, QStringLiteral("record outside the caller's scope"));
    }
    scope.require(ctx.db, ctx.spec.permission, s.unitId, s.groupId);
}

void requireGroupScope(const OpContext &ctx, qint64 groupId)
{
    const QVariant unit = scalar(ctx.db,
                                 QStringLiteral("SELECT sp.unit_id FROM studenthr.groups g JOIN studenthr.specialties sp "
                                                "ON sp.id = g.specialty_id WHERE g.id = ?"),
                                 {groupId});
    if (!unit.isValid()) {
        notFound(QStringLiteral("group"), groupId);
    }
    RecordScope::of(ctx, ctx.spec.permission).require(ctx.db, ctx.spec.permission, unit.toLongLong(), groupId);
}

namespace {
QString dateText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toDate().toString(Qt::ISODate);
}

/// A one-line, language-neutral summary of what an order item did.
QString itemSummary(const QString &kind, const QString &fromGroup, const QString &toGroup, const QString &funding,
                    const QString &dateFrom, const QString &dateTo, const QString &newName)
{
    if (kind == QLatin1String("academic_leave")) {
        return QStringLiteral("%1 – %2").arg(dateFrom, dateTo);
    }
    if (kind == QLatin1String("name_change")) {
        return newName;
    }
    QString s;
    if (!fromGroup.isEmpty() && !toGroup.isEmpty() && fromGroup != toGroup) {
        s = fromGroup + QStringLiteral(" → ") + toGroup;
    } else {
        s = toGroup.isEmpty() ? fromGroup : toGroup;
    }
    if (!funding.isEmpty()) {
        s += QStringLiteral(", ") + funding;
    }
    return s;
}
} // namespace

QCborMap loadCard(const QSqlDatabase &db, qint64 id, bool withBlobs)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT s.id, coalesce(s.pin, ''), s.last_name, s.first_name, coalesce(s.patronymic, ''), "
                                      "coalesce(s.last_name_ru, ''), coalesce(s.first_name_ru, ''), coalesce(s.patronymic_ru, ''), "
                                      "coalesce(nullif(s.latin_name, ''), studenthr.latin(s.last_name || ' ' || s.first_name)), "
                                      "s.birth_date, s.gender, coalesce(s.nationality, ''), s.citizenship, coalesce(s.passport_series, ''), "
                                      "coalesce(s.passport_number, ''), coalesce(s.passport_issued_by, ''), s.passport_issued_at, "
                                      "coalesce(s.soate_code, ''), coalesce(so.name_ru, ''), coalesce(s.address, ''), coalesce(s.phone, ''), "
                                      "coalesce(s.email, ''), coalesce(s.prior_education, ''), coalesce(s.privileges, ''), s.funding, s.status, "
                                      "coalesce(s.group_id, 0), coalesce(g.name, ''), s.photo, s.row_version, s.leave_from, s.leave_until "
                                      "FROM studenthr.students s LEFT JOIN studenthr.groups g ON g.id = s.group_id "
                                      "LEFT JOIN ref.soate so ON so.code = s.soate_code WHERE s.id = ?"),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("student"), id);
    }
    QCborMap c;
    auto put = [&c, &q](const char *key, int col) { c.insert(QString::fromLatin1(key), q.value(col).toString()); };
    c.insert(QStringLiteral("id"), q.value(0).toLongLong());
    put("pin", 1);
    put("lastName", 2);
    put("firstName", 3);
    put("patronymic", 4);
    put("lastNameRu", 5);
    put("firstNameRu", 6);
    put("patronymicRu", 7);
    put("latinName", 8);
    c.insert(QStringLiteral("birthDate"), dateText(q.value(9)));
    put("gender", 10);
    put("nationality", 11);
    put("citizenship", 12);
    QCborMap passport;
    passport.insert(QStringLiteral("series"), q.value(13).toString());
    passport.insert(QStringLiteral("number"), q.value(14).toString());
    passport.insert(QStringLiteral("issuedBy"), q.value(15).toString());
    passport.insert(QStringLiteral("issuedAt"), dateText(q.value(16)));
    c.insert(QStringLiteral("passport"), passport);
    put("soateCode", 17);
    put("soateName", 18);
    put("address", 19);
    put("phone", 20);
    put("email", 21);
    put("priorEducation", 22);
    put("privileges", 23);
    put("funding", 24);
    put("status", 25);
    c.insert(QStringLiteral("groupId"), q.value(26).toLongLong());
    put("groupName", 27);
    if (withBlobs) {
        c.insert(QStringLiteral("photo"), QString::fromLatin1(q.value(28).toByteArray().toBase64()));
    } else {
        c.insert(QStringLiteral("photoSize"), q.value(28).toByteArray().size());
    }
    c.insert(QStringLiteral("rowVersion"), q.value(29).toLongLong());
    if (!q.value(30).isNull()) {
        c.insert(QStringLiteral("leaveFrom"), dateText(q.value(30)));
        c.insert(QStringLiteral("leaveUntil"), dateText(q.value(31)));
    }
    q.finish();

    QCborArray guardians;
    QSqlQuery gq = exec(db, QStringLiteral("SELECT name, relation, phone FROM studenthr.guardian_contacts WHERE student_id = ? ORDER BY position"),
                        {id});
    while (gq.next()) {
        QCborMap g;
        g.insert(QStringLiteral("name"), gq.value(0).toString());
        g.insert(QStringLiteral("relation"), gq.value(1).toString());
        g.insert(QStringLiteral("phone"), gq.value(2).toString());
        guardians.append(g);
    }
    c.insert(QStringLiteral("guardians"), guardians);

    QCborArray files;
    QSqlQuery fq = exec(db, QStringLiteral("SELECT id, name, mime, octet_length(data), added_at FROM studenthr.files WHERE student_id = ? ORDER BY id"),
                        {id});
    while (fq.next()) {
        QCborMap f;
        f.insert(QStringLiteral("id"), fq.value(0).toLongLong());
        f.insert(QStringLiteral("name"), fq.value(1).toString());
        f.insert(QStringLiteral("mime"), fq.value(2).toString());
        f.insert(QStringLiteral("size"), fq.value(3).toLongLong());
        f.insert(QStringLiteral("addedAt"), fq.value(4).toDateTime().toUTC().toString(Qt::ISODate));
        files.append(f);
    }
    c.insert(QStringLiteral("files"), files);

    QCborArray history;
    QSqlQuery hq = exec(db,
                        QStringLiteral("SELECT o.id, o.number, o.date, o.kind, i.reason, coalesce(fg.name, ''), coalesce(tg.name, ''), "
                                       "coalesce(i.funding, ''), i.date_from, i.date_to, "
                                       "concat_ws(' ', i.new_last_name, i.new_first_name, i.new_patronymic) "
                                       "FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id "
                                       "LEFT JOIN studenthr.groups fg ON fg.id = i.prev_group_id "
                                       "LEFT JOIN studenthr.groups tg ON tg.id = i.to_group_id "
                                       "WHERE i.student_id = ? AND o.state = 'signed' ORDER BY o.sign_seq, i.id"),
                        {id});
    while (hq.next()) {
        QCborMap h;
        h.insert(QStringLiteral("orderId"), hq.value(0).toLongLong());
        h.insert(QStringLiteral("orderNo"), hq.value(1).toString());
        h.insert(QStringLiteral("orderDate"), dateText(hq.value(2)));
        h.insert(QStringLiteral("kind"), hq.value(3).toString());
        h.insert(QStringLiteral("summary"), itemSummary(hq.value(3).toString(), hq.value(5).toString(), hq.value(6).toString(),
                                                        hq.value(7).toString(), dateText(hq.value(8)), dateText(hq.value(9)),
                                                        hq.value(10).toString()));
        h.insert(QStringLiteral("reason"), hq.value(4).toString());
        history.append(h);
    }
    c.insert(QStringLiteral("history"), history);
    return c;
}

QString contingentAtCte()
{
    return QStringLiteral("WITH at AS (SELECT DISTINCT ON (h.student_id) h.student_id, h.group_id, h.course, h.status, h.funding, "
                          "h.last_name, h.first_name, h.patronymic FROM studenthr.history h "
                          "LEFT JOIN studenthr.orders o ON o.id = h.order_id "
                          "WHERE h.valid_from <= ?::date AND (h.order_id IS NULL OR o.state = 'signed') "
                          "ORDER BY h.student_id, h.valid_from DESC, h.id DESC) ");
}

} // namespace Ebilim::Server::StudentHr
