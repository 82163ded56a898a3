#include "localstore.h"

#include "protocol/registry.h"

#include <QCborValue>
#include <QDir>
#include <QSet>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

#include <algorithm>
#include <atomic>

Q_LOGGING_CATEGORY(lcClientCache, "ebilim.client.cache", QtWarningMsg)

namespace Ebilim::Client {

namespace {

const QString kId = QStringLiteral("id");
const QString kRowVersion = QStringLiteral("rowVersion");
const QString kPending = QStringLiteral("_pending");
const QString kConflict = QStringLiteral("_conflict");
const QString kFailed = QStringLiteral("_failed");
const QString kError = QStringLiteral("_error");
const QString kStatePending = QStringLiteral("pending");
const QString kStatePoisoned = QStringLiteral("poisoned");

QByteArray toBlob(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

QCborMap fromBlob(const QVariant &blob)
{
    return QCborValue::fromCbor(blob.toByteArray()).toMap();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Replaces every top-level integer value @p from by @p to (temporary id → real id).
bool remapIds(QCborMap &map, qint64 from, qint64 to)
{
    bool changed = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isInteger() && it.value().toInteger() == from) {
            it.value() = to;
            changed = true;
        }
    }
    return changed;
}

const QStringList kSchema = {
    QStringLiteral("CREATE TABLE cache(entity TEXT NOT NULL, id INTEGER NOT NULL, row_version INTEGER NOT NULL DEFAULT 0, "
                   "ord INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL, PRIMARY KEY(entity, id))"),
    QStringLiteral("CREATE TABLE outbox(seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, op TEXT NOT NULL, "
                   "args BLOB NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, local_row BLOB, created_at TEXT NOT NULL, "
                   "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
                   "state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'poisoned')))"),
    QStringLiteral("CREATE INDEX outbox_row ON outbox(entity, entity_id, seq)"),
    QStringLiteral("CREATE TABLE conflicts(id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL, key TEXT NOT NULL, "
                   "op TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, mine BLOB, args BLOB, theirs BLOB, "
                   "at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT)"),
    QStringLiteral("CREATE TABLE offline_auth(server TEXT NOT NULL, username TEXT NOT NULL, verifier TEXT NOT NULL, "
                   "whoami BLOB, PRIMARY KEY(server, username))"),
};

} // namespace

class LocalStore::Private
{
public:
    QSqlDatabase db;
    QString connectionName;
    bool open = false;

    /// Runs @p sql with positional @p binds; logs and returns false on error.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {}) const
    {
        if (!q.prepare(sql)) {
            qCWarning(lcClientCache) << "prepare failed:" << sql << q.lastError().text();
            return false;
        }
        for (const QVariant &b : binds) {
            q.addBindValue(b);
        }
        if (!q.exec()) {
            qCWarning(lcClientCache) << "query failed:" << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    bool exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db);
        return run(q, sql, binds);
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db);
        if (run(q, sql, binds) && q.next()) {
            return q.value(0);
        }
        return {};
    }

