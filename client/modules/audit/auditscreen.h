#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/// Audit log (audit.list): who did what and when, newest first, loaded in pages; and a
/// check of the log's hash chain (audit.verify).
class AuditScreen : public QWidget
{
    Q_OBJECT

public:
    explicit AuditScreen(Ui::ClientContext *context, QWidget *parent = nullptr);
    Ui::RecordTableModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void loadOlder();
    void verify();

Q_SIGNALS:
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(qint64 beforeId);
    void retranslateUi();

    Ui::ClientContext *m_context;
    Ui::RecordTableModel *m_model = nullptr;
    Ui::DataTableView *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace Ebilim::Client::Modules
