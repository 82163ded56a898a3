#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QStringListModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordForm;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * A student's card: personal data (Kyrgyz and Russian spelling, Latin name, PIN, passport,
 * SOATE address, contacts, prior education, privileges), parents, the electronic personal
 * file and the history of orders. Saves with studenthr.students.save; the server's
 * validation shows under each field; a possible duplicate is shown and saved only when the
 * user confirms. Status, group and funding are read-only here: orders change them.
 */
class StudentCardDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p studentId 0: a new card.
    StudentCardDialog(Ui::ClientContext *context, qint64 studentId, QWidget *parent = nullptr);
    /// Shows @p card (as studenthr.students.get/mine return it) without editing: a student's or
    /// parent's own view.
    void showReadOnly(const QCborMap &card);

    qint64 studentId() const { return m_id; }
    Ui::RecordForm *form() const { return m_form; }
    /// The arguments save() sends (tests fill the form and check what goes out).
    QCborMap arguments() const;
    void setValue(const QString &key, const QString &value);
    /// Takes the photo from an image file (what "Photo…" does after the dialog).
    bool setPhotoFile(const QString &path);

public Q_SLOTS:
    /// Sends the card; on success the dialog stays open with the saved card (new: gets its id).
    void save();

Q_SIGNALS:
    void loaded(bool ok);
    void saved(qint64 id);
    void saveFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void display(const QCborMap &card);
    void retranslateUi();
    void addFile();
    void openFile();
    void send(bool confirmDuplicate);
    void searchSoate();
    void requestDeletion();

    Ui::ClientContext *m_context;
    qint64 m_id;
    QCborMap m_card;
    QTabWidget *m_tabs = nullptr;
    Ui::RecordForm *m_form = nullptr;
    QLabel *m_state = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QDateEdit *m_birthDate = nullptr;
    QDateEdit *m_passportIssuedAt = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_funding = nullptr;
    QStringListModel *m_soateModel = nullptr;
    QTableWidget *m_guardians = nullptr;
    QPushButton *m_addGuardian = nullptr;
    QPushButton *m_removeGuardian = nullptr;
    Ui::RecordTableModel *m_files = nullptr;
    Ui::DataTableView *m_filesTable = nullptr;
    QPushButton *m_addFile = nullptr;
    QPushButton *m_openFile = nullptr;
    Ui::RecordTableModel *m_history = nullptr;
    Ui::DataTableView *m_historyTable = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_photo = nullptr;
    QPushButton *m_choosePhoto = nullptr;
    QByteArray m_photoData;
    bool m_photoChanged = false;
    QPushButton *m_close = nullptr;
};

} // namespace Ebilim::Client::Modules
