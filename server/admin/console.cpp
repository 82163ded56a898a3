#include "console.h"

#include "admin/userstore.h"
#include "audit/auditlog.h"
#include "auth/passwords.h"
#include "auth/sessions.h"
#include "demo/demouniversity.h"
#include "dispatch/opcontext.h"
#include "modules.h"
#include "ref/soate.h"
#include "protocol/cborjson.h"
#include "protocol/registry.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datastore.h"
#include "storage/migrations.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace Ebilim::Server {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "ebilim-admin: %s\n", qPrintable(message));
    return code;
}

QString consoleUser()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return QStringLiteral("console:") + (pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("?"));
}

/// Every console change is audited like an op, as the OS user who ran it.
void auditConsole(const QSqlDatabase &db, const QString &op, const QString &entity, const QString &id, const QCborValue &before,
                  const QCborValue &after)
{
    writeAudit(db, 0, consoleUser(), op, entity, id, before, after, QStringLiteral("console"));
}

QString readPasswordFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readLine()).trimmed();
}

QString errorText(const OpFailure &f)
{
    return QStringLiteral("%1 %2 %3")
        .arg(Protocol::errorCodeName(f.error.code), f.error.message, QString::fromUtf8(Protocol::toJson(f.error.details)));
}

qint64 unitByCode(const QSqlDatabase &db, const QString &code)
{
    if (code.isEmpty()) {
        return 0;
    }
    const QVariant v = scalar(db, QStringLiteral("SELECT id FROM org.units WHERE code = ?"), {code});
    if (!v.isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("unit"));
        d.insert(QStringLiteral("reason"), QStringLiteral("not_found"));
        throw OpFailure(Protocol::ErrorCode::ValidationFailed, d, QStringLiteral("no unit with code %1").arg(code));
    }
    return v.toLongLong();
}

const char *kUsage =
    "usage: ebilim-admin [--data DIR | --db CONNINFO] COMMAND\n"
    "  init [--admin NAME] [--password-file F]   create/migrate the database and the first administrator\n"
    "  migrate                                   apply missing schema migrations\n"
    "  status                                    schema version, counts, audit state\n"
    "  user add NAME --name \"Full Name\" [--password-file F] [--role R [--unit CODE]]\n"
    "  user list | user disable NAME | user enable NAME | user reset-password NAME [--password-file F]\n"
    "  role grant NAME ROLE [--unit CODE] | role revoke NAME ROLE [--unit CODE]\n"
    "  audit show [--limit N] [--entity E] | audit verify\n"
    "  backup FILE                               pg_dump custom format + FILE.sha256\n"
    "  restore FILE                              into an empty database (checksum verified)\n"
    "  soate load FILE.csv                       load or update the SOATE classifier (../shared/domain/ formats)\n"
    "  demo load [--students N] [--password-file F]\n";

} // namespace

