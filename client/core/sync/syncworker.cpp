#include "syncworker.h"

#include "cache/localstore.h"
#include "net/job.h"
#include "net/session.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcClientSync, "ebilim.client.sync", QtWarningMsg)

namespace Ebilim::Client {

namespace {

const QString kUnit = QStringLiteral("unit");
const QString kProfile = QStringLiteral("profile");

/// Server answers after which sending the entry again cannot help: the entry is poisoned.
bool isPermanent(const QString &code)
{
    static const QStringList transient = {
        QStringLiteral("busy"),
        QStringLiteral("internal"),
        QStringLiteral("throttled"),
        QStringLiteral("not_authenticated"),
        QStringLiteral("session_expired"),
        QStringLiteral("hello_required"),
    };
    return !transient.contains(code);
}

} // namespace

SyncWorker::SyncWorker(Session *session, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncWorker::sendNext);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(200); // coalesces bursts of pushes (e.g. our own replay)
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncWorker::flushRefreshes);
    connect(session, &Session::stateChanged, this, &SyncWorker::onStateChanged);
    connect(session, &Session::pushReceived, this, &SyncWorker::onPush);
    connect(store, &LocalStore::outboxChanged, this, &SyncWorker::syncNow);
    syncNow();
}

SyncWorker::~SyncWorker() = default;

QStringList SyncWorker::entities()
{
    return {kUnit, kProfile};
}

void SyncWorker::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

void SyncWorker::syncNow()
{
    if (m_kickQueued || m_inFlight) {
        return;
    }
    m_kickQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_kickQueued = false;
        sendNext();
    });
}

void SyncWorker::onStateChanged()
{
    if (m_session && m_session->state() == Session::State::LoggedIn) {
        // A (re)connection: retry at once, and catch up on pushes missed while away.
        m_retryTimer.stop();
        m_retryDelayMs = 0;
        for (const QString &e : std::as_const(m_watched)) {
            m_dirty.insert(e);
        }
        syncNow();
    }
}

void SyncWorker::setSyncing(bool on)
{
    if (m_syncing == on) {
        return;
    }
    m_syncing = on;
    if (!on) {
        m_done = 0;
        m_total = 0;
    }
    Q_EMIT syncingChanged(on);
}

void SyncWorker::sendNext()
{
    if (m_inFlight || !m_session || !m_store || !m_store->isOpen()) {
        return;
    }
    if (m_session->state() != Session::State::LoggedIn || m_retryTimer.isActive()) {
        setSyncing(false);
        return;
    }
    const auto next = m_store->nextPending();
    if (!next) {
        const bool wasSyncing = m_syncing;
        setSyncing(false);
        if (wasSyncing) {
            Q_EMIT drained();
        }
        if (!m_dirty.isEmpty()) {
            m_refreshTimer.start();
        }
        return;
    }
    const int queued = m_store->pendingCount() - m_store->poisonedCount();
    if (!m_syncing) {
        m_done = 0;
        setSyncing(true);
    }
    m_total = m_done + queued;
    Q_EMIT progress(m_done, m_total);
    const qint64 seq = next->seq;
    Job *job = m_session->call(next->op, next->args, next->key);
    m_inFlight = job;
    connect(job, &Job::finished, this, [this, seq](Job *j) {
        onAnswer(j, seq);
    });
}

void SyncWorker::onAnswer(Job *job, qint64 seq)
{
    m_inFlight = nullptr;
    const CallResult r = job->outcome();
    Q_EMIT answerReceived(seq, r.ok());
    if (!m_store) {
        return;
    }
    if (r.ok()) {
        m_store->markSent(seq, r.result.toMap());
        m_retryDelayMs = 0;
        ++m_done;
    } else if (r.failure == Failure::Server || r.failure == Failure::Refused) {
        const QString code = r.errorCode();
        if (code == QLatin1String("conflict")) {
            m_store->recordConflict(seq, r.error.details.value(QStringLiteral("current")).toMap());
            ++m_done;
        } else if (isPermanent(code)) {
            qCInfo(lcClientSync) << "outbox entry" << seq << "refused:" << code << r.error.message;
            m_store->markFailed(seq, r.error.message.isEmpty() ? code : code + QStringLiteral(": ") + r.error.message, true);
            ++m_done;
        } else {
            m_store->markFailed(seq, code, false);
            scheduleRetry();
            return;
        }
    } else {
        // Timeout or connection lost: the outcome is unknown; the same key is sent again later.
        m_store->markFailed(seq, r.errorCode(), false);
        scheduleRetry();
        return;
    }
    Q_EMIT progress(m_done, qMax(m_total, m_done));
    sendNext();
}

void SyncWorker::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? m_firstDelayMs : qMin(m_retryDelayMs * 2, m_maxDelayMs);
    const int delay = m_retryDelayMs / 2 + int(QRandomGenerator::global()->bounded(m_retryDelayMs / 2 + 1));
    qCInfo(lcClientSync) << "outbox replay paused; retry in" << delay << "ms";
    m_retryTimer.start(delay);
    setSyncing(false);
}

bool SyncWorker::refresh(const QString &entity)
{
    if (!entities().contains(entity) || !m_session || m_session->state() != Session::State::LoggedIn) {
        return false;
    }
    m_watched.insert(entity);
    m_dirty.remove(entity);
    if (m_refreshJobs.value(entity)) {
        return true;
    }
    Job *job = m_session->call(entity == kUnit ? QStringLiteral("org.units.list") : QStringLiteral("profile.get"));
    m_refreshJobs.insert(entity, job);
    connect(job, &Job::finished, this, [this, entity](Job *j) {
        m_refreshJobs.remove(entity);
        if (!m_store) {
            return;
        }
        if (!j->ok()) {
            Q_EMIT refreshed(entity, false, j->outcome().errorCode());
            return;
        }
        if (entity == kUnit) {
            m_store->putRows(entity, j->result().toArray());
        } else {
            QCborMap row = j->result().toMap();
            row.insert(QStringLiteral("id"), m_session ? m_session->user().value(QStringLiteral("id")).toInteger() : 0);
            m_store->putRow(entity, row);
        }
        Q_EMIT refreshed(entity, true, {});
    });
    return true;
}

void SyncWorker::onPush(const QString &event, const QCborMap &data)
{
    if (event != QLatin1String("changed")) {
        return;
    }
    const QString entity = data.value(QStringLiteral("entity")).toString();
    if (!m_watched.contains(entity)) {
        return;
    }
    m_dirty.insert(entity);
    if (!m_syncing) {
        m_refreshTimer.start();
    }
}

void SyncWorker::flushRefreshes()
{
    if (m_syncing) {
        return; // refreshed when the outbox drained
    }
    const QSet<QString> dirty = m_dirty;
    for (const QString &e : dirty) {
        refresh(e);
    }
}

} // namespace Ebilim::Client
