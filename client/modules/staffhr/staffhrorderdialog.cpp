#include "staffhrorderdialog.h"

#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "net/job.h"
#include "net/session.h"
#include "recordform.h"
#include "staffterms.h"
#include "textcollator.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ebilim::Client::Modules {

namespace {
const QStringList kKinds{QStringLiteral("hiring"), QStringLiteral("transfer"), QStringLiteral("leave"), QStringLiteral("award"),
                         QStringLiteral("dismissal")};
const QStringList kLeaveKinds{QStringLiteral("annual"), QStringLiteral("study"), QStringLiteral("maternity"), QStringLiteral("unpaid"),
                              QStringLiteral("sick")};
/// Item field of each column (the protocol's names).
const char *const kFields[] = {"employeeId", "fromPositionId", "unitId", "position", "rate", "teaching",
                               "leaveKind",  "dateFrom",       "dateTo", "awardKind", "text", "reason"};

QDateEdit *dateEdit(QWidget *parent, const QDate &d)
{
    auto *e = new QDateEdit(d.isValid() ? d : QDate::currentDate(), parent);
    e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    e->setCalendarPopup(true);
    return e;
}
} // namespace

StaffOrderDialog::StaffOrderDialog(Session *session, const QCborMap &order, const QList<QCborMap> &employees, const QList<QCborMap> &units,
                                   bool canWrite, bool canSign, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_order(order)
    , m_employees(employees)
    , m_units(units)
    , m_canWrite(canWrite)
    , m_canSign(canSign)
{
    setObjectName(QStringLiteral("staffOrderDialog"));
    const Ui::TextCollator collator;
    std::sort(m_units.begin(), m_units.end(), [&collator](const QCborMap &a, const QCborMap &b) {
        return collator.compare(a.value(QStringLiteral("code")).toString(), b.value(QStringLiteral("code")).toString()) < 0;
    });
    m_form = new Ui::RecordForm(this);
    m_kind = new QComboBox(this);
    for (const QString &k : kKinds) {
        m_kind->addItem(QString(), k);
    }
    m_number = new QLineEdit(this);
    m_date = dateEdit(this, QDate::fromString(order.value(QStringLiteral("date")).toString(), Qt::ISODate));
    m_title = new QLineEdit(this);
    m_basis = new QLineEdit(this);
    m_form->addField(QStringLiteral("kind"), m_kind);
    m_form->addField(QStringLiteral("number"), m_number);
    m_form->addField(QStringLiteral("date"), m_date);
    m_form->addField(QStringLiteral("title"), m_title);
    m_form->addField(QStringLiteral("basis"), m_basis);
    for (const char *k : {"kind", "number", "date"}) {
        m_form->setRequired(QString::fromLatin1(k), true);
    }
    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->setObjectName(QStringLiteral("orderItems"));
    m_items->verticalHeader()->setDefaultSectionSize(30);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_items->setColumnWidth(Employee, 220);
    m_items->setColumnWidth(FromPosition, 200);
    m_items->setColumnWidth(Unit, 110);
    m_items->setColumnWidth(Position, 160);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeLine"));
    m_saveButton = new QPushButton(this);
    m_signButton = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_add);
    itemButtons->addWidget(m_remove);
    itemButtons->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_signButton);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(itemButtons);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);

    if (!order.isEmpty()) {
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(order.value(QStringLiteral("kind")).toString())));
        m_number->setText(order.value(QStringLiteral("number")).toString());
        m_title->setText(order.value(QStringLiteral("title")).toString());
        m_basis->setText(order.value(QStringLiteral("basis")).toString());
        for (const QCborValue &i : order.value(QStringLiteral("items")).toArray()) {
            addItem(i.toMap());
        }
    }
    const bool canEdit = editable();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_number, m_date, m_title, m_basis, m_add, m_remove}) {
        w->setEnabled(canEdit);
    }
    m_items->setEnabled(canEdit || !order.isEmpty());
    m_saveButton->setVisible(canEdit);
    m_signButton->setVisible(canEdit && m_canSign);
    m_saveButton->setDefault(true);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &StaffOrderDialog::updateColumns);
    connect(m_add, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_items->currentRow() >= 0) {
            m_items->removeRow(m_items->currentRow());
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveDraft(false); });
    connect(m_signButton, &QPushButton::clicked, this, [this] { saveDraft(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(1100, 560);
    retranslateUi();
    updateColumns();
}

bool StaffOrderDialog::editable() const
{
    const QString state = m_order.value(QStringLiteral("state")).toString();
    return m_canWrite && (state.isEmpty() || state == QLatin1String("draft"));
}

void StaffOrderDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

void StaffOrderDialog::setNumber(const QString &number)
{
    m_number->setText(number);
}

int StaffOrderDialog::itemCount() const
{
    return m_items->rowCount();
}

QString StaffOrderDialog::messageText() const
{
    return m_form->message();
}

void StaffOrderDialog::addItem(const QCborMap &v)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto *employee = new QComboBox(m_items);
    employee->setEditable(true);
    employee->setInsertPolicy(QComboBox::NoInsert);
    employee->addItem(QString(), 0);
    for (const QCborMap &e : std::as_const(m_employees)) {
        employee->addItem(QStringLiteral("%1 %2 %3").arg(e.value(QStringLiteral("lastName")).toString(), e.value(QStringLiteral("firstName")).toString(),
                                                         e.value(QStringLiteral("patronymic")).toString())
                              .trimmed(),
                          e.value(QStringLiteral("id")).toInteger());
    }
    const qint64 employeeId = v.value(QStringLiteral("employeeId")).toInteger();
    if (employeeId > 0 && employee->findData(employeeId) < 0) {
        employee->addItem(v.value(QStringLiteral("employeeName")).toString(), employeeId);
    }
    employee->setCurrentIndex(qMax(0, employee->findData(employeeId)));
    m_items->setCellWidget(row, Employee, employee);

    auto *from = new QComboBox(m_items);
    if (v.value(QStringLiteral("fromPositionId")).toInteger() > 0) {
        from->addItem(v.value(QStringLiteral("fromPosition")).toString(), v.value(QStringLiteral("fromPositionId")).toInteger());
    }
    m_items->setCellWidget(row, FromPosition, from);

    auto *unit = new QComboBox(m_items);
    unit->addItem(QString(), 0);
    for (const QCborMap &u : std::as_const(m_units)) {
        unit->addItem(u.value(QStringLiteral("code")).toString(), u.value(QStringLiteral("id")).toInteger());
        unit->setItemData(unit->count() - 1, u.value(QStringLiteral("nameKy")).toString(), Qt::ToolTipRole);
    }
    unit->setCurrentIndex(qMax(0, unit->findData(v.value(QStringLiteral("unitId")).toInteger())));
    m_items->setCellWidget(row, Unit, unit);

    auto *position = new QLineEdit(v.value(QStringLiteral("position")).toString(), m_items);
    m_items->setCellWidget(row, Position, position);
    auto *rate = new QDoubleSpinBox(m_items);
    rate->setRange(0.25, 1.5);
    rate->setSingleStep(0.25);
    rate->setDecimals(2);
    rate->setValue(v.contains(QStringLiteral("rate")) && v.value(QStringLiteral("rate")).toDouble() > 0 ? v.value(QStringLiteral("rate")).toDouble() : 1.0);
    m_items->setCellWidget(row, Rate, rate);
    auto *teaching = new QCheckBox(m_items);
    teaching->setChecked(v.value(QStringLiteral("teaching")).toBool());
    m_items->setCellWidget(row, Teaching, teaching);
    auto *leave = new QComboBox(m_items);
    for (const QString &k : kLeaveKinds) {
        leave->addItem(StaffTerms::leaveKind(k), k);
    }
    leave->setCurrentIndex(qMax(0, leave->findData(v.value(QStringLiteral("leaveKind")).toString())));
    m_items->setCellWidget(row, LeaveKind, leave);
    m_items->setCellWidget(row, DateFrom, dateEdit(m_items, QDate::fromString(v.value(QStringLiteral("dateFrom")).toString(), Qt::ISODate)));
    m_items->setCellWidget(row, DateTo, dateEdit(m_items, QDate::fromString(v.value(QStringLiteral("dateTo")).toString(), Qt::ISODate)));
    m_items->setCellWidget(row, AwardKind, new QLineEdit(v.value(QStringLiteral("awardKind")).toString(), m_items));
    m_items->setCellWidget(row, Text, new QLineEdit(v.value(QStringLiteral("text")).toString(), m_items));
    m_items->setCellWidget(row, Reason, new QLineEdit(v.value(QStringLiteral("reason")).toString(), m_items));

    // A transfer starts from one of the employee's open positions: load them when the employee is chosen.
    connect(employee, &QComboBox::currentIndexChanged, this, [this, employee] {
        for (int r = 0; r < m_items->rowCount(); ++r) {
            if (m_items->cellWidget(r, Employee) == employee) {
                loadPositions(r);
            }
        }
    });
    if (employeeId > 0 && v.value(QStringLiteral("fromPositionId")).toInteger() == 0 && m_kind->currentData().toString() == QLatin1String("transfer")) {
        loadPositions(row);
    }
    m_items->setCurrentCell(row, Employee);
    employee->setFocus();
}

void StaffOrderDialog::loadPositions(int row)
{
    auto *employee = qobject_cast<QComboBox *>(m_items->cellWidget(row, Employee));
    QPointer<QComboBox> from = qobject_cast<QComboBox *>(m_items->cellWidget(row, FromPosition));
    const qint64 id = employee ? employee->currentData().toLongLong() : 0;
    if (!from || id <= 0) {
        return;
    }
    from->clear();
    Job *job = m_session->call(QStringLiteral("staffhr.employees.get"), {{QStringLiteral("id"), id}});
    connect(job, &Job::finished, this, [from](Job *j) {
        if (!from || !j->ok()) {
            return;
        }
        from->clear();
        for (const QCborValue &p : j->result().toMap().value(QStringLiteral("positions")).toArray()) {
            const QCborMap m = p.toMap();
            if (m.value(QStringLiteral("open")).toBool()) {
                from->addItem(QStringLiteral("%1, %2, %3").arg(m.value(QStringLiteral("position")).toString(), m.value(QStringLiteral("unitCode")).toString(),
                                                               QString::number(m.value(QStringLiteral("rate")).toDouble(), 'f', 2)),
                              m.value(QStringLiteral("id")).toInteger());
            }
        }
    });
}

void StaffOrderDialog::updateColumns()
{
    const QString kind = m_kind->currentData().toString();
    const bool post = kind == QLatin1String("hiring") || kind == QLatin1String("transfer");
    m_items->setColumnHidden(FromPosition, kind != QLatin1String("transfer"));
    for (int c : {Unit, Position, Rate, Teaching}) {
        m_items->setColumnHidden(c, !post);
    }
    m_items->setColumnHidden(LeaveKind, kind != QLatin1String("leave"));
    m_items->setColumnHidden(DateFrom, kind == QLatin1String("award"));
    m_items->setColumnHidden(DateTo, kind != QLatin1String("leave"));
    m_items->setColumnHidden(AwardKind, kind != QLatin1String("award"));
    m_items->setColumnHidden(Text, kind != QLatin1String("award"));
    m_items->setColumnHidden(Reason, kind != QLatin1String("dismissal"));
    if (kind == QLatin1String("transfer")) {
        for (int r = 0; r < m_items->rowCount(); ++r) {
            auto *from = qobject_cast<QComboBox *>(m_items->cellWidget(r, FromPosition));
            if (from && from->count() == 0) {
                loadPositions(r);
            }
        }
    }
}

QCborMap StaffOrderDialog::arguments() const
{
    const QString kind = m_kind->currentData().toString();
    QCborMap a;
    const qint64 id = m_order.value(QStringLiteral("id")).toInteger();
    if (id > 0) {
        a.insert(QStringLiteral("id"), id);
        a.insert(QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")).toInteger());
    }
    a.insert(QStringLiteral("kind"), kind);
    a.insert(QStringLiteral("number"), m_number->text().trimmed());
    a.insert(QStringLiteral("date"), m_date->date().toString(Qt::ISODate));
    a.insert(QStringLiteral("title"), m_title->text().trimmed());
    a.insert(QStringLiteral("basis"), m_basis->text().trimmed());
    QCborArray items;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        QCborMap it;
        auto combo = [this, r](int c) { return qobject_cast<QComboBox *>(m_items->cellWidget(r, c)); };
        auto line = [this, r](int c) { return qobject_cast<QLineEdit *>(m_items->cellWidget(r, c))->text().trimmed(); };
        auto dateOf = [this, r](int c) { return qobject_cast<QDateEdit *>(m_items->cellWidget(r, c))->date().toString(Qt::ISODate); };
        const qint64 employee = combo(Employee)->currentData().toLongLong();
        if (employee > 0) {
            it.insert(QStringLiteral("employeeId"), employee);
        }
        if (kind == QLatin1String("hiring") || kind == QLatin1String("transfer")) {
            if (combo(Unit)->currentData().toLongLong() > 0) {
                it.insert(QStringLiteral("unitId"), combo(Unit)->currentData().toLongLong());
            }
            it.insert(QStringLiteral("position"), line(Position));
            it.insert(QStringLiteral("rate"), qobject_cast<QDoubleSpinBox *>(m_items->cellWidget(r, Rate))->value());
            it.insert(QStringLiteral("teaching"), qobject_cast<QCheckBox *>(m_items->cellWidget(r, Teaching))->isChecked());
            it.insert(QStringLiteral("dateFrom"), dateOf(DateFrom));
            if (kind == QLatin1String("transfer") && combo(FromPosition)->currentData().toLongLong() > 0) {
                it.insert(QStringLiteral("fromPositionId"), combo(FromPosition)->currentData().toLongLong());
            }
        } else if (kind == QLatin1String("leave")) {
            it.insert(QStringLiteral("leaveKind"), combo(LeaveKind)->currentData().toString());
            it.insert(QStringLiteral("dateFrom"), dateOf(DateFrom));
            it.insert(QStringLiteral("dateTo"), dateOf(DateTo));
        } else if (kind == QLatin1String("award")) {
            it.insert(QStringLiteral("awardKind"), line(AwardKind));
            it.insert(QStringLiteral("text"), line(Text));
        } else if (kind == QLatin1String("dismissal")) {
            it.insert(QStringLiteral("reason"), line(Reason));
            it.insert(QStringLiteral("dateFrom"), dateOf(DateFrom));
        }
        items.append(it);
    }
    a.insert(QStringLiteral("items"), items);
    return a;
}

void StaffOrderDialog::showFailure(const QString &text, int item, const QString &field)
{
    m_form->setMessage(text, Ui::RecordForm::MessageKind::Error);
    if (item < 0 || item >= m_items->rowCount()) {
        return;
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (field == QLatin1String(kFields[c])) {
            m_items->setCurrentCell(item, c);
            if (QWidget *w = m_items->cellWidget(item, c)) {
                w->setFocus();
            }
            return;
        }
    }
    m_items->selectRow(item);
}

void StaffOrderDialog::saveDraft(bool thenSign)
{
    m_form->clearErrors();
    m_saveButton->setEnabled(false);
    m_signButton->setEnabled(false);
    Job *job = m_session->call(QStringLiteral("staffhr.orders.save"), arguments());
    connect(job, &Job::finished, this, [this, thenSign](Job *j) {
        m_saveButton->setEnabled(true);
        m_signButton->setEnabled(true);
        if (!j->ok()) {
            const QCborMap d = j->outcome().error.details;
            if (d.contains(QStringLiteral("item"))) {
                const int item = int(d.value(QStringLiteral("item")).toInteger());
                const QString problem = StaffTerms::problem(d.value(QStringLiteral("reason")).toString());
                showFailure(tr("Line %1: %2").arg(item + 1).arg(problem.isEmpty() ? Ui::ErrorText::describe(j->outcome()) : problem), item,
                            d.value(QStringLiteral("field")).toString());
            } else {
                m_form->showError(j->outcome());
            }
            Q_EMIT failed();
            return;
        }
        m_order = j->result().toMap();
        if (thenSign) {
            sign();
            return;
        }
        m_form->setMessage(tr("The draft is saved."));
        Q_EMIT done(m_order);
    });
}

void StaffOrderDialog::sign()
{
    Job *job = m_session->call(QStringLiteral("staffhr.orders.sign"), {{QStringLiteral("id"), m_order.value(QStringLiteral("id")).toInteger()},
                                                                       {QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")).toInteger()}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            const QCborMap d = j->outcome().error.details;
            const int item = d.contains(QStringLiteral("item")) ? int(d.value(QStringLiteral("item")).toInteger()) : -1;
            const QString problem = StaffTerms::problem(d.value(QStringLiteral("reason")).toString());
            const QString text = problem.isEmpty() ? Ui::ErrorText::describe(j->outcome()) : problem;
            showFailure(item >= 0 ? tr("Line %1: %2").arg(item + 1).arg(text) : text, item, d.value(QStringLiteral("field")).toString());
            Q_EMIT failed();
            return;
        }
        m_order = j->result().toMap();
        Q_EMIT done(m_order);
        accept();
    });
}

void StaffOrderDialog::retranslateUi()
{
    const QString state = m_order.value(QStringLiteral("state")).toString();
    setWindowTitle(m_order.isEmpty() ? tr("New staff order")
                                     : tr("Staff order No. %1 (%2)").arg(m_order.value(QStringLiteral("number")).toString(), StaffTerms::orderState(state)));
    m_form->setLabel(QStringLiteral("kind"), tr("Kind"));
    m_form->setLabel(QStringLiteral("number"), tr("Number"));
    m_form->setLabel(QStringLiteral("date"), tr("Date"));
    m_form->setLabel(QStringLiteral("title"), tr("Title"));
    m_form->setLabel(QStringLiteral("basis"), tr("Grounds"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, StaffTerms::orderKind(m_kind->itemData(i).toString()));
    }
    m_items->setHorizontalHeaderLabels({tr("Employee"), tr("From position"), tr("Unit"), tr("Position"), tr("Rate"), tr("Teaching"),
                                        tr("Kind of leave"), tr("From"), tr("To"), tr("Award"), tr("Wording"), tr("Reason")});
    Ui::keepHeadersWhole(m_items); // e.g. the Kyrgyz "Штаттык бирдик" above a number
    m_add->setText(tr("Add employee"));
    m_remove->setText(tr("Remove line"));
    m_saveButton->setText(tr("Save draft"));
    m_signButton->setText(tr("Sign"));
    m_signButton->setToolTip(tr("Signs the order: its changes apply to the employees at once"));
    m_close->setText(Ui::Messages::closeText());
}

void StaffOrderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
