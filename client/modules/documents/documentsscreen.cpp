#include "documentsscreen.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "documentactions.h"
#include "documents/renderer.h"
#include "errortext.h"
#include "languagemanager.h"
#include "studenthr/grouppicker.h"
#include "studenthr/studyterms.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/session.h"
#include "progresstask.h"
#include "recordtablemodel.h"
#include "tableexport.h"

#include <QCborArray>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

namespace Ebilim::Client::Modules {

namespace {

const QString kGroupList = QStringLiteral("group_list");
const QString kOrder = QStringLiteral("order_sample");
const QString kCertificate = QStringLiteral("study_certificate");

QString kindTitle(const QString &kind)
{
    if (kind == kGroupList) {
        return DocumentsScreen::tr("Group list");
    }
    if (kind == kOrder) {
        return DocumentsScreen::tr("Sample order");
    }
    if (kind == kCertificate) {
        return DocumentsScreen::tr("Study certificate");
    }
    return kind;
}

QString isoDate(const QCborMap &r, const char *key)
{
    return StudyTerms::date(r.value(QString::fromLatin1(key)).toString());
}

} // namespace

DocumentsScreen::DocumentsScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_tabs = new QTabWidget(this);

    // --- prepare and issue --------------------------------------------------------------
    m_prepareTab = new QWidget(this);
    m_group = new GroupPicker(context, m_prepareTab);
    m_groupLabel = new QLabel(m_prepareTab);
    m_groupLabel->setBuddy(m_group);
    m_lang = new QComboBox(m_prepareTab);
    for (const QString &code : Ui::LanguageManager::codes()) {
        m_lang->addItem(Ui::LanguageManager::nativeName(code), code);
    }
    m_lang->setCurrentIndex(std::max(0, m_lang->findData(Ui::TableExport::currentLanguage())));
    m_langLabel = new QLabel(m_prepareTab);
    m_langLabel->setBuddy(m_lang);
    m_purpose = new QLineEdit(m_prepareTab);
    m_purpose->setMaxLength(300);
    m_purposeLabel = new QLabel(m_prepareTab);
    m_purposeLabel->setBuddy(m_purpose);
    m_error = new QLabel(m_prepareTab);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_status = new QLabel(m_prepareTab);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_students = new Ui::RecordTableModel(this);
    m_students->setColumns({
        {QStringLiteral("lastName"), [] { return tr("Last name"); }},
        {QStringLiteral("firstName"), [] { return tr("First name"); }},
        {QStringLiteral("patronymic"), [] { return tr("Patronymic"); }},
        {QStringLiteral("birthDate"), [] { return tr("Date of birth"); }, [](const QCborMap &r) -> QVariant { return isoDate(r, "birthDate"); }},
        {QStringLiteral("pin"), [] { return tr("PIN"); }},
        {QStringLiteral("funding"), [] { return tr("Funding"); },
         [](const QCborMap &r) -> QVariant { return StudyTerms::funding(r.value(QStringLiteral("funding")).toString()); }},
        {QStringLiteral("status"), [] { return tr("Status"); },
         [](const QCborMap &r) -> QVariant { return StudyTerms::status(r.value(QStringLiteral("status")).toString()); }},
    });
    m_studentTable = new Ui::DataTableView(m_prepareTab);
    m_studentTable->setModel(m_students);
    m_groupList = new QPushButton(m_prepareTab);
    m_order = new QPushButton(m_prepareTab);
    m_certificate = new QPushButton(m_prepareTab);
    m_batch = new QPushButton(m_prepareTab);
    auto *form = new QFormLayout;
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_langLabel, m_lang);
    form->addRow(m_purposeLabel, m_purpose);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_groupList);
    buttons->addWidget(m_order);
    buttons->addStretch(1);
    buttons->addWidget(m_certificate);
    buttons->addWidget(m_batch);
    auto *prepareLayout = new QVBoxLayout(m_prepareTab);
    prepareLayout->addLayout(form);
    prepareLayout->addWidget(m_error);
    prepareLayout->addWidget(m_status);
    prepareLayout->addLayout(buttons);
    prepareLayout->addWidget(m_studentTable, 1);
    connect(m_group, &GroupPicker::groupChanged, this, &DocumentsScreen::loadStudents);
    connect(m_group, &GroupPicker::loaded, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_error->setText(error);
            m_error->setVisible(true);
        }
        Q_EMIT groupsLoaded(ok);
    });
    connect(m_groupList, &QPushButton::clicked, this, [this] { prepare(kGroupList); });
    connect(m_order, &QPushButton::clicked, this, [this] { prepare(kOrder); });
    connect(m_certificate, &QPushButton::clicked, this, &DocumentsScreen::issueCertificate);
    connect(m_batch, &QPushButton::clicked, this, &DocumentsScreen::issueForGroup);
    connect(m_studentTable, &Ui::DataTableView::activated, this, [this] { issueCertificate(); });

    // --- register -------------------------------------------------------------------------
    m_registerTab = new QWidget(this);
    m_register = new Ui::RecordTableModel(this);
    m_register->setColumns({
        {QStringLiteral("regNo"), [] { return tr("Registration no."); }},
        {QStringLiteral("issuedAt"), [] { return tr("Issued"); }, [](const QCborMap &r) -> QVariant { return isoDate(r, "issuedAt"); }},
        {QStringLiteral("kind"), [] { return tr("Document"); }, [](const QCborMap &r) -> QVariant { return kindTitle(r.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("subjectName"), [] { return tr("Issued to"); }},
        {QStringLiteral("signer"), [] { return tr("Signed by"); }},
        {QStringLiteral("issuedBy"), [] { return tr("Prepared by"); }},
        {QStringLiteral("revokedAt"), [] { return tr("Revoked"); },
         [](const QCborMap &r) -> QVariant {
             return r.contains(QStringLiteral("revokedAt")) ? tr("revoked: %1").arg(r.value(QStringLiteral("revokedReason")).toString()) : QString();
         }},
    });
    m_registerTable = new Ui::DataTableView(m_registerTab);
    m_registerTable->setModel(m_register);
    m_registerError = new QLabel(m_registerTab);
    m_registerError->setWordWrap(true);
    m_registerError->setVisible(false);
    m_refreshRegister = new QPushButton(m_registerTab);
    m_revoke = new QPushButton(m_registerTab);
    auto *registerBar = new QHBoxLayout;
    registerBar->addWidget(m_refreshRegister);
    registerBar->addStretch(1);
    registerBar->addWidget(m_revoke);
    auto *registerLayout = new QVBoxLayout(m_registerTab);
    registerLayout->addLayout(registerBar);
    registerLayout->addWidget(m_registerError);
    registerLayout->addWidget(m_registerTable, 1);
    connect(m_refreshRegister, &QPushButton::clicked, this, &DocumentsScreen::loadRegister);
    connect(m_revoke, &QPushButton::clicked, this, &DocumentsScreen::revoke);

    // --- verify ---------------------------------------------------------------------------
    m_verifyTab = new QWidget(this);
    m_code = new QLineEdit(m_verifyTab);
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    m_code->setMaxLength(200);
    m_codeLabel = new QLabel(m_verifyTab);
    m_codeLabel->setBuddy(m_code);
    m_check = new QPushButton(m_verifyTab);
    m_check->setDefault(true);
    m_verdict = new QTextBrowser(m_verifyTab);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_check);
    auto *verifyLayout = new QVBoxLayout(m_verifyTab);
    verifyLayout->addLayout(codeRow);
    verifyLayout->addWidget(m_verdict, 1);
    connect(m_check, &QPushButton::clicked, this, [this] { verifyCode(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { verifyCode(m_code->text()); });

    m_tabs->addTab(m_prepareTab, QString());
    m_tabs->addTab(m_registerTab, QString());
    m_tabs->addTab(m_verifyTab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_registerTab && m_register->rowCount() == 0) {
            loadRegister();
        }
    });

    retranslateUi();
}

