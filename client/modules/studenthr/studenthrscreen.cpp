#include "studenthrscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "groupdialog.h"
#include "grouppicker.h"
#include "importpage.h"
#include "messages.h"
#include "net/session.h"
#include "ordereditor.h"
#include "recordtablemodel.h"
#include "reportspage.h"
#include "studentcarddialog.h"
#include "studyterms.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {

QString fullName(const QCborMap &r)
{
    if (r.contains(QStringLiteral("name"))) {
        return r.value(QStringLiteral("name")).toString();
    }
    return QStringLiteral("%1 %2 %3").arg(r.value(QStringLiteral("lastName")).toString(), r.value(QStringLiteral("firstName")).toString(),
                                          r.value(QStringLiteral("patronymic")).toString()).simplified();
}

qint64 idOf(const QCborMap &r)
{
    return r.contains(QStringLiteral("studentId")) ? r.value(QStringLiteral("studentId")).toInteger() : r.value(QStringLiteral("id")).toInteger();
}

} // namespace

StudentHrScreen::StudentHrScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_tabs = new QTabWidget(this);

    // --- students --------------------------------------------------------------------------
    m_studentsTab = new QWidget(this);
    m_group = new GroupPicker(context, m_studentsTab);
    m_groupLabel = new QLabel(m_studentsTab);
    m_groupLabel->setBuddy(m_group);
    m_search = new QLineEdit(m_studentsTab);
    m_search->setClearButtonEnabled(true);
    m_at = new QDateEdit(QDate::currentDate(), m_studentsTab);
    m_at->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_at->setCalendarPopup(true);
    m_atLabel = new QLabel(m_studentsTab);
    m_atLabel->setBuddy(m_at);
    m_atButton = new QPushButton(m_studentsTab);
    m_error = new QLabel(m_studentsTab);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_notice = new QLabel(m_studentsTab);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_students = new Ui::RecordTableModel(this);
    m_students->setColumns({
        {QStringLiteral("name"), [] { return tr("Full name"); }, [](const QCborMap &r) -> QVariant { return fullName(r); }},
        {QStringLiteral("birthDate"), [] { return tr("Date of birth"); },
         [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("birthDate")).toString()); }},
        {QStringLiteral("pin"), [] { return tr("PIN"); }},
        {QStringLiteral("groupName"), [] { return tr("Group"); }},
        {QStringLiteral("funding"), [] { return tr("Funding"); },
         [](const QCborMap &r) -> QVariant { return StudyTerms::funding(r.value(QStringLiteral("funding")).toString()); }},
        {QStringLiteral("status"), [] { return tr("Status"); },
         [](const QCborMap &r) -> QVariant { return StudyTerms::status(r.value(QStringLiteral("status")).toString()); }},
    });
    m_studentTable = new Ui::DataTableView(m_studentsTab);
    m_studentTable->setModel(m_students);
    m_newStudent = new QPushButton(m_studentsTab);
    m_openStudent = new QPushButton(m_studentsTab);
    m_orderForSelected = new QPushButton(m_studentsTab);
    m_newGroup = new QPushButton(m_studentsTab);
    m_editGroup = new QPushButton(m_studentsTab);
    auto *top = new QHBoxLayout;
    top->addWidget(m_groupLabel);
    top->addWidget(m_group, 2);
    top->addWidget(m_search, 2);
    top->addWidget(m_atLabel);
    top->addWidget(m_at);
    top->addWidget(m_atButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newStudent);
    actions->addWidget(m_openStudent);
    actions->addWidget(m_orderForSelected);
    actions->addStretch(1);
    actions->addWidget(m_newGroup);
    actions->addWidget(m_editGroup);
    auto *sLayout = new QVBoxLayout(m_studentsTab);
    sLayout->addLayout(top);
    sLayout->addWidget(m_notice);
    sLayout->addWidget(m_error);
    sLayout->addLayout(actions);
    sLayout->addWidget(m_studentTable, 1);
    m_tabs->addTab(m_studentsTab, QString());

    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_group, &GroupPicker::groupChanged, this, [this] {
        if (m_search->text().trimmed().isEmpty()) {
            loadStudents();
        }
    });
    connect(m_group, &GroupPicker::loaded, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_error->setText(error);
            m_error->setVisible(true);
        }
    });
    connect(m_atButton, &QPushButton::clicked, this, [this] { showAtDate(m_at->date()); });
    connect(m_newStudent, &QPushButton::clicked, this, [this] { openCard(0); });
    connect(m_openStudent, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_studentTable->currentSourceIndex();
        if (i.isValid()) {
            openCard(idOf(m_students->record(i.row())));
        }
    });
    connect(m_studentTable, &Ui::DataTableView::activated, this, [this](const QModelIndex &i) { openCard(idOf(m_students->record(i.row()))); });
    connect(m_orderForSelected, &QPushButton::clicked, this, &StudentHrScreen::newOrderFromSelection);
    connect(m_newGroup, &QPushButton::clicked, this, [this] { openGroup(true); });
    connect(m_editGroup, &QPushButton::clicked, this, [this] { openGroup(false); });

    // --- orders ----------------------------------------------------------------------------
    m_ordersTab = new QWidget(this);
    m_orders = new Ui::RecordTableModel(this);
    m_orders->setColumns({
        {QStringLiteral("date"), [] { return tr("Date"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("date")).toString()); }},
        {QStringLiteral("number"), [] { return tr("Number"); }},
        {QStringLiteral("kind"), [] { return tr("Kind"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::orderKind(r.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("title"), [] { return tr("Title"); }},
        {QStringLiteral("itemCount"), [] { return tr("Students"); }},
        {QStringLiteral("state"), [] { return tr("State"); }, [](const QCborMap &r) -> QVariant { return StudyTerms::orderState(r.value(QStringLiteral("state")).toString()); }},
        {QStringLiteral("signedBy"), [] { return tr("Signed in the system by"); }},
        {QStringLiteral("cancelReason"), [] { return tr("Why cancelled"); }},
    });
    m_orderTable = new Ui::DataTableView(m_ordersTab);
    m_orderTable->setModel(m_orders);
    m_ordersError = new QLabel(m_ordersTab);
    m_ordersError->setWordWrap(true);
    m_ordersError->setVisible(false);
    m_orderState = new QComboBox(m_ordersTab);
    for (const QString &s : {QString(), QStringLiteral("draft"), QStringLiteral("signed"), QStringLiteral("cancelled")}) {
        m_orderState->addItem(QString(), s);
    }
    m_newOrder = new QPushButton(m_ordersTab);
    m_openOrder = new QPushButton(m_ordersTab);
    m_cancelOrder = new QPushButton(m_ordersTab);
    auto *oBar = new QHBoxLayout;
    oBar->addWidget(m_orderState);
    oBar->addWidget(m_newOrder);
    oBar->addWidget(m_openOrder);
    oBar->addStretch(1);
    oBar->addWidget(m_cancelOrder);
    auto *oLayout = new QVBoxLayout(m_ordersTab);
    oLayout->addLayout(oBar);
    oLayout->addWidget(m_ordersError);
    oLayout->addWidget(m_orderTable, 1);
    m_tabs->addTab(m_ordersTab, QString());
    connect(m_orderState, &QComboBox::currentIndexChanged, this, &StudentHrScreen::loadOrders);
    connect(m_newOrder, &QPushButton::clicked, this, [this] { openOrder(0); });
    connect(m_openOrder, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_orderTable->currentSourceIndex();
        if (i.isValid()) {
            openOrder(m_orders->record(i.row()).value(QStringLiteral("id")).toInteger());
        }
    });
    connect(m_orderTable, &Ui::DataTableView::activated, this,
            [this](const QModelIndex &i) { openOrder(m_orders->record(i.row()).value(QStringLiteral("id")).toInteger()); });
    connect(m_cancelOrder, &QPushButton::clicked, this, &StudentHrScreen::cancelOrder);

    // --- academic year ---------------------------------------------------------------------
    m_yearTab = new QWidget(this);
    m_year = new Ui::RecordTableModel(this);
    m_year->setColumns({
        {QStringLiteral("groupName"), [] { return tr("Group"); }},
        {QStringLiteral("action"), [] { return tr("What happens"); }},
        {QStringLiteral("students"), [] { return tr("Students"); }},
    });
    m_yearTable = new Ui::DataTableView(m_yearTab);
    m_yearTable->setModel(m_year);
    m_yearSummary = new QLabel(m_yearTab);
    m_yearSummary->setWordWrap(true);
    m_yearPreview = new QPushButton(m_yearTab);
    m_yearApply = new QPushButton(m_yearTab);
    auto *yBar = new QHBoxLayout;
    yBar->addWidget(m_yearPreview);
    yBar->addWidget(m_yearApply);
    yBar->addStretch(1);
    auto *yLayout = new QVBoxLayout(m_yearTab);
    yLayout->addLayout(yBar);
    yLayout->addWidget(m_yearSummary);
    yLayout->addWidget(m_yearTable, 1);
    m_tabs->addTab(m_yearTab, QString());
    connect(m_yearPreview, &QPushButton::clicked, this, &StudentHrScreen::loadYearPreview);
    connect(m_yearApply, &QPushButton::clicked, this, &StudentHrScreen::rollForward);

    m_reports = new ReportsPage(context, this);
    m_tabs->addTab(m_reports, QString());
    m_import = new ImportPage(context, this);
    m_tabs->addTab(m_import, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_ordersTab && m_orders->rowCount() == 0) {
            loadOrders();
        } else if (m_tabs->widget(i) == m_yearTab && m_year->rowCount() == 0) {
            loadYearPreview();
        }
    });
    retranslateUi();
    loadNotifications();
}

