#include "studentcarddialog.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "net/session.h"
#include "recordform.h"
#include "recordtablemodel.h"
#include "studyterms.h"

#include <QBuffer>
#include <QCborArray>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {

/// The text fields of the card, in the order of the form (protocol argument names).
const QStringList kTextFields{QStringLiteral("lastName"),       QStringLiteral("firstName"),     QStringLiteral("patronymic"),
                              QStringLiteral("lastNameRu"),     QStringLiteral("firstNameRu"),   QStringLiteral("patronymicRu"),
                              QStringLiteral("latinName"),      QStringLiteral("pin"),           QStringLiteral("nationality"),
                              QStringLiteral("citizenship"),    QStringLiteral("passportSeries"), QStringLiteral("passportNumber"),
                              QStringLiteral("passportIssuedBy"), QStringLiteral("soateCode"),   QStringLiteral("address"),
                              QStringLiteral("phone"),          QStringLiteral("email"),         QStringLiteral("priorEducation"),
                              QStringLiteral("privileges")};

QDateEdit *dateEdit(QWidget *parent, bool optional)
{
    auto *e = new QDateEdit(parent);
    e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    e->setCalendarPopup(true);
    if (optional) {
        // The minimum stands for "not given" and shows as an empty field.
        e->setMinimumDate(QDate(1900, 1, 1));
        e->setSpecialValueText(QStringLiteral(" "));
        e->setDate(e->minimumDate());
    } else {
        e->setDate(QDate(2005, 1, 1));
    }
    return e;
}

} // namespace

