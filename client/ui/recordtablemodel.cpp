#include "recordtablemodel.h"

#include "errortext.h"
#include "net/job.h"

#include <QLabel>

#include <QCborArray>

namespace Ebilim::Client::Ui {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordTableModel::setRecords(const QList<QCborMap> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

void RecordTableModel::upsert(const QCborMap &record, const QString &idKey)
{
    const QCborValue id = record.value(idKey);
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).value(idKey) == id) {
            m_records[i] = record;
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

int RecordTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

void RecordTableModel::retranslate()
{
    if (!m_columns.isEmpty()) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    }
    if (!m_records.isEmpty() && !m_columns.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, int(m_columns.size()) - 1));
    }
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QCborMap &r = m_records.at(index.row());
    const Column &c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        if (c.display) {
            return c.display(r);
        }
        const QCborValue v = r.value(c.key);
        if (v.isInteger()) {
            return v.toInteger();
        }
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (v.isBool()) {
            return v.toBool();
        }
        if (v.isArray() || v.isMap()) {
            return v.toDiagnosticNotation(QCborValue::Compact);
        }
        return v.toString();
    }
    case Qt::ToolTipRole: {
        const QVariant d = data(index, Qt::DisplayRole);
        return d.toString().size() > 40 ? d : QVariant();
    }
    case RecordRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size()) {
        const Column &c = m_columns.at(section);
        return c.header ? c.header() : c.key;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RecordTableModel::fillFrom(Job *job, QLabel *error, QObject *context, std::function<void(bool, int)> done, Fill mode)
{
    connect(job, &Job::finished, context, [this, error, done, mode](Job *j) {
        error->setVisible(!j->ok());
        if (!j->ok()) {
            error->setText(ErrorText::describe(j->outcome()));
            if (done) {
                done(false, 0);
            }
            return;
        }
        QList<QCborMap> rows = mode == Fill::Append ? m_records : QList<QCborMap>();
        const QCborArray page = j->result().toArray();
        for (const QCborValue &v : page) {
            rows << v.toMap();
        }
        setRecords(rows);
        if (done) {
            done(true, int(page.size()));
        }
    });
}

} // namespace Ebilim::Client::Ui
