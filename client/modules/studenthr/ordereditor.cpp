#include "ordereditor.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "documentactions.h"
#include "errortext.h"
#include "grouppicker.h"
#include "messages.h"
#include "net/session.h"
#include "recordform.h"
#include "studyterms.h"
#include "tableexport.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {

/// Which item columns each kind of order needs.
QList<int> columnsFor(const QString &kind)
{
    enum { ToGroup = 1, Funding, Reason, DateFrom, DateTo, NewLast, NewFirst, NewPatronymic };
    if (kind == QLatin1String("admission")) {
        return {ToGroup, Funding};
    }
    if (kind == QLatin1String("promotion") || kind == QLatin1String("return_from_leave") || kind == QLatin1String("reinstatement")) {
        return {ToGroup};
    }
    if (kind == QLatin1String("transfer")) {
        return {ToGroup, Funding, Reason};
    }
    if (kind == QLatin1String("academic_leave")) {
        return {DateFrom, DateTo, Reason};
    }
    if (kind == QLatin1String("expulsion")) {
        return {Reason};
    }
    if (kind == QLatin1String("name_change")) {
        return {NewLast, NewFirst, NewPatronymic, Reason};
    }
    return {}; // graduation
}

QString cellText(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *i = t->item(row, col);
    return i ? i->text().trimmed() : QString();
}

} // namespace

OrderEditor::OrderEditor(Ui::ClientContext *context, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(orderId)
{
    m_form = new Ui::RecordForm(this);
    m_kind = new QComboBox(m_form);
    for (const QString &k : StudyTerms::orderKinds()) {
        m_kind->addItem(QString(), k);
    }
    m_number = new QLineEdit(m_form);
    m_number->setMaxLength(40);
    m_date = new QDateEdit(QDate::currentDate(), m_form);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    m_title = new QLineEdit(m_form);
    m_basis = new QLineEdit(m_form);
    m_signerName = new QLineEdit(m_form);
    m_signerPosition = new QLineEdit(m_form);
    m_form->addField(QStringLiteral("kind"), m_kind);
    m_form->addField(QStringLiteral("number"), m_number);
    m_form->addField(QStringLiteral("date"), m_date);
    m_form->addField(QStringLiteral("title"), m_title);
    m_form->addField(QStringLiteral("basis"), m_basis);
    m_form->addField(QStringLiteral("signerName"), m_signerName);
    m_form->addField(QStringLiteral("signerPosition"), m_signerPosition);
    m_form->setRequired(QStringLiteral("kind"), true);
    m_form->setRequired(QStringLiteral("number"), true);
    m_form->setRequired(QStringLiteral("date"), true);

    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setColumnWidth(Student, 240);
    m_items->setColumnWidth(ToGroup, 220);
    m_items->setColumnWidth(Funding, 120);
    m_find = new QLineEdit(this);
    m_found = new QListWidget(this);
    m_found->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    auto *pickLayout = new QVBoxLayout;
    pickLayout->addWidget(m_find);
    pickLayout->addWidget(m_found, 1);
    auto *pickButtons = new QHBoxLayout;
    pickButtons->addWidget(m_add);
    pickButtons->addWidget(m_remove);
    pickLayout->addLayout(pickButtons);
    auto *pick = new QWidget(this);
    pick->setLayout(pickLayout);
    auto *split = new QSplitter(this);
    split->addWidget(m_items);
    split->addWidget(pick);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_stateLabel = new QLabel(this);
    m_save = new QPushButton(this);
    m_sign = new QPushButton(this);
    m_print = new QPushButton(this);
    m_close = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stateLabel, 1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_find, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &OrderEditor::search);
    connect(m_add, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *i : m_found->selectedItems()) {
            addStudent(i->data(Qt::UserRole).toLongLong(), i->text(), i->data(Qt::UserRole + 1).toLongLong());
        }
    });
    connect(m_found, &QListWidget::itemActivated, this, [this](QListWidgetItem *i) {
        addStudent(i->data(Qt::UserRole).toLongLong(), i->text(), i->data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_items->currentRow();
        if (row >= 0 && m_order.value(QStringLiteral("state")).toString(QStringLiteral("draft")) == QLatin1String("draft")) {
            m_items->removeRow(row);
            m_studentIds.removeAt(row);
        }
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrderEditor::updateColumns);
    connect(m_save, &QPushButton::clicked, this, &OrderEditor::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &OrderEditor::sign);
    connect(m_print, &QPushButton::clicked, this, &OrderEditor::print);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    resize(1100, 720);
    retranslateUi();
    updateColumns();
    loadGroups();
    if (m_id > 0) {
        load();
    }
}

QString OrderEditor::state() const
{
    return m_order.value(QStringLiteral("state")).toString(QStringLiteral("draft"));
}

void OrderEditor::loadGroups()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.groups.list"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            return;
        }
        m_groups.clear();
        for (const QCborValue &v : j->result().toArray()) {
            m_groups << v.toMap();
        }
        // Rows added before the list arrived get their combo boxes filled now.
        for (int r = 0; r < m_items->rowCount(); ++r) {
            auto *old = qobject_cast<QComboBox *>(m_items->cellWidget(r, ToGroup));
            m_items->setCellWidget(r, ToGroup, groupCombo(old ? old->currentData().toLongLong() : 0));
        }
    });
}

