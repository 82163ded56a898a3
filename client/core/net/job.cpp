#include "job.h"

#include "session.h"

#include <QTimer>

namespace Ebilim::Client {

namespace {
const QString kClient = QStringLiteral("client");

QString clientCodeName(Failure failure)
{
    switch (failure) {
    case Failure::Timeout:
        return QStringLiteral("client_timeout");
    case Failure::ConnectionLost:
        return QStringLiteral("connection_lost");
    case Failure::NotConnected:
        return QStringLiteral("not_connected");
    case Failure::None:
    case Failure::Server:
    case Failure::Refused:
        break;
    }
    return {};
}
} // namespace

QString CallResult::errorCode() const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Server:
    case Failure::Refused:
        return Protocol::errorCodeName(error.code);
    case Failure::Timeout:
    case Failure::ConnectionLost:
    case Failure::NotConnected:
        return clientCodeName(failure);
    }
    return {};
}

QCborMap CallResult::errorMap() const
{
    QCborMap m;
    m.insert(QStringLiteral("code"), errorCode());
    m.insert(QStringLiteral("details"), error.details);
    m.insert(QStringLiteral("message"), error.message);
    return m;
}

bool CallResult::retryable() const
{
    return failure == Failure::Timeout || failure == Failure::ConnectionLost || failure == Failure::NotConnected
        || (failure == Failure::Refused && error.code == Protocol::ErrorCode::Busy);
}

CallResult clientFailure(Failure failure, const QString &message, QCborMap details)
{
    CallResult r;
    r.failure = failure;
    r.error.code = Protocol::ErrorCode::Internal;
    details.insert(kClient, clientCodeName(failure));
    r.error.details = details;
    r.error.message = message;
    return r;
}

Job::Job(Session *session, qint64 id, const QString &op, const QCborMap &args, const QString &key)
    : QObject(session)
    , m_id(id)
    , m_op(op)
    , m_args(args)
    , m_key(key)
{
}

Job::~Job() = default;

void Job::setTimeout(int ms)
{
    if (m_finished || m_finishing) {
        return;
    }
    m_timeoutMs = ms;
    if (ms <= 0) {
        if (m_timer) {
            m_timer->stop();
        }
        return;
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            auto *session = qobject_cast<Session *>(parent());
            if (session) {
                session->jobTimedOut(this);
            }
        });
    }
    m_timer->start(ms);
}

void Job::finish(const CallResult &outcome)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_outcome = outcome;
    if (m_timer) {
        m_timer->stop();
    }
    Q_EMIT finished(this);
    if (m_autoDelete) {
        deleteLater();
    }
}

void Job::finishLater(const CallResult &outcome)
{
    m_finishing = true;
    if (m_timer) {
        m_timer->stop();
    }
    QMetaObject::invokeMethod(
        this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
}

} // namespace Ebilim::Client
