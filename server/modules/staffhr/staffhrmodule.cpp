// Module "staffhr": the staff HR office (module 3, data D5). Personal cards of employees,
// staff orders (hiring, transfer, leave, award, dismissal) that change positions, leaves
// and awards only when signed, their reversal through the vice-rector's approval, and the
// staff reports. Deans, departments and colleges read the employees who hold (or held) a
// position in a unit within their own.
#include "modules.h"

#include "dispatch/opcontext.h"
#include "domain/pin.h"
#include "storage/database.h"

#include <QCborArray>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

const QStringList kLeaveKinds{QStringLiteral("annual"), QStringLiteral("study"), QStringLiteral("maternity"), QStringLiteral("unpaid"),
                              QStringLiteral("sick")};

QDate today(const OpContext &ctx)
{
    return ctx.now().toLocalTime().date();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// Empty (after trimming) becomes NULL.
QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? nullText() : QVariant(t);
}

/// QPSQL binds a null QString as NULL: text compared with '' must never be null.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString iso(const QVariant &d)
{
    return d.isNull() ? QString() : d.toDate().toString(Qt::ISODate);
}

[[noreturn]] void invalid(const QString &field, const QString &reason, const QString &message, int item = -1)
{
    QCborMap d;
    if (item >= 0) {
        d.insert(QStringLiteral("item"), item);
    }
    d.insert(QStringLiteral("field"), field);
    d.insert(QStringLiteral("reason"), reason);
    OpContext::fail(ErrorCode::ValidationFailed, d, message);
}

[[noreturn]] void notFound(const QString &entity, qint64 id)
{
    QCborMap d;
    d.insert(QStringLiteral("entity"), entity);
    d.insert(QStringLiteral("id"), id);
    OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such %1").arg(entity));
}

[[noreturn]] void invalidState(const QString &state, const QString &message)
{
    QCborMap d;
    d.insert(QStringLiteral("state"), state);
    OpContext::fail(ErrorCode::InvalidState, d, message);
}

// --- scope ------------------------------------------------------------------------------

/// Which employees the caller may read: all (unscoped roles) or those with a position in
/// a unit within one of the scoped roles' units.
struct StaffScope
{
    bool all = false;
    QList<qint64> units;

    static StaffScope of(const OpContext &ctx)
    {
        StaffScope s;
        if (!ctx.session) {
            return s;
        }
        const QString permission = QStringLiteral("staffhr.read");
        for (const RoleGrant &g : ctx.session->roles) {
            const Protocol::RoleSpec *r = Protocol::Registry::role(g.role);
            if (!r || !r->permissions.contains(permission)) {
                continue;
            }
            if (r->scopeKind.isEmpty()) {
                s.all = true;
            } else if (g.unitId > 0 && !s.units.contains(g.unitId)) {
                s.units << g.unitId;
            }
        }
        return s;
    }
    QString unitArray() const
    {
        QStringList ids;
        for (qint64 u : units) {
            ids << QString::number(u);
        }
        return QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
    }
    /// Condition over an employee id expression; binds: employeeBinds().
    static QString employeeCondition(const QString &employeeIdExpr)
    {
        return QStringLiteral("(?::int = 1 OR EXISTS (SELECT 1 FROM staffhr.positions sp, unnest(?::bigint[]) AS scope(unit) "
                              "WHERE sp.employee_id = %1 AND org.unit_within(sp.unit_id, scope.unit)))")
            .arg(employeeIdExpr);
    }
    /// Condition over a unit id expression; binds: employeeBinds() too.
    static QString unitCondition(const QString &unitExpr)
    {
        return QStringLiteral("(?::int = 1 OR EXISTS (SELECT 1 FROM unnest(?::bigint[]) AS scope(unit) WHERE org.unit_within(%1, scope.unit)))")
            .arg(unitExpr);
    }
    QVariantList binds() const { return {all ? 1 : 0, unitArray()}; }

    bool allowsEmployee(const OpContext &ctx, qint64 employeeId) const
    {
        return all
            || scalar(ctx.db,
                      QStringLiteral("SELECT 1 FROM staffhr.positions sp, unnest(?::bigint[]) AS scope(unit) "
                                     "WHERE sp.employee_id = ? AND org.unit_within(sp.unit_id, scope.unit) LIMIT 1"),
                      {unitArray(), employeeId})
                   .isValid();
    }
    void requireEmployee(const OpContext &ctx, qint64 employeeId) const
    {
        if (!allowsEmployee(ctx, employeeId)) {
            QCborMap d;
            d.insert(QStringLiteral("permission"), ctx.spec.permission);
            d.insert(QStringLiteral("employeeId"), employeeId);
            OpContext::fail(ErrorCode::NotAuthorized, d, QStringLiteral("employee outside the caller's scope"));
        }
    }
};

// --- employees ----------------------------------------------------------------------------

const QString kOpenAt = QStringLiteral("(p.since <= ? AND (p.until IS NULL OR p.until >= ?))");

QCborValue listEmployees(OpContext &ctx)
{
    const StaffScope scope = StaffScope::of(ctx);
    const QDate day = today(ctx);
    const qint64 unitFilter = ctx.integer(QStringLiteral("unitId"));
    const QString query = nn(ctx.str(QStringLiteral("query")).trimmed());
    const bool dismissed = ctx.args.value(QStringLiteral("includeDismissed")).toBool();
    QVariantList binds{day, day, day, day, day, day, day, day, day};
    binds += scope.binds();
    binds << (dismissed ? 1 : 0) << (unitFilter > 0 ? 1 : 0) << day << day << unitFilter;
    binds << query << query << query;
    QSqlQuery q = exec(
        ctx.db,
        QStringLiteral(
            "SELECT e.id, coalesce(e.pin, ''), e.last_name, e.first_name, coalesce(e.patronymic, ''), e.birth_date, e.gender, "
            "coalesce(e.degree, ''), coalesce(e.title, ''), e.status, "
            "EXISTS (SELECT 1 FROM staffhr.leaves l WHERE l.employee_id = e.id AND ? BETWEEN l.date_from AND l.date_to), "
            "coalesce((SELECT string_agg(p.position || ', ' || u.code || ', ' || p.rate::text, '; ' ORDER BY p.since, p.id) "
            "          FROM staffhr.positions p JOIN org.units u ON u.id = p.unit_id WHERE p.employee_id = e.id AND ")
            + kOpenAt
            + QStringLiteral("), ''), "
                             "coalesce((SELECT sum(p.rate) FROM staffhr.positions p WHERE p.employee_id = e.id AND ")
            + kOpenAt
            + QStringLiteral("), 0)::text, "
                             "EXISTS (SELECT 1 FROM staffhr.positions p WHERE p.employee_id = e.id AND p.teaching AND ")
            + kOpenAt
            + QStringLiteral("), "
                             "coalesce((SELECT string_agg(DISTINCT p.unit_id::text, ',') FROM staffhr.positions p WHERE p.employee_id = e.id AND ")
            + kOpenAt
            + QStringLiteral("), '') "
                             "FROM staffhr.employees e WHERE ")
            + StaffScope::employeeCondition(QStringLiteral("e.id"))
            + QStringLiteral(" AND (?::int = 1 OR e.status = 'active') "
                             "AND (?::int = 0 OR EXISTS (SELECT 1 FROM staffhr.positions p WHERE p.employee_id = e.id AND ")
            + kOpenAt
            + QStringLiteral(" AND org.unit_within(p.unit_id, ?))) "
                             "AND (?::text = '' OR lower(concat_ws(' ', e.last_name, e.first_name, e.patronymic, e.last_name_ru, "
                             "e.first_name_ru, e.patronymic_ru, e.latin_name)) LIKE '%' || lower(?::text) || '%' "
                             "OR e.pin LIKE ?::text || '%') "
                             "ORDER BY e.last_name, e.first_name, e.patronymic, e.id"),
        binds);
    QCborArray out;
    while (q.next()) {
        QCborMap e;
        e.insert(QStringLiteral("id"), q.value(0).toLongLong());
        e.insert(QStringLiteral("pin"), q.value(1).toString());
        e.insert(QStringLiteral("lastName"), q.value(2).toString());
        e.insert(QStringLiteral("firstName"), q.value(3).toString());
        e.insert(QStringLiteral("patronymic"), q.value(4).toString());
        e.insert(QStringLiteral("birthDate"), iso(q.value(5)));
        e.insert(QStringLiteral("gender"), q.value(6).toString());
        e.insert(QStringLiteral("degree"), q.value(7).toString());
        e.insert(QStringLiteral("title"), q.value(8).toString());
        e.insert(QStringLiteral("status"), q.value(9).toString());
        e.insert(QStringLiteral("onLeave"), q.value(10).toBool());
        e.insert(QStringLiteral("positions"), q.value(11).toString());
        e.insert(QStringLiteral("rate"), q.value(12).toDouble());
        e.insert(QStringLiteral("teaching"), q.value(13).toBool());
        QCborArray units;
        for (const QString &u : q.value(14).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            units.append(u.toLongLong());
        }
        e.insert(QStringLiteral("unitIds"), units);
        out.append(e);
    }
    return out;
}

