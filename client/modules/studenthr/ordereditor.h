#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class RecordForm;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * A student order (приказ / буйрук): kind, number, date, title, grounds, signer and one row
 * per student with what happens to them (target group, funding, reason, leave dates, new
 * name — the columns the kind needs). Saved as a draft (studenthr.orders.save), then signed
 * (studenthr.orders.sign), which applies it; printed through the documents engine.
 */
class OrderEditor : public QDialog
{
    Q_OBJECT

public:
    /// @p orderId 0: a new draft.
    OrderEditor(Ui::ClientContext *context, qint64 orderId, QWidget *parent = nullptr);

    qint64 orderId() const { return m_id; }
    QString state() const;
    /// Adds a student row (id and display name); no duplicates.
    void addStudent(qint64 id, const QString &name, qint64 currentGroupId = 0);
    void setKind(const QString &kind);
    void setNumber(const QString &number);
    /// Sets the target group of every row (the usual case: the whole list goes to one group).
    void setTargetGroupForAll(qint64 groupId);
    int itemCount() const;
    QCborMap arguments() const;
    Ui::RecordForm *form() const { return m_form; }

public Q_SLOTS:
    void saveDraft();
    /// Asks for confirmation, then signNow().
    void sign();
    /// Signs the saved draft without asking (after the confirmation; tests).
    void signNow();
    void print();

Q_SIGNALS:
    void loaded(bool ok);
    void saved(qint64 id);
    void signedOrder(qint64 id);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { Student, ToGroup, Funding, Reason, DateFrom, DateTo, NewLast, NewFirst, NewPatronymic, ColumnCount };
    void load();
    void display(const QCborMap &order);
    void loadGroups();
    void updateColumns();
    void retranslateUi();
    void search();
    QComboBox *groupCombo(qint64 selected);

    Ui::ClientContext *m_context;
    qint64 m_id;
    QCborMap m_order;
    QList<QCborMap> m_groups;
    Ui::RecordForm *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_basis = nullptr;
    QLineEdit *m_signerName = nullptr;
    QLineEdit *m_signerPosition = nullptr;
    QTableWidget *m_items = nullptr;
    QLineEdit *m_find = nullptr;
    QListWidget *m_found = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
    QList<qint64> m_studentIds;
};

} // namespace Ebilim::Client::Modules
