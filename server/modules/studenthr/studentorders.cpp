// Student HR office: orders (drafts, signing = applying every item atomically, cancelling =
// reversing through the vice-rector's approval), the contingent at a date rebuilt from the
// history the orders write, and rolling the academic year forward.
//
// Each kind of order is one pair of functions: check (is the item valid for this student
// now?) and apply (the student's new state). Signing locks every student, re-checks, applies,
// remembers the previous state on the item (for reversal) and writes one history row.
#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr.h"
#include "studyrecords.h"

#include <QHash>
#include <QSet>

namespace Ebilim::Server::StudentHr {

using Protocol::ErrorCode;

namespace {

const QString kEntity = QStringLiteral("student_order");
/// Up to this many items an order announces each student's change; above, one bulk change (id 0).
constexpr qsizetype kNotifyEach = 50;

/// One item of an order as given (or stored).
struct Item
{
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 toGroupId = 0;
    QString funding;
    QString reason;
    QDate dateFrom, dateTo;
    QString newLastName, newFirstName, newPatronymic;
};

/// The student's state after the item.
struct Change
{
    qint64 groupId = 0;
    QString status, funding, lastName, firstName, patronymic;
    QDate leaveFrom, leaveUntil;
    QDate validFrom;
    qint64 raiseGroup = 0; ///< promotion without a target group: this group's course goes up
};

/// Context of checking one item.
struct ItemCheck
{
    const QSqlDatabase &db;
    const Item &item;
    const StudentRef &student;
    int index;
    QDate orderDate;
    const QSet<qint64> &raised; ///< groups already raised by earlier items of this order
};

[[noreturn]] void itemError(const ItemCheck &c, const QString &field, const QString &reason, const QString &message)
{
    QCborMap d;
    d.insert(QStringLiteral("item"), c.index);
    d.insert(QStringLiteral("studentId"), c.item.studentId);
    invalid(field, reason, QStringLiteral("item %1: %2").arg(c.index).arg(message), d);
}

void needStatus(const ItemCheck &c, std::initializer_list<const char *> allowed)
{
    for (const char *s : allowed) {
        if (c.student.status == QLatin1String(s)) {
            return;
        }
    }
    QCborMap d;
    d.insert(QStringLiteral("item"), c.index);
    d.insert(QStringLiteral("studentId"), c.item.studentId);
    d.insert(QStringLiteral("status"), c.student.status);
    invalid(QStringLiteral("studentId"), QStringLiteral("status"),
            QStringLiteral("item %1: not possible for a student whose status is %2").arg(c.index).arg(c.student.status), d);
}

/// The target group must exist; returns its course.
int needGroup(const ItemCheck &c)
{
    if (c.item.toGroupId <= 0) {
        itemError(c, QStringLiteral("toGroupId"), QStringLiteral("missing"), QStringLiteral("the target group is required"));
    }
    const QVariant course = scalar(c.db, QStringLiteral("SELECT course FROM studenthr.groups WHERE id = ?"), {c.item.toGroupId});
    if (!course.isValid()) {
        itemError(c, QStringLiteral("toGroupId"), QStringLiteral("not_found"), QStringLiteral("no such group"));
    }
    return course.toInt();
}

void needReason(const ItemCheck &c)
{
    if (c.item.reason.trimmed().isEmpty()) {
        itemError(c, QStringLiteral("reason"), QStringLiteral("missing"), QStringLiteral("the reason is required"));
    }
}

Change unchanged(const StudentRef &s, const QDate &date)
{
    Change ch;
    ch.groupId = s.groupId;
    ch.status = s.status;
    ch.funding = s.funding;
    ch.lastName = s.lastName;
    ch.firstName = s.firstName;
    ch.patronymic = s.patronymic;
    ch.leaveFrom = s.leaveFrom;
    ch.leaveUntil = s.leaveUntil;
    ch.validFrom = date;
    return ch;
}

// --- admission ------------------------------------------------------------------------------
void checkAdmission(const ItemCheck &c)
{
    needStatus(c, {"candidate"});
    needGroup(c);
    if (c.item.funding.isEmpty()) {
        itemError(c, QStringLiteral("funding"), QStringLiteral("missing"), QStringLiteral("funding is required"));
    }
}
Change applyAdmission(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.groupId = it.toGroupId;
    ch.status = QStringLiteral("active");
    ch.funding = it.funding;
    return ch;
}

// --- promotion ------------------------------------------------------------------------------
void checkPromotion(const ItemCheck &c)
{
    needStatus(c, {"active"});
    const int course = c.student.course - (c.raised.contains(c.student.groupId) ? 1 : 0);
    if (c.item.toGroupId > 0) {
        if (needGroup(c) != course + 1) {
            itemError(c, QStringLiteral("toGroupId"), QStringLiteral("course"), QStringLiteral("the target group must be of the next course"));
        }
    } else if (course >= c.student.years) {
        itemError(c, QStringLiteral("studentId"), QStringLiteral("final_year"), QStringLiteral("a final-year group graduates, it is not promoted"));
    }
}
Change applyPromotion(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    if (it.toGroupId > 0) {
        ch.groupId = it.toGroupId;
    } else {
        ch.raiseGroup = s.groupId;
    }
    return ch;
}

// --- transfer -------------------------------------------------------------------------------
void checkTransfer(const ItemCheck &c)
{
    needStatus(c, {"active"});
    needGroup(c);
    if (c.item.toGroupId == c.student.groupId && (c.item.funding.isEmpty() || c.item.funding == c.student.funding)) {
        itemError(c, QStringLiteral("toGroupId"), QStringLiteral("same_group"), QStringLiteral("the student is already in this group"));
    }
}
Change applyTransfer(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.groupId = it.toGroupId;
    if (!it.funding.isEmpty()) {
        ch.funding = it.funding;
    }
    return ch;
}

// --- academic leave -------------------------------------------------------------------------
void checkLeave(const ItemCheck &c)
{
    needStatus(c, {"active"});
    if (!c.item.dateFrom.isValid()) {
        itemError(c, QStringLiteral("dateFrom"), QStringLiteral("missing"), QStringLiteral("the first day of the leave is required"));
    }
    if (!c.item.dateTo.isValid()) {
        itemError(c, QStringLiteral("dateTo"), QStringLiteral("missing"), QStringLiteral("the last day of the leave is required"));
    }
    if (c.item.dateTo <= c.item.dateFrom || c.item.dateFrom.addYears(3) < c.item.dateTo) {
        itemError(c, QStringLiteral("dateTo"), QStringLiteral("range"), QStringLiteral("a leave ends after it starts, within three years"));
    }
    needReason(c);
}
Change applyLeave(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.status = QStringLiteral("leave");
    ch.leaveFrom = it.dateFrom;
    ch.leaveUntil = it.dateTo;
    ch.validFrom = it.dateFrom.isValid() ? it.dateFrom : d;
    return ch;
}

// --- return from leave ----------------------------------------------------------------------
void checkReturn(const ItemCheck &c)
{
    needStatus(c, {"leave"});
    needGroup(c);
}
Change applyReturn(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.status = QStringLiteral("active");
    ch.groupId = it.toGroupId;
    ch.leaveFrom = QDate();
    ch.leaveUntil = QDate();
    return ch;
}

// --- expulsion ------------------------------------------------------------------------------
void checkExpulsion(const ItemCheck &c)
{
    needStatus(c, {"active", "leave"});
    needReason(c);
}
Change applyExpulsion(const StudentRef &s, const Item &, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.status = QStringLiteral("expelled");
    ch.leaveFrom = QDate();
    ch.leaveUntil = QDate();
    return ch;
}

// --- reinstatement --------------------------------------------------------------------------
void checkReinstatement(const ItemCheck &c)
{
    needStatus(c, {"expelled"});
    needGroup(c);
}
Change applyReinstatement(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.status = QStringLiteral("active");
    ch.groupId = it.toGroupId;
    if (!it.funding.isEmpty()) {
        ch.funding = it.funding;
    }
    return ch;
}

// --- graduation -----------------------------------------------------------------------------
void checkGraduation(const ItemCheck &c)
{
    needStatus(c, {"active"});
    if (c.student.course < c.student.years) {
        itemError(c, QStringLiteral("studentId"), QStringLiteral("not_final_year"), QStringLiteral("only final-year students graduate"));
    }
}
Change applyGraduation(const StudentRef &s, const Item &, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.status = QStringLiteral("graduated");
    return ch;
}

// --- name change ----------------------------------------------------------------------------
void checkNameChange(const ItemCheck &c)
{
    if (c.item.newLastName.isEmpty()) {
        itemError(c, QStringLiteral("newLastName"), QStringLiteral("missing"), QStringLiteral("the new last name is required"));
    }
    if (c.item.newFirstName.isEmpty()) {
        itemError(c, QStringLiteral("newFirstName"), QStringLiteral("missing"), QStringLiteral("the new first name is required"));
    }
    for (const QString &n : {c.item.newLastName, c.item.newFirstName, c.item.newPatronymic}) {
        if (!n.isEmpty() && !plausibleName(n)) {
            itemError(c, QStringLiteral("newLastName"), QStringLiteral("characters"), QStringLiteral("a name may contain only letters"));
        }
    }
}
Change applyNameChange(const StudentRef &s, const Item &it, const QDate &d)
{
    Change ch = unchanged(s, d);
    ch.lastName = it.newLastName;
    ch.firstName = it.newFirstName;
    ch.patronymic = it.newPatronymic;
    return ch;
}

struct Kind
{
    void (*check)(const ItemCheck &);
    Change (*apply)(const StudentRef &, const Item &, const QDate &);
};

const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> k{
        {QStringLiteral("admission"), {checkAdmission, applyAdmission}},
        {QStringLiteral("promotion"), {checkPromotion, applyPromotion}},
        {QStringLiteral("transfer"), {checkTransfer, applyTransfer}},
        {QStringLiteral("academic_leave"), {checkLeave, applyLeave}},
        {QStringLiteral("return_from_leave"), {checkReturn, applyReturn}},
        {QStringLiteral("expulsion"), {checkExpulsion, applyExpulsion}},
        {QStringLiteral("reinstatement"), {checkReinstatement, applyReinstatement}},
        {QStringLiteral("graduation"), {checkGraduation, applyGraduation}},
        {QStringLiteral("name_change"), {checkNameChange, applyNameChange}},
    };
    return k;
}

const Kind &kindOf(const QString &name)
{
    auto it = kinds().constFind(name);
    if (it == kinds().constEnd()) {
        invalid(QStringLiteral("kind"), QStringLiteral("not_allowed"), QStringLiteral("unknown kind of order"));
    }
    return it.value();
}

/// Parses one item argument; validation_failed with details.item on a malformed field.
Item parseItem(const QCborValue &v, int index)
{
    auto bad = [index](const QString &field, const QString &reason) {
        QCborMap d;
        d.insert(QStringLiteral("item"), index);
        invalid(field, reason, QStringLiteral("item %1: '%2' %3").arg(index).arg(field, reason), d);
    };
    if (!v.isMap()) {
        bad(QStringLiteral("items"), QStringLiteral("type"));
    }
    const QCborMap m = v.toMap();
    static const QSet<QString> known{QStringLiteral("studentId"), QStringLiteral("toGroupId"), QStringLiteral("funding"), QStringLiteral("reason"),
                                     QStringLiteral("dateFrom"), QStringLiteral("dateTo"), QStringLiteral("newLastName"),
                                     QStringLiteral("newFirstName"), QStringLiteral("newPatronymic")};
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        if (!known.contains(it.key().toString())) {
            bad(it.key().toString(), QStringLiteral("unknown"));
        }
    }
    Item item;
    auto intField = [&](const QString &f) -> qint64 {
        const QCborValue x = m.value(f);
        if (x.isUndefined() || x.isNull()) {
            return 0;
        }
        if (!x.isInteger() || x.toInteger() < 0) {
            bad(f, QStringLiteral("type"));
        }
        return x.toInteger();
    };
    auto textField = [&](const QString &f, int max) -> QString {
        const QCborValue x = m.value(f);
        if (x.isUndefined() || x.isNull()) {
            return {};
        }
        if (!x.isString()) {
            bad(f, QStringLiteral("type"));
        }
        const QString s = x.toString().simplified();
        if (s.size() > max) {
            bad(f, QStringLiteral("too_long"));
        }
        return s;
    };
    auto dateField = [&](const QString &f) -> QDate {
        const QString s = textField(f, 10);
        if (s.isEmpty()) {
            return {};
        }
        const QDate d = parseIsoDate(s);
        if (!d.isValid()) {
            bad(f, QStringLiteral("format"));
        }
        return d;
    };
    item.studentId = intField(QStringLiteral("studentId"));
    if (item.studentId <= 0) {
        bad(QStringLiteral("studentId"), QStringLiteral("missing"));
    }
    item.toGroupId = intField(QStringLiteral("toGroupId"));
    item.funding = textField(QStringLiteral("funding"), 10);
    if (!item.funding.isEmpty() && item.funding != QLatin1String("budget") && item.funding != QLatin1String("contract")) {
        bad(QStringLiteral("funding"), QStringLiteral("not_allowed"));
    }
    item.reason = textField(QStringLiteral("reason"), 1000);
    item.dateFrom = dateField(QStringLiteral("dateFrom"));
    item.dateTo = dateField(QStringLiteral("dateTo"));
    item.newLastName = textField(QStringLiteral("newLastName"), 100);
    item.newFirstName = textField(QStringLiteral("newFirstName"), 100);
    item.newPatronymic = textField(QStringLiteral("newPatronymic"), 100);
    return item;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

struct OrderHead
{
    qint64 id = 0;
    QString number, kind, state;
    QDate date;
    qint64 rowVersion = 0;
    qint64 signSeq = 0;
};

OrderHead orderHead(const QSqlDatabase &db, qint64 id, bool lock)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, number, kind, state, date, row_version, coalesce(sign_seq, 0) FROM studenthr.orders WHERE id = ?")
                           + (lock ? QStringLiteral(" FOR UPDATE") : QString()),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("order"), id);
    }
    OrderHead h;
    h.id = q.value(0).toLongLong();
    h.number = q.value(1).toString();
    h.kind = q.value(2).toString();
    h.state = q.value(3).toString();
    h.date = q.value(4).toDate();
    h.rowVersion = q.value(5).toLongLong();
    h.signSeq = q.value(6).toLongLong();
    return h;
}

