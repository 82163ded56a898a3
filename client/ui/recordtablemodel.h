#pragma once

#include <QAbstractTableModel>
#include <QCborMap>
#include <QList>

#include <functional>

class QLabel;

namespace Ebilim::Client {
class Job;
}

namespace Ebilim::Client::Ui {

/**
 * A read-only table over records as they come from the server (one QCborMap per row).
 * Columns are declared with a key and a header function (called on every headerData(), so
 * headers follow the current language). A column may format its value itself.
 */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The record of a row, for views that need more than the visible columns.
    static constexpr int RecordRole = Qt::UserRole + 100;

    struct Column
    {
        QString key;
        std::function<QString()> header;
        /// Optional: display value from the whole record (default: record[key]).
        std::function<QVariant(const QCborMap &)> display = {};
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setRecords(const QList<QCborMap> &records);
    /// Replaces the row whose @p idKey equals @p record's, or appends it.
    void upsert(const QCborMap &record, const QString &idKey = QStringLiteral("id"));
    QCborMap record(int row) const { return m_records.value(row); }
    QList<QCborMap> records() const { return m_records; }
    int columnOf(const QString &key) const;
    /// Tells views to fetch headers and formatted values again (after a language change).
    void retranslate();

    enum class Fill { Replace, Append };
    /**
     * The one way a screen loads a server list into this model: when @p job finishes, its
     * array result replaces (or is appended to) the records, and @p error shows the
     * translated failure (hidden on success). @p done gets success and the number of rows
     * received; it runs only while @p context lives.
     */
    void fillFrom(Job *job, QLabel *error, QObject *context, std::function<void(bool ok, int received)> done = {},
                  Fill mode = Fill::Replace);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QCborMap> m_records;
};

} // namespace Ebilim::Client::Ui
