// Documents end to end: the real server's data (demo university, real PostgreSQL, TLS) goes
// through the engine into every format; the XML validates against the kind's schema, LibreOffice
// opens the DOCX and XLSX, and the QR code printed on a certificate, read back from the page
// image by zbarimg, is verified by documents.verify — a tampered code is refused.
#include "demo/demouniversity.h"
#include "doctools.h"
#include "documents/renderer.h"
#include "serverfixture.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Documents;
using namespace Ebilim::Test;

class TestDocumentsE2E : public QObject
{
    Q_OBJECT

private:
    ServerFixture fx;
    const QString pw = QStringLiteral("documents-e2e-pw");
    std::unique_ptr<TestClient> m_client;
    QString m_out;
    qint64 m_group = 0;

    static qint64 idOf(const QString &sql) { return Server::scalar(Server::Db::thread(), sql).toLongLong(); }

    QCborMap verify(const QString &code)
    {
        auto anon = fx.connectedClient(); // no sign-in: anyone holding the paper may check it
        if (!anon) {
            return {};
        }
        anon->hello();
        return anon->call(QStringLiteral("documents.verify"), {{QStringLiteral("code"), code}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList missing = DocTools::missingTools();
        if (!missing.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("tools missing: ") + missing.join(QLatin1Char(' '))));
        }
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        Server::DemoUniversity::Options o;
        o.students = 500;
        o.password = pw;
        Server::DemoUniversity::load(Server::Db::thread(), o);
        m_client = fx.clientFor(QStringLiteral("studenthr"), pw);
        QVERIFY(m_client);
        m_group = idOf(QStringLiteral("SELECT g.id FROM studenthr.groups g JOIN studenthr.specialties s ON s.id = g.specialty_id "
                                      "WHERE g.course < s.years AND EXISTS (SELECT 1 FROM studenthr.students st WHERE st.group_id = g.id "
                                      "AND st.status = 'active') ORDER BY g.id LIMIT 1"));
        QVERIFY(m_group > 0);
        m_out = QDir(qEnvironmentVariable("EBILIM_BINARY_DIR", QStringLiteral("."))).absoluteFilePath(QStringLiteral("../documents-e2e"));
        QDir(m_out).removeRecursively();
        QVERIFY(QDir().mkpath(m_out));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        fx.stop();
    }

