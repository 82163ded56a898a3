#pragma once

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace Ebilim::Client::Ui {

class ClientContext;
class Navigator;

/**
 * The workstation's main window: the navigator of the modules the user's roles allow, a
 * tabbed work area, a status bar with online / offline / syncing and the number of pending
 * and conflicted edits, a notification list fed by server pushes, the conflicts view,
 * language switching at run time and the about dialog.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Connection { Offline, Online, Syncing };

    explicit MainWindow(ClientContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Navigator *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    Connection connectionState() const { return m_connection; }
    /// The texts in the status bar (tests).
    QString connectionText() const;
    QString pendingText() const;
    int notificationCount() const;

public Q_SLOTS:
    /// Opens (or focuses) the tab of module @p code.
    QWidget *openModule(const QString &code);
    void showAbout();
    void showNotifications();

Q_SIGNALS:
    /// The user chose Sign out.
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void retranslateUi();
    void updateStatus();
    void updateUserCard();
    void onPush(const QString &event, const QCborMap &data);
    /// A change notification's text in the current language (from the item's source text and
    /// record number; with the time it came for the list), so the list and the status bar
    /// follow a change of language.
    static QString notificationText(const QListWidgetItem *item, bool withTime = true);
    void attachStore();
    QWidget *createHome();
    void rebuildHome();

    ClientContext *m_context;
    Navigator *m_navigator = nullptr;
    QLabel *m_userCard = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_home = nullptr;
    QSplitter *m_split = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_closeTab = nullptr;
    QActionGroup *m_languages = nullptr;

    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QToolButton *m_conflictsButton = nullptr;
    QToolButton *m_notificationsButton = nullptr;
    QDockWidget *m_notificationsDock = nullptr;
    QListWidget *m_notifications = nullptr;
    QString m_statusNotification; ///< the notification the status bar shows, as shown
    int m_unread = 0;
    Connection m_connection = Connection::Offline;
};

} // namespace Ebilim::Client::Ui
