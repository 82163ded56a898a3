#include "cli.h"

#include "net/knownhosts.h"
#include "net/session.h"
#include "protocol/cborjson.h"
#include "protocol/registry.h"
#include "protocol/tls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <cstdio>

namespace Ebilim::Client {

using namespace Ebilim::Protocol;

namespace {

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// "host:port" or "[v6]:port".
bool parseServer(const QString &text, QString *host, quint16 *port)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0) {
        return false;
    }
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || h.isEmpty()) {
        return false;
    }
    *host = h;
    *port = quint16(p);
    return true;
}

QString connectionErrorCode(Session::ConnectionError error)
{
    switch (error) {
    case Session::ConnectionError::CertificateUnknown:
        return QStringLiteral("certificate_unknown");
    case Session::ConnectionError::CertificateMismatch:
        return QStringLiteral("certificate_mismatch");
    case Session::ConnectionError::TlsFailed:
        return QStringLiteral("tls_failed");
    case Session::ConnectionError::ProtocolMismatch:
        return QStringLiteral("protocol_mismatch");
    case Session::ConnectionError::HelloRefused:
        return QStringLiteral("hello_refused");
    case Session::ConnectionError::Timeout:
        return QStringLiteral("client_timeout");
    case Session::ConnectionError::BadFrame:
        return QStringLiteral("bad_frame");
    case Session::ConnectionError::None:
    case Session::ConnectionError::ConnectFailed:
    case Session::ConnectionError::ClosedByServer:
    case Session::ConnectionError::ClosedByClient:
        break;
    }
    return QStringLiteral("connection_failed");
}

} // namespace

int Cli::fail(int exitCode, const QString &code, const QString &message, const QCborMap &details)
{
    QCborMap error;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("details"), details);
    error.insert(QStringLiteral("message"), message);
    QCborMap wrapper;
    wrapper.insert(QStringLiteral("error"), error);
    writeOut(stderr, toJson(wrapper, true) + '\n');
    return exitCode;
}

