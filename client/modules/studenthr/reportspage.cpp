#include "reportspage.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "documentactions.h"
#include "errortext.h"
#include "languagemanager.h"
#include "net/session.h"
#include "recordtablemodel.h"
#include "studyterms.h"
#include "tableexport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCborArray>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Ebilim::Client::Modules {

namespace {

const QStringList kReports{QStringLiteral("faculty"), QStringLiteral("specialty"), QStringLiteral("course"), QStringLiteral("studyForm"),
                           QStringLiteral("funding"), QStringLiteral("age"),       QStringLiteral("nationality"), QStringLiteral("movement")};

/// The label of a report row in the interface language (codes from the server translated here).
QString rowLabel(const QString &report, const QCborMap &r)
{
    const QString key = r.value(QStringLiteral("key")).toString();
    if (report == QLatin1String("studyForm")) {
        return StudyTerms::studyForm(key);
    }
    if (report == QLatin1String("funding")) {
        return StudyTerms::funding(key);
    }
    if (report == QLatin1String("course")) {
        return ReportsPage::tr("year %1").arg(key);
    }
    if (report == QLatin1String("movement")) {
        const QString reason = r.value(QStringLiteral("reason")).toString();
        return StudyTerms::orderKind(r.value(QStringLiteral("kind")).toString()) + (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    }
    if (r.contains(QStringLiteral("nameKy"))) {
        return Ui::LanguageManager::localName(r); // faculties and specialties
    }
    const QString label = r.value(QStringLiteral("label")).toString();
    return label.isEmpty() ? key : label;
}

} // namespace

ReportsPage::ReportsPage(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_report = new QComboBox(this);
    for (const QString &r : kReports) {
        m_report->addItem(QString(), r);
    }
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_to->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(this);
    m_ministry = new QPushButton(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_summary = new QLabel(this);
    m_model = new Ui::RecordTableModel(this);
    m_table = new Ui::DataTableView(this);
    m_table->setModel(m_model);
    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_report);
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_ministry);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_ministry, &QPushButton::clicked, this, &ReportsPage::ministryReturn);
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        const bool movement = isMovement();
        m_toLabel->setVisible(movement);
        m_to->setVisible(movement);
        if (movement && m_date->date() == QDate::currentDate()) {
            m_date->setDate(QDate(QDate::currentDate().year(), 1, 1));
        }
        retranslateUi();
        refresh();
    });
    m_toLabel->setVisible(false);
    m_to->setVisible(false);
    retranslateUi();
}

bool ReportsPage::isMovement() const
{
    return m_report->currentData().toString() == QLatin1String("movement");
}

void ReportsPage::setReport(const QString &report)
{
    m_report->setCurrentIndex(std::max(0, m_report->findData(report)));
}

QChart *ReportsPage::chart() const
{
    return m_chartView->chart();
}

void ReportsPage::refresh()
{
    const QString report = m_report->currentData().toString();
    QList<Ui::RecordTableModel::Column> columns{
        {QStringLiteral("label"), [this] { return isMovement() ? tr("Order, reason") : m_report->currentText(); },
         [report](const QCborMap &r) -> QVariant { return rowLabel(report, r); }}};
    if (isMovement()) {
        columns << Ui::RecordTableModel::Column{QStringLiteral("count"), [] { return tr("Students"); }};
    } else {
        columns << Ui::RecordTableModel::Column{QStringLiteral("total"), [] { return tr("Total"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("budget"), [] { return StudyTerms::funding(QStringLiteral("budget")); }}
                << Ui::RecordTableModel::Column{QStringLiteral("contract"), [] { return StudyTerms::funding(QStringLiteral("contract")); }}
                << Ui::RecordTableModel::Column{QStringLiteral("female"), [] { return tr("Female"); }}
                << Ui::RecordTableModel::Column{QStringLiteral("male"), [] { return tr("Male"); }};
    }
    m_model->setColumns(columns);
    m_model->setRecords({});
    m_totals = {};
    Job *job = isMovement()
        ? m_context->session()->call(QStringLiteral("studenthr.reports.movement"), {{QStringLiteral("from"), m_date->date().toString(Qt::ISODate)},
                                                                                     {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)}})
        : m_context->session()->call(QStringLiteral("studenthr.reports.contingent"),
                                     {{QStringLiteral("by"), report}, {QStringLiteral("date"), m_date->date().toString(Qt::ISODate)}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            m_error->setText(Ui::ErrorText::describe(j->outcome()));
            m_error->setVisible(true);
            Q_EMIT loaded(false);
            return;
        }
        m_error->setVisible(false);
        const QCborMap r = j->result().toMap();
        QList<QCborMap> rows;
        for (const QCborValue &v : r.value(QStringLiteral("rows")).toArray()) {
            rows << v.toMap();
        }
        m_model->setRecords(rows);
        m_totals = r.value(QStringLiteral("totals")).toMap();
        updateSummary();
        fillChart();
        Q_EMIT loaded(true);
    });
}

