#pragma once

#include "documents/tablereader.h"

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * Importing student lists from XLSX or CSV in three steps: choose the file and see its first
 * rows; map its columns to the card's fields (guessed from the header in ky/ru/en); check —
 * the server lists every row's problems (bad PIN, unknown group, duplicates) and nothing is
 * written — and only then import the valid rows, after the user confirms.
 */
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(Ui::ClientContext *context, QWidget *parent = nullptr);

    /// Loads a file (what "Choose file…" does after the dialog).
    bool loadFile(const QString &path);
    /// Maps field @p field (lastName, …) to column @p column (-1: none).
    void mapColumn(const QString &field, int column);
    int mappedColumn(const QString &field) const;
    /// The mapped rows as the server receives them (dates ISO, sex F/M).
    QCborArray mappedRows() const;
    void check();
    /// Imports the valid rows (no confirmation dialog: the button asks first).
    void commit();
    void setOrder(const QString &number, const QDate &date);
    Ui::RecordTableModel *problems() const { return m_problems; }
    int problemRows() const;
    int imported() const { return m_imported; }

    /// The card fields an import can fill, in order.
    static QStringList fields();

Q_SIGNALS:
    void checked(bool ok, int rows, int rowsWithProblems);
    void committed(bool ok, int imported);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void guessMapping();
    void showPreview();
    void send(bool commit, int chunk, std::shared_ptr<QList<QCborMap>> found, int importedSoFar);

    Ui::ClientContext *m_context;
    Documents::TableData m_data;
    QString m_path;
    QPushButton *m_choose = nullptr;
    QLabel *m_file = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_preview = nullptr;
    QFormLayout *m_mappingLayout = nullptr;
    QHash<QString, QComboBox *> m_mapping;
    QHash<QString, QLabel *> m_mappingLabels;
    QLabel *m_orderLabel = nullptr;
    QLineEdit *m_orderNumber = nullptr;
    QDateEdit *m_orderDate = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_summary = nullptr;
    Ui::RecordTableModel *m_problems = nullptr;
    Ui::DataTableView *m_problemTable = nullptr;
    int m_checkedRows = 0;
    int m_imported = 0;
    bool m_checkedOk = false;
};

} // namespace Ebilim::Client::Modules
