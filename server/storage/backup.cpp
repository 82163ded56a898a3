#include "backup.h"

#include "database.h"
#include "embeddedpostgres.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Ebilim::Server {

QString Backup::sha256File(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

bool Backup::dump(const QString &connectionString, const QString &file, QString *error)
{
    QString out;
    const QString tmp = file + QStringLiteral(".part");
    const int rc = EmbeddedPostgres::runTool(QStringLiteral("pg_dump"),
                                             {QStringLiteral("-Fc"), QStringLiteral("-f"), tmp, QStringLiteral("-d"), connectionString}, &out,
                                             3600 * 1000);
    if (rc != 0) {
        *error = QStringLiteral("pg_dump failed: %1").arg(out.trimmed());
        QFile::remove(tmp);
        return false;
    }
    QFile::remove(file);
    if (!QFile::rename(tmp, file)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    QFile sum(file + QStringLiteral(".sha256"));
    if (!sum.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(sum.fileName());
        return false;
    }
    sum.write(QStringLiteral("%1  %2\n").arg(sha256File(file), QFileInfo(file).fileName()).toUtf8());
    return true;
}

bool Backup::restore(const QString &connectionString, const QString &file, QString *error)
{
    QFile sum(file + QStringLiteral(".sha256"));
    if (!sum.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("checksum file %1 is missing").arg(sum.fileName());
        return false;
    }
    const QString expected = QString::fromUtf8(sum.readAll()).section(QLatin1Char(' '), 0, 0).trimmed();
    if (expected.isEmpty() || expected != sha256File(file)) {
        *error = QStringLiteral("checksum mismatch: %1 is damaged or was changed").arg(file);
        return false;
    }
    {
        const QString name = QStringLiteral("ebilim-restore-check");
        try {
            QSqlDatabase db = Db::open(name, connectionString);
            const int tables = scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"))
                                   .toInt();
            db.close();
            if (tables > 0) {
                *error = QStringLiteral("the target database is not empty (%1 tables); restore only into an empty database").arg(tables);
                QSqlDatabase::removeDatabase(name);
                return false;
            }
        } catch (const SqlError &e) {
            *error = e.text;
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlDatabase::removeDatabase(name);
    }
    QString out;
    const int rc = EmbeddedPostgres::runTool(QStringLiteral("pg_restore"),
                                             {QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"), QStringLiteral("-d"),
                                              connectionString, file},
                                             &out, 3600 * 1000);
    if (rc != 0) {
        *error = QStringLiteral("pg_restore failed: %1").arg(out.trimmed());
        return false;
    }
    return true;
}

} // namespace Ebilim::Server
