// ebilim-admin: the administrator's server console. All logic lives in ebilim_server_core.
#include "admin/console.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ebilim-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBILIM_VERSION));
    return Ebilim::Server::runConsole(app.arguments());
}
