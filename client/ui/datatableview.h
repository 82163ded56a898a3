#pragma once

#include "documents/document.h"
#include "documents/renderer.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace Ebilim::Client::Ui {

class TableProxyModel;

/**
 * The list widget every module uses: a table with a search box (all columns), a filter on
 * one column, sorting by clicking a header (language-aware collation), a column chooser,
 * export in every format and print preview of what is visible (through the documents engine). Works on any model; the proxy is
 * internal, so callers map indexes with mapToSource()/sourceIndex().
 */
class DataTableView : public QWidget
{
    Q_OBJECT

public:
    explicit DataTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *sourceModel() const;
    TableProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    /// Used as the document title for print and as the default export file name.
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }

    void setSearchText(const QString &text);
    void setColumnVisible(int sourceColumn, bool visible);
    bool isColumnVisible(int sourceColumn) const;
    /// Visible columns in display order (source column numbers).
    QList<int> visibleColumns() const;
    /// The source index of the current row (column 0), invalid if none.
    QModelIndex currentSourceIndex() const;
    /// Source row numbers of the selected rows.
    QList<int> selectedSourceRows() const;

    /// The visible rows and columns as a document (kind "table"): what export and print use.
    Documents::Document document() const;
    /// Writes document() to @p path in @p format (no dialog). False with @p error on failure.
    bool exportTo(const QString &path, Documents::Format format, QString *error = nullptr) const;

public Q_SLOTS:
    /// "Export as…": every format of the documents engine.
    void exportAs();
    void printPreview();

Q_SIGNALS:
    /// Double-click or Enter on a row.
    void activated(const QModelIndex &sourceIndex);
    void currentChanged(const QModelIndex &sourceIndex);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void rebuildColumnUi();
    void updateCount();
    /// Sizes the columns to their contents (header and rows) when new rows or a new language
    /// arrive; where they do not fit the view, the widest give way first.
    void fitColumns();

    QLineEdit *m_search = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filterText = nullptr;
    QToolButton *m_columnsButton = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_printButton = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QString m_title;
    bool m_fitPending = false; ///< columns to fit once the view is shown (a hidden view has no width)
    bool m_fitQueued = false;  ///< a fit is posted
};

/// Widens the columns of an editing table (an order's lines …) so that no header is cut off in
/// the current language; columns already wider stay as they are. Call after setting the
/// header labels.
void keepHeadersWhole(QTableView *table);

} // namespace Ebilim::Client::Ui
