#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Ebilim::Client::Ui {

/**
 * Optional password storage in the operating system's keychain (QtKeychain: Secret Service
 * on Linux, Credential Manager on Windows). Entries are keyed by server and user. Every
 * call is asynchronous and may fail (no keychain, locked, refused): callers get the error
 * text and go on without it — nothing else depends on the keychain.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);
    static QString keyFor(const QString &server, const QString &user);
    /// @p done(password, error): the password is empty when none is stored or on error.
    void load(const QString &server, const QString &user, std::function<void(const QString &password, const QString &error)> done);
    void save(const QString &server, const QString &user, const QString &password, std::function<void(const QString &error)> done = {});
    void forget(const QString &server, const QString &user, std::function<void(const QString &error)> done = {});
};

} // namespace Ebilim::Client::Ui
