#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Ebilim::Client {
class Session;
}
namespace Ebilim::Client::Ui {
class RecordForm;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * The personal card of an employee: personal data, PIN, education, degree and title
 * (editable by the staff HR office), and read-only tabs with the positions held, leaves,
 * awards and the history of signed staff orders. Saves with staffhr.employees.save; the
 * server's validation messages appear under their fields.
 */
class EmployeeDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p card: the result of staffhr.employees.get, or empty for a new employee.
    EmployeeDialog(Session *session, const QCborMap &card, bool editable, QWidget *parent = nullptr);

    QCborMap arguments() const;
    void setField(const QString &key, const QString &value);
    Ui::RecordForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Sends the card; on success the dialog is accepted and saved() emitted.
    void save();
    QCborMap savedCard() const { return m_saved; }

Q_SIGNALS:
    void saved(const QCborMap &card);
    void saveFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Session *m_session = nullptr;
    QCborMap m_card;
    QCborMap m_saved;
    bool m_editable = true;
    Ui::RecordForm *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLineEdit *> m_edits;
    QComboBox *m_gender = nullptr;
    QComboBox *m_degree = nullptr;
    QComboBox *m_title = nullptr;
    QPlainTextEdit *m_education = nullptr;
    Ui::RecordTableModel *m_positions = nullptr;
    Ui::RecordTableModel *m_leaves = nullptr;
    Ui::RecordTableModel *m_awards = nullptr;
    Ui::RecordTableModel *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Ebilim::Client::Modules