QCborMap loadEmployee(const QSqlDatabase &db, qint64 id, bool forUpdate = false)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, coalesce(pin, ''), last_name, first_name, coalesce(patronymic, ''), coalesce(last_name_ru, ''), "
                                      "coalesce(first_name_ru, ''), coalesce(patronymic_ru, ''), coalesce(latin_name, ''), birth_date, gender, "
                                      "coalesce(education, ''), coalesce(degree, ''), coalesce(title, ''), coalesce(phone, ''), "
                                      "coalesce(email, ''), coalesce(address, ''), status, row_version FROM staffhr.employees WHERE id = ?")
                           + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString()),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("employee"), id);
    }
    static const char *names[] = {"id", "pin", "lastName", "firstName", "patronymic", "lastNameRu", "firstNameRu", "patronymicRu",
                                  "latinName", "birthDate", "gender", "education", "degree", "title", "phone", "email", "address",
                                  "status", "rowVersion"};
    QCborMap e;
    for (int i = 0; i < int(std::size(names)); ++i) {
        const QString key = QString::fromLatin1(names[i]);
        if (i == 0 || i == 18) {
            e.insert(key, q.value(i).toLongLong());
        } else if (i == 9) {
            e.insert(key, iso(q.value(i)));
        } else {
            e.insert(key, q.value(i).toString());
        }
    }
    return e;
}

QCborArray positionsOf(const QSqlDatabase &db, qint64 employeeId, const QDate &day)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT p.id, p.unit_id, u.code, u.name_ky, u.name_ru, coalesce(u.name_en, ''), p.position, p.rate::text, "
                                      "p.teaching, p.since, p.until, (p.since <= ? AND (p.until IS NULL OR p.until >= ?)) "
                                      "FROM staffhr.positions p JOIN org.units u ON u.id = p.unit_id WHERE p.employee_id = ? "
                                      "ORDER BY p.since, p.id"),
                       {day, day, employeeId});
    QCborArray out;
    while (q.next()) {
        QCborMap p;
        p.insert(QStringLiteral("id"), q.value(0).toLongLong());
        p.insert(QStringLiteral("unitId"), q.value(1).toLongLong());
        p.insert(QStringLiteral("unitCode"), q.value(2).toString());
        p.insert(QStringLiteral("unitNameKy"), q.value(3).toString());
        p.insert(QStringLiteral("unitNameRu"), q.value(4).toString());
        p.insert(QStringLiteral("unitNameEn"), q.value(5).toString());
        p.insert(QStringLiteral("position"), q.value(6).toString());
        p.insert(QStringLiteral("rate"), q.value(7).toDouble());
        p.insert(QStringLiteral("teaching"), q.value(8).toBool());
        p.insert(QStringLiteral("since"), iso(q.value(9)));
        p.insert(QStringLiteral("until"), iso(q.value(10)));
        p.insert(QStringLiteral("open"), q.value(11).toBool());
        out.append(p);
    }
    return out;
}

QCborValue getEmployee(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    QCborMap e = loadEmployee(ctx.db, id);
    StaffScope::of(ctx).requireEmployee(ctx, id);
    e.insert(QStringLiteral("positions"), positionsOf(ctx.db, id, today(ctx)));

    QCborArray leaves;
    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT id, kind, date_from, date_to, coalesce(order_id, 0) FROM staffhr.leaves "
                                              "WHERE employee_id = ? ORDER BY date_from, id"),
                       {id});
    while (q.next()) {
        QCborMap l;
        l.insert(QStringLiteral("id"), q.value(0).toLongLong());
        l.insert(QStringLiteral("kind"), q.value(1).toString());
        l.insert(QStringLiteral("dateFrom"), iso(q.value(2)));
        l.insert(QStringLiteral("dateTo"), iso(q.value(3)));
        l.insert(QStringLiteral("orderId"), q.value(4).toLongLong());
        leaves.append(l);
    }
    e.insert(QStringLiteral("leaves"), leaves);

    QCborArray awards;
    q = exec(ctx.db, QStringLiteral("SELECT id, kind, text, award_date, coalesce(order_id, 0) FROM staffhr.awards "
                                    "WHERE employee_id = ? ORDER BY award_date, id"),
             {id});
    while (q.next()) {
        QCborMap a;
        a.insert(QStringLiteral("id"), q.value(0).toLongLong());
        a.insert(QStringLiteral("kind"), q.value(1).toString());
        a.insert(QStringLiteral("text"), q.value(2).toString());
        a.insert(QStringLiteral("date"), iso(q.value(3)));
        a.insert(QStringLiteral("orderId"), q.value(4).toLongLong());
        awards.append(a);
    }
    e.insert(QStringLiteral("awards"), awards);

    QCborArray history;
    q = exec(ctx.db, QStringLiteral("SELECT o.id, o.number, o.order_date, o.kind, coalesce(i.summary, '') FROM staffhr.order_items i "
                                    "JOIN staffhr.orders o ON o.id = i.order_id WHERE i.employee_id = ? AND o.state = 'signed' "
                                    "ORDER BY o.signed_seq, i.line"),
             {id});
    while (q.next()) {
        QCborMap h;
        h.insert(QStringLiteral("orderId"), q.value(0).toLongLong());
        h.insert(QStringLiteral("orderNo"), q.value(1).toString());
        h.insert(QStringLiteral("orderDate"), iso(q.value(2)));
        h.insert(QStringLiteral("kind"), q.value(3).toString());
        h.insert(QStringLiteral("summary"), q.value(4).toString());
        history.append(h);
    }
    e.insert(QStringLiteral("history"), history);
    return e;
}

