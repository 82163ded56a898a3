#include "orgscreen.h"

#include "cache/localstore.h"
#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "models/entitymodel.h"
#include "modulecatalog.h"
#include "net/session.h"
#include "recordform.h"
#include "sync/syncworker.h"
#include "tableproxymodel.h"
#include "unitdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

using Ui::ModuleCatalog;

namespace {
enum Col { Code, Kind, NameKy, NameRu, NameEn, Parent };

QList<EntityTableModel::Column> columns()
{
    return {{QStringLiteral("code"), OrgScreen::tr("Code")},
            {QStringLiteral("kind"), OrgScreen::tr("Kind")},
            {QStringLiteral("nameKy"), OrgScreen::tr("Name in Kyrgyz")},
            {QStringLiteral("nameRu"), OrgScreen::tr("Name in Russian")},
            {QStringLiteral("nameEn"), OrgScreen::tr("Name in English")},
            {QStringLiteral("parentId"), OrgScreen::tr("Parent unit")}};
}
} // namespace

OrgScreen::OrgScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_new = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_refresh = new QPushButton(this);
    m_table = new Ui::DataTableView(this);
    if (LocalStore *store = m_context->store()) {
        m_model = new EntityTableModel(store, QStringLiteral("unit"), columns(), this);
        m_table->setModel(m_model);
    }
    m_table->proxy()->setFormatter(Kind, [](const QVariant &v) { return ModuleCatalog::unitKindTitle(v.toString()); });
    m_table->proxy()->setFormatter(Parent, [this](const QVariant &v) {
        const qint64 id = v.toLongLong();
        if (id == 0 || !m_model) {
            return QString();
        }
        const int row = m_model->rowOf(id);
        return row < 0 ? QString::number(id) : m_model->rowData(row).value(QStringLiteral("code")).toString();
    });
    m_table->view()->horizontalHeader()->resizeSection(Code, 110);
    m_table->view()->horizontalHeader()->resizeSection(Kind, 110);
    m_table->view()->horizontalHeader()->resizeSection(NameKy, 300);
    m_table->view()->horizontalHeader()->resizeSection(NameRu, 300);
    m_table->setColumnVisible(NameEn, false);
    m_table->view()->sortByColumn(Code, Qt::AscendingOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &OrgScreen::createUnit);
    connect(m_edit, &QPushButton::clicked, this, &OrgScreen::editUnit);
    connect(m_delete, &QPushButton::clicked, this, &OrgScreen::deleteUnit);
    connect(m_refresh, &QPushButton::clicked, this, &OrgScreen::refresh);
    connect(m_table, &Ui::DataTableView::activated, this, [this] {
        if (m_context->can(QStringLiteral("org.write"))) {
            editUnit();
        }
    });
    connect(m_table, &Ui::DataTableView::currentChanged, this, &OrgScreen::updateButtons);
    retranslateUi();
    updateButtons();
    refresh();
}

QList<QCborMap> OrgScreen::allUnits() const
{
    QList<QCborMap> out;
    for (int r = 0; m_model && r < m_model->rowCount(); ++r) {
        out << m_model->rowData(r);
    }
    return out;
}

void OrgScreen::refresh()
{
    if (m_context->sync()) {
        m_context->sync()->refresh(QStringLiteral("unit"));
    }
}

void OrgScreen::updateButtons()
{
    const bool write = m_context->can(QStringLiteral("org.write")) && m_model;
    const bool selected = m_table->currentSourceIndex().isValid();
    m_new->setEnabled(write);
    m_edit->setEnabled(write && selected);
    m_delete->setEnabled(write && selected);
    m_new->setVisible(write);
    m_edit->setVisible(write);
    m_delete->setVisible(write);
}

bool OrgScreen::saveUnit(const QCborMap &args, const QCborMap &localRow)
{
    LocalStore *store = m_context->store();
    if (!store) {
        return false;
    }
    qint64 id = args.value(QStringLiteral("id")).toInteger();
    QCborMap row = localRow;
    if (id == 0) {
        id = store->newTemporaryId();
        row.insert(QStringLiteral("id"), id);
    }
    return store->enqueueEdit(QStringLiteral("org.units.save"), args, QStringLiteral("unit"), id, row) >= 0;
}

void OrgScreen::createUnit()
{
    UnitDialog dialog({}, allUnits(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!saveUnit(dialog.arguments(), dialog.localRow())) {
        Ui::Messages::warning(this, tr("New unit"), tr("The change could not be saved on this computer."));
    }
}

void OrgScreen::editUnit()
{
    const QModelIndex i = m_table->currentSourceIndex();
    if (!i.isValid() || !m_model) {
        return;
    }
    const QCborMap unit = m_model->rowData(i.row());
    UnitDialog dialog(unit, allUnits(), this);
    if (i.data(EntityTableModel::FailedRole).toBool()) {
        const QString code = i.data(EntityTableModel::ErrorRole).toString().section(QLatin1Char(':'), 0, 0);
        dialog.form()->setMessage(Ui::ErrorText::describe(code), Ui::RecordForm::MessageKind::Error);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!saveUnit(dialog.arguments(), dialog.localRow())) {
        Ui::Messages::warning(this, tr("Edit unit"), tr("The change could not be saved on this computer."));
    }
}

void OrgScreen::deleteUnit()
{
    const QModelIndex i = m_table->currentSourceIndex();
    if (!i.isValid() || !m_model) {
        return;
    }
    const QCborMap unit = m_model->rowData(i.row());
    const qint64 id = unit.value(QStringLiteral("id")).toInteger();
    if (id <= 0) {
        Ui::Messages::information(this, tr("Delete unit"), tr("This unit has not reached the server yet."));
        return;
    }
    QString reason;
    if (!Ui::Messages::askText(this, tr("Delete unit"),
                               tr("Deleting \"%1 — %2\" needs the approval of the vice-rector for academic affairs. "
                                  "Why should it be deleted?")
                                   .arg(unit.value(QStringLiteral("code")).toString(), unit.value(QStringLiteral("nameKy")).toString()),
                               &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("org.units.delete"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Delete unit"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        const qint64 request = j->result().toMap().value(QStringLiteral("requestId")).toInteger();
        Ui::Messages::information(this, tr("Delete unit"),
                                  tr("Request no. %1 to delete the unit was sent to the vice-rector for approval. "
                                     "The unit stays until it is approved.")
                                      .arg(request));
    });
}

void OrgScreen::retranslateUi()
{
    m_info->setText(tr("Faculties, colleges, departments and offices. Changes are saved on this computer first and "
                       "sent to the server; they work offline too."));
    m_new->setText(tr("New unit…"));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete…"));
    m_refresh->setText(tr("Refresh"));
    m_table->setTitle(ModuleCatalog::title(QStringLiteral("org")));
    if (m_model) {
        m_model->setColumns(columns());
    }
}

void OrgScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