QString DocumentsScreen::documentLanguage() const
{
    return m_lang->currentData().toString();
}

qint64 DocumentsScreen::currentGroupId() const
{
    return m_group->groupId();
}

void DocumentsScreen::loadStudents()
{
    const qint64 id = currentGroupId();
    if (id <= 0) {
        m_students->setRecords({});
        return;
    }
    m_studentTable->setTitle(m_group->currentText());
    m_students->fillFrom(m_context->session()->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), id}}), m_error, this,
                         [this](bool ok, int) { Q_EMIT studentsLoaded(ok); });
}

void DocumentsScreen::loadRegister()
{
    m_registerTable->setTitle(tr("Register of issued documents"));
    m_register->fillFrom(m_context->session()->call(QStringLiteral("documents.register.list"), {{QStringLiteral("limit"), 500}}),
                         m_registerError, this, [this](bool ok, int) { Q_EMIT registerLoaded(ok); });
}

void DocumentsScreen::prepare(const QString &kind)
{
    const qint64 id = currentGroupId();
    if (id <= 0) {
        Ui::Messages::warning(this, kindTitle(kind), tr("Choose a group first."));
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), kind},
                                                                                 {QStringLiteral("subjectId"), id},
                                                                                 {QStringLiteral("lang"), documentLanguage()}});
    connect(job, &Job::finished, this, [this, kind](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, kindTitle(kind), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        Ui::DocumentActions::preview(Documents::Document::fromCbor(j->result().toMap()), this);
    });
}