QCborValue saveEmployee(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QString gender = ctx.str(QStringLiteral("gender"));
    const QString pin = ctx.str(QStringLiteral("pin")).trimmed();
    QDate birth;
    if (ctx.has(QStringLiteral("birthDate")) && !ctx.str(QStringLiteral("birthDate")).isEmpty()) {
        birth = QDate::fromString(ctx.str(QStringLiteral("birthDate")), Qt::ISODate);
        if (!birth.isValid()) {
            invalid(QStringLiteral("birthDate"), QStringLiteral("format"), QStringLiteral("birth date is not a date"));
        }
        const int age = birth.daysTo(today(ctx)) / 365;
        if (age < 14 || age > 100) {
            invalid(QStringLiteral("birthDate"), QStringLiteral("range"), QStringLiteral("birth date out of range"));
        }
    }
    if (!pin.isEmpty()) {
        const Domain::PinCheck c = Domain::checkPin(pin);
        switch (c.result) {
        case Domain::PinCheck::Result::Ok:
            break;
        case Domain::PinCheck::Result::WrongLength:
            invalid(QStringLiteral("pin"), QStringLiteral("wrong_length"), QStringLiteral("a PIN has 14 digits"));
        case Domain::PinCheck::Result::NotDigits:
            invalid(QStringLiteral("pin"), QStringLiteral("not_digits"), QStringLiteral("a PIN has only digits"));
        case Domain::PinCheck::Result::BadGenderDigit:
            invalid(QStringLiteral("pin"), QStringLiteral("bad_gender_digit"), QStringLiteral("a PIN starts with 1 or 2"));
        case Domain::PinCheck::Result::BadDate:
            invalid(QStringLiteral("pin"), QStringLiteral("bad_date"), QStringLiteral("digits 2-9 of a PIN are not a date"));
        }
        if (QString(QLatin1Char(c.gender)) != gender) {
            invalid(QStringLiteral("pin"), QStringLiteral("gender_mismatch"), QStringLiteral("the PIN's first digit does not match the gender"));
        }
        if (birth.isValid() && birth != c.birthDate) {
            invalid(QStringLiteral("birthDate"), QStringLiteral("pin_mismatch"), QStringLiteral("the birth date does not match the PIN"));
        }
        if (!birth.isValid()) {
            birth = c.birthDate;
        }
        const QVariant taken = scalar(ctx.db, QStringLiteral("SELECT id FROM staffhr.employees WHERE pin = ? AND id <> ?"), {pin, id});
        if (taken.isValid()) {
            QCborMap d;
            d.insert(QStringLiteral("field"), QStringLiteral("pin"));
            d.insert(QStringLiteral("id"), taken.toLongLong());
            OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("another employee has this PIN"));
        }
    }
    const QString email = ctx.str(QStringLiteral("email")).trimmed();
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailRe.match(email).hasMatch()) {
        invalid(QStringLiteral("email"), QStringLiteral("format"), QStringLiteral("not an e-mail address"));
    }
    const QString phone = ctx.str(QStringLiteral("phone")).trimmed();
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ()-]{5,32}$"));
    if (!phone.isEmpty() && !phoneRe.match(phone).hasMatch()) {
        invalid(QStringLiteral("phone"), QStringLiteral("format"), QStringLiteral("a phone has digits, spaces, ( ) - and a leading +"));
    }
    const QVariantList values{textOrNull(pin),
                              ctx.str(QStringLiteral("lastName")).trimmed(),
                              ctx.str(QStringLiteral("firstName")).trimmed(),
                              textOrNull(ctx.str(QStringLiteral("patronymic"))),
                              textOrNull(ctx.str(QStringLiteral("lastNameRu"))),
                              textOrNull(ctx.str(QStringLiteral("firstNameRu"))),
                              textOrNull(ctx.str(QStringLiteral("patronymicRu"))),
                              textOrNull(ctx.str(QStringLiteral("latinName"))),
                              birth.isValid() ? QVariant(birth) : QVariant(QMetaType::fromType<QDate>()),
                              gender,
                              textOrNull(ctx.str(QStringLiteral("education"))),
                              textOrNull(ctx.str(QStringLiteral("degree"))),
                              textOrNull(ctx.str(QStringLiteral("title"))),
                              textOrNull(phone),
                              textOrNull(email),
                              textOrNull(ctx.str(QStringLiteral("address")))};
    const QString cols = QStringLiteral("pin, last_name, first_name, patronymic, last_name_ru, first_name_ru, patronymic_ru, latin_name, "
                                        "birth_date, gender, education, degree, title, phone, email, address");
    if (!update) {
        const qint64 newId = scalar(ctx.db,
                                    QStringLiteral("INSERT INTO staffhr.employees(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                   "RETURNING id")
                                        .arg(cols),
                                    values)
                                 .toLongLong();
        const QCborMap after = loadEmployee(ctx.db, newId);
        ctx.audit(QStringLiteral("employee"), QString::number(newId), {}, after);
        ctx.notifyChange(QStringLiteral("employee"), newId, QStringLiteral("created"));
        return after;
    }
    if (!ctx.has(QStringLiteral("rowVersion"))) {
        invalid(QStringLiteral("rowVersion"), QStringLiteral("missing"), QStringLiteral("an update needs the row version it is based on"));
    }
    const QCborMap before = loadEmployee(ctx.db, id, true);
    if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("employee"));
        d.insert(QStringLiteral("id"), id);
        d.insert(QStringLiteral("current"), before);
        OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("employee changed since it was read"));
    }
    QVariantList binds = values;
    binds << id;
    exec(ctx.db,
         QStringLiteral("UPDATE staffhr.employees SET pin = ?, last_name = ?, first_name = ?, patronymic = ?, last_name_ru = ?, "
                        "first_name_ru = ?, patronymic_ru = ?, latin_name = ?, birth_date = ?, gender = ?, education = ?, degree = ?, "
                        "title = ?, phone = ?, email = ?, address = ?, row_version = row_version + 1 WHERE id = ?"),
         binds);
    const QCborMap after = loadEmployee(ctx.db, id);
    ctx.audit(QStringLiteral("employee"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("employee"), id);
    return after;
}

// --- orders ---------------------------------------------------------------------------------

/// One item of a staff order, as stored in staffhr.order_items.
struct Item
{
    qint64 employeeId = 0;
    qint64 unitId = 0;
    QString position;
    double rate = 0;
    bool teaching = false;
    qint64 fromPositionId = 0;
    QString leaveKind;
    QDate dateFrom;
    QDate dateTo;
    QString awardKind;
    QString text;
    QString reason;
};

double rateOf(const QCborValue &v, bool *ok)
{
    if (v.isDouble() || v.isInteger()) {
        *ok = true;
        return v.toDouble();
    }
    if (v.isString()) {
        return v.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(ok);
    }
    *ok = false;
    return 0;
}

QDate dateField(const QCborMap &m, const char *name, int index, bool required)
{
    const QString key = QString::fromLatin1(name);
    const QCborValue v = m.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required) {
            invalid(key, QStringLiteral("missing"), QStringLiteral("item %1: %2 is required").arg(index + 1).arg(key), index);
        }
        return {};
    }
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !d.isValid()) {
        invalid(key, QStringLiteral("format"), QStringLiteral("item %1: %2 is not a date (yyyy-MM-dd)").arg(index + 1).arg(key), index);
    }
    return d;
}

QString textField(const QCborMap &m, const char *name, int index, bool required, int maxLen)
{
    const QString key = QString::fromLatin1(name);
    const QCborValue v = m.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        invalid(key, QStringLiteral("type"), QStringLiteral("item %1: %2 must be text").arg(index + 1).arg(key), index);
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty()) {
        invalid(key, QStringLiteral("missing"), QStringLiteral("item %1: %2 is required").arg(index + 1).arg(key), index);
    }
    if (s.size() > maxLen) {
        invalid(key, QStringLiteral("too_long"), QStringLiteral("item %1: %2 is too long").arg(index + 1).arg(key), index);
    }
    return s;
}

qint64 idField(const QCborMap &m, const char *name, int index, bool required)
{
    const QString key = QString::fromLatin1(name);
    const QCborValue v = m.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            invalid(key, QStringLiteral("missing"), QStringLiteral("item %1: %2 is required").arg(index + 1).arg(key), index);
        }
        return 0;
    }
    if (!v.isInteger() || v.toInteger() < 1) {
        invalid(key, QStringLiteral("type"), QStringLiteral("item %1: %2 must be an id").arg(index + 1).arg(key), index);
    }
    return v.toInteger();
}

