#include "staffhrscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "documentactions.h"
#include "employeedialog.h"
#include "errortext.h"
#include "languagemanager.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/job.h"
#include "net/session.h"
#include "recordtablemodel.h"
#include "staffhrorderdialog.h"
#include "staffterms.h"
#include "studenthr/studyterms.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCborArray>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {
const QStringList kReportKinds{QStringLiteral("unit"), QStringLiteral("degree"), QStringLiteral("title"), QStringLiteral("age"),
                               QStringLiteral("onLeave")};

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setVisible(false);
    return l;
}

} // namespace

StaffHrScreen::StaffHrScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("staffHrScreen"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildEmployeesTab(), QString());
    m_tabs->addTab(buildOrdersTab(), QString());
    m_tabs->addTab(buildReportsTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
    refreshEmployees();
    refreshOrders();
    loadUnits();
}

QWidget *StaffHrScreen::buildEmployeesTab()
{
    auto *page = new QWidget(this);
    m_employees = new Ui::RecordTableModel(this);
    m_employees->setColumns({
        {QStringLiteral("lastName"), [] { return tr("Last name"); }},
        {QStringLiteral("firstName"), [] { return tr("First name"); }},
        {QStringLiteral("patronymic"), [] { return tr("Patronymic"); }},
        {QStringLiteral("birthDate"), [] { return tr("Date of birth"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("birthDate")).toString()); }},
        {QStringLiteral("pin"), [] { return tr("PIN"); }},
        {QStringLiteral("positions"), [] { return tr("Positions"); }},
        {QStringLiteral("rate"), [] { return tr("Rate"); },
         [](const QCborMap &r) -> QVariant { return r.value(QStringLiteral("rate")).toDouble(); }},
        {QStringLiteral("degree"), [] { return tr("Degree"); },
         [](const QCborMap &r) -> QVariant {
             const QString d = r.value(QStringLiteral("degree")).toString();
             return d.isEmpty() ? QString() : StaffTerms::degree(d);
         }},
        {QStringLiteral("title"), [] { return tr("Academic title"); },
         [](const QCborMap &r) -> QVariant {
             const QString t = r.value(QStringLiteral("title")).toString();
             return t.isEmpty() ? QString() : StaffTerms::title(t);
         }},
        {QStringLiteral("teaching"), [] { return tr("Teacher"); },
         [](const QCborMap &r) -> QVariant { return r.value(QStringLiteral("teaching")).toBool() ? tr("yes") : QString(); }},
        {QStringLiteral("status"), [] { return tr("State"); },
         [](const QCborMap &r) -> QVariant {
             if (r.value(QStringLiteral("onLeave")).toBool()) {
                 return tr("On leave");
             }
             return StaffTerms::status(r.value(QStringLiteral("status")).toString());
         }},
    });
    m_employeeTable = new Ui::DataTableView(page);
    m_employeeTable->setModel(m_employees);
    m_employeeTable->view()->horizontalHeader()->resizeSection(5, 320);
    m_employeesError = errorLabel(page);
    m_refreshEmployees = new QPushButton(page);
    m_newEmployee = new QPushButton(page);
    m_openEmployee = new QPushButton(page);
    m_dismissed = new QCheckBox(page);
    m_newEmployee->setVisible(m_context->can(QStringLiteral("staffhr.write")));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshEmployees);
    bar->addWidget(m_newEmployee);
    bar->addWidget(m_openEmployee);
    bar->addWidget(m_dismissed);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_employeesError);
    layout->addWidget(m_employeeTable, 1);
    connect(m_refreshEmployees, &QPushButton::clicked, this, &StaffHrScreen::refreshEmployees);
    connect(m_dismissed, &QCheckBox::toggled, this, &StaffHrScreen::refreshEmployees);
    connect(m_newEmployee, &QPushButton::clicked, this, [this] { newEmployee(); });
    connect(m_openEmployee, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_employeeTable->currentSourceIndex();
        if (i.isValid()) {
            openEmployee(m_employees->record(i.row()).value(QStringLiteral("id")).toInteger());
        }
    });
    connect(m_employeeTable, &Ui::DataTableView::activated, this,
            [this](const QModelIndex &i) { openEmployee(m_employees->record(i.row()).value(QStringLiteral("id")).toInteger()); });
    return page;
}

