// A client process for tst_sync's crash tests: opens a LocalStore file, optionally queues
// offline profile edits, optionally signs in and replays the outbox. It can kill itself with
// SIGKILL right after an answer arrived and before it was recorded (the "server applied it,
// the client never knew" window). Prints one line per event, flushed at once.
//
//   sync_probe --store F --user-id ID [--enqueue N --base RV --prefix P]
//              [--sync --port N --fingerprint FP --user U --password PW] [--die-after-answer K]
#include "cache/localstore.h"
#include "net/session.h"
#include "sync/syncworker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Ebilim::Client;

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QStringList valued = {QStringLiteral("store"), QStringLiteral("user-id"), QStringLiteral("enqueue"), QStringLiteral("base"),
                                QStringLiteral("prefix"), QStringLiteral("port"), QStringLiteral("fingerprint"), QStringLiteral("user"),
                                QStringLiteral("password"), QStringLiteral("die-after-answer")};
    for (const QString &name : valued) {
        p.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    }
    p.addOption(QCommandLineOption(QStringLiteral("sync")));
    p.process(app);

    LocalStore store(p.value(QStringLiteral("store")));
    QString error;
    if (!store.open(&error)) {
        say(QStringLiteral("ERROR open ") + error);
        return 2;
    }
    const qint64 userId = p.value(QStringLiteral("user-id")).toLongLong();
    const int enqueue = p.value(QStringLiteral("enqueue")).toInt();
    for (int i = 1; i <= enqueue; ++i) {
        const QString phone = p.value(QStringLiteral("prefix")) + QString::number(i).rightJustified(4, QLatin1Char('0'));
        QCborMap args;
        args.insert(QStringLiteral("phone"), phone);
        args.insert(QStringLiteral("rowVersion"), p.value(QStringLiteral("base")).toLongLong());
        QCborMap row = args;
        row.insert(QStringLiteral("id"), userId);
        if (store.enqueueEdit(QStringLiteral("profile.save"), args, QStringLiteral("profile"), userId, row) < 0) {
            say(QStringLiteral("ERROR enqueue"));
            return 2;
        }
    }
    say(QStringLiteral("QUEUED %1").arg(store.pendingCount()));
    if (!p.isSet(QStringLiteral("sync"))) {
        return 0;
    }

    Session session;
    session.setRequestTimeout(10000);
    session.setReconnectDelays(100, 1000);
    SyncWorker worker(&session, &store);
    worker.setRetryDelays(100, 1000);
    const int dieAfter = p.value(QStringLiteral("die-after-answer")).toInt();
    int answers = 0;
    QObject::connect(&worker, &SyncWorker::answerReceived, &worker, [&](qint64 seq, bool ok) {
        say(QStringLiteral("ANSWER %1 %2").arg(seq).arg(ok ? QStringLiteral("ok") : QStringLiteral("failed")));
        if (++answers == dieAfter) {
            ::kill(::getpid(), SIGKILL); // before markSent: the answer is lost with the process
        }
    });
    auto finishIfDone = [&] {
        if (session.state() == Session::State::LoggedIn && store.pendingCount() == 0) {
            say(QStringLiteral("DONE conflicts=%1").arg(store.conflictCount()));
            app.exit(0);
        }
    };
    QObject::connect(&worker, &SyncWorker::drained, &app, finishIfDone);
    QObject::connect(&session, &Session::stateChanged, &app, [&](Session::State s) {
        if (s == Session::State::Connected && session.token().isEmpty()) {
            session.login(p.value(QStringLiteral("user")), p.value(QStringLiteral("password")));
        }
        if (s == Session::State::LoggedIn) {
            say(QStringLiteral("LOGGEDIN"));
            QTimer::singleShot(0, &app, finishIfDone);
        }
    });
    QTimer::singleShot(60000, &app, [&] {
        say(QStringLiteral("ERROR timeout pending=%1").arg(store.pendingCount()));
        app.exit(3);
    });
    session.connectToServer(QStringLiteral("127.0.0.1"), quint16(p.value(QStringLiteral("port")).toUInt()), p.value(QStringLiteral("fingerprint")));
    return app.exec();
}
