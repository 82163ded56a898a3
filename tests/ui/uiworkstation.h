#pragma once

#include "serverfixture.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class LanguageManager;
class MainWindow;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Test {

/**
 * The real workstation against the real server for UI tests: a private home (settings,
 * stores), Fusion style, every module screen registered, Kyrgyz first, an in-process server
 * on a demo university, its certificate trusted, one user signed in through the login dialog
 * and the main window shown at 1366×768.
 */
class UiWorkstation
{
public:
    UiWorkstation();
    ~UiWorkstation();

    /// Empty on success, else what failed. @p screenshots: the folder for shoot().
    QString start(const QString &user, const QString &password, int students, const QString &screenshots);
    void stop();
    /// Writes @p w as <screenshots>/@p name.png after pending events (and a chart's late repaint).
    bool shoot(QWidget *w, const QString &name) const;
    QString serverAddress() const;

    ServerFixture fx;
    QTemporaryDir home;
    QString shots;
    Client::Ui::LanguageManager *lang = nullptr;
    std::unique_ptr<Client::Ui::ClientContext> ctx;
    std::unique_ptr<Client::Ui::MainWindow> window;
};

} // namespace Ebilim::Test
