// The documents engine and the student-records read ops against the real server on the
// demo university: document data equals the database, official papers get gapless
// registration numbers, verification codes and register rows, verification works
// without signing in and tells malformed, unknown, revoked and tampered codes apart,
// and scoped roles stay inside their faculty.
#include "demo/demouniversity.h"
#include "documents/documentkinds.h"
#include "documents/document.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testcluster.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;
using Server::exec;
using Server::scalar;

class TestDocumentsServer : public QObject
{
    Q_OBJECT
private:
    ServerFixture fx;
    const QString pw = QStringLiteral("documents-test-pw");
    qint64 m_pf = 0, m_nsm = 0;
    std::unique_ptr<TestClient> m_studenthr, m_dean, m_dean2, m_curator, m_academic;

    static QSqlDatabase db() { return Server::Db::thread(); }
    static qint64 idOf(const QString &sql, const QVariantList &binds = {}) { return scalar(db(), sql, binds).toLongLong(); }

    qint64 activeStudentOf(qint64 unit, int skip = 0)
    {
        return idOf(QStringLiteral("SELECT st.id FROM studenthr.students st JOIN studenthr.groups g ON g.id = st.group_id "
                                   "JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                   "WHERE sp.unit_id = ? AND st.status = 'active' ORDER BY st.id OFFSET ? LIMIT 1"),
                    {unit, skip});
    }
    /// A group of @p unit that is (or is not) in its final year of study.
    qint64 groupOf(qint64 unit, bool finalYear)
    {
        return idOf(QStringLiteral("SELECT g.id FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                   "WHERE sp.unit_id = ? AND (g.course >= sp.years) = (?::int = 1) AND g.study_form = 'fulltime' "
                                   "ORDER BY g.id LIMIT 1"),
                    {unit, finalYear ? 1 : 0});
    }
    static QCborMap issue(TestClient *c, qint64 student, const QString &lang = QStringLiteral("ky"), const QString &key = {})
    {
        return c->call(QStringLiteral("documents.issue"),
                       {{QStringLiteral("kind"), QStringLiteral("study_certificate")}, {QStringLiteral("subjectId"), student},
                        {QStringLiteral("lang"), lang}},
                       key);
    }
    QCborMap verify(const QString &code)
    {
        auto anon = fx.connectedClient();
        if (!anon) {
            return {};
        }
        anon->hello();
        return anon->call(QStringLiteral("documents.verify"), {{QStringLiteral("code"), code}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        Server::DemoUniversity::Options o;
        o.students = 500;
        o.password = pw;
        Server::DemoUniversity::load(db(), o);
        m_pf = idOf(QStringLiteral("SELECT id FROM org.units WHERE code = 'PF'"));
        m_nsm = idOf(QStringLiteral("SELECT id FROM org.units WHERE code = 'NSM'"));
        QVERIFY(m_pf > 0 && m_nsm > 0);
        fx.createUser(QStringLiteral("dean-nsm"), pw, {{QStringLiteral("dean"), m_nsm}});
        m_studenthr = fx.clientFor(QStringLiteral("studenthr"), pw);
        m_dean = fx.clientFor(QStringLiteral("dean"), pw);
        m_dean2 = fx.clientFor(QStringLiteral("dean-nsm"), pw);
        m_curator = fx.clientFor(QStringLiteral("curator"), pw);
        m_academic = fx.clientFor(QStringLiteral("academic"), pw);
        QVERIFY(m_studenthr && m_dean && m_dean2 && m_curator && m_academic);
    }
    void cleanupTestCase()
    {
        m_studenthr.reset();
        m_dean.reset();
        m_dean2.reset();
        m_curator.reset();
        m_academic.reset();
        fx.stop();
    }

    void registryNamesEveryKind()
    {
        // The registry's list of kinds (argument schema, PROTOCOL.md) and the server's kinds agree.
        const Protocol::OpSpec *spec = Protocol::Registry::find(QStringLiteral("documents.issue"));
        QVERIFY(spec);
        QStringList named;
        for (const Protocol::ArgSpec &a : spec->args) {
            if (a.name == QLatin1String("kind")) {
                named = a.oneOf;
            }
        }
        QStringList served;
        for (const Server::DocumentKind &k : Server::DocumentKinds::all()) {
            served << k.name;
            QVERIFY(k.data);
            QVERIFY(k.subjectKind == QLatin1String("student") || k.subjectKind == QLatin1String("group") || k.subjectKind == QLatin1String("order") || k.subjectKind == QLatin1String("unit"));
            QCOMPARE(k.official, !k.regPrefix.isEmpty());
        }
        named.sort();
        served.sort();
        QCOMPARE(served, named);
    }

    void demoHasSigners()
    {
        // One study-certificate signer per faculty and the college, the rector for orders.
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM documents.signers WHERE kind = 'study_certificate'")),
                 idOf(QStringLiteral("SELECT count(*) FROM org.units WHERE kind IN ('faculty', 'college')")));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM documents.signers WHERE kind = 'order' AND unit_id IS NULL")), qint64(1));
    }

    void groupsAreScoped()
    {
        const QCborMap all = m_studenthr->call(QStringLiteral("studenthr.groups.list"));
        QVERIFY(TestClient::ok(all));
        const QCborArray allGroups = all.value(QStringLiteral("result")).toArray();
        QCOMPARE(qint64(allGroups.size()), idOf(QStringLiteral("SELECT count(*) FROM studenthr.groups")));

        const QCborArray pf = m_dean->call(QStringLiteral("studenthr.groups.list")).value(QStringLiteral("result")).toArray();
        QCOMPARE(qint64(pf.size()), idOf(QStringLiteral("SELECT count(*) FROM studenthr.groups g JOIN studenthr.specialties s "
                                                        "ON s.id = g.specialty_id WHERE s.unit_id = ?"),
                                         {m_pf}));
        for (const QCborValue &g : pf) {
            QCOMPARE(g.toMap().value(QStringLiteral("facultyCode")).toString(), QStringLiteral("PF"));
        }
        const QCborMap first = pf.first().toMap();
        QCOMPARE(first.value(QStringLiteral("studentCount")).toInteger(),
                 idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE group_id = ? AND status = 'active'"),
                      {first.value(QStringLiteral("id")).toInteger()}));

        const QCborArray own = m_curator->call(QStringLiteral("studenthr.groups.list")).value(QStringLiteral("result")).toArray();
        QVERIFY(!own.isEmpty());
        QCOMPARE(qint64(own.size()), idOf(QStringLiteral("SELECT count(*) FROM studenthr.groups g JOIN staffhr.employees e "
                                                         "ON e.id = g.curator_id JOIN core.users u ON u.id = e.user_id "
                                                         "WHERE u.username = 'curator'")));

        const QCborArray filtered = m_studenthr->call(QStringLiteral("studenthr.groups.list"), {{QStringLiteral("unitId"), m_nsm}})
                                        .value(QStringLiteral("result"))
                                        .toArray();
        QVERIFY(!filtered.isEmpty());
        for (const QCborValue &g : filtered) {
            QCOMPARE(g.toMap().value(QStringLiteral("facultyId")).toInteger(), m_nsm);
        }
    }

    void studentsOfAGroup()
    {
        const qint64 group = groupOf(m_pf, false);
        const QCborMap r = m_dean->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), group}});
        QVERIFY(TestClient::ok(r));
        const QCborArray list = r.value(QStringLiteral("result")).toArray();
        QSqlQuery q = exec(db(), QStringLiteral("SELECT s.id, s.pin, s.last_name, s.birth_date, g.name FROM studenthr.students s "
                                                "JOIN studenthr.groups g ON g.id = s.group_id WHERE s.group_id = ? "
                                                "ORDER BY s.last_name, s.first_name, s.patronymic, s.id"),
                           {group});
        int i = 0;
        while (q.next()) {
            QVERIFY(i < list.size());
            const QCborMap s = list.at(i++).toMap();
            QCOMPARE(s.value(QStringLiteral("id")).toInteger(), q.value(0).toLongLong());
            QCOMPARE(s.value(QStringLiteral("pin")).toString(), q.value(1).toString());
            QCOMPARE(s.value(QStringLiteral("lastName")).toString(), q.value(2).toString());
            QCOMPARE(s.value(QStringLiteral("birthDate")).toString(), q.value(3).toDate().toString(Qt::ISODate));
            QCOMPARE(s.value(QStringLiteral("groupId")).toInteger(), group);
            QCOMPARE(s.value(QStringLiteral("groupName")).toString(), q.value(4).toString());
        }
        QCOMPARE(i, int(list.size()));
        QCOMPARE(TestClient::errorCode(m_dean2->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), group}})),
                 QStringLiteral("not_authorized"));
        QCOMPARE(TestClient::errorCode(m_dean->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), 99999999}})),
                 QStringLiteral("not_found"));
    }

    void groupListEqualsTheDatabase()
    {
        const qint64 group = groupOf(m_pf, false);
        for (const QString &lang : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}) {
            const QCborMap r = m_dean->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("group_list")},
                                                                                 {QStringLiteral("subjectId"), group},
                                                                                 {QStringLiteral("lang"), lang}});
            QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
            const Documents::Document d = Documents::Document::fromCbor(TestClient::result(r));
            QCOMPARE(d.kind, QStringLiteral("group_list"));
            QCOMPARE(d.lang, lang);
            QVERIFY(!d.official.isValid());
            QSqlQuery g = exec(db(), QStringLiteral("SELECT g.name, g.course, g.entry_year, s.code, u.name_ky, u.name_ru, u.name_en, "
                                                    "s.name_ky, s.name_ru, s.name_en, g.study_form FROM studenthr.groups g "
                                                    "JOIN studenthr.specialties s ON s.id = g.specialty_id JOIN org.units u ON u.id = s.unit_id "
                                                    "WHERE g.id = ?"),
                               {group});
            QVERIFY(g.next());
            const int li = lang == QLatin1String("ky") ? 0 : lang == QLatin1String("ru") ? 1 : 2;
            QCOMPARE(d.field(QStringLiteral("groupName")).toString(), g.value(0).toString());
            QCOMPARE(d.field(QStringLiteral("course")).toInt(), g.value(1).toInt());
            QCOMPARE(d.field(QStringLiteral("specialtyCode")).toString(), g.value(3).toString());
            QCOMPARE(d.field(QStringLiteral("faculty")).toString(), g.value(4 + li).toString());
            QCOMPARE(d.field(QStringLiteral("specialtyName")).toString(), g.value(7 + li).toString());
            const int start = g.value(2).toInt() + g.value(1).toInt() - 1;
            QCOMPARE(d.field(QStringLiteral("academicYear")).toString(), QStringLiteral("%1-%2").arg(start).arg(start + 1));
            QCOMPARE(g.value(10).toString(), QStringLiteral("fulltime"));
            QCOMPARE(d.field(QStringLiteral("studyForm")).toString(),
                     li == 0 ? QStringLiteral("күндүзгү") : li == 1 ? QStringLiteral("очная") : QStringLiteral("full-time"));
            QCOMPARE(d.field(QStringLiteral("university")).toString(),
                     scalar(db(), QStringLiteral("SELECT %1 FROM org.units WHERE code = 'NSU'")
                                      .arg(li == 0 ? QStringLiteral("name_ky") : li == 1 ? QStringLiteral("name_ru") : QStringLiteral("name_en")))
                         .toString());
            g.finish();

            const Documents::Table *t = d.table(QStringLiteral("students"));
            QVERIFY(t);
            QStringList keys;
            for (const auto &c : t->columns) {
                keys << c.key;
            }
            QCOMPARE(keys, QStringList({"no", "fullName", "pin", "funding", "status"}));
            QSqlQuery q = exec(db(), QStringLiteral("SELECT last_name || ' ' || first_name || coalesce(' ' || patronymic, ''), pin, funding "
                                                    "FROM studenthr.students WHERE group_id = ? AND status IN ('active', 'leave') "
                                                    "ORDER BY last_name, first_name, patronymic, id"),
                               {group});
            int i = 0;
            while (q.next()) {
                QVERIFY(i < t->rows.size());
                const auto &row = t->rows.at(i++);
                QCOMPARE(row.at(0).toInt(), i);
                QCOMPARE(row.at(1).toString(), q.value(0).toString());
                QCOMPARE(row.at(2).toString(), q.value(1).toString());
                if (li == 0) {
                    QCOMPARE(row.at(3).toString(), q.value(2).toString() == QLatin1String("budget") ? QStringLiteral("бюджет")
                                                                                                     : QStringLiteral("келишим"));
                    QCOMPARE(row.at(4).toString(), QStringLiteral("окуйт"));
                }
            }
            QCOMPARE(i, int(t->rows.size()));
            QVERIFY(i > 0);
        }
        // Outside the dean's faculty.
        QCOMPARE(TestClient::errorCode(m_dean2->call(QStringLiteral("documents.prepare"),
                                                     {{QStringLiteral("kind"), QStringLiteral("group_list")},
                                                      {QStringLiteral("subjectId"), group}})),
                 QStringLiteral("not_authorized"));
    }

    void kindsGoThroughTheRightOp()
    {
        const QCborMap p = m_studenthr->call(QStringLiteral("documents.prepare"),
                                             {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                              {QStringLiteral("subjectId"), activeStudentOf(m_pf)}});
        QCOMPARE(TestClient::errorCode(p), QStringLiteral("validation_failed"));
        QCOMPARE(p.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("official_kind"));
        const QCborMap i = m_studenthr->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("group_list")},
                                                                                {QStringLiteral("subjectId"), groupOf(m_pf, false)}});
        QCOMPARE(TestClient::errorCode(i), QStringLiteral("validation_failed"));
        QCOMPARE(i.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("not_official"));
        QCOMPARE(TestClient::errorCode(m_studenthr->call(QStringLiteral("documents.prepare"),
                                                         {{QStringLiteral("kind"), QStringLiteral("no_such_kind")},
                                                          {QStringLiteral("subjectId"), 1}})),
                 QStringLiteral("validation_failed"));
    }

    void orderSample()
    {
        const qint64 group = groupOf(m_pf, false);
        const QCborMap r = m_dean->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("order_sample")},
                                                                             {QStringLiteral("subjectId"), group},
                                                                             {QStringLiteral("lang"), QStringLiteral("ru")}});
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const Documents::Document d = Documents::Document::fromCbor(TestClient::result(r));
        QCOMPARE(d.field(QStringLiteral("orderNo")).toString(), QStringLiteral("____"));
        QCOMPARE(d.field(QStringLiteral("signerPosition")).toString(), QStringLiteral("Ректор"));
        QCOMPARE(d.field(QStringLiteral("signer")).toString(),
                 scalar(db(), QStringLiteral("SELECT full_name FROM documents.signers WHERE kind = 'order'")).toString());
        const int course = int(idOf(QStringLiteral("SELECT course FROM studenthr.groups WHERE id = ?"), {group}));
        QCOMPARE(d.field(QStringLiteral("fromCourse")).toInt(), course);
        QCOMPARE(d.field(QStringLiteral("toCourse")).toInt(), course + 1);
        QVERIFY(d.field(QStringLiteral("preamble")).toString().contains(d.field(QStringLiteral("groupName")).toString()));
        const Documents::Table *t = d.table(QStringLiteral("items"));
        QVERIFY(t);
        QCOMPARE(qint64(t->rows.size()),
                 idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE group_id = ? AND status = 'active'"), {group}));
        QCOMPARE(t->rows.first().at(2).toInt(), course);
        QCOMPARE(t->rows.first().at(3).toInt(), course + 1);

        const QCborMap fin = m_dean->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("order_sample")},
                                                                               {QStringLiteral("subjectId"), groupOf(m_pf, true)}});
        QCOMPARE(TestClient::errorCode(fin), QStringLiteral("invalid_state"));
    }

    void issueStudyCertificate()
    {
        const qint64 student = activeStudentOf(m_pf);
        const QCborMap r = issue(m_studenthr.get(), student);
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const Documents::Document d = Documents::Document::fromCbor(TestClient::result(r));
        QCOMPARE(d.kind, QStringLiteral("study_certificate"));
        QVERIFY(d.official.isValid());
        const QRegularExpression re(QStringLiteral("^МК-(\\d{4})-(\\d{6})$"));
        const auto m = re.match(d.official.regNo);
        QVERIFY2(m.hasMatch(), qPrintable(d.official.regNo));
        QCOMPARE(m.captured(1).toInt(), d.official.issuedAt.year());
        QCOMPARE(d.official.qr, Documents::verificationUri(d.official.verifyCode, d.official.regNo));
        QVERIFY(!Documents::VerifyCode::normalize(d.official.verifyCode).isEmpty());
        // The dean of the student's faculty signs.
        QCOMPARE(d.official.signer, scalar(db(), QStringLiteral("SELECT full_name FROM documents.signers WHERE kind = 'study_certificate' "
                                                                "AND unit_id = ?"),
                                           {m_pf})
                                        .toString());
        QCOMPARE(d.official.signerPosition, QStringLiteral("Декан"));

        QSqlQuery s = exec(db(), QStringLiteral("SELECT last_name || ' ' || first_name || coalesce(' ' || patronymic, ''), birth_date, pin "
                                                "FROM studenthr.students WHERE id = ?"),
                           {student});
        QVERIFY(s.next());
        const QString name = s.value(0).toString();
        QCOMPARE(d.field(QStringLiteral("fullName")).toString(), name);
        QCOMPARE(d.field(QStringLiteral("birthDate")).toString(), s.value(1).toDate().toString(Qt::ISODate));
        QCOMPARE(d.field(QStringLiteral("pin")).toString(), s.value(2).toString());
        s.finish();
        QCOMPARE(d.field(QStringLiteral("purpose")).toString(), QStringLiteral("талап кылынган жерге көрсөтүү үчүн"));
        QCOMPARE(d.field(QStringLiteral("expectedEndYear")).toLongLong(),
                 idOf(QStringLiteral("SELECT g.entry_year + sp.years FROM studenthr.students st JOIN studenthr.groups g ON g.id = st.group_id "
                                     "JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE st.id = ?"),
                      {student}));

        // The register row and the audit record.
        const qint64 id = idOf(QStringLiteral("SELECT id FROM documents.register WHERE reg_no = ?"), {d.official.regNo});
        QVERIFY(id > 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT subject_name FROM documents.register WHERE id = ?"), {id}).toString(), name);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT verify_code FROM documents.register WHERE id = ?"), {id}).toString(),
                 Documents::VerifyCode::normalize(d.official.verifyCode));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'documents.issue' AND entity = 'document' "
                                     "AND entity_id = ?"),
                      {QString::number(id)}),
                 qint64(1));

        // The next number follows; a retried request (same key) is answered, not issued again.
        const QString key = TestClient::newKey();
        const QCborMap r2 = issue(m_studenthr.get(), activeStudentOf(m_pf, 1), QStringLiteral("ru"), key);
        QVERIFY(TestClient::ok(r2));
        const Documents::Document d2 = Documents::Document::fromCbor(TestClient::result(r2));
        QCOMPARE(d2.official.regNo.right(6).toInt(), m.captured(2).toInt() + 1);
        QCOMPARE(d2.field(QStringLiteral("purpose")).toString(), QStringLiteral("для предъявления по месту требования"));
        const QCborMap again = issue(m_studenthr.get(), activeStudentOf(m_pf, 1), QStringLiteral("ru"), key);
        QCOMPARE(Documents::Document::fromCbor(TestClient::result(again)).official.regNo, d2.official.regNo);
        QCOMPARE(idOf(QStringLiteral("SELECT last FROM documents.counters WHERE kind = 'study_certificate'")),
                 qint64(d2.official.regNo.right(6).toInt()));
    }

    void verifyWithoutSigningIn()
    {
        const qint64 student = activeStudentOf(m_pf, 2);
        const Documents::Document d = Documents::Document::fromCbor(TestClient::result(issue(m_dean.get(), student)));
        QVERIFY(d.official.isValid());

        const QCborMap r = verify(d.official.verifyCode);
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        QCborMap v = TestClient::result(r);
        QCOMPARE(v.value(QStringLiteral("genuine")).toBool(), true);
        QVERIFY(!v.contains(QStringLiteral("reason")));
        QCOMPARE(v.value(QStringLiteral("regNo")).toString(), d.official.regNo);
        QCOMPARE(v.value(QStringLiteral("kind")).toString(), QStringLiteral("study_certificate"));
        QCOMPARE(v.value(QStringLiteral("subjectName")).toString(), d.field(QStringLiteral("fullName")).toString());
        QCOMPARE(v.value(QStringLiteral("signer")).toString(), d.official.signer);
        QCOMPARE(v.value(QStringLiteral("issuedAt")).toString(), d.official.issuedAt.toString(Qt::ISODate));
        QCOMPARE(v.value(QStringLiteral("certifies")).toMap().size(), qsizetype(d.fields.size()));
        QCOMPARE(v.value(QStringLiteral("certifies")).toMap().value(QStringLiteral("groupName")).toString(),
                 d.field(QStringLiteral("groupName")).toString());

        // The whole QR text, and sloppy typing, work too.
        QCOMPARE(TestClient::result(verify(d.official.qr)).value(QStringLiteral("genuine")).toBool(), true);
        QString sloppy = d.official.verifyCode.toLower();
        sloppy.remove(QLatin1Char('-'));
        QCOMPARE(TestClient::result(verify(sloppy)).value(QStringLiteral("genuine")).toBool(), true);

        // One character changed: the check characters catch it without a lookup.
        QString tampered = Documents::VerifyCode::normalize(d.official.verifyCode);
        tampered[3] = tampered.at(3) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        v = TestClient::result(verify(tampered));
        QCOMPARE(v.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("malformed"));
        QCOMPARE(v.size(), qsizetype(2)); // nothing else revealed

        // Well-formed but never issued.
        v = TestClient::result(verify(Documents::VerifyCode::generate()));
        QCOMPARE(v.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
        QCOMPARE(v.size(), qsizetype(2));
    }

    void revokedPapersAreNotGenuine()
    {
        const QCborMap r = issue(m_studenthr.get(), activeStudentOf(m_pf, 3));
        const Documents::Document d = Documents::Document::fromCbor(TestClient::result(r));
        const qint64 id = idOf(QStringLiteral("SELECT id FROM documents.register WHERE reg_no = ?"), {d.official.regNo});
        // Another faculty's dean may not revoke it.
        QCOMPARE(TestClient::errorCode(m_dean2->call(QStringLiteral("documents.revoke"),
                                                     {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("wrong data")}})),
                 QStringLiteral("not_authorized"));
        const QCborMap rv = m_dean->call(QStringLiteral("documents.revoke"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("wrong data")}});
        QVERIFY2(TestClient::ok(rv), qPrintable(TestClient::errorCode(rv)));
        QVERIFY(TestClient::result(rv).contains(QStringLiteral("revokedAt")));
        QCOMPARE(idOf(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'documents.revoke' AND entity_id = ?"), {QString::number(id)}),
                 qint64(1));
        const QCborMap v = TestClient::result(verify(d.official.verifyCode));
        QCOMPARE(v.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("revoked"));
        QVERIFY(v.contains(QStringLiteral("revokedAt")));
        QCOMPARE(v.value(QStringLiteral("regNo")).toString(), d.official.regNo);

        QCOMPARE(TestClient::errorCode(m_dean->call(QStringLiteral("documents.revoke"),
                                                    {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("again")}})),
                 QStringLiteral("invalid_state"));
        QCOMPARE(TestClient::errorCode(m_dean->call(QStringLiteral("documents.revoke"),
                                                    {{QStringLiteral("id"), 99999999}, {QStringLiteral("reason"), QStringLiteral("none")}})),
                 QStringLiteral("not_found"));
    }

    void onlyActiveStudentsGetCertificates()
    {
        const qint64 student = activeStudentOf(m_pf, 4);
        exec(db(), QStringLiteral("UPDATE studenthr.students SET status = 'leave' WHERE id = ?"), {student});
        const QCborMap r = issue(m_studenthr.get(), student);
        QCOMPARE(TestClient::errorCode(r), QStringLiteral("invalid_state"));
        QCOMPARE(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("state")).toString(),
                 QStringLiteral("leave"));
        exec(db(), QStringLiteral("UPDATE studenthr.students SET status = 'active' WHERE id = ?"), {student});
        QCOMPARE(TestClient::errorCode(issue(m_studenthr.get(), 99999999)), QStringLiteral("not_found"));
    }

    void deansStayInTheirFaculty()
    {
        const qint64 student = activeStudentOf(m_pf, 5);
        QCOMPARE(TestClient::errorCode(issue(m_dean2.get(), student)), QStringLiteral("not_authorized"));
        QVERIFY(TestClient::ok(issue(m_dean2.get(), activeStudentOf(m_nsm))));
        // Academic affairs may read but not issue.
        QCOMPARE(TestClient::errorCode(issue(m_academic.get(), student)), QStringLiteral("not_authorized"));
    }

    void registerList()
    {
        const Documents::Document d = Documents::Document::fromCbor(TestClient::result(issue(m_studenthr.get(), activeStudentOf(m_pf, 6))));
        const QCborArray byNo = m_studenthr->call(QStringLiteral("documents.register.list"), {{QStringLiteral("query"), d.official.regNo}})
                                    .value(QStringLiteral("result"))
                                    .toArray();
        QCOMPARE(byNo.size(), qsizetype(1));
        QCOMPARE(byNo.first().toMap().value(QStringLiteral("subjectName")).toString(), d.field(QStringLiteral("fullName")).toString());
        QCOMPARE(byNo.first().toMap().value(QStringLiteral("issuedBy")).toString(),
                 scalar(db(), QStringLiteral("SELECT full_name FROM core.users WHERE username = 'studenthr'")).toString());

        const QString lastName = d.field(QStringLiteral("fullName")).toString().section(QLatin1Char(' '), 0, 0);
        const QCborArray byName = m_studenthr->call(QStringLiteral("documents.register.list"), {{QStringLiteral("query"), lastName.toUpper()}})
                                      .value(QStringLiteral("result"))
                                      .toArray();
        QVERIFY(!byName.isEmpty());
        for (const QCborValue &e : byName) {
            QVERIFY(e.toMap().value(QStringLiteral("subjectName")).toString().contains(lastName, Qt::CaseInsensitive));
        }

        const QCborArray all = m_studenthr->call(QStringLiteral("documents.register.list")).value(QStringLiteral("result")).toArray();
        QCOMPARE(qint64(all.size()), idOf(QStringLiteral("SELECT count(*) FROM documents.register")));
        for (int i = 1; i < all.size(); ++i) {
            QVERIFY(all.at(i - 1).toMap().value(QStringLiteral("id")).toInteger() > all.at(i).toMap().value(QStringLiteral("id")).toInteger());
        }
        const qint64 newest = all.first().toMap().value(QStringLiteral("id")).toInteger();
        const QCborArray older = m_studenthr->call(QStringLiteral("documents.register.list"),
                                                   {{QStringLiteral("beforeId"), newest}, {QStringLiteral("limit"), 2}})
                                     .value(QStringLiteral("result"))
                                     .toArray();
        QCOMPARE(older.size(), qsizetype(2));
        QVERIFY(older.first().toMap().value(QStringLiteral("id")).toInteger() < newest);

        // The NSM dean sees only NSM papers.
        const QCborArray nsm = m_dean2->call(QStringLiteral("documents.register.list")).value(QStringLiteral("result")).toArray();
        QCOMPARE(qint64(nsm.size()), idOf(QStringLiteral("SELECT count(*) FROM documents.register WHERE unit_id = ?"), {m_nsm}));
        QVERIFY(!nsm.isEmpty());
        const QCborArray kinds = m_academic->call(QStringLiteral("documents.register.list"),
                                                  {{QStringLiteral("kind"), QStringLiteral("group_list")}})
                                     .value(QStringLiteral("result"))
                                     .toArray();
        QVERIFY(kinds.isEmpty());
    }

    void registerIsAppendOnly()
    {
        const qint64 id = idOf(QStringLiteral("SELECT min(id) FROM documents.register WHERE revoked_at IS NULL"));
        QVERIFY(id > 0);
        for (const QString &sql : {QStringLiteral("UPDATE documents.register SET subject_name = 'Someone Else' WHERE id = ?"),
                                   QStringLiteral("UPDATE documents.register SET content = '\\x00'::bytea WHERE id = ?"),
                                   QStringLiteral("DELETE FROM documents.register WHERE id = ?")}) {
            bool refused = false;
            try {
                exec(db(), sql, {id});
            } catch (const Server::SqlError &) {
                refused = true;
            }
            QVERIFY2(refused, qPrintable(sql));
        }
        // Edited around the trigger by a superuser: verification notices the snapshot changed.
        const QString code = scalar(db(), QStringLiteral("SELECT verify_code FROM documents.register WHERE id = ?"), {id}).toString();
        QVERIFY(TestCluster::superuserExec(fx.connectionString(),
                                           QStringLiteral("ALTER TABLE documents.register DISABLE TRIGGER register_guard; "
                                                          "UPDATE documents.register SET content = content || '\\x00'::bytea WHERE id = %1; "
                                                          "ALTER TABLE documents.register ENABLE TRIGGER register_guard;")
                                               .arg(id)));
        const QCborMap v = TestClient::result(verify(code));
        QCOMPARE(v.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("tampered"));
        QVERIFY(!v.contains(QStringLiteral("certifies")));
    }

    void guessingIsThrottled()
    {
        auto anon = fx.connectedClient();
        QVERIFY(anon);
        anon->hello();
        QString code;
        bool throttled = false;
        for (int i = 0; i < 25 && !throttled; ++i) {
            const QCborMap r = anon->call(QStringLiteral("documents.verify"), {{QStringLiteral("code"), Documents::VerifyCode::generate()}});
            throttled = TestClient::errorCode(r) == QLatin1String("throttled");
            if (throttled) {
                QVERIFY(r.value(QStringLiteral("error")).toMap().value(QStringLiteral("details")).toMap().value(QStringLiteral("retryAfter")).toInteger() > 0);
            }
        }
        QVERIFY(throttled);
        fx.clock().advance(601);
        const QCborMap r = anon->call(QStringLiteral("documents.verify"), {{QStringLiteral("code"), QStringLiteral("nonsense")}});
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        QCOMPARE(TestClient::result(r).value(QStringLiteral("reason")).toString(), QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentsServer)
#include "tst_documents_server.moc"