/// Reads and checks one item's fields for the order's kind (no database state yet).
Item parseItem(const QString &kind, const QCborValue &value, int index)
{
    if (!value.isMap()) {
        invalid(QStringLiteral("items"), QStringLiteral("type"), QStringLiteral("item %1 is not a map").arg(index + 1), index);
    }
    const QCborMap m = value.toMap();
    static const QStringList known{QStringLiteral("employeeId"), QStringLiteral("unitId"), QStringLiteral("position"), QStringLiteral("rate"),
                                   QStringLiteral("teaching"), QStringLiteral("fromPositionId"), QStringLiteral("leaveKind"),
                                   QStringLiteral("dateFrom"), QStringLiteral("dateTo"), QStringLiteral("awardKind"), QStringLiteral("text"),
                                   QStringLiteral("reason")};
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        if (!known.contains(it.key().toString())) {
            invalid(it.key().toString(), QStringLiteral("unknown"), QStringLiteral("item %1: unknown field").arg(index + 1), index);
        }
    }
    Item it;
    it.employeeId = idField(m, "employeeId", index, true);
    if (kind == QLatin1String("hiring") || kind == QLatin1String("transfer")) {
        it.unitId = idField(m, "unitId", index, true);
        it.position = textField(m, "position", index, true, 200);
        bool ok = false;
        it.rate = rateOf(m.value(QStringLiteral("rate")), &ok);
        if (!ok) {
            invalid(QStringLiteral("rate"), QStringLiteral("missing"), QStringLiteral("item %1: the rate is required").arg(index + 1), index);
        }
        if (it.rate < 0.25 - 1e-9 || it.rate > 1.5 + 1e-9) {
            invalid(QStringLiteral("rate"), QStringLiteral("range"), QStringLiteral("item %1: the rate is 0.25 to 1.5").arg(index + 1), index);
        }
        it.rate = std::round(it.rate * 100) / 100;
        const QCborValue t = m.value(QStringLiteral("teaching"));
        if (!t.isUndefined() && !t.isNull() && !t.isBool()) {
            invalid(QStringLiteral("teaching"), QStringLiteral("type"), QStringLiteral("item %1: teaching is true or false").arg(index + 1), index);
        }
        it.teaching = t.toBool();
        it.dateFrom = dateField(m, "dateFrom", index, true);
        if (kind == QLatin1String("transfer")) {
            it.fromPositionId = idField(m, "fromPositionId", index, true);
        }
    } else if (kind == QLatin1String("leave")) {
        it.leaveKind = textField(m, "leaveKind", index, true, 20);
        if (!kLeaveKinds.contains(it.leaveKind)) {
            invalid(QStringLiteral("leaveKind"), QStringLiteral("not_allowed"), QStringLiteral("item %1: unknown kind of leave").arg(index + 1), index);
        }
        it.dateFrom = dateField(m, "dateFrom", index, true);
        it.dateTo = dateField(m, "dateTo", index, true);
        if (it.dateTo < it.dateFrom) {
            invalid(QStringLiteral("dateTo"), QStringLiteral("range"), QStringLiteral("item %1: the leave ends before it starts").arg(index + 1), index);
        }
        if (it.dateFrom.daysTo(it.dateTo) > 3 * 366) {
            invalid(QStringLiteral("dateTo"), QStringLiteral("range"), QStringLiteral("item %1: a leave lasts at most three years").arg(index + 1), index);
        }
    } else if (kind == QLatin1String("award")) {
        it.awardKind = textField(m, "awardKind", index, true, 100);
        it.text = textField(m, "text", index, false, 1000);
    } else if (kind == QLatin1String("dismissal")) {
        it.reason = textField(m, "reason", index, true, 500);
        it.dateFrom = dateField(m, "dateFrom", index, true);
    }
    if (it.reason.isEmpty()) {
        it.reason = textField(m, "reason", index, false, 500);
    }
    return it;
}

/// Checks an item against the database as it is now (at save and again at signing).
void checkItem(const OpContext &ctx, const QString &kind, const Item &it, int index)
{
    const QVariant status = scalar(ctx.db, QStringLiteral("SELECT status FROM staffhr.employees WHERE id = ?"), {it.employeeId});
    if (!status.isValid()) {
        invalid(QStringLiteral("employeeId"), QStringLiteral("not_found"), QStringLiteral("item %1: no such employee").arg(index + 1), index);
    }
    const bool active = status.toString() == QLatin1String("active");
    if (it.unitId > 0 && !scalar(ctx.db, QStringLiteral("SELECT 1 FROM org.units WHERE id = ?"), {it.unitId}).isValid()) {
        invalid(QStringLiteral("unitId"), QStringLiteral("not_found"), QStringLiteral("item %1: no such unit").arg(index + 1), index);
    }
    if (kind == QLatin1String("hiring")) {
        if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.positions p WHERE p.employee_id = ? AND p.unit_id = ? AND p.position = ? AND ")
                               + kOpenAt,
                   {it.employeeId, it.unitId, it.position, it.dateFrom, it.dateFrom})
                .isValid()) {
            invalid(QStringLiteral("position"), QStringLiteral("already_holds"),
                    QStringLiteral("item %1: the employee already holds this position").arg(index + 1), index);
        }
    } else if (kind == QLatin1String("transfer")) {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT since, until FROM staffhr.positions WHERE id = ? AND employee_id = ?"),
                           {it.fromPositionId, it.employeeId});
        if (!q.next()) {
            invalid(QStringLiteral("fromPositionId"), QStringLiteral("not_found"),
                    QStringLiteral("item %1: the employee has no such position").arg(index + 1), index);
        }
        const QDate since = q.value(0).toDate();
        const QDate until = q.value(1).toDate();
        if ((!q.value(1).isNull() && until < it.dateFrom) || !active) {
            invalid(QStringLiteral("fromPositionId"), QStringLiteral("not_open"),
                    QStringLiteral("item %1: that position is no longer held").arg(index + 1), index);
        }
        if (it.dateFrom <= since) {
            invalid(QStringLiteral("dateFrom"), QStringLiteral("range"),
                    QStringLiteral("item %1: a transfer starts after the position was taken").arg(index + 1), index);
        }
    } else if (kind == QLatin1String("leave")) {
        if (!active) {
            invalid(QStringLiteral("employeeId"), QStringLiteral("dismissed"), QStringLiteral("item %1: the employee is dismissed").arg(index + 1), index);
        }
        if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.leaves WHERE employee_id = ? AND date_from <= ? AND date_to >= ?"),
                   {it.employeeId, it.dateTo, it.dateFrom})
                .isValid()) {
            invalid(QStringLiteral("dateFrom"), QStringLiteral("overlaps"),
                    QStringLiteral("item %1: the employee is already on leave then").arg(index + 1), index);
        }
    } else if (kind == QLatin1String("award")) {
        if (!active) {
            invalid(QStringLiteral("employeeId"), QStringLiteral("dismissed"), QStringLiteral("item %1: the employee is dismissed").arg(index + 1), index);
        }
    } else if (kind == QLatin1String("dismissal")) {
        if (!active) {
            invalid(QStringLiteral("employeeId"), QStringLiteral("dismissed"),
                    QStringLiteral("item %1: the employee is already dismissed").arg(index + 1), index);
        }
        const QVariant latest = scalar(ctx.db, QStringLiteral("SELECT max(since) FROM staffhr.positions WHERE employee_id = ? AND until IS NULL"),
                                       {it.employeeId});
        if (!latest.isNull() && latest.toDate() > it.dateFrom) {
            invalid(QStringLiteral("dateFrom"), QStringLiteral("range"),
                    QStringLiteral("item %1: the dismissal date is before a position was taken").arg(index + 1), index);
        }
    }
}

QList<Item> loadItems(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT employee_id, coalesce(unit_id, 0), coalesce(position, ''), coalesce(rate, 0)::text, teaching, "
                                      "coalesce(from_position_id, 0), coalesce(leave_kind, ''), date_from, date_to, coalesce(award_kind, ''), "
                                      "coalesce(text, ''), coalesce(reason, '') FROM staffhr.order_items WHERE order_id = ? ORDER BY line"),
                       {orderId});
    QList<Item> out;
    while (q.next()) {
        Item it;
        it.employeeId = q.value(0).toLongLong();
        it.unitId = q.value(1).toLongLong();
        it.position = q.value(2).toString();
        it.rate = q.value(3).toDouble();
        it.teaching = q.value(4).toBool();
        it.fromPositionId = q.value(5).toLongLong();
        it.leaveKind = q.value(6).toString();
        it.dateFrom = q.value(7).toDate();
        it.dateTo = q.value(8).toDate();
        it.awardKind = q.value(9).toString();
        it.text = q.value(10).toString();
        it.reason = q.value(11).toString();
        out << it;
    }
    return out;
}