void StudentHrScreen::loadStudents()
{
    const qint64 id = m_group->groupId();
    if (id <= 0) {
        m_students->setRecords({});
        return;
    }
    m_studentTable->setTitle(m_group->currentText());
    m_students->fillFrom(m_context->session()->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), id}}), m_error, this,
                         [this](bool ok, int) { Q_EMIT studentsLoaded(ok); });
}

void StudentHrScreen::search(const QString &text)
{
    const QString q = text.trimmed();
    if (q.size() < 2) {
        loadStudents();
        return;
    }
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_studentTable->setTitle(tr("Search: %1").arg(q));
    m_students->fillFrom(m_context->session()->call(QStringLiteral("studenthr.students.search"), {{QStringLiteral("query"), q}, {QStringLiteral("limit"), 200}}),
                         m_error, this, [this](bool ok, int) { Q_EMIT studentsLoaded(ok); });
}

void StudentHrScreen::showAtDate(const QDate &date)
{
    const qint64 id = m_group->groupId();
    QCborMap args{{QStringLiteral("date"), date.toString(Qt::ISODate)}};
    if (id > 0) {
        args.insert(QStringLiteral("groupId"), id);
    }
    m_studentTable->setTitle(tr("%1 on %2").arg(m_group->currentText(), date.toString(QStringLiteral("dd.MM.yyyy"))));
    m_students->fillFrom(m_context->session()->call(QStringLiteral("studenthr.contingent.at"), args), m_error, this,
                         [this](bool ok, int) { Q_EMIT studentsLoaded(ok); });
}