QList<Item> storedItems(const QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, student_id, coalesce(to_group_id, 0), coalesce(funding, ''), reason, date_from, date_to, "
                                      "coalesce(new_last_name, ''), coalesce(new_first_name, ''), coalesce(new_patronymic, '') "
                                      "FROM studenthr.order_items WHERE order_id = ? ORDER BY position"),
                       {orderId});
    QList<Item> out;
    while (q.next()) {
        Item it;
        it.id = q.value(0).toLongLong();
        it.studentId = q.value(1).toLongLong();
        it.toGroupId = q.value(2).toLongLong();
        it.funding = q.value(3).toString();
        it.reason = q.value(4).toString();
        it.dateFrom = q.value(5).toDate();
        it.dateTo = q.value(6).toDate();
        it.newLastName = q.value(7).toString();
        it.newFirstName = q.value(8).toString();
        it.newPatronymic = q.value(9).toString();
        out << it;
    }
    return out;
}

void requireNumberFree(const QSqlDatabase &db, const QString &number, const QDate &date, qint64 exceptId)
{
    if (scalar(db,
               QStringLiteral("SELECT 1 FROM studenthr.orders WHERE number = ? AND extract(year FROM date) = ? AND id <> ?"),
               {number, date.year(), exceptId})
            .isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("number"));
        OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("an order with this number exists in %1").arg(date.year()));
    }
}

