#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ebilim::Client::Ui {

class ClientContext;
class CredentialStore;

/**
 * Sign-in: server (host:port), user, password and interface language. Remembers the last
 * server, user and language (QSettings "eBilim"/"ebilim", shared with ebilim-cli).
 *
 * Connects with the pinned certificate from the known-hosts file; on first contact shows
 * the certificate's fingerprint and asks whether to trust it; a changed certificate is
 * refused with a warning. When the server cannot be reached it signs in offline with the
 * local store's verifier (after one online sign-in of this user on this computer).
 * Accepted when ClientContext::setSignIn() was called.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ClientContext *context, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    QString server() const;
    QString user() const;
    /// The message shown under the fields (errors, progress).
    QString statusText() const;
    /// Replaces the "trust this certificate?" question (tests, installers). Return true to trust.
    void setTrustPrompt(const std::function<bool(const QString &host, quint16 port, const QString &fingerprint)> &prompt)
    {
        m_trustPrompt = prompt;
    }
    /// Records @p fingerprint as trusted for @p host:@p port in the known-hosts file.
    static bool trustServer(const QString &host, quint16 port, const QString &fingerprint, QString *error = nullptr);

public Q_SLOTS:
    /// Starts signing in (the Sign in button).
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error);
    void onStateChanged();
    void onDisconnected();
    void onLoginFinished();
    bool tryOffline(const QString &why);
    void saveSettings();
    void loadRememberedPassword();

    ClientContext *m_context;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_remember = nullptr;
    CredentialStore *m_credentials = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;

    bool m_busy = false;
    bool m_loginSent = false;
    QString m_host;
    quint16 m_port = 0;
    QString m_seenFingerprint;
    std::function<bool(const QString &, quint16, const QString &)> m_trustPrompt;
    QMetaObject::Connection m_stateConn;
    QMetaObject::Connection m_discConn;
    QMetaObject::Connection m_seenConn;
};

} // namespace Ebilim::Client::Ui
