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

/// Administration: every user with roles and state (users.list); disable or enable an
/// account (users.setDisabled).
class UsersScreen : public QWidget
{
    Q_OBJECT

public:
    explicit UsersScreen(Ui::ClientContext *context, QWidget *parent = nullptr);
    Ui::RecordTableModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void toggleDisabled();

Q_SIGNALS:
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    Ui::ClientContext *m_context;
    Ui::RecordTableModel *m_model = nullptr;
    Ui::DataTableView *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace Ebilim::Client::Modules