QComboBox *OrderEditor::groupCombo(qint64 selected)
{
    auto *c = new QComboBox;
    c->addItem(QString(), 0);
    for (const QCborMap &g : m_groups) {
        c->addItem(GroupPicker::label(g), g.value(QStringLiteral("id")).toInteger());
    }
    c->setCurrentIndex(std::max(0, c->findData(selected)));
    return c;
}

void OrderEditor::addStudent(qint64 id, const QString &name, qint64 currentGroupId)
{
    if (id <= 0 || m_studentIds.contains(id)) {
        return;
    }
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_studentIds << id;
    auto *who = new QTableWidgetItem(name);
    who->setFlags(who->flags() & ~Qt::ItemIsEditable);
    m_items->setItem(row, Student, who);
    m_items->setCellWidget(row, ToGroup, groupCombo(currentGroupId));
    auto *funding = new QComboBox;
    funding->addItem(QString(), QString());
    funding->addItem(StudyTerms::funding(QStringLiteral("budget")), QStringLiteral("budget"));
    funding->addItem(StudyTerms::funding(QStringLiteral("contract")), QStringLiteral("contract"));
    m_items->setCellWidget(row, Funding, funding);
    for (int c = Reason; c < ColumnCount; ++c) {
        m_items->setItem(row, c, new QTableWidgetItem);
    }
}

void OrderEditor::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void OrderEditor::setNumber(const QString &number)
{
    m_number->setText(number);
}

void OrderEditor::setTargetGroupForAll(qint64 groupId)
{
    for (int r = 0; r < m_items->rowCount(); ++r) {
        if (auto *c = qobject_cast<QComboBox *>(m_items->cellWidget(r, ToGroup))) {
            c->setCurrentIndex(std::max(0, c->findData(groupId)));
        }
    }
}

int OrderEditor::itemCount() const
{
    return m_items->rowCount();
}

void OrderEditor::updateColumns()
{
    const QList<int> shown = columnsFor(m_kind->currentData().toString());
    for (int c = ToGroup; c < ColumnCount; ++c) {
        m_items->setColumnHidden(c, !shown.contains(c));
    }
}

void OrderEditor::search()
{
    const QString q = m_find->text().trimmed();
    if (q.size() < 2) {
        m_found->clear();
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("studenthr.students.search"), {{QStringLiteral("query"), q}, {QStringLiteral("limit"), 30}});
    connect(job, &Job::finished, this, [this](Job *j) {
        m_found->clear();
        if (!j->ok()) {
            m_found->addItem(Ui::ErrorText::describe(j->outcome()));
            return;
        }
        for (const QCborValue &v : j->result().toArray()) {
            const QCborMap s = v.toMap();
            auto *item = new QListWidgetItem(QStringLiteral("%1 (%2, %3)").arg(s.value(QStringLiteral("name")).toString(),
                                                                               s.value(QStringLiteral("groupName")).toString(),
                                                                               StudyTerms::status(s.value(QStringLiteral("status")).toString())));
            item->setData(Qt::UserRole, s.value(QStringLiteral("id")).toInteger());
            item->setData(Qt::UserRole + 1, s.value(QStringLiteral("groupId")).toInteger());
            m_found->addItem(item);
        }
    });
}

