#include "datatableview.h"

#include "documentactions.h"
#include "messages.h"
#include "tableexport.h"
#include "tableproxymodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ebilim::Client::Ui {

DataTableView::DataTableView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TableProxyModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterText = new QLineEdit(this);
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setMaximumWidth(180);
    m_columnsMenu = new QMenu(this);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The menu arrow would cover the end of the text: the text carries its own "▾".
    m_columnsButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_printButton = new QToolButton(this);
    m_printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_filterColumn);
    bar->addWidget(m_filterText, 1);
    bar->addWidget(m_columnsButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_printButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setSearchText(t);
        updateCount();
    });
    auto applyColumnFilter = [this] {
        m_proxy->setColumnFilter(m_filterColumn->currentData().toInt(), m_filterText->text());
        updateCount();
    };
    connect(m_filterText, &QLineEdit::textChanged, this, applyColumnFilter);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, applyColumnFilter);
    connect(m_exportButton, &QToolButton::clicked, this, &DataTableView::exportAs);
    connect(m_printButton, &QToolButton::clicked, this, &DataTableView::printPreview);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { Q_EMIT activated(m_proxy->mapToSource(i)); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DataTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DataTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DataTableView::updateCount);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, &DataTableView::rebuildColumnUi);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataTableView::rebuildColumnUi);
    // after the event that changed the rows or the language has been handled in full (a
    // language change reaches the models before the locale their texts follow is set)
    auto fitSoon = [this] {
        if (!m_fitQueued) {
            m_fitQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_fitQueued = false;
                fitColumns();
            });
        }
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitSoon);
    connect(m_proxy, &QAbstractItemModel::headerDataChanged, this, fitSoon);
    retranslateUi();
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(m_proxy->mapToSource(current)); });
    rebuildColumnUi();
    updateCount();
}

void DataTableView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending) {
        fitColumns();
    }
}

void DataTableView::fitColumns()
{
    m_fitPending = !isVisible();
    if (m_fitPending) {
        return;
    }
    // every column as wide as its contents; if they do not fit side by side, the widest ones
    // give way first (one common cap, never below 120 px), so no column hides the others. The
    // last column stretches over what is left; only its own need is kept free for it.
    const int columns = m_proxy->columnCount();
    QList<int> visible, widths;
    for (int c = 0; c < columns; ++c) {
        if (!m_view->isColumnHidden(c)) {
            visible << c;
        }
    }
    if (visible.size() < 2) {
        return;
    }
    const int last = visible.takeLast();
    for (int c : std::as_const(visible)) {
        m_view->resizeColumnToContents(c);
        widths << m_view->columnWidth(c) + 8;
    }
    int room = m_view->viewport()->width() - std::max(80, m_view->horizontalHeader()->sectionSizeHint(last) + 8);
    QList<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    int cap = sorted.last();
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const qsizetype rest = sorted.size() - i;
        if (sorted.at(i) * rest > room) {
            cap = std::max(120, int(room / rest));
            break;
        }
        room -= sorted.at(i);
    }
    for (qsizetype i = 0; i < visible.size(); ++i) {
        m_view->setColumnWidth(visible.at(i), std::min(widths.at(i), cap));
    }
}

void keepHeadersWhole(QTableView *table)
{
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        table->setColumnWidth(c, std::max(table->columnWidth(c), table->horizontalHeader()->sectionSizeHint(c)));
    }
}

QAbstractItemModel *DataTableView::sourceModel() const
{
    return m_proxy->sourceModel();
}

void DataTableView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void DataTableView::setColumnVisible(int sourceColumn, bool visible)
{
    m_view->setColumnHidden(sourceColumn, !visible);
    rebuildColumnUi();
}

bool DataTableView::isColumnVisible(int sourceColumn) const
{
    return !m_view->isColumnHidden(sourceColumn);
}

QList<int> DataTableView::visibleColumns() const
{
    QList<int> cols;
    const QHeaderView *h = m_view->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical)) {
            cols << logical;
        }
    }
    return cols;
}

QModelIndex DataTableView::currentSourceIndex() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i.siblingAtColumn(0)) : QModelIndex();
}

QList<int> DataTableView::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        rows << m_proxy->mapToSource(i).row();
    }
    return rows;
}

Documents::Document DataTableView::document() const
{
    QStringList filter;
    if (!m_search->text().trimmed().isEmpty()) {
        filter << tr("search: %1").arg(m_search->text().trimmed());
    }
    if (m_filterColumn->currentIndex() > 0 && !m_filterText->text().trimmed().isEmpty()) {
        filter << QStringLiteral("%1: %2").arg(m_filterColumn->currentText(), m_filterText->text().trimmed());
    }
    return TableExport::toDocument(m_proxy, m_title.isEmpty() ? tr("List") : m_title, visibleColumns(), filter.join(QStringLiteral("; ")));
}

bool DataTableView::exportTo(const QString &path, Documents::Format format, QString *error) const
{
    return Documents::Renderer(document()).write(format, path, error);
}

void DataTableView::exportAs()
{
    DocumentActions::exportAs(document(), this);
}

void DataTableView::printPreview()
{
    DocumentActions::preview(document(), this);
}

void DataTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_proxy->refreshCollation();
    }
    QWidget::changeEvent(event);
}

void DataTableView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search…"));
    m_filterText->setPlaceholderText(tr("Filter"));
    m_columnsButton->setText(tr("Columns") + QStringLiteral(" ▾"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the visible rows and columns: Excel, Word, PDF, HTML, XML, TXT or CSV"));
    m_printButton->setText(tr("Print"));
    m_printButton->setToolTip(tr("Print preview of the visible table"));
    rebuildColumnUi();
    updateCount();
}

void DataTableView::rebuildColumnUi()
{
    const QAbstractItemModel *m = m_proxy;
    const int keep = m_filterColumn->currentData().isValid() ? m_filterColumn->currentData().toInt() : -1;
    const QSignalBlocker block(m_filterColumn);
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("All columns"), -1);
    m_columnsMenu->clear();
    for (int c = 0; c < m->columnCount(); ++c) {
        const QString name = m->headerData(c, Qt::Horizontal).toString();
        m_filterColumn->addItem(name, c);
        QAction *a = m_columnsMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            // Never hide the last visible column: the table would look empty.
            if (!on && visibleColumns().size() <= 1) {
                return;
            }
            m_view->setColumnHidden(c, !on);
        });
    }
    const int at = m_filterColumn->findData(keep);
    m_filterColumn->setCurrentIndex(at >= 0 ? at : 0);
}

void DataTableView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    if (shown == total) {
        m_count->setText(tr("%n row(s)", nullptr, total));
    } else {
        //: %1 rows shown after filtering, %2 rows in total
        m_count->setText(tr("%1 of %2 rows").arg(shown).arg(total));
    }
}

} // namespace Ebilim::Client::Ui
