#pragma once

#include <QPointer>
#include <QTableView>

class QUndoStack;

namespace Ebilim::Client::Ui {

/**
 * A keyboard-first grid for data entry (grade sheets, attendance), like a spreadsheet:
 * typing on a cell replaces its content, Enter commits and moves down, Tab moves right,
 * Delete clears the cell, Ctrl+Z / Ctrl+Shift+Z undo and redo every edit (QUndoStack).
 * Edits go through the model's setData(); the model decides what is editable.
 */
class GridEditor : public QTableView
{
    Q_OBJECT

public:
    explicit GridEditor(QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    /// Sets @p value through the undo stack (what typing does). False if the model refused.
    bool setCellValue(const QModelIndex &index, const QVariant &value);
    /// True while a cell editor is open.
    bool isEditing() const { return state() == EditingState; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    friend class GridEditorDelegate;
    void moveDown();

    QUndoStack *m_undo = nullptr;
    QString m_pendingText;
    QPointer<QWidget> m_lastEditor; ///< the key typed to start editing: replaces the cell's content
};

} // namespace Ebilim::Client::Ui