QCborMap OrderEditor::arguments() const
{
    QCborMap a;
    if (m_id > 0) {
        a.insert(QStringLiteral("id"), m_id);
        a.insert(QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")).toInteger());
    }
    const QString kind = m_kind->currentData().toString();
    a.insert(QStringLiteral("kind"), kind);
    a.insert(QStringLiteral("number"), m_number->text().trimmed());
    a.insert(QStringLiteral("date"), m_date->date().toString(Qt::ISODate));
    for (const auto &[key, line] : {std::pair{QStringLiteral("title"), m_title}, std::pair{QStringLiteral("basis"), m_basis},
                                    std::pair{QStringLiteral("signerName"), m_signerName}, std::pair{QStringLiteral("signerPosition"), m_signerPosition}}) {
        if (!line->text().trimmed().isEmpty()) {
            a.insert(key, line->text().trimmed());
        }
    }
    const QList<int> shown = columnsFor(kind);
    QCborArray items;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        QCborMap item{{QStringLiteral("studentId"), m_studentIds.value(r)}};
        if (shown.contains(ToGroup)) {
            if (auto *c = qobject_cast<QComboBox *>(m_items->cellWidget(r, ToGroup)); c && c->currentData().toLongLong() > 0) {
                item.insert(QStringLiteral("toGroupId"), c->currentData().toLongLong());
            }
        }
        if (shown.contains(Funding)) {
            if (auto *c = qobject_cast<QComboBox *>(m_items->cellWidget(r, Funding)); c && !c->currentData().toString().isEmpty()) {
                item.insert(QStringLiteral("funding"), c->currentData().toString());
            }
        }
        const QList<QPair<int, QString>> texts{{Reason, QStringLiteral("reason")},     {DateFrom, QStringLiteral("dateFrom")},
                                               {DateTo, QStringLiteral("dateTo")},     {NewLast, QStringLiteral("newLastName")},
                                               {NewFirst, QStringLiteral("newFirstName")}, {NewPatronymic, QStringLiteral("newPatronymic")}};
        for (const auto &t : texts) {
            QString v = cellText(m_items, r, t.first);
            if (!shown.contains(t.first) || v.isEmpty()) {
                continue;
            }
            if (t.first == DateFrom || t.first == DateTo) { // typed as dd.MM.yyyy, sent as ISO
                const QDate d = QDate::fromString(v, QStringLiteral("dd.MM.yyyy"));
                v = d.isValid() ? d.toString(Qt::ISODate) : v;
            }
            item.insert(t.second, v);
        }
        items.append(item);
    }
    a.insert(QStringLiteral("items"), items);
    return a;
}

void OrderEditor::load()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.orders.get"), {{QStringLiteral("id"), m_id}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            m_form->setMessage(Ui::ErrorText::describe(j->outcome()), Ui::RecordForm::MessageKind::Error);
            Q_EMIT loaded(false);
            return;
        }
        display(j->result().toMap());
        Q_EMIT loaded(true);
    });
}

void OrderEditor::display(const QCborMap &order)
{
    m_order = order;
    m_id = order.value(QStringLiteral("id")).toInteger();
    setKind(order.value(QStringLiteral("kind")).toString());
    m_number->setText(order.value(QStringLiteral("number")).toString());
    m_date->setDate(QDate::fromString(order.value(QStringLiteral("date")).toString(), Qt::ISODate));
    m_title->setText(order.value(QStringLiteral("title")).toString());
    m_basis->setText(order.value(QStringLiteral("basis")).toString());
    m_signerName->setText(order.value(QStringLiteral("signerName")).toString());
    m_signerPosition->setText(order.value(QStringLiteral("signerPosition")).toString());
    m_items->setRowCount(0);
    m_studentIds.clear();
    for (const QCborValue &v : order.value(QStringLiteral("items")).toArray()) {
        const QCborMap it = v.toMap();
        addStudent(it.value(QStringLiteral("studentId")).toInteger(), it.value(QStringLiteral("studentName")).toString(),
                   it.value(QStringLiteral("toGroupId")).toInteger());
        const int r = m_items->rowCount() - 1;
        if (auto *c = qobject_cast<QComboBox *>(m_items->cellWidget(r, Funding))) {
            c->setCurrentIndex(std::max(0, c->findData(it.value(QStringLiteral("funding")).toString())));
        }
        m_items->item(r, Reason)->setText(it.value(QStringLiteral("reason")).toString());
        m_items->item(r, DateFrom)->setText(StudyTerms::date(it.value(QStringLiteral("dateFrom")).toString()));
        m_items->item(r, DateTo)->setText(StudyTerms::date(it.value(QStringLiteral("dateTo")).toString()));
        m_items->item(r, NewLast)->setText(it.value(QStringLiteral("newLastName")).toString());
        m_items->item(r, NewFirst)->setText(it.value(QStringLiteral("newFirstName")).toString());
        m_items->item(r, NewPatronymic)->setText(it.value(QStringLiteral("newPatronymic")).toString());
    }
    const bool draft = state() == QLatin1String("draft");
    for (QWidget *w : QList<QWidget *>{m_kind, m_number, m_date, m_title, m_basis, m_signerName, m_signerPosition, m_find, m_found, m_add, m_remove}) {
        w->setEnabled(draft);
    }
    m_items->setEditTriggers(draft ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    retranslateUi();
}

void OrderEditor::saveDraft()
{
    m_form->clearErrors();
    Job *job = m_context->session()->call(QStringLiteral("studenthr.orders.save"), arguments());
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            const QCborMap d = j->error().details;
            if (d.contains(QStringLiteral("item"))) {
                const int row = int(d.value(QStringLiteral("item")).toInteger());
                m_items->selectRow(row);
                m_form->setMessage(tr("Row %1 (%2): %3").arg(row + 1).arg(cellText(m_items, row, Student), Ui::ErrorText::describe(j->outcome())),
                                   Ui::RecordForm::MessageKind::Error);
            } else {
                m_form->showError(j->outcome());
            }
            Q_EMIT failed(m_form->message());
            return;
        }
        const qint64 id = j->result().toMap().value(QStringLiteral("id")).toInteger();
        m_id = id > 0 ? id : m_id;
        m_form->setMessage(tr("The draft is saved."));
        load();
        Q_EMIT saved(m_id);
    });
}

