// The staff HR office against the real server on the demo university: personal cards
// (create, update with row versions, PIN rules, duplicates), staff orders of every kind
// applied atomically when signed, cancellation of drafts at once and of signed orders
// through the vice-rector with their effects reversed, reports whose totals equal direct
// SQL counts, and deans/departments kept inside their faculty.
#include "demo/demouniversity.h"
#include "domain/pin.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testcluster.h"

#include <QCborArray>
#include <QJsonObject>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;
using Server::exec;
using Server::scalar;

namespace {
QString key(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

class TestStaffHr : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("staffhr-test-pw");
    qint64 m_pf = 0, m_nsm = 0, m_kta = 0, m_ota = 0, m_mi = 0;
    int m_orderNo = 0;
    std::unique_ptr<TestClient> m_hr, m_vice, m_dean, m_dean2, m_department;

    static QSqlDatabase db() { return Server::Db::thread(); }
    static qint64 num(const QString &sql, const QVariantList &binds = {}) { return scalar(db(), sql, binds).toLongLong(); }
    static QDate today() { return QDate::currentDate(); }
    static QString day(int offset) { return today().addDays(offset).toString(Qt::ISODate); }
    static QCborMap res(const QCborMap &r) { return TestClient::result(r); }

    QCborMap person(const QString &last, char gender, const QDate &birth, int serial)
    {
        return {{key("lastName"), last}, {key("firstName"), QStringLiteral("Азамат")}, {key("gender"), QString(QLatin1Char(gender))},
                {key("pin"), Domain::makePin(gender, birth, serial)}, {key("birthDate"), birth.toString(Qt::ISODate)}};
    }
    qint64 newEmployee(const QString &last, char gender = 'M', int serial = 1)
    {
        const QCborMap r = m_hr->call(key("staffhr.employees.save"), person(last, gender, QDate(1985, 3, 14), serial));
        return res(r).value(key("id")).toInteger();
    }
    /// Saves a draft order; returns the response.
    QCborMap saveOrder(const QString &kind, const QCborArray &items, const QString &date = {})
    {
        return m_hr->call(key("staffhr.orders.save"), {{key("kind"), kind}, {key("number"), QStringLiteral("К-%1").arg(++m_orderNo)},
                                                       {key("date"), date.isEmpty() ? day(0) : date}, {key("items"), items}});
    }
    QCborMap sign(qint64 id)
    {
        const qint64 version = num(QStringLiteral("SELECT row_version FROM staffhr.orders WHERE id = ?"), {id});
        return m_hr->call(key("staffhr.orders.sign"), {{key("id"), id}, {key("rowVersion"), version}});
    }
    /// Saves and signs; returns the order id (0 on failure, with a message).
    qint64 signedOrder(const QString &kind, const QCborArray &items)
    {
        const QCborMap s = saveOrder(kind, items);
        if (!TestClient::ok(s)) {
            qWarning() << "save" << kind << s.value(key("error")).toMap().toJsonObject();
            return 0;
        }
        const qint64 id = res(s).value(key("id")).toInteger();
        const QCborMap g = sign(id);
        if (!TestClient::ok(g)) {
            qWarning() << "sign" << kind << g.value(key("error")).toMap().toJsonObject();
            return 0;
        }
        return id;
    }
    static QCborMap hiring(qint64 employee, qint64 unit, const QString &position, double rate, bool teaching, const QString &from)
    {
        return {{key("employeeId"), employee}, {key("unitId"), unit}, {key("position"), position}, {key("rate"), rate},
                {key("teaching"), teaching}, {key("dateFrom"), from}};
    }
    qint64 openPositions(qint64 employee)
    {
        return num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ? AND since <= current_date "
                                  "AND (until IS NULL OR until >= current_date)"),
                   {employee});
    }
    /// Asks to cancel a signed order and lets the vice-rector approve; returns the approve response.
    QCborMap cancelSigned(qint64 order)
    {
        const QCborMap r = m_hr->call(key("staffhr.orders.cancel"), {{key("id"), order}, {key("reason"), QStringLiteral("entered by mistake")}});
        if (res(r).value(key("state")).toString() != QLatin1String("pending")) {
            return r;
        }
        return m_vice->call(key("approvals.approve"), {{key("id"), res(r).value(key("requestId")).toInteger()}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        Server::DemoUniversity::Options o;
        o.students = 500;
        o.password = pw;
        Server::DemoUniversity::load(db(), o);
        auto unit = [](const char *code) { return num(QStringLiteral("SELECT id FROM org.units WHERE code = ?"), {QString::fromLatin1(code)}); };
        m_pf = unit("PF");
        m_nsm = unit("NSM");
        m_kta = unit("PF-KTA");
        m_ota = unit("PF-OTA");
        m_mi = unit("NSM-MI");
        QVERIFY(m_pf && m_nsm && m_kta && m_ota && m_mi);
        fx.createUser(QStringLiteral("dean-nsm"), pw, {{QStringLiteral("dean"), m_nsm}});
        m_hr = fx.clientFor(QStringLiteral("staffhr"), pw);
        m_vice = fx.clientFor(QStringLiteral("vicerector"), pw);
        m_dean = fx.clientFor(QStringLiteral("dean"), pw);
        m_dean2 = fx.clientFor(QStringLiteral("dean-nsm"), pw);
        m_department = fx.clientFor(QStringLiteral("department"), pw);
        QVERIFY(m_hr && m_vice && m_dean && m_dean2 && m_department);
    }
    void cleanupTestCase()
    {
        m_hr.reset();
        m_vice.reset();
        m_dean.reset();
        m_dean2.reset();
        m_department.reset();
        fx.stop();
    }

    void listMatchesDatabase()
    {
        const QCborArray all = m_hr->call(key("staffhr.employees.list")).value(key("result")).toArray();
        QCOMPARE(qint64(all.size()), num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE status = 'active'")));
        QVERIFY(all.size() > 20);
        const QCborMap first = all.first().toMap();
        QVERIFY(!first.value(key("positions")).toString().isEmpty());
        QVERIFY(first.value(key("rate")).toDouble() > 0);
        // Teaching staff are the employees with a teaching position (the staffhr.teachers view too).
        qint64 teaching = 0;
        for (const QCborValue &e : all) {
            teaching += e.toMap().value(key("teaching")).toBool() ? 1 : 0;
        }
        QCOMPARE(teaching, num(QStringLiteral("SELECT count(DISTINCT employee_id) FROM staffhr.teachers")));
        // Search by name and by PIN prefix.
        const QString last = first.value(key("lastName")).toString();
        const QCborArray byName = m_hr->call(key("staffhr.employees.list"), {{key("query"), last.left(4).toUpper()}}).value(key("result")).toArray();
        QVERIFY(!byName.isEmpty());
        for (const QCborValue &e : byName) {
            QVERIFY(e.toMap().value(key("lastName")).toString().contains(last.left(4), Qt::CaseInsensitive)
                    || e.toMap().value(key("firstName")).toString().contains(last.left(4), Qt::CaseInsensitive)
                    || e.toMap().value(key("patronymic")).toString().contains(last.left(4), Qt::CaseInsensitive));
        }
        const QString pin = first.value(key("pin")).toString();
        const QCborArray byPin = m_hr->call(key("staffhr.employees.list"), {{key("query"), pin}}).value(key("result")).toArray();
        QCOMPARE(byPin.size(), 1);
        // Unit filter: the department's staff.
        const QCborArray kta = m_hr->call(key("staffhr.employees.list"), {{key("unitId"), m_kta}}).value(key("result")).toArray();
        QCOMPARE(qint64(kta.size()), num(QStringLiteral("SELECT count(DISTINCT employee_id) FROM staffhr.positions WHERE unit_id = ? "
                                                        "AND until IS NULL"),
                                         {m_kta}));
    }

    /// The demo's positions, leaves and awards each come from a signed order whose line
    /// carries the summary the card's history shows.
    void demoOrdersBehindTheRecords()
    {
        QVERIFY(num(QStringLiteral("SELECT count(*) FROM staffhr.orders WHERE state = 'signed'")) > 3);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.orders WHERE state <> 'signed' OR signed_seq IS NULL")), qint64(0));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE order_id IS NULL")), qint64(0));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions p JOIN staffhr.orders o ON o.id = p.order_id "
                                    "WHERE o.kind <> 'hiring' OR o.order_date <> p.since")),
                 qint64(0));
        QVERIFY(num(QStringLiteral("SELECT count(*) FROM staffhr.leaves WHERE order_id IS NOT NULL")) > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.leaves WHERE order_id IS NULL")), qint64(0));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.order_items WHERE summary IS NULL OR summary = ''")), qint64(0));
        // numbers are unique within a year and the sequence goes on after the demo's orders
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM (SELECT number, date_part('year', order_date) FROM staffhr.orders "
                                    "GROUP BY 1, 2 HAVING count(*) > 1) d")),
                 qint64(0));
        QVERIFY(num(QStringLiteral("SELECT last_value FROM staffhr.order_sign_seq")) >= num(QStringLiteral("SELECT max(signed_seq) FROM staffhr.orders")));
        // someone on study leave today: the card's history names the hiring and the leave
        const qint64 onLeave = num(QStringLiteral("SELECT employee_id FROM staffhr.leaves WHERE kind = 'study' AND current_date BETWEEN date_from AND date_to "
                                                  "ORDER BY employee_id LIMIT 1"));
        QVERIFY(onLeave > 0);
        const QCborMap card = m_hr->call(key("staffhr.employees.get"), {{key("id"), onLeave}}).value(key("result")).toMap();
        const QCborArray history = card.value(key("history")).toArray();
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.first().toMap().value(key("kind")).toString(), key("hiring"));
        QCOMPARE(history.last().toMap().value(key("kind")).toString(), key("leave"));
        QVERIFY2(history.last().toMap().value(key("summary")).toString().startsWith(key("study: ")),
                 qPrintable(history.last().toMap().value(key("summary")).toString()));
    }

    void cardCrud()
    {
        const QDate birth(1980, 5, 12);
        QCborMap args = person(QStringLiteral("Асанов"), 'M', birth, 4242);
        args.insert(key("education"), QStringLiteral("КУУ, 2002, физика"));
        args.insert(key("degree"), QStringLiteral("candidate"));
        args.insert(key("title"), QStringLiteral("docent"));
        args.insert(key("phone"), QStringLiteral("+996 555 123456"));
        args.insert(key("email"), QStringLiteral("asanov@example.kg"));
        args.insert(key("lastNameRu"), QStringLiteral("Асанов"));
        const QCborMap created = m_hr->call(key("staffhr.employees.save"), args);
        QVERIFY2(TestClient::ok(created), qPrintable(TestClient::errorCode(created)));
        const qint64 id = res(created).value(key("id")).toInteger();
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND degree = 'candidate' AND title = 'docent' "
                                    "AND birth_date = '1980-05-12' AND education = 'КУУ, 2002, физика'"),
                     {id}),
                 qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'staffhr.employees.save' AND entity_id = ?"), {QString::number(id)}),
                 qint64(1));

        // The birth date comes from the PIN when not given.
        QCborMap noBirth = person(QStringLiteral("Бекова"), 'F', QDate(1990, 1, 2), 5);
        noBirth.remove(key("birthDate"));
        const QCborMap nb = m_hr->call(key("staffhr.employees.save"), noBirth);
        QCOMPARE(res(nb).value(key("birthDate")).toString(), QStringLiteral("1990-01-02"));

        // Update with the current row version; a stale one is a conflict with the current card.
        QCborMap upd = args;
        upd.insert(key("id"), id);
        upd.insert(key("rowVersion"), res(created).value(key("rowVersion")));
        upd.insert(key("title"), QStringLiteral("professor"));
        const QCborMap updated = m_hr->call(key("staffhr.employees.save"), upd);
        QVERIFY(TestClient::ok(updated));
        QCOMPARE(res(updated).value(key("title")).toString(), QStringLiteral("professor"));
        QCOMPARE(res(updated).value(key("rowVersion")).toInteger(), res(created).value(key("rowVersion")).toInteger() + 1);
        const QCborMap stale = m_hr->call(key("staffhr.employees.save"), upd);
        QCOMPARE(TestClient::errorCode(stale), QStringLiteral("conflict"));
        QCOMPARE(stale.value(key("error")).toMap().value(key("details")).toMap().value(key("current")).toMap().value(key("title")).toString(),
                 QStringLiteral("professor"));

        // Duplicate PIN.
        const QCborMap dup = m_hr->call(key("staffhr.employees.save"), person(QStringLiteral("Другой"), 'M', birth, 4242));
        QCOMPARE(TestClient::errorCode(dup), QStringLiteral("already_exists"));
        QCOMPARE(dup.value(key("error")).toMap().value(key("details")).toMap().value(key("id")).toInteger(), id);

        // Degree removed with an empty value.
        upd.insert(key("rowVersion"), res(updated).value(key("rowVersion")));
        upd.insert(key("degree"), QString(""));
        QVERIFY(TestClient::ok(m_hr->call(key("staffhr.employees.save"), upd)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND degree IS NULL"), {id}), qint64(1));

        // Not found.
        QCborMap ghost = args;
        ghost.insert(key("id"), 99999999);
        ghost.insert(key("rowVersion"), 1);
        ghost.insert(key("pin"), Domain::makePin('M', birth, 9));
        QCOMPARE(TestClient::errorCode(m_hr->call(key("staffhr.employees.save"), ghost)), QStringLiteral("not_found"));
    }

    void pinValidation_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("short") << "2120519801234" << "M" << "" << "pin" << "wrong_length";
        QTest::newRow("letters") << "21205198O1234X" << "M" << "" << "pin" << "not_digits";
        QTest::newRow("gender digit 3") << "31205198012345" << "M" << "" << "pin" << "bad_gender_digit";
        QTest::newRow("31 February") << "23102198012345" << "M" << "" << "pin" << "bad_date";
        QTest::newRow("female PIN, male card") << "11205198012345" << "M" << "" << "pin" << "gender_mismatch";
        QTest::newRow("birth date differs") << "21205198012345" << "M" << "1980-05-13" << "birthDate" << "pin_mismatch";
        QTest::newRow("too young") << "" << "M" << day(-365 * 5) << "birthDate" << "range";
        QTest::newRow("bad e-mail") << "" << "M" << "" << "email" << "format";
    }
    void pinValidation()
    {
        QFETCH(QString, pin);
        QFETCH(QString, gender);
        QFETCH(QString, birth);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        QCborMap args{{key("lastName"), QStringLiteral("Тестов")}, {key("firstName"), QStringLiteral("Тест")}, {key("gender"), gender}};
        if (!pin.isEmpty()) {
            args.insert(key("pin"), pin);
        }
        if (!birth.isEmpty()) {
            args.insert(key("birthDate"), birth);
        }
        if (field == QLatin1String("email")) {
            args.insert(key("email"), QStringLiteral("not-an-address"));
        }
        const qint64 before = num(QStringLiteral("SELECT count(*) FROM staffhr.employees"));
        const QCborMap r = m_hr->call(key("staffhr.employees.save"), args);
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("validation_failed"));
        const QCborMap d = r.value(key("error")).toMap().value(key("details")).toMap();
        QCOMPARE(d.value(key("field")).toString(), field);
        QCOMPARE(d.value(key("reason")).toString(), reason);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees")), before);
    }

    void ordersOfEveryKind()
    {
        const qint64 e = newEmployee(QStringLiteral("Жумабеков"), 'M', 11);
        QVERIFY(e > 0);
        // Hiring: a teaching position at 0.5 from two months ago.
        const qint64 h = signedOrder(key("hiring"), {hiring(e, m_kta, QStringLiteral("окутуучу"), 0.5, true, day(-60))});
        QVERIFY(h > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ? AND unit_id = ? AND rate = 0.5 "
                                    "AND teaching AND since = ? AND until IS NULL AND order_id = ?"),
                     {e, m_kta, today().addDays(-60), h}),
                 qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.teachers WHERE employee_id = ?"), {e}), qint64(1));
        const qint64 position = num(QStringLiteral("SELECT id FROM staffhr.positions WHERE employee_id = ?"), {e});

        // Transfer: the old position ends the day before, the new one starts.
        const qint64 t = signedOrder(key("transfer"), {QCborMap{{key("employeeId"), e}, {key("fromPositionId"), position}, {key("unitId"), m_ota},
                                                                {key("position"), QStringLiteral("улук окутуучу")}, {key("rate"), QStringLiteral("1.25")},
                                                                {key("teaching"), true}, {key("dateFrom"), day(-30)}}});
        QVERIFY(t > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE id = ? AND until = ? AND end_order_id = ?"),
                     {position, today().addDays(-31), t}),
                 qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ? AND unit_id = ? AND rate = 1.25 AND until IS NULL"),
                     {e, m_ota}),
                 qint64(1));
        QCOMPARE(openPositions(e), qint64(1));

        // Leave: recorded; an overlapping one is refused at save.
        const qint64 l = signedOrder(key("leave"), {QCborMap{{key("employeeId"), e}, {key("leaveKind"), key("annual")}, {key("dateFrom"), day(-2)},
                                                             {key("dateTo"), day(20)}}});
        QVERIFY(l > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.leaves WHERE employee_id = ? AND kind = 'annual' AND order_id = ?"), {e, l}),
                 qint64(1));
        const QCborMap overlap = saveOrder(key("leave"), {QCborMap{{key("employeeId"), e}, {key("leaveKind"), key("study")},
                                                                   {key("dateFrom"), day(10)}, {key("dateTo"), day(30)}}});
        QCOMPARE(TestClient::errorCode(overlap), QStringLiteral("validation_failed"));
        QCOMPARE(overlap.value(key("error")).toMap().value(key("details")).toMap().value(key("reason")).toString(), QStringLiteral("overlaps"));
        const QCborArray listed = m_hr->call(key("staffhr.employees.list"), {{key("query"), QStringLiteral("Жумабеков")}}).value(key("result")).toArray();
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first().toMap().value(key("onLeave")).toBool());

        // Award.
        const qint64 a = signedOrder(key("award"), {QCborMap{{key("employeeId"), e}, {key("awardKind"), QStringLiteral("Ардак грамота")},
                                                             {key("text"), QStringLiteral("for 20 years of teaching")}}});
        QVERIFY(a > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.awards WHERE employee_id = ? AND order_id = ?"), {e, a}), qint64(1));

        // The card shows positions, leaves, awards and the history of signed orders in order.
        const QCborMap card = res(m_hr->call(key("staffhr.employees.get"), {{key("id"), e}}));
        QCOMPARE(card.value(key("positions")).toArray().size(), 2);
        QCOMPARE(card.value(key("leaves")).toArray().size(), 1);
        QCOMPARE(card.value(key("awards")).toArray().size(), 1);
        const QCborArray history = card.value(key("history")).toArray();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).toMap().value(key("kind")).toString(), key("hiring"));
        QCOMPARE(history.at(1).toMap().value(key("kind")).toString(), key("transfer"));
        QVERIFY(history.at(1).toMap().value(key("summary")).toString().contains(QStringLiteral("→")));
        QCOMPARE(history.at(3).toMap().value(key("kind")).toString(), key("award"));

        // Dismissal: every open position ends, the employee leaves the default list.
        const qint64 d = signedOrder(key("dismissal"), {QCborMap{{key("employeeId"), e}, {key("reason"), QStringLiteral("own wish")},
                                                                 {key("dateFrom"), day(-1)}}});
        QVERIFY(d > 0);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND status = 'dismissed'"), {e}), qint64(1));
        QCOMPARE(openPositions(e), qint64(0));
        QCOMPARE(m_hr->call(key("staffhr.employees.list"), {{key("query"), QStringLiteral("Жумабеков")}}).value(key("result")).toArray().size(), 0);
        QCOMPARE(m_hr->call(key("staffhr.employees.list"), {{key("query"), QStringLiteral("Жумабеков")}, {key("includeDismissed"), true}})
                     .value(key("result"))
                     .toArray()
                     .size(),
                 1);
        // A dismissed employee gets no leave.
        const QCborMap noLeave = saveOrder(key("leave"), {QCborMap{{key("employeeId"), e}, {key("leaveKind"), key("unpaid")},
                                                                   {key("dateFrom"), day(40)}, {key("dateTo"), day(41)}}});
        QCOMPARE(noLeave.value(key("error")).toMap().value(key("details")).toMap().value(key("reason")).toString(), QStringLiteral("dismissed"));

        // The orders list knows them all, newest first, with the employee's name.
        const QCborArray orders = m_hr->call(key("staffhr.orders.list"), {{key("employeeId"), e}}).value(key("result")).toArray();
        QCOMPARE(orders.size(), 5);
        for (const QCborValue &o : orders) {
            QCOMPARE(o.toMap().value(key("state")).toString(), key("signed"));
            QVERIFY(o.toMap().value(key("employees")).toString().contains(QStringLiteral("Жумабеков")));
        }
    }

    void itemValidation()
    {
        const qint64 e = newEmployee(QStringLiteral("Валидов"), 'M', 12);
        auto reasonOf = [](const QCborMap &r) {
            const QCborMap d = r.value(key("error")).toMap().value(key("details")).toMap();
            return d.value(key("field")).toString() + QLatin1Char('/') + d.value(key("reason")).toString();
        };
        QCOMPARE(reasonOf(saveOrder(key("hiring"), {hiring(e, m_kta, QStringLiteral("окутуучу"), 2.0, true, day(0))})), QStringLiteral("rate/range"));
        QCOMPARE(reasonOf(saveOrder(key("hiring"), {hiring(e, m_kta, QStringLiteral("окутуучу"), 0.1, true, day(0))})), QStringLiteral("rate/range"));
        QCOMPARE(reasonOf(saveOrder(key("hiring"), {hiring(e, 99999999, QStringLiteral("окутуучу"), 1.0, true, day(0))})), QStringLiteral("unitId/not_found"));
        QCOMPARE(reasonOf(saveOrder(key("hiring"), {hiring(99999999, m_kta, QStringLiteral("окутуучу"), 1.0, true, day(0))})),
                 QStringLiteral("employeeId/not_found"));
        QCOMPARE(reasonOf(saveOrder(key("leave"), {QCborMap{{key("employeeId"), e}, {key("leaveKind"), key("holiday")}, {key("dateFrom"), day(0)},
                                                            {key("dateTo"), day(1)}}})),
                 QStringLiteral("leaveKind/not_allowed"));
        QCOMPARE(reasonOf(saveOrder(key("leave"), {QCborMap{{key("employeeId"), e}, {key("leaveKind"), key("sick")}, {key("dateFrom"), day(5)},
                                                            {key("dateTo"), day(1)}}})),
                 QStringLiteral("dateTo/range"));
        QCOMPARE(reasonOf(saveOrder(key("dismissal"), {QCborMap{{key("employeeId"), e}, {key("dateFrom"), day(0)}}})), QStringLiteral("reason/missing"));
        QCOMPARE(reasonOf(saveOrder(key("award"), {QCborMap{{key("employeeId"), e}, {key("awardKind"), key("x")}},
                                                   QCborMap{{key("employeeId"), e}, {key("awardKind"), key("y")}}})),
                 QStringLiteral("employeeId/duplicate"));
        const QCborMap second = saveOrder(key("award"), {QCborMap{{key("employeeId"), e}, {key("awardKind"), key("x")}},
                                                          QCborMap{{key("employeeId"), e}, {key("awardKind"), key("y")}}});
        QCOMPARE(second.value(key("error")).toMap().value(key("details")).toMap().value(key("item")).toInteger(), 1);
        // Same number in the same year.
        const QCborMap first = saveOrder(key("award"), {QCborMap{{key("employeeId"), e}, {key("awardKind"), key("x")}}});
        QVERIFY(TestClient::ok(first));
        const QCborMap again = m_hr->call(key("staffhr.orders.save"), {{key("kind"), key("award")}, {key("number"), res(first).value(key("number"))},
                                                                         {key("date"), day(0)},
                                                                         {key("items"), QCborArray{QCborMap{{key("employeeId"), e}, {key("awardKind"), key("z")}}}}});
        QCOMPARE(TestClient::errorCode(again), QStringLiteral("already_exists"));
    }

    void signIsAllOrNothing()
    {
        const qint64 a = newEmployee(QStringLiteral("Атомов"), 'M', 21);
        const qint64 b = newEmployee(QStringLiteral("Бүтүнова"), 'F', 22);
        QVERIFY(signedOrder(key("hiring"), {hiring(a, m_kta, QStringLiteral("окутуучу"), 1.0, true, day(-10)),
                                            hiring(b, m_kta, QStringLiteral("лаборант"), 0.5, false, day(-10))})
                > 0);
        // A draft dismisses both; meanwhile another order dismisses b: signing the draft fails as a whole.
        const QCborMap both = saveOrder(key("dismissal"), {QCborMap{{key("employeeId"), a}, {key("reason"), key("x")}, {key("dateFrom"), day(0)}},
                                                            QCborMap{{key("employeeId"), b}, {key("reason"), key("x")}, {key("dateFrom"), day(0)}}});
        QVERIFY(TestClient::ok(both));
        QVERIFY(signedOrder(key("dismissal"), {QCborMap{{key("employeeId"), b}, {key("reason"), key("y")}, {key("dateFrom"), day(0)}}}) > 0);
        const qint64 draft = res(both).value(key("id")).toInteger();
        const QCborMap r = sign(draft);
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("validation_failed"));
        QCOMPARE(r.value(key("error")).toMap().value(key("details")).toMap().value(key("item")).toInteger(), 1);
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND status = 'active'"), {a}), qint64(1));
        QCOMPARE(openPositions(a), qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.orders WHERE id = ? AND state = 'draft'"), {draft}), qint64(1));
        // Signing twice, or with a stale row version, is refused.
        QCOMPARE(TestClient::errorCode(m_hr->call(key("staffhr.orders.sign"), {{key("id"), draft}, {key("rowVersion"), 99}})),
                 QStringLiteral("conflict"));
    }

    void cancelPaths()
    {
        const qint64 e = newEmployee(QStringLiteral("Кайтаров"), 'M', 31);
        // A draft is cancelled at once and cannot be signed afterwards.
        const QCborMap draft = saveOrder(key("hiring"), {hiring(e, m_kta, QStringLiteral("окутуучу"), 1.0, true, day(-20))});
        const qint64 draftId = res(draft).value(key("id")).toInteger();
        const QCborMap c = m_hr->call(key("staffhr.orders.cancel"), {{key("id"), draftId}, {key("reason"), QStringLiteral("not needed")}});
        QCOMPARE(res(c).value(key("state")).toString(), key("cancelled"));
        QCOMPARE(TestClient::errorCode(sign(draftId)), QStringLiteral("invalid_state"));
        QCOMPARE(TestClient::errorCode(m_hr->call(key("staffhr.orders.cancel"), {{key("id"), draftId}, {key("reason"), QStringLiteral("again")}})),
                 QStringLiteral("invalid_state"));

        // Signed hiring, then a dismissal: the hiring cannot be reversed while the later order stands.
        const qint64 h = signedOrder(key("hiring"), {hiring(e, m_kta, QStringLiteral("окутуучу"), 1.0, true, day(-20))});
        QVERIFY(h > 0);
        const qint64 d = signedOrder(key("dismissal"), {QCborMap{{key("employeeId"), e}, {key("reason"), key("x")}, {key("dateFrom"), day(-1)}}});
        QVERIFY(d > 0);
        QCOMPARE(TestClient::errorCode(m_hr->call(key("staffhr.orders.cancel"), {{key("id"), h}, {key("reason"), QStringLiteral("mistake")}})),
                 QStringLiteral("invalid_state"));

        // Cancelling the signed dismissal needs the vice-rector; until approved nothing changes.
        const QCborMap req = m_hr->call(key("staffhr.orders.cancel"), {{key("id"), d}, {key("reason"), QStringLiteral("mistake")}});
        QCOMPARE(res(req).value(key("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND status = 'dismissed'"), {e}), qint64(1));
        QCOMPARE(TestClient::errorCode(m_hr->call(key("approvals.approve"), {{key("id"), res(req).value(key("requestId"))}})),
                 QStringLiteral("not_authorized"));
        const QCborMap approved = m_vice->call(key("approvals.approve"), {{key("id"), res(req).value(key("requestId"))}});
        QVERIFY2(TestClient::ok(approved), qPrintable(TestClient::errorCode(approved)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND status = 'active'"), {e}), qint64(1));
        QCOMPARE(openPositions(e), qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.orders WHERE id = ? AND state = 'cancelled'"), {d}), qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE entity = 'staff_order' AND entity_id = ? "
                                    "AND after->>'state' = 'cancelled'"),
                     {QString::number(d)}),
                 qint64(1));

        // Now the hiring can go too: the position disappears.
        QVERIFY(TestClient::ok(cancelSigned(h)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ?"), {e}), qint64(0));
        // The history lists signed orders only.
        QCOMPARE(res(m_hr->call(key("staffhr.employees.get"), {{key("id"), e}})).value(key("history")).toArray().size(), 0);

        // Transfer reversed: the old position is open again, the new one gone.
        const qint64 f = newEmployee(QStringLiteral("Которов"), 'M', 32);
        QVERIFY(signedOrder(key("hiring"), {hiring(f, m_kta, QStringLiteral("окутуучу"), 1.0, true, day(-50))}) > 0);
        const qint64 pos = num(QStringLiteral("SELECT id FROM staffhr.positions WHERE employee_id = ?"), {f});
        const qint64 t = signedOrder(key("transfer"), {QCborMap{{key("employeeId"), f}, {key("fromPositionId"), pos}, {key("unitId"), m_ota},
                                                                {key("position"), QStringLiteral("доцент")}, {key("rate"), 1.0},
                                                                {key("teaching"), true}, {key("dateFrom"), day(-5)}}});
        QVERIFY(t > 0);
        QVERIFY(TestClient::ok(cancelSigned(t)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ?"), {f}), qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE id = ? AND until IS NULL AND end_order_id IS NULL"), {pos}),
                 qint64(1));

        // Leave and award reversed.
        const qint64 l = signedOrder(key("leave"), {QCborMap{{key("employeeId"), f}, {key("leaveKind"), key("sick")}, {key("dateFrom"), day(1)},
                                                             {key("dateTo"), day(3)}}});
        QVERIFY(TestClient::ok(cancelSigned(l)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.leaves WHERE employee_id = ?"), {f}), qint64(0));
        const qint64 aw = signedOrder(key("award"), {QCborMap{{key("employeeId"), f}, {key("awardKind"), key("medal")}}});
        QVERIFY(TestClient::ok(cancelSigned(aw)));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.awards WHERE employee_id = ?"), {f}), qint64(0));
    }

    void reportsEqualSql_data()
    {
        QTest::addColumn<QString>("by");
        QTest::newRow("unit") << "unit";
        QTest::newRow("degree") << "degree";
        QTest::newRow("title") << "title";
        QTest::newRow("age") << "age";
        QTest::newRow("onLeave") << "onLeave";
    }
    void reportsEqualSql()
    {
        QFETCH(QString, by);
        const QCborMap r = res(m_hr->call(key("staffhr.reports.staff"), {{key("by"), by}}));
        const QCborArray rows = r.value(key("rows")).toArray();
        const QCborMap totals = r.value(key("totals")).toMap();
        const QString open = QStringLiteral("FROM staffhr.positions p JOIN staffhr.employees e ON e.id = p.employee_id "
                                            "WHERE p.since <= current_date AND (p.until IS NULL OR p.until >= current_date)");
        QCOMPARE(totals.value(key("employees")).toInteger(), num(QStringLiteral("SELECT count(DISTINCT e.id) ") + open));
        QCOMPARE(totals.value(key("female")).toInteger(), num(QStringLiteral("SELECT count(DISTINCT e.id) ") + open + QStringLiteral(" AND e.gender = 'F'")));
        QCOMPARE(qRound(totals.value(key("rate")).toDouble() * 100), qRound(scalar(db(), QStringLiteral("SELECT sum(p.rate) ") + open).toDouble() * 100));
        if (by == QLatin1String("onLeave")) {
            QCOMPARE(qint64(rows.size()), num(QStringLiteral("SELECT count(*) FROM staffhr.leaves l WHERE current_date BETWEEN l.date_from AND l.date_to "
                                                            "AND EXISTS (SELECT 1 ") + open + QStringLiteral(" AND e.id = l.employee_id)")));
            return;
        }
        QVERIFY(!rows.isEmpty());
        qint64 sum = 0;
        for (const QCborValue &v : rows) {
            const QCborMap row = v.toMap();
            sum += row.value(key("employees")).toInteger();
            if (by == QLatin1String("unit")) {
                QCOMPARE(row.value(key("employees")).toInteger(),
                         num(QStringLiteral("SELECT count(DISTINCT e.id) ") + open + QStringLiteral(" AND p.unit_id = (SELECT id FROM org.units WHERE code = ?)"),
                             {row.value(key("key")).toString()}));
            } else if (by == QLatin1String("degree") || by == QLatin1String("title")) {
                QCOMPARE(row.value(key("employees")).toInteger(),
                         num(QStringLiteral("SELECT count(DISTINCT e.id) ") + open + QStringLiteral(" AND coalesce(e.%1, 'none') = ?").arg(by),
                             {row.value(key("key")).toString()}));
            }
        }
        if (by != QLatin1String("unit")) {
            QCOMPARE(sum, totals.value(key("employees")).toInteger()); // each person in exactly one row
        } else {
            QVERIFY(sum >= totals.value(key("employees")).toInteger());
        }
        if (by == QLatin1String("age")) {
            const qint64 young = num(QStringLiteral("SELECT count(DISTINCT e.id) ") + open + QStringLiteral(" AND date_part('year', age(current_date, e.birth_date)) < 30"));
            qint64 got = 0;
            for (const QCborValue &v : rows) {
                if (v.toMap().value(key("key")).toString() == QLatin1String("<30")) {
                    got = v.toMap().value(key("employees")).toInteger();
                }
            }
            QCOMPARE(got, young);
        }
    }

    void scopedRoles()
    {
        // The dean of PF sees exactly the employees with a position in PF or below.
        const QCborArray mine = m_dean->call(key("staffhr.employees.list")).value(key("result")).toArray();
        QCOMPARE(qint64(mine.size()), num(QStringLiteral("SELECT count(DISTINCT e.id) FROM staffhr.employees e JOIN staffhr.positions p "
                                                        "ON p.employee_id = e.id WHERE e.status = 'active' AND org.unit_within(p.unit_id, ?)"),
                                          {m_pf}));
        const qint64 nsmOnly = num(QStringLiteral("SELECT p.employee_id FROM staffhr.positions p WHERE p.unit_id = ? AND NOT EXISTS ("
                                                  "SELECT 1 FROM staffhr.positions q WHERE q.employee_id = p.employee_id AND org.unit_within(q.unit_id, ?)) "
                                                  "ORDER BY 1 LIMIT 1"),
                                   {m_mi, m_pf});
        const qint64 pfOnly = num(QStringLiteral("SELECT p.employee_id FROM staffhr.positions p WHERE p.unit_id = ? AND NOT EXISTS ("
                                                 "SELECT 1 FROM staffhr.positions q WHERE q.employee_id = p.employee_id AND org.unit_within(q.unit_id, ?)) "
                                                 "ORDER BY 1 LIMIT 1"),
                                  {m_kta, m_nsm});
        QVERIFY(nsmOnly > 0 && pfOnly > 0);
        QVERIFY(TestClient::ok(m_dean->call(key("staffhr.employees.get"), {{key("id"), pfOnly}})));
        QCOMPARE(TestClient::errorCode(m_dean->call(key("staffhr.employees.get"), {{key("id"), nsmOnly}})), QStringLiteral("not_authorized"));
        QCOMPARE(TestClient::errorCode(m_dean2->call(key("staffhr.employees.get"), {{key("id"), pfOnly}})), QStringLiteral("not_authorized"));
        QVERIFY(TestClient::ok(m_dean2->call(key("staffhr.employees.get"), {{key("id"), nsmOnly}})));
        // The department (PF-KTA) sees its own staff only.
        const QCborArray dep = m_department->call(key("staffhr.employees.list")).value(key("result")).toArray();
        QVERIFY(!dep.isEmpty());
        QCOMPARE(qint64(dep.size()), num(QStringLiteral("SELECT count(DISTINCT e.id) FROM staffhr.employees e JOIN staffhr.positions p "
                                                       "ON p.employee_id = e.id WHERE e.status = 'active' AND org.unit_within(p.unit_id, ?)"),
                                         {m_kta}));
        // Reports of a dean count their faculty only.
        const QCborMap rep = res(m_dean->call(key("staffhr.reports.staff"), {{key("by"), key("unit")}}));
        for (const QCborValue &row : rep.value(key("rows")).toArray()) {
            QVERIFY(row.toMap().value(key("key")).toString().startsWith(QStringLiteral("PF")));
        }
        // Reading roles do not write.
        QCOMPARE(TestClient::errorCode(m_dean->call(key("staffhr.employees.save"), person(QStringLiteral("Декан"), 'M', QDate(1970, 1, 1), 3))),
                 QStringLiteral("not_authorized"));
        QCOMPARE(TestClient::errorCode(m_dean->call(key("staffhr.orders.sign"), {{key("id"), 1}, {key("rowVersion"), 1}})),
                 QStringLiteral("not_authorized"));
    }
};

QTEST_GUILESS_MAIN(TestStaffHr)
#include "tst_staffhr.moc"