QCborMap loadOrder(const QSqlDatabase &db, qint64 id, bool forUpdate = false)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, number, order_date, kind, title, basis, state, row_version, signed_at, coalesce(cancel_reason, '') "
                                      "FROM staffhr.orders WHERE id = ?")
                           + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString()),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("order"), id);
    }
    QCborMap o;
    o.insert(QStringLiteral("id"), q.value(0).toLongLong());
    o.insert(QStringLiteral("number"), q.value(1).toString());
    o.insert(QStringLiteral("date"), iso(q.value(2)));
    o.insert(QStringLiteral("kind"), q.value(3).toString());
    o.insert(QStringLiteral("title"), q.value(4).toString());
    o.insert(QStringLiteral("basis"), q.value(5).toString());
    o.insert(QStringLiteral("state"), q.value(6).toString());
    o.insert(QStringLiteral("rowVersion"), q.value(7).toLongLong());
    o.insert(QStringLiteral("signedAt"), q.value(8).isNull() ? QString() : q.value(8).toDateTime().toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("cancelReason"), q.value(9).toString());
    q.finish();

    QSqlQuery i = exec(db,
                       QStringLiteral("SELECT i.employee_id, concat_ws(' ', e.last_name, e.first_name, e.patronymic), coalesce(i.unit_id, 0), "
                                      "coalesce(u.code, ''), coalesce(i.position, ''), coalesce(i.rate, 0)::text, i.teaching, "
                                      "coalesce(i.from_position_id, 0), coalesce(fp.position || ', ' || fu.code, ''), coalesce(i.leave_kind, ''), "
                                      "i.date_from, i.date_to, coalesce(i.award_kind, ''), coalesce(i.text, ''), coalesce(i.reason, ''), "
                                      "coalesce(i.summary, '') FROM staffhr.order_items i JOIN staffhr.employees e ON e.id = i.employee_id "
                                      "LEFT JOIN org.units u ON u.id = i.unit_id LEFT JOIN staffhr.positions fp ON fp.id = i.from_position_id "
                                      "LEFT JOIN org.units fu ON fu.id = fp.unit_id WHERE i.order_id = ? ORDER BY i.line"),
                       {id});
    QCborArray items;
    while (i.next()) {
        QCborMap m;
        m.insert(QStringLiteral("employeeId"), i.value(0).toLongLong());
        m.insert(QStringLiteral("employeeName"), i.value(1).toString());
        m.insert(QStringLiteral("unitId"), i.value(2).toLongLong());
        m.insert(QStringLiteral("unitCode"), i.value(3).toString());
        m.insert(QStringLiteral("position"), i.value(4).toString());
        m.insert(QStringLiteral("rate"), i.value(5).toDouble());
        m.insert(QStringLiteral("teaching"), i.value(6).toBool());
        m.insert(QStringLiteral("fromPositionId"), i.value(7).toLongLong());
        m.insert(QStringLiteral("fromPosition"), i.value(8).toString());
        m.insert(QStringLiteral("leaveKind"), i.value(9).toString());
        m.insert(QStringLiteral("dateFrom"), iso(i.value(10)));
        m.insert(QStringLiteral("dateTo"), iso(i.value(11)));
        m.insert(QStringLiteral("awardKind"), i.value(12).toString());
        m.insert(QStringLiteral("text"), i.value(13).toString());
        m.insert(QStringLiteral("reason"), i.value(14).toString());
        m.insert(QStringLiteral("summary"), i.value(15).toString());
        items.append(m);
    }
    o.insert(QStringLiteral("items"), items);
    return o;
}

QCborValue listOrders(OpContext &ctx)
{
    const QString state = nn(ctx.str(QStringLiteral("state")));
    const QString kind = nn(ctx.str(QStringLiteral("kind")));
    const qint64 employee = ctx.integer(QStringLiteral("employeeId"));
    const qint64 limit = ctx.integer(QStringLiteral("limit"), 200);
    const StaffScope scope = StaffScope::of(ctx);
    QVariantList binds = scope.binds();
    binds << state << state << kind << kind << (employee > 0 ? 1 : 0) << employee << limit;
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT o.id, o.number, o.order_date, o.kind, o.title, o.state, "
                                      "(SELECT count(*) FROM staffhr.order_items i WHERE i.order_id = o.id), "
                                      "coalesce((SELECT string_agg(concat_ws(' ', e.last_name, e.first_name), ', ' ORDER BY i.line) "
                                      "FROM staffhr.order_items i JOIN staffhr.employees e ON e.id = i.employee_id WHERE i.order_id = o.id), ''), "
                                      "o.signed_at, coalesce(o.cancel_reason, '') FROM staffhr.orders o "
                                      "WHERE (?::int = 1 OR EXISTS (SELECT 1 FROM staffhr.order_items si JOIN staffhr.positions sp "
                                      "ON sp.employee_id = si.employee_id, unnest(?::bigint[]) AS scope(unit) WHERE si.order_id = o.id "
                                      "AND org.unit_within(sp.unit_id, scope.unit))) "
                                      "AND (?::text = '' OR o.state = ?::text) AND (?::text = '' OR o.kind = ?::text) "
                                      "AND (?::int = 0 OR EXISTS (SELECT 1 FROM staffhr.order_items ei WHERE ei.order_id = o.id AND ei.employee_id = ?)) "
                                      "ORDER BY o.order_date DESC, o.id DESC LIMIT ?"),
                       binds);
    QCborArray out;
    while (q.next()) {
        QCborMap o;
        o.insert(QStringLiteral("id"), q.value(0).toLongLong());
        o.insert(QStringLiteral("number"), q.value(1).toString());
        o.insert(QStringLiteral("date"), iso(q.value(2)));
        o.insert(QStringLiteral("kind"), q.value(3).toString());
        o.insert(QStringLiteral("title"), q.value(4).toString());
        o.insert(QStringLiteral("state"), q.value(5).toString());
        o.insert(QStringLiteral("itemCount"), q.value(6).toLongLong());
        o.insert(QStringLiteral("employees"), q.value(7).toString());
        o.insert(QStringLiteral("signedAt"), q.value(8).isNull() ? QString() : q.value(8).toDateTime().toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("cancelReason"), q.value(9).toString());
        out.append(o);
    }
    return out;
}

QCborValue getOrder(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    QCborMap o = loadOrder(ctx.db, id);
    const StaffScope scope = StaffScope::of(ctx);
    if (!scope.all) {
        // Scoped readers see the items about their own staff, and the order only if there is one.
        QCborArray visible;
        for (const QCborValue &i : o.value(QStringLiteral("items")).toArray()) {
            if (scope.allowsEmployee(ctx, i.toMap().value(QStringLiteral("employeeId")).toInteger())) {
                visible.append(i);
            }
        }
        if (visible.isEmpty()) {
            QCborMap d;
            d.insert(QStringLiteral("permission"), ctx.spec.permission);
            d.insert(QStringLiteral("orderId"), id);
            OpContext::fail(ErrorCode::NotAuthorized, d, QStringLiteral("order about employees outside the caller's scope"));
        }
        o.insert(QStringLiteral("items"), visible);
    }
    return o;
}

void numberFree(const OpContext &ctx, const QString &number, const QDate &date, qint64 id)
{
    if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.orders WHERE number = ? AND date_part('year', order_date::timestamp) = ? "
                                      "AND state <> 'cancelled' AND id <> ?"),
               {number, date.year(), id})
            .isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("number"));
        OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("an order with this number exists in that year"));
    }
}