QWidget *StaffHrScreen::buildOrdersTab()
{
    auto *page = new QWidget(this);
    m_orders = new Ui::RecordTableModel(this);
    m_orders->setColumns({
        {QStringLiteral("date"), [] { return tr("Date"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("date")).toString()); }},
        {QStringLiteral("number"), [] { return tr("Number"); }},
        {QStringLiteral("kind"), [] { return tr("Kind"); },
         [](const QCborMap &r) -> QVariant { return StaffTerms::orderKind(r.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("employees"), [] { return tr("Employees"); }},
        {QStringLiteral("state"), [] { return tr("State"); },
         [](const QCborMap &r) -> QVariant { return StaffTerms::orderState(r.value(QStringLiteral("state")).toString()); }},
        {QStringLiteral("title"), [] { return tr("Title"); }},
    });
    m_orderTable = new Ui::DataTableView(page);
    m_orderTable->setModel(m_orders);
    m_orderTable->view()->horizontalHeader()->resizeSection(3, 320);
    m_ordersError = errorLabel(page);
    m_refreshOrders = new QPushButton(page);
    m_newOrder = new QPushButton(page);
    m_openOrder = new QPushButton(page);
    m_cancelOrder = new QPushButton(page);
    m_newOrder->setVisible(m_context->can(QStringLiteral("staffhr.write")));
    m_cancelOrder->setVisible(m_context->can(QStringLiteral("staffhr.orders")));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshOrders);
    bar->addWidget(m_newOrder);
    bar->addWidget(m_openOrder);
    bar->addWidget(m_cancelOrder);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_ordersError);
    layout->addWidget(m_orderTable, 1);
    connect(m_refreshOrders, &QPushButton::clicked, this, &StaffHrScreen::refreshOrders);
    connect(m_newOrder, &QPushButton::clicked, this, [this] { openOrder(); });
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_orderTable->currentSourceIndex();
        if (i.isValid()) {
            openOrder(m_orders->record(i.row()).value(QStringLiteral("id")).toInteger());
        }
    });
    connect(m_orderTable, &Ui::DataTableView::activated, this,
            [this](const QModelIndex &i) { openOrder(m_orders->record(i.row()).value(QStringLiteral("id")).toInteger()); });
    connect(m_cancelOrder, &QPushButton::clicked, this, &StaffHrScreen::cancelOrder);
    return page;
}

QWidget *StaffHrScreen::buildReportsTab()
{
    auto *page = new QWidget(this);
    m_reportBy = new QComboBox(page);
    for (const QString &k : kReportKinds) {
        m_reportBy->addItem(QString(), k);
    }
    m_buildReport = new QPushButton(page);
    m_exportReport = new QPushButton(page);
    m_printReport = new QPushButton(page);
    m_reportError = errorLabel(page);
    m_reportSummary = new QLabel(page);
    m_report = new Ui::RecordTableModel(this);
    m_reportTable = new Ui::DataTableView(page);
    m_reportTable->setModel(m_report);
    m_chart = new QChartView(page);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_reportTable);
    split->addWidget(m_chart);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reportBy);
    bar->addWidget(m_buildReport);
    bar->addStretch(1);
    bar->addWidget(m_exportReport);
    bar->addWidget(m_printReport);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_reportError);
    layout->addWidget(m_reportSummary);
    layout->addWidget(split, 1);
    connect(m_buildReport, &QPushButton::clicked, this, [this] { buildReport(m_reportBy->currentData().toString()); });
    connect(m_exportReport, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_printReport, &QPushButton::clicked, this, [this] { exportReport(true); });
    return page;
}

void StaffHrScreen::refreshEmployees()
{
    QCborMap args;
    if (m_dismissed->isChecked()) {
        args.insert(QStringLiteral("includeDismissed"), true);
    }
    m_employees->fillFrom(m_context->session()->call(QStringLiteral("staffhr.employees.list"), args), m_employeesError, this,
                          [this](bool ok, int) { Q_EMIT employeesLoaded(ok); });
}

void StaffHrScreen::refreshOrders()
{
    m_orders->fillFrom(m_context->session()->call(QStringLiteral("staffhr.orders.list")), m_ordersError, this,
                       [this](bool ok, int) { Q_EMIT ordersLoaded(ok); });
}

void StaffHrScreen::loadUnits()
{
    Job *job = m_context->session()->call(QStringLiteral("org.units.list"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            return;
        }
        m_units.clear();
        for (const QCborValue &u : j->result().toArray()) {
            m_units << u.toMap();
        }
    });
}

void StaffHrScreen::openEmployee(qint64 employeeId)
{
    Job *job = m_context->session()->call(QStringLiteral("staffhr.employees.get"), {{QStringLiteral("id"), employeeId}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Employee card"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        auto *dialog = new EmployeeDialog(m_context->session(), j->result().toMap(), m_context->can(QStringLiteral("staffhr.write")), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EmployeeDialog::saved, this, &StaffHrScreen::refreshEmployees);
        dialog->show();
        Q_EMIT employeeOpened(dialog);
    });
}

