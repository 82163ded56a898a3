// ebilim-client: the Widgets workstation. Thin: the shell lives in ebilim_client_ui, the
// screens in ebilim_client_modules.
#include "clientcontext.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "messages.h"
#include "modules.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QSettings>
#include <QStyleFactory>

using namespace Ebilim::Client;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("eBilim"));
    QApplication::setApplicationName(QStringLiteral("ebilim"));
    QApplication::setApplicationDisplayName(QStringLiteral("eBilim"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("eBilim workstation"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("server"), QStringLiteral("Server HOST:PORT to pre-fill."), QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("pin"), QStringLiteral("Trust this SHA-256 certificate fingerprint for --server."),
                      QStringLiteral("fingerprint")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("User name to pre-fill."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: ky, ru or en."), QStringLiteral("code")});
    parser.process(app);

    Modules::registerClientModules();
    Ui::LanguageManager language;
    QSettings settings;
    QString lang = parser.value(QStringLiteral("lang"));
    if (!Ui::LanguageManager::codes().contains(lang)) {
        lang = settings.value(QStringLiteral("client/language"), QStringLiteral("ky")).toString();
    }
    language.setLanguage(lang);

    Ui::ClientContext context(&language);
    const QString server = parser.value(QStringLiteral("server"));
    if (!server.isEmpty() && parser.isSet(QStringLiteral("pin"))) {
        QString host;
        quint16 port = 0;
        QString error;
        if (!Ui::parseServer(server, &host, &port)
            || !Ui::LoginDialog::trustServer(host, port, parser.value(QStringLiteral("pin")), &error)) {
            Ui::Messages::warning(nullptr, QStringLiteral("eBilim"), QStringLiteral("--server/--pin: %1").arg(error));
        }
    }

    QPointer<Ui::MainWindow> window;
    bool first = true;
    while (true) {
        Ui::LoginDialog login(&context);
        if (first) {
            if (!server.isEmpty()) {
                login.setServer(server);
            }
            if (parser.isSet(QStringLiteral("user"))) {
                login.setUser(parser.value(QStringLiteral("user")));
            }
            first = false;
        }
        if (login.exec() != QDialog::Accepted) {
            return 0;
        }
        window = new Ui::MainWindow(&context);
        window->setAttribute(Qt::WA_DeleteOnClose);
        bool signOut = false;
        QObject::connect(window, &Ui::MainWindow::signOutRequested, window, [&signOut, &window] {
            signOut = true;
            window->close();
        });
        window->show();
        app.exec();
        context.signOut();
        if (!signOut) {
            return 0;
        }
    }
}