void ReportsPage::ministryReturn()
{
    // The university's return; a dean or college gets their own unit's (the first group's faculty).
    Job *units = m_context->session()->call(QStringLiteral("org.units.list"));
    connect(units, &Job::finished, this, [this](Job *j) {
        qint64 university = 0;
        for (const QCborValue &v : j->result().toArray()) {
            if (v.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("university")) {
                university = v.toMap().value(QStringLiteral("id")).toInteger();
                break;
            }
        }
        prepareReturn(university, true);
    });
}

void ReportsPage::prepareReturn(qint64 unitId, bool mayFallBack)
{
    Job *job = m_context->session()->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("contingent_form")},
                                                                                 {QStringLiteral("subjectId"), std::max<qint64>(unitId, 1)},
                                                                                 {QStringLiteral("lang"), Ui::TableExport::currentLanguage()}});
    connect(job, &Job::finished, this, [this, mayFallBack](Job *j) {
        if (j->ok()) {
            const Documents::Document doc = Documents::Document::fromCbor(j->result().toMap());
            Q_EMIT ministryReturnReady(doc);
            if (!m_quiet) {
                Ui::DocumentActions::preview(doc, this);
            }
            return;
        }
        if (mayFallBack && j->error().code == Protocol::ErrorCode::NotAuthorized) {
            Job *groups = m_context->session()->call(QStringLiteral("studenthr.groups.list"));
            connect(groups, &Job::finished, this, [this](Job *g) {
                const QCborArray list = g->result().toArray();
                if (!list.isEmpty()) {
                    prepareReturn(list.first().toMap().value(QStringLiteral("facultyId")).toInteger(), false);
                }
            });
            return;
        }
        m_error->setText(Ui::ErrorText::describe(j->outcome()));
        m_error->setVisible(true);
    });
}

void ReportsPage::updateSummary()
{
    if (m_totals.isEmpty()) {
        m_summary->clear();
    } else if (isMovement()) {
        m_summary->setText(tr("Admitted %1, expelled %2, transferred %3, on leave %4, returned %5, reinstated %6, graduated %7.")
                               .arg(m_totals.value(QStringLiteral("admitted")).toInteger())
                               .arg(m_totals.value(QStringLiteral("expelled")).toInteger())
                               .arg(m_totals.value(QStringLiteral("transferred")).toInteger())
                               .arg(m_totals.value(QStringLiteral("onLeave")).toInteger())
                               .arg(m_totals.value(QStringLiteral("returned")).toInteger())
                               .arg(m_totals.value(QStringLiteral("reinstated")).toInteger())
                               .arg(m_totals.value(QStringLiteral("graduated")).toInteger()));
    } else {
        m_summary->setText(tr("Total: %1 students (state-funded %2, contract %3).")
                               .arg(m_totals.value(QStringLiteral("total")).toInteger())
                               .arg(m_totals.value(QStringLiteral("budget")).toInteger())
                               .arg(m_totals.value(QStringLiteral("contract")).toInteger()));
    }
}

void ReportsPage::fillChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    const QString report = m_report->currentData().toString();
    auto *series = new QBarSeries;
    QStringList categories;
    if (isMovement()) {
        auto *set = new QBarSet(tr("Students"));
        for (const QCborMap &r : m_model->records()) {
            categories << rowLabel(report, r);
            *set << double(r.value(QStringLiteral("count")).toInteger());
        }
        series->append(set);
    } else {
        auto *budget = new QBarSet(StudyTerms::funding(QStringLiteral("budget")));
        auto *contract = new QBarSet(StudyTerms::funding(QStringLiteral("contract")));
        for (const QCborMap &r : m_model->records().mid(0, 30)) { // a chart of more bars reads as noise
            categories << rowLabel(report, r);
            *budget << double(r.value(QStringLiteral("budget")).toInteger());
            *contract << double(r.value(QStringLiteral("contract")).toInteger());
        }
        series->append(budget);
        series->append(contract);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
    chart->setTitle(m_report->currentText());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ReportsPage::retranslateUi()
{
    const QList<QPair<QString, QString>> names{{QStringLiteral("faculty"), tr("By faculty")},
                                               {QStringLiteral("specialty"), tr("By specialty")},
                                               {QStringLiteral("course"), tr("By year of study")},
                                               {QStringLiteral("studyForm"), tr("By form of study")},
                                               {QStringLiteral("funding"), tr("By funding")},
                                               {QStringLiteral("age"), tr("By age")},
                                               {QStringLiteral("nationality"), tr("By nationality")},
                                               {QStringLiteral("movement"), tr("Movement for a period")}};
    for (const auto &n : names) {
        m_report->setItemText(m_report->findData(n.first), n.second);
    }
    m_dateLabel->setText(isMovement() ? tr("&From:") : tr("&On date:"));
    m_toLabel->setText(tr("&To:"));
    m_refresh->setText(tr("Show"));
    m_ministry->setText(tr("Ministry return…"));
    m_ministry->setToolTip(tr("The contingent return for the Ministry: by specialty, form and year; print, or export as XML or Excel"));
    m_table->setTitle(tr("Contingent: %1").arg(m_report->currentText()));
    m_model->retranslate();
    updateSummary();
    if (!m_model->records().isEmpty()) {
        fillChart();
    }
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
