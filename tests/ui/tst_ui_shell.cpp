// The real workstation shell against the real server (in-process, fresh PostgreSQL):
// sign in through LoginDialog and Session as one user per role of the registry and check
// the navigator shows exactly that role's modules; open the screens; switch the language
// at run time; write screenshots of the login dialog and the main window in ky/ru/en
// (EBILIM_SCREENSHOT_DIR or <build>/screenshots).
#include "clientcontext.h"
#include "datatableview.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/entitymodel.h"
#include "modules.h"
#include "navigator.h"
#include "net/session.h"
#include "org/orgscreen.h"
#include "placeholderpage.h"
#include "profile/profilescreen.h"
#include "protocol/registry.h"
#include "recordform.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "uisignin.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;
using Protocol::Registry;

class TestUiShell : public QObject
{
    Q_OBJECT

    Test::ServerFixture fx;
    QTemporaryDir m_home;
    QString m_shots;
    LanguageManager *m_lang = nullptr;
    const QString pw = QStringLiteral("ui-test-password");
    qint64 m_uni = 0, m_faculty = 0, m_department = 0, m_college = 0;

    QString serverText() const { return QStringLiteral("127.0.0.1:%1").arg(fx.port()); }

    qint64 scopeFor(const QString &kind) const
    {
        if (kind == QLatin1String("faculty")) {
            return m_faculty;
        }
        if (kind == QLatin1String("department")) {
            return m_department;
        }
        if (kind == QLatin1String("college")) {
            return m_college;
        }
        return 0;
    }

    qint64 unit(const QString &kind, const QString &code, qint64 parent, const QString &ky, const QString &ru, const QString &en)
    {
        const qint64 id = fx.createUnit(kind, code, parent);
        Server::exec(Server::Db::thread(), QStringLiteral("UPDATE org.units SET name_ky = ?, name_ru = ?, name_en = ? WHERE id = ?"),
                     {ky, ru, en, id});
        return id;
    }

    /// Signs @p user in through the real dialog; the context is then signed in.
    bool signIn(ClientContext *ctx, const QString &user) { return Test::signInThroughDialog(ctx, serverText(), user, pw); }

    std::unique_ptr<ClientContext> newContext()
    {
        auto ctx = std::make_unique<ClientContext>(m_lang);
        ctx->setStoreLocation(m_home.filePath(QStringLiteral("stores")));
        QDir().mkpath(m_home.filePath(QStringLiteral("stores")));
        return ctx;
    }