void DocumentsScreen::issueCertificate()
{
    const QModelIndex index = m_studentTable->currentSourceIndex();
    if (!index.isValid()) {
        Ui::Messages::warning(this, kindTitle(kCertificate), tr("Choose a student in the list first."));
        return;
    }
    const QCborMap student = m_students->record(index.row());
    const QString name = QStringLiteral("%1 %2 %3").arg(student.value(QStringLiteral("lastName")).toString(),
                                                         student.value(QStringLiteral("firstName")).toString(),
                                                         student.value(QStringLiteral("patronymic")).toString()).simplified();
    if (!Ui::Messages::confirm(this, kindTitle(kCertificate),
                               tr("Issue a study certificate to %1? It gets a registration number and is entered in the register.").arg(name),
                               tr("Issue"))) {
        return;
    }
    QCborMap args{{QStringLiteral("kind"), kCertificate},
                  {QStringLiteral("subjectId"), student.value(QStringLiteral("id"))},
                  {QStringLiteral("lang"), documentLanguage()}};
    if (!m_purpose->text().trimmed().isEmpty()) {
        args.insert(QStringLiteral("purpose"), m_purpose->text().trimmed());
    }
    Job *job = m_context->session()->call(QStringLiteral("documents.issue"), args);
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, kindTitle(kCertificate), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        m_register->setRecords({}); // the register has a new entry: reload when shown
        Ui::DocumentActions::preview(Documents::Document::fromCbor(j->result().toMap()), this);
    });
}

void DocumentsScreen::issueForGroup()
{
    QList<QCborMap> active;
    for (const QCborMap &s : m_students->records()) {
        if (s.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            active << s;
        }
    }
    if (active.isEmpty()) {
        Ui::Messages::warning(this, kindTitle(kCertificate), tr("The group has no studying students."));
        return;
    }
    if (!Ui::Messages::confirm(this, kindTitle(kCertificate),
                               tr("Issue study certificates to all %n studying student(s) of %1? Each gets a registration number "
                                  "and is entered in the register; the PDF files are written to a folder you choose.",
                                  nullptr, int(active.size()))
                                   .arg(m_group->currentText()),
                               tr("Issue"))) {
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the certificates"),
                                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty()) {
        return;
    }
    startBatch(active, folder);
}

