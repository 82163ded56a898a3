#pragma once

#include "net/job.h"

#include <QCborMap>
#include <QString>
#include <QStringList>

namespace Ebilim::Client {

class Session;

/**
 * ebilim-cli: the client core without a window.
 *
 *   ebilim-cli --server HOST:PORT [--user U --password-file F] [--pin SHA256 | --trust]
 *              [--known-hosts FILE] [--timeout S] [--lang ky|ru|en] [--no-validate]
 *              call OP ['JSON-ARGS'] [--key UUID]
 *   ebilim-cli ops [--markdown]
 *
 * A result goes to stdout as indented JSON; a failure to stderr as {"error": {code, details, message}}.
 */
class Cli
{
public:
    enum ExitCode { Ok = 0, Usage = 2, Connection = 3, OpFailed = 4 };

    /// Runs one command line (arguments()[0] is the program). Needs a QCoreApplication.
    int run(const QStringList &arguments);

private:
    int listOps(bool markdown);
    int callOp(const QString &op, const QCborMap &args, const QString &key);
    bool connectSession(Session &session, QString *fingerprintSeen);
    int fail(int exitCode, const QString &code, const QString &message, const QCborMap &details = {});
    int failCall(const CallResult &result);

    QString m_host;
    quint16 m_port = 0;
    QString m_user;
    QString m_passwordFile;
    QString m_pin;
    QString m_knownHostsFile;
    QString m_lang;
    bool m_trust = false;
    bool m_validate = true;
    int m_timeoutMs = 30000;
};

} // namespace Ebilim::Client