    void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("settings")));
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_shots = qEnvironmentVariable("EBILIM_SCREENSHOT_DIR", QStringLiteral(EBILIM_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(m_shots));
        Modules::registerClientModules();
        m_lang = new LanguageManager(this);
        QVERIFY(m_lang->setLanguage(QStringLiteral("en")));

        QVERIFY2(fx.start(), qPrintable(fx.error()));
        m_uni = unit(QStringLiteral("university"), QStringLiteral("NMU"), 0, QStringLiteral("С.Нааматов атындагы Нарын мамлекеттик университети"),
                     QStringLiteral("Нарынский государственный университет им. С. Нааматова"), QStringLiteral("Naryn State University"));
        m_faculty = unit(QStringLiteral("faculty"), QStringLiteral("FEN"), m_uni, QStringLiteral("Табигый илимдер факультети"),
                         QStringLiteral("Факультет естественных наук"), QStringLiteral("Faculty of Natural Sciences"));
        m_department = unit(QStringLiteral("department"), QStringLiteral("FEN-MAT"), m_faculty, QStringLiteral("Математика кафедрасы"),
                            QStringLiteral("Кафедра математики"), QStringLiteral("Department of Mathematics"));
        unit(QStringLiteral("department"), QStringLiteral("FEN-INF"), m_faculty, QStringLiteral("Информатика кафедрасы"),
             QStringLiteral("Кафедра информатики"), QStringLiteral("Department of Computer Science"));
        const qint64 ped = unit(QStringLiteral("faculty"), QStringLiteral("PED"), m_uni, QStringLiteral("Педагогика факультети"),
                                QStringLiteral("Педагогический факультет"), QStringLiteral("Faculty of Pedagogy"));
        unit(QStringLiteral("department"), QStringLiteral("PED-KYR"), ped, QStringLiteral("Кыргыз тили жана адабияты кафедрасы"),
             QStringLiteral("Кафедра кыргызского языка и литературы"), QStringLiteral("Department of Kyrgyz Language and Literature"));
        unit(QStringLiteral("department"), QStringLiteral("PED-ONG"), ped, QStringLiteral("Өнөр жана эмгек кафедрасы"),
             QStringLiteral("Кафедра искусства и труда"), QStringLiteral("Department of Arts and Crafts"));
        m_college = unit(QStringLiteral("college"), QStringLiteral("KOL"), m_uni, QStringLiteral("Нарын колледжи"),
                         QStringLiteral("Нарынский колледж"), QStringLiteral("Naryn College"));
        unit(QStringLiteral("department"), QStringLiteral("KOL-UCH"), m_college, QStringLiteral("Үй-чарба бөлүмү"),
             QStringLiteral("Отделение домоводства"), QStringLiteral("Home Economics Section"));
        unit(QStringLiteral("office"), QStringLiteral("BUH"), m_uni, QStringLiteral("Бухгалтерия"), QStringLiteral("Бухгалтерия"),
             QStringLiteral("Accounting"));
        QString error;
        QVERIFY2(LoginDialog::trustServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint(), &error), qPrintable(error));
    }

    void navigatorPerRole_data()
    {
        QTest::addColumn<QString>("role");
        for (const Protocol::RoleSpec &r : Registry::roles()) {
            QTest::newRow(qPrintable(r.name)) << r.name;
        }
    }

    void navigatorPerRole()
    {
        QFETCH(QString, role);
        const Protocol::RoleSpec *spec = Registry::role(role);
        QVERIFY(spec);
        const QString user = QStringLiteral("ui-") + role;
        fx.createUser(user, pw, {{role, scopeFor(spec->scopeKind)}});
        auto ctx = newContext();
        QVERIFY(signIn(ctx.get(), user));
        QCOMPARE(ctx->session()->state(), Session::State::LoggedIn);
        MainWindow window(ctx.get());
        window.resize(1366, 768);
        window.show();
        QCOMPARE(window.navigator()->moduleCodes(), spec->modules);
        QTRY_COMPARE(window.connectionState(), MainWindow::Connection::Online);
        // Every module opens: a working screen or the calm placeholder.
        for (const QString &code : window.navigator()->allCodes()) {
            QWidget *page = window.openModule(code);
            QVERIFY2(page, qPrintable(code));
        }
        QCOMPARE(window.tabs()->count(), window.navigator()->allCodes().size() + 1);
    }

    void profileEditedAndSynced()
    {
        const QString user = QStringLiteral("ui-profile");
        fx.createUser(user, pw, {{QStringLiteral("teacher"), 0}});
        auto ctx = newContext();
        QVERIFY(signIn(ctx.get(), user));
        MainWindow window(ctx.get());
        auto *profile = qobject_cast<Modules::ProfileScreen *>(window.openModule(QStringLiteral("profile")));
        QVERIFY(profile);
        QTRY_VERIFY(ctx->store()->row(QStringLiteral("profile"), ctx->user().value(QStringLiteral("id")).toInteger()).has_value());
        profile->reload();
        // A local check catches a malformed e-mail before anything is queued.
        profile->setEmail(QStringLiteral("not an address"));
        QVERIFY(!profile->save());
        QVERIFY(!profile->form()->fieldError(QStringLiteral("email")).isEmpty());
        profile->setEmail(QStringLiteral("teacher@example.kg"));
        profile->setPhone(QStringLiteral("+996 555 123456"));
        QImage img(40, 50, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        img.save(&b, "PNG");
        profile->setPhotoData(png);
        QVERIFY(profile->save());
        QTRY_COMPARE_WITH_TIMEOUT(ctx->store()->pendingCount(), 0, 20000);
        const QCborMap server = ctx->session()->callSync(QStringLiteral("profile.get")).result.toMap();
        QCOMPARE(server.value(QStringLiteral("email")).toString(), QStringLiteral("teacher@example.kg"));
        QCOMPARE(server.value(QStringLiteral("phone")).toString(), QStringLiteral("+996 555 123456"));
        QVERIFY(!server.value(QStringLiteral("photo")).toString().isEmpty());
    }

    void orgUnitCreatedThroughOutbox()
    {
        const QString user = QStringLiteral("ui-dean-org");
        fx.createUser(user, pw, {{QStringLiteral("dean"), m_faculty}});
        auto ctx = newContext();
        QVERIFY(signIn(ctx.get(), user));
        MainWindow window(ctx.get());
        auto *org = qobject_cast<Modules::OrgScreen *>(window.openModule(QStringLiteral("org")));
        QVERIFY(org);
        QTRY_VERIFY(org->model()->rowCount() >= 10);
        const QCborMap args{{QStringLiteral("parentId"), m_faculty},   {QStringLiteral("kind"), QStringLiteral("department")},
                            {QStringLiteral("code"), QStringLiteral("FEN-FIZ")}, {QStringLiteral("nameKy"), QStringLiteral("Физика кафедрасы")},
                            {QStringLiteral("nameRu"), QStringLiteral("Кафедра физики")}};
        QVERIFY(org->saveUnit(args, args));
        QTRY_COMPARE_WITH_TIMEOUT(ctx->store()->pendingCount(), 0, 20000);
        QTRY_VERIFY(Server::scalar(Server::Db::thread(), QStringLiteral("SELECT count(*) FROM org.units WHERE code = 'FEN-FIZ'")).toInt() == 1);
        // Outside the dean's faculty the server refuses: the edit is kept, marked failed, never lost.
        QCborMap outside = args;
        outside.insert(QStringLiteral("parentId"), m_college);
        outside.insert(QStringLiteral("code"), QStringLiteral("KOL-X"));
        QVERIFY(org->saveUnit(outside, outside));
        QTRY_COMPARE_WITH_TIMEOUT(ctx->store()->poisonedCount(), 1, 20000);
        bool failedShown = false;
        for (int r = 0; r < org->model()->rowCount(); ++r) {
            failedShown |= org->model()->index(r, 0).data(EntityTableModel::FailedRole).toBool();
        }
        QVERIFY(failedShown);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ky") << QStringLiteral("ky");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, lang);
        QVERIFY(m_lang->setLanguage(lang));
        static bool usersMade = false;
        if (!usersMade) {
            fx.createUser(QStringLiteral("shot-admin"), pw, {{QStringLiteral("sysadmin"), 0}});
            fx.createUser(QStringLiteral("shot-dean"), pw, {{QStringLiteral("dean"), m_faculty}});
            Server::exec(Server::Db::thread(), QStringLiteral("UPDATE core.users SET full_name = ? WHERE username = ?"),
                         {QStringLiteral("Асанова Айгүл Бакытовна"), QStringLiteral("shot-admin")});
            Server::exec(Server::Db::thread(), QStringLiteral("UPDATE core.users SET full_name = ? WHERE username = ?"),
                         {QStringLiteral("Өмүрбеков Нурлан Үсөнович"), QStringLiteral("shot-dean")});
            usersMade = true;
        }
        {
            auto ctx = newContext();
            LoginDialog dialog(ctx.get());
            dialog.setServer(QStringLiteral("ebilim.naryn.kg:7443"));
            dialog.setUser(QStringLiteral("a.asanova"));
            dialog.setPassword(QStringLiteral("secret-password"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            shoot(&dialog, QStringLiteral("login-") + lang);
        }
        for (const QString &user : {QStringLiteral("shot-admin"), QStringLiteral("shot-dean")}) {
            auto ctx = newContext();
            QVERIFY(signIn(ctx.get(), user));
            MainWindow window(ctx.get());
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            shoot(&window, QStringLiteral("main-%1-home-%2").arg(user.mid(5), lang));
            auto *org = qobject_cast<Modules::OrgScreen *>(window.openModule(QStringLiteral("org")));
            QVERIFY(org);
            QTRY_VERIFY(org->model()->rowCount() >= 10);
            QTRY_COMPARE(window.connectionState(), MainWindow::Connection::Online);
            shoot(&window, QStringLiteral("main-%1-org-%2").arg(user.mid(5), lang));
            if (user == QLatin1String("shot-dean")) {
                window.openModule(QStringLiteral("dean"));
                shoot(&window, QStringLiteral("main-dean-placeholder-") + lang);
                window.openModule(QStringLiteral("profile"));
                shoot(&window, QStringLiteral("main-dean-profile-") + lang);
            } else {
                window.openModule(QStringLiteral("admin"));
                QTest::qWait(300);
                shoot(&window, QStringLiteral("main-admin-users-") + lang);
            }
        }
        QVERIFY(m_lang->setLanguage(QStringLiteral("en")));
    }

    void languageSwitchAtRunTime()
    {
        auto ctx = newContext();
        QVERIFY(signIn(ctx.get(), QStringLiteral("shot-dean")));
        QVERIFY(m_lang->setLanguage(QStringLiteral("ky")));
        MainWindow window(ctx.get());
        window.openModule(QStringLiteral("org"));
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Окуу жайдын түзүмү"));
        // QEvent::LanguageChange is posted: every widget retranslates on the next event-loop turn.
        QVERIFY(m_lang->setLanguage(QStringLiteral("ru")));
        QTRY_COMPARE(window.tabs()->tabText(1), QStringLiteral("Структура учебного заведения"));
        QCOMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Вид"));
        QVERIFY(m_lang->setLanguage(QStringLiteral("ky")));
        QTRY_COMPARE(window.tabs()->tabText(1), QStringLiteral("Окуу жайдын түзүмү"));
        QCOMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Көрүнүш"));
        QTRY_VERIFY(window.connectionText().contains(QStringLiteral("Туташкан")));
        QVERIFY(m_lang->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(window.tabs()->tabText(1), QStringLiteral("Institution structure"));
    }

    void cleanupTestCase()
    {
        fx.stop();
    }
};

QTEST_MAIN(TestUiShell)
#include "tst_ui_shell.moc"
