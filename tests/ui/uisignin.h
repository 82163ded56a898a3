#pragma once

#include <QString>

namespace Ebilim::Client::Ui {
class ClientContext;
}

namespace Ebilim::Test {

/// Signs @p user in through the real LoginDialog (server "host:port", no trust prompt: the
/// server must be trusted already); true when the context is signed in.
bool signInThroughDialog(Client::Ui::ClientContext *ctx, const QString &server, const QString &user, const QString &password);

} // namespace Ebilim::Test
