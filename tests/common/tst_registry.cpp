// The op registry: schema validation, role table consistency, and the generated
// protocol reference (common/protocol/PROTOCOL.md) being up to date.
#include "domain/pin.h"
#include "protocol/errors.h"
#include "protocol/registry.h"

#include <QFile>
#include <QTest>

using namespace Ebilim::Protocol;

class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opsAreWellFormed()
    {
        QStringList names;
        for (const OpSpec &s : Registry::ops()) {
            QVERIFY2(!names.contains(s.name), qPrintable(s.name));
            names << s.name;
            QVERIFY(!s.module.isEmpty());
            QVERIFY(!s.doc.isEmpty());
            if (s.offline) {
                QVERIFY2(s.mutates, qPrintable(s.name + QStringLiteral(": offline-capable ops must be mutating")));
            }
            if (!s.scopeArg.isEmpty()) {
                bool found = false;
                for (const ArgSpec &a : s.args) {
                    found = found || a.name == s.scopeArg;
                }
                QVERIFY2(found, qPrintable(s.name));
            }
        }
    }

    void rolesNameKnownPermissions()
    {
        const QStringList perms = Registry::permissions();
        QCOMPARE(Registry::roles().size(), 15);
        for (const RoleSpec &r : Registry::roles()) {
            for (const QString &p : r.permissions) {
                QVERIFY2(perms.contains(p), qPrintable(r.name + QStringLiteral(": ") + p));
            }
        }
        // Only the vice-rector decides approvals (regulation §3).
        for (const RoleSpec &r : Registry::roles()) {
            QCOMPARE(r.permissions.contains(QStringLiteral("approvals.decide")), r.name == QLatin1String("vicerector"));
        }
    }

    void validate_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QCborMap>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        auto unit = [](std::initializer_list<std::pair<QString, QCborValue>> kv) {
            QCborMap m{{QStringLiteral("kind"), QStringLiteral("faculty")}, {QStringLiteral("code"), QStringLiteral("F1")},
                       {QStringLiteral("nameKy"), QStringLiteral("Факультет")}, {QStringLiteral("nameRu"), QStringLiteral("Факультет")}};
            for (const auto &[k, v] : kv) {
                if (v.isUndefined()) {
                    m.remove(k);
                } else {
                    m.insert(k, v);
                }
            }
            return m;
        };
        QTest::newRow("valid") << "org.units.save" << unit({}) << "" << "";
        QTest::newRow("missing required") << "org.units.save" << unit({{QStringLiteral("code"), QCborValue()}}) << "code" << "missing";
        QTest::newRow("blank required") << "org.units.save" << unit({{QStringLiteral("nameKy"), QStringLiteral("   ")}}) << "nameKy" << "missing";
        QTest::newRow("wrong type") << "org.units.save" << unit({{QStringLiteral("parentId"), QStringLiteral("1")}}) << "parentId" << "type";
        QTest::newRow("too long") << "org.units.save" << unit({{QStringLiteral("code"), QString(33, QLatin1Char('x'))}}) << "code" << "too_long";
        QTest::newRow("not allowed") << "org.units.save" << unit({{QStringLiteral("kind"), QStringLiteral("planet")}}) << "kind" << "not_allowed";
        QTest::newRow("range") << "org.units.save" << unit({{QStringLiteral("parentId"), 0}}) << "parentId" << "range";
        QTest::newRow("unknown arg") << "org.units.save" << unit({{QStringLiteral("colour"), 1}}) << "colour" << "unknown";
        QTest::newRow("bool type") << "users.setDisabled" << QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("disabled"), 1}} << "disabled" << "type";
        QTest::newRow("short password") << "users.create"
                                        << QCborMap{{QStringLiteral("username"), QStringLiteral("ab")}, {QStringLiteral("fullName"), QStringLiteral("A B")},
                                                    {QStringLiteral("password"), QStringLiteral("short")}}
                                        << "password" << "too_short";
    }
    void validate()
    {
        QFETCH(QString, op);
        QFETCH(QCborMap, args);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const OpSpec *spec = Registry::find(op);
        QVERIFY(spec);
        const auto err = Registry::validate(*spec, args);
        if (field.isEmpty()) {
            QVERIFY2(!err, err ? qPrintable(err->message) : "");
            return;
        }
        QVERIFY(err);
        QCOMPARE(err->code, ErrorCode::ValidationFailed);
        QCOMPARE(err->details.value(QStringLiteral("field")).toString(), field);
        QCOMPARE(err->details.value(QStringLiteral("reason")).toString(), reason);
    }

    void errorNamesRoundTrip()
    {
        for (int c = int(ErrorCode::BadFrame); c <= int(ErrorCode::Internal); ++c) {
            ErrorCode back;
            QVERIFY(errorCodeFromName(errorCodeName(ErrorCode(c)), &back));
            QCOMPARE(int(back), c);
        }
        ErrorCode dummy;
        QVERIFY(!errorCodeFromName(QStringLiteral("no_such_code"), &dummy));
    }

    /// Regenerate with: EBILIM_UPDATE_PROTOCOL=1 ctest -R tst_registry (or ebilim-cli ops --markdown).
    void protocolReferenceIsCurrent()
    {
        const QString path = qEnvironmentVariable("EBILIM_SOURCE_DIR") + QStringLiteral("/common/protocol/PROTOCOL.md");
        const QString fresh = Registry::markdown();
        if (qEnvironmentVariableIsSet("EBILIM_UPDATE_PROTOCOL")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(fresh.toUtf8());
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(QString::fromUtf8(f.readAll()) == fresh,
                 "common/protocol/PROTOCOL.md is stale: regenerate it with EBILIM_UPDATE_PROTOCOL=1 ctest -R tst_registry");
    }

    void pin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("birth");
        QTest::newRow("female valid") << "11503200012345" << int(Ebilim::Domain::PinCheck::Result::Ok) << "2000-03-15";
        QTest::newRow("male valid") << "22902199600001" << int(Ebilim::Domain::PinCheck::Result::Ok) << "1996-02-29";
        QTest::newRow("too short") << "2290219960000" << int(Ebilim::Domain::PinCheck::Result::WrongLength) << "";
        QTest::newRow("letters") << "2290219960000A" << int(Ebilim::Domain::PinCheck::Result::NotDigits) << "";
        QTest::newRow("gender 3") << "32902199600001" << int(Ebilim::Domain::PinCheck::Result::BadGenderDigit) << "";
        QTest::newRow("29 Feb non-leap") << "22902199700001" << int(Ebilim::Domain::PinCheck::Result::BadDate) << "";
        QTest::newRow("month 13") << "20113199700001" << int(Ebilim::Domain::PinCheck::Result::BadDate) << "";
    }
    void pin()
    {
        QFETCH(QString, pin);
        QFETCH(int, result);
        QFETCH(QString, birth);
        const auto c = Ebilim::Domain::checkPin(pin);
        QCOMPARE(int(c.result), result);
        if (!birth.isEmpty()) {
            QCOMPARE(c.birthDate, QDate::fromString(birth, Qt::ISODate));
            QCOMPARE(Ebilim::Domain::makePin(c.gender, c.birthDate, pin.right(5).toInt()), pin);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
