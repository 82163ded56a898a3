#include "notifylistener.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace Ebilim::Server {

NotifyListener::NotifyListener(QString connectionString, QString name)
    : m_connString(std::move(connectionString))
    , m_name(std::move(name))
{
}

NotifyListener::~NotifyListener()
{
    stop();
}

void NotifyListener::start()
{
    subscribe();
}

void NotifyListener::subscribe()
{
    try {
        QSqlDatabase db = Db::open(m_name, m_connString);
        connect(db.driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    Q_EMIT changed(payload.toString().toUtf8());
                });
        m_subscribed = db.driver()->subscribeToNotification(QStringLiteral("ebilim_change"));
        Q_EMIT ready();
    } catch (const SqlError &e) {
        qCWarning(lcNet).noquote() << "change listener cannot connect, retrying:" << e.text;
        QSqlDatabase::removeDatabase(m_name);
        QTimer::singleShot(2000, this, &NotifyListener::subscribe);
    }
}

void NotifyListener::stop()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

} // namespace Ebilim::Server