int Cli::failCall(const CallResult &result)
{
    QCborMap wrapper;
    wrapper.insert(QStringLiteral("error"), result.errorMap());
    writeOut(stderr, toJson(wrapper, true) + '\n');
    return result.retryable() ? Connection : OpFailed;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "eBilim command-line client.\n"
        "  call OP ['JSON-ARGS']  run one op and print its result as JSON\n"
        "  ops [--markdown]       list the ops of the protocol registry\n"
        "Exit codes: 0 ok, 2 usage, 3 connection/TLS/timeout, 4 the op failed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Server address."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Sign in as this user."), QStringLiteral("U"));
    const QCommandLineOption passwordOpt(QStringLiteral("password-file"),
                                         QStringLiteral("File whose first line is the password."), QStringLiteral("F"));
    const QCommandLineOption pinOpt(QStringLiteral("pin"), QStringLiteral("SHA-256 fingerprint of the server certificate."),
                                    QStringLiteral("SHA256"));
    const QCommandLineOption trustOpt(QStringLiteral("trust"),
                                      QStringLiteral("On first contact, trust the certificate presented and remember it."));
    const QCommandLineOption knownOpt(QStringLiteral("known-hosts"), QStringLiteral("Known-hosts file (default: %1).").arg(KnownHosts::defaultPath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QStringLiteral("Connect and request timeout in seconds (default 30)."),
                                        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("Idempotency key (UUID) for a mutating op; reuse it to retry."),
                                    QStringLiteral("UUID"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language sent in hello (ky, ru, en)."), QStringLiteral("LANG"),
                                     QStringLiteral("en"));
    const QCommandLineOption noValidateOpt(QStringLiteral("no-validate"),
                                           QStringLiteral("Send arguments without checking them against the registry first."));
    const QCommandLineOption markdownOpt(QStringLiteral("markdown"), QStringLiteral("ops: print the protocol reference in Markdown."));
    parser.addOptions({serverOpt, userOpt, passwordOpt, pinOpt, trustOpt, knownOpt, timeoutOpt, keyOpt, langOpt, noValidateOpt, markdownOpt});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("call or ops"));

    if (!parser.parse(arguments)) {
        return fail(Usage, QStringLiteral("usage"), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(stdout, parser.helpText().toUtf8());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        writeOut(stdout, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).toUtf8());
        return Ok;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("ops")) {
        if (positional.size() != 1) {
            return fail(Usage, QStringLiteral("usage"), QStringLiteral("ops takes no arguments"));
        }
        return listOps(parser.isSet(markdownOpt));
    }
    if (command != QLatin1String("call")) {
        return fail(Usage, QStringLiteral("usage"),
                    command.isEmpty() ? QStringLiteral("no command given (call or ops); see --help")
                                      : QStringLiteral("unknown command '%1' (call or ops)").arg(command));
    }
    if (positional.size() < 2 || positional.size() > 3) {
        return fail(Usage, QStringLiteral("usage"), QStringLiteral("usage: call OP ['JSON-ARGS']"));
    }

    if (!parser.isSet(serverOpt) || !parseServer(parser.value(serverOpt), &m_host, &m_port)) {
        return fail(Usage, QStringLiteral("usage"), QStringLiteral("--server HOST:PORT is required"));
    }
    bool timeoutOk = false;
    const double seconds = parser.value(timeoutOpt).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0 || seconds > 86400) {
        return fail(Usage, QStringLiteral("usage"), QStringLiteral("--timeout must be a positive number of seconds"));
    }
    m_timeoutMs = int(seconds * 1000);
    if (parser.isSet(pinOpt)) {
        m_pin = normalizeFingerprint(parser.value(pinOpt));
        if (m_pin.isEmpty()) {
            return fail(Usage, QStringLiteral("usage"), QStringLiteral("--pin must be a SHA-256 fingerprint (64 hex digits, colons allowed)"));
        }
    }
    m_user = parser.value(userOpt);
    m_passwordFile = parser.value(passwordOpt);
    if (!m_user.isEmpty() && m_passwordFile.isEmpty()) {
        return fail(Usage, QStringLiteral("usage"), QStringLiteral("--user needs --password-file"));
    }
    m_knownHostsFile = parser.value(knownOpt);
    m_trust = parser.isSet(trustOpt);
    m_lang = parser.value(langOpt);
    m_validate = !parser.isSet(noValidateOpt);

    QCborMap args;
    if (positional.size() == 3) {
        QString jsonError;
        const QCborValue value = fromJson(positional.at(2).toUtf8(), &jsonError);
        if (!value.isMap()) {
            return fail(Usage, QStringLiteral("usage"),
                        QStringLiteral("JSON-ARGS must be a JSON object%1").arg(jsonError.isEmpty() ? QString() : QStringLiteral(": ") + jsonError));
        }
        args = value.toMap();
    }
    const QString key = parser.value(keyOpt);
    if (!key.isEmpty() && QUuid::fromString(key).isNull()) {
        return fail(Usage, QStringLiteral("usage"), QStringLiteral("--key must be a UUID"));
    }
    return callOp(positional.at(1), args, key);
}

int Cli::listOps(bool markdown)
{
    if (markdown) {
        writeOut(stdout, Registry::markdown().toUtf8());
        return Ok;
    }
    qsizetype width = 0;
    for (const OpSpec &s : Registry::ops()) {
        width = std::max(width, s.name.size());
    }
    QString out;
    for (const OpSpec &s : Registry::ops()) {
        QStringList flags;
        if (s.mutates) {
            flags << QStringLiteral("mutates");
        }
        if (s.offline) {
            flags << QStringLiteral("offline");
        }
        if (s.approval) {
            flags << QStringLiteral("approval");
        }
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(s.name.leftJustified(width), (s.permission.isEmpty() ? QStringLiteral("-") : s.permission).leftJustified(24),
                        flags.join(QLatin1Char(',')))
                   .trimmed()
            + QLatin1Char('\n');
    }
    writeOut(stdout, out.toUtf8());
    return Ok;
}

bool Cli::connectSession(Session &session, QString *fingerprintSeen)
{
    QObject::connect(&session, &Session::certificateSeen, &session, [fingerprintSeen](const QString &fp) { *fingerprintSeen = fp; });
    session.connectToServer(m_host, m_port, m_pin);
    return session.waitForState(Session::State::Connected, m_timeoutMs + 1000);
}