void OrderEditor::sign()
{
    if (m_id <= 0) {
        m_form->setMessage(tr("Save the draft first."), Ui::RecordForm::MessageKind::Error);
        return;
    }
    if (!Ui::Messages::confirm(this, tr("Sign the order"),
                               tr("Sign order no. %1? It is applied to all %n student(s) at once and can then be undone only by cancelling it "
                                  "with the vice-rector's approval.", nullptr, m_items->rowCount())
                                   .arg(m_number->text()),
                               tr("Sign"))) {
        return;
    }
    signNow();
}

void OrderEditor::signNow()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.orders.sign"),
                                          {{QStringLiteral("id"), m_id}, {QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")).toInteger()}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            const QCborMap d = j->error().details;
            QString text = Ui::ErrorText::describe(j->outcome());
            if (d.contains(QStringLiteral("item"))) {
                const int row = int(d.value(QStringLiteral("item")).toInteger());
                m_items->selectRow(row);
                text = tr("Row %1 (%2): %3").arg(row + 1).arg(cellText(m_items, row, Student), text);
            }
            m_form->setMessage(text, Ui::RecordForm::MessageKind::Error);
            Q_EMIT failed(text);
            return;
        }
        m_form->setMessage(tr("The order is signed and applied."));
        load();
        Q_EMIT signedOrder(m_id);
    });
}

void OrderEditor::print()
{
    if (m_id <= 0) {
        m_form->setMessage(tr("Save the draft first."), Ui::RecordForm::MessageKind::Error);
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("student_order")},
                                                                                 {QStringLiteral("subjectId"), m_id},
                                                                                 {QStringLiteral("lang"), Ui::TableExport::currentLanguage()}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Print the order"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        Ui::DocumentActions::preview(Documents::Document::fromCbor(j->result().toMap()), this);
    });
}

void OrderEditor::retranslateUi()
{
    setWindowTitle(m_id > 0 ? tr("Order no. %1").arg(m_order.value(QStringLiteral("number")).toString()) : tr("New order"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, StudyTerms::orderKind(m_kind->itemData(i).toString()));
    }
    m_form->setLabel(QStringLiteral("kind"), tr("Kind of order"));
    m_form->setLabel(QStringLiteral("number"), tr("Number"));
    m_form->setLabel(QStringLiteral("date"), tr("Date"));
    m_form->setLabel(QStringLiteral("title"), tr("Title"));
    m_form->setLabel(QStringLiteral("basis"), tr("Grounds"));
    m_form->setLabel(QStringLiteral("signerName"), tr("Signed by"));
    m_form->setLabel(QStringLiteral("signerPosition"), tr("Signer's position"));
    m_title->setPlaceholderText(tr("empty: from the kind of order"));
    m_items->setHorizontalHeaderLabels({tr("Student"), tr("To group"), tr("Funding"), tr("Reason"), tr("From (dd.mm.yyyy)"),
                                        tr("To (dd.mm.yyyy)"), tr("New last name"), tr("New first name"), tr("New patronymic")});
    Ui::keepHeadersWhole(m_items);
    m_find->setPlaceholderText(tr("Find a student: name, PIN or group…"));
    m_add->setText(tr("Add to the order"));
    m_remove->setText(tr("Remove the row"));
    m_stateLabel->setText(tr("State: %1").arg(StudyTerms::orderState(state())));
    m_save->setText(tr("Save draft"));
    m_sign->setText(tr("Sign…"));
    m_print->setText(tr("Print…"));
    m_close->setText(Ui::Messages::closeText());
    const bool draft = state() == QLatin1String("draft");
    m_save->setEnabled(draft && m_context->can(QStringLiteral("studenthr.write")));
    m_sign->setEnabled(draft && m_context->can(QStringLiteral("studenthr.orders")));
}

void OrderEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
