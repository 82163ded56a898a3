#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Shared with the Widgets client, so both read the same known_hosts.
    QCoreApplication::setOrganizationName(QStringLiteral("eBilim"));
    QCoreApplication::setApplicationName(QStringLiteral("ebilim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBILIM_VERSION));
    return Ebilim::Client::Cli().run(QCoreApplication::arguments());
}
