// ebilim-server: the eBilim daemon. All logic lives in ebilim_server_core.
#include "net/server.h"
#include "auth/passwords.h"
#include "modules.h"
#include "storage/datastore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Ebilim::Server;

namespace {
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    // The plain Unix event dispatcher polls hundreds of sockets with less overhead than glib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ebilim-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBILIM_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("eBilim server daemon"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("config"), QStringLiteral("Settings file (INI)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("data"), QStringLiteral("Data folder (certificate, embedded PostgreSQL)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("db"), QStringLiteral("PostgreSQL connection string; default: embedded cluster in the data folder."),
                 QStringLiteral("conninfo")});
    p.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on (default 0.0.0.0)."), QStringLiteral("addr")});
    p.addOption({QStringLiteral("port"), QStringLiteral("TCP port (default 7443)."), QStringLiteral("port")});
    p.addOption({QStringLiteral("cert"), QStringLiteral("TLS certificate (PEM); default: self-signed in the data folder."), QStringLiteral("file")});
    p.addOption({QStringLiteral("key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("workers"), QStringLiteral("Database worker threads (default 4)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("per-ip-cap"), QStringLiteral("Connections allowed from one client address (default 20; raise it behind NAT or a proxy)."),
                 QStringLiteral("n")});
    p.process(app);

    QSettings ini(p.value(QStringLiteral("config")), QSettings::IniFormat);
    auto setting = [&](const QString &opt, const QString &key, const QString &fallback = {}) {
        return p.isSet(opt) ? p.value(opt) : ini.value(key, fallback).toString();
    };

    if (!Passwords::init()) {
        std::fprintf(stderr, "libsodium cannot be initialised\n");
        return 1;
    }
    registerAllModules();

    DataLocation loc;
    loc.dataDir = setting(QStringLiteral("data"), QStringLiteral("server/data"));
    loc.connectionString = setting(QStringLiteral("db"), QStringLiteral("database/connection"));
    DataStore store(loc);
    QString error;
    if (!store.open(true, &error)) {
        std::fprintf(stderr, "ebilim-server: database: %s\n", qPrintable(error));
        return 1;
    }

    ServerConfig cfg;
    cfg.address = QHostAddress(setting(QStringLiteral("listen"), QStringLiteral("server/listen"), QStringLiteral("0.0.0.0")));
    cfg.port = quint16(setting(QStringLiteral("port"), QStringLiteral("server/port"), QStringLiteral("7443")).toUInt());
    cfg.workers = setting(QStringLiteral("workers"), QStringLiteral("server/workers"), QStringLiteral("4")).toInt();
    cfg.perIpCap = setting(QStringLiteral("per-ip-cap"), QStringLiteral("server/perIpCap"), QStringLiteral("20")).toInt();
    cfg.certFile = setting(QStringLiteral("cert"), QStringLiteral("tls/cert"));
    cfg.keyFile = setting(QStringLiteral("key"), QStringLiteral("tls/key"));
    if (cfg.certFile.isEmpty()) {
        const QString dir = store.location().dataDir + QStringLiteral("/tls");
        if (!Certificates::ensureSelfSigned(dir, QStringLiteral("eBilim server"), &error)) {
            std::fprintf(stderr, "ebilim-server: %s\n", qPrintable(error));
            return 1;
        }
        cfg.certFile = dir + QStringLiteral("/cert.pem");
        cfg.keyFile = dir + QStringLiteral("/key.pem");
    }

    Server server(cfg);
    if (!server.start(&error)) {
        std::fprintf(stderr, "ebilim-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("eBilim server %s listening on %s:%u\n", EBILIM_VERSION, qPrintable(cfg.address.toString()), server.port());
    std::printf("database: %s\n", store.isEmbedded() ? "embedded PostgreSQL in the data folder" : "external PostgreSQL");
    std::printf("certificate SHA-256 fingerprint: %s\n", qPrintable(server.fingerprint()));
    std::fflush(stdout);

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
    QSocketNotifier sn(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&sn, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    const int rc = app.exec();
    server.stop();
    store.close();
    return rc;
}