    static const QString outboxColumns;
    static OutboxEntry entryFrom(const QSqlQuery &q)
    {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.key = q.value(1).toString();
        e.op = q.value(2).toString();
        e.args = fromBlob(q.value(3));
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.localRow = fromBlob(q.value(6));
        e.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        e.attempts = q.value(8).toInt();
        e.lastError = q.value(9).toString();
        e.state = q.value(10).toString() == kStatePoisoned ? OutboxEntry::State::Poisoned : OutboxEntry::State::Pending;
        return e;
    }
    QList<OutboxEntry> entries(const QString &where, const QVariantList &binds = {}, int limit = -1) const
    {
        QList<OutboxEntry> out;
        QSqlQuery q(db);
        if (run(q, QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY seq LIMIT %3").arg(outboxColumns, where).arg(limit), binds)) {
            while (q.next()) {
                out.append(entryFrom(q));
            }
        }
        return out;
    }
    std::optional<OutboxEntry> entry(qint64 seq) const
    {
        const auto list = entries(QStringLiteral("WHERE seq = ?"), {seq});
        return list.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(list.first());
    }

    static const QString conflictColumns;
    QList<Conflict> conflictList(const QString &where, const QVariantList &binds = {}) const
    {
        QList<Conflict> out;
        QSqlQuery q(db);
        if (run(q, QStringLiteral("SELECT %1 FROM conflicts %2 ORDER BY id").arg(conflictColumns, where), binds)) {
            while (q.next()) {
                Conflict c;
                c.id = q.value(0).toLongLong();
                c.seq = q.value(1).toLongLong();
                c.key = q.value(2).toString();
                c.op = q.value(3).toString();
                c.entity = q.value(4).toString();
                c.entityId = q.value(5).toLongLong();
                c.mine = fromBlob(q.value(6));
                c.mineArgs = fromBlob(q.value(7));
                c.theirs = fromBlob(q.value(8));
                c.at = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
                out.append(c);
            }
        }
        return out;
    }

    /// The user's view of @p entity (or of one row): cache, then my edits and conflicts on top.
    QList<QCborMap> view(const QString &entity, std::optional<qint64> only) const
    {
        QList<qint64> order;
        QHash<qint64, QCborMap> byId;
        QSqlQuery q(db);
        if (run(q, QStringLiteral("SELECT id, data FROM cache WHERE entity = ?%1 ORDER BY ord, id").arg(only ? QStringLiteral(" AND id = %1").arg(*only) : QString()),
                {entity})) {
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                order.append(id);
                byId.insert(id, fromBlob(q.value(1)));
            }
        }
        const QString byRow = only ? QStringLiteral(" AND entity_id = %1").arg(*only) : QString();
        // Overlays in the order the user made them: conflicts (by their first seq) and queued edits.
        struct Overlay
        {
            qint64 seq;
            qint64 id;
            QCborMap row;
        };
        QList<Overlay> overlays;
        // Only each row's newest edit (it carries the row as the user sees it) and refused
        // ones (their flags) matter; a row edited 1,000 times must not decode 1,000 entries.
        const QString latest = QStringLiteral("WHERE entity = ?%1 AND (state = 'poisoned' OR seq IN "
                                              "(SELECT max(seq) FROM outbox WHERE entity = ?%1 GROUP BY entity_id))")
                                   .arg(byRow);
        for (const OutboxEntry &e : entries(latest, {entity, entity})) {
            QCborMap r = e.localRow;
            r.insert(kPending, true);
            if (e.state == OutboxEntry::State::Poisoned) {
                r.insert(kFailed, true);
                r.insert(kError, e.lastError);
            }
            overlays.append({e.seq, e.entityId, r});
        }
        for (const Conflict &c : conflictList(QStringLiteral("WHERE entity = ?") + byRow, {entity})) {
            QCborMap r = c.mine;
            r.insert(kConflict, true);
            overlays.append({c.seq, c.entityId, r});
        }
        std::sort(overlays.begin(), overlays.end(), [](const Overlay &a, const Overlay &b) {
            return a.seq < b.seq;
        });
        for (Overlay &o : overlays) {
            o.row.insert(kId, o.id);
            auto it = byId.find(o.id);
            if (it == byId.end()) {
                order.append(o.id);
                byId.insert(o.id, o.row);
                continue;
            }
            // Flags stay once set: a row edited again after a conflict still shows the conflict.
            for (const QString &flag : {kConflict, kFailed, kError}) {
                if (it->contains(flag) && !o.row.contains(flag)) {
                    o.row.insert(flag, it->value(flag));
                }
            }
            *it = o.row;
        }
        QList<QCborMap> out;
        out.reserve(order.size());
        for (qint64 id : std::as_const(order)) {
            out.append(byId.value(id));
        }
        return out;
    }

    /// Inserts or replaces a cached server row, keeping its place in the list order.
    bool upsertRow(const QString &entity, const QCborMap &row, int ord = -1)
    {
        const qint64 id = row.value(kId).toInteger();
        if (ord < 0) {
            const QVariant existing = scalar(QStringLiteral("SELECT ord FROM cache WHERE entity = ? AND id = ?"), {entity, id});
            ord = existing.isValid() ? existing.toInt()
                                     : scalar(QStringLiteral("SELECT coalesce(max(ord), -1) + 1 FROM cache WHERE entity = ?"), {entity}).toInt();
        }
        return exec(QStringLiteral("INSERT OR REPLACE INTO cache(entity, id, row_version, ord, data) VALUES (?, ?, ?, ?, ?)"),
                    {entity, id, row.value(kRowVersion).toInteger(), ord, toBlob(row)});
    }