QCborValue saveOrder(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    qint64 id = ctx.integer(QStringLiteral("id"));
    const QString kind = ctx.str(QStringLiteral("kind"));
    const QString number = ctx.str(QStringLiteral("number")).trimmed();
    const QDate date = QDate::fromString(ctx.str(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid()) {
        invalid(QStringLiteral("date"), QStringLiteral("format"), QStringLiteral("the order date is not a date"));
    }
    const QCborArray raw = ctx.args.value(QStringLiteral("items")).toArray();
    if (raw.isEmpty()) {
        invalid(QStringLiteral("items"), QStringLiteral("missing"), QStringLiteral("an order needs at least one employee"));
    }
    QList<Item> items;
    QSet<qint64> seen;
    for (int i = 0; i < raw.size(); ++i) {
        const Item it = parseItem(kind, raw.at(i), i);
        if (seen.contains(it.employeeId)) {
            invalid(QStringLiteral("employeeId"), QStringLiteral("duplicate"), QStringLiteral("item %1: the employee is already in this order").arg(i + 1), i);
        }
        seen.insert(it.employeeId);
        checkItem(ctx, kind, it, i);
        items << it;
    }
    numberFree(ctx, number, date, id);
    QCborMap before;
    if (update) {
        if (!ctx.has(QStringLiteral("rowVersion"))) {
            invalid(QStringLiteral("rowVersion"), QStringLiteral("missing"), QStringLiteral("an update needs the row version it is based on"));
        }
        before = loadOrder(ctx.db, id, true);
        if (before.value(QStringLiteral("state")).toString() != QLatin1String("draft")) {
            invalidState(before.value(QStringLiteral("state")).toString(), QStringLiteral("only a draft order can be edited"));
        }
        if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), QStringLiteral("order"));
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("current"), before);
            OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("order changed since it was read"));
        }
        exec(ctx.db,
             QStringLiteral("UPDATE staffhr.orders SET kind = ?, number = ?, order_date = ?, title = ?, basis = ?, row_version = row_version + 1 "
                            "WHERE id = ?"),
             {kind, number, date, nn(ctx.str(QStringLiteral("title")).trimmed()), nn(ctx.str(QStringLiteral("basis")).trimmed()), id});
        exec(ctx.db, QStringLiteral("DELETE FROM staffhr.order_items WHERE order_id = ?"), {id});
    } else {
        id = scalar(ctx.db,
                    QStringLiteral("INSERT INTO staffhr.orders(number, order_date, kind, title, basis, created_by) VALUES (?, ?, ?, ?, ?, ?) "
                                   "RETURNING id"),
                    {number, date, kind, nn(ctx.str(QStringLiteral("title")).trimmed()), nn(ctx.str(QStringLiteral("basis")).trimmed()), ctx.userId()})
                 .toLongLong();
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &it = items.at(i);
        const QVariant nullId(QMetaType::fromType<qlonglong>());
        const QVariant nullDate(QMetaType::fromType<QDate>());
        exec(ctx.db,
             QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, unit_id, position, rate, teaching, from_position_id, "
                            "leave_kind, date_from, date_to, award_kind, text, reason) "
                            "VALUES (?, ?, ?, ?, ?, ?::numeric, ?::int::boolean, ?, ?, ?, ?, ?, ?, ?)"),
             {id, i + 1, it.employeeId, it.unitId > 0 ? QVariant(it.unitId) : nullId, textOrNull(it.position),
              it.rate > 0 ? QVariant(QString::number(it.rate, 'f', 2)) : nullText(), it.teaching ? 1 : 0,
              it.fromPositionId > 0 ? QVariant(it.fromPositionId) : nullId, textOrNull(it.leaveKind),
              it.dateFrom.isValid() ? QVariant(it.dateFrom) : nullDate, it.dateTo.isValid() ? QVariant(it.dateTo) : nullDate,
              textOrNull(it.awardKind), textOrNull(it.text), textOrNull(it.reason)});
    }
    const QCborMap after = loadOrder(ctx.db, id);
    ctx.audit(QStringLiteral("staff_order"), QString::number(id), before.isEmpty() ? QCborValue() : QCborValue(before), after);
    ctx.notifyChange(QStringLiteral("staff_order"), id, update ? QStringLiteral("changed") : QStringLiteral("created"));
    return after;
}

QString rateText(double rate)
{
    return QString::number(rate, 'f', 2);
}

/// Applies one item of a signed order and returns its summary for the history.
QString applyItem(OpContext &ctx, qint64 orderId, const QString &kind, const QDate &orderDate, const Item &it)
{
    auto unitCode = [&ctx](qint64 unit) { return scalar(ctx.db, QStringLiteral("SELECT code FROM org.units WHERE id = ?"), {unit}).toString(); };
    auto openPosition = [&](const QDate &since) {
        exec(ctx.db,
             QStringLiteral("INSERT INTO staffhr.positions(employee_id, unit_id, position, rate, teaching, since, order_id) "
                            "VALUES (?, ?, ?, ?::numeric, ?::int::boolean, ?, ?)"),
             {it.employeeId, it.unitId, it.position, rateText(it.rate), it.teaching ? 1 : 0, since, orderId});
    };
    QString summary;
    if (kind == QLatin1String("hiring")) {
        openPosition(it.dateFrom);
        exec(ctx.db, QStringLiteral("UPDATE staffhr.employees SET status = 'active', row_version = row_version + 1 WHERE id = ?"), {it.employeeId});
        summary = QStringLiteral("%1, %2, %3 — %4").arg(it.position, unitCode(it.unitId), rateText(it.rate), it.dateFrom.toString(Qt::ISODate));
    } else if (kind == QLatin1String("transfer")) {
        const QString from = scalar(ctx.db,
                                    QStringLiteral("SELECT p.position || ', ' || u.code || ', ' || p.rate::text FROM staffhr.positions p "
                                                   "JOIN org.units u ON u.id = p.unit_id WHERE p.id = ?"),
                                    {it.fromPositionId})
                                 .toString();
        exec(ctx.db, QStringLiteral("UPDATE staffhr.positions SET until = ?::date - 1, end_order_id = ? WHERE id = ?"),
             {it.dateFrom, orderId, it.fromPositionId});
        openPosition(it.dateFrom);
        exec(ctx.db, QStringLiteral("UPDATE staffhr.employees SET row_version = row_version + 1 WHERE id = ?"), {it.employeeId});
        summary = QStringLiteral("%1 → %2, %3, %4 — %5")
                      .arg(from, it.position, unitCode(it.unitId), rateText(it.rate), it.dateFrom.toString(Qt::ISODate));
    } else if (kind == QLatin1String("leave")) {
        exec(ctx.db, QStringLiteral("INSERT INTO staffhr.leaves(employee_id, kind, date_from, date_to, order_id) VALUES (?, ?, ?, ?, ?)"),
             {it.employeeId, it.leaveKind, it.dateFrom, it.dateTo, orderId});
        summary = QStringLiteral("%1: %2 — %3").arg(it.leaveKind, it.dateFrom.toString(Qt::ISODate), it.dateTo.toString(Qt::ISODate));
    } else if (kind == QLatin1String("award")) {
        exec(ctx.db, QStringLiteral("INSERT INTO staffhr.awards(employee_id, kind, text, award_date, order_id) VALUES (?, ?, ?, ?, ?)"),
             {it.employeeId, it.awardKind, nn(it.text), orderDate, orderId});
        summary = it.text.isEmpty() ? it.awardKind : QStringLiteral("%1: %2").arg(it.awardKind, it.text);
    } else if (kind == QLatin1String("dismissal")) {
        exec(ctx.db,
             QStringLiteral("UPDATE staffhr.positions SET until = ?, end_order_id = ? WHERE employee_id = ? AND (until IS NULL OR until > ?)"),
             {it.dateFrom, orderId, it.employeeId, it.dateFrom});
        exec(ctx.db, QStringLiteral("UPDATE staffhr.employees SET status = 'dismissed', row_version = row_version + 1 WHERE id = ?"),
             {it.employeeId});
        summary = QStringLiteral("%1 — %2").arg(it.dateFrom.toString(Qt::ISODate), it.reason);
    }
    return summary;
}

