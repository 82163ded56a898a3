#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Ebilim::Client {
class LocalStore;
}

namespace Ebilim::Client::Ui {

/**
 * The user's offline edits that the server refused as stale (LocalStore::conflicts()):
 * for the chosen one, every field side by side — mine and theirs — with a choice per
 * field. Keep mine, take theirs, or merge field by field. Nothing is dropped silently.
 */
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(LocalStore *store, QWidget *parent = nullptr);

    int conflictCount() const;
    /// Selects the conflict in row @p row of the list.
    void selectConflict(int row);
    /// Chooses theirs (true) or mine (false) for @p field in the merge table.
    void chooseTheirs(const QString &field, bool theirs);

public Q_SLOTS:
    void reload();
    void keepMine();
    void takeTheirs();
    void mergeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDetails();
    qint64 currentConflictId() const;

    QPointer<LocalStore> m_store;
    QLabel *m_intro = nullptr;
    QTableWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace Ebilim::Client::Ui
