#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace Ebilim::Server {

/// A failed SQL statement. `sqlState` is PostgreSQL's SQLSTATE (e.g. 23505, 40001).
class SqlError : public std::runtime_error
{
public:
    SqlError(QString sqlState, QString text);
    QString sqlState;
    QString text;
    bool isRetryable() const { return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"); }
    bool isUniqueViolation() const { return sqlState == QLatin1String("23505"); }
};

/**
 * Database connections. Each thread gets its own `QSqlDatabase` (Qt requires it), opened
 * lazily from one libpq-style connection string (`host=… port=… user=… dbname=…`).
 */
class Db
{
public:
    /// Sets the connection string every thread uses from now on.
    static void configure(const QString &connectionString);
    static QString connectionString();
    /// This thread's open connection; throws SqlError if it cannot connect.
    static QSqlDatabase thread();
    /// Opens a named connection (caller removes it with QSqlDatabase::removeDatabase).
    static QSqlDatabase open(const QString &name, const QString &connectionString);
    /// Closes and forgets this thread's connection (e.g. before the thread ends).
    static void releaseThread();
};

/// Runs a statement with positional `?` binds; throws SqlError on failure. Statements are
/// prepared once per connection and reused: the returned query shares the statement's
/// result, so finish reading it before running the *same* SQL text again on that thread.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
/// Runs a statement and returns the first column of the first row (invalid QVariant when no row).
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

/// RAII transaction: BEGIN on construction, ROLLBACK on destruction unless committed.
class Transaction
{
public:
    enum class Isolation { ReadCommitted, RepeatableRead, Serializable };
    explicit Transaction(const QSqlDatabase &db, Isolation isolation = Isolation::ReadCommitted);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

/// Runs @p work (which opens its own Transaction) and retries it on serialization failure
/// or deadlock, up to @p attempts times with a short randomized backoff.
template<typename F>
auto withRetry(F &&work, int attempts = 5) -> decltype(work())
{
    for (int i = 1;; ++i) {
        try {
            return work();
        } catch (const SqlError &e) {
            if (!e.isRetryable() || i >= attempts) {
                throw;
            }
            extern void retryBackoff(int attempt);
            retryBackoff(i);
        }
    }
}
void retryBackoff(int attempt);

} // namespace Ebilim::Server
