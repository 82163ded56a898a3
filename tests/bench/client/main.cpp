// ebilim-client-bench: client benchmark cases that need the Widgets workstation. Links exactly
// what ebilim-client links (ebilim_client_modules). One case per process, one JSON line on
// stdout; run through run-client-bench.sh (QT_QPA_PLATFORM=offscreen, isolated HOME).
//
//   login                     process start → login dialog exposed and painted, set up as client/app/main.cpp does
//   fill  --out F --rows N --entity student|unit     writes a LocalStore file with N cached rows (putRows)
//   list  --store F --entity student [--lang ky]     open store → EntityTableModel → DataTableView shown and painted,
//                                                    then sorts and a search
//   list-sql --store F --entity student              baseline: raw SQLite SELECT of the same rows (+ CBOR decode)
//   org   --store-dir D [--lang ky]                  the real OrgScreen over the cached `unit` rows of bench@bench:7443
//   rss   --store-dir D                              main window up (all modules), then 10,000 cached students in a
//                                                    DataTableView tab; VmRSS/VmHWM before and after
#include "benchcommon.h"

#include "cache/localstore.h"
#include "clientcontext.h"
#include "datatableview.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/entitymodel.h"
#include "modules.h"
#include "org/orgscreen.h"
#include "protocol/registry.h"
#include "tableproxymodel.h"
#include "textcollator.h"

#include <QApplication>
#include <QCborArray>
#include <QCborValue>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;
using namespace EbilimBench;

