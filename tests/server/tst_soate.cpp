// The SOATE classifier: the administrator loads the extracts of ../shared/domain/ with the
// console (both published formats; malformed lines reported and skipped; loading again
// changes nothing; a renamed entry is updated), and ref.soate.search finds entries by name
// or code with their path, for any signed-in user.
#include "serverfixture.h"
#include "storage/database.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Test;

class TestSoate : public QObject
{
    Q_OBJECT

    ServerFixture fx;
    const QString pw = QStringLiteral("soate-test-password");

    static qint64 count(const QString &sql) { return Server::scalar(Server::Db::thread(), sql).toLongLong(); }

    QPair<int, QString> console(const QStringList &args)
    {
        QProcess admin;
        admin.start(QStringLiteral(EBILIM_ADMIN), QStringList{QStringLiteral("--db"), fx.connectionString()} + args);
        if (!admin.waitForFinished(120000)) {
            return {-1, QStringLiteral("timed out")};
        }
        return {admin.exitCode(), QString::fromUtf8(admin.readAllStandardOutput() + admin.readAllStandardError())};
    }

    static QString shared(const QString &file)
    {
        return QDir(qEnvironmentVariable("EBILIM_SHARED_DIR")).filePath(QStringLiteral("domain/") + file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        QVERIFY2(QFile::exists(shared(QStringLiteral("soate_kstuhostel_seed.csv"))), qPrintable(shared(QStringLiteral("soate_kstuhostel_seed.csv"))));
    }

    void cleanupTestCase() { fx.stop(); }

    void loadBothFormats()
    {
        auto r = console({QStringLiteral("soate"), QStringLiteral("load"), shared(QStringLiteral("soate_oblasts_rayons.csv"))});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        const qint64 oblastsAndRayons = count(QStringLiteral("SELECT count(*) FROM ref.soate"));
        QVERIFY(oblastsAndRayons > 40);
        r = console({QStringLiteral("soate"), QStringLiteral("load"), shared(QStringLiteral("soate_kstuhostel_seed.csv"))});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        const qint64 all = count(QStringLiteral("SELECT count(*) FROM ref.soate"));
        QVERIFY2(all >= 2400, qPrintable(QString::number(all)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ref.soate WHERE level > 1 AND parent_code IS NULL")), 0);
        // Again: nothing new, nothing changed.
        r = console({QStringLiteral("soate"), QStringLiteral("load"), shared(QStringLiteral("soate_kstuhostel_seed.csv"))});
        QVERIFY2(r.first == 0 && r.second.contains(QStringLiteral(": 0 new, 0 updated")), qPrintable(r.second));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM core.audit_log WHERE op = 'console.soate.load'")), 3);
    }

    void badLinesAreReportedAndSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("soate.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,level,name,parent_code\n"
                "41704000000000,1,Нарынская область (переименовано),\n"
                "4170400000000,2,Короткий код,41704000000000\n"
                "41704999999999,7,Плохой уровень,41704000000000\n");
        f.close();
        const auto r = console({QStringLiteral("soate"), QStringLiteral("load"), path});
        QCOMPARE(r.first, 1); // loaded, with lines skipped
        QVERIFY2(r.second.contains(QStringLiteral("line 3: code")) && r.second.contains(QStringLiteral("line 4: level")), qPrintable(r.second));
        QVERIFY2(r.second.contains(QStringLiteral("0 new, 1 updated")), qPrintable(r.second));
        QCOMPARE(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT name_ru FROM ref.soate WHERE code = '41704000000000'")).toString(),
                 QStringLiteral("Нарынская область (переименовано)"));
    }

    void searchByNameAndCode()
    {
        fx.createUser(QStringLiteral("teacher1"), pw, {{QStringLiteral("teacher"), 0}});
        auto client = fx.clientFor(QStringLiteral("teacher1"), pw);
        QVERIFY(client);
        QCborMap r = client->call(QStringLiteral("ref.soate.search"), {{QStringLiteral("query"), QStringLiteral("ат-баш")}});
        QVERIFY2(TestClient::ok(r), qPrintable(TestClient::errorCode(r)));
        const QCborArray hits = r.value(QStringLiteral("result")).toArray();
        QVERIFY(!hits.isEmpty());
        const QCborMap first = hits.first().toMap();
        QVERIFY2(first.value(QStringLiteral("name")).toString().contains(QStringLiteral("Ат-Баш")), qPrintable(first.value(QStringLiteral("name")).toString()));
        QVERIFY2(first.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("Нарынская область")),
                 qPrintable(first.value(QStringLiteral("path")).toString()));
        // By the first digits of the code, and the children of a code.
        r = client->call(QStringLiteral("ref.soate.search"), {{QStringLiteral("query"), QStringLiteral("41704")}, {QStringLiteral("limit"), 5}});
        QCOMPARE(r.value(QStringLiteral("result")).toArray().size(), 5);
        r = client->call(QStringLiteral("ref.soate.search"), {{QStringLiteral("parentCode"), QStringLiteral("41704000000000")}});
        for (const QCborValue &v : r.value(QStringLiteral("result")).toArray()) {
            QCOMPARE(v.toMap().value(QStringLiteral("parentCode")).toString(), QStringLiteral("41704000000000"));
        }
        QVERIFY(!r.value(QStringLiteral("result")).toArray().isEmpty());
        // Not signed in: refused.
        auto anon = fx.connectedClient();
        anon->hello();
        QCOMPARE(TestClient::errorCode(anon->call(QStringLiteral("ref.soate.search"), {{QStringLiteral("query"), QStringLiteral("Нарын")}})),
                 QStringLiteral("not_authenticated"));
    }
};

QTEST_MAIN(TestSoate)
#include "tst_soate.moc"