void markSigned(const OpContext &ctx, qint64 orderId)
{
    exec(ctx.db,
         QStringLiteral("UPDATE studenthr.orders SET state = 'signed', signed_at = ?, signed_by = ?, sign_seq = nextval('studenthr.order_sign_seq'), "
                        "row_version = row_version + 1 WHERE id = ?"),
         {ctx.now(), ctx.userId() > 0 ? QVariant(ctx.userId()) : nullId(), orderId});
}

} // namespace

QString defaultTitle(const QString &kind)
{
    static const QHash<QString, QString> titles{
        {QStringLiteral("admission"), QStringLiteral("Студенттердин катарына кабыл алуу жөнүндө")},
        {QStringLiteral("promotion"), QStringLiteral("Кийинки курска которуу жөнүндө")},
        {QStringLiteral("transfer"), QStringLiteral("Которуу жөнүндө")},
        {QStringLiteral("academic_leave"), QStringLiteral("Академиялык өргүү берүү жөнүндө")},
        {QStringLiteral("return_from_leave"), QStringLiteral("Академиялык өргүүдөн чыгаруу жөнүндө")},
        {QStringLiteral("expulsion"), QStringLiteral("Студенттердин катарынан чыгаруу жөнүндө")},
        {QStringLiteral("reinstatement"), QStringLiteral("Калыбына келтирүү жөнүндө")},
        {QStringLiteral("graduation"), QStringLiteral("Бүтүрүү жөнүндө")},
        {QStringLiteral("name_change"), QStringLiteral("Фамилиясын өзгөртүү жөнүндө")},
    };
    return titles.value(kind);
}

qint64 createOrder(const OpContext &ctx, const QString &kind, const QString &number, const QDate &date, const QString &title,
                   const QString &basis, const QString &signerName, const QString &signerPosition)
{
    kindOf(kind);
    requireNumberFree(ctx.db, number, date, 0);
    return scalar(ctx.db,
                  QStringLiteral("INSERT INTO studenthr.orders(number, date, kind, title, basis, signer_name, signer_position, created_at, "
                                 "created_by) VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?) RETURNING id"),
                  {number, date, kind, title.isEmpty() ? defaultTitle(kind) : title, basis, signerName, signerPosition, ctx.now(),
                   ctx.userId() > 0 ? QVariant(ctx.userId()) : nullId()})
        .toLongLong();
}

void storeItems(const OpContext &ctx, qint64 orderId, const QString &kind, const QCborArray &items)
{
    const Kind &k = kindOf(kind);
    const QDate date = orderHead(ctx.db, orderId, false).date;
    if (items.isEmpty()) {
        invalid(QStringLiteral("items"), QStringLiteral("missing"), QStringLiteral("an order needs at least one item"));
    }
    exec(ctx.db, QStringLiteral("DELETE FROM studenthr.order_items WHERE order_id = ?"), {orderId});
    QSet<qint64> seen;
    const QSet<qint64> noneRaised;
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item item = parseItem(items.at(i), int(i));
        if (seen.contains(item.studentId)) {
            QCborMap d;
            d.insert(QStringLiteral("item"), i);
            d.insert(QStringLiteral("studentId"), item.studentId);
            invalid(QStringLiteral("studentId"), QStringLiteral("duplicate"), QStringLiteral("item %1: the student is already in this order").arg(i), d);
        }
        seen.insert(item.studentId);
        QVariant exists = scalar(ctx.db, QStringLiteral("SELECT 1 FROM studenthr.students WHERE id = ?"), {item.studentId});
        if (!exists.isValid()) {
            QCborMap d;
            d.insert(QStringLiteral("item"), i);
            d.insert(QStringLiteral("studentId"), item.studentId);
            invalid(QStringLiteral("studentId"), QStringLiteral("not_found"), QStringLiteral("item %1: no such student").arg(i), d);
        }
        const StudentRef s = studentRef(ctx.db, item.studentId);
        if (!scope.all) {
            requireStudentScope(ctx, s);
        }
        k.check(ItemCheck{ctx.db, item, s, int(i), date, noneRaised});
        exec(ctx.db,
             QStringLiteral("INSERT INTO studenthr.order_items(order_id, position, student_id, to_group_id, funding, reason, date_from, date_to, "
                            "new_last_name, new_first_name, new_patronymic) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?)"),
             {orderId, int(i), item.studentId, idOrNull(item.toGroupId), textOrNull(item.funding), item.reason, dateOrNull(item.dateFrom),
              dateOrNull(item.dateTo), textOrNull(item.newLastName), textOrNull(item.newFirstName), textOrNull(item.newPatronymic)});
    }
}

