#include "mainwindow.h"

#include "cache/localstore.h"
#include "clientcontext.h"
#include "conflictsview.h"
#include "aboutdialog.h"
#include "languagemanager.h"
#include "modulecatalog.h"
#include "navigator.h"
#include "net/session.h"
#include "placeholderpage.h"
#include "sync/syncworker.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

namespace {
constexpr const char *CodeProperty = "ebilimModule";
constexpr int NotificationSourceRole = Qt::UserRole;     ///< the untranslated text (QT_TR_NOOP)
constexpr int NotificationIdRole = Qt::UserRole + 1;     ///< the record number for %1
constexpr int NotificationTimeRole = Qt::UserRole + 2;   ///< when it arrived
}

MainWindow::MainWindow(ClientContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator = new Navigator(this);
    m_navigator->setModules(m_context->modules());
    m_userCard = new QLabel(this);
    m_userCard->setWordWrap(true);
    m_userCard->setMargin(8);
    m_userCard->setTextFormat(Qt::RichText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_userCard);
    leftLayout->addWidget(m_navigator, 1);
    left->setMinimumWidth(200);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_home = createHome();
    m_tabs->addTab(m_home, QString());
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        if (QWidget *w = m_tabs->widget(i); w && w != m_home) {
            m_tabs->removeTab(i);
            w->deleteLater();
        }
    });

    m_split = new QSplitter(this);
    m_split->addWidget(left);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({250, 1100});
    m_split->setChildrenCollapsible(false);
    setCentralWidget(m_split);

    m_notifications = new QListWidget(this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setWordWrap(true);
    m_notificationsDock = new QDockWidget(this);
    m_notificationsDock->setObjectName(QStringLiteral("notifications"));
    m_notificationsDock->setWidget(m_notifications);
    m_notificationsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsDock);
    m_notificationsDock->hide();

    buildMenus();
    buildStatusBar();

    connect(m_navigator, &Navigator::moduleActivated, this, &MainWindow::openModule);
    connect(m_context->session(), &Session::stateChanged, this, &MainWindow::updateStatus);
    connect(m_context->session(), &Session::pushReceived, this, &MainWindow::onPush);
    connect(m_context, &ClientContext::onlineSignIn, this, [this] {
        m_navigator->setModules(m_context->modules());
        rebuildHome();
        updateUserCard();
        updateStatus();
    });
    attachStore();
    retranslateUi();
    resize(1280, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachStore()
{
    if (LocalStore *store = m_context->store()) {
        connect(store, &LocalStore::outboxChanged, this, &MainWindow::updateStatus);
        connect(store, &LocalStore::conflictsChanged, this, &MainWindow::updateStatus);
    }
    if (SyncWorker *sync = m_context->sync()) {
        connect(sync, &SyncWorker::syncingChanged, this, &MainWindow::updateStatus);
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_signOut = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_closeTab = m_fileMenu->addAction(QString(), this, [this] {
        const int i = m_tabs->currentIndex();
        if (i > 0) {
            Q_EMIT m_tabs->tabCloseRequested(i);
        }
    });
    m_closeTab->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const QString &code : LanguageManager::codes()) {
        QAction *a = m_languageMenu->addAction(LanguageManager::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == m_context->language()->language());
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { m_context->language()->setLanguage(a->data().toString()); });
    m_notificationsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showNotifications);
    m_conflictsAction = m_viewMenu->addAction(QString(), this, [this] { openModule(QStringLiteral("conflicts")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingCount"));
    m_conflictsButton = new QToolButton(this);
    m_conflictsButton->setAutoRaise(true);
    connect(m_conflictsButton, &QToolButton::clicked, this, [this] { openModule(QStringLiteral("conflicts")); });
    m_notificationsButton = new QToolButton(this);
    m_notificationsButton->setAutoRaise(true);
    connect(m_notificationsButton, &QToolButton::clicked, this, &MainWindow::showNotifications);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_conflictsButton);
    statusBar()->addPermanentWidget(m_notificationsButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

QWidget *MainWindow::openModule(const QString &code)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(CodeProperty).toString() == code) {
            m_tabs->setCurrentIndex(i);
            m_navigator->selectCode(code);
            return m_tabs->widget(i);
        }
    }
    QWidget *page = nullptr;
    if (code == QLatin1String("conflicts")) {
        page = new ConflictsView(m_context->store(), m_tabs);
    } else if (const ScreenRegistry::Factory f = ScreenRegistry::find(code)) {
        page = f(m_context, m_tabs);
    }
    if (!page) {
        page = new PlaceholderPage(code, m_tabs);
    }
    page->setProperty(CodeProperty, code);
    const QString title = ModuleCatalog::title(code);
    const int i = m_tabs->addTab(page, ModuleCatalog::icon(code), title);
    m_tabs->setCurrentIndex(i);
    m_navigator->selectCode(code);
    return page;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::showNotifications()
{
    m_notificationsDock->show();
    m_notificationsDock->raise();
    m_unread = 0;
    updateStatus();
}

int MainWindow::notificationCount() const
{
    return m_notifications->count();
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::pendingText() const
{
    return m_pendingLabel->text();
}

void MainWindow::onPush(const QString &event, const QCborMap &data)
{
    if (event != QLatin1String("changed")) {
        return;
    }
    const QString entity = data.value(QStringLiteral("entity")).toString();
    const qint64 id = data.value(QStringLiteral("id")).toInteger();
    // what changed, in words (%1: the record's number where it means something to people)
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("unit"), QT_TR_NOOP("The institution structure was changed (unit %1).")},
        {QStringLiteral("change_request"), QT_TR_NOOP("An approval request was created or decided (no. %1).")},
        {QStringLiteral("profile"), QT_TR_NOOP("A user profile was changed.")},
        {QStringLiteral("user"), QT_TR_NOOP("A user account was changed.")},
        {QStringLiteral("student"), QT_TR_NOOP("A student's card was changed.")},
        {QStringLiteral("group"), QT_TR_NOOP("A group was changed.")},
        {QStringLiteral("student_order"), QT_TR_NOOP("A student order was saved, signed or cancelled.")},
        {QStringLiteral("employee"), QT_TR_NOOP("An employee's card was changed.")},
        {QStringLiteral("staff_order"), QT_TR_NOOP("A staff order was saved, signed or cancelled.")},
        {QStringLiteral("document"), QT_TR_NOOP("A document was issued or revoked.")},
    };
    const auto text = texts.constFind(entity);
    auto *item = new QListWidgetItem;
    item->setData(NotificationSourceRole,
                  QByteArray(text == texts.constEnd() ? QT_TR_NOOP("Data was changed on the server.") : text.value()));
    item->setData(NotificationIdRole, id);
    item->setData(NotificationTimeRole, QTime::currentTime());
    item->setText(notificationText(item));
    m_notifications->insertItem(0, item);
    while (m_notifications->count() > 200) {
        delete m_notifications->takeItem(m_notifications->count() - 1);
    }
    if (!m_notificationsDock->isVisible()) {
        ++m_unread;
    }
    m_statusNotification = notificationText(item, false);
    statusBar()->showMessage(m_statusNotification, 6000);
    updateStatus();
}

QString MainWindow::notificationText(const QListWidgetItem *item, bool withTime)
{
    QString what = tr(item->data(NotificationSourceRole).toByteArray().constData());
    if (what.contains(QLatin1String("%1"))) {
        what = what.arg(item->data(NotificationIdRole).toLongLong());
    }
    if (!withTime) {
        return what;
    }
    return QStringLiteral("%1  %2").arg(QLocale().toString(item->data(NotificationTimeRole).toTime(), QLocale::ShortFormat), what);
}

void MainWindow::updateStatus()
{
    const bool online = m_context->session()->state() == Session::State::LoggedIn;
    const bool syncing = online && m_context->sync() && m_context->sync()->isSyncing();
    m_connection = syncing ? Connection::Syncing : (online ? Connection::Online : Connection::Offline);
    QString text;
    QString colour;
    switch (m_connection) {
    case Connection::Online:
        //: Status bar: connected to the server
        text = tr("Online");
        colour = QStringLiteral("#2e7d32");
        break;
    case Connection::Syncing:
        //: Status bar: sending queued edits to the server
        text = tr("Synchronizing");
        colour = QStringLiteral("#1565c0");
        break;
    case Connection::Offline:
        //: Status bar: no connection; edits are kept on this computer
        text = tr("Offline");
        colour = QStringLiteral("#b26a00");
        break;
    }
    m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text));
    m_connectionLabel->setToolTip(online ? tr("Connected to %1").arg(m_context->server())
                                         : tr("Not connected. Your edits are saved on this computer and sent when the "
                                              "connection is back."));
    const LocalStore *store = m_context->store();
    const int pending = store ? store->pendingCount() : 0;
    const int conflicts = store ? store->conflictCount() : 0;
    m_pendingLabel->setText(tr("Pending changes: %1").arg(pending));
    m_pendingLabel->setToolTip(tr("Edits saved on this computer and not yet accepted by the server"));
    m_conflictsButton->setText(tr("Conflicts: %1").arg(conflicts));
    m_conflictsButton->setToolTip(tr("Open the conflicts view"));
    QFont f = m_conflictsButton->font();
    f.setBold(conflicts > 0);
    m_conflictsButton->setFont(f);
    m_notificationsButton->setText(m_unread > 0 ? tr("Notifications (%1)").arg(m_unread) : tr("Notifications"));
}

