#include "groupdialog.h"

#include "clientcontext.h"
#include "errortext.h"
#include "languagemanager.h"
#include "messages.h"
#include "net/session.h"
#include "recordform.h"
#include "studyterms.h"
#include "tableexport.h"

#include <QCborArray>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {

QString nameIn(const QCborMap &r, const QString &prefix)
{
    const QString lang = Ui::TableExport::currentLanguage();
    const QString key = prefix + (lang == QLatin1String("ru") ? QStringLiteral("Ru") : lang == QLatin1String("en") ? QStringLiteral("En") : QStringLiteral("Ky"));
    const QString v = r.value(key).toString();
    return v.isEmpty() ? r.value(prefix + QStringLiteral("Ru")).toString() : v;
}

QSpinBox *spin(QWidget *parent, int min, int max)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    return s;
}

} // namespace

GroupDialog::GroupDialog(Ui::ClientContext *context, const QCborMap &group, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_group(group)
{
    m_form = new Ui::RecordForm(this);
    m_specialty = new QComboBox(m_form);
    m_name = new QLineEdit(m_form);
    m_name->setMaxLength(32);
    m_course = spin(m_form, 1, 6);
    m_studyForm = new QComboBox(m_form);
    for (const char *f : {"fulltime", "extramural", "distance", "evening"}) {
        m_studyForm->addItem(QString(), QString::fromLatin1(f));
    }
    m_language = new QComboBox(m_form);
    for (const QString &code : Ui::LanguageManager::codes()) {
        m_language->addItem(Ui::LanguageManager::nativeName(code), code);
    }
    m_entryYear = spin(m_form, 1990, 2100);
    m_entryYear->setValue(QDate::currentDate().year());
    m_curator = new QComboBox(m_form);
    m_curator->setEditable(true);
    m_curator->setInsertPolicy(QComboBox::NoInsert);
    m_leader = new QComboBox(m_form);
    m_budget = spin(m_form, 0, 500);
    m_contract = spin(m_form, 0, 500);
    m_form->addField(QStringLiteral("specialtyId"), m_specialty);
    m_form->addField(QStringLiteral("name"), m_name);
    m_form->addField(QStringLiteral("course"), m_course);
    m_form->addField(QStringLiteral("studyForm"), m_studyForm);
    m_form->addField(QStringLiteral("language"), m_language);
    m_form->addField(QStringLiteral("entryYear"), m_entryYear);
    m_form->addField(QStringLiteral("curatorId"), m_curator);
    m_form->addField(QStringLiteral("leaderId"), m_leader);
    m_form->addField(QStringLiteral("budgetPlaces"), m_budget);
    m_form->addField(QStringLiteral("contractPlaces"), m_contract);
    for (const char *k : {"specialtyId", "name", "studyForm", "language", "entryYear"}) {
        m_form->setRequired(QString::fromLatin1(k), true);
    }
    if (!group.isEmpty()) {
        m_name->setText(group.value(QStringLiteral("name")).toString());
        m_course->setValue(int(group.value(QStringLiteral("course")).toInteger(1)));
        m_course->setEnabled(false); // changes by orders only
        m_studyForm->setCurrentIndex(std::max(0, m_studyForm->findData(group.value(QStringLiteral("studyForm")).toString())));
        m_language->setCurrentIndex(std::max(0, m_language->findData(group.value(QStringLiteral("language")).toString())));
        m_entryYear->setValue(int(group.value(QStringLiteral("entryYear")).toInteger()));
        m_budget->setValue(int(group.value(QStringLiteral("budgetPlaces")).toInteger()));
        m_contract->setValue(int(group.value(QStringLiteral("contractPlaces")).toInteger()));
    }
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &GroupDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(560);
    retranslateUi();
    loadChoices();
}

void GroupDialog::loadChoices()
{
    // Specialties, curators (employees), and the group's own students for the leader.
    auto done = [this] {
        if (--m_pending == 0) {
            Q_EMIT loaded();
        }
    };
    m_pending = m_group.isEmpty() ? 2 : 3;
    Job *specialties = m_context->session()->call(QStringLiteral("studenthr.specialties.list"));
    connect(specialties, &Job::finished, this, [this, done](Job *j) {
        m_specialty->clear();
        for (const QCborValue &v : j->result().toArray()) {
            const QCborMap s = v.toMap();
            m_specialty->addItem(QStringLiteral("%1 — %2").arg(s.value(QStringLiteral("code")).toString(), nameIn(s, QStringLiteral("name"))),
                                 s.value(QStringLiteral("id")).toInteger());
        }
        m_specialty->setCurrentIndex(std::max(0, m_specialty->findData(m_group.value(QStringLiteral("specialtyId")).toInteger())));
        m_specialty->setEnabled(j->ok() && m_group.isEmpty());
        done();
    });
    Job *staff = m_context->session()->call(QStringLiteral("staffhr.employees.list"));
    connect(staff, &Job::finished, this, [this, done](Job *j) {
        m_curator->clear();
        m_curator->addItem(QString(), 0);
        for (const QCborValue &v : j->result().toArray()) {
            const QCborMap e = v.toMap();
            if (e.value(QStringLiteral("status")).toString() == QLatin1String("dismissed")) {
                continue;
            }
            m_curator->addItem(QStringLiteral("%1 %2 %3").arg(e.value(QStringLiteral("lastName")).toString(), e.value(QStringLiteral("firstName")).toString(),
                                                             e.value(QStringLiteral("patronymic")).toString()).simplified(),
                               e.value(QStringLiteral("id")).toInteger());
        }
        m_curator->setCurrentIndex(std::max(0, m_curator->findData(m_group.value(QStringLiteral("curatorId")).toInteger())));
        done();
    });
    m_leader->clear();
    m_leader->addItem(QString(), 0);
    if (!m_group.isEmpty()) {
        Job *students = m_context->session()->call(QStringLiteral("studenthr.students.list"), {{QStringLiteral("groupId"), m_group.value(QStringLiteral("id"))}});
        connect(students, &Job::finished, this, [this, done](Job *j) {
            for (const QCborValue &v : j->result().toArray()) {
                const QCborMap s = v.toMap();
                if (s.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
                    m_leader->addItem(QStringLiteral("%1 %2").arg(s.value(QStringLiteral("lastName")).toString(), s.value(QStringLiteral("firstName")).toString()),
                                      s.value(QStringLiteral("id")).toInteger());
                }
            }
            m_leader->setCurrentIndex(std::max(0, m_leader->findData(m_group.value(QStringLiteral("leaderId")).toInteger())));
            done();
        });
    } else {
        m_leader->setEnabled(false); // a new group has no students yet
    }
}

void GroupDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void GroupDialog::chooseFirstChoices()
{
    m_specialty->setCurrentIndex(0);
    m_curator->setCurrentIndex(m_curator->count() > 1 ? 1 : 0);
}

QCborMap GroupDialog::arguments() const
{
    QCborMap a;
    if (!m_group.isEmpty()) {
        a.insert(QStringLiteral("id"), m_group.value(QStringLiteral("id")));
        a.insert(QStringLiteral("rowVersion"), m_group.value(QStringLiteral("rowVersion")).toInteger());
    } else {
        a.insert(QStringLiteral("course"), m_course->value());
    }
    a.insert(QStringLiteral("specialtyId"), m_specialty->currentData().toLongLong());
    a.insert(QStringLiteral("name"), m_name->text().trimmed());
    a.insert(QStringLiteral("studyForm"), m_studyForm->currentData().toString());
    a.insert(QStringLiteral("language"), m_language->currentData().toString());
    a.insert(QStringLiteral("entryYear"), m_entryYear->value());
    a.insert(QStringLiteral("curatorId"), m_curator->currentData().toLongLong());
    if (!m_group.isEmpty()) {
        a.insert(QStringLiteral("leaderId"), m_leader->currentData().toLongLong());
    }
    a.insert(QStringLiteral("budgetPlaces"), m_budget->value());
    a.insert(QStringLiteral("contractPlaces"), m_contract->value());
    return a;
}

void GroupDialog::save()
{
    m_form->clearErrors();
    m_save->setEnabled(false);
    Job *job = m_context->session()->call(QStringLiteral("studenthr.groups.save"), arguments());
    connect(job, &Job::finished, this, [this](Job *j) {
        m_save->setEnabled(true);
        if (!j->ok()) {
            m_form->showError(j->outcome());
            Q_EMIT saveFailed();
            return;
        }
        const qint64 id = j->result().toMap().value(QStringLiteral("id")).toInteger();
        Q_EMIT saved(id > 0 ? id : m_group.value(QStringLiteral("id")).toInteger());
        accept();
    });
}

void GroupDialog::retranslateUi()
{
    setWindowTitle(m_group.isEmpty() ? tr("New group") : tr("Group %1").arg(m_group.value(QStringLiteral("name")).toString()));
    m_form->setLabel(QStringLiteral("specialtyId"), tr("Specialty"));
    m_form->setLabel(QStringLiteral("name"), tr("Name"));
    m_form->setLabel(QStringLiteral("course"), tr("Year of study"));
    m_form->setLabel(QStringLiteral("studyForm"), tr("Form of study"));
    m_form->setLabel(QStringLiteral("language"), tr("Language of instruction"));
    m_form->setLabel(QStringLiteral("entryYear"), tr("Year of admission"));
    m_form->setLabel(QStringLiteral("curatorId"), tr("Curator"));
    m_form->setLabel(QStringLiteral("leaderId"), tr("Group leader"));
    m_form->setLabel(QStringLiteral("budgetPlaces"), tr("State-funded places"));
    m_form->setLabel(QStringLiteral("contractPlaces"), tr("Contract places"));
    for (int i = 0; i < m_studyForm->count(); ++i) {
        m_studyForm->setItemText(i, StudyTerms::studyForm(m_studyForm->itemData(i).toString()));
    }
    m_name->setPlaceholderText(tr("e.g. ПИ-1-26"));
    m_save->setText(Ui::Messages::saveText());
    m_cancel->setText(Ui::Messages::cancelText());
}

void GroupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