    bool insertEntry(const QString &op, const QCborMap &args, const QString &entity, qint64 entityId, const QCborMap &localRow,
                     qint64 *seq)
    {
        QSqlQuery q(db);
        if (!run(q,
                 QStringLiteral("INSERT INTO outbox(key, op, args, entity, entity_id, local_row, created_at, state) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')"),
                 {QUuid::createUuid().toString(QUuid::WithoutBraces), op, toBlob(args), entity, entityId, toBlob(localRow), nowText()})) {
            return false;
        }
        *seq = q.lastInsertId().toLongLong();
        return true;
    }

    bool updateEntry(const OutboxEntry &e)
    {
        return exec(QStringLiteral("UPDATE outbox SET args = ?, entity_id = ?, local_row = ? WHERE seq = ?"),
                    {toBlob(e.args), e.entityId, toBlob(e.localRow), e.seq});
    }

    /// The next queued edit of the same row after @p seq continues from @p rowVersion.
    bool rebaseNext(const QString &entity, qint64 entityId, qint64 seq, const QCborValue &rowVersion)
    {
        if (!rowVersion.isInteger()) {
            return true;
        }
        const auto next = entries(QStringLiteral("WHERE entity = ? AND entity_id = ? AND seq > ? AND state = 'pending'"),
                                  {entity, entityId, seq}, 1);
        if (next.isEmpty() || !next.first().args.contains(kRowVersion)) {
            return true;
        }
        OutboxEntry n = next.first();
        n.args.insert(kRowVersion, rowVersion);
        n.localRow.insert(kRowVersion, rowVersion);
        return updateEntry(n);
    }

    /// RAII transaction: rolls back unless commit() succeeded.
    class Transaction
    {
    public:
        explicit Transaction(QSqlDatabase &db)
            : m_db(db)
        {
            m_active = m_db.transaction();
            if (!m_active) {
                qCWarning(lcClientCache) << "cannot begin a transaction:" << m_db.lastError().text();
            }
        }
        ~Transaction()
        {
            if (m_active) {
                m_db.rollback();
            }
        }
        bool isActive() const { return m_active; }
        bool commit()
        {
            if (!m_active) {
                return false;
            }
            m_active = false;
            if (!m_db.commit()) {
                qCWarning(lcClientCache) << "commit failed:" << m_db.lastError().text();
                m_db.rollback();
                return false;
            }
            return true;
        }

    private:
        QSqlDatabase &m_db;
        bool m_active = false;
    };
};

const QString LocalStore::Private::outboxColumns =
    QStringLiteral("seq, key, op, args, entity, entity_id, local_row, created_at, attempts, last_error, state");
const QString LocalStore::Private::conflictColumns = QStringLiteral("id, seq, key, op, entity, entity_id, mine, args, theirs, at");

