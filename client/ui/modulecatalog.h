#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

#include <functional>

class QWidget;

namespace Ebilim::Client::Ui {

class ClientContext;

/**
 * What the workstation knows about each navigator module code the server may send
 * (PROTOCOL.md, Roles): its translated title, a short description and an icon, and
 * role titles. Names follow the regulation's Kyrgyz terms.
 */
class ModuleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Ebilim::Client::Ui::ModuleCatalog)

public:
    /// Every module code, in navigator order.
    static QStringList codes();
    static QString title(const QString &code);
    static QString description(const QString &code);
    static QIcon icon(const QString &code);
    /// Title of a role (sysadmin, vicerector, dean …).
    static QString roleTitle(const QString &role);
    /// Title of an org unit kind (university, faculty, college …).
    static QString unitKindTitle(const QString &kind);
};

/**
 * Screens by module code. Modules register a factory (client/modules/modules.cpp); the
 * main window asks for one when the user opens a module, and shows a "coming in a later
 * release" page for codes without a screen.
 */
class ScreenRegistry
{
public:
    using Factory = std::function<QWidget *(ClientContext *context, QWidget *parent)>;
    static void add(const QString &code, const Factory &factory);
    static Factory find(const QString &code);
    static bool has(const QString &code);
};

} // namespace Ebilim::Client::Ui