    void serverDocumentsInEveryFormat_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("lang");
        for (const char *kind : {"group_list", "order_sample", "study_certificate", "contingent_form"}) {
            for (const char *lang : {"ky", "ru", "en"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(kind), QLatin1String(lang))))
                    << QString::fromLatin1(kind) << QString::fromLatin1(lang);
            }
        }
    }

    void serverDocumentsInEveryFormat()
    {
        QFETCH(QString, kind);
        QFETCH(QString, lang);
        const bool official = kind == QLatin1String("study_certificate");
        const bool university = kind == QLatin1String("contingent_form");
        const qint64 subject = official     ? idOf(QStringLiteral("SELECT id FROM studenthr.students WHERE group_id = %1 AND status = 'active' "
                                                                  "ORDER BY id LIMIT 1").arg(m_group))
                               : university ? idOf(QStringLiteral("SELECT id FROM org.units WHERE kind = 'university' ORDER BY id LIMIT 1"))
                                            : m_group;
        const QCborMap r = m_client->call(official ? QStringLiteral("documents.issue") : QStringLiteral("documents.prepare"),
                                          {{QStringLiteral("kind"), kind}, {QStringLiteral("subjectId"), subject}, {QStringLiteral("lang"), lang}});
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const Document doc = Document::fromCbor(TestClient::result(r));
        QCOMPARE(doc.kind, kind);
        QCOMPARE(doc.official.isValid(), official);
        const Renderer renderer(doc);
        QVERIFY(renderer.isValid());
        const QString base = QStringLiteral("%1/%2-%3").arg(m_out, kind, lang);
        for (Format f : allFormats()) {
            QString error;
            QVERIFY2(renderer.write(f, base + QLatin1Char('.') + suffix(f), &error), qPrintable(error));
        }
        // The server's data fits the documented schema of its kind.
        const QString xsd = qEnvironmentVariable("EBILIM_SOURCE_DIR") + QStringLiteral("/resources/documents/%1/schema.xsd").arg(kind);
        const QString complaint = DocTools::validateXml(base + QStringLiteral(".xml"), xsd);
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        // The PDF carries what the database holds: the group's name, and every student's name on a list.
        const QString text = DocTools::pdfText(base + QStringLiteral(".pdf")).simplified();
        QVERIFY2(text.contains(doc.field(university ? QStringLiteral("unit") : QStringLiteral("groupName")).toString()), qPrintable(text.left(600)));
        if (university) { // the return's total is the contingent the database holds
            QCOMPARE(doc.field(QStringLiteral("total")).toLongLong(),
                     idOf(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE status IN ('active', 'leave') AND group_id IS NOT NULL")));
        }
        if (const Table *t = doc.table(doc.tables.isEmpty() ? QString() : doc.tables.first().name)) {
            QVERIFY(!t->rows.isEmpty());
            for (const auto &row : t->rows) {
                const int name = t->columnIndex(QStringLiteral("fullName")) >= 0 ? t->columnIndex(QStringLiteral("fullName"))
                                                                                 : t->columnIndex(QStringLiteral("specialtyCode"));
                QVERIFY2(text.contains(row.at(name).toString()), qPrintable(row.at(name).toString()));
            }
        }
        QVERIFY(!text.contains(QStringLiteral("{{")));
        QVERIFY(DocTools::pdfToPng(base + QStringLiteral(".pdf"),
                                   qEnvironmentVariable("EBILIM_BINARY_DIR") + QStringLiteral("/../screenshots/documents/server-%1-%2.png").arg(kind, lang), 60));
    }

    void libreOfficeOpensServerDocuments()
    {
        QStringList files;
        for (const QString &f : QDir(m_out).entryList({QStringLiteral("*.docx"), QStringLiteral("*.xlsx")}, QDir::Files)) {
            files << m_out + QLatin1Char('/') + f;
        }
        QCOMPARE(files.size(), 24);
        const QString outDir = m_out + QStringLiteral("/lo");
        QVERIFY(QDir().mkpath(outDir));
        const DocTools::Run r = DocTools::convertToPdf(files, outDir);
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(QDir(outDir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 12); // DOCX and XLSX share base names
    }

    void printedQrCodeVerifies()
    {
        const qint64 student = idOf(QStringLiteral("SELECT id FROM studenthr.students WHERE group_id = %1 AND status = 'active' "
                                                   "ORDER BY id DESC LIMIT 1").arg(m_group));
        const QCborMap r = m_client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                              {QStringLiteral("subjectId"), student},
                                                                              {QStringLiteral("lang"), QStringLiteral("ky")}});
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const Document doc = Document::fromCbor(TestClient::result(r));
        const QString pdf = m_out + QStringLiteral("/printed.pdf");
        QVERIFY(Renderer(doc).write(Format::Pdf, pdf));
        const QString png = m_out + QStringLiteral("/printed.png");
        QVERIFY(DocTools::pdfToPng(pdf, png, 150));
        const QStringList scanned = DocTools::decodeQr(png);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first(), doc.official.qr);

        // What a phone would send: the whole QR text.
        const QCborMap v = verify(scanned.first());
        QVERIFY2(TestClient::ok(v), qPrintable(TestClient::errorCode(v)));
        const QCborMap answer = TestClient::result(v);
        QCOMPARE(answer.value(QStringLiteral("genuine")).toBool(), true);
        QCOMPARE(answer.value(QStringLiteral("regNo")).toString(), doc.official.regNo);
        QCOMPARE(answer.value(QStringLiteral("subjectName")).toString(), doc.field(QStringLiteral("fullName")).toString());
        QCOMPARE(answer.value(QStringLiteral("certifies")).toMap().value(QStringLiteral("groupName")).toString(),
                 doc.field(QStringLiteral("groupName")).toString());
        // What a person types from the paper: the printed code, found in the PDF's text.
        QVERIFY(DocTools::pdfText(pdf).contains(doc.official.verifyCode));
        QCOMPARE(TestClient::result(verify(doc.official.verifyCode.toLower())).value(QStringLiteral("genuine")).toBool(), true);

        // A tampered code: one character changed is caught by the check characters; a
        // well-formed code that was never issued is unknown; neither reveals anything.
        QString tampered = codeFromUri(scanned.first());
        tampered[3] = tampered.at(3) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        const QCborMap bad = TestClient::result(verify(tampered));
        QCOMPARE(bad.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(bad.value(QStringLiteral("reason")).toString(), QStringLiteral("malformed"));
        QVERIFY(!bad.contains(QStringLiteral("subjectName")));
        const QCborMap unknown = TestClient::result(verify(VerifyCode::generate()));
        QCOMPARE(unknown.value(QStringLiteral("genuine")).toBool(), false);
        QCOMPARE(unknown.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
        QVERIFY(!unknown.contains(QStringLiteral("regNo")));
    }
};

QTEST_MAIN(TestDocumentsE2E)
#include "tst_documents_e2e.moc"
