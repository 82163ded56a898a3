#include "tableproxymodel.h"

#include "models/entitymodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace Ebilim::Client::Ui {

TableProxyModel::TableProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void TableProxyModel::setSearchText(const QString &text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TableProxyModel::setColumnFilter(int column, const QString &text)
{
    m_filterColumn = text.trimmed().isEmpty() ? -1 : column;
    m_filterText = text.trimmed();
    invalidateRowsFilter();
}

void TableProxyModel::setFormatter(int column, const std::function<QString(const QVariant &)> &format)
{
    m_formatters.insert(column, format);
    invalidate();
}

QVariant TableProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const auto it = m_formatters.constFind(index.column());
        if (it != m_formatters.constEnd() && role == Qt::DisplayRole) {
            return (*it)(QSortFilterProxyModel::data(index, role));
        }
        return QSortFilterProxyModel::data(index, role);
    }
    const QModelIndex first = index.siblingAtColumn(0);
    const bool pending = QSortFilterProxyModel::data(first, EntityTableModel::PendingRole).toBool();
    const bool conflict = QSortFilterProxyModel::data(first, EntityTableModel::ConflictRole).toBool();
    const bool failed = QSortFilterProxyModel::data(first, EntityTableModel::FailedRole).toBool();
    if (!pending && !conflict && !failed) {
        return QSortFilterProxyModel::data(index, role);
    }
    if (role == Qt::DecorationRole && index.column() == 0) {
        QStyle *style = QApplication::style();
        if (conflict || failed) {
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return style->standardIcon(QStyle::SP_BrowserReload);
    }
    if (role == Qt::ToolTipRole) {
        if (conflict) {
            return tr("Conflict: someone else changed this record. Open the conflicts view to resolve it.");
        }
        if (failed) {
            const QString error = QSortFilterProxyModel::data(first, EntityTableModel::ErrorRole).toString();
            return tr("The server refused this change: %1").arg(error);
        }
        return tr("Saved on this computer; waiting to be sent to the server.");
    }
    if (role == Qt::ForegroundRole && (conflict || failed)) {
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    }
    if (role == Qt::FontRole && pending) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return QSortFilterProxyModel::data(index, role);
}

void TableProxyModel::refreshCollation()
{
    m_collator = TextCollator(QLocale());
    invalidate();
}

bool TableProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    QVariant l = left.data(sortRole());
    QVariant r = right.data(sortRole());
    const auto fmt = m_formatters.constFind(left.column());
    if (fmt != m_formatters.constEnd()) {
        l = (*fmt)(l);
        r = (*fmt)(r);
    }
    const bool ln = l.typeId() == QMetaType::Int || l.typeId() == QMetaType::LongLong || l.typeId() == QMetaType::Double;
    const bool rn = r.typeId() == QMetaType::Int || r.typeId() == QMetaType::LongLong || r.typeId() == QMetaType::Double;
    if (ln && rn) {
        return l.toDouble() < r.toDouble();
    }
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime) {
        return l.toDateTime() < r.toDateTime();
    }
    return m_collator.compare(l.toString(), r.toString()) < 0;
}

QString TableProxyModel::cellText(const QModelIndex &sourceIndex) const
{
    const QVariant v = sourceIndex.data();
    const auto it = m_formatters.constFind(sourceIndex.column());
    return it == m_formatters.constEnd() ? v.toString() : (*it)(v);
}

bool TableProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m) {
        return true;
    }
    if (m_filterColumn >= 0 && m_filterColumn < m->columnCount(sourceParent)) {
        const QString v = cellText(m->index(sourceRow, m_filterColumn, sourceParent));
        if (!v.contains(m_filterText, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const int columns = m->columnCount(sourceParent);
    for (const QString &w : m_words) {
        bool found = false;
        for (int c = 0; c < columns && !found; ++c) {
            found = cellText(m->index(sourceRow, c, sourceParent)).contains(w, Qt::CaseInsensitive);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

} // namespace Ebilim::Client::Ui
