#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * Approvals (regulation §3): change requests — deletions and drastic changes — that wait
 * for the vice-rector for academic affairs (approvals.list). The vice-rector approves
 * (applied at once) or rejects with a reason; others see their own requests.
 */
class ApprovalsScreen : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsScreen(Ui::ClientContext *context, QWidget *parent = nullptr);
    Ui::RecordTableModel *model() const { return m_model; }
    Ui::DataTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh();
    void approve();
    void reject();

Q_SIGNALS:
    /// A list request finished (tests).
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    qint64 currentId() const;

    Ui::ClientContext *m_context;
    Ui::RecordTableModel *m_model = nullptr;
    Ui::DataTableView *m_table = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace Ebilim::Client::Modules