/// Locks the students of an order's items from position fromPosition on, in id order, and
/// returns how many there are.
qint64 lockItemStudents(OpContext &ctx, qint64 orderId, int fromPosition)
{
    return scalar(ctx.db,
                  QStringLiteral("SELECT count(*) FROM (SELECT s.id FROM studenthr.students s JOIN studenthr.order_items i ON i.student_id = s.id "
                                 "WHERE i.order_id = ? AND i.position >= ? ORDER BY s.id FOR UPDATE OF s) x"),
                  {orderId, fromPosition})
        .toLongLong();
}

/// Tells the clients that the n students of an order's items (from fromPosition on) changed:
/// one by one for a few, one "bulk" notice for many.
void notifyItemStudents(OpContext &ctx, qint64 orderId, int fromPosition, qint64 n)
{
    if (n <= kNotifyEach) {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT student_id FROM studenthr.order_items WHERE order_id = ? AND position >= ? ORDER BY position"),
                           {orderId, fromPosition});
        while (q.next()) {
            ctx.notifyChange(QStringLiteral("student"), q.value(0).toLongLong());
        }
    } else {
        ctx.notifyChange(QStringLiteral("student"), 0, QStringLiteral("bulk"));
    }
}

qint64 applyItemsInBulk(OpContext &ctx, qint64 orderId, int fromPosition)
{
    const OrderHead head = orderHead(ctx.db, orderId, false);
    // Each kind's check (checkAdmission, checkPromotion without a target group, checkGraduation) as one condition.
    static const QHash<QString, QString> valid{
        {QStringLiteral("admission"), QStringLiteral("s.status = 'candidate' AND tg.id IS NOT NULL AND i.funding IS NOT NULL")},
        {QStringLiteral("promotion"), QStringLiteral("s.status = 'active' AND i.to_group_id IS NULL AND g.id IS NOT NULL AND g.course < sp.years")},
        {QStringLiteral("graduation"), QStringLiteral("s.status = 'active' AND g.id IS NOT NULL AND g.course >= sp.years")},
    };
    static const QHash<QString, QString> effect{
        {QStringLiteral("admission"), QStringLiteral("group_id = i.to_group_id, status = 'active', funding = i.funding, ")},
        {QStringLiteral("promotion"), QString()},
        {QStringLiteral("graduation"), QStringLiteral("status = 'graduated', ")},
    };
    if (!valid.contains(head.kind)) {
        return -1;
    }
    const QVariantList range{orderId, fromPosition};
    const qint64 n = lockItemStudents(ctx, orderId, fromPosition);
    const qint64 bad = scalar(ctx.db,
                              QStringLiteral("SELECT count(*) FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id "
                                             "LEFT JOIN studenthr.groups g ON g.id = s.group_id LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                             "LEFT JOIN studenthr.groups tg ON tg.id = i.to_group_id "
                                             "WHERE i.order_id = ? AND i.position >= ? AND NOT coalesce((%1), false)")
                                  .arg(valid.value(head.kind)),
                              range)
                           .toLongLong();
    if (n == 0 || bad > 0) {
        return -1;
    }
    const bool promotion = head.kind == QLatin1String("promotion");
    // The state each item found (for reversal); a promotion raises each group once, on its first item.
    exec(ctx.db,
         QStringLiteral("WITH x AS (SELECT i.id, s.group_id, s.status, s.funding, s.last_name, s.first_name, s.patronymic, s.leave_from, s.leave_until, "
                        "row_number() OVER (PARTITION BY s.group_id ORDER BY i.position) AS rn "
                        "FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id WHERE i.order_id = ? AND i.position >= ?) "
                        "UPDATE studenthr.order_items i SET prev_group_id = x.group_id, prev_status = x.status, prev_funding = x.funding, "
                        "prev_last_name = x.last_name, prev_first_name = x.first_name, prev_patronymic = x.patronymic, prev_leave_from = x.leave_from, "
                        "prev_leave_until = x.leave_until, raised_group_id = CASE WHEN ?::boolean AND x.rn = 1 THEN x.group_id END "
                        "FROM x WHERE i.id = x.id"),
         {orderId, fromPosition, promotion});
    if (promotion) {
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.groups SET course = course + 1, row_version = row_version + 1 WHERE id IN "
                            "(SELECT raised_group_id FROM studenthr.order_items WHERE order_id = ? AND position >= ? AND raised_group_id IS NOT NULL)"),
             range);
    }
    exec(ctx.db,
         QStringLiteral("UPDATE studenthr.students s SET %1row_version = s.row_version + 1 FROM studenthr.order_items i "
                        "WHERE i.student_id = s.id AND i.order_id = ? AND i.position >= ?")
             .arg(effect.value(head.kind)),
         range);
    exec(ctx.db,
         QStringLiteral("INSERT INTO studenthr.history(student_id, order_id, order_item_id, valid_from, group_id, course, status, funding, "
                        "last_name, first_name, patronymic) SELECT s.id, i.order_id, i.id, ?, s.group_id, g.course, s.status, s.funding, "
                        "s.last_name, s.first_name, s.patronymic FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id "
                        "LEFT JOIN studenthr.groups g ON g.id = s.group_id WHERE i.order_id = ? AND i.position >= ? ORDER BY i.position"),
         {head.date, orderId, fromPosition});
    notifyItemStudents(ctx, orderId, fromPosition, n);
    return n;
}

