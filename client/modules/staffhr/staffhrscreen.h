#pragma once

#include "documents/document.h"

#include <QCborMap>
#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui


namespace Ebilim::Client::Modules {

class EmployeeDialog;
class StaffOrderDialog;

/**
 * The staff HR office: the list of employees (search, filter, export, print) with their
 * personal cards, staff orders (hiring, transfer, leave, award, dismissal: draft → sign,
 * cancel), and staff reports with a chart, exported and printed through the documents
 * engine. Deans and departments see their own staff read-only.
 */
class StaffHrScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StaffHrScreen(Ui::ClientContext *context, QWidget *parent = nullptr);

    Ui::RecordTableModel *employees() const { return m_employees; }
    Ui::RecordTableModel *orders() const { return m_orders; }
    Ui::RecordTableModel *reportRows() const { return m_report; }
    Ui::DataTableView *employeeTable() const { return m_employeeTable; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Opens the card of @p employeeId (non-modal; the dialog deletes itself when closed).
    void openEmployee(qint64 employeeId);
    EmployeeDialog *newEmployee();
    /// Opens a new order (or the order @p id) in the order editor (non-modal).
    StaffOrderDialog *openOrder(qint64 id = 0);
    /// Builds the report grouped by @p by (unit, degree, title, age, onLeave).
    void buildReport(const QString &by);
    QString reportBy() const;
    QCborMap reportTotals() const { return m_reportTotals; }
    /// The report as a document of kind "table" (what export and print use).
    Documents::Document reportDocument() const;

public Q_SLOTS:
    void refreshEmployees();
    void refreshOrders();

Q_SIGNALS:
    void employeesLoaded(bool ok);
    void ordersLoaded(bool ok);
    void reportLoaded(bool ok);
    void employeeOpened(Ebilim::Client::Modules::EmployeeDialog *dialog);
    void orderOpened(Ebilim::Client::Modules::StaffOrderDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildEmployeesTab();
    QWidget *buildOrdersTab();
    QWidget *buildReportsTab();
    void retranslateUi();
    void cancelOrder();
    void updateChart();
    void exportReport(bool print);
    void loadUnits();

    Ui::ClientContext *m_context = nullptr;
    QTabWidget *m_tabs = nullptr;
    Ui::RecordTableModel *m_employees = nullptr;
    Ui::DataTableView *m_employeeTable = nullptr;
    QLabel *m_employeesError = nullptr;
    QPushButton *m_refreshEmployees = nullptr;
    QPushButton *m_newEmployee = nullptr;
    QPushButton *m_openEmployee = nullptr;
    QCheckBox *m_dismissed = nullptr;
    Ui::RecordTableModel *m_orders = nullptr;
    Ui::DataTableView *m_orderTable = nullptr;
    QLabel *m_ordersError = nullptr;
    QPushButton *m_refreshOrders = nullptr;
    QPushButton *m_newOrder = nullptr;
    QPushButton *m_openOrder = nullptr;
    QPushButton *m_cancelOrder = nullptr;
    QComboBox *m_reportBy = nullptr;
    QPushButton *m_buildReport = nullptr;
    QPushButton *m_exportReport = nullptr;
    QPushButton *m_printReport = nullptr;
    QLabel *m_reportError = nullptr;
    QLabel *m_reportSummary = nullptr;
    Ui::RecordTableModel *m_report = nullptr;
    Ui::DataTableView *m_reportTable = nullptr;
    QChartView *m_chart = nullptr;
    QCborMap m_reportTotals;
    QString m_reportByCode;
    QList<QCborMap> m_units;
};

} // namespace Ebilim::Client::Modules
