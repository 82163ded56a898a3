// ebilim-client-bench-sync: replay of 1,000 queued profile.save edits from a LocalStore FILE
// (WAL, synchronous=FULL: one fsync per enqueue and per acknowledgement) through SyncWorker,
// against the real in-process server (ServerFixture, throw-away PostgreSQL, TLS on loopback).
// Baselines in the same process: the same 1,000 requests sent straight through Session, one
// at a time (as SyncWorker sends them), and the outbox replay from an in-memory store.
// Each repetition runs the three cases in a rotated order. One JSON line per case on stdout.
//
//   ebilim-client-bench-sync [--n 1000] [--reps 3] [--list-open-rows 10000]
#include "benchcommon.h"

#include "cache/localstore.h"
#include "models/entitymodel.h"
#include "net/job.h"
#include "net/session.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "sync/syncworker.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Test;
using namespace EbilimBench;

namespace {

const QString pw = QStringLiteral("bench-sync-password");
const QString kProfile = QStringLiteral("profile");

QString phoneFor(int rep, int caseNo, int i)
{
    return QStringLiteral("+996 5%1%2 %3").arg(rep % 10).arg(caseNo).arg(i, 6, 10, QLatin1Char('0'));
}

QCborMap withoutFlags(QCborMap row)
{
    for (const char *flag : {"_pending", "_conflict", "_failed", "_error"}) {
        row.remove(QString::fromLatin1(flag));
    }
    return row;
}

QString serverPhone(qint64 userId)
{
    return Server::scalar(Server::Db::thread(), QStringLiteral("SELECT phone FROM core.users WHERE id = ?"), {userId}).toString();
}

/// The baseline: N profile.save straight through Session, each sent when the previous answered.
QJsonObject direct(Session *s, qint64 userId, int n, int rep)
{
    const CallResult got = s->callSync(QStringLiteral("profile.get"));
    qint64 rowVersion = got.result.toMap().value(QStringLiteral("rowVersion")).toInteger();
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    std::function<void()> sendOne;
    sendOne = [&] {
        QCborMap args;
        args.insert(QStringLiteral("phone"), phoneFor(rep, 0, done));
        args.insert(QStringLiteral("rowVersion"), rowVersion);
        Job *job = s->call(QStringLiteral("profile.save"), args);
        QObject::connect(job, &Job::finished, &loop, [&](Job *j) {
            if (j->ok()) {
                rowVersion = j->result().toMap().value(QStringLiteral("rowVersion")).toInteger();
            } else {
                ++failed;
            }
            if (++done == n) {
                loop.quit();
            } else {
                sendOne();
            }
        });
    };
    const qint64 t = monoNs();
    sendOne();
    loop.exec();
    const qint64 total = monoNs() - t;
    return {{QStringLiteral("case"), QStringLiteral("direct")},
            {QStringLiteral("rep"), rep},
            {QStringLiteral("n"), n},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("send_ms"), ms(total)},
            {QStringLiteral("per_request_ms"), ms(total) / n},
            {QStringLiteral("server_phone_ok"), serverPhone(userId) == phoneFor(rep, 0, n - 1)}};
}

