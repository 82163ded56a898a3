#include "modules.h"

#include "admin/usersscreen.h"
#include "approvals/approvalsscreen.h"
#include "audit/auditscreen.h"
#include "documents/documentsscreen.h"
#include "modulecatalog.h"
#include "org/orgscreen.h"
#include "profile/profilescreen.h"
#include "staffhr/staffhrscreen.h"
#include "studenthr/mycardscreen.h"
#include "studenthr/studenthrscreen.h"

namespace Ebilim::Client::Modules {

void registerClientModules()
{
    using Ui::ClientContext;
    using Ui::ScreenRegistry;
    ScreenRegistry::add(QStringLiteral("org"), [](ClientContext *c, QWidget *p) -> QWidget * { return new OrgScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("profile"), [](ClientContext *c, QWidget *p) -> QWidget * { return new ProfileScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("approvals"), [](ClientContext *c, QWidget *p) -> QWidget * { return new ApprovalsScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("audit"), [](ClientContext *c, QWidget *p) -> QWidget * { return new AuditScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("documents"), [](ClientContext *c, QWidget *p) -> QWidget * { return new DocumentsScreen(c, p); });
    // The student's and the parent's cabinets start with the own (children's) card.
    ScreenRegistry::add(QStringLiteral("student"), [](ClientContext *c, QWidget *p) -> QWidget * { return new MyCardScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("parent"), [](ClientContext *c, QWidget *p) -> QWidget * { return new MyCardScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("studenthr"), [](ClientContext *c, QWidget *p) -> QWidget * { return new StudentHrScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("staffhr"), [](ClientContext *c, QWidget *p) -> QWidget * { return new StaffHrScreen(c, p); });
    ScreenRegistry::add(QStringLiteral("admin"), [](ClientContext *c, QWidget *p) -> QWidget * { return new UsersScreen(c, p); });
}

} // namespace Ebilim::Client::Modules
