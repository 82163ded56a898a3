#pragma once

namespace Ebilim::Server {

// Each module adds its handlers to the one table (dispatch/opcontext.h). The server,
// the console and the tests call registerAllModules() once at start-up.
void registerCoreModule();
void registerOrgModule();
void registerApprovalsModule();
void registerAuditModule();
void registerAdminModule();
void registerStudentHrModule();
void registerDocumentsModule();
void registerStaffHrModule();
void registerRefModule();

void registerAllModules();

} // namespace Ebilim::Server
