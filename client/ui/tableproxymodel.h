#pragma once

#include "textcollator.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <functional>

namespace Ebilim::Client::Ui {

/**
 * Sorting and filtering for every list: sorts text with the current language's collation
 * (TextCollator, so Kyrgyz Ң/Ө/Ү sort right) and numbers as numbers; filters by a search
 * text over all columns (every word must occur somewhere in the row) and optionally by one
 * column containing a text.
 */
class TableProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableProxyModel(QObject *parent = nullptr);

    /// Words separated by spaces; a row matches when each word occurs in some column.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Only rows whose @p column contains @p text (case-insensitive). column < 0 clears it.
    void setColumnFilter(int column, const QString &text);
    int columnFilterColumn() const { return m_filterColumn; }
    /// Shows column @p column through @p format (e.g. a unit kind code → its translated title);
    /// search, filter, sort and export use the formatted text.
    void setFormatter(int column, const std::function<QString(const QVariant &)> &format);
    /// Marks rows whose source has EntityTableModel's Pending/Conflict/Failed roles set
    /// (icon and tooltip in the first column, colour for failed and conflicted rows).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Re-sorts with the collation of QLocale() (call after the language changed).
    void refreshCollation();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString cellText(const QModelIndex &sourceIndex) const;

    QString m_search;
    QStringList m_words;
    int m_filterColumn = -1;
    QString m_filterText;
    TextCollator m_collator;
    QHash<int, std::function<QString(const QVariant &)>> m_formatters;
};

} // namespace Ebilim::Client::Ui
