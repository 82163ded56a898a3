#include "usersscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/session.h"
#include "recordtablemodel.h"

#include <QCborArray>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

UsersScreen::UsersScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new Ui::RecordTableModel(this);
    m_model->setColumns({
        {QStringLiteral("username"), [] { return tr("User name"); }},
        {QStringLiteral("fullName"), [] { return tr("Full name"); }},
        {QStringLiteral("roles"), [] { return tr("Roles"); },
         [](const QCborMap &r) -> QVariant {
             QStringList out;
             for (const QCborValue &g : r.value(QStringLiteral("roles")).toArray()) {
                 out << Ui::ModuleCatalog::roleTitle(g.toMap().value(QStringLiteral("role")).toString());
             }
             return out.join(QStringLiteral(", "));
         }},
        {QStringLiteral("disabled"), [] { return tr("State"); },
         [](const QCborMap &r) -> QVariant {
             return r.value(QStringLiteral("disabled")).toBool() ? tr("Disabled") : tr("Active");
         }},
    });
    m_table = new Ui::DataTableView(this);
    m_table->setModel(m_model);
    m_table->view()->horizontalHeader()->resizeSection(0, 160);
    m_table->view()->horizontalHeader()->resizeSection(1, 280);
    m_table->view()->horizontalHeader()->resizeSection(2, 320);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_toggle = new QPushButton(this);
    m_refresh = new QPushButton(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toggle);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &UsersScreen::refresh);
    connect(m_toggle, &QPushButton::clicked, this, &UsersScreen::toggleDisabled);
    connect(m_table, &Ui::DataTableView::currentChanged, this, &UsersScreen::updateButtons);
    retranslateUi();
    refresh();
}

void UsersScreen::refresh()
{
    m_model->fillFrom(m_context->session()->call(QStringLiteral("users.list")), m_error, this, [this](bool ok, int) {
        if (ok) {
            updateButtons();
        }
        Q_EMIT loaded(ok);
    });
}

void UsersScreen::updateButtons()
{
    const QModelIndex i = m_table->currentSourceIndex();
    m_toggle->setEnabled(i.isValid());
    const bool disabled = i.isValid() && m_model->record(i.row()).value(QStringLiteral("disabled")).toBool();
    m_toggle->setText(disabled ? tr("Enable account") : tr("Disable account"));
}

void UsersScreen::toggleDisabled()
{
    const QModelIndex i = m_table->currentSourceIndex();
    if (!i.isValid()) {
        return;
    }
    const QCborMap u = m_model->record(i.row());
    const bool disable = !u.value(QStringLiteral("disabled")).toBool();
    if (disable
        && !Ui::Messages::confirm(this, tr("Disable account"),
                                  tr("Disable the account of %1? All their sessions end at once.").arg(u.value(QStringLiteral("fullName")).toString()),
                                  tr("Disable account"))) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("users.setDisabled"),
                                          {{QStringLiteral("id"), u.value(QStringLiteral("id"))}, {QStringLiteral("disabled"), disable}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Users"), Ui::ErrorText::describe(j->outcome()));
        }
        refresh();
    });
}

void UsersScreen::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_table->setTitle(tr("Users"));
    m_model->retranslate();
    updateButtons();
}

void UsersScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
