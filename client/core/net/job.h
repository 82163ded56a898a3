#pragma once

#include "protocol/errors.h"

#include <QCborMap>
#include <QCborValue>
#include <QObject>
#include <QString>

class QTimer;

namespace Ebilim::Client {

class Session;

/// Where a failed call failed. Only `Server` and `Refused` carry a protocol error code;
/// the others are client-side and mean "the outcome is unknown, retry with the same key".
enum class Failure {
    None,           ///< succeeded
    Server,         ///< the server answered `ok: false`
    Refused,        ///< refused locally, never sent (unknown op, invalid args, frame too large, write backlog full)
    Timeout,        ///< no answer within the request timeout
    ConnectionLost, ///< the connection closed while the request was outstanding
    NotConnected,   ///< no connection and none in progress
};

/// The outcome of one call, also what Session::callSync() returns.
struct CallResult
{
    Failure failure = Failure::None;
    QCborValue result;
    /// For Server/Refused: the error as sent or as found locally. For client-side failures the
    /// code is `internal` and details.client names the failure (see errorCode()).
    Protocol::Error error;

    bool ok() const { return failure == Failure::None; }
    /// The wire code (`validation_failed`, `conflict` …) or a client-side code:
    /// `client_timeout`, `connection_lost`, `not_connected`.
    QString errorCode() const;
    /// `{code, details, message}` with errorCode() as code, ready for JSON output.
    QCborMap errorMap() const;
    /// True when retrying (with the same key) may succeed: the request may or may not have been applied.
    bool retryable() const;
};

/**
 * One request to the server (one op).
 *
 * Created by Session::call(); emits finished() exactly once, always asynchronously (never
 * from inside call()), then deletes itself with deleteLater() unless setAutoDelete(false).
 * A Job never touches widgets. To retry a failed mutating call, call the same op with key().
 */
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    qint64 id() const { return m_id; }
    QString op() const { return m_op; }
    QCborMap args() const { return m_args; }
    /// The idempotency key sent with the request (empty for non-mutating ops without one).
    QString key() const { return m_key; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_outcome.ok(); }
    Failure failure() const { return m_outcome.failure; }
    QCborValue result() const { return m_outcome.result; }
    Protocol::Error error() const { return m_outcome.error; }
    const CallResult &outcome() const { return m_outcome; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// Restarts the timeout with @p ms from now (ignored after finished). 0 disables it.
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }

Q_SIGNALS:
    void finished(Ebilim::Client::Job *job);

private:
    friend class Session;
    Job(Session *session, qint64 id, const QString &op, const QCborMap &args, const QString &key);

    void finish(const CallResult &outcome);
    /// Finishes on the next event-loop turn, so callers can connect after call() returned.
    void finishLater(const CallResult &outcome);

    qint64 m_id = 0;
    QString m_op;
    QCborMap m_args;
    QString m_key;
    CallResult m_outcome;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 0;
    bool m_finished = false;
    bool m_finishing = false;
    bool m_autoDelete = true;
};

/// A client-side failure as a CallResult: code `internal`, details.client = the client-side code.
CallResult clientFailure(Failure failure, const QString &message, QCborMap details = {});

} // namespace Ebilim::Client
