#include "migrations.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace Ebilim::Server {

QList<Migrations::Step> Migrations::available()
{
    QList<Step> steps;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        Step s;
        s.version = file.left(4).toInt();
        s.name = file.mid(5).chopped(4);
        s.sql = QString::fromUtf8(f.readAll());
        steps.append(s);
    }
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return steps;
}

int Migrations::latest()
{
    const auto steps = available();
    return steps.isEmpty() ? 0 : steps.last().version;
}

int Migrations::current(const QSqlDatabase &db)
{
    const QVariant exists = scalar(db, QStringLiteral("SELECT to_regclass('public.schema_version') IS NOT NULL"));
    if (!exists.toBool()) {
        return 0;
    }
    return scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_version")).toInt();
}

int Migrations::migrate(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("SELECT pg_advisory_lock(7243000)"));
    struct Unlock
    {
        const QSqlDatabase &db;
        ~Unlock()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(7243000)"));
        }
    } unlock{db};

    exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_version ("
                            "version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"));
    const int have = current(db);
    const int know = latest();
    if (have > know) {
        throw SqlError(QString(), QStringLiteral("database schema version %1 is newer than this build knows (%2); "
                                                 "upgrade eBilim before starting it on this database")
                                      .arg(have)
                                      .arg(know));
    }
    int applied = 0;
    for (const Step &s : available()) {
        if (s.version <= have) {
            continue;
        }
        Transaction tx(db);
        QSqlQuery q(db);
        if (!q.exec(s.sql)) {
            throw SqlError(q.lastError().nativeErrorCode(),
                           QStringLiteral("migration %1 (%2) failed: %3").arg(s.version).arg(s.name, q.lastError().text()));
        }
        exec(db, QStringLiteral("INSERT INTO public.schema_version(version, name) VALUES (?, ?)"), {s.version, s.name});
        tx.commit();
        qCInfo(lcDb).noquote() << "applied migration" << s.version << s.name;
        ++applied;
    }
    return applied;
}

} // namespace Ebilim::Server