int signOrder(OpContext &ctx, qint64 orderId)
{
    const OrderHead head = orderHead(ctx.db, orderId, true);
    if (head.state != QLatin1String("draft")) {
        invalidState(head.state, QStringLiteral("only a draft order can be signed"));
    }
    const Kind &k = kindOf(head.kind);
    // Large orders of the kinds whose effect follows from the item alone (the year's promotion and
    // graduation, an imported admission list) are applied set-based: a few statements instead of
    // five per student. When any item fails its check nothing is written and the item-by-item path
    // below names it.
    if (scalar(ctx.db, QStringLiteral("SELECT count(*) FROM studenthr.order_items WHERE order_id = ?"), {orderId}).toLongLong() > kNotifyEach) {
        const qint64 n = applyItemsInBulk(ctx, orderId, 0);
        if (n > 0) {
            markSigned(ctx, orderId);
            return int(n);
        }
    }
    const QList<Item> items = storedItems(ctx.db, orderId);
    if (items.isEmpty()) {
        invalid(QStringLiteral("items"), QStringLiteral("missing"), QStringLiteral("an order needs at least one item"));
    }
    QSet<qint64> raised;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const StudentRef s = studentRef(ctx.db, item.studentId, true);
        k.check(ItemCheck{ctx.db, item, s, int(i), head.date, raised});
        Change ch = k.apply(s, item, head.date);
        qint64 raisedNow = 0;
        if (ch.raiseGroup > 0 && !raised.contains(ch.raiseGroup)) {
            exec(ctx.db, QStringLiteral("UPDATE studenthr.groups SET course = course + 1, row_version = row_version + 1 WHERE id = ?"),
                 {ch.raiseGroup});
            raised.insert(ch.raiseGroup);
            raisedNow = ch.raiseGroup;
        }
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.order_items SET prev_group_id = ?, prev_status = ?, prev_funding = ?, prev_last_name = ?, "
                            "prev_first_name = ?, prev_patronymic = ?, prev_leave_from = ?, prev_leave_until = ?, raised_group_id = ? WHERE id = ?"),
             {idOrNull(s.groupId), s.status, s.funding, s.lastName, s.firstName, textOrNull(s.patronymic), dateOrNull(s.leaveFrom),
              dateOrNull(s.leaveUntil), idOrNull(raisedNow), item.id});
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.students SET group_id = ?, status = ?, funding = ?, last_name = ?, first_name = ?, patronymic = ?, "
                            "leave_from = ?, leave_until = ?, row_version = row_version + 1 WHERE id = ?"),
             {idOrNull(ch.groupId), ch.status, ch.funding, ch.lastName, ch.firstName, textOrNull(ch.patronymic), dateOrNull(ch.leaveFrom),
              dateOrNull(ch.leaveUntil), s.id});
        exec(ctx.db,
             QStringLiteral("INSERT INTO studenthr.history(student_id, order_id, order_item_id, valid_from, group_id, course, status, funding, "
                            "last_name, first_name, patronymic) SELECT ?, ?, ?, ?, ?, (SELECT course FROM studenthr.groups WHERE id = ?), ?, ?, ?, ?, ?"),
             {s.id, orderId, item.id, ch.validFrom, idOrNull(ch.groupId), idOrNull(ch.groupId), ch.status, ch.funding, ch.lastName, ch.firstName,
              textOrNull(ch.patronymic)});
        if (items.size() <= kNotifyEach) {
            ctx.notifyChange(QStringLiteral("student"), s.id);
        }
    }
    if (items.size() > kNotifyEach) {
        ctx.notifyChange(QStringLiteral("student"), 0, QStringLiteral("bulk"));
    }
    markSigned(ctx, orderId);
    return int(items.size());
}

namespace {

QCborMap orderSummary(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT o.id, o.number, o.date, o.kind, o.title, o.basis, o.signer_name, o.signer_position, o.state, "
                                      "o.row_version, o.signed_at, coalesce(u.full_name, ''), coalesce(o.cancel_reason, '') "
                                      "FROM studenthr.orders o LEFT JOIN core.users u ON u.id = o.signed_by WHERE o.id = ?"),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("order"), id);
    }
    QCborMap o;
    o.insert(QStringLiteral("id"), q.value(0).toLongLong());
    o.insert(QStringLiteral("number"), q.value(1).toString());
    o.insert(QStringLiteral("date"), q.value(2).toDate().toString(Qt::ISODate));
    o.insert(QStringLiteral("kind"), q.value(3).toString());
    o.insert(QStringLiteral("title"), q.value(4).toString());
    o.insert(QStringLiteral("basis"), q.value(5).toString());
    o.insert(QStringLiteral("signerName"), q.value(6).toString());
    o.insert(QStringLiteral("signerPosition"), q.value(7).toString());
    o.insert(QStringLiteral("state"), q.value(8).toString());
    o.insert(QStringLiteral("rowVersion"), q.value(9).toLongLong());
    if (!q.value(10).isNull()) {
        o.insert(QStringLiteral("signedAt"), q.value(10).toDateTime().toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("signedBy"), q.value(11).toString());
    }
    if (!q.value(12).toString().isEmpty()) {
        o.insert(QStringLiteral("cancelReason"), q.value(12).toString());
    }
    return o;
}

QCborMap loadOrder(const QSqlDatabase &db, qint64 id)
{
    QCborMap o = orderSummary(db, id);
    const bool draft = o.value(QStringLiteral("state")).toString() == QLatin1String("draft");
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT i.id, i.student_id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.patronymic, ''), "
                                      "coalesce(CASE WHEN ?::int = 1 THEN s.group_id ELSE i.prev_group_id END, 0), coalesce(i.to_group_id, 0), "
                                      "coalesce(tg.name, ''), coalesce(i.funding, ''), i.reason, i.date_from, i.date_to, "
                                      "coalesce(i.new_last_name, ''), coalesce(i.new_first_name, ''), coalesce(i.new_patronymic, '') "
                                      "FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id "
                                      "LEFT JOIN studenthr.groups tg ON tg.id = i.to_group_id WHERE i.order_id = ? ORDER BY i.position"),
                       {draft ? 1 : 0, id});
    QHash<qint64, QString> groupNames;
    QSqlQuery gq = exec(db, QStringLiteral("SELECT id, name FROM studenthr.groups WHERE id IN (SELECT coalesce(s.group_id, i.prev_group_id) "
                                           "FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id WHERE i.order_id = ? "
                                           "UNION SELECT prev_group_id FROM studenthr.order_items WHERE order_id = ?)"),
                        {id, id});
    while (gq.next()) {
        groupNames.insert(gq.value(0).toLongLong(), gq.value(1).toString());
    }
    QCborArray items;
    while (q.next()) {
        QCborMap it;
        it.insert(QStringLiteral("id"), q.value(0).toLongLong());
        it.insert(QStringLiteral("studentId"), q.value(1).toLongLong());
        it.insert(QStringLiteral("studentName"), q.value(2).toString());
        it.insert(QStringLiteral("fromGroupId"), q.value(3).toLongLong());
        it.insert(QStringLiteral("fromGroupName"), groupNames.value(q.value(3).toLongLong()));
        it.insert(QStringLiteral("toGroupId"), q.value(4).toLongLong());
        it.insert(QStringLiteral("toGroupName"), q.value(5).toString());
        it.insert(QStringLiteral("funding"), q.value(6).toString());
        it.insert(QStringLiteral("reason"), q.value(7).toString());
        it.insert(QStringLiteral("dateFrom"), q.value(8).isNull() ? QString() : q.value(8).toDate().toString(Qt::ISODate));
        it.insert(QStringLiteral("dateTo"), q.value(9).isNull() ? QString() : q.value(9).toDate().toString(Qt::ISODate));
        it.insert(QStringLiteral("newLastName"), q.value(10).toString());
        it.insert(QStringLiteral("newFirstName"), q.value(11).toString());
        it.insert(QStringLiteral("newPatronymic"), q.value(12).toString());
        items.append(it);
    }
    o.insert(QStringLiteral("items"), items);
    return o;
}