namespace {

qint64 g_mainMono = 0;
qint64 g_mainWall = 0;

QString arg(const QStringList &args, const QString &name, const QString &def = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : def;
}

const QString kStudent = QStringLiteral("student");
const QString kUnit = QStringLiteral("unit");
const QString kServer = QStringLiteral("bench:7443");
const QString kUser = QStringLiteral("bench");

QList<EntityTableModel::Column> studentColumns()
{
    return {{QStringLiteral("pin"), QStringLiteral("PIN")},
            {QStringLiteral("lastName"), QStringLiteral("Фамилиясы")},
            {QStringLiteral("firstName"), QStringLiteral("Аты")},
            {QStringLiteral("patronymic"), QStringLiteral("Атасынын аты")},
            {QStringLiteral("birthDate"), QStringLiteral("Туулган күнү")},
            {QStringLiteral("group"), QStringLiteral("Тайпа")},
            {QStringLiteral("faculty"), QStringLiteral("Факультет")},
            {QStringLiteral("course"), QStringLiteral("Курс")},
            {QStringLiteral("status"), QStringLiteral("Абалы")},
            {QStringLiteral("phone"), QStringLiteral("Телефон")},
            {QStringLiteral("email"), QStringLiteral("E-mail")}};
}

// Kyrgyz names with Ң/Ө/Ү, so sorting exercises the Kyrgyz collation.
const QStringList kLast = {QStringLiteral("Асанов"), QStringLiteral("Үсөнов"), QStringLiteral("Өмүрбеков"), QStringLiteral("Ниязов"),
                           QStringLiteral("Ңуров"), QStringLiteral("Жээнбеков"), QStringLiteral("Токтогулов"), QStringLiteral("Осмонова"),
                           QStringLiteral("Сыдыкова"), QStringLiteral("Бакиров"), QStringLiteral("Мамытов"), QStringLiteral("Кадыров"),
                           QStringLiteral("Эркинбаев"), QStringLiteral("Чолпонкулова"), QStringLiteral("Үмөталиева"), QStringLiteral("Абдыкеримов")};
const QStringList kFirst = {QStringLiteral("Айбек"), QStringLiteral("Нурлан"), QStringLiteral("Гүлнара"), QStringLiteral("Өмүр"),
                            QStringLiteral("Үмүт"), QStringLiteral("Айпери"), QStringLiteral("Бакыт"), QStringLiteral("Нурзада"),
                            QStringLiteral("Эрлан"), QStringLiteral("Жылдыз"), QStringLiteral("Чынгыз"), QStringLiteral("Элнура")};
const QStringList kPatr = {QStringLiteral("Асанович"), QStringLiteral("Үсөновна"), QStringLiteral("Бакытович"), QStringLiteral("Нурлановна"),
                           QStringLiteral("Өмүрбекович"), QStringLiteral("Кубанычбекович")};
const QStringList kFac = {QStringLiteral("Табигый илимдер"), QStringLiteral("Педагогика"), QStringLiteral("Экономика"),
                          QStringLiteral("Филология"), QStringLiteral("Инженердик"), QStringLiteral("Медицина")};
const QStringList kStatus = {QStringLiteral("окуйт"), QStringLiteral("академиялык өргүү"), QStringLiteral("чыгарылган")};

QCborArray studentRows(int n)
{
    QRandomGenerator rng(42);
    QCborArray out;
    for (int i = 1; i <= n; ++i) {
        const int fac = rng.bounded(int(kFac.size()));
        QCborMap r;
        r.insert(QStringLiteral("id"), i);
        r.insert(QStringLiteral("rowVersion"), 1 + rng.bounded(5));
        r.insert(QStringLiteral("pin"), QStringLiteral("%1%2").arg(1 + rng.bounded(2)).arg(quint64(rng.bounded(1000000000)) * 10000 + rng.bounded(10000), 13, 10, QLatin1Char('0')));
        r.insert(QStringLiteral("lastName"), kLast.at(rng.bounded(int(kLast.size()))));
        r.insert(QStringLiteral("firstName"), kFirst.at(rng.bounded(int(kFirst.size()))));
        r.insert(QStringLiteral("patronymic"), kPatr.at(rng.bounded(int(kPatr.size()))));
        r.insert(QStringLiteral("birthDate"), QDate(1998 + rng.bounded(9), 1 + rng.bounded(12), 1 + rng.bounded(28)).toString(Qt::ISODate));
        r.insert(QStringLiteral("group"), QStringLiteral("%1-%2-%3").arg(kFac.at(fac).left(3)).arg(19 + rng.bounded(6)).arg(1 + rng.bounded(4)));
        r.insert(QStringLiteral("faculty"), kFac.at(fac));
        r.insert(QStringLiteral("course"), 1 + rng.bounded(5));
        r.insert(QStringLiteral("status"), kStatus.at(rng.bounded(int(kStatus.size()))));
        r.insert(QStringLiteral("phone"), QStringLiteral("+996 %1 %2").arg(500 + rng.bounded(300)).arg(rng.bounded(1000000), 6, 10, QLatin1Char('0')));
        r.insert(QStringLiteral("email"), QStringLiteral("student%1@ebilim.kg").arg(i));
        r.insert(QStringLiteral("address"), QStringLiteral("Нарын ш., %1 көч., %2").arg(kLast.at(rng.bounded(int(kLast.size())))).arg(1 + rng.bounded(200)));
        out.append(r);
    }
    return out;
}

QCborArray unitRows(int n)
{
    // A university, 100 faculties, the rest departments (parentId set).
    QRandomGenerator rng(7);
    QCborArray out;
    for (int i = 1; i <= n; ++i) {
        QCborMap r;
        const QString kind = i == 1 ? QStringLiteral("university") : i <= 101 ? QStringLiteral("faculty") : QStringLiteral("department");
        r.insert(QStringLiteral("id"), i);
        r.insert(QStringLiteral("rowVersion"), 1);
        r.insert(QStringLiteral("kind"), kind);
        r.insert(QStringLiteral("code"), QStringLiteral("U%1").arg(i, 5, 10, QLatin1Char('0')));
        r.insert(QStringLiteral("nameKy"), QStringLiteral("%1 кафедрасы %2").arg(kLast.at(rng.bounded(int(kLast.size())))).arg(i));
        r.insert(QStringLiteral("nameRu"), QStringLiteral("Кафедра %1 %2").arg(kFirst.at(rng.bounded(int(kFirst.size())))).arg(i));
        r.insert(QStringLiteral("nameEn"), QStringLiteral("Department %1").arg(i));
        // Faculties (ids 2..101) under the university, departments under a random faculty or
        // department created before them (a tree several levels deep).
        r.insert(QStringLiteral("parentId"), i == 1 ? 0 : i <= 101 ? 1 : 2 + rng.bounded(i - 2));
        out.append(r);
    }
    // The server's list order is not the id order: shuffle, so a parent is anywhere in the list.
    for (qsizetype i = out.size() - 1; i > 0; --i) {
        const qsizetype j = rng.bounded(i + 1);
        const QCborValue tmp = out.at(i);
        out[i] = out.at(j);
        out[j] = tmp;
    }
    return out;
}

QCborMap withoutFlagsRow(QCborMap row)
{
    for (const char *flag : {"_pending", "_conflict", "_failed", "_error"}) {
        row.remove(QString::fromLatin1(flag));
    }
    return row;
}

QString storePathIn(const QString &dir)
{
    // As ClientContext::openStore names it.
    QString name = QStringLiteral("ebilim-%1-%2.sqlite").arg(kServer, kUser);
    name.replace(QLatin1Char(':'), QLatin1Char('_')).replace(QLatin1Char('/'), QLatin1Char('_'));
    return QDir(dir).filePath(name);
}

void setUpApp(LanguageManager *language, const QString &lang)
{
    // As client/app/main.cpp.
    QApplication::setOrganizationName(QStringLiteral("eBilim"));
    QApplication::setApplicationName(QStringLiteral("ebilim"));
    QApplication::setApplicationDisplayName(QStringLiteral("eBilim"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Modules::registerClientModules();
    language->setLanguage(lang);
}

QCborMap benchWhoami()
{
    QCborArray modules;
    QCborArray permissions;
    QSet<QString> seenM;
    QSet<QString> seenP;
    for (const Protocol::RoleSpec &r : Protocol::Registry::roles()) {
        for (const QString &m : r.modules) {
            if (!seenM.contains(m)) {
                seenM.insert(m);
                modules.append(m);
            }
        }
        for (const QString &p : r.permissions) {
            if (!seenP.contains(p)) {
                seenP.insert(p);
                permissions.append(p);
            }
        }
    }
    QCborMap user;
    user.insert(QStringLiteral("id"), 1);
    user.insert(QStringLiteral("username"), kUser);
    user.insert(QStringLiteral("fullName"), QStringLiteral("Бенчмарк Колдонуучу"));
    QCborMap w;
    w.insert(QStringLiteral("user"), user);
    w.insert(QStringLiteral("roles"), QCborArray{QStringLiteral("sysadmin")});
    w.insert(QStringLiteral("modules"), modules);
    w.insert(QStringLiteral("permissions"), permissions);
    return w;
}

// --- cases -------------------------------------------------------------------------------

int caseLogin(QApplication &app)
{
    // client/app/main.cpp up to the login dialog, with show() instead of exec().
    const qint64 appNs = monoNs();
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
    parser.parse(app.arguments().mid(1)); // without the bench's own "login" word
    const qint64 styleNs = monoNs();
    Modules::registerClientModules();
    LanguageManager language;
    QSettings settings;
    QString lang = parser.value(QStringLiteral("lang"));
    if (!LanguageManager::codes().contains(lang)) {
        lang = settings.value(QStringLiteral("client/language"), QStringLiteral("ky")).toString();
    }
    language.setLanguage(lang);
    const qint64 langNs = monoNs();
    ClientContext context(&language);
    LoginDialog login(&context);
    const qint64 ctorNs = monoNs();
    PaintWaiter waiter(&login);
    login.show();
    const bool painted = waiter.wait();
    const qint64 end = monoNs();
    const qint64 t0 = execT0Ns();
    emitJson({{QStringLiteral("case"), QStringLiteral("login")},
              {QStringLiteral("painted"), painted},
              {QStringLiteral("lang"), lang},
              {QStringLiteral("exec_to_main_ms"), t0 ? ms(g_mainWall - t0) : -1.0},
              {QStringLiteral("main_to_app_ms"), ms(appNs - g_mainMono)},
              {QStringLiteral("style_ms"), ms(styleNs - appNs)},
              {QStringLiteral("modules_lang_ms"), ms(langNs - styleNs)},
              {QStringLiteral("context_dialog_ms"), ms(ctorNs - langNs)},
              {QStringLiteral("show_to_paint_ms"), ms(end - ctorNs)},
              {QStringLiteral("main_to_exposed_ms"), waiter.exposedNs() ? ms(waiter.exposedNs() - g_mainMono) : -1.0},
              {QStringLiteral("main_to_paint_ms"), ms(end - g_mainMono)},
              {QStringLiteral("exec_to_paint_ms"), t0 ? ms(g_mainWall - t0) + ms(end - g_mainMono) : -1.0},
              {QStringLiteral("rss_kb"), procStatusKb("VmRSS")},
              {QStringLiteral("hwm_kb"), procStatusKb("VmHWM")}});
    return painted ? 0 : 1;
}

int caseFill(const QStringList &args)
{
    const QString out = arg(args, QStringLiteral("--out"));
    const int n = arg(args, QStringLiteral("--rows"), QStringLiteral("10000")).toInt();
    const QString entity = arg(args, QStringLiteral("--entity"), kStudent);
    QFile::remove(out);
    QFile::remove(out + QStringLiteral("-wal"));
    QFile::remove(out + QStringLiteral("-shm"));
    const QCborArray rows = entity == kUnit ? unitRows(n) : studentRows(n);
    LocalStore store(out);
    QString error;
    if (!store.open(&error)) {
        qCritical("fill: %s", qPrintable(error));
        return 1;
    }
    const qint64 t = monoNs();
    store.putRows(entity, rows);
    const qint64 putNs = monoNs() - t;
    const qint64 t2 = monoNs();
    store.putRows(entity, rows); // again: the refresh of an already cached list
    const qint64 put2Ns = monoNs() - t2;
    emitJson({{QStringLiteral("case"), QStringLiteral("fill")},
              {QStringLiteral("entity"), entity},
              {QStringLiteral("rows"), n},
              {QStringLiteral("cbor_bytes"), qint64(QCborValue(rows).toCbor().size())},
              {QStringLiteral("putrows_ms"), ms(putNs)},
              {QStringLiteral("putrows_again_ms"), ms(put2Ns)}});
    return 0;
}

int caseListSql(const QStringList &args)
{
    const QString path = arg(args, QStringLiteral("--store"));
    const QString entity = arg(args, QStringLiteral("--entity"), kStudent);
    const qint64 t0 = monoNs();
    qint64 n = 0;
    qint64 bytes = 0;
    QList<QByteArray> blobs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open()) {
            qCritical("list-sql: cannot open %s", qPrintable(path));
            return 1;
        }
        const qint64 tOpen = monoNs();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, data FROM cache WHERE entity = ? ORDER BY ord, id"));
        q.addBindValue(entity);
        q.exec();
        while (q.next()) {
            ++n;
            blobs.append(q.value(1).toByteArray());
            bytes += blobs.last().size();
        }
        const qint64 tSelect = monoNs();
        qint64 fields = 0;
        for (const QByteArray &b : std::as_const(blobs)) {
            fields += QCborValue::fromCbor(b).toMap().size();
        }
        const qint64 tDecode = monoNs();
        emitJson({{QStringLiteral("case"), QStringLiteral("list-sql")},
                  {QStringLiteral("rows"), n},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("open_ms"), ms(tOpen - t0)},
                  {QStringLiteral("select_ms"), ms(tSelect - t0)},
                  {QStringLiteral("select_decode_ms"), ms(tDecode - t0)}});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return n > 0 ? 0 : 1;
}

int caseList(const QStringList &args)
{
    const QString path = arg(args, QStringLiteral("--store"));
    const QString entity = arg(args, QStringLiteral("--entity"), kStudent);
    LanguageManager language;
    setUpApp(&language, arg(args, QStringLiteral("--lang"), QStringLiteral("ky")));
    const bool fallback = TextCollator(QLocale()).usesKyrgyzFallback();
    const auto cols = studentColumns();

    const qint64 t0 = monoNs();
    LocalStore store(path);
    if (!store.open()) {
        return 1;
    }
    const qint64 tOpen = monoNs();
    EntityTableModel model(&store, entity, cols);
    const qint64 tModel = monoNs();
    DataTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    const qint64 tView = monoNs();
    PaintWaiter waiter(view.view()->viewport());
    view.show();
    const bool painted = waiter.wait();
    const qint64 tPaint = monoNs();

    auto sortAndPaint = [&](int column, Qt::SortOrder order, qint64 *sortNs, qint64 *paintNs) {
        waiter.reset();
        const qint64 s = monoNs();
        view.view()->sortByColumn(column, order);
        *sortNs = monoNs() - s;
        waiter.wait(60000);
        *paintNs = monoNs() - s;
    };
    qint64 sortLastNs = 0, sortLastPaintNs = 0, sortBirthNs = 0, sortBirthPaintNs = 0, sortCourseNs = 0, sortCoursePaintNs = 0;
    sortAndPaint(1, Qt::AscendingOrder, &sortLastNs, &sortLastPaintNs);      // lastName: collated text
    const QString firstAfterSort = view.view()->model()->index(0, 1).data().toString();
    sortAndPaint(4, Qt::DescendingOrder, &sortBirthNs, &sortBirthPaintNs);   // birthDate: ISO text
    sortAndPaint(7, Qt::AscendingOrder, &sortCourseNs, &sortCoursePaintNs);  // course: number

    waiter.reset();
    qint64 s = monoNs();
    view.setSearchText(QStringLiteral("Өмүр"));
    const qint64 searchNs = monoNs() - s;
    waiter.wait(60000);
    const qint64 searchPaintNs = monoNs() - s;
    const int found = view.proxy()->rowCount();
    s = monoNs();
    view.setSearchText(QString());
    const qint64 clearNs = monoNs() - s;

    // One cached row changes (what every outbox acknowledgement, LocalStore::markSent, does to
    // the list of its entity): rowsChanged → EntityTableModel::reload() with the list open.
    constexpr int kChanges = 20;
    s = monoNs();
    for (int i = 0; i < kChanges; ++i) {
        QCborMap r = withoutFlagsRow(*store.cachedRow(entity, 1 + i * 97));
        r.insert(QStringLiteral("phone"), QStringLiteral("+996 700 %1").arg(monoNs() % 1000000, 6, 10, QLatin1Char('0')));
        store.putRow(entity, r);
    }
    const qint64 changeNs = (monoNs() - s) / kChanges;
    s = monoNs();
    for (int i = 0; i < kChanges; ++i) {
        model.reload();
    }
    const qint64 reloadNs = (monoNs() - s) / kChanges;

    emitJson({{QStringLiteral("row_change_with_list_open_ms"), ms(changeNs)},
              {QStringLiteral("reload_unchanged_ms"), ms(reloadNs)},
              {QStringLiteral("case"), QStringLiteral("list")},
              {QStringLiteral("entity"), entity},
              {QStringLiteral("rows"), model.rowCount()},
              {QStringLiteral("painted"), painted},
              {QStringLiteral("kyrgyz_fallback_collation"), fallback},
              {QStringLiteral("open_store_ms"), ms(tOpen - t0)},
              {QStringLiteral("model_ms"), ms(tModel - tOpen)},
              {QStringLiteral("view_setmodel_ms"), ms(tView - tModel)},
              {QStringLiteral("show_to_paint_ms"), ms(tPaint - tView)},
              {QStringLiteral("open_to_paint_ms"), ms(tPaint - t0)},
              {QStringLiteral("sort_lastname_ms"), ms(sortLastNs)},
              {QStringLiteral("sort_lastname_paint_ms"), ms(sortLastPaintNs)},
              {QStringLiteral("first_lastname"), firstAfterSort},
              {QStringLiteral("sort_birthdate_ms"), ms(sortBirthNs)},
              {QStringLiteral("sort_birthdate_paint_ms"), ms(sortBirthPaintNs)},
              {QStringLiteral("sort_course_ms"), ms(sortCourseNs)},
              {QStringLiteral("sort_course_paint_ms"), ms(sortCoursePaintNs)},
              {QStringLiteral("search_ms"), ms(searchNs)},
              {QStringLiteral("search_paint_ms"), ms(searchPaintNs)},
              {QStringLiteral("search_found"), found},
              {QStringLiteral("search_clear_ms"), ms(clearNs)},
              {QStringLiteral("rss_kb"), procStatusKb("VmRSS")},
              {QStringLiteral("hwm_kb"), procStatusKb("VmHWM")}});
    return painted ? 0 : 1;
}

int caseOrg(const QStringList &args)
{
    const QString dir = arg(args, QStringLiteral("--store-dir"));
    LanguageManager language;
    setUpApp(&language, arg(args, QStringLiteral("--lang"), QStringLiteral("ky")));
    ClientContext ctx(&language);
    ctx.setStoreLocation(dir);
    const qint64 t0 = monoNs();
    QString error;
    if (!ctx.openStore(kServer, kUser, &error)) {
        qCritical("org: %s", qPrintable(error));
        return 1;
    }
    ctx.setSignIn(kServer, kUser, benchWhoami(), false);
    auto *screen = new Modules::OrgScreen(&ctx);
    screen->resize(1280, 800);
    auto *table = screen->findChild<DataTableView *>();
    PaintWaiter waiter(table->view()->viewport());
    screen->show();
    const bool painted = waiter.wait();
    const qint64 tPaint = monoNs();
    waiter.reset();
    qint64 s = monoNs();
    table->setSearchText(QStringLiteral("Department 999"));
    const qint64 searchNs = monoNs() - s;
    waiter.wait(120000);
    const int found = table->proxy()->rowCount();
    s = monoNs();
    table->setSearchText(QString());
    const qint64 clearNs = monoNs() - s;
    waiter.reset();
    s = monoNs();
    table->view()->sortByColumn(1, Qt::AscendingOrder); // kind: formatter (translated title)
    const qint64 sortKindNs = monoNs() - s;
    qint64 sortParentNs = -1;
    if (args.contains(QStringLiteral("--sort-parent"))) {
        s = monoNs();
        table->view()->sortByColumn(5, Qt::AscendingOrder); // parent unit: formatter = EntityTableModel::rowOf (linear)
        sortParentNs = monoNs() - s;
    }
    emitJson({{QStringLiteral("sort_parent_ms"), sortParentNs >= 0 ? ms(sortParentNs) : -1.0},{QStringLiteral("case"), QStringLiteral("org")},
              {QStringLiteral("rows"), table->proxy()->rowCount()},
              {QStringLiteral("painted"), painted},
              {QStringLiteral("open_to_paint_ms"), ms(tPaint - t0)},
              {QStringLiteral("search_ms"), ms(searchNs)},
              {QStringLiteral("search_found"), found},
              {QStringLiteral("search_clear_ms"), ms(clearNs)},
              {QStringLiteral("sort_kind_ms"), ms(sortKindNs)}});
    delete screen;
    return painted ? 0 : 1;
}

int caseRss(const QStringList &args)
{
    const QString dir = arg(args, QStringLiteral("--store-dir"));
    const qint64 rssStart = procStatusKb("VmRSS");
    LanguageManager language;
    setUpApp(&language, arg(args, QStringLiteral("--lang"), QStringLiteral("ky")));
    ClientContext ctx(&language);
    ctx.setStoreLocation(dir);
    QString error;
    if (!ctx.openStore(kServer, kUser, &error)) {
        qCritical("rss: %s", qPrintable(error));
        return 1;
    }
    ctx.setSignIn(kServer, kUser, benchWhoami(), false);
    MainWindow window(&ctx);
    window.resize(1366, 768);
    {
        PaintWaiter waiter(&window);
        window.show();
        waiter.wait();
    }
    QApplication::processEvents();
    const qint64 rssBase = procStatusKb("VmRSS");
    const qint64 hwmBase = procStatusKb("VmHWM");

    const qint64 t0 = monoNs();
    auto *model = new EntityTableModel(ctx.store(), kStudent, studentColumns(), &window);
    auto *table = new DataTableView;
    table->setModel(model);
    {
        PaintWaiter waiter(table->view()->viewport());
        window.tabs()->setCurrentIndex(window.tabs()->addTab(table, QStringLiteral("Студенттер")));
        waiter.wait();
    }
    const qint64 tShown = monoNs();
    QApplication::processEvents();
    const qint64 rssLoaded = procStatusKb("VmRSS");
    const qint64 hwmLoaded = procStatusKb("VmHWM");
    {
        PaintWaiter waiter(table->view()->viewport());
        table->view()->sortByColumn(1, Qt::AscendingOrder);
        waiter.wait();
    }
    table->setSearchText(QStringLiteral("Өмүр"));
    table->setSearchText(QString());
    QApplication::processEvents();
    const qint64 rssSorted = procStatusKb("VmRSS");
    const qint64 hwmSorted = procStatusKb("VmHWM");
    // Every module screen open as well (the heaviest realistic window).
    int opened = 0;
    for (const QString &code : window.navigator() ? ctx.modules() : QStringList()) {
        opened += window.openModule(code) ? 1 : 0;
    }
    QApplication::processEvents();
    emitJson({{QStringLiteral("case"), QStringLiteral("rss")},
              {QStringLiteral("rows"), model->rowCount()},
              {QStringLiteral("store_bytes"), QFileInfo(storePathIn(dir)).size()},
              {QStringLiteral("rss_start_kb"), rssStart},
              {QStringLiteral("rss_base_kb"), rssBase},
              {QStringLiteral("hwm_base_kb"), hwmBase},
              {QStringLiteral("load_show_ms"), ms(tShown - t0)},
              {QStringLiteral("rss_loaded_kb"), rssLoaded},
              {QStringLiteral("hwm_loaded_kb"), hwmLoaded},
              {QStringLiteral("rss_sorted_kb"), rssSorted},
              {QStringLiteral("hwm_sorted_kb"), hwmSorted},
              {QStringLiteral("modules_opened"), opened},
              {QStringLiteral("rss_all_modules_kb"), procStatusKb("VmRSS")},
              {QStringLiteral("hwm_all_modules_kb"), procStatusKb("VmHWM")}});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_mainMono = monoNs();
    g_mainWall = wallNs();
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("fill") || mode == QLatin1String("list-sql")) {
        QCoreApplication app(argc, argv);
        return mode == QLatin1String("fill") ? caseFill(app.arguments()) : caseListSql(app.arguments());
    }
    QApplication app(argc, argv);
    if (mode == QLatin1String("login")) {
        return caseLogin(app);
    }
    if (mode == QLatin1String("list")) {
        return caseList(app.arguments());
    }
    if (mode == QLatin1String("org")) {
        return caseOrg(app.arguments());
    }
    if (mode == QLatin1String("rss")) {
        return caseRss(app.arguments());
    }
    std::fprintf(stderr, "usage: ebilim-client-bench login|fill|list|list-sql|org|rss [options]\n");
    return 2;
}
