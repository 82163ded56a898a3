#include "grideditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QUndoCommand>
#include <QUndoStack>

namespace Ebilim::Client::Ui {

namespace {

/// One cell edit: redo sets the new value, undo the old one.
class CellEdit : public QUndoCommand
{
public:
    CellEdit(QAbstractItemModel *model, const QModelIndex &index, const QVariant &before, const QVariant &after)
        : m_model(model)
        , m_index(index)
        , m_before(before)
        , m_after(after)
    {
    }
    void redo() override { m_ok = m_index.isValid() && m_model->setData(m_index, m_after, Qt::EditRole); }
    void undo() override
    {
        if (m_index.isValid()) {
            m_model->setData(m_index, m_before, Qt::EditRole);
        }
    }
    bool ok() const { return m_ok; }

private:
    QAbstractItemModel *m_model;
    QPersistentModelIndex m_index;
    QVariant m_before;
    QVariant m_after;
    bool m_ok = false;
};

} // namespace

/// Puts the typed key into a fresh editor and sends committed values through the undo stack.
class GridEditorDelegate : public QStyledItemDelegate
{
public:
    explicit GridEditorDelegate(GridEditor *grid)
        : QStyledItemDelegate(grid)
        , m_grid(grid)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        m_grid->m_lastEditor = editor;
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        QStyledItemDelegate::setEditorData(editor, index);
        if (!m_grid->m_pendingText.isEmpty()) {
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                line->setText(m_grid->m_pendingText);
            }
            m_grid->m_pendingText.clear();
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        QVariant value;
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            value = line->text();
        } else {
            // Other editors (spin boxes, combos): let the base class convert, then record it.
            const QVariant before = index.data(Qt::EditRole);
            QStyledItemDelegate::setModelData(editor, model, index);
            const QVariant after = index.data(Qt::EditRole);
            if (before != after) {
                model->setData(index, before, Qt::EditRole);
                m_grid->setCellValue(index, after);
            }
            return;
        }
        m_grid->setCellValue(index, value);
    }

private:
    GridEditor *m_grid;
};

GridEditor::GridEditor(QWidget *parent)
    : QTableView(parent)
    , m_undo(new QUndoStack(this))
{
    setItemDelegate(new GridEditorDelegate(this));
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
}

bool GridEditor::setCellValue(const QModelIndex &index, const QVariant &value)
{
    const QVariant before = index.data(Qt::EditRole);
    if (before == value || !(index.flags() & Qt::ItemIsEditable)) {
        return false;
    }
    auto *cmd = new CellEdit(model(), index, before, value);
    cmd->redo();
    if (!cmd->ok()) {
        delete cmd;
        return false;
    }
    // QUndoStack::push calls redo() again: harmless (same value), keeps the stack consistent.
    m_undo->push(cmd);
    return true;
}

void GridEditor::moveDown()
{
    const QModelIndex cur = currentIndex();
    if (!cur.isValid()) {
        return;
    }
    const QModelIndex next = cur.sibling(cur.row() + 1, cur.column());
    if (next.isValid()) {
        setCurrentIndex(next);
    }
}

void GridEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_undo->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undo->redo();
        return;
    }
    const QModelIndex cur = currentIndex();
    if (state() != EditingState && cur.isValid()) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveDown();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            setCellValue(cur, QString());
            return;
        }
        const QString text = event->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint()
                            && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable && (cur.flags() & Qt::ItemIsEditable)) {
            m_pendingText = text;
            if (edit(cur, QAbstractItemView::EditKeyPressed, event)) {
                // The view selects the editor's text when it opens; the typed key must not be
                // replaced by the next one, so put the cursor after it.
                if (auto *line = qobject_cast<QLineEdit *>(m_lastEditor.data())) {
                    line->deselect();
                    line->end(false);
                }
                return;
            }
            m_pendingText.clear();
        }
    }
    QTableView::keyPressEvent(event);
}

void GridEditor::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor commits (SubmitModelCache): then go to the next row, as a spreadsheet does.
    const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
    if (down) {
        moveDown();
    }
}

} // namespace Ebilim::Client::Ui
