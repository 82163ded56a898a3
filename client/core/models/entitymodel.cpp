#include "entitymodel.h"

#include "cache/localstore.h"

namespace Ebilim::Client {

namespace {
const QString kId = QStringLiteral("id");
}

EntityTableModel::EntityTableModel(LocalStore *store, const QString &entity, const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_entity(entity)
    , m_columns(columns)
{
    if (store) {
        connect(store, &LocalStore::rowsChanged, this, [this](const QString &changed) {
            if (changed == m_entity) {
                reload();
            }
        });
        m_rows = store->rows(entity);
        reindex();
    }
}

void EntityTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_index.insert(m_rows.at(i).value(kId).toInteger(), i);
    }
}

EntityTableModel::~EntityTableModel() = default;

void EntityTableModel::setColumns(const QList<Column> &columns)
{
    if (columns.size() == m_columns.size()) {
        bool sameFields = true;
        for (int i = 0; i < columns.size(); ++i) {
            sameFields = sameFields && columns.at(i).field == m_columns.at(i).field;
        }
        if (sameFields) {
            // Only the texts changed (language switch): keep views' selection and state.
            m_columns = columns;
            if (!columns.isEmpty()) {
                Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(columns.size()) - 1);
            }
            return;
        }
    }
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

int EntityTableModel::rowOf(qint64 id) const
{
    // Formatters call this once per cell: keep it constant-time.
    return m_index.value(id, -1);
}

QCborMap EntityTableModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QCborMap();
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QCborMap &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QCborValue v = r.value(m_columns.at(index.column()).field);
        return v.isUndefined() || v.isNull() ? QVariant() : v.toVariant();
    }
    case PendingRole:
        return r.value(QStringLiteral("_pending")).toBool();
    case ConflictRole:
        return r.value(QStringLiteral("_conflict")).toBool();
    case FailedRole:
        return r.value(QStringLiteral("_failed")).toBool();
    case ErrorRole:
        return r.value(QStringLiteral("_error")).toString();
    case RowDataRole:
        return QVariant::fromValue(r);
    case IdRole:
        return r.value(kId).toInteger();
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size()) {
        return m_columns.at(section).header;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PendingRole, "pending");
    names.insert(ConflictRole, "conflict");
    names.insert(FailedRole, "failed");
    names.insert(ErrorRole, "error");
    names.insert(RowDataRole, "rowData");
    names.insert(IdRole, "rowId");
    return names;
}

void EntityTableModel::reload()
{
    if (!m_store) {
        return;
    }
    QList<QCborMap> fresh = m_store->rows(m_entity);
    bool sameIds = fresh.size() == m_rows.size();
    for (int i = 0; sameIds && i < fresh.size(); ++i) {
        sameIds = fresh.at(i).value(kId).toInteger() == m_rows.at(i).value(kId).toInteger();
    }
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(fresh);
        reindex();
        endResetModel();
        return;
    }
    // Same rows in the same order: report changed rows only, so views keep selection and scroll.
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i) != m_rows.at(i)) {
            m_rows[i] = fresh.at(i);
            if (!m_columns.isEmpty()) {
                Q_EMIT dataChanged(index(i, 0), index(i, int(m_columns.size()) - 1));
            }
        }
    }
}

} // namespace Ebilim::Client