StudentCardDialog::StudentCardDialog(Ui::ClientContext *context, qint64 studentId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(studentId)
{
    m_tabs = new QTabWidget(this);
    m_form = new Ui::RecordForm(this);
    for (const QString &key : kTextFields) {
        auto *line = new QLineEdit(m_form);
        line->setObjectName(key);
        m_lines.insert(key, line);
        if (key == QLatin1String("birthDate")) {
            continue;
        }
        m_form->addField(key, line);
        if (key == QLatin1String("pin")) {
            line->setMaxLength(14);
            line->setInputMask(QString());
            m_birthDate = dateEdit(m_form, false);
            m_form->addField(QStringLiteral("birthDate"), m_birthDate);
            m_gender = new QComboBox(m_form);
            m_gender->addItem(QString(), QStringLiteral("F"));
            m_gender->addItem(QString(), QStringLiteral("M"));
            m_form->addField(QStringLiteral("gender"), m_gender);
        }
        if (key == QLatin1String("passportIssuedBy")) {
            m_passportIssuedAt = dateEdit(m_form, true);
            m_form->addField(QStringLiteral("passportIssuedAt"), m_passportIssuedAt);
        }
    }
    m_lines.value(QStringLiteral("citizenship"))->setMaxLength(2);
    // The SOATE picker: type a place name or the first digits; the classifier answers.
    QLineEdit *soate = m_lines.value(QStringLiteral("soateCode"));
    soate->setMaxLength(200);
    m_soateModel = new QStringListModel(this);
    auto *completer = new QCompleter(m_soateModel, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    soate->setCompleter(completer);
    auto *soateDelay = new QTimer(this);
    soateDelay->setSingleShot(true);
    soateDelay->setInterval(250);
    connect(soate, &QLineEdit::textEdited, soateDelay, qOverload<>(&QTimer::start));
    connect(soateDelay, &QTimer::timeout, this, &StudentCardDialog::searchSoate);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [soate](const QString &text) {
        // "41704220000000 — Нарынская область / Ат-Башынский район": the field keeps the code.
        QMetaObject::invokeMethod(soate, [soate, text] { soate->setText(text.section(QStringLiteral(" — "), 0, 0)); }, Qt::QueuedConnection);
    });
    m_funding = new QComboBox(m_form);
    m_funding->addItem(QString(), QStringLiteral("budget"));
    m_funding->addItem(QString(), QStringLiteral("contract"));
    m_form->addField(QStringLiteral("funding"), m_funding);
    for (const char *k : {"lastName", "firstName", "birthDate", "gender"}) {
        m_form->setRequired(QString::fromLatin1(k), true);
    }
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    // The photo beside the form: chosen from a file, scaled down to a card photo.
    m_photo = new QLabel(this);
    m_photo->setFixedSize(120, 150);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_choosePhoto = new QPushButton(this);
    connect(m_choosePhoto, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty()) {
            setPhotoFile(path);
        }
    });
    auto *photoColumn = new QVBoxLayout;
    photoColumn->addWidget(m_photo);
    photoColumn->addWidget(m_choosePhoto);
    photoColumn->addStretch(1);
    auto *personal = new QWidget(this);
    auto *personalLayout = new QHBoxLayout(personal);
    personalLayout->addWidget(m_form, 1);
    personalLayout->addLayout(photoColumn);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(personal);
    m_tabs->addTab(scroll, QString());

    // Parents and guardians: a small editable table.
    auto *guardiansPage = new QWidget(this);
    m_guardians = new QTableWidget(0, 3, guardiansPage);
    m_guardians->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_addGuardian = new QPushButton(guardiansPage);
    m_removeGuardian = new QPushButton(guardiansPage);
    auto *gButtons = new QHBoxLayout;
    gButtons->addWidget(m_addGuardian);
    gButtons->addWidget(m_removeGuardian);
    gButtons->addStretch(1);
    auto *gLayout = new QVBoxLayout(guardiansPage);
    gLayout->addLayout(gButtons);
    gLayout->addWidget(m_guardians);
    m_tabs->addTab(guardiansPage, QString());
    connect(m_addGuardian, &QPushButton::clicked, this, [this] {
        m_guardians->insertRow(m_guardians->rowCount());
        m_guardians->setCurrentCell(m_guardians->rowCount() - 1, 0);
        m_guardians->editItem(m_guardians->currentItem());
    });
    connect(m_removeGuardian, &QPushButton::clicked, this, [this] {
        if (m_guardians->currentRow() >= 0) {
            m_guardians->removeRow(m_guardians->currentRow());
        }
    });

    // The electronic personal file.
    auto *filesPage = new QWidget(this);
    m_files = new Ui::RecordTableModel(this);
    m_files->setColumns({{QStringLiteral("name"), [] { return tr("File"); }},
                         {QStringLiteral("mime"), [] { return tr("Type"); }},
                         {QStringLiteral("size"), [] { return tr("Size, KiB"); },
                          [](const QCborMap &r) -> QVariant { return (r.value(QStringLiteral("size")).toInteger() + 1023) / 1024; }},
                         {QStringLiteral("addedAt"), [] { return tr("Added"); },
                          [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("addedAt")).toString()); }}});
    m_filesTable = new Ui::DataTableView(filesPage);
    m_filesTable->setModel(m_files);
    m_addFile = new QPushButton(filesPage);
    m_openFile = new QPushButton(filesPage);
    auto *fButtons = new QHBoxLayout;
    fButtons->addWidget(m_addFile);
    fButtons->addWidget(m_openFile);
    fButtons->addStretch(1);
    auto *fLayout = new QVBoxLayout(filesPage);
    fLayout->addLayout(fButtons);
    fLayout->addWidget(m_filesTable);
    m_tabs->addTab(filesPage, QString());
    connect(m_addFile, &QPushButton::clicked, this, &StudentCardDialog::addFile);
    connect(m_openFile, &QPushButton::clicked, this, &StudentCardDialog::openFile);
    connect(m_filesTable, &Ui::DataTableView::activated, this, &StudentCardDialog::openFile);

    // The record from admission to graduation: the signed orders.
    m_history = new Ui::RecordTableModel(this);
    m_history->setColumns({{QStringLiteral("orderDate"), [] { return tr("Date"); },
                            [](const QCborMap &r) -> QVariant { return StudyTerms::date(r.value(QStringLiteral("orderDate")).toString()); }},
                           {QStringLiteral("orderNo"), [] { return tr("Order no."); }},
                           {QStringLiteral("kind"), [] { return tr("Order"); },
                            [](const QCborMap &r) -> QVariant { return StudyTerms::orderKind(r.value(QStringLiteral("kind")).toString()); }},
                           {QStringLiteral("summary"), [] { return tr("What changed"); }},
                           {QStringLiteral("reason"), [] { return tr("Reason"); }}});
    m_historyTable = new Ui::DataTableView(this);
    m_historyTable->setModel(m_history);
    m_tabs->addTab(m_historyTable, QString());

    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_save->setEnabled(context->can(QStringLiteral("studenthr.write")));
    m_close = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &StudentCardDialog::requestDeletion);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &StudentCardDialog::save);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    resize(760, 720);
    retranslateUi();
    if (m_id > 0) {
        load();
    } else {
        m_tabs->setTabEnabled(2, false); // files need a saved card
        m_tabs->setTabEnabled(3, false);
    }
}