LocalStore::LocalStore(const QString &path, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_path(path)
{
    static std::atomic<int> counter{0};
    d->connectionName = QStringLiteral("ebilim-localstore-%1").arg(++counter);
}

LocalStore::~LocalStore()
{
    if (d->db.isValid()) {
        d->db.close();
    }
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

QString LocalStore::defaultPath(const QString &fileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

bool LocalStore::open(QString *error)
{
    auto fail = [&](const QString &why) {
        qCWarning(lcClientCache) << "cannot open the local store" << m_path << why;
        if (error) {
            *error = why;
        }
        d->open = false;
        return false;
    };
    if (d->open) {
        return true;
    }
    if (sodium_init() < 0) {
        return fail(QStringLiteral("libsodium could not be initialised"));
    }
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(m_path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->db.open()) {
        return fail(d->db.lastError().text());
    }
    // WAL + FULL: a committed edit survives a crash and a power loss (research §4.2).
    if (!d->exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !d->exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !d->exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        return fail(QStringLiteral("cannot set the journal mode"));
    }
    const int version = d->scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > SchemaVersion) {
        return fail(QStringLiteral("the store was written by a newer eBilim (schema %1, this one knows %2)").arg(version).arg(SchemaVersion));
    }
    if (version < 1) {
        Private::Transaction t(d->db);
        for (const QString &sql : kSchema) {
            if (!d->exec(sql)) {
                return fail(QStringLiteral("cannot create the schema: ") + d->db.lastError().text());
            }
        }
        d->exec(QStringLiteral("INSERT INTO meta(k, v) VALUES ('schema', ?)"), {QString::number(SchemaVersion)});
        d->exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
        if (!t.commit()) {
            return fail(QStringLiteral("cannot create the schema"));
        }
    }
    d->open = true;
    return true;
}

bool LocalStore::isOpen() const
{
    return d->open;
}

// --- cache ---------------------------------------------------------------------------

void LocalStore::putRows(const QString &entity, const QCborArray &rows)
{
    Private::Transaction t(d->db);
    // A list read before one of my acknowledged saves must not put an older version back.
    QHash<qint64, QPair<qint64, QCborMap>> newer;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT id, row_version, data FROM cache WHERE entity = ?"), {entity})) {
        while (q.next()) {
            newer.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), fromBlob(q.value(2))});
        }
    }
    d->exec(QStringLiteral("DELETE FROM cache WHERE entity = ?"), {entity});
    int ord = 0;
    for (const QCborValue &v : rows) {
        QCborMap row = v.toMap();
        if (!row.value(kId).isInteger()) {
            continue;
        }
        const auto it = newer.constFind(row.value(kId).toInteger());
        if (it != newer.constEnd() && it->first > row.value(kRowVersion).toInteger()) {
            row = it->second;
        }
        d->upsertRow(entity, row, ord++);
    }
    if (t.commit()) {
        Q_EMIT rowsChanged(entity);
    }
}

void LocalStore::putRow(const QString &entity, const QCborMap &row)
{
    if (!row.value(kId).isInteger()) {
        qCWarning(lcClientCache) << "putRow: a row without id for" << entity;
        return;
    }
    if (d->upsertRow(entity, row)) {
        Q_EMIT rowsChanged(entity);
    }
}

void LocalStore::removeRow(const QString &entity, qint64 id)
{
    if (d->exec(QStringLiteral("DELETE FROM cache WHERE entity = ? AND id = ?"), {entity, id})) {
        Q_EMIT rowsChanged(entity);
    }
}

QList<QCborMap> LocalStore::rows(const QString &entity) const
{
    return d->view(entity, std::nullopt);
}

std::optional<QCborMap> LocalStore::row(const QString &entity, qint64 id) const
{
    const QList<QCborMap> one = d->view(entity, id);
    return one.isEmpty() ? std::nullopt : std::optional<QCborMap>(one.first());
}

std::optional<QCborMap> LocalStore::cachedRow(const QString &entity, qint64 id) const
{
    const QVariant v = d->scalar(QStringLiteral("SELECT data FROM cache WHERE entity = ? AND id = ?"), {entity, id});
    if (!v.isValid()) {
        return std::nullopt;
    }
    return fromBlob(v);
}

void LocalStore::clearCache()
{
    QStringList entities;
    QSqlQuery q(d->db);
    if (d->run(q, QStringLiteral("SELECT DISTINCT entity FROM cache"))) {
        while (q.next()) {
            entities.append(q.value(0).toString());
        }
    }
    if (d->exec(QStringLiteral("DELETE FROM cache"))) {
        for (const QString &e : std::as_const(entities)) {
            Q_EMIT rowsChanged(e);
        }
    }
}

// --- outbox --------------------------------------------------------------------------

qint64 LocalStore::newTemporaryId()
{
    Private::Transaction t(d->db);
    const qint64 next = d->scalar(QStringLiteral("SELECT v FROM meta WHERE k = 'next_temp_id'")).toLongLong();
    const qint64 id = next < 0 ? next : -1;
    d->exec(QStringLiteral("INSERT OR REPLACE INTO meta(k, v) VALUES ('next_temp_id', ?)"), {QString::number(id - 1)});
    return t.commit() ? id : 0;
}

