// Every (role, op) pair of the registry, against the real server: an op is refused with
// not_authorized exactly when the role lacks its permission. Scoped roles are checked
// inside and outside their unit. Every mutating op that succeeds leaves an audit record.
#include "protocol/registry.h"
#include "serverfixture.h"
#include "storage/database.h"

#include <QCborArray>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;
using Protocol::Registry;

class TestPermissions : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("perm-test-password");
    qint64 m_uni = 0, m_facA = 0, m_facB = 0, m_depA = 0, m_college = 0, m_depCollege = 0;
    int m_counter = 0;
    QHash<qint64, qint64> m_groupOf, m_studentOf; ///< unit → a group / an active student of it
    QHash<qint64, qint64> m_employeeOf; ///< unit → an employee with a position there
    qint64 m_staffOrder = 0;
    std::map<QString, std::unique_ptr<TestClient>> m_clients; ///< one signed-in client per role

    TestClient *clientForRole(const QString &role, qint64 scope, bool fresh)
    {
        const QString user = QStringLiteral("role-") + role;
        if (!m_users.contains(role)) {
            fx.createUser(user, pw, {{role, scope}});
            m_users.insert(role);
        }
        if (fresh || !m_clients.count(role)) {
            auto c = fx.clientFor(user, pw);
            if (fresh) {
                m_extra.push_back(std::move(c));
                return m_extra.back().get();
            }
            m_clients[role] = std::move(c);
        }
        return m_clients[role].get();
    }
    std::vector<std::unique_ptr<TestClient>> m_extra;
    QSet<QString> m_users;

    /// Unit a scoped role holds.
    qint64 scopeUnitFor(const QString &scopeKind) const
    {
        if (scopeKind == QLatin1String("faculty")) {
            return m_facA;
        }
        if (scopeKind == QLatin1String("department")) {
            return m_depA;
        }
        if (scopeKind == QLatin1String("college")) {
            return m_college;
        }
        return 0;
    }
    /// A unit inside @p scope where new units may be created.
    qint64 parentInside(qint64 scope) const { return scope ? scope : m_facA; }

    /// A name made of letters only (names refuse digits).
    static QString letters(int n)
    {
        static const QString abc = QStringLiteral("абвгдежзиклмнопрстуфх");
        QString s = QStringLiteral("Ас");
        do {
            s += abc.at(n % abc.size());
            n /= int(abc.size());
        } while (n > 0);
        return s;
    }

    /// Arguments that pass validation for each op (a new op without an entry fails the test).
    QCborMap sampleArgs(const QString &op, qint64 scopeUnit)
    {
        const QString uniq = QStringLiteral("P%1").arg(++m_counter);
        const qint64 parent = parentInside(scopeUnit);
        if (op == QLatin1String("auth.logout") || op == QLatin1String("auth.whoami") || op == QLatin1String("profile.get")
            || op == QLatin1String("org.units.list") || op == QLatin1String("approvals.list") || op == QLatin1String("audit.verify")
            || op == QLatin1String("users.list") || op == QLatin1String("system.status")) {
            return {};
        }
        if (op == QLatin1String("auth.changePassword")) {
            return {{QStringLiteral("oldPassword"), QStringLiteral("wrong-old")}, {QStringLiteral("newPassword"), QStringLiteral("new-password-1")}};
        }
        if (op == QLatin1String("profile.save")) {
            return {{QStringLiteral("phone"), QStringLiteral("+996 555 000111")}, {QStringLiteral("rowVersion"), 1}};
        }
        if (op == QLatin1String("org.units.get")) {
            return {{QStringLiteral("id"), parent}};
        }
        if (op == QLatin1String("org.units.save")) {
            const bool college = scopeUnit == m_college;
            return {{QStringLiteral("parentId"), parent}, {QStringLiteral("kind"), college ? QStringLiteral("department") : QStringLiteral("office")},
                    {QStringLiteral("code"), uniq}, {QStringLiteral("nameKy"), QStringLiteral("Бөлүм ") + uniq},
                    {QStringLiteral("nameRu"), QStringLiteral("Отдел ") + uniq}};
        }
        if (op == QLatin1String("org.units.delete")) {
            const qint64 leaf = fx.createUnit(QStringLiteral("office"), uniq, parent);
            return {{QStringLiteral("id"), leaf}, {QStringLiteral("reason"), QStringLiteral("no longer needed")}};
        }
        if (op == QLatin1String("approvals.approve")) {
            return {{QStringLiteral("id"), 999999}};
        }
        if (op == QLatin1String("approvals.reject")) {
            return {{QStringLiteral("id"), 999999}, {QStringLiteral("reason"), QStringLiteral("test")}};
        }
        if (op == QLatin1String("audit.list")) {
            return {{QStringLiteral("limit"), 1}};
        }
        if (op == QLatin1String("users.create")) {
            return {{QStringLiteral("username"), uniq.toLower()}, {QStringLiteral("fullName"), QStringLiteral("Test User")},
                    {QStringLiteral("password"), QStringLiteral("initial-password")}};
        }
        if (op == QLatin1String("users.setDisabled")) {
            return {{QStringLiteral("id"), 999999}, {QStringLiteral("disabled"), false}};
        }
        if (op == QLatin1String("studenthr.groups.list") || op == QLatin1String("documents.register.list")) {
            return {};
        }
        if (op == QLatin1String("studenthr.students.list")) {
            return {{QStringLiteral("groupId"), m_groupOf.value(parent, m_groupOf.value(m_facA))}};
        }
        if (op == QLatin1String("documents.prepare")) {
            return {{QStringLiteral("kind"), QStringLiteral("group_list")}, {QStringLiteral("subjectId"), m_groupOf.value(parent, m_groupOf.value(m_facA))}};
        }
        if (op == QLatin1String("documents.issue")) {
            return {{QStringLiteral("kind"), QStringLiteral("study_certificate")}, {QStringLiteral("subjectId"), m_studentOf.value(parent, m_studentOf.value(m_facA))}};
        }
        if (op == QLatin1String("documents.revoke")) {
            return {{QStringLiteral("id"), 999999}, {QStringLiteral("reason"), QStringLiteral("test")}};
        }
        // Student HR office (issue 5).
        const qint64 group = m_groupOf.value(parent, m_groupOf.value(m_facA));
        const qint64 student = m_studentOf.value(parent, m_studentOf.value(m_facA));
        if (op == QLatin1String("studenthr.specialties.list") || op == QLatin1String("studenthr.students.mine")
            || op == QLatin1String("studenthr.orders.list") || op == QLatin1String("studenthr.notifications")
            || op == QLatin1String("studenthr.year.preview")) {
            return {};
        }
        if (op == QLatin1String("studenthr.groups.save")) {
            const qint64 specialty = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT specialty_id FROM studenthr.groups WHERE id = ?"),
                                                    {group}).toLongLong();
            return {{QStringLiteral("specialtyId"), specialty}, {QStringLiteral("name"), QStringLiteral("GR-") + uniq},
                    {QStringLiteral("studyForm"), QStringLiteral("fulltime")}, {QStringLiteral("language"), QStringLiteral("ky")},
                    {QStringLiteral("entryYear"), 2026}};
        }
        if (op == QLatin1String("studenthr.students.get")) {
            return {{QStringLiteral("id"), student}};
        }
        if (op == QLatin1String("studenthr.students.save")) {
            return {{QStringLiteral("lastName"), QStringLiteral("Тестов")}, {QStringLiteral("firstName"), letters(m_counter)},
                    {QStringLiteral("birthDate"), QStringLiteral("2007-01-01")}, {QStringLiteral("gender"), QStringLiteral("M")}};
        }
        if (op == QLatin1String("studenthr.students.delete")) {
            const qint64 fresh = Server::scalar(Server::Db::thread(),
                                                QStringLiteral("INSERT INTO studenthr.students(last_name, first_name, birth_date, gender, funding, status) "
                                                               "VALUES ('Жок', 'Кылуу', '2006-02-02', 'F', 'contract', 'candidate') RETURNING id"))
                                     .toLongLong();
            return {{QStringLiteral("id"), fresh}, {QStringLiteral("reason"), QStringLiteral("entered by mistake")}};
        }
        if (op == QLatin1String("studenthr.students.search")) {
            return {{QStringLiteral("query"), QStringLiteral("Студент")}};
        }
        if (op == QLatin1String("studenthr.files.add")) {
            return {{QStringLiteral("studentId"), student}, {QStringLiteral("name"), QStringLiteral("scan.pdf")},
                    {QStringLiteral("mime"), QStringLiteral("application/pdf")},
                    {QStringLiteral("data"), QString::fromLatin1(QByteArray("%PDF-1.4 test").toBase64())}};
        }
        if (op == QLatin1String("studenthr.files.get") || op == QLatin1String("studenthr.orders.get")) {
            return {{QStringLiteral("id"), 999999}};
        }
        if (op == QLatin1String("studenthr.orders.save")) {
            return {{QStringLiteral("kind"), QStringLiteral("expulsion")}, {QStringLiteral("number"), uniq},
                    {QStringLiteral("date"), QStringLiteral("2026-11-01")},
                    {QStringLiteral("items"), QCborArray{QCborMap{{QStringLiteral("studentId"), student}, {QStringLiteral("reason"), QStringLiteral("own wish")}}}}};
        }
        if (op == QLatin1String("studenthr.orders.sign")) {
            return {{QStringLiteral("id"), 999999}, {QStringLiteral("rowVersion"), 1}};
        }
        if (op == QLatin1String("studenthr.orders.cancel")) {
            return {{QStringLiteral("id"), 999999}, {QStringLiteral("reason"), QStringLiteral("test")}};
        }
        if (op == QLatin1String("studenthr.contingent.at")) {
            return {{QStringLiteral("date"), QStringLiteral("2026-11-01")}, {QStringLiteral("groupId"), group}};
        }
        if (op == QLatin1String("studenthr.year.rollForward")) {
            // A faculty without groups: refused as nothing to do, the test data stays as it is.
            return {{QStringLiteral("promotionNumber"), uniq + QStringLiteral("-P")}, {QStringLiteral("graduationNumber"), uniq + QStringLiteral("-G")},
                    {QStringLiteral("date"), QStringLiteral("2026-11-01")}, {QStringLiteral("unitId"), m_facB}};
        }
        if (op == QLatin1String("studenthr.import")) {
            return {{QStringLiteral("rows"), QCborArray{QCborMap{{QStringLiteral("lastName"), QStringLiteral("Тестов")}, {QStringLiteral("firstName"), QStringLiteral("Асан")},
                                                                 {QStringLiteral("birthDate"), QStringLiteral("2007-01-01")}, {QStringLiteral("gender"), QStringLiteral("M")}}}}};
        }
        if (op == QLatin1String("studenthr.reports.contingent")) {
            return {{QStringLiteral("by"), QStringLiteral("faculty")}};
        }
        if (op == QLatin1String("studenthr.reports.movement")) {
            return {{QStringLiteral("from"), QStringLiteral("2026-01-01")}, {QStringLiteral("to"), QStringLiteral("2026-12-31")}};
        }
        if (op == QLatin1String("staffhr.employees.list") || op == QLatin1String("staffhr.orders.list")) {
            return {};
        }
        if (op == QLatin1String("staffhr.employees.get")) {
            return {{QStringLiteral("id"), m_employeeOf.value(parent, m_employeeOf.value(m_facA))}};
        }
        if (op == QLatin1String("staffhr.employees.save")) {
            return {{QStringLiteral("lastName"), QStringLiteral("Кызматкер")}, {QStringLiteral("firstName"), uniq}, {QStringLiteral("gender"), QStringLiteral("F")}};
        }
        if (op == QLatin1String("staffhr.orders.get")) {
            return {{QStringLiteral("id"), m_staffOrder}};
        }
        if (op == QLatin1String("staffhr.orders.save")) {
            return {{QStringLiteral("kind"), QStringLiteral("award")}, {QStringLiteral("number"), uniq}, {QStringLiteral("date"), QStringLiteral("2026-03-01")},
                    {QStringLiteral("items"), QCborArray{QCborMap{{QStringLiteral("employeeId"), m_employeeOf.value(m_facA)},
                                                                  {QStringLiteral("awardKind"), QStringLiteral("грамота")}}}}};
        }
        if (op == QLatin1String("staffhr.orders.sign") || op == QLatin1String("staffhr.orders.cancel")) {
            // A fresh draft each time, so that signing and cancelling succeed for the office.
            const qint64 order = Server::scalar(Server::Db::thread(),
                                                QStringLiteral("INSERT INTO staffhr.orders(number, order_date, kind) VALUES (?, '2026-03-01', 'award') RETURNING id"),
                                                {uniq})
                                     .toLongLong();
            Server::exec(Server::Db::thread(),
                         QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, award_kind) VALUES (?, 1, ?, 'грамота')"),
                         {order, m_employeeOf.value(m_facA)});
            if (op == QLatin1String("staffhr.orders.sign")) {
                return {{QStringLiteral("id"), order}, {QStringLiteral("rowVersion"), 1}};
            }
            return {{QStringLiteral("id"), order}, {QStringLiteral("reason"), QStringLiteral("test")}};
        }
        if (op == QLatin1String("ref.soate.search")) {
            return {{QStringLiteral("query"), QStringLiteral("Нарын")}};
        }
        if (op == QLatin1String("staffhr.reports.staff")) {
            return {{QStringLiteral("by"), QStringLiteral("unit")}};
        }
        if (op == QLatin1String("users.grantRole") || op == QLatin1String("users.revokeRole")) {
            return {{QStringLiteral("userId"), 999999}, {QStringLiteral("role"), QStringLiteral("teacher")}};
        }
        return {{QStringLiteral("__missing__"), true}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = fx.createUnit(QStringLiteral("university"), QStringLiteral("UNI"));
        m_facA = fx.createUnit(QStringLiteral("faculty"), QStringLiteral("FA"), m_uni);
        m_facB = fx.createUnit(QStringLiteral("faculty"), QStringLiteral("FB"), m_uni);
        m_depA = fx.createUnit(QStringLiteral("department"), QStringLiteral("FA-D1"), m_facA);
        m_college = fx.createUnit(QStringLiteral("college"), QStringLiteral("COL"), m_uni);
        m_depCollege = fx.createUnit(QStringLiteral("department"), QStringLiteral("COL-D1"), m_college);
        // A group with one active student in the faculty and in the college; the faculty's
        // group is curated by the curator role's user (curators read their own groups only).
        const qint64 curatorUser = fx.createUser(QStringLiteral("role-curator"), pw, {{QStringLiteral("curator"), 0}});
        m_users.insert(QStringLiteral("curator"));
        const QSqlDatabase db = Server::Db::thread();
        const qint64 curator = Server::scalar(db, QStringLiteral("INSERT INTO staffhr.employees(last_name, first_name, gender, user_id) "
                                                                 "VALUES ('Curator', 'Test', 'F', ?) RETURNING id"),
                                              {curatorUser})
                                   .toLongLong();
        int n = 0;
        // Departments see the groups of their own specialties, so one department has a group too.
        for (const qint64 unit : {m_facA, m_college, m_depA}) {
            ++n;
            const qint64 specialty = Server::scalar(db, QStringLiteral("INSERT INTO studenthr.specialties(unit_id, code, name_ky, name_ru, level, years) "
                                                                       "VALUES (?, ?, 'Адистик', 'Специальность', 'bachelor', 4) RETURNING id"),
                                                    {unit, QStringLiteral("S%1").arg(n)})
                                         .toLongLong();
            const qint64 group = Server::scalar(db, QStringLiteral("INSERT INTO studenthr.groups(specialty_id, name, course, study_form, language, "
                                                                   "entry_year, curator_id) VALUES (?, ?, 1, 'fulltime', 'ky', 2026, ?) RETURNING id"),
                                                {specialty, QStringLiteral("G-%1").arg(n), unit == m_facA ? QVariant(curator) : QVariant(QMetaType::fromType<qlonglong>())})
                                     .toLongLong();
            m_groupOf.insert(unit, group);
            m_studentOf.insert(unit, Server::scalar(db, QStringLiteral("INSERT INTO studenthr.students(last_name, first_name, birth_date, gender, "
                                                                       "group_id, funding) VALUES ('Студент', ?, '2007-05-01', 'M', ?, 'budget') RETURNING id"),
                                                    {QStringLiteral("Тест%1").arg(n), group})
                                         .toLongLong());
        }
        // An employee with a position in the faculty's department and one in the college, and a
        // staff order about both (staff HR reads are scoped by the units of positions).
        for (const qint64 unit : {m_depA, m_college}) {
            const qint64 e = Server::scalar(db, QStringLiteral("INSERT INTO staffhr.employees(last_name, first_name, gender) VALUES ('Кызматкер', ?, 'M') "
                                                               "RETURNING id"),
                                            {QStringLiteral("U%1").arg(unit)})
                                 .toLongLong();
            Server::exec(db, QStringLiteral("INSERT INTO staffhr.positions(employee_id, unit_id, position, rate, teaching, since) "
                                            "VALUES (?, ?, 'окутуучу', 1.0, true, '2020-09-01')"),
                         {e, unit});
            m_employeeOf.insert(unit, e);
        }
        m_employeeOf.insert(m_facA, m_employeeOf.value(m_depA));
        m_staffOrder = Server::scalar(db, QStringLiteral("INSERT INTO staffhr.orders(number, order_date, kind) VALUES ('P-0', '2026-03-01', 'award') "
                                                         "RETURNING id"))
                           .toLongLong();
        Server::exec(db, QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, award_kind) VALUES (?, 1, ?, 'грамота'), "
                                        "(?, 2, ?, 'грамота')"),
                     {m_staffOrder, m_employeeOf.value(m_depA), m_staffOrder, m_employeeOf.value(m_college)});
    }
    void cleanupTestCase() { fx.stop(); }

    void roleTimesOp_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("op");
        for (const Protocol::RoleSpec &r : Registry::roles()) {
            for (const Protocol::OpSpec &s : Registry::ops()) {
                if (s.permission.isEmpty()) {
                    continue; // hello, auth.login, auth.resume: no session needed
                }
                QTest::newRow(qPrintable(r.name + QLatin1Char(' ') + s.name)) << r.name << s.name;
            }
        }
    }
    void roleTimesOp()
    {
        QFETCH(QString, role);
        QFETCH(QString, op);
        const Protocol::RoleSpec *r = Registry::role(role);
        const Protocol::OpSpec *spec = Registry::find(op);
        QVERIFY(r && spec);
        const qint64 scope = scopeUnitFor(r->scopeKind);
        m_extra.clear();
        // Signing out must not spoil the shared client of the role.
        TestClient *c = clientForRole(role, scope, op == QLatin1String("auth.logout"));
        QVERIFY(c);
        const QCborMap args = sampleArgs(op, scope);
        QVERIFY2(!args.contains(QStringLiteral("__missing__")), qPrintable(QStringLiteral("no sample arguments for ") + op));
        const qint64 auditBefore = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = ?"), {op}).toLongLong();
        const QCborMap resp = c->call(op, args);
        QVERIFY2(!resp.isEmpty(), "no response");
        const QString code = TestClient::errorCode(resp);
        const bool allowed = Registry::roleHas(role, spec->permission);
        if (allowed) {
            QVERIFY2(code != QLatin1String("not_authorized"), qPrintable(QStringLiteral("%1 should be allowed %2").arg(role, op)));
            QVERIFY2(code != QLatin1String("internal") && code != QLatin1String("validation_failed"),
                     qPrintable(QStringLiteral("%1 %2 → %3").arg(role, op, code)));
        } else {
            QCOMPARE(code, QStringLiteral("not_authorized"));
        }
        if (spec->mutates && TestClient::ok(resp)) {
            const qint64 after = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = ?"), {op}).toLongLong();
            QVERIFY2(after > auditBefore, qPrintable(op + QStringLiteral(" succeeded without an audit record")));
        }
    }

    void scopedRolesStayInTheirUnit_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("dean inside own faculty") << "dean" << "FA" << "FA" << true;
        QTest::newRow("dean below own faculty") << "dean" << "FA" << "FA-D1" << true;
        QTest::newRow("dean in another faculty") << "dean" << "FA" << "FB" << false;
        QTest::newRow("dean at university level") << "dean" << "FA" << "UNI" << false;
        QTest::newRow("college inside own college") << "college" << "COL" << "COL" << true;
        QTest::newRow("college in a faculty") << "college" << "COL" << "FA" << false;
        QTest::newRow("academic anywhere") << "academic" << "" << "FB" << true;
    }
    void scopedRolesStayInTheirUnit()
    {
        m_clients.clear(); // stay under the per-address connection cap
        m_extra.clear();
        QFETCH(QString, role);
        QFETCH(QString, unit);
        QFETCH(QString, parent);
        QFETCH(bool, allowed);
        auto idOf = [](const QString &code) {
            return Server::scalar(Server::Db::thread(), QStringLiteral("SELECT id FROM org.units WHERE code = ?"), {code}).toLongLong();
        };
        const QString user = QStringLiteral("s%1").arg(++m_counter);
        fx.createUser(user, pw, {{role, unit.isEmpty() ? 0 : idOf(unit)}});
        auto c = fx.clientFor(user, pw);
        QVERIFY(c);
        const QString code = QStringLiteral("SC%1").arg(m_counter);
        const QCborMap r = c->call(QStringLiteral("org.units.save"),
                                   {{QStringLiteral("parentId"), idOf(parent)}, {QStringLiteral("kind"), QStringLiteral("office")},
                                    {QStringLiteral("code"), code}, {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}});
        QCOMPARE(TestClient::ok(r), allowed);
        if (!allowed) {
            QCOMPARE(TestClient::errorCode(r), QStringLiteral("not_authorized"));
        }
        // Moving a unit out of another faculty is refused too, even into one's own.
        if (role == QLatin1String("dean") && !allowed) {
            const qint64 foreign = fx.createUnit(QStringLiteral("office"), code + QStringLiteral("X"), idOf(QStringLiteral("FB")));
            const QCborMap m = c->call(QStringLiteral("org.units.save"),
                                       {{QStringLiteral("id"), foreign}, {QStringLiteral("parentId"), idOf(unit)},
                                        {QStringLiteral("kind"), QStringLiteral("office")}, {QStringLiteral("code"), code + QStringLiteral("X")},
                                        {QStringLiteral("nameKy"), code}, {QStringLiteral("nameRu"), code}, {QStringLiteral("rowVersion"), 1}});
            QCOMPARE(TestClient::errorCode(m), QStringLiteral("not_authorized"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