void StudentCardDialog::showReadOnly(const QCborMap &card)
{
    display(card);
    for (QLineEdit *line : std::as_const(m_lines)) {
        line->setReadOnly(true);
    }
    for (QWidget *w : QList<QWidget *>{m_birthDate, m_passportIssuedAt, m_gender, m_funding, m_guardians, m_addGuardian, m_removeGuardian,
                                        m_addFile, m_openFile, m_save, m_delete, m_choosePhoto, m_close}) {
        w->setEnabled(false);
    }
    m_close->setVisible(false);
    m_save->setVisible(false);
    m_delete->setVisible(false);
    m_choosePhoto->setVisible(false);
    m_tabs->setTabVisible(2, false); // the personal file stays with the office
}

void StudentCardDialog::load()
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.students.get"), {{QStringLiteral("id"), m_id}});
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

void StudentCardDialog::display(const QCborMap &card)
{
    m_card = card;
    m_id = card.value(QStringLiteral("id")).toInteger();
    for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it) {
        it.value()->setText(card.value(it.key()).toString());
    }
    const QCborMap passport = card.value(QStringLiteral("passport")).toMap();
    m_lines.value(QStringLiteral("passportSeries"))->setText(passport.value(QStringLiteral("series")).toString());
    m_lines.value(QStringLiteral("passportNumber"))->setText(passport.value(QStringLiteral("number")).toString());
    m_lines.value(QStringLiteral("passportIssuedBy"))->setText(passport.value(QStringLiteral("issuedBy")).toString());
    const QDate issued = QDate::fromString(passport.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
    m_passportIssuedAt->setDate(issued.isValid() ? issued : m_passportIssuedAt->minimumDate());
    m_birthDate->setDate(QDate::fromString(card.value(QStringLiteral("birthDate")).toString(), Qt::ISODate));
    m_lines.value(QStringLiteral("soateCode"))->setToolTip(card.value(QStringLiteral("soateName")).toString());
    const QImage photo = QImage::fromData(QByteArray::fromBase64(card.value(QStringLiteral("photo")).toString().toLatin1()));
    m_photoChanged = false;
    m_photo->setPixmap(photo.isNull() ? QPixmap() : QPixmap::fromImage(photo).scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_delete->setEnabled(m_context->can(QStringLiteral("studenthr.write")));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(card.value(QStringLiteral("gender")).toString())));
    m_funding->setCurrentIndex(std::max(0, m_funding->findData(card.value(QStringLiteral("funding")).toString())));
    m_funding->setEnabled(false); // changes by order only
    m_guardians->setRowCount(0);
    for (const QCborValue &g : card.value(QStringLiteral("guardians")).toArray()) {
        const int row = m_guardians->rowCount();
        m_guardians->insertRow(row);
        m_guardians->setItem(row, 0, new QTableWidgetItem(g.toMap().value(QStringLiteral("name")).toString()));
        m_guardians->setItem(row, 1, new QTableWidgetItem(g.toMap().value(QStringLiteral("relation")).toString()));
        m_guardians->setItem(row, 2, new QTableWidgetItem(g.toMap().value(QStringLiteral("phone")).toString()));
    }
    QList<QCborMap> files;
    for (const QCborValue &f : card.value(QStringLiteral("files")).toArray()) {
        files << f.toMap();
    }
    m_files->setRecords(files);
    QList<QCborMap> history;
    for (const QCborValue &h : card.value(QStringLiteral("history")).toArray()) {
        history << h.toMap();
    }
    m_history->setRecords(history);
    m_tabs->setTabEnabled(2, true);
    m_tabs->setTabEnabled(3, true);
    retranslateUi();
}