/// Scoped readers see orders that name at least one student of their groups.
QString orderScopeCondition(const RecordScope &scope)
{
    return QStringLiteral("(?::int = 1 OR EXISTS (SELECT 1 FROM studenthr.order_items si JOIN studenthr.students sst ON sst.id = si.student_id "
                          "JOIN studenthr.groups sg ON sg.id = coalesce(si.to_group_id, sst.group_id) "
                          "JOIN studenthr.specialties ssp ON ssp.id = sg.specialty_id WHERE si.order_id = o.id AND ")
        + scope.condition(QStringLiteral("ssp.unit_id"), QStringLiteral("sg.id")) + QStringLiteral("))");
}

QCborValue listOrders(OpContext &ctx)
{
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    const QDate from = dateArg(ctx, QStringLiteral("from"));
    const QDate to = dateArg(ctx, QStringLiteral("to"));
    const QString query = ctx.str(QStringLiteral("query")).trimmed();
    const QString state = ctx.str(QStringLiteral("state"));
    QVariantList binds{state, state, dateOrNull(from), dateOrNull(from), dateOrNull(to), dateOrNull(to), query, query, query};
    binds << (scope.all ? 1 : 0);
    binds += scope.binds();
    binds << ctx.integer(QStringLiteral("limit"), 200);
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT o.id, o.number, o.date, o.kind, o.title, o.state, "
                                      "(SELECT count(*) FROM studenthr.order_items i WHERE i.order_id = o.id), o.signed_at, "
                                      "coalesce(u.full_name, ''), coalesce(o.cancel_reason, '') "
                                      "FROM studenthr.orders o LEFT JOIN core.users u ON u.id = o.signed_by "
                                      "WHERE (coalesce(?, '') = '' OR o.state = ?) "
                                      "AND (?::date IS NULL OR o.date >= ?) AND (?::date IS NULL OR o.date <= ?) "
                                      "AND (coalesce(?, '') = '' OR o.number ILIKE '%' || ? || '%' OR o.title ILIKE '%' || ? || '%') AND ")
                           + orderScopeCondition(scope) + QStringLiteral(" ORDER BY o.date DESC, o.id DESC LIMIT ?"),
                       binds);
    QCborArray out;
    while (q.next()) {
        QCborMap o;
        o.insert(QStringLiteral("id"), q.value(0).toLongLong());
        o.insert(QStringLiteral("number"), q.value(1).toString());
        o.insert(QStringLiteral("date"), q.value(2).toDate().toString(Qt::ISODate));
        o.insert(QStringLiteral("kind"), q.value(3).toString());
        o.insert(QStringLiteral("title"), q.value(4).toString());
        o.insert(QStringLiteral("state"), q.value(5).toString());
        o.insert(QStringLiteral("itemCount"), q.value(6).toLongLong());
        o.insert(QStringLiteral("signedAt"), q.value(7).isNull() ? QString() : q.value(7).toDateTime().toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("signedBy"), q.value(8).toString());
        o.insert(QStringLiteral("cancelReason"), q.value(9).toString());
        out.append(o);
    }
    return out;
}

QCborValue getOrder(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    orderHead(ctx.db, id, false);
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    if (!scope.all) {
        QVariantList b{0};
        b += scope.binds();
        b << id;
        if (!scalar(ctx.db, QStringLiteral("SELECT 1 FROM studenthr.orders o WHERE ") + orderScopeCondition(scope) + QStringLiteral(" AND o.id = ?"), b)
                 .isValid()) {
            QCborMap d;
            d.insert(QStringLiteral("permission"), ctx.spec.permission);
            OpContext::fail(ErrorCode::NotAuthorized, d, QStringLiteral("order outside the caller's scope"));
        }
    }
    return loadOrder(ctx.db, id);
}

QCborValue saveOrder(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    const QString kind = ctx.str(QStringLiteral("kind"));
    const QString number = ctx.str(QStringLiteral("number")).trimmed();
    const QDate date = dateArg(ctx, QStringLiteral("date"));
    const QString title = ctx.str(QStringLiteral("title")).trimmed();
    const QString basis = ctx.str(QStringLiteral("basis")).trimmed();
    const QString signerName = ctx.str(QStringLiteral("signerName")).trimmed();
    const QString signerPosition = ctx.str(QStringLiteral("signerPosition")).trimmed();
    const QCborArray items = ctx.args.value(QStringLiteral("items")).toArray();
    qint64 id = ctx.integer(QStringLiteral("id"));
    QCborMap before;
    if (!update) {
        id = createOrder(ctx, kind, number, date, title, basis, signerName, signerPosition);
    } else {
        const OrderHead head = orderHead(ctx.db, id, true);
        if (head.state != QLatin1String("draft")) {
            invalidState(head.state, QStringLiteral("only a draft order can be edited"));
        }
        if (!ctx.has(QStringLiteral("rowVersion"))) {
            invalid(QStringLiteral("rowVersion"), QStringLiteral("missing"), QStringLiteral("an update needs the row version it is based on"));
        }
        before = loadOrder(ctx.db, id);
        if (head.rowVersion != ctx.integer(QStringLiteral("rowVersion"))) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), kEntity);
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("current"), before);
            OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("order changed since it was read"));
        }
        requireNumberFree(ctx.db, number, date, id);
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.orders SET kind = ?, number = ?, date = ?, title = ?, basis = coalesce(?, ''), "
                            "signer_name = coalesce(?, ''), signer_position = coalesce(?, ''), row_version = row_version + 1 WHERE id = ?"),
             {kind, number, date, title.isEmpty() ? defaultTitle(kind) : title, basis, signerName, signerPosition, id});
    }
    storeItems(ctx, id, kind, items);
    const QCborMap after = loadOrder(ctx.db, id);
    ctx.audit(kEntity, QString::number(id), update ? QCborValue(before) : QCborValue(), after);
    ctx.notifyChange(kEntity, id, update ? QStringLiteral("changed") : QStringLiteral("created"));
    return after;
}

