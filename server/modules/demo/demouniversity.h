#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ebilim::Server {

/**
 * Loads a realistic demo institution into an empty (migrated) database: a Kyrgyz regional
 * university with faculties, a college, departments, specialties, groups for every year
 * of study, staff and students with Kyrgyz and Russian names, valid-format PINs, SOATE
 * addresses, and one demo account for every role of the regulation.
 */
class DemoUniversity
{
public:
    struct Options
    {
        int students = 2000;          ///< 500 … 50 000
        quint32 seed = 20261128;      ///< same seed, same university
        QString password;             ///< password of every demo account (required, ≥ 10 characters)
        std::function<void(int percent, const QString &step)> progress;
    };
    struct Account
    {
        QString username;
        QString role;
        QString unitCode;             ///< scope unit of scoped roles
        QString description;
    };
    struct Summary
    {
        int units = 0;
        int specialties = 0;
        int groups = 0;
        int employees = 0;
        int students = 0;
        int staffOrders = 0;
        QList<Account> accounts;
    };
    /// Runs in one transaction; throws SqlError / OpFailure; refuses a database that already has units.
    static Summary load(const QSqlDatabase &db, const Options &options);
    /// The demo accounts load() creates (for printing and for tests).
    static QList<Account> accounts();
};

} // namespace Ebilim::Server