/// The outbox: go offline, enqueue N edits, reconnect, wait until SyncWorker drained it.
QJsonObject outbox(Session *s, quint16 port, const QString &fp, qint64 userId, int n, int rep, bool onFile, int listRows = 0)
{
    QTemporaryDir dir;
    const QString path = onFile ? dir.filePath(QStringLiteral("bench.sqlite")) : QStringLiteral(":memory:");
    LocalStore store(path);
    if (!store.open()) {
        return {{QStringLiteral("error"), QStringLiteral("store")}};
    }
    SyncWorker worker(s, &store);
    QSignalSpy refreshed(&worker, &SyncWorker::refreshed);
    worker.refresh(kProfile);
    refreshed.wait(10000);
    if (listRows > 0) {
        // listRows more cached rows of the same entity, so the open list is as big as a real one.
        QCborArray all;
        for (int i = 0; i < listRows; ++i) {
            QCborMap r;
            r.insert(QStringLiteral("id"), 1000000 + i);
            r.insert(QStringLiteral("rowVersion"), 1);
            r.insert(QStringLiteral("fullName"), QStringLiteral("Студент %1").arg(i));
            r.insert(QStringLiteral("phone"), QStringLiteral("+996 555 %1").arg(i, 6, 10, QLatin1Char('0')));
            r.insert(QStringLiteral("email"), QStringLiteral("s%1@ebilim.kg").arg(i));
            all.append(r);
        }
        all.append(*store.cachedRow(kProfile, userId));
        store.putRows(kProfile, all);
    }
    s->disconnectFromServer();
    const int caseNo = onFile ? 1 : 2;

    qint64 t = monoNs();
    int refused = 0;
    for (int i = 0; i < n; ++i) {
        const QCborMap current = withoutFlags(*store.row(kProfile, userId));
        QCborMap args;
        args.insert(QStringLiteral("phone"), phoneFor(rep, caseNo, i));
        args.insert(QStringLiteral("rowVersion"), current.value(QStringLiteral("rowVersion")));
        QCborMap row = current;
        row.insert(QStringLiteral("phone"), phoneFor(rep, caseNo, i));
        refused += store.enqueueEdit(QStringLiteral("profile.save"), args, kProfile, userId, row) > 0 ? 0 : 1;
    }
    const qint64 enqueueNs = monoNs() - t;

    // With listRows: the list of this entity is open while the outbox replays.
    std::unique_ptr<EntityTableModel> model;
    if (listRows > 0) {
        model = std::make_unique<EntityTableModel>(&store, kProfile,
                                                   QList<EntityTableModel::Column>{{QStringLiteral("fullName"), QStringLiteral("Name")},
                                                                                   {QStringLiteral("phone"), QStringLiteral("Phone")}});
    }
    QSignalSpy drained(&worker, &SyncWorker::drained);
    qint64 loggedInNs = 0;
    const qint64 start = monoNs();
    auto conn = QObject::connect(s, &Session::stateChanged, s, [&](Session::State st) {
        if (st == Session::State::LoggedIn && loggedInNs == 0) {
            loggedInNs = monoNs() - start;
        }
    });
    s->connectToServer(QStringLiteral("127.0.0.1"), port, fp);
    const bool ok = drained.wait(300000);
    const qint64 replayNs = monoNs() - start;
    QObject::disconnect(conn);
    QJsonObject o{{QStringLiteral("case"), listRows > 0 ? QStringLiteral("outbox-file-list-open")
                                          : onFile    ? QStringLiteral("outbox-file")
                                                      : QStringLiteral("outbox-memory")},
                  {QStringLiteral("list_rows"), model ? model->rowCount() : 0},
                  {QStringLiteral("rep"), rep},
                  {QStringLiteral("n"), n},
                  {QStringLiteral("drained"), ok},
                  {QStringLiteral("enqueue_refused"), refused},
                  {QStringLiteral("enqueue_ms"), ms(enqueueNs)},
                  {QStringLiteral("enqueue_per_edit_ms"), ms(enqueueNs) / n},
                  {QStringLiteral("reconnect_to_loggedin_ms"), ms(loggedInNs)},
                  {QStringLiteral("replay_ms"), ms(replayNs)},
                  {QStringLiteral("replay_per_edit_ms"), ms(replayNs) / n},
                  {QStringLiteral("pending_after"), store.pendingCount()},
                  {QStringLiteral("conflicts_after"), store.conflictCount()},
                  {QStringLiteral("server_phone_ok"), serverPhone(userId) == phoneFor(rep, caseNo, n - 1)}};
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto argValue = [&](const QString &name, int def) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int n = argValue(QStringLiteral("--n"), 1000);
    const int reps = argValue(QStringLiteral("--reps"), 3);

    ServerFixture fx;
    if (!fx.start()) {
        qCritical("server fixture: %s", qPrintable(fx.error()));
        return 1;
    }
    const qint64 userId = fx.createUser(QStringLiteral("bench"), pw, {{QStringLiteral("academic"), 0}});
    Session s;
    s.setReconnectDelays(50, 500);
    s.connectToServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint());
    if (!s.waitForState(Session::State::Connected, 10000) || !Session::waitForJob(s.login(QStringLiteral("bench"), pw)).ok()) {
        qCritical("sign-in failed");
        return 1;
    }
    // Warm-up (TLS session, server statement caches, the first audit rows).
    direct(&s, userId, 50, 99);

    int failures = 0;
    for (int rep = 0; rep < reps; ++rep) {
        for (int k = 0; k < 3; ++k) {
            const int which = (k + rep) % 3;
            QJsonObject o;
            if (which == 0) {
                if (s.state() != Session::State::LoggedIn) {
                    s.waitForState(Session::State::LoggedIn, 10000);
                }
                o = direct(&s, userId, n, rep);
            } else {
                o = outbox(&s, fx.port(), fx.fingerprint(), userId, n, rep, which == 1);
            }
            o.insert(QStringLiteral("load1"), QString::fromLatin1([] {
                         QFile f(QStringLiteral("/proc/loadavg"));
                         return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0) : QByteArray();
                     }()));
            emitJson(o);
            failures += o.value(QStringLiteral("server_phone_ok")).toBool() ? 0 : 1;
        }
    }
    // Once more from a store file, with an EntityTableModel over listRows cached rows of the same
    // entity open during the replay (every acknowledgement emits rowsChanged → reload()).
    const int listRows = argValue(QStringLiteral("--list-open-rows"), 0);
    if (listRows > 0) {
        if (s.state() != Session::State::LoggedIn) {
            s.waitForState(Session::State::LoggedIn, 10000);
        }
        QJsonObject o = outbox(&s, fx.port(), fx.fingerprint(), userId, n, reps, true, listRows);
        emitJson(o);
        failures += o.value(QStringLiteral("server_phone_ok")).toBool() ? 0 : 1;
    }
    fx.stop();
    return failures == 0 ? 0 : 1;
}
