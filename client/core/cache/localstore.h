#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Ebilim::Client {

/// One queued offline edit: a mutating request waiting to be sent with its idempotency key.
struct OutboxEntry
{
    enum class State {
        Pending,  ///< waiting to be sent (or re-sent with the same key)
        Poisoned, ///< refused by the server (validation, permission …): kept and shown, never re-sent by itself
    };

    qint64 seq = 0;     ///< order of the user's actions; replay is strictly by seq
    QString key;        ///< UUID idempotency key, the same for every retry of this entry
    QString op;         ///< e.g. `profile.save`, `org.units.save`
    QCborMap args;      ///< request arguments as they will be sent
    QString entity;     ///< cache entity, e.g. `unit`, `profile`
    qint64 entityId = 0; ///< row id; negative = temporary id of a row not yet created on the server
    QCborMap localRow;  ///< the row as the user sees it after this edit
    QDateTime createdAt;
    int attempts = 0;   ///< failed attempts so far (connection loss, timeout, server refusal)
    QString lastError;  ///< the last failure's error code (and message)
    State state = State::Pending;
};

/// An edit the server refused because the row changed meanwhile (stale rowVersion).
/// Both versions are kept until the user resolves it; nothing is dropped silently.
struct Conflict
{
    qint64 id = 0;
    qint64 seq = 0;       ///< outbox seq of the (first) conflicting edit
    QString key;          ///< its idempotency key (for diagnostics; a resolution uses a new key)
    QString op;
    QString entity;
    qint64 entityId = 0;
    QCborMap mine;        ///< my row (with all my later queued edits of the same row folded in)
    QCborMap mineArgs;    ///< my request arguments (later edits of the same row folded in)
    QCborMap theirs;      ///< the server's current row (error details.current)
    QDateTime at;
};

/**
 * The client's local SQLite store: a cache of server rows, the outbox of offline edits,
 * the conflicts, and the offline sign-in verifier.
 *
 * One SQLite connection of its own (WAL, synchronous=FULL: an edit reported saved survives a
 * crash or power loss). Every user edit is written together with its outbox entry in one
 * transaction. The cache may be wiped and re-synced (clearCache()); the outbox and the
 * conflicts never are — an entry leaves the outbox only when the server acknowledged it,
 * or moves into the conflicts table in the same transaction.
 *
 * Rows are CBOR maps as the server sends them, with `id` and `rowVersion`. Entities are the
 * server's change-push entity names (`unit`, `profile`). Not thread-safe: use it from one thread.
 */
class LocalStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 1;

    /// @p path: the SQLite file, or ":memory:" (tests). Use defaultPath() for the user's store.
    explicit LocalStore(const QString &path, QObject *parent = nullptr);
    ~LocalStore() override;

    /// `<AppDataLocation>/<file>`; the folder is created. One store per server+user is sensible,
    /// e.g. defaultPath("ebilim-" + host + "-" + user + ".sqlite").
    static QString defaultPath(const QString &fileName = QStringLiteral("ebilim-cache.sqlite"));

    /// Opens (creates or migrates) the store. False and @p error on failure, e.g. a newer schema.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }

    // --- cache (server rows) ---------------------------------------------------------

    /// Replaces the cached set of @p entity by @p rows (a server list): rows not in it are dropped.
    void putRows(const QString &entity, const QCborArray &rows);
    /// Inserts or replaces one server row (must have `id`).
    void putRow(const QString &entity, const QCborMap &row);
    /// Drops one cached row (deleted on the server).
    void removeRow(const QString &entity, qint64 id);
    /// The user's view of @p entity: cached rows in server order, with my queued edits applied
    /// on top (flag `_pending: true`; refused ones also `_failed: true`, `_error`), unresolved
    /// conflicts shown as my version with `_conflict: true`, then rows created offline
    /// (negative ids).
    QList<QCborMap> rows(const QString &entity) const;
    /// One row of the user's view (as rows()), or nullopt.
    std::optional<QCborMap> row(const QString &entity, qint64 id) const;
    /// The server row as cached, without local edits.
    std::optional<QCborMap> cachedRow(const QString &entity, qint64 id) const;
    /// Wipes the cache (not the outbox, not the conflicts); emits rowsChanged for each entity.
    void clearCache();

    // --- outbox ----------------------------------------------------------------------

    /// A fresh negative id for a row created offline (persistent, never reused).
    qint64 newTemporaryId();
    /**
     * Records one user edit: @p localRow (the row as the user now sees it) and its outbox
     * entry with a fresh UUID key, in ONE transaction. Returns the entry's seq, or -1 on failure
     * (then nothing was written and the edit must not be shown as saved).
     *
     * @p args are the request arguments, including `rowVersion` the edit is based on. For a
     * row created offline pass a newTemporaryId() as @p entityId (and no `id` in args); a later
     * edit of that row passes the temporary id as `id` (and `rowVersion` 0) — temporary ids in
     * args (also e.g. `parentId`) are replaced by the real id when the create is acknowledged.
     * Queued edits of the same row are chained: when one is acknowledged the next gets the
     * server's new rowVersion.
     */
    qint64 enqueueEdit(const QString &op, const QCborMap &args, const QString &entity, qint64 entityId, const QCborMap &localRow);
    /// Every outbox entry (pending and poisoned), by seq.
    QList<OutboxEntry> outbox() const;
    /// Entries to send, by seq (state Pending).
    QList<OutboxEntry> pending() const;
    /// The first entry to send, if any.
    std::optional<OutboxEntry> nextPending() const;
    std::optional<OutboxEntry> entry(qint64 seq) const;
    /// Entries not yet acknowledged (pending + poisoned).
    int pendingCount() const;
    int poisonedCount() const;
    /**
     * The server acknowledged entry @p seq with @p serverRow (its result): removes the entry,
     * caches the row, maps a temporary id to the real one everywhere in the outbox, and
     * rebases the next queued edit of the same row onto serverRow's rowVersion. One transaction.
     */
    bool markSent(qint64 seq, const QCborMap &serverRow);
    /// A failed attempt: @p error is kept. @p poison: the server refused it for good; the entry
    /// is kept and shown but not re-sent until retryEntry().
    bool markFailed(qint64 seq, const QString &error, bool poison);
    /// Puts a poisoned entry back into the queue (same key).
    bool retryEntry(qint64 seq);
    /// The user gives up a (poisoned) edit: the entry is removed, the row shows the cache again.
    bool discardEntry(qint64 seq);

    // --- conflicts -------------------------------------------------------------------

    /**
     * Entry @p seq hit a stale rowVersion; @p theirs is the server's current row. Moves the
     * entry — and every later pending edit of the same row, folded in — into a conflict, and
     * caches theirs. One transaction. Returns the conflict id (or -1).
     */
    qint64 recordConflict(qint64 seq, const QCborMap &theirs);
    QList<Conflict> conflicts() const;
    std::optional<Conflict> conflict(qint64 id) const;
    int conflictCount() const;
    /// Keep mine: my arguments are queued again on top of theirs' rowVersion (new key).
    /// Returns the new seq (or -1).
    qint64 resolveKeepMine(qint64 conflictId);
    /// Take theirs: my edit is dropped, the server's row stays.
    bool resolveTakeTheirs(qint64 conflictId);
    /// Merged: @p merged is the row as the user combined it field by field; my arguments take
    /// its values and are queued on top of theirs' rowVersion (new key). Returns the new seq.
    qint64 resolveMerged(qint64 conflictId, const QCborMap &merged);

    // --- offline sign-in -------------------------------------------------------------

    /// Stores an Argon2id verifier (libsodium, interactive limits) of @p password and the
    /// `auth.whoami` result, after a successful online sign-in. Slow (~0.1–0.5 s).
    bool storeVerifier(const QString &server, const QString &username, const QString &password, const QCborMap &whoami);
    /// True when @p password matches the stored verifier; then @p whoami gets the stored map.
    bool verifyOffline(const QString &server, const QString &username, const QString &password, QCborMap *whoami = nullptr) const;
    void forgetVerifier(const QString &server, const QString &username);

    // --- meta ------------------------------------------------------------------------

    /// Small persistent settings of the store (e.g. the last user).
    QString meta(const QString &key, const QString &defaultValue = {}) const;
    void setMeta(const QString &key, const QString &value);

Q_SIGNALS:
    /// The user's view of @p entity changed (cache, local edit, conflict).
    void rowsChanged(const QString &entity);
    void outboxChanged();
    void conflictsChanged();

private:
    qint64 requeueConflict(const Conflict &c, QCborMap args, QCborMap local);

    class Private;
    std::unique_ptr<Private> d;
    QString m_path;
};

} // namespace Ebilim::Client

Q_DECLARE_METATYPE(Ebilim::Client::OutboxEntry)
Q_DECLARE_METATYPE(Ebilim::Client::Conflict)