int runConsole(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromLatin1(kUsage));
    p.addHelpOption();
    p.addOption({QStringLiteral("data"), QStringLiteral("Data folder."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Connection string."), QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("text")});
    p.addOption({QStringLiteral("password-file"), QStringLiteral("File whose first line is the password."), QStringLiteral("file")});
    p.addOption({QStringLiteral("role"), QStringLiteral("Role."), QStringLiteral("role")});
    p.addOption({QStringLiteral("unit"), QStringLiteral("Scope unit code."), QStringLiteral("code")});
    p.addOption({QStringLiteral("admin"), QStringLiteral("First administrator's user name."), QStringLiteral("name"), QStringLiteral("admin")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("How many."), QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("entity"), QStringLiteral("Entity filter."), QStringLiteral("entity")});
    p.addOption({QStringLiteral("students"), QStringLiteral("Students in the demo university."), QStringLiteral("n"), QStringLiteral("2000")});
    p.process(arguments);
    const QStringList a = p.positionalArguments();
    if (a.isEmpty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString cmd = a.value(0);
    const QString sub = a.value(1);

    if (!Passwords::init()) {
        return fail(QStringLiteral("libsodium cannot be initialised"));
    }
    registerAllModules();
    DataLocation loc;
    loc.dataDir = p.value(QStringLiteral("data"));
    loc.connectionString = p.value(QStringLiteral("db"));

    if (cmd == QLatin1String("restore")) {
        if (a.size() < 2) {
            return fail(QStringLiteral("restore needs a FILE"), 2);
        }
        DataStore store(loc);
        QString error;
        if (!store.open(false, &error)) {
            return fail(error);
        }
        if (!Backup::restore(store.connectionString(), a.at(1), &error)) {
            return fail(error);
        }
        out() << "restored " << a.at(1) << Qt::endl;
        return 0;
    }

    DataStore store(loc);
    QString error;
    const bool migrate = cmd == QLatin1String("init") || cmd == QLatin1String("migrate") || cmd == QLatin1String("demo");
    if (!store.open(migrate, &error)) {
        return fail(error);
    }
    QSqlDatabase db = Db::thread();
    try {
        if (cmd == QLatin1String("init")) {
            const qint64 users = scalar(db, QStringLiteral("SELECT count(*) FROM core.users")).toLongLong();
            out() << "schema version " << Migrations::current(db) << Qt::endl;
            if (users == 0) {
                const QString name = p.value(QStringLiteral("admin"));
                QString pw = p.isSet(QStringLiteral("password-file")) ? readPasswordFile(p.value(QStringLiteral("password-file")))
                                                                       : Passwords::generate();
                Transaction tx(db);
                const qint64 id = UserStore::create(db, name, QStringLiteral("System administrator"), pw, !p.isSet(QStringLiteral("password-file")));
                UserStore::grant(db, id, QStringLiteral("sysadmin"), 0);
                auditConsole(db, QStringLiteral("console.init"), QStringLiteral("user"), QString::number(id), {}, UserStore::describe(db, id));
                tx.commit();
                out() << "administrator: " << name << Qt::endl;
                if (!p.isSet(QStringLiteral("password-file"))) {
                    out() << "password (change it at first sign-in): " << pw << Qt::endl;
                }
            } else {
                out() << users << " users already exist; nothing to create" << Qt::endl;
            }
            return 0;
        }
        if (cmd == QLatin1String("migrate")) {
            out() << "schema version " << Migrations::current(db) << " (this build knows " << Migrations::latest() << ")" << Qt::endl;
            return 0;
        }
        if (cmd == QLatin1String("status")) {
            out() << "eBilim " << EBILIM_VERSION << Qt::endl;
            out() << "database: " << (store.isEmbedded() ? "embedded" : "external") << ", PostgreSQL "
                  << scalar(db, QStringLiteral("SHOW server_version")).toString() << Qt::endl;
            out() << "schema version: " << Migrations::current(db) << " of " << Migrations::latest() << Qt::endl;
            for (const auto &[label, sql] : QList<std::pair<QString, QString>>{
                     {QStringLiteral("users"), QStringLiteral("SELECT count(*) FROM core.users")},
                     {QStringLiteral("org units"), QStringLiteral("SELECT count(*) FROM org.units")},
                     {QStringLiteral("students"), QStringLiteral("SELECT count(*) FROM studenthr.students")},
                     {QStringLiteral("employees"), QStringLiteral("SELECT count(*) FROM staffhr.employees")},
                     {QStringLiteral("open sessions"), QStringLiteral("SELECT count(*) FROM core.sessions WHERE ended_at IS NULL")},
                     {QStringLiteral("pending approvals"), QStringLiteral("SELECT count(*) FROM core.change_requests WHERE state = 'pending'")},
                     {QStringLiteral("audit records"), QStringLiteral("SELECT count(*) FROM core.audit_log")}}) {
                out() << label << ": " << scalar(db, sql).toLongLong() << Qt::endl;
            }
            return 0;
        }
        if (cmd == QLatin1String("user")) {
            if (sub == QLatin1String("list")) {
                const QCborArray users = UserStore::list(db);
                for (const QCborValue &v : users) {
                    const QCborMap u = v.toMap();
                    QStringList roles;
                    for (const QCborValue &r : u.value(QStringLiteral("roles")).toArray()) {
                        const QCborMap g = r.toMap();
                        roles << g.value(QStringLiteral("role")).toString()
                                     + (g.contains(QStringLiteral("unitId")) ? QStringLiteral("@%1").arg(g.value(QStringLiteral("unitId")).toInteger())
                                                                               : QString());
                    }
                    out() << qSetFieldWidth(20) << Qt::left << u.value(QStringLiteral("username")).toString() << qSetFieldWidth(0)
                          << (u.value(QStringLiteral("disabled")).toBool() ? "[disabled] " : "") << u.value(QStringLiteral("fullName")).toString()
                          << "  " << roles.join(QStringLiteral(", ")) << Qt::endl;
                }
                return 0;
            }
            const QString name = a.value(2);
            if (name.isEmpty()) {
                return fail(QStringLiteral("user %1 needs a user name").arg(sub), 2);
            }
            Transaction tx(db);
            if (sub == QLatin1String("add")) {
                const bool given = p.isSet(QStringLiteral("password-file"));
                const QString pw = given ? readPasswordFile(p.value(QStringLiteral("password-file"))) : Passwords::generate();
                const qint64 id = UserStore::create(db, name, p.value(QStringLiteral("name")), pw, !given);
                if (p.isSet(QStringLiteral("role"))) {
                    UserStore::grant(db, id, p.value(QStringLiteral("role")), unitByCode(db, p.value(QStringLiteral("unit"))));
                }
                auditConsole(db, QStringLiteral("console.user.add"), QStringLiteral("user"), QString::number(id), {}, UserStore::describe(db, id));
                tx.commit();
                out() << "created " << name << Qt::endl;
                if (!given) {
                    out() << "password (must be changed at first sign-in): " << pw << Qt::endl;
                }
                return 0;
            }
            const qint64 id = UserStore::idOf(db, name);
            const QCborMap before = UserStore::describe(db, id);
            if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
                UserStore::setDisabled(db, id, sub == QLatin1String("disable"));
                if (sub == QLatin1String("disable")) {
                    Sessions::endAllFor(db, id, QDateTime::currentDateTimeUtc());
                }
            } else if (sub == QLatin1String("reset-password")) {
                const bool given = p.isSet(QStringLiteral("password-file"));
                const QString pw = given ? readPasswordFile(p.value(QStringLiteral("password-file"))) : Passwords::generate();
                UserStore::setPassword(db, id, pw, !given);
                exec(db, QStringLiteral("DELETE FROM core.login_failures WHERE username = ?"), {name});
                if (!given) {
                    out() << "new password (must be changed at first sign-in): " << pw << Qt::endl;
                }
            } else {
                return fail(QStringLiteral("unknown user command %1").arg(sub), 2);
            }
            auditConsole(db, QStringLiteral("console.user.") + sub, QStringLiteral("user"), QString::number(id), before, UserStore::describe(db, id));
            tx.commit();
            out() << sub << ": " << name << Qt::endl;
            return 0;
        }
        if (cmd == QLatin1String("role")) {
            if (a.size() < 4) {
                return fail(QStringLiteral("role grant|revoke NAME ROLE [--unit CODE]"), 2);
            }
            Transaction tx(db);
            const qint64 id = UserStore::idOf(db, a.at(2));
            const QCborMap before = UserStore::describe(db, id);
            const qint64 unit = unitByCode(db, p.value(QStringLiteral("unit")));
            if (sub == QLatin1String("grant")) {
                UserStore::grant(db, id, a.at(3), unit);
            } else if (sub == QLatin1String("revoke")) {
                if (!UserStore::revoke(db, id, a.at(3), unit)) {
                    return fail(QStringLiteral("%1 does not hold %2").arg(a.at(2), a.at(3)));
                }
            } else {
                return fail(QStringLiteral("unknown role command %1").arg(sub), 2);
            }
            auditConsole(db, QStringLiteral("console.role.") + sub, QStringLiteral("user"), QString::number(id), before, UserStore::describe(db, id));
            tx.commit();
            out() << sub << " " << a.at(3) << ": " << a.at(2) << Qt::endl;
            return 0;
        }
        if (cmd == QLatin1String("audit")) {
            if (sub == QLatin1String("verify")) {
                const AuditLog::Verdict v = AuditLog::verify(db);
                if (v.ok) {
                    out() << "audit chain intact: " << v.records << " records" << Qt::endl;
                    return 0;
                }
                out() << "AUDIT CHAIN BROKEN at record " << v.firstBadId << " (" << v.problem << "), " << v.records << " records" << Qt::endl;
                return 3;
            }
            if (sub == QLatin1String("show")) {
                const QCborArray recs = AuditLog::list(db, p.value(QStringLiteral("limit")).toInt(), 0, p.value(QStringLiteral("entity")), 0);
                for (const QCborValue &v : recs) {
                    const QCborMap r = v.toMap();
                    out() << r.value(QStringLiteral("id")).toInteger() << "  " << r.value(QStringLiteral("at")).toString() << "  "
                          << r.value(QStringLiteral("username")).toString() << "  " << r.value(QStringLiteral("op")).toString() << "  "
                          << r.value(QStringLiteral("entity")).toString() << " " << r.value(QStringLiteral("entityId")).toString() << Qt::endl;
                }
                return 0;
            }
            return fail(QStringLiteral("audit show|verify"), 2);
        }
        if (cmd == QLatin1String("backup")) {
            if (a.size() < 2) {
                return fail(QStringLiteral("backup needs a FILE"), 2);
            }
            if (!Backup::dump(store.connectionString(), a.at(1), &error)) {
                return fail(error);
            }
            auditConsole(db, QStringLiteral("console.backup"), QStringLiteral("backup"), a.at(1), {},
                         QCborMap{{QStringLiteral("sha256"), Backup::sha256File(a.at(1))}});
            out() << "backup written: " << a.at(1) << " (sha256 " << Backup::sha256File(a.at(1)) << ")" << Qt::endl;
            return 0;
        }
        if (cmd == QLatin1String("soate") && sub == QLatin1String("load")) {
            if (a.size() < 3) {
                return fail(QStringLiteral("soate load needs a FILE.csv"), 2);
            }
            QFile f(a.at(2));
            if (!f.open(QIODevice::ReadOnly)) {
                return fail(QStringLiteral("%1: %2").arg(a.at(2), f.errorString()));
            }
            QStringList problems;
            const QList<Soate::Row> rows = Soate::parseCsv(f.readAll(), &problems);
            for (const QString &p : problems) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(a.at(2)), qPrintable(p));
            }
            if (rows.isEmpty()) {
                return fail(QStringLiteral("no SOATE rows in %1").arg(a.at(2)));
            }
            Transaction tx(db);
            const Soate::LoadResult r = Soate::load(db, rows);
            auditConsole(db, QStringLiteral("console.soate.load"), QStringLiteral("soate"), a.at(2), {},
                         QCborMap{{QStringLiteral("rows"), rows.size()}, {QStringLiteral("inserted"), r.inserted},
                                  {QStringLiteral("updated"), r.updated}, {QStringLiteral("skipped"), problems.size()}});
            tx.commit();
            out() << "SOATE loaded from " << a.at(2) << ": " << r.inserted << " new, " << r.updated << " updated, "
                  << (rows.size() - r.inserted - r.updated) << " unchanged, " << problems.size() << " skipped" << Qt::endl;
            return problems.isEmpty() ? 0 : 1;
        }
        if (cmd == QLatin1String("demo") && sub == QLatin1String("load")) {
            DemoUniversity::Options o;
            o.students = p.value(QStringLiteral("students")).toInt();
            o.password = p.isSet(QStringLiteral("password-file")) ? readPasswordFile(p.value(QStringLiteral("password-file")))
                                                                  : QStringLiteral("demo-eBilim-2026");
            o.progress = [](int percent, const QString &step) {
                std::fprintf(stderr, "\r%3d%% %-50s", percent, qPrintable(step));
            };
            QElapsedTimer t;
            t.start();
            const DemoUniversity::Summary s = DemoUniversity::load(db, o);
            std::fprintf(stderr, "\n");
            auditConsole(db, QStringLiteral("console.demo.load"), QStringLiteral("demo"), QString(), {},
                         QCborMap{{QStringLiteral("students"), s.students}, {QStringLiteral("employees"), s.employees}});
            out() << "demo university loaded in " << t.elapsed() << " ms: " << s.units << " units, " << s.specialties << " specialties, "
                  << s.groups << " groups, " << s.employees << " employees, " << s.students << " students, " << s.staffOrders << " staff orders" << Qt::endl;
            out() << "demo accounts (password: " << o.password << "):" << Qt::endl;
            for (const DemoUniversity::Account &acc : s.accounts) {
                out() << "  " << qSetFieldWidth(12) << Qt::left << acc.username << qSetFieldWidth(0) << " " << acc.role
                      << (acc.unitCode.isEmpty() ? QString() : QStringLiteral(" @") + acc.unitCode) << " — " << acc.description << Qt::endl;
            }
            return 0;
        }
    } catch (const OpFailure &f) {
        return fail(errorText(f));
    } catch (const SqlError &e) {
        return fail(e.text);
    }
    std::fputs(kUsage, stderr);
    return 2;
}

} // namespace Ebilim::Server