void StudentCardDialog::searchSoate()
{
    const QString text = m_lines.value(QStringLiteral("soateCode"))->text().trimmed();
    if (text.size() < 2) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("ref.soate.search"), {{QStringLiteral("query"), text}, {QStringLiteral("limit"), 40}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            return;
        }
        QStringList items;
        for (const QCborValue &v : j->result().toArray()) {
            const QCborMap m = v.toMap();
            items << QStringLiteral("%1 — %2").arg(m.value(QStringLiteral("code")).toString(), m.value(QStringLiteral("path")).toString());
        }
        m_soateModel->setStringList(items);
        if (QCompleter *c = m_lines.value(QStringLiteral("soateCode"))->completer(); c && !items.isEmpty()) {
            c->complete();
        }
    });
}

bool StudentCardDialog::setPhotoFile(const QString &path)
{
    QImage image(path);
    if (image.isNull()) {
        Ui::Messages::warning(this, tr("Photo"), tr("This is not an image: %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A card photo: at most 480×600, JPEG; the server accepts up to 512 KiB.
    image = image.scaled(480, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    m_photoData = jpeg;
    m_photoChanged = true;
    m_photo->setPixmap(QPixmap::fromImage(image).scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    return true;
}

void StudentCardDialog::requestDeletion()
{
    QString reason;
    if (!Ui::Messages::askText(this, tr("Delete the card"),
                               tr("Delete this card (entered by mistake)? A card with signed orders cannot be deleted; the vice-rector "
                                  "approves the deletion. Reason:"),
                               &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("studenthr.students.delete"), {{QStringLiteral("id"), m_id}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Delete the card"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        m_form->setMessage(tr("The request to delete the card is sent to the vice-rector."));
    });
}

void StudentCardDialog::setValue(const QString &key, const QString &value)
{
    if (QLineEdit *line = m_lines.value(key)) {
        line->setText(value);
    } else if (key == QLatin1String("birthDate")) {
        m_birthDate->setDate(QDate::fromString(value, Qt::ISODate));
    } else if (key == QLatin1String("gender")) {
        m_gender->setCurrentIndex(std::max(0, m_gender->findData(value)));
    } else if (key == QLatin1String("funding")) {
        m_funding->setCurrentIndex(std::max(0, m_funding->findData(value)));
    }
}

QCborMap StudentCardDialog::arguments() const
{
    QCborMap a;
    if (m_id > 0) {
        a.insert(QStringLiteral("id"), m_id);
        a.insert(QStringLiteral("rowVersion"), m_card.value(QStringLiteral("rowVersion")).toInteger());
    } else {
        a.insert(QStringLiteral("funding"), m_funding->currentData().toString());
    }
    for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it) {
        const QString v = it.value()->text().trimmed();
        // Required names always go (the server explains an empty one); optional fields only when given.
        if (!v.isEmpty() || it.key() == QLatin1String("lastName") || it.key() == QLatin1String("firstName")) {
            a.insert(it.key(), v);
        }
    }
    a.insert(QStringLiteral("birthDate"), m_birthDate->date().toString(Qt::ISODate));
    a.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    if (m_passportIssuedAt->date() != m_passportIssuedAt->minimumDate()) {
        a.insert(QStringLiteral("passportIssuedAt"), m_passportIssuedAt->date().toString(Qt::ISODate));
    }
    QCborArray guardians;
    for (int r = 0; r < m_guardians->rowCount(); ++r) {
        auto text = [this, r](int c) { return m_guardians->item(r, c) ? m_guardians->item(r, c)->text().trimmed() : QString(); };
        if (text(0).isEmpty()) {
            continue;
        }
        guardians.append(QCborMap{{QStringLiteral("name"), text(0)}, {QStringLiteral("relation"), text(1)}, {QStringLiteral("phone"), text(2)}});
    }
    a.insert(QStringLiteral("guardians"), guardians);
    if (m_photoChanged) {
        a.insert(QStringLiteral("photo"), QString::fromLatin1(m_photoData.toBase64()));
    }
    return a;
}

void StudentCardDialog::save()
{
    send(false);
}

void StudentCardDialog::send(bool confirmDuplicate)
{
    m_form->clearErrors();
    QCborMap args = arguments();
    if (confirmDuplicate) {
        args.insert(QStringLiteral("confirmDuplicate"), true);
    }
    m_save->setEnabled(false);
    Job *job = m_context->session()->call(QStringLiteral("studenthr.students.save"), args);
    connect(job, &Job::finished, this, [this](Job *j) {
        m_save->setEnabled(true);
        if (j->ok()) {
            const QCborMap r = j->result().toMap();
            const qint64 id = r.value(QStringLiteral("id")).toInteger();
            m_id = id > 0 ? id : m_id;
            m_form->setMessage(tr("Saved."));
            load();
            Q_EMIT saved(m_id);
            return;
        }
        const Protocol::Error &e = j->error();
        if (e.code == Protocol::ErrorCode::Conflict && e.details.value(QStringLiteral("reason")).toString() == QLatin1String("possible_duplicate")) {
            QStringList who;
            for (const QCborValue &c : e.details.value(QStringLiteral("candidates")).toArray()) {
                const QCborMap m = c.toMap();
                who << QStringLiteral("%1, %2, %3").arg(m.value(QStringLiteral("name")).toString(),
                                                       StudyTerms::date(m.value(QStringLiteral("birthDate")).toString()),
                                                       m.value(QStringLiteral("groupName")).toString());
            }
            if (Ui::Messages::confirm(this, tr("Possible duplicate"),
                                      tr("A student with the same name and date of birth is already recorded:\n%1\nSave this card anyway?")
                                          .arg(who.join(QLatin1Char('\n'))),
                                      tr("Save anyway"))) {
                send(true);
            } else {
                Q_EMIT saveFailed();
            }
            return;
        }
        m_form->showError(j->outcome());
        Q_EMIT saveFailed();
    });
}

void StudentCardDialog::addFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add to the personal file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Scans (*.pdf *.jpg *.jpeg *.png)"));
    if (path.isEmpty()) {
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 640 * 1024) {
        Ui::Messages::warning(this, tr("Add to the personal file"), tr("The file cannot be read or is larger than 640 KiB: %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    Job *job = m_context->session()->call(QStringLiteral("studenthr.files.add"),
                                          {{QStringLiteral("studentId"), m_id},
                                           {QStringLiteral("name"), QFileInfo(path).fileName()},
                                           {QStringLiteral("mime"), mime},
                                           {QStringLiteral("data"), QString::fromLatin1(f.readAll().toBase64())}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Add to the personal file"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        load();
    });
}

void StudentCardDialog::openFile()
{
    const QModelIndex index = m_filesTable->currentSourceIndex();
    if (!index.isValid()) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("studenthr.files.get"), {{QStringLiteral("id"), m_files->record(index.row()).value(QStringLiteral("id"))}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Personal file"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        const QCborMap r = j->result().toMap();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString path = QDir(dir).filePath(QFileInfo(r.value(QStringLiteral("name")).toString()).fileName());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QByteArray::fromBase64(r.value(QStringLiteral("data")).toString().toLatin1()));
            f.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    });
}

void StudentCardDialog::retranslateUi()
{
    const QString name = QStringLiteral("%1 %2 %3").arg(m_card.value(QStringLiteral("lastName")).toString(), m_card.value(QStringLiteral("firstName")).toString(),
                                                        m_card.value(QStringLiteral("patronymic")).toString()).simplified();
    setWindowTitle(m_id > 0 ? tr("Student's card: %1").arg(name) : tr("New student"));
    m_tabs->setTabText(0, tr("Personal data"));
    m_tabs->setTabText(1, tr("Parents"));
    m_tabs->setTabText(2, tr("Personal file"));
    m_tabs->setTabText(3, tr("Record of orders"));
    const QList<QPair<QString, QString>> labels{
        {QStringLiteral("lastName"), tr("Last name")},
        {QStringLiteral("firstName"), tr("First name")},
        {QStringLiteral("patronymic"), tr("Patronymic")},
        {QStringLiteral("lastNameRu"), tr("Last name (Russian spelling)")},
        {QStringLiteral("firstNameRu"), tr("First name (Russian spelling)")},
        {QStringLiteral("patronymicRu"), tr("Patronymic (Russian spelling)")},
        {QStringLiteral("latinName"), tr("Name in Latin letters")},
        {QStringLiteral("pin"), tr("PIN")},
        {QStringLiteral("birthDate"), tr("Date of birth")},
        {QStringLiteral("gender"), tr("Sex")},
        {QStringLiteral("nationality"), tr("Nationality")},
        {QStringLiteral("citizenship"), tr("Citizenship (KG, KZ, …)")},
        {QStringLiteral("passportSeries"), tr("Passport series")},
        {QStringLiteral("passportNumber"), tr("Passport number")},
        {QStringLiteral("passportIssuedBy"), tr("Passport issued by")},
        {QStringLiteral("passportIssuedAt"), tr("Passport issued on")},
        {QStringLiteral("soateCode"), tr("SOATE code of the address")},
        {QStringLiteral("address"), tr("Street, house, flat")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("priorEducation"), tr("Prior education")},
        {QStringLiteral("privileges"), tr("Privileges")},
        {QStringLiteral("funding"), tr("Funding")},
    };
    for (const auto &l : labels) {
        m_form->setLabel(l.first, l.second);
    }
    m_lines.value(QStringLiteral("latinName"))->setPlaceholderText(tr("empty: made from the Kyrgyz spelling"));
    m_lines.value(QStringLiteral("pin"))->setPlaceholderText(tr("14 digits"));
    m_lines.value(QStringLiteral("soateCode"))->setPlaceholderText(tr("type a place name or the code"));
    m_gender->setItemText(0, tr("female"));
    m_gender->setItemText(1, tr("male"));
    m_funding->setItemText(0, StudyTerms::funding(QStringLiteral("budget")));
    m_funding->setItemText(1, StudyTerms::funding(QStringLiteral("contract")));
    m_guardians->setHorizontalHeaderLabels({tr("Full name"), tr("Relation"), tr("Phone")});
    m_addGuardian->setText(tr("Add"));
    m_removeGuardian->setText(tr("Remove"));
    m_addFile->setText(tr("Add a scan…"));
    m_openFile->setText(tr("Open"));
    m_filesTable->setTitle(tr("Personal file: %1").arg(name));
    m_historyTable->setTitle(tr("Record of orders: %1").arg(name));
    m_save->setText(Ui::Messages::saveText());
    m_close->setText(Ui::Messages::closeText());
    m_delete->setText(tr("Delete card…"));
    m_choosePhoto->setText(tr("Photo…"));
    if (m_photo->pixmap().isNull()) {
        m_photo->setText(tr("no photo"));
    }
    if (!m_card.isEmpty()) {
        m_state->setText(tr("Status: %1. Group: %2. Funding: %3. These change only by orders.")
                             .arg(StudyTerms::status(m_card.value(QStringLiteral("status")).toString()),
                                  m_card.value(QStringLiteral("groupName")).toString().isEmpty() ? tr("none")
                                                                                                 : m_card.value(QStringLiteral("groupName")).toString(),
                                  StudyTerms::funding(m_card.value(QStringLiteral("funding")).toString())));
    } else {
        m_state->setText(tr("A new card is not yet in any group: admission is an order."));
    }
    m_files->retranslate();
    m_history->retranslate();
}

void StudentCardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
