#pragma once

#include <QCborMap>
#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace Ebilim::Client {
class Session;
}
namespace Ebilim::Client::Ui {
class RecordForm;
}

namespace Ebilim::Client::Modules {

/**
 * A staff order: kind, number, date, title and grounds, and one line per employee with
 * what happens to them (the columns follow the kind). A draft is saved and signed from
 * here; a signed or cancelled order is shown read-only.
 */
class StaffOrderDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p order: staffhr.orders.get result or empty; @p employees / @p units: lists to pick from.
    StaffOrderDialog(Session *session, const QCborMap &order, const QList<QCborMap> &employees, const QList<QCborMap> &units,
                     bool canWrite, bool canSign, QWidget *parent = nullptr);

    QCborMap arguments() const;
    void setKind(const QString &kind);
    void setNumber(const QString &number);
    /// Adds a line (values by item field name: employeeId, unitId, position, rate, teaching, leaveKind,
    /// dateFrom, dateTo, awardKind, text, reason).
    void addItem(const QCborMap &values = {});
    int itemCount() const;
    QString messageText() const;
    /// Saves the draft (then signs it when @p thenSign); emits done() or failed().
    void saveDraft(bool thenSign = false);
    QCborMap order() const { return m_order; }

Q_SIGNALS:
    void done(const QCborMap &order);
    void failed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { Employee, FromPosition, Unit, Position, Rate, Teaching, LeaveKind, DateFrom, DateTo, AwardKind, Text, Reason, ColumnCount };
    void retranslateUi();
    void updateColumns();
    void loadPositions(int row);
    void sign();
    void showFailure(const QString &text, int item, const QString &field);
    bool editable() const;

    Session *m_session = nullptr;
    QCborMap m_order;
    QList<QCborMap> m_employees;
    QList<QCborMap> m_units;
    bool m_canWrite = false;
    bool m_canSign = false;
    Ui::RecordForm *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_basis = nullptr;
    QTableWidget *m_items = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Ebilim::Client::Modules
