#include "approvalsscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/session.h"
#include "recordtablemodel.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

using Ui::RecordTableModel;

namespace {
QString stateTitle(const QString &state)
{
    if (state == QLatin1String("pending")) {
        return ApprovalsScreen::tr("Waiting");
    }
    if (state == QLatin1String("approved")) {
        return ApprovalsScreen::tr("Approved");
    }
    if (state == QLatin1String("rejected")) {
        return ApprovalsScreen::tr("Rejected");
    }
    return state;
}

QString localTime(const QCborMap &r, const QString &key)
{
    const QDateTime t = QDateTime::fromString(r.value(key).toString(), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ApprovalsScreen::ApprovalsScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new RecordTableModel(this);
    m_model->setColumns({
        {QStringLiteral("id"), [] { return tr("No."); }},
        {QStringLiteral("summary"), [] { return tr("Request"); }},
        {QStringLiteral("requestedByName"), [] { return tr("Requested by"); }},
        {QStringLiteral("requestedAt"), [] { return tr("Requested at"); },
         [](const QCborMap &r) -> QVariant { return localTime(r, QStringLiteral("requestedAt")); }},
        {QStringLiteral("state"), [] { return tr("State"); },
         [](const QCborMap &r) -> QVariant { return stateTitle(r.value(QStringLiteral("state")).toString()); }},
        {QStringLiteral("decidedByName"), [] { return tr("Decided by"); }},
        {QStringLiteral("decision"), [] { return tr("Comment"); }},
    });
    m_table = new Ui::DataTableView(this);
    m_table->setModel(m_model);
    m_table->view()->horizontalHeader()->resizeSection(0, 60);
    m_table->view()->horizontalHeader()->resizeSection(1, 380);
    m_stateLabel = new QLabel(this);
    m_state = new QComboBox(this);
    for (const char *s : {"pending", "approved", "rejected", ""}) {
        m_state->addItem(QString(), QString::fromLatin1(s));
    }
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_approve = new QPushButton(this);
    m_reject = new QPushButton(this);
    m_refresh = new QPushButton(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_stateLabel);
    bar->addWidget(m_state);
    bar->addSpacing(12);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ApprovalsScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsScreen::refresh);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsScreen::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsScreen::reject);
    connect(m_table, &Ui::DataTableView::currentChanged, this, &ApprovalsScreen::updateButtons);
    connect(m_context->session(), &Session::pushReceived, this, [this](const QString &event, const QCborMap &data) {
        if (event == QLatin1String("changed") && data.value(QStringLiteral("entity")).toString() == QLatin1String("change_request")) {
            refresh();
        }
    });
    retranslateUi();
    updateButtons();
    refresh();
}

qint64 ApprovalsScreen::currentId() const
{
    const QModelIndex i = m_table->currentSourceIndex();
    return i.isValid() ? m_model->record(i.row()).value(QStringLiteral("id")).toInteger() : 0;
}

void ApprovalsScreen::updateButtons()
{
    const bool decide = m_context->can(QStringLiteral("approvals.decide"));
    const QModelIndex i = m_table->currentSourceIndex();
    const bool pending = i.isValid() && m_model->record(i.row()).value(QStringLiteral("state")).toString() == QLatin1String("pending");
    m_approve->setVisible(decide);
    m_reject->setVisible(decide);
    m_approve->setEnabled(decide && pending);
    m_reject->setEnabled(decide && pending);
}

void ApprovalsScreen::refresh()
{
    QCborMap args;
    const QString state = m_state->currentData().toString();
    if (!state.isEmpty()) {
        args.insert(QStringLiteral("state"), state);
    }
    m_model->fillFrom(m_context->session()->call(QStringLiteral("approvals.list"), args), m_error, this, [this](bool ok, int) {
        if (ok) {
            updateButtons();
        }
        Q_EMIT loaded(ok);
    });
}

void ApprovalsScreen::approve()
{
    const qint64 id = currentId();
    if (!id || !Ui::Messages::confirm(this, tr("Approve request"), tr("Approve request no. %1? The change is applied at once.").arg(id),
                                      tr("Approve"))) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("approvals.approve"), {{QStringLiteral("id"), id}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Approve request"), Ui::ErrorText::describe(j->outcome()));
        }
        refresh();
    });
}

void ApprovalsScreen::reject()
{
    const qint64 id = currentId();
    QString reason;
    if (!id || !Ui::Messages::askText(this, tr("Reject request"), tr("Why is request no. %1 rejected?").arg(id), &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("approvals.reject"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Reject request"), Ui::ErrorText::describe(j->outcome()));
        }
        refresh();
    });
}

void ApprovalsScreen::retranslateUi()
{
    m_stateLabel->setText(tr("Show:"));
    m_state->setItemText(0, tr("Waiting"));
    m_state->setItemText(1, tr("Approved"));
    m_state->setItemText(2, tr("Rejected"));
    m_state->setItemText(3, tr("All"));
    m_approve->setText(tr("Approve…"));
    m_reject->setText(tr("Reject…"));
    m_refresh->setText(tr("Refresh"));
    m_table->setTitle(Ui::ModuleCatalog::title(QStringLiteral("approvals")));
    m_model->retranslate();
}

void ApprovalsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
