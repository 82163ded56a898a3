#include "logindialog.h"

#include "credentialstore.h"

#include "cache/localstore.h"
#include "clientcontext.h"
#include "errortext.h"
#include "languagemanager.h"
#include "messages.h"
#include "net/knownhosts.h"
#include "net/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

namespace {
QString groupedFingerprint(const QString &fp)
{
    QString out;
    const QString clean = QString(fp).remove(QLatin1Char(':')).toUpper();
    for (int i = 0; i < clean.size(); i += 2) {
        if (i > 0) {
            out += (i % 32 == 0) ? QLatin1Char('\n') : QLatin1Char(':');
        }
        out += clean.mid(i, 2);
    }
    return out;
}
} // namespace

LoginDialog::LoginDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    m_title->setFont(tf);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    for (const QString &code : LanguageManager::codes()) {
        m_language->addItem(LanguageManager::nativeName(code), code);
    }
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_credentials = new CredentialStore(this);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_signIn = new QPushButton(this);
    m_signIn->setDefault(true);
    m_cancel = new QPushButton(this);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(m_serverLabel, 0, 0);
    grid->addWidget(m_server, 0, 1);
    grid->addWidget(m_userLabel, 1, 0);
    grid->addWidget(m_user, 1, 1);
    grid->addWidget(m_passwordLabel, 2, 0);
    grid->addWidget(m_password, 2, 1);
    grid->addWidget(m_languageLabel, 3, 0);
    grid->addWidget(m_language, 3, 1);
    grid->addWidget(m_remember, 4, 1);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    QSettings settings(QStringLiteral("eBilim"), QStringLiteral("ebilim"));
    m_server->setText(settings.value(QStringLiteral("client/server"), QStringLiteral("localhost:7443")).toString());
    m_user->setText(settings.value(QStringLiteral("client/user")).toString());
    const QString lang = m_context->language()->language().isEmpty() ? settings.value(QStringLiteral("client/language"), QStringLiteral("ky")).toString()
                                                                      : m_context->language()->language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    m_remember->setChecked(settings.value(QStringLiteral("client/rememberPassword"), false).toBool());
    loadRememberedPassword();

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_context->language()->setLanguage(m_language->currentData().toString()); });
    m_trustPrompt = [this](const QString &host, quint16 port, const QString &fp) {
        return Messages::confirm(this, tr("New server certificate"),
                                 tr("This is the first connection to %1:%2 from this computer.\n\n"
                                    "Its certificate fingerprint (SHA-256) is:\n%3\n\n"
                                    "Compare it with the fingerprint your system administrator gave you. "
                                    "Trust this server?")
                                     .arg(host)
                                     .arg(port)
                                     .arg(groupedFingerprint(fp)),
                                 tr("Trust and connect"));
    };
    retranslateUi();
    setMinimumWidth(440);
    m_password->setFocus();
    if (m_user->text().isEmpty()) {
        m_user->setFocus();
    }
}

bool LoginDialog::trustServer(const QString &host, quint16 port, const QString &fingerprint, QString *error)
{
    KnownHosts kh;
    if (!kh.load(error)) {
        return false;
    }
    if (!kh.setFingerprint(host, port, fingerprint)) {
        if (error) {
            *error = QStringLiteral("malformed fingerprint");
        }
        return false;
    }
    return kh.save(error);
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString LoginDialog::server() const
{
    return m_server->text().trimmed();
}

QString LoginDialog::user() const
{
    return m_user->text().trimmed().toLower();
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("eBilim — sign in"));
    m_title->setText(QStringLiteral("eBilim"));
    m_subtitle->setText(tr("Information system of the university"));
    m_serverLabel->setText(tr("&Server:"));
    m_server->setPlaceholderText(tr("host:port, e.g. ebilim.example.kg:7443"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    //: Check box under the sign-in fields; the keychain is the operating system's password store.
    m_remember->setText(tr("&Remember the password in this computer's keychain"));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(Messages::cancelText());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
    } else {
        QApplication::restoreOverrideCursor();
    }
}

void LoginDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error) {
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    }
    m_status->setPalette(p);
}

