#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QCborMap>
#include <QList>
#include <QPointer>
#include <QString>

namespace Ebilim::Client {

class LocalStore;

/**
 * A table over LocalStore::rows(entity): one row per record (my pending edits applied),
 * one column per field. The caller supplies fields and translated header texts (call
 * setColumns() again after a language change). Read-only: edits go through
 * LocalStore::enqueueEdit(). Follows LocalStore::rowsChanged: changed values emit
 * dataChanged, a changed set of rows resets the model. Sort and filter with a
 * QSortFilterProxyModel (DisplayRole gives the field's plain value).
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString field;  ///< key in the row map, e.g. `code`, `nameRu`
        QString header; ///< text for the header (translated by the caller)
    };

    enum Role {
        PendingRole = Qt::UserRole + 1, ///< bool: a local edit waits to be sent
        ConflictRole,                   ///< bool: the server refused it as stale; resolve via LocalStore::conflicts()
        FailedRole,                     ///< bool: the server refused the edit for good (poisoned)
        ErrorRole,                      ///< QString: why it was refused
        RowDataRole,                    ///< QCborMap: the whole row (as QVariant)
        IdRole,                         ///< qint64: row id (negative: created offline, not sent yet)
    };
    Q_ENUM(Role)

    EntityTableModel(LocalStore *store, const QString &entity, const QList<Column> &columns, QObject *parent = nullptr);
    ~EntityTableModel() override;

    QString entity() const { return m_entity; }
    QList<Column> columns() const { return m_columns; }
    void setColumns(const QList<Column> &columns);
    /// Model row of the record with @p id, or -1.
    int rowOf(qint64 id) const;
    QCborMap rowData(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    /// Re-reads the rows from the store (called on rowsChanged of this entity).
    void reload();

private:
    QPointer<LocalStore> m_store;
    QString m_entity;
    QList<Column> m_columns;
    QList<QCborMap> m_rows;
    QHash<qint64, int> m_index; ///< id → row
    void reindex();
};

} // namespace Ebilim::Client