QCborValue signOrder(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = loadOrder(ctx.db, id, true);
    if (before.value(QStringLiteral("state")).toString() != QLatin1String("draft")) {
        invalidState(before.value(QStringLiteral("state")).toString(), QStringLiteral("only a draft order can be signed"));
    }
    if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("order"));
        d.insert(QStringLiteral("id"), id);
        d.insert(QStringLiteral("current"), before);
        OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("order changed since it was read"));
    }
    const QString kind = before.value(QStringLiteral("kind")).toString();
    const QDate orderDate = QDate::fromString(before.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QList<Item> items = loadItems(ctx.db, id);
    if (items.isEmpty()) {
        invalid(QStringLiteral("items"), QStringLiteral("missing"), QStringLiteral("an order needs at least one employee"));
    }
    // Lock the employees in a stable order, then check and apply every item: all or nothing.
    QList<qint64> employees;
    for (const Item &it : items) {
        employees << it.employeeId;
    }
    std::sort(employees.begin(), employees.end());
    for (qint64 e : employees) {
        exec(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.employees WHERE id = ? FOR UPDATE"), {e});
    }
    for (int i = 0; i < items.size(); ++i) {
        checkItem(ctx, kind, items.at(i), i);
        const QString summary = applyItem(ctx, id, kind, orderDate, items.at(i));
        exec(ctx.db, QStringLiteral("UPDATE staffhr.order_items SET summary = ? WHERE order_id = ? AND line = ?"), {summary, id, i + 1});
    }
    exec(ctx.db,
         QStringLiteral("UPDATE staffhr.orders SET state = 'signed', signed_by = ?, signed_at = ?, signed_seq = nextval('staffhr.order_sign_seq'), "
                        "row_version = row_version + 1 WHERE id = ?"),
         {ctx.userId(), ctx.now(), id});
    const QCborMap after = loadOrder(ctx.db, id);
    ctx.audit(QStringLiteral("staff_order"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("staff_order"), id, QStringLiteral("signed"));
    for (qint64 e : employees) {
        ctx.notifyChange(QStringLiteral("employee"), e);
    }
    return after;
}

/// Refuses to reverse a signed order when a later signed order touched the same employees.
void requireReversible(const OpContext &ctx, qint64 id)
{
    if (scalar(ctx.db,
               QStringLiteral("SELECT 1 FROM staffhr.orders o JOIN staffhr.order_items i ON i.order_id = o.id "
                              "WHERE o.state = 'signed' AND o.signed_seq > (SELECT signed_seq FROM staffhr.orders WHERE id = ?) "
                              "AND i.employee_id IN (SELECT employee_id FROM staffhr.order_items WHERE order_id = ?) LIMIT 1"),
               {id, id})
            .isValid()) {
        invalidState(QStringLiteral("later_orders"), QStringLiteral("a later signed order concerns the same employees; cancel it first"));
    }
}

QCborValue cancelOrder(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = loadOrder(ctx.db, id, true);
    const QString state = before.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("cancelled")) {
        invalidState(state, QStringLiteral("the order is already cancelled"));
    }
    if (state == QLatin1String("signed")) {
        requireReversible(ctx, id);
        return ctx.requestApproval(QStringLiteral("Cancel staff order %1 of %2 (%3): %4")
                                       .arg(before.value(QStringLiteral("number")).toString(), before.value(QStringLiteral("date")).toString(),
                                            before.value(QStringLiteral("kind")).toString(), ctx.str(QStringLiteral("reason"))));
    }
    exec(ctx.db, QStringLiteral("UPDATE staffhr.orders SET state = 'cancelled', cancelled_at = ?, cancel_reason = ?, row_version = row_version + 1 "
                                "WHERE id = ?"),
         {ctx.now(), ctx.str(QStringLiteral("reason")), id});
    const QCborMap after = loadOrder(ctx.db, id);
    ctx.audit(QStringLiteral("staff_order"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("staff_order"), id, QStringLiteral("cancelled"));
    QCborMap r;
    r.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    return r;
}

/// Applies an approved cancellation of a signed order: reverses its effects.
QCborValue applyCancel(OpContext &ctx, const QCborMap &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    const QCborMap before = loadOrder(ctx.db, id, true);
    if (before.value(QStringLiteral("state")).toString() != QLatin1String("signed")) {
        invalidState(before.value(QStringLiteral("state")).toString(), QStringLiteral("only a signed order can be reversed"));
    }
    requireReversible(ctx, id);
    if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.positions WHERE order_id = ? AND end_order_id IS NOT NULL"), {id}).isValid()) {
        invalidState(QStringLiteral("later_orders"), QStringLiteral("a position this order opened was closed by another order"));
    }
    exec(ctx.db, QStringLiteral("DELETE FROM staffhr.positions WHERE order_id = ?"), {id});
    exec(ctx.db, QStringLiteral("UPDATE staffhr.positions SET until = NULL, end_order_id = NULL WHERE end_order_id = ?"), {id});
    exec(ctx.db, QStringLiteral("DELETE FROM staffhr.leaves WHERE order_id = ?"), {id});
    exec(ctx.db, QStringLiteral("DELETE FROM staffhr.awards WHERE order_id = ?"), {id});
    exec(ctx.db, QStringLiteral("UPDATE staffhr.orders SET state = 'cancelled', cancelled_at = ?, cancel_reason = ?, row_version = row_version + 1 "
                                "WHERE id = ?"),
         {ctx.now(), args.value(QStringLiteral("reason")).toString(), id});
    // The employee is dismissed exactly when the latest signed hiring/dismissal order about them is a dismissal.
    exec(ctx.db,
         QStringLiteral("UPDATE staffhr.employees e SET row_version = row_version + 1, status = CASE WHEN coalesce(("
                        "SELECT o.kind FROM staffhr.order_items i JOIN staffhr.orders o ON o.id = i.order_id WHERE i.employee_id = e.id "
                        "AND o.state = 'signed' AND o.kind IN ('hiring', 'dismissal') ORDER BY o.signed_seq DESC LIMIT 1), 'hiring') = 'dismissal' "
                        "THEN 'dismissed' ELSE 'active' END WHERE e.id IN (SELECT employee_id FROM staffhr.order_items WHERE order_id = ?)"),
         {id});
    const QCborMap after = loadOrder(ctx.db, id);
    writeAudit(ctx.db, ctx.userId(), ctx.username(), QStringLiteral("staffhr.orders.cancel"), QStringLiteral("staff_order"), QString::number(id),
               before, after, ctx.peer);
    ctx.notifyChange(QStringLiteral("staff_order"), id, QStringLiteral("cancelled"));
    QCborMap r;
    r.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    r.insert(QStringLiteral("orderId"), id);
    return r;
}

// --- reports --------------------------------------------------------------------------------

QCborValue reportStaff(OpContext &ctx)
{
    const QString by = ctx.str(QStringLiteral("by"));
    QDate day = today(ctx);
    if (ctx.has(QStringLiteral("date"))) {
        day = QDate::fromString(ctx.str(QStringLiteral("date")), Qt::ISODate);
        if (!day.isValid()) {
            invalid(QStringLiteral("date"), QStringLiteral("format"), QStringLiteral("not a date"));
        }
    }
    const qint64 unitFilter = ctx.integer(QStringLiteral("unitId"));
    const StaffScope scope = StaffScope::of(ctx);
    // The positions counted: open at the day, inside the caller's scope and the unit filter.
    const QString staff = QStringLiteral("WITH staff AS (SELECT p.employee_id, p.unit_id, p.rate, p.teaching, e.gender, e.degree, e.title, "
                                         "e.birth_date FROM staffhr.positions p JOIN staffhr.employees e ON e.id = p.employee_id WHERE ")
        + kOpenAt + QStringLiteral(" AND ") + StaffScope::unitCondition(QStringLiteral("p.unit_id"))
        + QStringLiteral(" AND (?::int = 0 OR org.unit_within(p.unit_id, ?))), "
                         "people AS (SELECT DISTINCT employee_id, gender, degree, title, birth_date FROM staff) ");
    QVariantList binds{day, day};
    binds += scope.binds();
    binds << (unitFilter > 0 ? 1 : 0) << unitFilter;

    QCborArray rows;
    if (by == QLatin1String("onLeave")) {
        QVariantList b = binds;
        b << day << day;
        QSqlQuery q = exec(ctx.db,
                           staff
                               + QStringLiteral("SELECT e.id, concat_ws(' ', e.last_name, e.first_name, e.patronymic), l.kind, l.date_from, l.date_to, "
                                                "coalesce((SELECT string_agg(DISTINCT u.code, ', ') FROM staff s JOIN org.units u ON u.id = s.unit_id "
                                                "WHERE s.employee_id = e.id), '') "
                                                "FROM staffhr.leaves l JOIN staffhr.employees e ON e.id = l.employee_id "
                                                "WHERE l.date_from <= ? AND l.date_to >= ? AND e.id IN (SELECT employee_id FROM people) "
                                                "ORDER BY e.last_name, e.first_name, l.date_from"),
                           b);
        while (q.next()) {
            QCborMap r;
            r.insert(QStringLiteral("key"), q.value(0).toLongLong());
            r.insert(QStringLiteral("label"), q.value(1).toString());
            r.insert(QStringLiteral("leaveKind"), q.value(2).toString());
            r.insert(QStringLiteral("dateFrom"), iso(q.value(3)));
            r.insert(QStringLiteral("dateTo"), iso(q.value(4)));
            r.insert(QStringLiteral("unit"), q.value(5).toString());
            rows.append(r);
        }
    } else if (by == QLatin1String("unit")) {
        QSqlQuery q = exec(ctx.db,
                           staff
                               + QStringLiteral("SELECT u.code, u.name_ky, u.name_ru, coalesce(u.name_en, u.name_ru), count(DISTINCT s.employee_id), "
                                                "sum(s.rate)::text, count(DISTINCT s.employee_id) FILTER (WHERE s.teaching), "
                                                "count(DISTINCT s.employee_id) FILTER (WHERE s.gender = 'F'), "
                                                "count(DISTINCT s.employee_id) FILTER (WHERE s.gender = 'M') "
                                                "FROM staff s JOIN org.units u ON u.id = s.unit_id GROUP BY u.id, u.code ORDER BY u.code"),
                           binds);
        while (q.next()) {
            QCborMap r;
            r.insert(QStringLiteral("key"), q.value(0).toString());
            r.insert(QStringLiteral("label"), q.value(1).toString());
            r.insert(QStringLiteral("nameKy"), q.value(1).toString());
            r.insert(QStringLiteral("nameRu"), q.value(2).toString());
            r.insert(QStringLiteral("nameEn"), q.value(3).toString());
            r.insert(QStringLiteral("employees"), q.value(4).toLongLong());
            r.insert(QStringLiteral("rate"), q.value(5).toDouble());
            r.insert(QStringLiteral("teaching"), q.value(6).toLongLong());
            r.insert(QStringLiteral("female"), q.value(7).toLongLong());
            r.insert(QStringLiteral("male"), q.value(8).toLongLong());
            rows.append(r);
        }
    } else {
        QString key;
        QVariantList b = binds;
        if (by == QLatin1String("degree")) {
            key = QStringLiteral("coalesce(degree, 'none')");
        } else if (by == QLatin1String("title")) {
            key = QStringLiteral("coalesce(title, 'none')");
        } else {
            key = QStringLiteral("CASE WHEN birth_date IS NULL THEN 'unknown' "
                                 "WHEN date_part('year', age(?::date, birth_date)) < 30 THEN '<30' "
                                 "WHEN date_part('year', age(?::date, birth_date)) < 40 THEN '30-39' "
                                 "WHEN date_part('year', age(?::date, birth_date)) < 50 THEN '40-49' "
                                 "WHEN date_part('year', age(?::date, birth_date)) < 60 THEN '50-59' "
                                 "WHEN date_part('year', age(?::date, birth_date)) < 65 THEN '60-64' ELSE '65+' END");
            for (int i = 0; i < 5; ++i) {
                b << day;
            }
        }
        // Rows in a fixed, meaningful order: degrees and titles from the highest, ages from the youngest.
        const QString order = QStringLiteral("array_position(ARRAY['doctor', 'candidate', 'phd', 'professor', 'docent', '<30', '30-39', "
                                             "'40-49', '50-59', '60-64', '65+', 'none', 'unknown'], k.k), k.k");
        QSqlQuery q = exec(ctx.db,
                           staff
                               + QStringLiteral(", keyed AS (SELECT employee_id, gender, %1 AS k FROM people) "
                                                "SELECT k.k, count(*), count(*) FILTER (WHERE k.gender = 'F'), count(*) FILTER (WHERE k.gender = 'M'), "
                                                "(SELECT sum(s.rate) FROM staff s JOIN keyed k2 ON k2.employee_id = s.employee_id WHERE k2.k = k.k)::text, "
                                                "(SELECT count(DISTINCT s.employee_id) FROM staff s JOIN keyed k2 ON k2.employee_id = s.employee_id "
                                                "WHERE k2.k = k.k AND s.teaching) "
                                                "FROM keyed k GROUP BY k.k ORDER BY %2")
                                     .arg(key, order),
                           b);
        while (q.next()) {
            QCborMap r;
            r.insert(QStringLiteral("key"), q.value(0).toString());
            r.insert(QStringLiteral("label"), q.value(0).toString());
            r.insert(QStringLiteral("employees"), q.value(1).toLongLong());
            r.insert(QStringLiteral("female"), q.value(2).toLongLong());
            r.insert(QStringLiteral("male"), q.value(3).toLongLong());
            r.insert(QStringLiteral("rate"), q.value(4).toDouble());
            r.insert(QStringLiteral("teaching"), q.value(5).toLongLong());
            rows.append(r);
        }
    }
    QSqlQuery t = exec(ctx.db,
                       staff
                           + QStringLiteral("SELECT (SELECT count(*) FROM people), coalesce((SELECT sum(rate) FROM staff), 0)::text, "
                                            "(SELECT count(*) FROM people WHERE gender = 'F'), (SELECT count(*) FROM people WHERE gender = 'M'), "
                                            "(SELECT count(DISTINCT employee_id) FROM staff WHERE teaching)"),
                       binds);
    QCborMap totals;
    if (t.next()) {
        totals.insert(QStringLiteral("employees"), t.value(0).toLongLong());
        totals.insert(QStringLiteral("rate"), t.value(1).toDouble());
        totals.insert(QStringLiteral("female"), t.value(2).toLongLong());
        totals.insert(QStringLiteral("male"), t.value(3).toLongLong());
        totals.insert(QStringLiteral("teaching"), t.value(4).toLongLong());
    }
    QCborMap out;
    out.insert(QStringLiteral("by"), by);
    out.insert(QStringLiteral("date"), day.toString(Qt::ISODate));
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("totals"), totals);
    return out;
}

} // namespace

void registerStaffHrModule()
{
    Handlers::add(QStringLiteral("staffhr.employees.list"), listEmployees);
    Handlers::add(QStringLiteral("staffhr.employees.get"), getEmployee);
    Handlers::add(QStringLiteral("staffhr.employees.save"), saveEmployee);
    Handlers::add(QStringLiteral("staffhr.orders.list"), listOrders);
    Handlers::add(QStringLiteral("staffhr.orders.get"), getOrder);
    Handlers::add(QStringLiteral("staffhr.orders.save"), saveOrder);
    Handlers::add(QStringLiteral("staffhr.orders.sign"), signOrder);
    Handlers::add(QStringLiteral("staffhr.orders.cancel"), cancelOrder);
    Handlers::addApproval(QStringLiteral("staffhr.orders.cancel"), applyCancel);
    Handlers::add(QStringLiteral("staffhr.reports.staff"), reportStaff);
}

} // namespace Ebilim::Server
