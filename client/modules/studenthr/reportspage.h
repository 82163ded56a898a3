#pragma once

#include "documents/document.h"

#include <QCborMap>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * Contingent reports: counts at a date by faculty, specialty, year of study, form of study,
 * funding, age or nationality (with budget/contract and female/male columns), and the
 * movement of students over a period from the signed orders. Each as a table (search,
 * export in every format, print) and a bar chart.
 */
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Ui::ClientContext *context, QWidget *parent = nullptr);

    /// "faculty", …, or "movement".
    void setReport(const QString &report);
    void refresh();
    Ui::RecordTableModel *model() const { return m_model; }
    QChart *chart() const;
    QCborMap totals() const { return m_totals; }
    /// The Ministry's contingent return (documents engine, kind contingent_form), previewed.
    void ministryReturn();
    /// Tests: no preview dialog, only ministryReturnReady().
    void setQuiet(bool quiet) { m_quiet = quiet; }

Q_SIGNALS:
    void loaded(bool ok);
    void ministryReturnReady(const Ebilim::Documents::Document &doc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChart();
    void updateSummary();
    void prepareReturn(qint64 unitId, bool mayFallBack);
    bool isMovement() const;

    Ui::ClientContext *m_context;
    QComboBox *m_report = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_ministry = nullptr;
    bool m_quiet = false;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    Ui::RecordTableModel *m_model = nullptr;
    Ui::DataTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QCborMap m_totals;
};

} // namespace Ebilim::Client::Modules