void LoginDialog::submit()
{
    if (m_busy) {
        return;
    }
    if (!parseServer(m_server->text(), &m_host, &m_port)) {
        setStatus(tr("Enter the server as host:port, for example ebilim.example.kg:7443."), true);
        m_server->setFocus();
        return;
    }
    if (user().isEmpty() || m_password->text().isEmpty()) {
        setStatus(tr("Enter your user name and password."), true);
        (user().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    KnownHosts kh;
    QString error;
    if (!kh.load(&error)) {
        setStatus(tr("The list of trusted servers could not be read: %1").arg(error), true);
        return;
    }
    const QString pin = kh.fingerprint(m_host, m_port);
    Session *s = m_context->session();
    m_loginSent = false;
    m_seenFingerprint.clear();
    QObject::disconnect(m_stateConn);
    QObject::disconnect(m_discConn);
    QObject::disconnect(m_seenConn);
    m_stateConn = connect(s, &Session::stateChanged, this, &LoginDialog::onStateChanged);
    m_discConn = connect(s, &Session::disconnected, this, &LoginDialog::onDisconnected);
    m_seenConn = connect(s, &Session::certificateSeen, this, [this](const QString &fp) { m_seenFingerprint = fp; });
    s->setLanguage(m_context->language()->language());
    setBusy(true);
    setStatus(tr("Connecting to %1…").arg(m_server->text().trimmed()), false);
    s->connectToServer(m_host, m_port, pin);
}

void LoginDialog::onStateChanged()
{
    Session *s = m_context->session();
    if (s->state() == Session::State::Connected && !m_loginSent && m_busy) {
        m_loginSent = true;
        setStatus(tr("Signing in…"), false);
        Job *job = s->login(user(), m_password->text());
        connect(job, &Job::finished, this, &LoginDialog::onLoginFinished);
    }
}

void LoginDialog::onDisconnected()
{
    if (!m_busy || m_loginSent) {
        return;
    }
    Session *s = m_context->session();
    switch (s->lastError()) {
    case Session::ConnectionError::CertificateUnknown: {
        const QString fp = m_seenFingerprint.isEmpty() ? s->peerFingerprint() : m_seenFingerprint;
        setBusy(false);
        if (!fp.isEmpty() && m_trustPrompt && m_trustPrompt(m_host, m_port, fp)) {
            QString error;
            if (!trustServer(m_host, m_port, fp, &error)) {
                setStatus(tr("The trusted server could not be saved: %1").arg(error), true);
                return;
            }
            submit();
        } else {
            setStatus(tr("The server was not trusted; no connection was made."), true);
        }
        return;
    }
    case Session::ConnectionError::CertificateMismatch:
        setBusy(false);
        s->disconnectFromServer();
        setStatus(tr("The server's certificate has CHANGED since you last connected. This may be an attack, so the "
                     "connection was refused. Ask your system administrator before doing anything else."),
                  true);
        Messages::warning(this, tr("Certificate changed"), statusText());
        return;
    case Session::ConnectionError::ProtocolMismatch:
        setBusy(false);
        s->disconnectFromServer();
        setStatus(ErrorText::describe(QStringLiteral("protocol_mismatch")), true);
        return;
    case Session::ConnectionError::ConnectFailed:
    case Session::ConnectionError::Timeout:
    case Session::ConnectionError::ClosedByServer:
    case Session::ConnectionError::TlsFailed:
        s->setAutoReconnect(true);
        s->disconnectFromServer();
        setBusy(false);
        if (!tryOffline(s->lastErrorString())) {
            setStatus(tr("The server cannot be reached (%1). Check the address and the network. Offline sign-in "
                         "is possible only after one online sign-in on this computer.")
                          .arg(s->lastErrorString()),
                      true);
        }
        return;
    default:
        return;
    }
}

bool LoginDialog::tryOffline(const QString &why)
{
    Q_UNUSED(why)
    const QString server = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    QString error;
    if (!m_context->openStore(server, user(), &error)) {
        return false;
    }
    QCborMap whoami;
    if (!m_context->store()->verifyOffline(server, user(), m_password->text(), &whoami)) {
        return false;
    }
    m_context->setPendingCredentials(m_password->text());
    m_context->setSignIn(server, user(), whoami, true);
    saveSettings();
    accept();
    return true;
}

void LoginDialog::onLoginFinished()
{
    auto *job = qobject_cast<Job *>(sender());
    if (!job) {
        return;
    }
    setBusy(false);
    if (!job->ok()) {
        m_loginSent = false;
        if (job->failure() == Failure::ConnectionLost || job->failure() == Failure::NotConnected
            || job->failure() == Failure::Timeout) {
            if (tryOffline(job->outcome().errorCode())) {
                return;
            }
        }
        setStatus(ErrorText::describe(job->outcome()), true);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    const QString server = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    QCborMap whoami = job->result().toMap();
    whoami.remove(QStringLiteral("token"));
    QString error;
    if (m_context->openStore(server, user(), &error)) {
        m_context->store()->storeVerifier(server, user(), m_password->text(), whoami);
    } else {
        setStatus(tr("The local cache could not be opened (%1); working without it.").arg(error), true);
    }
    QObject::disconnect(m_stateConn);
    QObject::disconnect(m_discConn);
    QObject::disconnect(m_seenConn);
    m_context->setSignIn(server, user(), whoami, false);
    saveSettings();
    // The keychain is optional: a failure only means the password is asked for next time.
    if (m_remember->isChecked()) {
        m_credentials->save(m_server->text().trimmed(), user(), m_password->text());
    } else {
        m_credentials->forget(m_server->text().trimmed(), user());
    }
    m_password->clear();
    accept();
}

void LoginDialog::loadRememberedPassword()
{
    if (!m_remember->isChecked() || user().isEmpty()) {
        return;
    }
    QPointer<LoginDialog> self(this);
    m_credentials->load(m_server->text().trimmed(), user(), [self](const QString &password, const QString &) {
        if (self && self->m_password->text().isEmpty() && !password.isEmpty()) {
            self->m_password->setText(password);
        }
    });
}

void LoginDialog::saveSettings()
{
    QSettings settings(QStringLiteral("eBilim"), QStringLiteral("ebilim"));
    settings.setValue(QStringLiteral("client/server"), m_server->text().trimmed());
    settings.setValue(QStringLiteral("client/user"), user());
    settings.setValue(QStringLiteral("client/language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("client/rememberPassword"), m_remember->isChecked());
}

} // namespace Ebilim::Client::Ui
