// ebilim-bench: closed-loop load against a running ebilim-server over TLS.
// Not a test: tests/bench/server/run-server-bench.sh drives it and compares with pgbench.
#include "loadgen.h"

#include "protocol/tls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Ebilim::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ebilim-bench"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Closed-loop load generator for ebilim-server. Prints one JSON line with throughput and latency percentiles.\n"
        "ops: read = org.units.get {id}; profile = profile.get; write = profile.save {phone, rowVersion} of the session's own user;\n"
        "login = fresh TCP+TLS connection, hello, auth.login (timed twice: the auth.login round trip and the whole sign-in)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("host"), QStringLiteral("Server address (default 127.0.0.1)."), QStringLiteral("addr"), QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"), QStringLiteral("7443")});
    p.addOption({QStringLiteral("pin"), QStringLiteral("Server certificate SHA-256 fingerprint."), QStringLiteral("hex")});
    p.addOption({QStringLiteral("user-prefix"), QStringLiteral("Bench users are PREFIX0001 … PREFIXnnnn."), QStringLiteral("prefix"),
                 QStringLiteral("bench")});
    p.addOption({QStringLiteral("user-count"), QStringLiteral("How many bench users exist."), QStringLiteral("n"), QStringLiteral("200")});
    p.addOption({QStringLiteral("password-file"), QStringLiteral("File whose first line is the bench users' password."), QStringLiteral("file")});
    p.addOption({QStringLiteral("op"), QStringLiteral("read | profile | write | login"), QStringLiteral("op"), QStringLiteral("read")});
    p.addOption({QStringLiteral("sessions"), QStringLiteral("Concurrent sessions (login: concurrent sign-ins)."), QStringLiteral("n"),
                 QStringLiteral("1")});
    p.addOption({QStringLiteral("warmup"), QStringLiteral("Warm-up seconds."), QStringLiteral("s"), QStringLiteral("2")});
    p.addOption({QStringLiteral("duration"), QStringLiteral("Measured seconds."), QStringLiteral("s"), QStringLiteral("10")});
    p.addOption({QStringLiteral("unit"), QStringLiteral("Org unit id for op=read."), QStringLiteral("id"), QStringLiteral("1")});
    p.addOption({QStringLiteral("logins"), QStringLiteral("Sign-ins to time for op=login."), QStringLiteral("n"), QStringLiteral("200")});
    p.addOption({QStringLiteral("server-pid"), QStringLiteral("Report this process's CPU over the window."), QStringLiteral("pid")});
    p.addOption({QStringLiteral("postmaster-pid"), QStringLiteral("Report PostgreSQL's CPU (postmaster + backends) over the window."),
                 QStringLiteral("pid")});
    p.addOption({QStringLiteral("ready-file"), QStringLiteral("Create this file when the measurement window opens."), QStringLiteral("file")});
    p.addOption({QStringLiteral("label"), QStringLiteral("Free text copied into the output."), QStringLiteral("text")});
    p.process(app);

    LoadConfig cfg;
    cfg.host = p.value(QStringLiteral("host"));
    cfg.port = quint16(p.value(QStringLiteral("port")).toUInt());
    cfg.pin = Ebilim::Protocol::normalizeFingerprint(p.value(QStringLiteral("pin")));
    if (cfg.pin.isEmpty()) {
        std::fprintf(stderr, "ebilim-bench: --pin FINGERPRINT is required\n");
        return 2;
    }
    QFile pw(p.value(QStringLiteral("password-file")));
    if (!pw.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "ebilim-bench: --password-file cannot be read\n");
        return 2;
    }
    cfg.password = QString::fromUtf8(pw.readLine()).trimmed();
    const int count = p.value(QStringLiteral("user-count")).toInt();
    for (int i = 1; i <= count; ++i) {
        cfg.users << p.value(QStringLiteral("user-prefix")) + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
    }
    cfg.op = p.value(QStringLiteral("op"));
    cfg.sessions = qMax(1, p.value(QStringLiteral("sessions")).toInt());
    cfg.warmupS = p.value(QStringLiteral("warmup")).toDouble();
    cfg.durationS = p.value(QStringLiteral("duration")).toDouble();
    cfg.unitId = p.value(QStringLiteral("unit")).toLongLong();
    cfg.logins = p.value(QStringLiteral("logins")).toInt();
    if (cfg.op != QLatin1String("login") && cfg.sessions > count) {
        std::fprintf(stderr, "ebilim-bench: %d sessions need %d bench users (only %d)\n", cfg.sessions, cfg.sessions, count);
        return 2;
    }

    cfg.serverPid = p.value(QStringLiteral("server-pid")).toLongLong();
    cfg.postmasterPid = p.value(QStringLiteral("postmaster-pid")).toLongLong();
    cfg.readyFile = p.value(QStringLiteral("ready-file"));

    LoadGen gen(cfg);
    LoadResult r = gen.run();

    QJsonObject o;
    o.insert(QStringLiteral("label"), p.value(QStringLiteral("label")));
    o.insert(QStringLiteral("op"), cfg.op);
    o.insert(QStringLiteral("sessions"), cfg.sessions);
    o.insert(QStringLiteral("ok"), r.ok);
    if (!r.ok) {
        o.insert(QStringLiteral("failure"), r.failure);
    }
    o.insert(QStringLiteral("ops"), r.ops);
    o.insert(QStringLiteral("errors"), r.errors);
    o.insert(QStringLiteral("pushes"), r.pushes);
    if (!r.firstError.isEmpty()) {
        o.insert(QStringLiteral("firstError"), r.firstError);
    }
    if (cfg.op == QLatin1String("login")) {
        o.insert(QStringLiteral("login_p50_ms"), r.latency.percentileMs(50));
        o.insert(QStringLiteral("login_p95_ms"), r.latency.percentileMs(95));
        o.insert(QStringLiteral("login_p99_ms"), r.latency.percentileMs(99));
        o.insert(QStringLiteral("full_p50_ms"), r.full.percentileMs(50));
        o.insert(QStringLiteral("full_p95_ms"), r.full.percentileMs(95));
        o.insert(QStringLiteral("full_p99_ms"), r.full.percentileMs(99));
    } else {
        o.insert(QStringLiteral("seconds"), r.seconds);
        o.insert(QStringLiteral("throughput"), r.seconds > 0 ? double(r.ops) / r.seconds : 0.0);
        o.insert(QStringLiteral("p50_ms"), r.latency.percentileMs(50));
        o.insert(QStringLiteral("p99_ms"), r.latency.percentileMs(99));
        o.insert(QStringLiteral("server_cores"), r.serverCores);
        o.insert(QStringLiteral("postgres_cores"), r.postgresCores);
        o.insert(QStringLiteral("client_cores"), r.clientCores);
    }
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return r.ok ? 0 : 1;
}