void StudentHrScreen::loadNotifications()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.notifications"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Q_EMIT notificationsLoaded(false);
            return;
        }
        QStringList lines;
        for (const QCborValue &v : j->result().toArray()) {
            lines << QStringLiteral("• ") + v.toMap().value(QStringLiteral("text")).toString();
        }
        m_notice->setText(lines.mid(0, 5).join(QLatin1Char('\n'))
                          + (lines.size() > 5 ? QLatin1Char('\n') + tr("… and %n more.", nullptr, int(lines.size() - 5)) : QString()));
        m_notice->setVisible(!lines.isEmpty());
        Q_EMIT notificationsLoaded(true);
    });
}

void StudentHrScreen::openCard(qint64 id)
{
    auto *dialog = new StudentCardDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StudentCardDialog::saved, this, [this] { loadStudents(); });
    dialog->show();
}

GroupDialog *StudentHrScreen::openGroup(bool create)
{
    if (!create && m_group->groupId() <= 0) {
        return nullptr;
    }
    auto *dialog = new GroupDialog(m_context, create ? QCborMap() : m_group->group(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupDialog::saved, this, [this](qint64 id) { m_group->reload(id); });
    dialog->show();
    return dialog;
}

void StudentHrScreen::newOrderFromSelection()
{
    auto *editor = new OrderEditor(m_context, 0, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    for (int row : m_studentTable->selectedSourceRows()) {
        const QCborMap r = m_students->record(row);
        editor->addStudent(idOf(r), fullName(r), r.value(QStringLiteral("groupId")).toInteger(m_group->groupId()));
    }
    connect(editor, &OrderEditor::saved, this, &StudentHrScreen::loadOrders);
    connect(editor, &OrderEditor::signedOrder, this, [this] {
        loadOrders();
        loadStudents();
    });
    editor->show();
}

void StudentHrScreen::openOrder(qint64 id)
{
    auto *editor = new OrderEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OrderEditor::saved, this, &StudentHrScreen::loadOrders);
    connect(editor, &OrderEditor::signedOrder, this, [this] {
        loadOrders();
        loadStudents();
    });
    editor->show();
}

void StudentHrScreen::loadOrders()
{
    QCborMap args{{QStringLiteral("limit"), 1000}};
    const QString state = m_orderState->currentData().toString();
    if (!state.isEmpty()) {
        args.insert(QStringLiteral("state"), state);
    }
    m_orderTable->setTitle(tr("Student orders"));
    m_orders->fillFrom(m_context->session()->call(QStringLiteral("studenthr.orders.list"), args), m_ordersError, this,
                       [this](bool ok, int) { Q_EMIT ordersLoaded(ok); });
}

void StudentHrScreen::cancelOrder()
{
    const QModelIndex i = m_orderTable->currentSourceIndex();
    if (!i.isValid()) {
        return;
    }
    const QCborMap order = m_orders->record(i.row());
    QString reason;
    const bool isSigned = order.value(QStringLiteral("state")).toString() == QLatin1String("signed");
    if (!Ui::Messages::askText(this, tr("Cancel the order"),
                               isSigned ? tr("Order no. %1 is signed: cancelling it reverses what it did and needs the vice-rector's approval. Reason:")
                                              .arg(order.value(QStringLiteral("number")).toString())
                                        : tr("Cancel the draft no. %1? Reason:").arg(order.value(QStringLiteral("number")).toString()),
                               &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("studenthr.orders.cancel"),
                                          {{QStringLiteral("id"), order.value(QStringLiteral("id"))}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Cancel the order"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        if (j->result().toMap().value(QStringLiteral("state")).toString() == QLatin1String("pending")) {
            Ui::Messages::information(this, tr("Cancel the order"), tr("The request is sent to the vice-rector for approval."));
        }
        loadOrders();
    });
}

void StudentHrScreen::loadYearPreview()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.year.preview"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            m_yearSummary->setText(Ui::ErrorText::describe(j->outcome()));
            Q_EMIT yearPreviewLoaded(false);
            return;
        }
        const QCborMap r = j->result().toMap();
        QList<QCborMap> rows;
        int promoted = 0;
        int graduated = 0;
        for (const QCborValue &v : r.value(QStringLiteral("promote")).toArray()) {
            QCborMap m = v.toMap();
            m.insert(QStringLiteral("action"), tr("year %1 → %2").arg(m.value(QStringLiteral("fromCourse")).toInteger()).arg(m.value(QStringLiteral("toCourse")).toInteger()));
            promoted += int(m.value(QStringLiteral("students")).toInteger());
            rows << m;
        }
        for (const QCborValue &v : r.value(QStringLiteral("graduate")).toArray()) {
            QCborMap m = v.toMap();
            m.insert(QStringLiteral("action"), tr("graduates"));
            graduated += int(m.value(QStringLiteral("students")).toInteger());
            rows << m;
        }
        for (const QCborValue &v : r.value(QStringLiteral("skipped")).toArray()) {
            QCborMap m = v.toMap();
            m.insert(QStringLiteral("action"), tr("skipped: %1").arg(m.value(QStringLiteral("reason")).toString()));
            rows << m;
        }
        m_year->setRecords(rows);
        m_yearTable->setTitle(tr("New academic year: preview"));
        m_yearSummary->setText(tr("Rolling forward promotes %1 student(s) to the next year and graduates %2, by two signed orders.").arg(promoted).arg(graduated));
        Q_EMIT yearPreviewLoaded(true);
    });
}

