#include "database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

Q_LOGGING_CATEGORY(lcDb, "ebilim.server.db")

namespace Ebilim::Server {

namespace {
QMutex g_mutex;
QString g_connectionString;

struct ThreadConn
{
    QString name;
    QHash<QString, QSqlQuery *> statements;
    ~ThreadConn()
    {
        qDeleteAll(statements);
        statements.clear();
        if (!name.isEmpty()) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConn t_conn;

QHash<QString, QString> parseConnString(const QString &s)
{
    QHash<QString, QString> out;
    for (const QString &part : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0) {
            out.insert(part.left(eq), part.mid(eq + 1));
        }
    }
    return out;
}
} // namespace

SqlError::SqlError(QString state, QString msg)
    : std::runtime_error(msg.toStdString())
    , sqlState(std::move(state))
    , text(std::move(msg))
{
}

void Db::configure(const QString &connectionString)
{
    QMutexLocker lock(&g_mutex);
    g_connectionString = connectionString;
}

QString Db::connectionString()
{
    QMutexLocker lock(&g_mutex);
    return g_connectionString;
}

QSqlDatabase Db::open(const QString &name, const QString &connectionString)
{
    const auto kv = parseConnString(connectionString);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(kv.value(QStringLiteral("host")));
    if (kv.contains(QStringLiteral("port"))) {
        db.setPort(kv.value(QStringLiteral("port")).toInt());
    }
    db.setUserName(kv.value(QStringLiteral("user")));
    db.setPassword(kv.value(QStringLiteral("password")));
    db.setDatabaseName(kv.value(QStringLiteral("dbname"), QStringLiteral("ebilim")));
    QStringList opts{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=ebilim")};
    if (kv.contains(QStringLiteral("sslmode"))) {
        opts << QStringLiteral("sslmode=") + kv.value(QStringLiteral("sslmode"));
    }
    db.setConnectOptions(opts.join(QLatin1Char(';')));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!db.open()) {
        const QSqlError err = db.lastError();
        throw SqlError(err.nativeErrorCode(), QStringLiteral("cannot connect to PostgreSQL: %1").arg(err.text()));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return db;
}

QSqlDatabase Db::thread()
{
    if (t_conn.name.isEmpty()) {
        const QString name = QStringLiteral("ebilim-%1").arg(quintptr(QThread::currentThreadId()));
        Db::open(name, connectionString());
        t_conn.name = name;
    }
    QSqlDatabase db = QSqlDatabase::database(t_conn.name, false);
    if (!db.isOpen()) {
        db.open();
    }
    return db;
}

void Db::releaseThread()
{
    qDeleteAll(t_conn.statements);
    t_conn.statements.clear();
    if (!t_conn.name.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(t_conn.name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(t_conn.name);
        t_conn.name.clear();
    }
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (binds.isEmpty()) {
        // Utility statements (DDL, SET, …) cannot be PREPAREd; nothing to bind anyway.
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            throw SqlError(q.lastError().nativeErrorCode(), q.lastError().text() + QStringLiteral(" in: ") + sql);
        }
        return q;
    }
    QSqlQuery *cached = nullptr;
    const bool useCache = db.connectionName() == t_conn.name && !t_conn.name.isEmpty();
    QSqlQuery local(db);
    if (useCache) {
        cached = t_conn.statements.value(sql);
        if (!cached) {
            cached = new QSqlQuery(db);
            if (!cached->prepare(sql)) {
                const QSqlError err = cached->lastError();
                delete cached;
                throw SqlError(err.nativeErrorCode(), err.text() + QStringLiteral(" in: ") + sql);
            }
            t_conn.statements.insert(sql, cached);
        }
    } else if (!local.prepare(sql)) {
        throw SqlError(local.lastError().nativeErrorCode(), local.lastError().text() + QStringLiteral(" in: ") + sql);
    }
    QSqlQuery &q = cached ? *cached : local;
    for (int i = 0; i < binds.size(); ++i) {
        q.bindValue(i, binds.at(i));
    }
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        throw SqlError(err.nativeErrorCode(), err.text());
    }
    if (!cached) {
        return local;
    }
    // The returned copy shares the cached statement's result (see the header's caveat).
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return QSqlQuery(*cached);
    QT_WARNING_POP
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(db, sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db, Isolation isolation)
    : m_db(db)
{
    QString begin = QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    if (isolation == Isolation::RepeatableRead) {
        begin = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
    } else if (isolation == Isolation::Serializable) {
        begin = QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
    }
    QSqlQuery q(m_db);
    if (!q.exec(begin)) {
        throw SqlError(q.lastError().nativeErrorCode(), q.lastError().text());
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    QSqlQuery q(m_db);
    m_open = false;
    if (!q.exec(QStringLiteral("COMMIT"))) {
        throw SqlError(q.lastError().nativeErrorCode(), q.lastError().text());
    }
}

void retryBackoff(int attempt)
{
    QThread::msleep(5 * attempt + QRandomGenerator::global()->bounded(10));
}

} // namespace Ebilim::Server
