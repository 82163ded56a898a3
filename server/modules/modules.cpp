#include "modules.h"

namespace Ebilim::Server {

void registerAllModules()
{
    static bool done = false;
    if (done) {
        return;
    }
    done = true;
    registerCoreModule();
    registerOrgModule();
    registerApprovalsModule();
    registerAuditModule();
    registerAdminModule();
    registerStudentHrModule();
    registerDocumentsModule();
    registerStaffHrModule();
    registerRefModule();
}

} // namespace Ebilim::Server
