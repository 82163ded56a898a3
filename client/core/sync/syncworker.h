#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Ebilim::Client {

class Job;
class LocalStore;
class Session;

/**
 * Replays the LocalStore outbox to the server and keeps the cache fresh.
 *
 * While the Session is LoggedIn it sends the pending entries strictly in seq order, one
 * request at a time, each with its stored idempotency key — so a replay after a crash or a
 * lost answer is answered by the server's idempotency store, never applied twice.
 *
 *  - success: LocalStore::markSent();
 *  - `conflict`: LocalStore::recordConflict(details.current), then the next entry;
 *  - refused for good (validation_failed, not_authorized, not_found, already_exists,
 *    invalid_state, unknown_op, or refused locally): poisoned — kept and shown, not retried
 *    in a loop; later entries continue;
 *  - connection lost, timeout, busy, internal: the entry stays first in line; the worker
 *    stops and retries with exponential backoff (and at once after a reconnect).
 *
 * Server pushes `changed {entity, id}` refresh that entity (coalesced, after the outbox
 * drained). After every sign-in/reconnect the entities refreshed before are fetched again
 * (pushes are lost while disconnected). Known entities: `unit` (org.units.list) and
 * `profile` (profile.get, id = the signed-in user's id).
 */
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(Session *session, LocalStore *store, QObject *parent = nullptr);
    ~SyncWorker() override;

    /// True while entries are being sent.
    bool isSyncing() const { return m_syncing; }
    /// Starts a replay now if possible (also called on outbox changes and on sign-in).
    void syncNow();
    /// Backoff bounds for retries after transient failures. Default 1 s → 60 s.
    void setRetryDelays(int firstMs, int maxMs);
    /// The retry delay scheduled now (0 when none).
    int currentRetryDelay() const { return m_retryTimer.isActive() ? m_retryDelayMs : 0; }

    /// Fetches @p entity into the cache (LocalStore::putRows/putRow) and remembers it for
    /// refreshes after reconnects. False if the entity is unknown or not signed in.
    bool refresh(const QString &entity);
    /// Known entity names.
    static QStringList entities();

Q_SIGNALS:
    void syncingChanged(bool syncing);
    /// @p done of @p total entries of the current replay were handled (sent, conflicted or poisoned).
    void progress(int done, int total);
    /// The outbox has nothing left to send (poisoned entries may remain).
    void drained();
    /// A refresh of @p entity finished (@p ok false: the error code is in @p error).
    void refreshed(const QString &entity, bool ok, const QString &error);
    /// Diagnostics (and crash tests): the answer for @p seq arrived, before it is recorded.
    void answerReceived(qint64 seq, bool ok);

private:
    void onStateChanged();
    void onPush(const QString &event, const QCborMap &data);
    void sendNext();
    void onAnswer(Job *job, qint64 seq);
    void setSyncing(bool on);
    void scheduleRetry();
    void flushRefreshes();

    QPointer<Session> m_session;
    QPointer<LocalStore> m_store;
    QPointer<Job> m_inFlight;
    bool m_syncing = false;
    bool m_kickQueued = false;
    int m_done = 0;
    int m_total = 0;
    QTimer m_retryTimer;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 60000;
    int m_retryDelayMs = 0;
    QSet<QString> m_watched;      ///< entities refreshed at least once
    QSet<QString> m_dirty;        ///< entities to refresh when idle
    QHash<QString, QPointer<Job>> m_refreshJobs;
    QTimer m_refreshTimer;
};

} // namespace Ebilim::Client
