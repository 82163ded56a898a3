#pragma once

#include <QStringList>

namespace Ebilim::Server {

/// `ebilim-admin`: the administrator's server console. Returns the process exit code.
int runConsole(const QStringList &arguments);

} // namespace Ebilim::Server
