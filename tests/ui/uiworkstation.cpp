#include "uiworkstation.h"

#include "clientcontext.h"
#include "demo/demouniversity.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "modules.h"
#include "storage/database.h"
#include "uisignin.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace Ebilim::Test {

UiWorkstation::UiWorkstation() = default;

UiWorkstation::~UiWorkstation()
{
    stop();
}

QString UiWorkstation::start(const QString &user, const QString &password, int students, const QString &screenshots)
{
    if (!home.isValid()) {
        return QStringLiteral("no temporary home");
    }
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("settings")));
    QApplication::setStyle(QStringLiteral("Fusion"));
    shots = screenshots;
    if (!QDir().mkpath(shots)) {
        return QStringLiteral("cannot create ") + shots;
    }
    Client::Modules::registerClientModules();
    lang = new Client::Ui::LanguageManager(qApp);
    if (!lang->setLanguage(QStringLiteral("ky"))) {
        return QStringLiteral("no Kyrgyz translation");
    }
    if (!fx.start()) {
        return fx.error();
    }
    Server::DemoUniversity::Options o;
    o.students = students;
    o.password = password;
    Server::DemoUniversity::load(Server::Db::thread(), o);
    QString error;
    if (!Client::Ui::LoginDialog::trustServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint(), &error)) {
        return error;
    }
    ctx = std::make_unique<Client::Ui::ClientContext>(lang);
    ctx->setStoreLocation(home.filePath(QStringLiteral("stores")));
    QDir().mkpath(home.filePath(QStringLiteral("stores")));
    if (!signInThroughDialog(ctx.get(), serverAddress(), user, password)) {
        return QStringLiteral("sign-in of ") + user + QStringLiteral(" failed");
    }
    window = std::make_unique<Client::Ui::MainWindow>(ctx.get());
    window->resize(1366, 768);
    window->show();
    return {};
}

void UiWorkstation::stop()
{
    window.reset();
    ctx.reset();
    fx.stop();
}

bool UiWorkstation::shoot(QWidget *w, const QString &name) const
{
    QTest::qWait(100); // charts repaint their scene on a later turn of the event loop
    QApplication::processEvents();
    return w->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
}

QString UiWorkstation::serverAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(fx.port());
}

} // namespace Ebilim::Test
