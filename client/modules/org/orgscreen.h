#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ebilim::Client {
class EntityTableModel;
}
namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * Institution structure (org): every unit from the local cache (org.units.list, refreshed
 * by the sync worker), searchable and exportable; create and edit through UnitDialog —
 * saved with the outbox, so it works offline; delete asks the vice-rector (approval).
 */
class OrgScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OrgScreen(Ui::ClientContext *context, QWidget *parent = nullptr);

    Ui::DataTableView *table() const { return m_table; }
    EntityTableModel *model() const { return m_model; }
    /// Queues `org.units.save` with @p args (validated by the caller); false if the store refused.
    bool saveUnit(const QCborMap &args, const QCborMap &localRow);

public Q_SLOTS:
    void createUnit();
    void editUnit();
    void deleteUnit();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QList<QCborMap> allUnits() const;

    Ui::ClientContext *m_context;
    EntityTableModel *m_model = nullptr;
    Ui::DataTableView *m_table = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace Ebilim::Client::Modules
