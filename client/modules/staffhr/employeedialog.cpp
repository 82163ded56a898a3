#include "employeedialog.h"

#include "messages.h"
#include "net/job.h"
#include "net/session.h"
#include "recordform.h"
#include "recordtablemodel.h"
#include "staffterms.h"
#include "studenthr/studyterms.h"

#include <QCborArray>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {
const char *const kTextFields[] = {"lastName", "firstName", "patronymic", "lastNameRu", "firstNameRu", "patronymicRu", "latinName",
                                   "pin", "birthDate", "phone", "email", "address"};

QList<QCborMap> mapsOf(const QCborValue &v)
{
    QList<QCborMap> out;
    for (const QCborValue &x : v.toArray()) {
        out << x.toMap();
    }
    return out;
}

QTableView *tableFor(Ui::RecordTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

EmployeeDialog::EmployeeDialog(Session *session, const QCborMap &card, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_card(card)
    , m_editable(editable)
{
    setObjectName(QStringLiteral("employeeDialog"));
    m_form = new Ui::RecordForm(this);
    for (const char *k : kTextFields) {
        const QString key = QString::fromLatin1(k);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        // Dates are shown and typed as dd.MM.yyyy, as on Kyrgyz papers; the protocol uses ISO.
        const QDate date = key == QLatin1String("birthDate") ? QDate::fromString(card.value(key).toString(), Qt::ISODate) : QDate();
        edit->setText(date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : card.value(key).toString());
        edit->setReadOnly(!editable);
        m_edits.insert(key, edit);
    }
    m_edits.value(QStringLiteral("pin"))->setMaxLength(14);
    m_edits.value(QStringLiteral("pin"))->setInputMask(QString());
    m_edits.value(QStringLiteral("birthDate"))->setPlaceholderText(QStringLiteral("dd.MM.yyyy"));
    m_gender = new QComboBox(this);
    m_gender->addItem(QString(), QStringLiteral("F"));
    m_gender->addItem(QString(), QStringLiteral("M"));
    m_degree = new QComboBox(this);
    for (const char *d : {"", "candidate", "doctor", "phd"}) {
        m_degree->addItem(QString(), QString::fromLatin1(d));
    }
    m_title = new QComboBox(this);
    for (const char *t : {"", "docent", "professor"}) {
        m_title->addItem(QString(), QString::fromLatin1(t));
    }
    m_education = new QPlainTextEdit(this);
    m_education->setTabChangesFocus(true);
    m_education->setMaximumHeight(60);
    m_education->setPlainText(card.value(QStringLiteral("education")).toString());
    m_education->setReadOnly(!editable);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(card.value(QStringLiteral("gender")).toString(QStringLiteral("M")))));
    m_degree->setCurrentIndex(qMax(0, m_degree->findData(card.value(QStringLiteral("degree")).toString())));
    m_title->setCurrentIndex(qMax(0, m_title->findData(card.value(QStringLiteral("title")).toString())));
    for (QComboBox *c : {m_gender, m_degree, m_title}) {
        c->setEnabled(editable);
    }

    const QStringList order{QStringLiteral("lastName"), QStringLiteral("firstName"), QStringLiteral("patronymic"), QStringLiteral("lastNameRu"),
                            QStringLiteral("firstNameRu"), QStringLiteral("patronymicRu"), QStringLiteral("latinName"), QStringLiteral("pin"),
                            QStringLiteral("birthDate"), QStringLiteral("gender"), QStringLiteral("education"), QStringLiteral("degree"),
                            QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("address")};
    for (const QString &key : order) {
        QWidget *w = m_edits.value(key);
        if (key == QLatin1String("gender")) {
            w = m_gender;
        } else if (key == QLatin1String("degree")) {
            w = m_degree;
        } else if (key == QLatin1String("title")) {
            w = m_title;
        } else if (key == QLatin1String("education")) {
            w = m_education;
        }
        m_form->addField(key, w);
    }
    for (const char *k : {"lastName", "firstName", "gender"}) {
        m_form->setRequired(QString::fromLatin1(k), true);
    }

    m_positions = new Ui::RecordTableModel(this);
    m_positions->setColumns({
        {QStringLiteral("position"), [] { return tr("Position"); }},
        {QStringLiteral("unitCode"), [] { return tr("Unit"); }},
        {QStringLiteral("rate"), [] { return tr("Rate"); },
         [](const QCborMap &r) -> QVariant { return QString::number(r.value(QStringLiteral("rate")).toDouble(), 'f', 2); }},
        {QStringLiteral("teaching"), [] { return tr("Teaching"); },
         [](const QCborMap &r) -> QVariant { return r.value(QStringLiteral("teaching")).toBool() ? tr("yes") : QString(); }},
        {QStringLiteral("since"), [] { return tr("Since"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("since")).toString()); }},
        {QStringLiteral("until"), [] { return tr("Until"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("until")).toString()); }},
    });
    m_positions->setRecords(mapsOf(card.value(QStringLiteral("positions"))));
    m_leaves = new Ui::RecordTableModel(this);
    m_leaves->setColumns({
        {QStringLiteral("kind"), [] { return tr("Leave"); },
         [](const QCborMap &r) -> QVariant { return StaffTerms::leaveKind(r.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("dateFrom"), [] { return tr("From"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("dateFrom")).toString()); }},
        {QStringLiteral("dateTo"), [] { return tr("To"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("dateTo")).toString()); }},
    });
    m_leaves->setRecords(mapsOf(card.value(QStringLiteral("leaves"))));
    m_awards = new Ui::RecordTableModel(this);
    m_awards->setColumns({
        {QStringLiteral("date"), [] { return tr("Date"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("date")).toString()); }},
        {QStringLiteral("kind"), [] { return tr("Award"); }},
        {QStringLiteral("text"), [] { return tr("Wording"); }},
    });
    m_awards->setRecords(mapsOf(card.value(QStringLiteral("awards"))));
    m_history = new Ui::RecordTableModel(this);
    m_history->setColumns({
        {QStringLiteral("orderDate"), [] { return tr("Date"); }},
        {QStringLiteral("orderNo"), [] { return tr("Order No."); }},
        {QStringLiteral("kind"), [] { return tr("Kind"); },
         [](const QCborMap &r) -> QVariant { return StaffTerms::orderKind(r.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("summary"), [] { return tr("Contents"); }},
    });
    m_history->setRecords(mapsOf(card.value(QStringLiteral("history"))));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(tableFor(m_positions, this), QString());
    m_tabs->addTab(tableFor(m_leaves, this), QString());
    m_tabs->addTab(tableFor(m_awards, this), QString());
    m_tabs->addTab(tableFor(m_history, this), QString());
    if (card.isEmpty()) {
        for (int i = 1; i < m_tabs->count(); ++i) {
            m_tabs->setTabEnabled(i, false);
        }
    }

    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_save->setVisible(editable);
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &EmployeeDialog::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(720, 640);
    retranslateUi();
}

void EmployeeDialog::setField(const QString &key, const QString &value)
{
    if (QLineEdit *e = m_edits.value(key)) {
        e->setText(value);
    } else if (key == QLatin1String("gender")) {
        m_gender->setCurrentIndex(qMax(0, m_gender->findData(value)));
    } else if (key == QLatin1String("degree")) {
        m_degree->setCurrentIndex(qMax(0, m_degree->findData(value)));
    } else if (key == QLatin1String("title")) {
        m_title->setCurrentIndex(qMax(0, m_title->findData(value)));
    } else if (key == QLatin1String("education")) {
        m_education->setPlainText(value);
    }
}

QCborMap EmployeeDialog::arguments() const
{
    QCborMap a;
    const qint64 id = m_card.value(QStringLiteral("id")).toInteger();
    if (id > 0) {
        a.insert(QStringLiteral("id"), id);
        a.insert(QStringLiteral("rowVersion"), m_card.value(QStringLiteral("rowVersion")).toInteger());
    }
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        QString v = it.value()->text().trimmed();
        if (it.key() == QLatin1String("birthDate")) {
            const QDate d = QDate::fromString(v, QStringLiteral("d.M.yyyy"));
            v = d.isValid() ? d.toString(Qt::ISODate) : v; // anything else goes as typed: the server names the problem
        }
        // Optional fields left empty are sent empty (clearing them); the birth date only when given.
        if (!v.isEmpty() || (it.key() != QLatin1String("birthDate") && it.key() != QLatin1String("pin"))) {
            a.insert(it.key(), v);
        }
    }
    a.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    a.insert(QStringLiteral("degree"), m_degree->currentData().toString());
    a.insert(QStringLiteral("title"), m_title->currentData().toString());
    a.insert(QStringLiteral("education"), m_education->toPlainText().trimmed());
    return a;
}