EmployeeDialog *StaffHrScreen::newEmployee()
{
    auto *dialog = new EmployeeDialog(m_context->session(), {}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmployeeDialog::saved, this, &StaffHrScreen::refreshEmployees);
    dialog->show();
    Q_EMIT employeeOpened(dialog);
    return dialog;
}

StaffOrderDialog *StaffHrScreen::openOrder(qint64 id)
{
    auto show = [this](const QCborMap &order) {
        auto *dialog = new StaffOrderDialog(m_context->session(), order, m_employees->records(), m_units,
                                            m_context->can(QStringLiteral("staffhr.write")), m_context->can(QStringLiteral("staffhr.orders")), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &StaffOrderDialog::done, this, [this] {
            refreshOrders();
            refreshEmployees();
        });
        dialog->show();
        Q_EMIT orderOpened(dialog);
        return dialog;
    };
    if (id <= 0) {
        StaffOrderDialog *d = show({});
        d->addItem();
        return d;
    }
    Job *job = m_context->session()->call(QStringLiteral("staffhr.orders.get"), {{QStringLiteral("id"), id}});
    connect(job, &Job::finished, this, [this, show](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Staff order"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        show(j->result().toMap());
    });
    return nullptr;
}

void StaffHrScreen::cancelOrder()
{
    const QModelIndex i = m_orderTable->currentSourceIndex();
    if (!i.isValid()) {
        return;
    }
    const QCborMap order = m_orders->record(i.row());
    QString reason;
    const bool isSigned = order.value(QStringLiteral("state")).toString() == QLatin1String("signed");
    if (!Ui::Messages::askText(this, tr("Cancel the order"),
                               isSigned ? tr("Why is order No. %1 cancelled? A signed order is cancelled when the vice-rector approves; "
                                             "its changes are then undone.")
                                              .arg(order.value(QStringLiteral("number")).toString())
                                        : tr("Why is order No. %1 cancelled?").arg(order.value(QStringLiteral("number")).toString()),
                               &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("staffhr.orders.cancel"),
                                          {{QStringLiteral("id"), order.value(QStringLiteral("id")).toInteger()}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Cancel the order"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        if (j->result().toMap().value(QStringLiteral("state")).toString() == QLatin1String("pending")) {
            Ui::Messages::information(this, tr("Cancel the order"), tr("The request was sent to the vice-rector for approval."));
        }
        refreshOrders();
    });
}

