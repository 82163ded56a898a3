#include "aboutdialog.h"

#include "clientcontext.h"
#include "messages.h"
#include "net/session.h"
#include "protocol/registry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

AboutDialog::AboutDialog(ClientContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    setMinimumWidth(460);
    retranslateUi();
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About eBilim"));
    m_close->setText(Messages::closeText());
    const Session *s = m_context->session();
    const QString server = s->host().isEmpty() ? tr("not connected") : QStringLiteral("%1:%2").arg(s->host()).arg(s->port());
    const QString serverVersion = s->serverInfo().value(QStringLiteral("version")).toString();
    m_text->setText(tr("<h2>eBilim %1</h2>"
                       "<p>Information system of the university: students, staff, curricula, teaching load, "
                       "grade sheets, timetable, cashier, admissions — entered once, used everywhere.</p>"
                       "<p>Protocol %2.%3. Qt %4.</p>"
                       "<p>Server: %5 %6<br>Certificate (SHA-256): <small>%7</small></p>"
                       "<p>Licence: see the LICENSE file shipped with the program.</p>")
                        .arg(QStringLiteral(EBILIM_CLIENT_VERSION))
                        .arg(Protocol::ProtocolMajor)
                        .arg(Protocol::ProtocolMinor)
                        .arg(QString::fromLatin1(qVersion()))
                        .arg(server.toHtmlEscaped(), serverVersion.toHtmlEscaped(), s->pinnedFingerprint().toHtmlEscaped()));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Ui
