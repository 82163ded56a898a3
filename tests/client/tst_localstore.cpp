// The client's local store: an edit and its outbox entry are one transaction, the merged
// view shows pending edits and conflicts, conflicts resolve three ways, temporary ids map to
// real ones, refused entries are kept, and the offline sign-in verifier works.
#include "cache/localstore.h"
#include "models/entitymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim::Client;

namespace {

const QString unitOp = QStringLiteral("org.units.save");
const QString unit = QStringLiteral("unit");

QCborMap makeUnit(qint64 id, const QString &code, qint64 rowVersion, const QString &nameRu = QStringLiteral("Факультет"))
{
    QCborMap u;
    u.insert(QStringLiteral("id"), id);
    u.insert(QStringLiteral("parentId"), 1);
    u.insert(QStringLiteral("kind"), QStringLiteral("faculty"));
    u.insert(QStringLiteral("code"), code);
    u.insert(QStringLiteral("nameKy"), QStringLiteral("Факультети"));
    u.insert(QStringLiteral("nameRu"), nameRu);
    u.insert(QStringLiteral("nameEn"), QString());
    u.insert(QStringLiteral("rowVersion"), rowVersion);
    return u;
}

/// The save arguments for @p row (what the unit form sends).
QCborMap argsOf(const QCborMap &row)
{
    QCborMap a = row;
    if (a.value(QStringLiteral("id")).toInteger() == 0) {
        a.remove(QStringLiteral("id"));
    }
    return a;
}

QCborMap renamed(QCborMap row, const QString &nameRu)
{
    row.insert(QStringLiteral("nameRu"), nameRu);
    return row;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalStore> openStore(const QString &path = QStringLiteral(":memory:"))
    {
        auto s = std::make_unique<LocalStore>(path);
        QString error;
        if (!s->open(&error)) {
            qWarning() << error;
            return nullptr;
        }
        return s;
    }

    /// A store with three cached units (ids 10, 11, 12; rowVersion 3).
    std::unique_ptr<LocalStore> seeded()
    {
        auto s = openStore();
        if (s) {
            s->putRows(unit, {makeUnit(10, QStringLiteral("A"), 3), makeUnit(11, QStringLiteral("B"), 3), makeUnit(12, QStringLiteral("C"), 3)});
        }
        return s;
    }

private Q_SLOTS:
    void editAndOutboxEntryAreOneTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto s = openStore(path);
            QVERIFY(s);
            s->putRows(unit, {makeUnit(10, QStringLiteral("A"), 3)});
            QSignalSpy outbox(s.get(), &LocalStore::outboxChanged);
            QSignalSpy rows(s.get(), &LocalStore::rowsChanged);
            const QCborMap edited = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("Новое"));
            const qint64 seq = s->enqueueEdit(unitOp, argsOf(edited), unit, 10, edited);
            QVERIFY(seq > 0);
            QCOMPARE(outbox.count(), 1);
            QCOMPARE(rows.count(), 1);
            QCOMPARE(s->pendingCount(), 1);
            // Ops that may not be queued offline are refused and nothing is written.
            QCOMPARE(s->enqueueEdit(QStringLiteral("users.create"), {}, QStringLiteral("user"), 1, {}), -1);
            QCOMPARE(s->pendingCount(), 1);
        }
        // Durable: a new process sees the entry with its key and the edited row.
        {
            auto s = openStore(path);
            QVERIFY(s);
            const auto pending = s->pending();
            QCOMPARE(pending.size(), 1);
            QVERIFY(!QUuid::fromString(pending.first().key).isNull());
            QCOMPARE(pending.first().args.value(QStringLiteral("nameRu")).toString(), QStringLiteral("Новое"));
            QCOMPARE(s->row(unit, 10)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Новое"));
            QCOMPARE(s->cachedRow(unit, 10)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Факультет"));
        }
        // A failing write (here: a trigger standing in for a full disk) leaves neither the
        // edited row nor the entry behind.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            auto s = openStore(path);
            QVERIFY(s);
            const QCborMap edited = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("Потеряно"));
            QCOMPARE(s->enqueueEdit(unitOp, argsOf(edited), unit, 10, edited), -1);
            QCOMPARE(s->pendingCount(), 1);
            QCOMPARE(s->row(unit, 10)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Новое"));
        }
    }

    void mergedViewShowsPendingConflictAndNewRows()
    {
        auto s = seeded();
        QVERIFY(s);
        const QCborMap e11 = renamed(makeUnit(11, QStringLiteral("B"), 3), QStringLiteral("Изменено"));
        s->enqueueEdit(unitOp, argsOf(e11), unit, 11, e11);
        const qint64 tmp = s->newTemporaryId();
        QVERIFY(tmp < 0);
        QVERIFY(s->newTemporaryId() < tmp);
        const QCborMap created = makeUnit(tmp, QStringLiteral("NEW"), 0);
        s->enqueueEdit(unitOp, argsOf(makeUnit(0, QStringLiteral("NEW"), 0)), unit, tmp, created);
        const QCborMap e12 = renamed(makeUnit(12, QStringLiteral("C"), 3), QStringLiteral("Моё"));
        const qint64 seq12 = s->enqueueEdit(unitOp, argsOf(e12), unit, 12, e12);
        s->recordConflict(seq12, renamed(makeUnit(12, QStringLiteral("C"), 4), QStringLiteral("Их")));

        const QList<QCborMap> rows = s->rows(unit);
        QCOMPARE(rows.size(), 4);
        QList<qint64> ids;
        for (const QCborMap &r : rows) {
            ids.append(r.value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(ids, (QList<qint64>{10, 11, 12, tmp})); // server order, then rows created offline
        QVERIFY(!rows.at(0).contains(QStringLiteral("_pending")));
        QVERIFY(rows.at(1).value(QStringLiteral("_pending")).toBool());
        QCOMPARE(rows.at(1).value(QStringLiteral("nameRu")).toString(), QStringLiteral("Изменено"));
        QVERIFY(rows.at(2).value(QStringLiteral("_conflict")).toBool());
        QCOMPARE(rows.at(2).value(QStringLiteral("nameRu")).toString(), QStringLiteral("Моё"));
        QVERIFY(rows.at(3).value(QStringLiteral("_pending")).toBool());
        // The cache (theirs) is kept apart from my version.
        QCOMPARE(s->cachedRow(unit, 12)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Их"));

        // Wiping the cache keeps the outbox and the conflicts.
        s->clearCache();
        QCOMPARE(s->pendingCount(), 2);
        QCOMPARE(s->conflictCount(), 1);
        QCOMPARE(s->rows(unit).size(), 3);
    }

    void acknowledgedEditsChainRowVersions()
    {
        auto s = seeded();
        QVERIFY(s);
        QList<qint64> seqs;
        for (int i = 0; i < 3; ++i) {
            const QCborMap e = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("v%1").arg(i));
            seqs.append(s->enqueueEdit(unitOp, argsOf(e), unit, 10, e));
        }
        QVERIFY(s->markSent(seqs[0], renamed(makeUnit(10, QStringLiteral("A"), 4), QStringLiteral("v0"))));
        QCOMPARE(s->entry(seqs[1])->args.value(QStringLiteral("rowVersion")).toInteger(), 4);
        QCOMPARE(s->entry(seqs[2])->args.value(QStringLiteral("rowVersion")).toInteger(), 3); // not yet: follows seqs[1]
        QCOMPARE(s->row(unit, 10)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("v2"));
        QCOMPARE(s->cachedRow(unit, 10)->value(QStringLiteral("rowVersion")).toInteger(), 4);
        QVERIFY(s->markSent(seqs[1], renamed(makeUnit(10, QStringLiteral("A"), 5), QStringLiteral("v1"))));
        QCOMPARE(s->entry(seqs[2])->args.value(QStringLiteral("rowVersion")).toInteger(), 5);
        // A list read before my save must not bring the older version back.
        s->putRows(unit, {makeUnit(10, QStringLiteral("A"), 4)});
        QCOMPARE(s->cachedRow(unit, 10)->value(QStringLiteral("rowVersion")).toInteger(), 5);
    }

    void temporaryIdsMapToRealIds()
    {
        auto s = seeded();
        QVERIFY(s);
        const qint64 tmp = s->newTemporaryId();
        const QCborMap created = makeUnit(tmp, QStringLiteral("NEW"), 0);
        const qint64 create = s->enqueueEdit(unitOp, argsOf(makeUnit(0, QStringLiteral("NEW"), 0)), unit, tmp, created);
        // Edit of the new row, and a child placed under it, both before the server saw it.
        const QCborMap edit = renamed(makeUnit(tmp, QStringLiteral("NEW"), 0), QStringLiteral("Переименован"));
        const qint64 update = s->enqueueEdit(unitOp, argsOf(edit), unit, tmp, edit);
        const qint64 childTmp = s->newTemporaryId();
        QCborMap child = makeUnit(0, QStringLiteral("DEP"), 0);
        child.insert(QStringLiteral("kind"), QStringLiteral("department"));
        child.insert(QStringLiteral("parentId"), tmp);
        const qint64 childSeq = s->enqueueEdit(unitOp, argsOf(child), unit, childTmp, child);

        QVERIFY(s->markSent(create, makeUnit(42, QStringLiteral("NEW"), 1)));
        const auto u = s->entry(update);
        QCOMPARE(u->entityId, 42);
        QCOMPARE(u->args.value(QStringLiteral("id")).toInteger(), 42);
        QCOMPARE(u->args.value(QStringLiteral("rowVersion")).toInteger(), 1);
        QCOMPARE(s->entry(childSeq)->args.value(QStringLiteral("parentId")).toInteger(), 42);
        QCOMPARE(s->entry(childSeq)->entityId, childTmp);
        QVERIFY(s->row(unit, 42));
        QVERIFY(!s->row(unit, tmp));
        QCOMPARE(s->row(unit, 42)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Переименован"));
        QVERIFY(s->markSent(update, renamed(makeUnit(42, QStringLiteral("NEW"), 2), QStringLiteral("Переименован"))));
        QVERIFY(s->markSent(childSeq, makeUnit(43, QStringLiteral("DEP"), 1)));
        QCOMPARE(s->pendingCount(), 0);
        QCOMPARE(s->rows(unit).size(), 5);
    }

    void poisonedEntryIsKeptAndLaterEntriesContinue()
    {
        auto s = seeded();
        QVERIFY(s);
        const QCborMap bad = renamed(makeUnit(10, QStringLiteral("A"), 3), QString());
        const qint64 first = s->enqueueEdit(unitOp, argsOf(bad), unit, 10, bad);
        const QCborMap good = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("Хорошо"));
        const qint64 second = s->enqueueEdit(unitOp, argsOf(good), unit, 10, good);

        QVERIFY(s->markFailed(first, QStringLiteral("connection_lost"), false)); // transient: stays first in line
        QCOMPARE(s->nextPending()->seq, first);
        QCOMPARE(s->entry(first)->attempts, 1);
        QVERIFY(s->markFailed(first, QStringLiteral("validation_failed: nameRu"), true));
        QCOMPARE(s->nextPending()->seq, second);
        QCOMPARE(s->pendingCount(), 2);
        QCOMPARE(s->poisonedCount(), 1);
        QCOMPARE(s->entry(first)->state, OutboxEntry::State::Poisoned);
        QCOMPARE(s->entry(first)->lastError, QStringLiteral("validation_failed: nameRu"));
        QVERIFY(s->markSent(second, renamed(makeUnit(10, QStringLiteral("A"), 4), QStringLiteral("Хорошо"))));
        // The refused edit stays visible with its reason until the user retries or discards it.
        const QCborMap shown = *s->row(unit, 10);
        QVERIFY(shown.value(QStringLiteral("_failed")).toBool());
        QVERIFY(shown.value(QStringLiteral("_error")).toString().startsWith(QLatin1String("validation_failed")));
        QVERIFY(s->retryEntry(first));
        QCOMPARE(s->nextPending()->seq, first);
        QVERIFY(s->discardEntry(first));
        QCOMPARE(s->pendingCount(), 0);
        QCOMPARE(s->row(unit, 10)->value(QStringLiteral("nameRu")).toString(), QStringLiteral("Хорошо"));
    }

    void conflictResolution_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("keep mine") << QStringLiteral("mine") << QStringLiteral("Моё-2") << QStringLiteral("A");
        QTest::newRow("take theirs") << QStringLiteral("theirs") << QStringLiteral("Их") << QStringLiteral("THEIRS");
        QTest::newRow("merged field by field") << QStringLiteral("merged") << QStringLiteral("Моё-2") << QStringLiteral("THEIRS");
    }
    void conflictResolution()
    {
        QFETCH(QString, how);
        QFETCH(QString, expectedName);
        QFETCH(QString, expectedCode);
        auto s = seeded();
        QVERIFY(s);
        QSignalSpy conflictsChanged(s.get(), &LocalStore::conflictsChanged);
        const QCborMap e1 = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("Моё-1"));
        const qint64 seq = s->enqueueEdit(unitOp, argsOf(e1), unit, 10, e1);
        const QCborMap e2 = renamed(makeUnit(10, QStringLiteral("A"), 3), QStringLiteral("Моё-2"));
        s->enqueueEdit(unitOp, argsOf(e2), unit, 10, e2);
        // Someone else renamed it and changed the code meanwhile.
        const QCborMap theirs = renamed(makeUnit(10, QStringLiteral("THEIRS"), 7), QStringLiteral("Их"));
        const qint64 cid = s->recordConflict(seq, theirs);
        QVERIFY(cid > 0);
        QCOMPARE(conflictsChanged.count(), 1);
        QCOMPARE(s->conflictCount(), 1);
        QCOMPARE(s->pendingCount(), 0); // the second edit joined the conflict
        const Conflict c = s->conflicts().first();
        QCOMPARE(c.mine.value(QStringLiteral("nameRu")).toString(), QStringLiteral("Моё-2"));
        QCOMPARE(c.theirs.value(QStringLiteral("nameRu")).toString(), QStringLiteral("Их"));
        QCOMPARE(c.entityId, 10);
        QVERIFY(s->row(unit, 10)->value(QStringLiteral("_conflict")).toBool());

        if (how == QLatin1String("mine")) {
            QVERIFY(s->resolveKeepMine(cid) > 0);
        } else if (how == QLatin1String("theirs")) {
            QVERIFY(s->resolveTakeTheirs(cid));
        } else {
            QCborMap merged = c.theirs;
            merged.insert(QStringLiteral("nameRu"), c.mine.value(QStringLiteral("nameRu")));
            QVERIFY(s->resolveMerged(cid, merged) > 0);
        }
        QCOMPARE(s->conflictCount(), 0);
        const QCborMap shown = *s->row(unit, 10);
        QVERIFY(!shown.contains(QStringLiteral("_conflict")));
        QCOMPARE(shown.value(QStringLiteral("nameRu")).toString(), expectedName);
        if (how == QLatin1String("theirs")) {
            QCOMPARE(s->pendingCount(), 0);
            QCOMPARE(shown.value(QStringLiteral("code")).toString(), expectedCode);
            return;
        }
        const auto queued = s->pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().args.value(QStringLiteral("rowVersion")).toInteger(), 7); // on top of theirs
        QCOMPARE(queued.first().args.value(QStringLiteral("id")).toInteger(), 10);
        QCOMPARE(queued.first().args.value(QStringLiteral("nameRu")).toString(), expectedName);
        QCOMPARE(queued.first().args.value(QStringLiteral("code")).toString(), expectedCode);
        QVERIFY(queued.first().key != c.key);
    }

    void offlineVerifier()
    {
        auto s = openStore();
        QVERIFY(s);
        QCborMap who;
        who.insert(QStringLiteral("username"), QStringLiteral("aigul"));
        QVERIFY(!s->verifyOffline(QStringLiteral("srv:7443"), QStringLiteral("aigul"), QStringLiteral("secret-password")));
        QVERIFY(s->storeVerifier(QStringLiteral("srv:7443"), QStringLiteral("aigul"), QStringLiteral("secret-password"), who));
        QCborMap got;
        QVERIFY(s->verifyOffline(QStringLiteral("srv:7443"), QStringLiteral("Aigul"), QStringLiteral("secret-password"), &got));
        QCOMPARE(got, who);
        QVERIFY(!s->verifyOffline(QStringLiteral("srv:7443"), QStringLiteral("aigul"), QStringLiteral("wrong-password")));
        QVERIFY(!s->verifyOffline(QStringLiteral("other:7443"), QStringLiteral("aigul"), QStringLiteral("secret-password")));
        s->forgetVerifier(QStringLiteral("srv:7443"), QStringLiteral("aigul"));
        QVERIFY(!s->verifyOffline(QStringLiteral("srv:7443"), QStringLiteral("aigul"), QStringLiteral("secret-password")));
    }

    void tableModelFollowsTheStore()
    {
        auto s = seeded();
        QVERIFY(s);
        EntityTableModel model(s.get(), unit, {{QStringLiteral("code"), QStringLiteral("Code")}, {QStringLiteral("nameRu"), QStringLiteral("Name")}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("B"));
        QCOMPARE(model.index(1, 0).data(EntityTableModel::IdRole).toLongLong(), 11);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QCborMap e = renamed(makeUnit(11, QStringLiteral("B"), 3), QStringLiteral("Изменено"));
        const qint64 seq = s->enqueueEdit(unitOp, argsOf(e), unit, 11, e);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.index(1, 1).data(EntityTableModel::PendingRole).toBool());
        QVERIFY(!model.index(0, 1).data(EntityTableModel::PendingRole).toBool());
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("Изменено"));
        QCOMPARE(model.index(1, 1).data(EntityTableModel::RowDataRole).value<QCborMap>().value(QStringLiteral("code")).toString(),
                 QStringLiteral("B"));
        s->recordConflict(seq, makeUnit(11, QStringLiteral("B"), 4));
        QVERIFY(model.index(1, 0).data(EntityTableModel::ConflictRole).toBool());

        const qint64 tmp = s->newTemporaryId();
        s->enqueueEdit(unitOp, argsOf(makeUnit(0, QStringLiteral("N"), 0)), unit, tmp, makeUnit(tmp, QStringLiteral("N"), 0));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(EntityTableModel::IdRole).toLongLong(), tmp);
        model.setColumns({{QStringLiteral("code"), QStringLiteral("Код")}, {QStringLiteral("nameRu"), QStringLiteral("Аталышы")}});
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Код"));
        s->clearCache();
        QCOMPARE(model.rowCount(), 2); // my conflict and my new row remain visible
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