qint64 LocalStore::enqueueEdit(const QString &op, const QCborMap &args, const QString &entity, qint64 entityId, const QCborMap &localRow)
{
    const Protocol::OpSpec *spec = Protocol::Registry::find(op);
    if (!spec || !spec->offline) {
        qCWarning(lcClientCache) << "enqueueEdit: op is not offline-capable:" << op;
        return -1;
    }
    if (entityId == 0 || entity.isEmpty()) {
        qCWarning(lcClientCache) << "enqueueEdit: no row named for" << op;
        return -1;
    }
    QCborMap row = localRow;
    row.insert(kId, entityId);
    for (const QString &flag : {kPending, kConflict, kFailed, kError}) {
        row.remove(flag);
    }
    Private::Transaction t(d->db);
    qint64 seq = -1;
    if (!t.isActive() || !d->insertEntry(op, args, entity, entityId, row, &seq) || !t.commit()) {
        return -1;
    }
    Q_EMIT outboxChanged();
    Q_EMIT rowsChanged(entity);
    return seq;
}

QList<OutboxEntry> LocalStore::outbox() const
{
    return d->entries({});
}

QList<OutboxEntry> LocalStore::pending() const
{
    return d->entries(QStringLiteral("WHERE state = 'pending'"));
}

std::optional<OutboxEntry> LocalStore::nextPending() const
{
    const auto list = d->entries(QStringLiteral("WHERE state = 'pending' AND seq = (SELECT min(seq) FROM outbox WHERE state = 'pending')"));
    return list.isEmpty() ? std::nullopt : std::optional<OutboxEntry>(list.first());
}

std::optional<OutboxEntry> LocalStore::entry(qint64 seq) const
{
    return d->entry(seq);
}

int LocalStore::pendingCount() const
{
    return d->scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

int LocalStore::poisonedCount() const
{
    return d->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'poisoned'")).toInt();
}

bool LocalStore::markSent(qint64 seq, const QCborMap &serverRow)
{
    // An acknowledgement need not survive a power cut: if it is lost, the entry is sent again
    // with the same key and the server answers from its idempotency store. So skip the fsync
    // here; edits themselves (enqueueEdit, conflict resolution) stay synchronous=FULL.
    d->exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    struct RestoreFull
    {
        Private *d;
        ~RestoreFull() { d->exec(QStringLiteral("PRAGMA synchronous=FULL")); }
    } restore{d.get()};
    Private::Transaction t(d->db);
    const auto e = d->entry(seq);
    if (!t.isActive() || !e) {
        return false;
    }
    QCborMap row = serverRow;
    if (!row.value(kId).isInteger() && e->entityId > 0) {
        row.insert(kId, e->entityId); // profile.save answers without id
    }
    const qint64 realId = row.value(kId).toInteger();
    QSet<QString> touched{e->entity};
    bool ok = d->exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    if (ok && realId > 0) {
        ok = d->upsertRow(e->entity, row);
    }
    if (ok && e->entityId < 0 && realId > 0) {
        // The row was created offline: its temporary id becomes the real one everywhere.
        for (OutboxEntry other : d->entries({})) {
            bool changed = remapIds(other.args, e->entityId, realId);
            changed = remapIds(other.localRow, e->entityId, realId) || changed;
            if (other.entity == e->entity && other.entityId == e->entityId) {
                other.entityId = realId;
                changed = true;
            }
            if (changed) {
                touched.insert(other.entity);
                ok = ok && d->updateEntry(other);
            }
        }
        ok = ok && d->exec(QStringLiteral("UPDATE conflicts SET entity_id = ? WHERE entity = ? AND entity_id = ?"), {realId, e->entity, e->entityId});
    }
    if (ok) {
        ok = d->rebaseNext(e->entity, realId > 0 ? realId : e->entityId, seq, row.value(kRowVersion));
    }
    if (!ok || !t.commit()) {
        return false;
    }
    Q_EMIT outboxChanged();
    for (const QString &entity : std::as_const(touched)) {
        Q_EMIT rowsChanged(entity);
    }
    return true;
}

bool LocalStore::markFailed(qint64 seq, const QString &error, bool poison)
{
    Private::Transaction t(d->db);
    const auto e = d->entry(seq);
    if (!t.isActive() || !e) {
        return false;
    }
    bool ok = d->exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ? WHERE seq = ?"),
                      {error, poison ? kStatePoisoned : kStatePending, seq});
    if (ok && poison) {
        // The server did not change the row: the next edit of it continues from the same version.
        ok = d->rebaseNext(e->entity, e->entityId, seq, e->args.value(kRowVersion));
    }
    if (!ok || !t.commit()) {
        return false;
    }
    Q_EMIT outboxChanged();
    if (poison) {
        Q_EMIT rowsChanged(e->entity);
    }
    return true;
}

