#include "auditscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/session.h"
#include "recordtablemodel.h"

#include <QCborArray>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {
constexpr int PageSize = 200;
}

AuditScreen::AuditScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new Ui::RecordTableModel(this);
    m_model->setColumns({
        {QStringLiteral("id"), [] { return tr("No."); }},
        {QStringLiteral("at"), [] { return tr("Time"); },
         [](const QCborMap &r) -> QVariant {
             const QDateTime t = QDateTime::fromString(r.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
             return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
         }},
        {QStringLiteral("username"), [] { return tr("User"); }},
        {QStringLiteral("op"), [] { return tr("Action"); }},
        {QStringLiteral("entity"), [] { return tr("Record type"); }},
        {QStringLiteral("entityId"), [] { return tr("Record"); }},
        {QStringLiteral("peer"), [] { return tr("Computer"); }},
    });
    m_table = new Ui::DataTableView(this);
    m_table->setModel(m_model);
    m_table->view()->horizontalHeader()->resizeSection(0, 70);
    m_table->view()->horizontalHeader()->resizeSection(1, 160);
    m_table->view()->horizontalHeader()->resizeSection(3, 200);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_refresh = new QPushButton(this);
    m_older = new QPushButton(this);
    m_verify = new QPushButton(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_older);
    bar->addStretch(1);
    bar->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_refresh, &QPushButton::clicked, this, &AuditScreen::refresh);
    connect(m_older, &QPushButton::clicked, this, &AuditScreen::loadOlder);
    connect(m_verify, &QPushButton::clicked, this, &AuditScreen::verify);
    retranslateUi();
    refresh();
}

void AuditScreen::refresh()
{
    m_model->setRecords({});
    load(0);
}

void AuditScreen::loadOlder()
{
    qint64 oldest = 0;
    for (const QCborMap &r : m_model->records()) {
        const qint64 id = r.value(QStringLiteral("id")).toInteger();
        oldest = oldest == 0 ? id : qMin(oldest, id);
    }
    if (oldest > 1) {
        load(oldest);
    }
}

void AuditScreen::load(qint64 beforeId)
{
    QCborMap args{{QStringLiteral("limit"), PageSize}};
    if (beforeId > 0) {
        args.insert(QStringLiteral("beforeId"), beforeId);
    }
    m_model->fillFrom(
        m_context->session()->call(QStringLiteral("audit.list"), args), m_error, this,
        [this](bool ok, int received) {
            if (ok) {
                m_older->setEnabled(received >= PageSize);
            }
            Q_EMIT loaded(ok);
        },
        Ui::RecordTableModel::Fill::Append);
}

void AuditScreen::verify()
{
    Job *job = m_context->session()->call(QStringLiteral("audit.verify"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Check the log"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        const QCborMap r = j->result().toMap();
        if (r.value(QStringLiteral("ok")).toBool()) {
            Ui::Messages::information(this, tr("Check the log"),
                                      tr("The log is intact: %n record(s) checked.", nullptr,
                                         int(r.value(QStringLiteral("records")).toInteger())));
        } else {
            Ui::Messages::warning(this, tr("Check the log"),
                                  tr("The log was tampered with, starting at record no. %1. Tell the system "
                                     "administrator at once.")
                                      .arg(r.value(QStringLiteral("firstBadId")).toInteger()));
        }
    });
}

void AuditScreen::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_older->setText(tr("Load older"));
    m_verify->setText(tr("Check the log"));
    m_verify->setToolTip(tr("Checks that no record of the log was changed or deleted"));
    m_verify->setVisible(m_context->can(QStringLiteral("audit.read")));
    m_table->setTitle(Ui::ModuleCatalog::title(QStringLiteral("audit")));
    m_model->retranslate();
}

void AuditScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