void MainWindow::updateUserCard()
{
    QStringList roles;
    for (const QString &r : m_context->roles()) {
        roles << ModuleCatalog::roleTitle(r).toHtmlEscaped();
    }
    m_userCard->setText(QStringLiteral("<b>%1</b><br><small>%2</small>")
                            .arg(m_context->fullName().toHtmlEscaped(), roles.join(QStringLiteral(", "))));
}

QWidget *MainWindow::createHome()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setProperty(CodeProperty, QStringLiteral("home"));
    m_home = scroll;
    rebuildHome();
    return scroll;
}

void MainWindow::rebuildHome()
{
    auto *scroll = qobject_cast<QScrollArea *>(m_home);
    if (!scroll) {
        return;
    }
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *welcome = new QLabel(page);
    welcome->setObjectName(QStringLiteral("welcome"));
    QFont wf = welcome->font();
    wf.setPointSizeF(wf.pointSizeF() * 1.5);
    wf.setBold(true);
    welcome->setFont(wf);
    welcome->setText(tr("Welcome, %1").arg(m_context->fullName()));
    auto *hint = new QLabel(page);
    hint->setWordWrap(true);
    hint->setText(m_context->isOfflineSignIn()
                      ? tr("You are working offline. Lists show the data saved on this computer; your changes are "
                           "kept and sent to the server when the connection is back.")
                      : tr("Choose a workspace on the left or below. Every list can be searched, sorted, filtered, "
                           "exported and printed."));
    layout->addWidget(welcome);
    layout->addWidget(hint);
    layout->addSpacing(12);
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    QStringList codes = m_context->modules();
    codes << QStringLiteral("profile");
    int n = 0;
    for (const QString &code : codes) {
        auto *b = new QToolButton(page);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIcon(ModuleCatalog::icon(code));
        b->setIconSize(QSize(32, 32));
        b->setText(ModuleCatalog::title(code) + QLatin1Char('\n') + ModuleCatalog::description(code));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumHeight(56);
        b->setAutoRaise(false);
        connect(b, &QToolButton::clicked, this, [this, code] { openModule(code); });
        grid->addWidget(b, n / 2, n % 2);
        ++n;
    }
    layout->addLayout(grid);
    layout->addStretch(1);
    scroll->setWidget(page);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("eBilim — %1").arg(m_context->fullName()));
    m_fileMenu->setTitle(tr("&File"));
    m_signOut->setText(tr("Sign &out"));
    m_closeTab->setText(tr("&Close tab"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_notificationsAction->setText(tr("&Notifications"));
    m_conflictsAction->setText(tr("&Conflicts"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About eBilim"));
    m_notificationsDock->setWindowTitle(tr("Notifications"));
    for (QAction *a : m_languages->actions()) {
        a->setChecked(a->data().toString() == m_context->language()->language());
    }
    m_tabs->setTabText(m_tabs->indexOf(m_home), tr("Start"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString code = m_tabs->widget(i)->property(CodeProperty).toString();
        if (code != QLatin1String("home")) {
            m_tabs->setTabText(i, ModuleCatalog::title(code));
            m_tabs->setTabIcon(i, ModuleCatalog::icon(code));
        }
    }
    for (int i = 0; i < m_notifications->count(); ++i) {
        QListWidgetItem *item = m_notifications->item(i);
        item->setText(notificationText(item));
    }
    if (!m_statusNotification.isEmpty() && statusBar()->currentMessage() == m_statusNotification) {
        m_statusNotification = notificationText(m_notifications->item(0), false);
        statusBar()->showMessage(m_statusNotification, 6000);
    }
    rebuildHome();
    updateUserCard();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

} // namespace Ebilim::Client::Ui