bool LocalStore::retryEntry(qint64 seq)
{
    const auto e = d->entry(seq);
    if (!e || !d->exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE seq = ?"), {seq})) {
        return false;
    }
    Q_EMIT outboxChanged();
    Q_EMIT rowsChanged(e->entity);
    return true;
}

bool LocalStore::discardEntry(qint64 seq)
{
    const auto e = d->entry(seq);
    if (!e || !d->exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq})) {
        return false;
    }
    Q_EMIT outboxChanged();
    Q_EMIT rowsChanged(e->entity);
    return true;
}

// --- conflicts -----------------------------------------------------------------------

qint64 LocalStore::recordConflict(qint64 seq, const QCborMap &theirs)
{
    Private::Transaction t(d->db);
    const auto e = d->entry(seq);
    if (!t.isActive() || !e) {
        return -1;
    }
    QCborMap theirsRow = theirs;
    if (!theirsRow.value(kId).isInteger()) {
        theirsRow.insert(kId, e->entityId);
    }
    // Later queued edits of the same row were made on top of this one: they join the conflict
    // (sending them would only conflict again).
    QCborMap mineArgs = e->args;
    QCborMap mine = e->localRow;
    QVariantList seqs{seq};
    const auto later = d->entries(QStringLiteral("WHERE entity = ? AND entity_id = ? AND seq > ? AND state = 'pending'"),
                                  {e->entity, e->entityId, seq});
    for (const OutboxEntry &l : later) {
        for (auto it = l.args.constBegin(); it != l.args.constEnd(); ++it) {
            mineArgs.insert(it.key(), it.value());
        }
        mine = l.localRow;
        seqs.append(l.seq);
    }
    QSqlQuery q(d->db);
    bool ok = d->run(q,
                     QStringLiteral("INSERT INTO conflicts(seq, key, op, entity, entity_id, mine, args, theirs, at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {seq, e->key, e->op, e->entity, e->entityId, toBlob(mine), toBlob(mineArgs), toBlob(theirsRow), nowText()});
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QVariant &s : std::as_const(seqs)) {
        ok = ok && d->exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {s});
    }
    if (ok && e->entityId > 0) {
        ok = d->upsertRow(e->entity, theirsRow);
    }
    if (!ok || !t.commit()) {
        return -1;
    }
    Q_EMIT outboxChanged();
    Q_EMIT conflictsChanged();
    Q_EMIT rowsChanged(e->entity);
    return id;
}

QList<Conflict> LocalStore::conflicts() const
{
    return d->conflictList({});
}