void StaffHrScreen::buildReport(const QString &by)
{
    m_reportBy->setCurrentIndex(qMax(0, m_reportBy->findData(by)));
    m_reportByCode = by;
    QList<Ui::RecordTableModel::Column> columns;
    if (by == QLatin1String("onLeave")) {
        columns = {
            {QStringLiteral("label"), [] { return tr("Employee"); }},
            {QStringLiteral("unit"), [] { return tr("Unit"); }},
            {QStringLiteral("leaveKind"), [] { return tr("Kind of leave"); },
             [](const QCborMap &r) -> QVariant { return StaffTerms::leaveKind(r.value(QStringLiteral("leaveKind")).toString()); }},
            {QStringLiteral("dateFrom"), [] { return tr("From"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("dateFrom")).toString()); }},
            {QStringLiteral("dateTo"), [] { return tr("To"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("dateTo")).toString()); }},
        };
    } else {
        if (by == QLatin1String("unit")) {
            columns << Ui::RecordTableModel::Column{QStringLiteral("key"), [] { return tr("Code"); }}
                    << Ui::RecordTableModel::Column{QStringLiteral("label"), [] { return tr("Unit"); },
                                                    [](const QCborMap &r) -> QVariant { return Ui::LanguageManager::localName(r); }};
        } else {
            columns << Ui::RecordTableModel::Column{QStringLiteral("key"), [by] { return StaffTerms::reportBy(by); },
                                                    [by](const QCborMap &r) -> QVariant {
                                                        return StaffTerms::reportKey(by, r.value(QStringLiteral("key")).toString());
                                                    }};
        }
        columns << Ui::RecordTableModel::Column{QStringLiteral("employees"), [] { return tr("Employees"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("rate"), [] { return tr("Rates"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("teaching"), [] { return tr("Teachers"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("female"), [] { return tr("Women"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("male"), [] { return tr("Men"); }};
    }
    m_report->setColumns(columns);
    m_report->setRecords({});
    Job *job = m_context->session()->call(QStringLiteral("staffhr.reports.staff"), {{QStringLiteral("by"), by}});
    connect(job, &Job::finished, this, [this](Job *j) {
        m_reportError->setVisible(!j->ok());
        if (!j->ok()) {
            m_reportError->setText(Ui::ErrorText::describe(j->outcome()));
            Q_EMIT reportLoaded(false);
            return;
        }
        const QCborMap r = j->result().toMap();
        QList<QCborMap> rows;
        for (const QCborValue &v : r.value(QStringLiteral("rows")).toArray()) {
            rows << v.toMap();
        }
        m_report->setRecords(rows);
        m_reportTotals = r.value(QStringLiteral("totals")).toMap();
        m_reportTotals.insert(QStringLiteral("date"), r.value(QStringLiteral("date")));
        retranslateUi();
        updateChart();
        Q_EMIT reportLoaded(true);
    });
}

QString StaffHrScreen::reportBy() const
{
    return m_reportByCode;
}

void StaffHrScreen::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(StaffTerms::reportBy(m_reportByCode));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (m_reportByCode != QLatin1String("onLeave") && !m_reportByCode.isEmpty()) {
        auto *women = new QBarSet(tr("Women"));
        auto *men = new QBarSet(tr("Men"));
        QStringList categories;
        qint64 top = 0;
        for (const QCborMap &r : m_report->records()) {
            const QString key = r.value(QStringLiteral("key")).toString();
            categories << (m_reportByCode == QLatin1String("unit") ? key : StaffTerms::reportKey(m_reportByCode, key));
            *women << double(r.value(QStringLiteral("female")).toInteger());
            *men << double(r.value(QStringLiteral("male")).toInteger());
            top = qMax(top, r.value(QStringLiteral("female")).toInteger() + r.value(QStringLiteral("male")).toInteger());
        }
        auto *series = new QBarSeries;
        series->append(women);
        series->append(men);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        if (categories.size() > 8) {
            x->setLabelsAngle(-60);
        }
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setRange(0, double(qMax<qint64>(1, top)));
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

Documents::Document StaffHrScreen::reportDocument() const
{
    const QString filter = tr("At %1: %n employee(s), %2 rate(s)", nullptr, int(m_reportTotals.value(QStringLiteral("employees")).toInteger()))
                               .arg(m_reportTotals.value(QStringLiteral("date")).toString(),
                                    QString::number(m_reportTotals.value(QStringLiteral("rate")).toDouble(), 'f', 2));
    return Ui::TableExport::toDocument(m_report, StaffTerms::reportBy(m_reportByCode), {}, filter);
}

void StaffHrScreen::exportReport(bool print)
{
    if (m_reportByCode.isEmpty()) {
        return;
    }
    const Documents::Document doc = reportDocument();
    if (print) {
        Ui::DocumentActions::preview(doc, this);
    } else {
        Ui::DocumentActions::exportAs(doc, this);
    }
}

void StaffHrScreen::retranslateUi()
{
    m_tabs->setTabText(0, tr("Employees"));
    m_tabs->setTabText(1, tr("Staff orders"));
    m_tabs->setTabText(2, tr("Reports"));
    m_refreshEmployees->setText(tr("Refresh"));
    m_newEmployee->setText(tr("New employee…"));
    m_openEmployee->setText(tr("Open card"));
    m_dismissed->setText(tr("Show dismissed"));
    m_refreshOrders->setText(tr("Refresh"));
    m_newOrder->setText(tr("New order…"));
    m_openOrder->setText(tr("Open"));
    m_cancelOrder->setText(tr("Cancel order…"));
    m_buildReport->setText(tr("Build"));
    m_exportReport->setText(tr("Export as…"));
    m_printReport->setText(tr("Print…"));
    for (int i = 0; i < m_reportBy->count(); ++i) {
        m_reportBy->setItemText(i, StaffTerms::reportBy(m_reportBy->itemData(i).toString()));
    }
    m_employeeTable->setTitle(tr("Employees"));
    m_orderTable->setTitle(tr("Staff orders"));
    m_reportTable->setTitle(StaffTerms::reportBy(m_reportByCode));
    if (!m_reportTotals.isEmpty()) {
        m_reportSummary->setText(tr("At %1: %n employee(s), %2 rate(s), %3 women, %4 men", nullptr,
                                    int(m_reportTotals.value(QStringLiteral("employees")).toInteger()))
                                     .arg(m_reportTotals.value(QStringLiteral("date")).toString(),
                                          QString::number(m_reportTotals.value(QStringLiteral("rate")).toDouble(), 'f', 2))
                                     .arg(m_reportTotals.value(QStringLiteral("female")).toInteger())
                                     .arg(m_reportTotals.value(QStringLiteral("male")).toInteger()));
    }
    m_employees->retranslate();
    m_orders->retranslate();
    m_report->retranslate();
}

void StaffHrScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_reportByCode.isEmpty()) {
            updateChart();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