int Cli::callOp(const QString &op, const QCborMap &args, const QString &key)
{
    if (!Registry::find(op)) {
        QCborMap details;
        details.insert(QStringLiteral("field"), QStringLiteral("op"));
        details.insert(QStringLiteral("reason"), QStringLiteral("unknown"));
        details.insert(QStringLiteral("op"), op);
        return fail(OpFailed, QStringLiteral("validation_failed"), QStringLiteral("unknown op '%1' (see ebilim-cli ops)").arg(op), details);
    }
    QString password;
    if (!m_user.isEmpty()) {
        QFile file(m_passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Usage, QStringLiteral("usage"), QStringLiteral("cannot read the password file %1: %2").arg(m_passwordFile, file.errorString()));
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        password = QString::fromUtf8(line);
    }

    KnownHosts known(m_knownHostsFile);
    const bool useKnownHosts = m_pin.isEmpty();
    if (useKnownHosts) {
        QString error;
        if (!known.load(&error)) {
            return fail(Connection, QStringLiteral("known_hosts"), error);
        }
        m_pin = known.fingerprint(m_host, m_port);
    }

    Session session;
    session.setAutoReconnect(false);
    session.setRequestTimeout(m_timeoutMs);
    session.setConnectTimeout(m_timeoutMs);
    session.setValidateArgs(m_validate);
    session.setClientName(QStringLiteral("ebilim-cli/%1").arg(QCoreApplication::applicationVersion()));
    session.setLanguage(m_lang);

    QString seen;
    bool connected = connectSession(session, &seen);
    if (!connected && session.lastError() == Session::ConnectionError::CertificateUnknown && useKnownHosts && m_trust && !seen.isEmpty()) {
        QString error;
        known.setFingerprint(m_host, m_port, seen);
        if (!known.save(&error)) {
            return fail(Connection, QStringLiteral("known_hosts"), error);
        }
        writeOut(stderr, QStringLiteral("Trusted %1:%2, certificate SHA-256 fingerprint %3 (stored in %4)\n")
                             .arg(m_host)
                             .arg(m_port)
                             .arg(seen, known.filePath())
                             .toUtf8());
        m_pin = seen;
        connected = connectSession(session, &seen);
    }
    if (!connected) {
        QCborMap details;
        details.insert(QStringLiteral("host"), m_host);
        details.insert(QStringLiteral("port"), m_port);
        QString message = session.lastErrorString();
        switch (session.lastError()) {
        case Session::ConnectionError::CertificateUnknown:
            details.insert(QStringLiteral("fingerprint"), seen);
            message = QStringLiteral("First contact with %1:%2: the certificate's SHA-256 fingerprint is %3. Check it with the "
                                     "server's administrator, then run again with --trust (or --pin %3).")
                          .arg(m_host)
                          .arg(m_port)
                          .arg(seen);
            break;
        case Session::ConnectionError::CertificateMismatch:
            details.insert(QStringLiteral("expected"), m_pin);
            details.insert(QStringLiteral("actual"), seen);
            message = QStringLiteral("REFUSED: the certificate of %1:%2 changed (expected %3, got %4). This may be an attack; if "
                                     "the server's certificate was really replaced, update the pin or the known-hosts entry.")
                          .arg(m_host)
                          .arg(m_port)
                          .arg(m_pin, seen);
            break;
        default:
            if (message.isEmpty()) {
                message = QStringLiteral("no connection to %1:%2 within %3 ms").arg(m_host).arg(m_port).arg(m_timeoutMs);
            }
            break;
        }
        return fail(Connection, connectionErrorCode(session.lastError()), message, details);
    }

    bool loggedIn = false;
    if (!m_user.isEmpty()) {
        const CallResult login = Session::waitForJob(session.login(m_user, password));
        if (!login.ok()) {
            return failCall(login);
        }
        loggedIn = true;
    }

    const CallResult result = session.callSync(op, args, key);
    if (loggedIn) {
        // Best effort, so one-shot scripts do not leave sessions behind on the server.
        Session::waitForJob([&session] {
            Job *job = session.logout();
            job->setTimeout(2000);
            return job;
        }());
    }
    session.disconnectFromServer();
    if (!result.ok()) {
        return failCall(result);
    }
    writeOut(stdout, toJson(result.result, true) + '\n');
    return Ok;
}

} // namespace Ebilim::Client
