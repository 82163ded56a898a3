// The student HR office against the real server on the demo university: cards (PIN rules,
// duplicates, conflicts, SOATE), orders of every kind (atomic signing, history, the
// contingent at a date, cancelling drafts directly and signed orders through approval with
// reversal), the year roll-forward (preview equals apply), importing a messy 2 000-row list,
// reports equal to direct SQL counts, typo-tolerant search in any spelling, and scopes.
#include "demo/demouniversity.h"
#include "domain/pin.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testcluster.h"

#include <QCborArray>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;
using Server::exec;
using Server::scalar;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

class TestStudentHr : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("studenthr-test-pw");
    qint64 m_pf = 0, m_nsm = 0;
    std::unique_ptr<TestClient> m_hr, m_vice, m_dean, m_dean2, m_curator, m_student, m_parent;
    int m_serial = 0;

    static QSqlDatabase db() { return Server::Db::thread(); }
    static qint64 idOf(const QString &sql, const QVariantList &binds = {}) { return scalar(db(), sql, binds).toLongLong(); }
    static QString str(const QString &sql, const QVariantList &binds = {}) { return scalar(db(), sql, binds).toString(); }
    static QCborMap res(const QCborMap &r) { return TestClient::result(r); }
    static QCborArray list(const QCborMap &r) { return r.value(QStringLiteral("result")).toArray(); }

    QString number() { return QStringLiteral("T-%1").arg(++m_serial); }

    /// A non-final fulltime group of @p unit (skip: the n-th of them).
    qint64 groupOf(qint64 unit, bool finalYear, int skip = 0)
    {
        return idOf(QStringLiteral("SELECT g.id FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                   "WHERE sp.unit_id = ? AND (g.course >= sp.years) = (?::int = 1) AND g.study_form = 'fulltime' "
                                   "AND EXISTS (SELECT 1 FROM studenthr.students s WHERE s.group_id = g.id AND s.status = 'active') "
                                   "ORDER BY g.id OFFSET ? LIMIT 1"),
                    {unit, finalYear ? 1 : 0, skip});
    }
    qint64 activeIn(qint64 group, int skip = 0)
    {
        return idOf(QStringLiteral("SELECT id FROM studenthr.students WHERE group_id = ? AND status = 'active' ORDER BY id OFFSET ? LIMIT 1"),
                    {group, skip});
    }
    QString statusOf(qint64 student) { return scalar(db(), QStringLiteral("SELECT status FROM studenthr.students WHERE id = ?"), {student}).toString(); }
    qint64 groupIdOf(qint64 student) { return idOf(QStringLiteral("SELECT coalesce(group_id, 0) FROM studenthr.students WHERE id = ?"), {student}); }

    QCborMap saveStudent(const QCborMap &args) { return m_hr->call(QStringLiteral("studenthr.students.save"), args); }
    /// A new candidate; returns its id (0 on failure).
    qint64 candidate(const QString &last, const QString &first, const QString &birth, const QString &gender, const QString &pin = {})
    {
        QCborMap a{{QStringLiteral("lastName"), last}, {QStringLiteral("firstName"), first}, {QStringLiteral("birthDate"), birth},
                   {QStringLiteral("gender"), gender}, {QStringLiteral("confirmDuplicate"), true}};
        if (!pin.isEmpty()) {
            a.insert(QStringLiteral("pin"), pin);
        }
        const QCborMap r = saveStudent(a);
        return res(r).value(QStringLiteral("id")).toInteger();
    }
    QCborMap saveOrder(const QString &kind, const QString &date, const QCborArray &items, const QString &no = {})
    {
        return m_hr->call(QStringLiteral("studenthr.orders.save"), {{QStringLiteral("kind"), kind}, {QStringLiteral("number"), no.isEmpty() ? number() : no},
                                                                    {QStringLiteral("date"), date}, {QStringLiteral("items"), items}});
    }
    QCborMap sign(qint64 id)
    {
        const qint64 rv = idOf(QStringLiteral("SELECT row_version FROM studenthr.orders WHERE id = ?"), {id});
        return m_hr->call(QStringLiteral("studenthr.orders.sign"), {{QStringLiteral("id"), id}, {QStringLiteral("rowVersion"), rv}});
    }
    /// Saves and signs; returns the order id (0 on failure).
    qint64 signedOrder(const QString &kind, const QString &date, const QCborArray &items)
    {
        const QCborMap saved = saveOrder(kind, date, items);
        if (!TestClient::ok(saved)) {
            qWarning() << "save" << kind << TestClient::errorCode(saved) << saved.value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString();
            return 0;
        }
        const qint64 id = res(saved).value(QStringLiteral("id")).toInteger();
        const QCborMap r = sign(id);
        if (!TestClient::ok(r)) {
            qWarning() << "sign" << kind << TestClient::errorCode(r) << r.value(QStringLiteral("error")).toMap().value(QStringLiteral("message")).toString();
            return 0;
        }
        return id;
    }
    static QCborMap item(qint64 student, std::initializer_list<std::pair<const char *, QCborValue>> more = {})
    {
        QCborMap m{{QStringLiteral("studentId"), student}};
        for (const auto &[k, v] : more) {
            m.insert(QString::fromLatin1(k), v);
        }
        return m;
    }
    QSet<qint64> contingent(const QString &date, qint64 group)
    {
        QSet<qint64> out;
        const QCborMap r = m_hr->call(QStringLiteral("studenthr.contingent.at"), {{QStringLiteral("date"), date}, {QStringLiteral("groupId"), group}});
        for (const QCborValue &v : list(r)) {
            out.insert(v.toMap().value(QStringLiteral("studentId")).toInteger());
        }
        return out;
    }
    static QString field(const QCborMap &r, const char *key)
    {
        return r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QString::fromLatin1(key)).toVariant().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        Server::DemoUniversity::Options o;
        o.students = 600;
        o.password = pw;
        Server::DemoUniversity::load(db(), o);
        m_pf = idOf(QStringLiteral("SELECT id FROM org.units WHERE code = 'PF'"));
        m_nsm = idOf(QStringLiteral("SELECT id FROM org.units WHERE code = 'NSM'"));
        QVERIFY(m_pf > 0 && m_nsm > 0);
        fx.createUser(QStringLiteral("dean-nsm"), pw, {{QStringLiteral("dean"), m_nsm}});
        m_hr = fx.clientFor(QStringLiteral("studenthr"), pw);
        m_vice = fx.clientFor(QStringLiteral("vicerector"), pw);
        m_dean = fx.clientFor(QStringLiteral("dean"), pw);
        m_dean2 = fx.clientFor(QStringLiteral("dean-nsm"), pw);
        m_curator = fx.clientFor(QStringLiteral("curator"), pw);
        m_student = fx.clientFor(QStringLiteral("student"), pw);
        m_parent = fx.clientFor(QStringLiteral("parent"), pw);
        QVERIFY(m_hr && m_vice && m_dean && m_dean2 && m_curator && m_student && m_parent);
    }
    void cleanupTestCase()
    {
        m_hr.reset();
        m_vice.reset();
        m_dean.reset();
        m_dean2.reset();
        m_curator.reset();
        m_student.reset();
        m_parent.reset();
        fx.stop();
    }

    void demoHasHistory()
    {
        // Every demo student in a group has the initial import row, so past dates work.
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students s WHERE group_id IS NOT NULL "
                                     "AND NOT EXISTS (SELECT 1 FROM studenthr.history h WHERE h.student_id = s.id)")),
                 qint64(0));
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("good female") << "11503200312345" << "F" << "";
        QTest::newRow("good male") << "21503200312346" << "M" << "";
        QTest::newRow("13 digits") << "2150320031234" << "M" << "too_long_or_length";
        QTest::newRow("letters") << "2150320031234A" << "M" << "not_digits";
        QTest::newRow("bad date") << "23102200312345" << "M" << "bad_date";
        QTest::newRow("gender digit 3") << "31503200312345" << "M" << "bad_gender_digit";
        QTest::newRow("gender mismatch") << "11503200312347" << "M" << "gender_mismatch";
        QTest::newRow("birth date mismatch") << "21603200312348" << "M" << "birth_date_mismatch";
    }
    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(QString, gender);
        QFETCH(QString, reason);
        const QCborMap r = saveStudent({{QStringLiteral("lastName"), s("Пинов")}, {QStringLiteral("firstName"), s("Тест") + QString(QChar(0x0430 + ++m_serial % 30))},
                                        {QStringLiteral("birthDate"), QStringLiteral("2003-03-15")}, {QStringLiteral("gender"), gender},
                                        {QStringLiteral("pin"), pin}, {QStringLiteral("confirmDuplicate"), true}});
        if (reason.isEmpty()) {
            QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r) + field(r, "reason")));
            QCOMPARE(res(r).value(QStringLiteral("status")).toString(), QStringLiteral("candidate"));
            return;
        }
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("validation_failed"));
        QCOMPARE(field(r, "field"), QStringLiteral("pin"));
        if (reason == QLatin1String("too_long_or_length")) {
            QCOMPARE(field(r, "reason"), QStringLiteral("wrong_length"));
        } else {
            QCOMPARE(field(r, "reason"), reason);
        }
    }

    void cardCreateUpdateConflictDuplicates()
    {
        const QString soate = scalar(db(), QStringLiteral("SELECT code FROM ref.soate ORDER BY code LIMIT 1")).toString();
        QCborMap args{{QStringLiteral("lastName"), s("Үсөнов")}, {QStringLiteral("firstName"), s("Нурлан")}, {QStringLiteral("patronymic"), s("Асанович")},
                      {QStringLiteral("lastNameRu"), s("Усенов")}, {QStringLiteral("firstNameRu"), s("Нурлан")},
                      {QStringLiteral("birthDate"), QStringLiteral("2004-05-06")}, {QStringLiteral("gender"), QStringLiteral("M")},
                      {QStringLiteral("pin"), QStringLiteral("20605200400077")}, {QStringLiteral("soateCode"), soate},
                      {QStringLiteral("email"), QStringLiteral("nurlan@example.kg")},
                      {QStringLiteral("guardians"), QCborArray{QCborMap{{QStringLiteral("name"), s("Асан Үсөнов")}, {QStringLiteral("relation"), s("атасы")},
                                                                        {QStringLiteral("phone"), QStringLiteral("+996 555 111222")}}}}};
        const QCborMap created = saveStudent(args);
        QVERIFY2(TestClient::ok(created), qPrintable(TestClient::errorCode(created) + field(created, "field") + field(created, "reason")));
        const QCborMap card = res(created);
        const qint64 id = card.value(QStringLiteral("id")).toInteger();
        QCOMPARE(card.value(QStringLiteral("latinName")).toString(), QStringLiteral("Usonov Nurlan"));
        QCOMPARE(card.value(QStringLiteral("guardians")).toArray().size(), qsizetype(1));
        QCOMPARE(card.value(QStringLiteral("soateCode")).toString(), soate);
        QVERIFY(!card.value(QStringLiteral("soateName")).toString().isEmpty());
        QCOMPARE(card.value(QStringLiteral("groupId")).toInteger(), qint64(0));
        QVERIFY(idOf(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE entity = 'student' AND entity_id = ?"), {QString::number(id)}) > 0);

        // Update with the current row version; a stale one is a conflict with the current card.
        QCborMap upd = args;
        upd.insert(QStringLiteral("id"), id);
        upd.insert(QStringLiteral("rowVersion"), card.value(QStringLiteral("rowVersion")));
        upd.insert(QStringLiteral("phone"), QStringLiteral("+996 700 000001"));
        const QCborMap u = saveStudent(upd);
        QVERIFY2(TestClient::ok(u), qPrintable(TestClient::errorCode(u)));
        QCOMPARE(res(u).value(QStringLiteral("phone")).toString(), QStringLiteral("+996 700 000001"));
        const QCborMap stale = saveStudent(upd);
        QCOMPARE(TestClient::errorCode(stale), QStringLiteral("conflict"));
        // Funding and status change by orders only.
        upd.insert(QStringLiteral("rowVersion"), res(u).value(QStringLiteral("rowVersion")));
        upd.insert(QStringLiteral("funding"), QStringLiteral("budget"));
        QCOMPARE(field(saveStudent(upd), "reason"), QStringLiteral("by_order_only"));

        // The same PIN again: already_exists naming the card.
        QCborMap dup = args;
        dup.insert(QStringLiteral("firstName"), s("Бакыт"));
        const QCborMap byPin = saveStudent(dup);
        QCOMPARE(TestClient::errorCode(byPin), QStringLiteral("already_exists"));
        QCOMPARE(field(byPin, "field"), QStringLiteral("pin"));
        QCOMPARE(field(byPin, "id").toLongLong(), id);

        // Same name (typed the Russian way) and birth date, no PIN: a possible duplicate.
        const QCborMap similar{{QStringLiteral("lastName"), s("Усенов")}, {QStringLiteral("firstName"), s("Нурлан")},
                               {QStringLiteral("birthDate"), QStringLiteral("2004-05-06")}, {QStringLiteral("gender"), QStringLiteral("M")}};
        const QCborMap byName = saveStudent(similar);
        QCOMPARE(TestClient::errorCode(byName), QStringLiteral("conflict"));
        QCOMPARE(field(byName, "reason"), QStringLiteral("possible_duplicate"));
        const QCborArray cands = byName.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(cands.size(), qsizetype(1));
        QCOMPARE(cands.at(0).toMap().value(QStringLiteral("id")).toInteger(), id);
        QCborMap confirmed = similar;
        confirmed.insert(QStringLiteral("confirmDuplicate"), true);
        QVERIFY(TestClient::ok(saveStudent(confirmed)));

        // SOATE must exist; names are letters.
        QCborMap badSoate = similar;
        badSoate.insert(QStringLiteral("confirmDuplicate"), true);
        badSoate.insert(QStringLiteral("soateCode"), QStringLiteral("41799999999999"));
        const QCborMap bs = saveStudent(badSoate);
        QCOMPARE(TestClient::errorCode(bs), QStringLiteral("validation_failed"));
        QCOMPARE(field(bs, "field"), QStringLiteral("soateCode"));
        QCborMap digits = similar;
        digits.insert(QStringLiteral("lastName"), QStringLiteral("R2D2"));
        QCOMPARE(field(saveStudent(digits), "reason"), QStringLiteral("characters"));

        // The card read back.
        const QCborMap got = res(m_hr->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), id}}));
        QCOMPARE(got.value(QStringLiteral("lastNameRu")).toString(), s("Усенов"));
        QCOMPARE(got.value(QStringLiteral("pin")).toString(), QStringLiteral("20605200400077"));
    }

    void groupsSave()
    {
        const qint64 specialty = idOf(QStringLiteral("SELECT id FROM studenthr.specialties sp WHERE unit_id = ? ORDER BY id LIMIT 1"), {m_pf});
        const QCborMap created = m_hr->call(QStringLiteral("studenthr.groups.save"),
                                            {{QStringLiteral("specialtyId"), specialty}, {QStringLiteral("name"), s("ТЕСТ-1-26")},
                                             {QStringLiteral("studyForm"), QStringLiteral("fulltime")}, {QStringLiteral("language"), QStringLiteral("ky")},
                                             {QStringLiteral("entryYear"), 2026}, {QStringLiteral("budgetPlaces"), 10}});
        QVERIFY2(TestClient::ok(created), qPrintable(TestClient::errorCode(created)));
        const QCborMap g = res(created);
        QCOMPARE(g.value(QStringLiteral("course")).toInteger(), qint64(1));
        const QCborMap again = m_hr->call(QStringLiteral("studenthr.groups.save"),
                                          {{QStringLiteral("specialtyId"), specialty}, {QStringLiteral("name"), s("тест-1-26")},
                                           {QStringLiteral("studyForm"), QStringLiteral("fulltime")}, {QStringLiteral("language"), QStringLiteral("ky")},
                                           {QStringLiteral("entryYear"), 2026}});
        QCOMPARE(TestClient::errorCode(again), QStringLiteral("already_exists"));
        QCborMap upd{{QStringLiteral("id"), g.value(QStringLiteral("id"))}, {QStringLiteral("specialtyId"), specialty}, {QStringLiteral("name"), s("ТЕСТ-1-26")},
                     {QStringLiteral("studyForm"), QStringLiteral("fulltime")}, {QStringLiteral("language"), QStringLiteral("ru")},
                     {QStringLiteral("entryYear"), 2026}, {QStringLiteral("rowVersion"), g.value(QStringLiteral("rowVersion"))}, {QStringLiteral("course"), 2}};
        QCOMPARE(field(m_hr->call(QStringLiteral("studenthr.groups.save"), upd), "reason"), QStringLiteral("by_order_only"));
        upd.remove(QStringLiteral("course"));
        QVERIFY(TestClient::ok(m_hr->call(QStringLiteral("studenthr.groups.save"), upd)));
        QCOMPARE(TestClient::errorCode(m_hr->call(QStringLiteral("studenthr.groups.save"), upd)), QStringLiteral("conflict"));
        QCOMPARE(TestClient::errorCode(m_dean2->call(QStringLiteral("studenthr.groups.save"), upd)), QStringLiteral("not_authorized"));
    }

    void ordersAreAtomic()
    {
        const qint64 group = groupOf(m_pf, false);
        const qint64 a = candidate(s("Атомов"), s("Бир"), QStringLiteral("2007-01-02"), QStringLiteral("M"));
        const qint64 b = candidate(s("Атомов"), s("Эки"), QStringLiteral("2007-01-03"), QStringLiteral("M"));
        QVERIFY(a > 0 && b > 0);
        // One bad item refuses the whole draft.
        const QCborMap bad = saveOrder(QStringLiteral("admission"), QStringLiteral("2026-11-02"),
                                       {item(a, {{"toGroupId", group}, {"funding", QStringLiteral("budget")}}),
                                        item(b, {{"toGroupId", 99999999}, {"funding", QStringLiteral("budget")}})});
        QCOMPARE(TestClient::errorCode(bad), QStringLiteral("validation_failed"));
        QCOMPARE(field(bad, "item"), QStringLiteral("1"));
        QCOMPARE(field(bad, "reason"), QStringLiteral("not_found"));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.order_items WHERE student_id IN (?, ?)"), {a, b}), qint64(0));

        // A draft whose second item stops being valid before signing: nothing is applied.
        const QCborMap draft = saveOrder(QStringLiteral("admission"), QStringLiteral("2026-11-02"),
                                         {item(a, {{"toGroupId", group}, {"funding", QStringLiteral("budget")}}),
                                          item(b, {{"toGroupId", group}, {"funding", QStringLiteral("contract")}})});
        QVERIFY2(TestClient::ok(draft), qPrintable(TestClient::errorCode(draft)));
        const qint64 draftId = res(draft).value(QStringLiteral("id")).toInteger();
        QVERIFY(signedOrder(QStringLiteral("admission"), QStringLiteral("2026-11-01"), {item(b, {{"toGroupId", group}, {"funding", QStringLiteral("budget")}})}) > 0);
        const QCborMap refused = sign(draftId);
        QCOMPARE(TestClient::errorCode(refused), QStringLiteral("validation_failed"));
        QCOMPARE(field(refused, "item"), QStringLiteral("1"));
        QCOMPARE(statusOf(a), QStringLiteral("candidate"));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.history WHERE student_id = ?"), {a}), qint64(0));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM studenthr.orders WHERE id = ?"), {draftId}).toString(), QStringLiteral("draft"));

        // Fix the draft, sign it; a second signature is refused.
        const qint64 rv = idOf(QStringLiteral("SELECT row_version FROM studenthr.orders WHERE id = ?"), {draftId});
        const QCborMap fixed = m_hr->call(QStringLiteral("studenthr.orders.save"),
                                          {{QStringLiteral("id"), draftId}, {QStringLiteral("kind"), QStringLiteral("admission")},
                                           {QStringLiteral("number"), res(draft).value(QStringLiteral("number"))}, {QStringLiteral("date"), QStringLiteral("2026-11-02")},
                                           {QStringLiteral("items"), QCborArray{item(a, {{"toGroupId", group}, {"funding", QStringLiteral("budget")}})}},
                                           {QStringLiteral("rowVersion"), rv}});
        QVERIFY2(TestClient::ok(fixed), qPrintable(TestClient::errorCode(fixed)));
        QVERIFY(TestClient::ok(sign(draftId)));
        QCOMPARE(statusOf(a), QStringLiteral("active"));
        QCOMPARE(groupIdOf(a), group);
        QCOMPARE(TestClient::errorCode(sign(draftId)), QStringLiteral("invalid_state"));
        // Duplicate number in the same year.
        const QCborMap sameNo = saveOrder(QStringLiteral("expulsion"), QStringLiteral("2026-03-03"),
                                          {item(a, {{"reason", s("өз каалоосу")}})}, res(draft).value(QStringLiteral("number")).toString());
        QCOMPARE(TestClient::errorCode(sameNo), QStringLiteral("already_exists"));
        // The card shows the order in its history.
        const QCborArray hist = res(m_hr->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), a}})).value(QStringLiteral("history")).toArray();
        QCOMPARE(hist.size(), qsizetype(1));
        QCOMPARE(hist.at(0).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("admission"));
    }

    void everyKindApplies()
    {
        const qint64 group = groupOf(m_pf, false);
        const qint64 other = groupOf(m_pf, false, 1);
        const qint64 finalGroup = groupOf(m_pf, true);
        QVERIFY(group && other && finalGroup);
        const qint64 st = activeIn(group, 2);
        // Academic leave, then return into another group.
        QVERIFY(signedOrder(QStringLiteral("academic_leave"), QStringLiteral("2026-11-03"),
                            {item(st, {{"dateFrom", QStringLiteral("2026-11-03")}, {"dateTo", QStringLiteral("2026-12-10")}, {"reason", s("ден соолук")}})}));
        QCOMPARE(statusOf(st), QStringLiteral("leave"));
        // The leave ends within 30 days: a notification.
        bool noticed = false;
        for (const QCborValue &n : list(m_hr->call(QStringLiteral("studenthr.notifications")))) {
            noticed = noticed || (n.toMap().value(QStringLiteral("studentId")).toInteger() == st
                                  && n.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("leave_ending"));
        }
        QVERIFY(noticed);
        QVERIFY(signedOrder(QStringLiteral("return_from_leave"), QStringLiteral("2026-11-10"), {item(st, {{"toGroupId", other}})}));
        QCOMPARE(statusOf(st), QStringLiteral("active"));
        QCOMPARE(groupIdOf(st), other);
        // Expulsion needs a reason; reinstatement brings the student back.
        QCOMPARE(field(saveOrder(QStringLiteral("expulsion"), QStringLiteral("2026-11-11"), {item(st)}), "reason"), QStringLiteral("missing"));
        QVERIFY(signedOrder(QStringLiteral("expulsion"), QStringLiteral("2026-11-11"), {item(st, {{"reason", s("өз каалоосу")}})}));
        QCOMPARE(statusOf(st), QStringLiteral("expelled"));
        QCOMPARE(field(saveOrder(QStringLiteral("expulsion"), QStringLiteral("2026-11-12"), {item(st, {{"reason", QStringLiteral("x")}})}), "reason"),
                 QStringLiteral("status"));
        QVERIFY(signedOrder(QStringLiteral("reinstatement"), QStringLiteral("2026-11-12"), {item(st, {{"toGroupId", group}})}));
        QCOMPARE(statusOf(st), QStringLiteral("active"));
        // Name change.
        QVERIFY(signedOrder(QStringLiteral("name_change"), QStringLiteral("2026-11-13"),
                            {item(st, {{"newLastName", s("Жаңыева")}, {"newFirstName", s("Айгүл")}})}));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT last_name FROM studenthr.students WHERE id = ?"), {st}).toString(), s("Жаңыева"));
        // Graduation only in the final year.
        QCOMPARE(field(saveOrder(QStringLiteral("graduation"), QStringLiteral("2026-11-14"), {item(st)}), "reason"), QStringLiteral("not_final_year"));
        const qint64 grad = activeIn(finalGroup);
        QVERIFY(signedOrder(QStringLiteral("graduation"), QStringLiteral("2026-11-14"), {item(grad)}));
        QCOMPARE(statusOf(grad), QStringLiteral("graduated"));
        // Transfer with a change of funding.
        const qint64 tr = activeIn(group, 3);
        const QString funding = scalar(db(), QStringLiteral("SELECT funding FROM studenthr.students WHERE id = ?"), {tr}).toString();
        const QString newFunding = funding == QLatin1String("budget") ? QStringLiteral("contract") : QStringLiteral("budget");
        QVERIFY(signedOrder(QStringLiteral("transfer"), QStringLiteral("2026-11-15"), {item(tr, {{"toGroupId", other}, {"funding", newFunding}})}));
        QCOMPARE(groupIdOf(tr), other);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT funding FROM studenthr.students WHERE id = ?"), {tr}).toString(), newFunding);
    }

    void contingentAtADateAndCancellation()
    {
        const qint64 x = groupOf(m_nsm, false);
        const qint64 y = groupOf(m_nsm, false, 1);
        const qint64 st = activeIn(x);
        QVERIFY(x && y && st);
        QVERIFY(contingent(QStringLiteral("2026-10-01"), x).contains(st));
        const qint64 transfer = signedOrder(QStringLiteral("transfer"), QStringLiteral("2026-10-15"), {item(st, {{"toGroupId", y}})});
        QVERIFY(transfer > 0);
        // Who was in group X on 1 October and on 1 November.
        QVERIFY(contingent(QStringLiteral("2026-10-01"), x).contains(st));
        QVERIFY(!contingent(QStringLiteral("2026-10-01"), y).contains(st));
        QVERIFY(!contingent(QStringLiteral("2026-11-01"), x).contains(st));
        QVERIFY(contingent(QStringLiteral("2026-11-01"), y).contains(st));
        // Before the group's entry the student was nowhere.
        QVERIFY(contingent(QStringLiteral("1999-01-01"), x).isEmpty());

        // A draft is cancelled at once.
        const QCborMap d = saveOrder(QStringLiteral("expulsion"), QStringLiteral("2026-11-05"), {item(st, {{"reason", s("төлөм жок")}})});
        const qint64 draftId = res(d).value(QStringLiteral("id")).toInteger();
        const QCborMap c = m_hr->call(QStringLiteral("studenthr.orders.cancel"), {{QStringLiteral("id"), draftId}, {QStringLiteral("reason"), s("ката")}});
        QVERIFY2(TestClient::ok(c), qPrintable(TestClient::errorCode(c)));
        QCOMPARE(res(c).value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(statusOf(st), QStringLiteral("active"));

        // A signed order needs the vice-rector; approved, its effects are reversed.
        const QCborMap pending = m_hr->call(QStringLiteral("studenthr.orders.cancel"), {{QStringLiteral("id"), transfer}, {QStringLiteral("reason"), s("ката буйрук")}});
        QVERIFY2(TestClient::ok(pending), qPrintable(TestClient::errorCode(pending)));
        QCOMPARE(res(pending).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(groupIdOf(st), y);
        const QCborMap approved = m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), res(pending).value(QStringLiteral("requestId"))}});
        QVERIFY2(TestClient::ok(approved), qPrintable(TestClient::errorCode(approved)));
        QCOMPARE(groupIdOf(st), x);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM studenthr.orders WHERE id = ?"), {transfer}).toString(), QStringLiteral("cancelled"));
        QVERIFY(contingent(QStringLiteral("2026-11-01"), x).contains(st));
        QVERIFY(!contingent(QStringLiteral("2026-11-01"), y).contains(st));
        QVERIFY(idOf(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE entity = 'student_order' AND entity_id = ?"), {QString::number(transfer)}) >= 2);

        // A signed order followed by a later one on the same student cannot be reversed.
        const qint64 t1 = signedOrder(QStringLiteral("transfer"), QStringLiteral("2026-11-06"), {item(st, {{"toGroupId", y}})});
        const qint64 t2 = signedOrder(QStringLiteral("transfer"), QStringLiteral("2026-11-07"), {item(st, {{"toGroupId", x}})});
        QVERIFY(t1 && t2);
        const QCborMap later = m_hr->call(QStringLiteral("studenthr.orders.cancel"), {{QStringLiteral("id"), t1}, {QStringLiteral("reason"), s("ката")}});
        QCOMPARE(TestClient::errorCode(later), QStringLiteral("invalid_state"));
        QCOMPARE(field(later, "state"), QStringLiteral("later_orders"));
        // Orders are listed and read back.
        const QCborMap got = res(m_hr->call(QStringLiteral("studenthr.orders.get"), {{QStringLiteral("id"), t1}}));
        QCOMPARE(got.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        QCOMPARE(got.value(QStringLiteral("items")).toArray().at(0).toMap().value(QStringLiteral("fromGroupId")).toInteger(), x);
        QVERIFY(!list(m_hr->call(QStringLiteral("studenthr.orders.list"), {{QStringLiteral("state"), QStringLiteral("cancelled")}})).isEmpty());
    }

    void importMessyList()
    {
        const QString groupName = scalar(db(), QStringLiteral("SELECT name FROM studenthr.groups WHERE id = ?"), {groupOf(m_pf, false)}).toString();
        const QStringList lasts{s("Абдыкадыров"), s("Жээнбекова"), s("Иванов"), s("Үсөналиева"), s("Өмүрбеков"), s("Ңурланова"), s("Петрова"), s("Токтогулов")};
        const QStringList firsts{s("Айгүл"), s("Бакыт"), s("Сергей"), s("Нурлан"), s("Чолпон"), s("Мария"), s("Эрмек"), s("Гүлнара")};
        QSqlQuery ex = exec(db(), QStringLiteral("SELECT pin, last_name, first_name, birth_date, gender FROM studenthr.students "
                                                 "WHERE pin IS NOT NULL ORDER BY id LIMIT 2"));
        QVERIFY(ex.next());
        const QString existingPin = ex.value(0).toString();
        const QDate existingPinBirth = ex.value(3).toDate();
        const QString existingPinGender = ex.value(4).toString();
        QVERIFY(ex.next());
        const QString exLast = ex.value(1).toString(), exFirst = ex.value(2).toString(), exGender = ex.value(4).toString();
        const QDate exBirth = ex.value(3).toDate();
        ex.finish();

        QCborArray rows;
        QMap<int, QPair<QString, QString>> expectErrors; // row → field, reason
        QMap<int, QString> expectDup;                    // row → reason
        for (int i = 0; i < 2000; ++i) {
            const QDate birth = QDate(1995, 1, 1).addDays(i);
            const QString gender = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
            QCborMap r{{QStringLiteral("lastName"), lasts.at(i % lasts.size())}, {QStringLiteral("firstName"), firsts.at((i / 8) % firsts.size())},
                       {QStringLiteral("birthDate"), i % 3 ? birth.toString(Qt::ISODate) : birth.toString(QStringLiteral("dd.MM.yyyy"))},
                       {QStringLiteral("gender"), i % 5 == 0 ? (gender == QLatin1String("F") ? s("Ж") : s("М")) : gender},
                       {QStringLiteral("pin"), Domain::makePin(gender == QLatin1String("F") ? 'F' : 'M', birth, 70000 + i)}};
            if (i % 4 == 0) {
                r.insert(QStringLiteral("groupName"), groupName);
                r.insert(QStringLiteral("funding"), QStringLiteral("contract"));
            }
            if (i % 97 == 5) {
                r.insert(QStringLiteral("pin"), Domain::makePin(gender == QLatin1String("F") ? 'F' : 'M', birth.addDays(1), 70000 + i));
                expectErrors.insert(i, {QStringLiteral("pin"), QStringLiteral("birth_date_mismatch")});
            } else if (i % 97 == 6) {
                r.insert(QStringLiteral("pin"), QStringLiteral("12345"));
                expectErrors.insert(i, {QStringLiteral("pin"), QStringLiteral("wrong_length")});
            } else if (i % 97 == 7) {
                r.insert(QStringLiteral("groupName"), QStringLiteral("NO-SUCH-GROUP"));
                expectErrors.insert(i, {QStringLiteral("groupName"), QStringLiteral("not_found")});
            } else if (i % 97 == 8) {
                r.insert(QStringLiteral("lastName"), QStringLiteral("Ивaнов")); // a Latin "a" inside
                expectErrors.insert(i, {QStringLiteral("lastName"), QStringLiteral("mixed_script")});
            } else if (i % 97 == 9) {
                r.insert(QStringLiteral("birthDate"), QStringLiteral("31.02.2001"));
                r.remove(QStringLiteral("pin"));
                expectErrors.insert(i, {QStringLiteral("birthDate"), QStringLiteral("format")});
            } else if (i % 97 == 10 && i > 100) {
                // The same person as row i - 6 (same PIN): a duplicate within the file.
                r = rows.at(i - 6).toMap();
                expectDup.insert(i, QStringLiteral("in_file"));
            }
            rows.append(r);
        }
        // In the database already: by PIN and by name + birth date.
        rows[1990] = QCborMap{{QStringLiteral("lastName"), s("Кайталанов")}, {QStringLiteral("firstName"), s("Пин")},
                              {QStringLiteral("birthDate"), existingPinBirth.toString(Qt::ISODate)}, {QStringLiteral("gender"), existingPinGender},
                              {QStringLiteral("pin"), existingPin}};
        expectErrors.remove(1990);
        expectDup.insert(1990, QStringLiteral("pin"));
        rows[1991] = QCborMap{{QStringLiteral("lastName"), exLast.toUpper()}, {QStringLiteral("firstName"), exFirst},
                              {QStringLiteral("birthDate"), exBirth.toString(Qt::ISODate)}, {QStringLiteral("gender"), exGender}};
        expectErrors.remove(1991);
        expectDup.insert(1991, QStringLiteral("name_birth"));

        const qint64 before = idOf(QStringLiteral("SELECT count(*) FROM studenthr.students"));
        const QCborMap check = m_hr->call(QStringLiteral("studenthr.import"), {{QStringLiteral("rows"), rows}}, {}, 120000);
        QVERIFY2(TestClient::ok(check), qPrintable(TestClient::errorCode(check)));
        const QCborMap cr = res(check);
        QCOMPARE(cr.value(QStringLiteral("rows")).toInteger(), qint64(2000));
        QCOMPARE(cr.value(QStringLiteral("ok")).toBool(), false);
        QMap<int, QPair<QString, QString>> gotErrors;
        for (const QCborValue &e : cr.value(QStringLiteral("errors")).toArray()) {
            const QCborMap m = e.toMap();
            QVERIFY2(!gotErrors.contains(int(m.value(QStringLiteral("row")).toInteger())), "one error per bad row expected here");
            gotErrors.insert(int(m.value(QStringLiteral("row")).toInteger()), {m.value(QStringLiteral("field")).toString(), m.value(QStringLiteral("reason")).toString()});
        }
        QCOMPARE(gotErrors, expectErrors);
        QMap<int, QString> gotDup;
        for (const QCborValue &e : cr.value(QStringLiteral("duplicates")).toArray()) {
            gotDup.insert(int(e.toMap().value(QStringLiteral("row")).toInteger()), e.toMap().value(QStringLiteral("reason")).toString());
        }
        QCOMPARE(gotDup, expectDup);
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students")), before);

        // Commit needs the admission order's number for the rows with a group.
        QCOMPARE(field(m_hr->call(QStringLiteral("studenthr.import"), {{QStringLiteral("rows"), rows}, {QStringLiteral("commit"), true}}, {}, 120000), "field"),
                 QStringLiteral("orderNumber"));
        const QCborMap commit = m_hr->call(QStringLiteral("studenthr.import"),
                                           {{QStringLiteral("rows"), rows}, {QStringLiteral("commit"), true}, {QStringLiteral("orderNumber"), QStringLiteral("IMP-1")},
                                            {QStringLiteral("orderDate"), QStringLiteral("2026-11-20")}},
                                           {}, 300000);
        QVERIFY2(TestClient::ok(commit), qPrintable(TestClient::errorCode(commit)));
        const qint64 expected = 2000 - expectErrors.size() - expectDup.size();
        QCOMPARE(res(commit).value(QStringLiteral("imported")).toInteger(), expected);
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students")), before + expected);
        const qint64 orderId = res(commit).value(QStringLiteral("orderId")).toInteger();
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.order_items WHERE order_id = ?"), {orderId}),
                 res(commit).value(QStringLiteral("admitted")).toInteger());
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students s JOIN studenthr.order_items i ON i.student_id = s.id "
                                     "WHERE i.order_id = ? AND s.status = 'active'"),
                      {orderId}),
                 res(commit).value(QStringLiteral("admitted")).toInteger());
    }

    void reportsEqualTheDatabase()
    {
        const qint64 contingent = idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE status IN ('active', 'leave')"));
        for (const QString &by : {QStringLiteral("faculty"), QStringLiteral("specialty"), QStringLiteral("course"), QStringLiteral("studyForm"),
                                  QStringLiteral("funding"), QStringLiteral("age"), QStringLiteral("nationality")}) {
            const QCborMap r = m_hr->call(QStringLiteral("studenthr.reports.contingent"), {{QStringLiteral("by"), by}});
            QVERIFY2(TestClient::ok(r), qPrintable(by + TestClient::errorCode(r)));
            const QCborMap t = res(r).value(QStringLiteral("totals")).toMap();
            QCOMPARE(t.value(QStringLiteral("total")).toInteger(), contingent);
            QCOMPARE(t.value(QStringLiteral("female")).toInteger() + t.value(QStringLiteral("male")).toInteger(), contingent);
        }
        const QCborMap f = res(m_hr->call(QStringLiteral("studenthr.reports.contingent"), {{QStringLiteral("by"), QStringLiteral("faculty")}}));
        for (const QCborValue &row : f.value(QStringLiteral("rows")).toArray()) {
            const QCborMap m = row.toMap();
            QCOMPARE(m.value(QStringLiteral("budget")).toInteger(),
                     idOf(QStringLiteral("SELECT count(*) FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                         "JOIN studenthr.specialties sp ON sp.id = g.specialty_id JOIN org.units u ON u.id = sp.unit_id "
                                         "WHERE s.status IN ('active', 'leave') AND s.funding = 'budget' AND u.code = ?"),
                          {m.value(QStringLiteral("key")).toString()}));
            // the faculty's names in the three languages, as recorded
            QCOMPARE(m.value(QStringLiteral("nameRu")).toString(),
                     str(QStringLiteral("SELECT name_ru FROM org.units WHERE code = ?"), {m.value(QStringLiteral("key")).toString()}));
            QCOMPARE(m.value(QStringLiteral("nameKy")).toString(),
                     str(QStringLiteral("SELECT name_ky FROM org.units WHERE code = ?"), {m.value(QStringLiteral("key")).toString()}));
            QVERIFY(!m.value(QStringLiteral("nameEn")).toString().isEmpty());
        }
        const QCborMap c = res(m_hr->call(QStringLiteral("studenthr.reports.contingent"), {{QStringLiteral("by"), QStringLiteral("course")}}));
        QVERIFY(!c.value(QStringLiteral("rows")).toArray().isEmpty());
        QVERIFY(!c.value(QStringLiteral("rows")).toArray().first().toMap().contains(QStringLiteral("nameRu")));
        // A dean sees only the own faculty.
        const QCborMap dean = res(m_dean->call(QStringLiteral("studenthr.reports.contingent"), {{QStringLiteral("by"), QStringLiteral("faculty")}}));
        QCOMPARE(dean.value(QStringLiteral("rows")).toArray().size(), qsizetype(1));

        const QCborMap mv = res(m_hr->call(QStringLiteral("studenthr.reports.movement"),
                                           {{QStringLiteral("from"), QStringLiteral("2026-01-01")}, {QStringLiteral("to"), QStringLiteral("2026-12-31")}}));
        const QCborMap totals = mv.value(QStringLiteral("totals")).toMap();
        auto direct = [](const char *kind) {
            return idOf(QStringLiteral("SELECT count(*) FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id "
                                       "WHERE o.state = 'signed' AND o.kind = ? AND o.date BETWEEN '2026-01-01' AND '2026-12-31'"),
                        {QString::fromLatin1(kind)});
        };
        QCOMPARE(totals.value(QStringLiteral("admitted")).toInteger(), direct("admission"));
        QCOMPARE(totals.value(QStringLiteral("expelled")).toInteger(), direct("expulsion"));
        QCOMPARE(totals.value(QStringLiteral("transferred")).toInteger(), direct("transfer"));
        QCOMPARE(totals.value(QStringLiteral("onLeave")).toInteger(), direct("academic_leave"));
        QCOMPARE(totals.value(QStringLiteral("graduated")).toInteger(), direct("graduation"));
        QVERIFY(totals.value(QStringLiteral("admitted")).toInteger() > 0);
    }

    void searchAnySpellingWithATypo()
    {
        const qint64 id = candidate(s("Жээнбеков"), s("Алмазбек"), QStringLiteral("2005-07-08"), QStringLiteral("M"), QStringLiteral("20807200512121"));
        const qint64 ky = candidate(s("Үмөталиева"), s("Гүлзада"), QStringLiteral("2005-07-09"), QStringLiteral("F"));
        QVERIFY(id > 0 && ky > 0);
        auto found = [this](TestClient *c, const QString &q, qint64 want) {
            for (const QCborValue &v : list(c->call(QStringLiteral("studenthr.students.search"), {{QStringLiteral("query"), q}, {QStringLiteral("limit"), 200}}))) {
                if (v.toMap().value(QStringLiteral("id")).toInteger() == want) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(found(m_hr.get(), s("Жээнбеков"), id));
        QVERIFY(found(m_hr.get(), s("Жэенбеков"), id));         // one letter wrong
        QVERIFY(found(m_hr.get(), s("Жээнбеков Алмазбек"), id));
        QVERIFY(found(m_hr.get(), s("Уметалиева"), ky));        // typed the Russian way, with a typo
        QVERIFY(found(m_hr.get(), QStringLiteral("Umotalieva"), ky)); // Latin
        QVERIFY(found(m_hr.get(), QStringLiteral("2080720051"), id)); // PIN prefix
        // A group's name lists its students; scopes apply (the second group: the first got 500 imported students).
        const qint64 group = groupOf(m_pf, false, 2);
        const QString name = scalar(db(), QStringLiteral("SELECT name FROM studenthr.groups WHERE id = ?"), {group}).toString();
        const qint64 member = activeIn(group);
        QVERIFY(found(m_dean.get(), name, member));
        QVERIFY(!found(m_dean2.get(), name, member));
        QVERIFY(!found(m_dean.get(), s("Жээнбеков"), id)); // a candidate without a group is the office's
    }

    void scopes()
    {
        const qint64 pfStudent = activeIn(groupOf(m_pf, false));
        QCOMPARE(TestClient::errorCode(m_dean2->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), pfStudent}})), QStringLiteral("not_authorized"));
        QVERIFY(TestClient::ok(m_dean->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), pfStudent}})));
        // The curator: own groups only.
        const qint64 own = idOf(QStringLiteral("SELECT g.id FROM studenthr.groups g JOIN staffhr.employees e ON e.id = g.curator_id "
                                               "JOIN core.users u ON u.id = e.user_id WHERE u.username = 'curator' LIMIT 1"));
        const qint64 ownStudent = idOf(QStringLiteral("SELECT id FROM studenthr.students WHERE group_id = ? LIMIT 1"), {own});
        const qint64 foreign = idOf(QStringLiteral("SELECT s.id FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                                   "WHERE g.id <> ? AND (g.curator_id IS NULL OR g.curator_id <> (SELECT curator_id FROM studenthr.groups WHERE id = ?)) LIMIT 1"),
                                    {own, own});
        QVERIFY(TestClient::ok(m_curator->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), ownStudent}})));
        QCOMPARE(TestClient::errorCode(m_curator->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), foreign}})), QStringLiteral("not_authorized"));
        QCOMPARE(TestClient::errorCode(m_curator->call(QStringLiteral("studenthr.contingent.at"),
                                                       {{QStringLiteral("date"), QStringLiteral("2026-11-01")},
                                                        {QStringLiteral("groupId"), groupIdOf(foreign)}})),
                 QStringLiteral("not_authorized"));
        // The student sees the own card only; the parent the child's.
        const QCborMap mine = m_student->call(QStringLiteral("studenthr.students.mine"));
        QVERIFY2(TestClient::ok(mine), qPrintable(TestClient::errorCode(mine)));
        const qint64 me = idOf(QStringLiteral("SELECT s.id FROM studenthr.students s JOIN core.users u ON u.id = s.user_id WHERE u.username = 'student'"));
        QCOMPARE(res(mine).value(QStringLiteral("id")).toInteger(), me);
        QCOMPARE(TestClient::errorCode(m_student->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), pfStudent}})), QStringLiteral("not_authorized"));
        const QCborArray children = list(m_parent->call(QStringLiteral("studenthr.students.mine")));
        QCOMPARE(children.size(), qsizetype(1));
        QCOMPARE(children.at(0).toMap().value(QStringLiteral("id")).toInteger(), me);
        // Writing is the office's.
        QCOMPARE(TestClient::errorCode(m_dean->call(QStringLiteral("studenthr.orders.sign"), {{QStringLiteral("id"), 1}, {QStringLiteral("rowVersion"), 1}})),
                 QStringLiteral("not_authorized"));
    }

    void filesAndDeletion()
    {
        const qint64 id = candidate(s("Файлов"), s("Өмүр"), QStringLiteral("2006-01-01"), QStringLiteral("M"));
        const QByteArray pdf("%PDF-1.4\n% test scan\n");
        const QCborMap added = m_hr->call(QStringLiteral("studenthr.files.add"),
                                          {{QStringLiteral("studentId"), id}, {QStringLiteral("name"), s("аттестат.pdf")},
                                           {QStringLiteral("mime"), QStringLiteral("application/pdf")}, {QStringLiteral("data"), QString::fromLatin1(pdf.toBase64())}});
        QVERIFY2(TestClient::ok(added), qPrintable(TestClient::errorCode(added)));
        const QCborMap file = res(m_hr->call(QStringLiteral("studenthr.files.get"), {{QStringLiteral("id"), res(added).value(QStringLiteral("id"))}}));
        QCOMPARE(QByteArray::fromBase64(file.value(QStringLiteral("data")).toString().toLatin1()), pdf);
        const QCborMap wrongType = m_hr->call(QStringLiteral("studenthr.files.add"),
                                              {{QStringLiteral("studentId"), id}, {QStringLiteral("name"), QStringLiteral("x.png")},
                                               {QStringLiteral("mime"), QStringLiteral("image/png")}, {QStringLiteral("data"), QString::fromLatin1(pdf.toBase64())}});
        QCOMPARE(field(wrongType, "reason"), QStringLiteral("type"));
        QCOMPARE(res(m_hr->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), id}})).value(QStringLiteral("files")).toArray().size(), qsizetype(1));

        // Deleting a card goes through approval; a card with signed orders stays.
        const QCborMap req = m_hr->call(QStringLiteral("studenthr.students.delete"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), s("ката киргизилген")}});
        QVERIFY2(TestClient::ok(req), qPrintable(TestClient::errorCode(req)));
        QVERIFY(TestClient::ok(m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), res(req).value(QStringLiteral("requestId"))}})));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE id = ?"), {id}), qint64(0));
        const qint64 withOrders = idOf(QStringLiteral("SELECT student_id FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id "
                                                      "WHERE o.state = 'signed' LIMIT 1"));
        QCOMPARE(TestClient::errorCode(m_hr->call(QStringLiteral("studenthr.students.delete"), {{QStringLiteral("id"), withOrders}, {QStringLiteral("reason"), s("ката")}})),
                 QStringLiteral("invalid_state"));
    }

    void rollForwardPreviewEqualsApply()
    {
        const QCborMap preview = res(m_hr->call(QStringLiteral("studenthr.year.preview"), {{QStringLiteral("unitId"), m_nsm}}));
        qint64 promote = 0, graduate = 0;
        QHash<qint64, qint64> courseBefore;
        for (const QCborValue &g : preview.value(QStringLiteral("promote")).toArray()) {
            promote += g.toMap().value(QStringLiteral("students")).toInteger();
            courseBefore.insert(g.toMap().value(QStringLiteral("groupId")).toInteger(), g.toMap().value(QStringLiteral("fromCourse")).toInteger());
        }
        QList<qint64> finalGroups;
        for (const QCborValue &g : preview.value(QStringLiteral("graduate")).toArray()) {
            graduate += g.toMap().value(QStringLiteral("students")).toInteger();
            finalGroups << g.toMap().value(QStringLiteral("groupId")).toInteger();
        }
        QVERIFY(promote > 0 && graduate > 0);
        const QCborMap r = m_hr->call(QStringLiteral("studenthr.year.rollForward"),
                                      {{QStringLiteral("promotionNumber"), QStringLiteral("RF-P")}, {QStringLiteral("graduationNumber"), QStringLiteral("RF-G")},
                                       {QStringLiteral("date"), QStringLiteral("2026-11-25")}, {QStringLiteral("unitId"), m_nsm}},
                                      {}, 120000);
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r) + field(r, "reason")));
        QCOMPARE(res(r).value(QStringLiteral("promoted")).toInteger(), promote);
        QCOMPARE(res(r).value(QStringLiteral("graduated")).toInteger(), graduate);
        for (auto it = courseBefore.constBegin(); it != courseBefore.constEnd(); ++it) {
            QCOMPARE(idOf(QStringLiteral("SELECT course FROM studenthr.groups WHERE id = ?"), {it.key()}), it.value() + 1);
        }
        for (qint64 g : finalGroups) {
            QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE group_id = ? AND status = 'active'"), {g}), qint64(0));
        }
        for (const char *no : {"RF-P", "RF-G"}) {
            QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM studenthr.orders WHERE number = ?"), {QString::fromLatin1(no)}).toString(),
                     QStringLiteral("signed"));
        }
        // The contingent report still equals the database after the roll-forward.
        QCOMPARE(res(m_hr->call(QStringLiteral("studenthr.reports.contingent"), {{QStringLiteral("by"), QStringLiteral("course")}}))
                     .value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toInteger(),
                 idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE status IN ('active', 'leave')")));

        // Cancelling the promotion order (approved by the vice-rector) takes every student and
        // every raised group back, in one go however large the order.
        QHash<qint64, QString> groupOf;
        QSqlQuery before = exec(db(), QStringLiteral("SELECT i.student_id, coalesce(i.prev_group_id::text, '') || '/' || i.prev_status "
                                                     "FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id WHERE o.number = 'RF-P'"));
        while (before.next()) {
            groupOf.insert(before.value(0).toLongLong(), before.value(1).toString());
        }
        QCOMPARE(qint64(groupOf.size()), promote);
        const qint64 promotion = idOf(QStringLiteral("SELECT id FROM studenthr.orders WHERE number = 'RF-P'"));
        const QCborMap pending = m_hr->call(QStringLiteral("studenthr.orders.cancel"), {{QStringLiteral("id"), promotion}, {QStringLiteral("reason"), s("ката")}});
        QVERIFY2(TestClient::ok(pending), qPrintable(TestClient::errorCode(pending)));
        const QCborMap approved = m_vice->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), res(pending).value(QStringLiteral("requestId"))}},
                                               {}, 120000);
        QVERIFY2(TestClient::ok(approved), qPrintable(TestClient::errorCode(approved)));
        for (auto it = courseBefore.constBegin(); it != courseBefore.constEnd(); ++it) {
            QCOMPARE(idOf(QStringLiteral("SELECT course FROM studenthr.groups WHERE id = ?"), {it.key()}), it.value());
        }
        QSqlQuery after = exec(db(), QStringLiteral("SELECT s.id, coalesce(s.group_id::text, '') || '/' || s.status FROM studenthr.students s "
                                                    "WHERE s.id IN (SELECT student_id FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id "
                                                    "WHERE o.number = 'RF-P')"));
        int checked = 0;
        while (after.next()) {
            QCOMPARE(after.value(1).toString(), groupOf.value(after.value(0).toLongLong()));
            ++checked;
        }
        QCOMPARE(qint64(checked), promote);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT state FROM studenthr.orders WHERE number = 'RF-P'")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestStudentHr)
#include "tst_studenthr.moc"