Ui::ProgressTask *DocumentsScreen::startBatch(const QList<QCborMap> &students, const QString &folder)
{
    // Certificates are issued one request at a time (Cancel stops at once); each issued one is
    // rendered on a worker thread while the next is being issued, and written before the
    // batch reports its end, so everything issued is on disk.
    struct Batch
    {
        QList<QCborMap> students;
        int next = 0;
        int issued = 0;
        int rendering = 0;
        int written = 0;
        bool issuingOver = false;
        bool canceled = false;
        QStringList refused;
    };
    auto batch = std::make_shared<Batch>();
    batch->students = students;
    auto *progress = new Ui::ProgressTask(tr("Issuing study certificates"), int(students.size()), this);
    const QString lang = documentLanguage();
    const QString purpose = m_purpose->text().trimmed();
    m_batch->setEnabled(false);

    auto finishIfDone = [this, batch, progress, folder] {
        if (!batch->issuingOver || batch->rendering > 0) {
            return;
        }
        progress->finish();
        progress->deleteLater();
        m_register->setRecords({});
        m_batch->setEnabled(m_context->can(QStringLiteral("documents.issue")));
        // The summary stays on the screen (no modal box): the registrar reads it when back.
        QString text = tr("%n certificate(s) written to %1.", nullptr, batch->written).arg(QDir::toNativeSeparators(folder));
        if (batch->canceled) {
            text += QLatin1Char(' ') + tr("Cancelled; the rest were not issued.");
        }
        if (!batch->refused.isEmpty()) {
            text += QLatin1Char('\n') + tr("Not issued:") + QLatin1Char('\n') + batch->refused.join(QLatin1Char('\n'));
        }
        m_status->setText(text);
        m_status->setVisible(true);
        Q_EMIT batchFinished(batch->written, int(batch->refused.size()), batch->canceled);
    };

    // Results come back through a relay that lives in this thread as long as any worker holds
    // it, so a worker never touches the screen, which may be closed meanwhile.
    auto relay = std::shared_ptr<QObject>(new QObject, [](QObject *o) { o->deleteLater(); });
    QPointer<DocumentsScreen> screen(this);
    auto render = [batch, progress, folder, finishIfDone, relay, screen](const Documents::Document &doc, const QString &name) {
        ++batch->rendering;
        const QString path = QDir(folder).filePath(Ui::DocumentActions::safeFileName(doc.official.regNo + QLatin1Char(' ') + name)
                                                   + QStringLiteral(".pdf"));
        QThreadPool::globalInstance()->start([batch, progress, doc, path, name, finishIfDone, relay, screen] {
            QString error;
            const bool ok = Documents::Renderer(doc).write(Documents::Format::Pdf, path, &error);
            QMetaObject::invokeMethod(
                relay.get(),
                [batch, progress, ok, error, name, finishIfDone, screen] {
                    if (!screen) {
                        return;
                    }
                    --batch->rendering;
                    if (ok) {
                        ++batch->written;
                        progress->setValue(batch->written + int(batch->refused.size()));
                    } else {
                        batch->refused << QStringLiteral("%1: %2").arg(name, error);
                    }
                    finishIfDone();
                },
                Qt::QueuedConnection);
        });
    };

    auto step = std::make_shared<std::function<void()>>();
    *step = [this, batch, progress, lang, purpose, step, render, finishIfDone] {
        if (progress->isCanceled() || batch->next >= batch->students.size()) {
            batch->canceled = progress->isCanceled() && batch->next < batch->students.size();
            batch->issuingOver = true;
            finishIfDone();
            *step = nullptr; // breaks the self-reference; destroys this lambda, so it must come last
            return;
        }
        const QCborMap s = batch->students.at(batch->next++);
        const QString name = QStringLiteral("%1 %2").arg(s.value(QStringLiteral("lastName")).toString(), s.value(QStringLiteral("firstName")).toString());
        progress->setLabel(name);
        QCborMap args{{QStringLiteral("kind"), kCertificate}, {QStringLiteral("subjectId"), s.value(QStringLiteral("id"))}, {QStringLiteral("lang"), lang}};
        if (!purpose.isEmpty()) {
            args.insert(QStringLiteral("purpose"), purpose);
        }
        Job *job = m_context->session()->call(QStringLiteral("documents.issue"), args);
        connect(job, &Job::finished, this, [batch, progress, name, step, render](Job *j) {
            if (!j->ok()) {
                batch->refused << QStringLiteral("%1: %2").arg(name, Ui::ErrorText::describe(j->outcome()));
                progress->setValue(batch->written + int(batch->refused.size()));
            } else {
                ++batch->issued;
                render(Documents::Document::fromCbor(j->result().toMap()), name);
            }
            if (*step) {
                (*step)();
            }
        });
    };
    (*step)();
    return progress;
}