QCborValue sign(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const OrderHead head = orderHead(ctx.db, id, true);
    if (head.state != QLatin1String("draft")) {
        invalidState(head.state, QStringLiteral("only a draft order can be signed"));
    }
    if (head.rowVersion != ctx.integer(QStringLiteral("rowVersion"))) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), kEntity);
        d.insert(QStringLiteral("id"), id);
        d.insert(QStringLiteral("current"), orderSummary(ctx.db, id));
        OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("order changed since it was read"));
    }
    const QCborMap before = orderSummary(ctx.db, id);
    signOrder(ctx, id);
    const QCborMap after = loadOrder(ctx.db, id);
    ctx.audit(kEntity, QString::number(id), before, after);
    ctx.notifyChange(kEntity, id, QStringLiteral("signed"));
    return after;
}

/// Refuses to reverse when a later signed order touched any of the order's students or raised groups.
void requireReversible(const QSqlDatabase &db, const OrderHead &head)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT i.student_id, o2.id, o2.number FROM studenthr.order_items i "
                                      "JOIN studenthr.order_items i2 ON i2.student_id = i.student_id OR (i.raised_group_id IS NOT NULL AND i2.raised_group_id = i.raised_group_id) "
                                      "JOIN studenthr.orders o2 ON o2.id = i2.order_id "
                                      "WHERE i.order_id = ? AND o2.state = 'signed' AND o2.sign_seq > ? ORDER BY o2.sign_seq LIMIT 1"),
                       {head.id, head.signSeq});
    if (q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("studentId"), q.value(0).toLongLong());
        d.insert(QStringLiteral("laterOrderId"), q.value(1).toLongLong());
        d.insert(QStringLiteral("laterOrderNumber"), q.value(2).toString());
        invalidState(QStringLiteral("later_orders"),
                     QStringLiteral("order %1 changed the same students later; cancel it first").arg(q.value(2).toString()), d);
    }
}

QCborValue cancel(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const OrderHead head = orderHead(ctx.db, id, true);
    const QString reason = ctx.str(QStringLiteral("reason")).trimmed();
    if (head.state == QLatin1String("cancelled")) {
        invalidState(head.state, QStringLiteral("the order is already cancelled"));
    }
    if (head.state == QLatin1String("draft")) {
        const QCborMap before = orderSummary(ctx.db, id);
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.orders SET state = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = coalesce(?, ''), "
                            "row_version = row_version + 1 WHERE id = ?"),
             {ctx.now(), ctx.userId(), reason, id});
        ctx.audit(kEntity, QString::number(id), before, orderSummary(ctx.db, id));
        ctx.notifyChange(kEntity, id, QStringLiteral("cancelled"));
        QCborMap r;
        r.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
        return r;
    }
    requireReversible(ctx.db, head);
    return ctx.requestApproval(QStringLiteral("Cancel signed student order %1 of %2 (%3): %4")
                                   .arg(head.number, head.date.toString(Qt::ISODate), head.kind, reason));
}

/// Approved cancellation of a signed order: every item's student gets back the state the item found.
QCborValue applyCancel(OpContext &ctx, const QCborMap &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    const OrderHead head = orderHead(ctx.db, id, true);
    if (head.state != QLatin1String("signed")) {
        invalidState(head.state, QStringLiteral("only a signed order is reversed"));
    }
    requireReversible(ctx.db, head);
    const QCborMap before = orderSummary(ctx.db, id);
    // Set-based, like signing (a roll-forward order holds every student of the university):
    // lock the students in a stable order, give each the state its item found, and take back
    // the year the order raised its groups by (each raised group is named by one item).
    const qint64 n = lockItemStudents(ctx, id, 0);
    exec(ctx.db,
         QStringLiteral("UPDATE studenthr.students s SET group_id = i.prev_group_id, status = i.prev_status, funding = i.prev_funding, "
                        "last_name = i.prev_last_name, first_name = i.prev_first_name, patronymic = i.prev_patronymic, "
                        "leave_from = i.prev_leave_from, leave_until = i.prev_leave_until, row_version = s.row_version + 1 "
                        "FROM studenthr.order_items i WHERE i.order_id = ? AND i.student_id = s.id"),
         {id});
    exec(ctx.db,
         QStringLiteral("UPDATE studenthr.groups SET course = course - 1, row_version = row_version + 1 WHERE id IN "
                        "(SELECT raised_group_id FROM studenthr.order_items WHERE order_id = ? AND raised_group_id IS NOT NULL)"),
         {id});
    notifyItemStudents(ctx, id, 0, n);
    exec(ctx.db,
         QStringLiteral("UPDATE studenthr.orders SET state = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = coalesce(?, ''), "
                        "row_version = row_version + 1 WHERE id = ?"),
         {ctx.now(), ctx.userId(), args.value(QStringLiteral("reason")).toString(), id});
    const QCborMap after = orderSummary(ctx.db, id);
    ctx.audit(kEntity, QString::number(id), before, after);
    ctx.notifyChange(kEntity, id, QStringLiteral("cancelled"));
    QCborMap r;
    r.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    r.insert(QStringLiteral("reversed"), n);
    return r;
}

