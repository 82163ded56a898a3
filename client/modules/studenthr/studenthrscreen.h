#pragma once

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

class GroupDialog;
class GroupPicker;
class ImportPage;
class ReportsPage;

/**
 * The student HR office ("Студенттик кадрлар бөлүмү"): the contingent by group
 * or by search across it, students' cards, orders (the only way a status changes), the
 * contingent at a past date, rolling the academic year forward, imports and reports.
 */
class StudentHrScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StudentHrScreen(Ui::ClientContext *context, QWidget *parent = nullptr);

    GroupPicker *groupPicker() const { return m_group; }
    Ui::RecordTableModel *studentsModel() const { return m_students; }
    Ui::RecordTableModel *ordersModel() const { return m_orders; }
    QTabWidget *tabs() const { return m_tabs; }
    ReportsPage *reportsPage() const { return m_reports; }
    ImportPage *importPage() const { return m_import; }
    /// Searches the whole contingent (empty: back to the chosen group's list).
    void search(const QString &text);
    /// Shows the chosen group as it was at the end of @p date.
    void showAtDate(const QDate &date);
    void loadOrders();
    void loadYearPreview();
    /// Opens the group dialog: a new group, or the chosen one (curator, leader, places).
    GroupDialog *openGroup(bool create);

Q_SIGNALS:
    void studentsLoaded(bool ok);
    void ordersLoaded(bool ok);
    void yearPreviewLoaded(bool ok);
    void notificationsLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadStudents();
    void loadNotifications();
    void openCard(qint64 id);
    void newOrderFromSelection();
    void openOrder(qint64 id);
    void cancelOrder();
    void rollForward();

    Ui::ClientContext *m_context;
    QTabWidget *m_tabs = nullptr;
    // Students
    QWidget *m_studentsTab = nullptr;
    QLabel *m_groupLabel = nullptr;
    GroupPicker *m_group = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_atLabel = nullptr;
    QDateEdit *m_at = nullptr;
    QPushButton *m_atButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    Ui::RecordTableModel *m_students = nullptr;
    Ui::DataTableView *m_studentTable = nullptr;
    QPushButton *m_newStudent = nullptr;
    QPushButton *m_openStudent = nullptr;
    QPushButton *m_orderForSelected = nullptr;
    QPushButton *m_newGroup = nullptr;
    QPushButton *m_editGroup = nullptr;
    // Orders
    QWidget *m_ordersTab = nullptr;
    Ui::RecordTableModel *m_orders = nullptr;
    Ui::DataTableView *m_orderTable = nullptr;
    QLabel *m_ordersError = nullptr;
    QComboBox *m_orderState = nullptr;
    QPushButton *m_newOrder = nullptr;
    QPushButton *m_openOrder = nullptr;
    QPushButton *m_cancelOrder = nullptr;
    // Academic year
    QWidget *m_yearTab = nullptr;
    Ui::RecordTableModel *m_year = nullptr;
    Ui::DataTableView *m_yearTable = nullptr;
    QLabel *m_yearSummary = nullptr;
    QPushButton *m_yearPreview = nullptr;
    QPushButton *m_yearApply = nullptr;
    // Reports, import
    ReportsPage *m_reports = nullptr;
    ImportPage *m_import = nullptr;
};

} // namespace Ebilim::Client::Modules