void EmployeeDialog::save()
{
    m_form->clearErrors();
    m_save->setEnabled(false);
    Job *job = m_session->call(QStringLiteral("staffhr.employees.save"), arguments());
    connect(job, &Job::finished, this, [this](Job *j) {
        m_save->setEnabled(true);
        if (!j->ok()) {
            m_tabs->setCurrentIndex(0);
            if (m_form->showError(j->outcome())) {
                const QCborMap d = j->outcome().error.details;
                const QString text = StaffTerms::problem(d.value(QStringLiteral("reason")).toString());
                if (!text.isEmpty()) {
                    m_form->setFieldError(d.value(QStringLiteral("field")).toString(), text);
                }
            }
            Q_EMIT saveFailed();
            return;
        }
        m_saved = j->result().toMap();
        Q_EMIT saved(m_saved);
        accept();
    });
}

void EmployeeDialog::retranslateUi()
{
    const QString name = QStringLiteral("%1 %2").arg(m_card.value(QStringLiteral("lastName")).toString(),
                                                     m_card.value(QStringLiteral("firstName")).toString());
    setWindowTitle(m_card.isEmpty() ? tr("New employee") : tr("Employee card: %1").arg(name));
    m_form->setLabel(QStringLiteral("lastName"), tr("Last name"));
    m_form->setLabel(QStringLiteral("firstName"), tr("First name"));
    m_form->setLabel(QStringLiteral("patronymic"), tr("Patronymic"));
    m_form->setLabel(QStringLiteral("lastNameRu"), tr("Last name (Russian)"));
    m_form->setLabel(QStringLiteral("firstNameRu"), tr("First name (Russian)"));
    m_form->setLabel(QStringLiteral("patronymicRu"), tr("Patronymic (Russian)"));
    m_form->setLabel(QStringLiteral("latinName"), tr("Name in Latin letters"));
    m_form->setLabel(QStringLiteral("pin"), tr("PIN"));
    m_form->setLabel(QStringLiteral("birthDate"), tr("Date of birth"));
    m_form->setLabel(QStringLiteral("gender"), tr("Gender"));
    m_form->setLabel(QStringLiteral("education"), tr("Education"));
    m_form->setLabel(QStringLiteral("degree"), tr("Academic degree"));
    m_form->setLabel(QStringLiteral("title"), tr("Academic title"));
    m_form->setLabel(QStringLiteral("phone"), tr("Phone"));
    m_form->setLabel(QStringLiteral("email"), tr("E-mail"));
    m_form->setLabel(QStringLiteral("address"), tr("Address"));
    m_edits.value(QStringLiteral("pin"))->setToolTip(tr("14 digits: 1 (female) or 2 (male), the date of birth ddMMyyyy, 5 more digits"));
    m_edits.value(QStringLiteral("birthDate"))->setToolTip(tr("Taken from the PIN when left empty"));
    for (int i = 0; i < m_gender->count(); ++i) {
        m_gender->setItemText(i, StaffTerms::gender(m_gender->itemData(i).toString()));
    }
    for (int i = 0; i < m_degree->count(); ++i) {
        m_degree->setItemText(i, StaffTerms::degree(m_degree->itemData(i).toString()));
    }
    for (int i = 0; i < m_title->count(); ++i) {
        m_title->setItemText(i, StaffTerms::title(m_title->itemData(i).toString()));
    }
    m_tabs->setTabText(0, tr("Personal data"));
    m_tabs->setTabText(1, tr("Positions"));
    m_tabs->setTabText(2, tr("Leaves"));
    m_tabs->setTabText(3, tr("Awards"));
    m_tabs->setTabText(4, tr("History"));
    m_save->setText(Ui::Messages::saveText());
    m_close->setText(Ui::Messages::closeText());
    for (Ui::RecordTableModel *m : {m_positions, m_leaves, m_awards, m_history}) {
        m->retranslate();
    }
}

void EmployeeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