std::optional<Conflict> LocalStore::conflict(qint64 id) const
{
    const auto list = d->conflictList(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<Conflict>(list.first());
}

int LocalStore::conflictCount() const
{
    return d->scalar(QStringLiteral("SELECT count(*) FROM conflicts")).toInt();
}

qint64 LocalStore::resolveKeepMine(qint64 conflictId)
{
    const auto c = conflict(conflictId);
    if (!c) {
        return -1;
    }
    // My changed fields on top of the server's row; everything else is theirs.
    QCborMap local = c->theirs;
    for (auto it = c->mineArgs.constBegin(); it != c->mineArgs.constEnd(); ++it) {
        local.insert(it.key(), it.value());
    }
    return requeueConflict(*c, c->mineArgs, local);
}

bool LocalStore::resolveTakeTheirs(qint64 conflictId)
{
    const auto c = conflict(conflictId);
    if (!c) {
        return false;
    }
    Private::Transaction t(d->db);
    bool ok = d->exec(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {conflictId});
    if (ok && c->entityId > 0) {
        ok = d->upsertRow(c->entity, c->theirs);
    }
    if (!ok || !t.commit()) {
        return false;
    }
    Q_EMIT conflictsChanged();
    Q_EMIT rowsChanged(c->entity);
    return true;
}

qint64 LocalStore::resolveMerged(qint64 conflictId, const QCborMap &merged)
{
    const auto c = conflict(conflictId);
    const Protocol::OpSpec *spec = c ? Protocol::Registry::find(c->op) : nullptr;
    if (!c || !spec) {
        return -1;
    }
    // Send what I changed, what differs from theirs, and what the op requires — nothing else
    // (e.g. not a large photo the user merely kept).
    QCborMap args;
    for (const Protocol::ArgSpec &a : spec->args) {
        if (!merged.contains(a.name) && !c->mineArgs.contains(a.name)) {
            continue;
        }
        const QCborValue value = merged.contains(a.name) ? merged.value(a.name) : c->mineArgs.value(a.name);
        if (a.required || c->mineArgs.contains(a.name) || value != c->theirs.value(a.name)) {
            args.insert(a.name, value);
        }
    }
    QCborMap local = merged;
    for (const QString &flag : {kPending, kConflict, kFailed, kError}) {
        local.remove(flag);
    }
    return requeueConflict(*c, args, local);
}

qint64 LocalStore::requeueConflict(const Conflict &c, QCborMap args, QCborMap local)
{
    const QCborValue version = c.theirs.value(kRowVersion);
    if (version.isInteger()) {
        args.insert(kRowVersion, version);
        local.insert(kRowVersion, version);
    }
    if (c.entityId > 0 && c.mineArgs.contains(kId)) {
        args.insert(kId, c.entityId);
    }
    local.insert(kId, c.entityId);
    Private::Transaction t(d->db);
    qint64 seq = -1;
    if (!t.isActive() || !d->exec(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {c.id})
        || !d->insertEntry(c.op, args, c.entity, c.entityId, local, &seq) || !t.commit()) {
        return -1;
    }
    Q_EMIT conflictsChanged();
    Q_EMIT outboxChanged();
    Q_EMIT rowsChanged(c.entity);
    return seq;
}

// --- offline sign-in -----------------------------------------------------------------

bool LocalStore::storeVerifier(const QString &server, const QString &username, const QString &password, const QCborMap &whoami)
{
    const QByteArray pw = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        qCWarning(lcClientCache) << "crypto_pwhash_str failed (out of memory?)";
        return false;
    }
    return d->exec(QStringLiteral("INSERT OR REPLACE INTO offline_auth(server, username, verifier, whoami) VALUES (?, ?, ?, ?)"),
                   {server, username.toLower(), QString::fromLatin1(hash), toBlob(whoami)});
}

bool LocalStore::verifyOffline(const QString &server, const QString &username, const QString &password, QCborMap *whoami) const
{
    QSqlQuery q(d->db);
    if (!d->run(q, QStringLiteral("SELECT verifier, whoami FROM offline_auth WHERE server = ? AND username = ?"), {server, username.toLower()})
        || !q.next()) {
        return false;
    }
    const QByteArray verifier = q.value(0).toString().toLatin1();
    const QByteArray pw = password.toUtf8();
    if (crypto_pwhash_str_verify(verifier.constData(), pw.constData(), quint64(pw.size())) != 0) {
        return false;
    }
    if (whoami) {
        *whoami = fromBlob(q.value(1));
    }
    return true;
}

void LocalStore::forgetVerifier(const QString &server, const QString &username)
{
    d->exec(QStringLiteral("DELETE FROM offline_auth WHERE server = ? AND username = ?"), {server, username.toLower()});
}

// --- meta ----------------------------------------------------------------------------

QString LocalStore::meta(const QString &key, const QString &defaultValue) const
{
    const QVariant v = d->scalar(QStringLiteral("SELECT v FROM meta WHERE k = ?"), {key});
    return v.isValid() ? v.toString() : defaultValue;
}

void LocalStore::setMeta(const QString &key, const QString &value)
{
    d->exec(QStringLiteral("INSERT OR REPLACE INTO meta(k, v) VALUES (?, ?)"), {key, value});
}

} // namespace Ebilim::Client