void DocumentsScreen::revoke()
{
    const QModelIndex index = m_registerTable->currentSourceIndex();
    if (!index.isValid()) {
        Ui::Messages::warning(this, tr("Revoke"), tr("Choose an entry of the register first."));
        return;
    }
    const QCborMap entry = m_register->record(index.row());
    QString reason;
    if (!Ui::Messages::askText(this, tr("Revoke"),
                               tr("Revoke %1 issued to %2? Its verification will answer \"revoked\" from now on. Reason:")
                                   .arg(entry.value(QStringLiteral("regNo")).toString(), entry.value(QStringLiteral("subjectName")).toString()),
                               &reason, 3)) {
        return;
    }
    Job *job = m_context->session()->call(QStringLiteral("documents.revoke"),
                                          {{QStringLiteral("id"), entry.value(QStringLiteral("id"))}, {QStringLiteral("reason"), reason}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            Ui::Messages::warning(this, tr("Revoke"), Ui::ErrorText::describe(j->outcome()));
            return;
        }
        loadRegister();
    });
}

void DocumentsScreen::verifyCode(const QString &code)
{
    if (code.trimmed().isEmpty()) {
        return;
    }
    m_code->setText(code.trimmed());
    m_tabs->setCurrentWidget(m_verifyTab);
    Job *job = m_context->session()->call(QStringLiteral("documents.verify"), {{QStringLiteral("code"), code.trimmed()}});
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            m_verdict->setPlainText(Ui::ErrorText::describe(j->outcome()));
            m_lastVerification = {};
            Q_EMIT verified({});
            return;
        }
        showVerification(j->result().toMap());
    });
}

QList<QCborMap> DocumentsScreen::students() const
{
    return m_students->records();
}

bool DocumentsScreen::selectGroup(qint64 id)
{
    return m_group->selectGroup(id);
}

QString DocumentsScreen::statusText() const
{
    return m_status->text();
}

QString DocumentsScreen::verificationText() const
{
    return m_verdict->toPlainText();
}

