#pragma once

#include "cache/localstore.h"
#include "sync/syncworker.h"

#include <QCborArray>
#include <QCborMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Ebilim::Client {
class Session;
} // namespace Ebilim::Client

namespace Ebilim::Client::Ui {

class LanguageManager;

/**
 * What every screen needs: the session, the signed-in user (roles, permissions, navigator
 * modules from `auth.login`/`auth.whoami`), the local store and sync worker of this
 * server+user, and the language. Owned by the application; screens get a pointer.
 *
 * After an offline sign-in it keeps trying to reach the server and then signs in online
 * with the credentials given (kept in memory only until that succeeds).
 */
class ClientContext : public QObject
{
    Q_OBJECT

public:
    explicit ClientContext(LanguageManager *language, QObject *parent = nullptr);
    ~ClientContext() override;

    Session *session() const { return m_session; }
    LanguageManager *language() const { return m_language; }
    LocalStore *store() const { return m_store; }
    SyncWorker *sync() const { return m_sync; }

    /// Folder for the local stores; ":memory:" keeps them in memory (tests). Default: AppDataLocation.
    void setStoreLocation(const QString &location) { m_storeLocation = location; }
    /// Opens the store of @p server + @p username (closing any other) and starts syncing.
    bool openStore(const QString &server, const QString &username, QString *error = nullptr);

    /// Records a sign-in: @p whoami is the `auth.login`/`auth.whoami` result.
    void setSignIn(const QString &server, const QString &username, const QCborMap &whoami, bool offline);
    /// Offline sign-in: try to sign in online with these when the server is back.
    void setPendingCredentials(const QString &password);
    void signOut();

    bool isSignedIn() const { return !m_whoami.isEmpty(); }
    bool isOfflineSignIn() const { return m_offline; }
    QString server() const { return m_server; }
    QString username() const { return m_username; }
    QCborMap whoami() const { return m_whoami; }
    QCborMap user() const;
    QString fullName() const;
    QStringList roles() const;
    QStringList modules() const;
    QStringList permissions() const;
    bool can(const QString &permission) const { return permissions().contains(permission); }

Q_SIGNALS:
    void signedIn();
    void signedOut();
    /// Online after an offline sign-in (or back after a reconnect).
    void onlineSignIn();

private:
    void onSessionState();
    void tryReconnect();

    LanguageManager *m_language = nullptr;
    Session *m_session = nullptr;
    QPointer<LocalStore> m_store;
    QPointer<SyncWorker> m_sync;
    QString m_storeLocation;
    QString m_server;
    QString m_username;
    QCborMap m_whoami;
    bool m_offline = false;
    QString m_pendingPassword;
    bool m_loginInFlight = false;
    QTimer m_reconnectTimer;
};

/// "host:port" → host and port (default 7443). False when malformed.
bool parseServer(const QString &text, QString *host, quint16 *port);

} // namespace Ebilim::Client::Ui