QCborValue contingentAt(OpContext &ctx)
{
    const QDate date = dateArg(ctx, QStringLiteral("date"));
    const qint64 groupId = ctx.integer(QStringLiteral("groupId"));
    if (groupId > 0) {
        requireGroupScope(ctx, groupId);
    }
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    QVariantList binds{date, groupId, groupId};
    binds += scope.binds();
    QSqlQuery q = exec(ctx.db,
                       contingentAtCte()
                           + QStringLiteral("SELECT at.student_id, at.last_name || ' ' || at.first_name || coalesce(' ' || at.patronymic, ''), "
                                            "at.group_id, g.name, at.course, at.status, at.funding FROM at "
                                            "JOIN studenthr.groups g ON g.id = at.group_id JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                            "WHERE at.status IN ('active', 'leave') AND (?::bigint = 0 OR at.group_id = ?) AND ")
                           + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id"))
                           + QStringLiteral(" ORDER BY g.name, at.last_name, at.first_name, at.student_id"),
                       binds);
    QCborArray out;
    while (q.next()) {
        QCborMap r;
        r.insert(QStringLiteral("studentId"), q.value(0).toLongLong());
        r.insert(QStringLiteral("name"), q.value(1).toString());
        r.insert(QStringLiteral("groupId"), q.value(2).toLongLong());
        r.insert(QStringLiteral("groupName"), q.value(3).toString());
        r.insert(QStringLiteral("course"), q.value(4).toInt());
        r.insert(QStringLiteral("status"), q.value(5).toString());
        r.insert(QStringLiteral("funding"), q.value(6).toString());
        out.append(r);
    }
    return out;
}

/// One group in the roll-forward plan.
struct PlanGroup
{
    qint64 id = 0;
    QString name;
    int course = 0;
    int years = 0;
    qint64 active = 0;
};

QList<PlanGroup> planGroups(const OpContext &ctx)
{
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    const qint64 unit = ctx.integer(QStringLiteral("unitId"));
    QVariantList binds{unit, unit};
    binds += scope.binds();
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT g.id, g.name, g.course, sp.years, "
                                      "(SELECT count(*) FROM studenthr.students s WHERE s.group_id = g.id AND s.status = 'active') "
                                      "FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                      "WHERE (?::bigint = 0 OR org.unit_within(sp.unit_id, ?)) AND ")
                           + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id")) + QStringLiteral(" ORDER BY g.name FOR UPDATE OF g"),
                       binds);
    QList<PlanGroup> out;
    while (q.next()) {
        out << PlanGroup{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toLongLong()};
    }
    return out;
}

QCborValue yearPreview(OpContext &ctx)
{
    QCborArray promote, graduate, skipped;
    for (const PlanGroup &g : planGroups(ctx)) {
        QCborMap m;
        m.insert(QStringLiteral("groupId"), g.id);
        m.insert(QStringLiteral("groupName"), g.name);
        if (g.active == 0) {
            m.insert(QStringLiteral("reason"), QStringLiteral("no_active_students"));
            skipped.append(m);
            continue;
        }
        m.insert(QStringLiteral("students"), g.active);
        if (g.course >= g.years) {
            graduate.append(m);
        } else {
            m.insert(QStringLiteral("fromCourse"), g.course);
            m.insert(QStringLiteral("toCourse"), g.course + 1);
            promote.append(m);
        }
    }
    QCborMap r;
    r.insert(QStringLiteral("promote"), promote);
    r.insert(QStringLiteral("graduate"), graduate);
    r.insert(QStringLiteral("skipped"), skipped);
    return r;
}

/// Creates and signs one order with an item per active student of @p groups; 0 when there is none.
qint64 orderForGroups(OpContext &ctx, const QString &kind, const QString &number, const QDate &date, const QList<qint64> &groups, qint64 &count)
{
    count = 0;
    if (groups.isEmpty()) {
        return 0;
    }
    QStringList ids;
    for (qint64 g : groups) {
        ids << QString::number(g);
    }
    const qint64 id = createOrder(ctx, kind, number, date, QString(), QString(), QString(), QString());
    count = scalar(ctx.db,
                   QStringLiteral("WITH ins AS (INSERT INTO studenthr.order_items(order_id, position, student_id) "
                                  "SELECT ?, row_number() OVER (ORDER BY g.name, s.last_name, s.first_name, s.id) - 1, s.id "
                                  "FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                  "WHERE s.status = 'active' AND s.group_id = ANY(?::bigint[]) RETURNING 1) SELECT count(*) FROM ins"),
                   {id, QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))})
                .toLongLong();
    signOrder(ctx, id);
    ctx.audit(kEntity, QString::number(id), {}, orderSummary(ctx.db, id));
    ctx.notifyChange(kEntity, id, QStringLiteral("signed"));
    return id;
}

QCborValue rollForward(OpContext &ctx)
{
    const QDate date = dateArg(ctx, QStringLiteral("date"));
    const QString promotionNumber = ctx.str(QStringLiteral("promotionNumber")).trimmed();
    const QString graduationNumber = ctx.str(QStringLiteral("graduationNumber")).trimmed();
    if (promotionNumber == graduationNumber) {
        invalid(QStringLiteral("graduationNumber"), QStringLiteral("same_number"), QStringLiteral("the two orders need different numbers"));
    }
    QList<qint64> promote, graduate;
    for (const PlanGroup &g : planGroups(ctx)) {
        if (g.active == 0) {
            continue;
        }
        (g.course >= g.years ? graduate : promote) << g.id;
    }
    if (promote.isEmpty() && graduate.isEmpty()) {
        invalidState(QStringLiteral("nothing_to_do"), QStringLiteral("no group has active students"));
    }
    qint64 promoted = 0, graduated = 0;
    // Graduation first: it reads the final-year groups before any course changes.
    const qint64 graduationId = orderForGroups(ctx, QStringLiteral("graduation"), graduationNumber, date, graduate, graduated);
    const qint64 promotionId = orderForGroups(ctx, QStringLiteral("promotion"), promotionNumber, date, promote, promoted);
    QCborMap r;
    r.insert(QStringLiteral("promotionOrderId"), promotionId);
    r.insert(QStringLiteral("graduationOrderId"), graduationId);
    r.insert(QStringLiteral("promoted"), promoted);
    r.insert(QStringLiteral("graduated"), graduated);
    return r;
}

} // namespace

void registerOrders()
{
    Handlers::add(QStringLiteral("studenthr.orders.list"), listOrders);
    Handlers::add(QStringLiteral("studenthr.orders.get"), getOrder);
    Handlers::add(QStringLiteral("studenthr.orders.save"), saveOrder);
    Handlers::add(QStringLiteral("studenthr.orders.sign"), sign);
    Handlers::add(QStringLiteral("studenthr.orders.cancel"), cancel);
    Handlers::addApproval(QStringLiteral("studenthr.orders.cancel"), applyCancel);
    Handlers::add(QStringLiteral("studenthr.contingent.at"), contingentAt);
    Handlers::add(QStringLiteral("studenthr.year.preview"), yearPreview);
    Handlers::add(QStringLiteral("studenthr.year.rollForward"), rollForward);
}

} // namespace Ebilim::Server::StudentHr