void DocumentsScreen::showVerification(const QCborMap &r)
{
    m_lastVerification = r;
    const bool genuine = r.value(QStringLiteral("genuine")).toBool();
    const QString reason = r.value(QStringLiteral("reason")).toString();
    QString html;
    if (genuine) {
        html = QStringLiteral("<h2 style=\"color:#1d7a2f\">%1</h2>").arg(tr("Genuine").toHtmlEscaped());
    } else {
        QString why = tr("No document with this code was issued.");
        if (reason == QLatin1String("malformed")) {
            why = tr("This is not a valid code: check it for typing mistakes.");
        } else if (reason == QLatin1String("revoked")) {
            why = tr("The document was issued but has been revoked.");
        } else if (reason == QLatin1String("tampered")) {
            why = tr("The register entry of this document was altered. Tell the system administrator at once.");
        }
        html = QStringLiteral("<h2 style=\"color:#a11\">%1</h2><p>%2</p>").arg(tr("Not valid").toHtmlEscaped(), why.toHtmlEscaped());
    }
    if (r.contains(QStringLiteral("regNo"))) {
        const QString kind = r.value(QStringLiteral("kind")).toString();
        html += QStringLiteral("<table cellpadding=\"3\">");
        auto row = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        row(tr("Document"), kindTitle(kind));
        row(tr("Registration no."), r.value(QStringLiteral("regNo")).toString());
        row(tr("Issued"), isoDate(r, "issuedAt"));
        row(tr("Issued to"), r.value(QStringLiteral("subjectName")).toString());
        row(tr("Signed by"), QStringLiteral("%1, %2").arg(r.value(QStringLiteral("signer")).toString(), r.value(QStringLiteral("signerPosition")).toString()));
        if (r.contains(QStringLiteral("revokedAt"))) {
            row(tr("Revoked"), QLocale().toString(QDateTime::fromString(r.value(QStringLiteral("revokedAt")).toString(), Qt::ISODateWithMs).toLocalTime(),
                                                  QLocale::ShortFormat));
        }
        html += QStringLiteral("</table>");
        // What the paper certifies, with the labels of its template in the interface language.
        const QCborMap certifies = r.value(QStringLiteral("certifies")).toMap();
        if (!certifies.isEmpty()) {
            const auto tmpl = Documents::DocumentTemplate::load(kind, Ui::TableExport::currentLanguage());
            html += QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">").arg(tr("It certifies").toHtmlEscaped());
            for (auto it = certifies.constBegin(); it != certifies.constEnd(); ++it) {
                QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
                const QDate d = QDate::fromString(value, Qt::ISODate);
                if (d.isValid() && value.size() == 10) {
                    value = d.toString(QStringLiteral("dd.MM.yyyy"));
                }
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(tmpl.label(it.key().toString()).toHtmlEscaped(), value.toHtmlEscaped());
            }
            html += QStringLiteral("</table>");
        }
    }
    m_verdict->setHtml(html);
    Q_EMIT verified(r);
}

void DocumentsScreen::retranslateUi()
{
    m_tabs->setTabText(0, tr("Prepare and issue"));
    m_tabs->setTabText(1, tr("Register"));
    m_tabs->setTabText(2, tr("Verify"));
    m_groupLabel->setText(tr("&Group:"));
    m_langLabel->setText(tr("&Language of the document:"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setPlaceholderText(tr("where the certificate is to be presented (empty: where required)"));
    m_groupList->setText(tr("Group list…"));
    m_groupList->setToolTip(tr("The list of the group's students: preview, print, export"));
    m_order->setText(tr("Sample order…"));
    m_order->setToolTip(tr("A draft order transferring the group to the next year of study"));
    m_certificate->setText(tr("Study certificate…"));
    m_certificate->setToolTip(tr("Issues an official study certificate to the chosen student (Enter or double-click in the list)"));
    m_batch->setText(tr("Certificates for the whole group…"));
    const bool canIssue = m_context->can(QStringLiteral("documents.issue"));
    m_certificate->setEnabled(canIssue);
    m_batch->setEnabled(canIssue);
    m_revoke->setEnabled(canIssue);
    m_refreshRegister->setText(tr("Refresh"));
    m_revoke->setText(tr("Revoke…"));
    m_codeLabel->setText(tr("&Verification code:"));
    m_check->setText(tr("Check"));
    m_studentTable->setTitle(m_group->currentText());
    m_registerTable->setTitle(tr("Register of issued documents"));
    m_students->retranslate();
    m_register->retranslate();
    if (!m_lastVerification.isEmpty()) {
        showVerification(m_lastVerification);
    }
}

void DocumentsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
