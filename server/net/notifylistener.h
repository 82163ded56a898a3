#pragma once

#include <QObject>
#include <QSqlDatabase>

namespace Ebilim::Server {

/// Listens on the `ebilim_change` channel with its own connection (one per instance,
/// in its own thread) and re-emits each payload. Reconnects when the connection drops.
class NotifyListener : public QObject
{
    Q_OBJECT
public:
    explicit NotifyListener(QString connectionString, QString name);
    ~NotifyListener() override;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void changed(const QByteArray &payload);
    void ready();

private:
    void subscribe();
    QString m_connString;
    QString m_name;
    bool m_subscribed = false;
};

} // namespace Ebilim::Server