void StudentHrScreen::rollForward()
{
    QString number;
    if (!Ui::Messages::askText(this, tr("New academic year"), tr("Number of the promotion order (the graduation order gets the same number with \"-Б\"):"),
                               &number, 1)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("studenthr.year.rollForward"),
                                          {{QStringLiteral("promotionNumber"), number},
                                           {QStringLiteral("graduationNumber"), number + QStringLiteral("-Б")},
                                           {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("New academic year"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        const QCborMap r = j->result().toMap();
        m_yearSummary->setText(tr("Done: %1 student(s) promoted, %2 graduated.")
                                   .arg(r.value(QStringLiteral("promoted")).toInteger())
                                   .arg(r.value(QStringLiteral("graduated")).toInteger()));
        m_group->reload();
        loadOrders();
    });
}

void StudentHrScreen::retranslateUi()
{
    m_tabs->setTabText(0, tr("Students"));
    m_tabs->setTabText(1, tr("Orders"));
    m_tabs->setTabText(2, tr("New academic year"));
    m_tabs->setTabText(3, tr("Reports"));
    m_tabs->setTabText(4, tr("Import"));
    m_groupLabel->setText(tr("&Group:"));
    m_search->setPlaceholderText(tr("Search all students: name in any spelling, PIN, group…"));
    m_atLabel->setText(tr("&On date:"));
    m_atButton->setText(tr("Show"));
    m_atButton->setToolTip(tr("The group as it was at the end of that day, rebuilt from the signed orders"));
    m_newStudent->setText(tr("New student…"));
    m_openStudent->setText(tr("Open card…"));
    m_orderForSelected->setText(tr("Order for the selected…"));
    m_orderForSelected->setToolTip(tr("A new order with the selected students"));
    m_newGroup->setText(tr("New group…"));
    m_editGroup->setText(tr("Group, curator, leader…"));
    m_newGroup->setEnabled(m_context->can(QStringLiteral("studenthr.write")));
    m_editGroup->setEnabled(m_context->can(QStringLiteral("studenthr.write")));
    const bool canWrite = m_context->can(QStringLiteral("studenthr.write"));
    m_newStudent->setEnabled(canWrite);
    m_orderForSelected->setEnabled(canWrite);
    m_newOrder->setEnabled(canWrite);
    m_cancelOrder->setEnabled(m_context->can(QStringLiteral("studenthr.orders")));
    m_yearApply->setEnabled(m_context->can(QStringLiteral("studenthr.orders")));
    m_orderState->setItemText(0, tr("All orders"));
    for (int i = 1; i < m_orderState->count(); ++i) {
        m_orderState->setItemText(i, StudyTerms::orderState(m_orderState->itemData(i).toString()));
    }
    m_newOrder->setText(tr("New order…"));
    m_openOrder->setText(tr("Open…"));
    m_cancelOrder->setText(tr("Cancel…"));
    m_yearPreview->setText(tr("Preview"));
    m_yearApply->setText(tr("Roll forward…"));
    m_students->retranslate();
    m_orders->retranslate();
    m_year->retranslate();
}

void StudentHrScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
