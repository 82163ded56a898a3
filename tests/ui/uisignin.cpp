#include "uisignin.h"

#include "clientcontext.h"
#include "logindialog.h"

#include <QDebug>
#include <QTest>

namespace Ebilim::Test {

bool signInThroughDialog(Client::Ui::ClientContext *ctx, const QString &server, const QString &user, const QString &password)
{
    Client::Ui::LoginDialog dialog(ctx);
    dialog.setServer(server);
    dialog.setUser(user);
    dialog.setPassword(password);
    dialog.setTrustPrompt([](const QString &, quint16, const QString &) { return false; });
    dialog.submit();
    if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || !dialog.statusText().endsWith(QStringLiteral("…")); }, 30000)) {
        qWarning() << "sign-in timed out";
        return false;
    }
    (void)QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted; }, 5000);
    if (dialog.result() != QDialog::Accepted) {
        qWarning() << "sign-in failed:" << dialog.statusText();
        return false;
    }
    return ctx->isSignedIn();
}

} // namespace Ebilim::Test
