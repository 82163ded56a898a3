#include "unitdialog.h"

#include "messages.h"
#include "modulecatalog.h"
#include "net/job.h"
#include "protocol/registry.h"
#include "recordform.h"
#include "textcollator.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ebilim::Client::Modules {

using Ui::ModuleCatalog;

namespace {
const QStringList kKinds = {QStringLiteral("university"), QStringLiteral("branch"), QStringLiteral("faculty"),
                            QStringLiteral("college"),    QStringLiteral("department"), QStringLiteral("office")};
}

UnitDialog::UnitDialog(const QCborMap &unit, const QList<QCborMap> &units, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
{
    m_form = new Ui::RecordForm(this);
    m_parent = new QComboBox(this);
    m_parent->addItem(QString(), 0);
    QList<QCborMap> sorted = units;
    const Ui::TextCollator collator;
    std::sort(sorted.begin(), sorted.end(), [&collator](const QCborMap &a, const QCborMap &b) {
        return collator.compare(a.value(QStringLiteral("code")).toString(), b.value(QStringLiteral("code")).toString()) < 0;
    });
    const qint64 selfId = unit.value(QStringLiteral("id")).toInteger();
    for (const QCborMap &u : sorted) {
        const qint64 id = u.value(QStringLiteral("id")).toInteger();
        if (id == selfId && selfId != 0) {
            continue;
        }
        m_parent->addItem(QStringLiteral("%1 — %2").arg(u.value(QStringLiteral("code")).toString(), u.value(QStringLiteral("nameKy")).toString()), id);
    }
    m_kind = new QComboBox(this);
    for (const QString &k : kKinds) {
        m_kind->addItem(QString(), k);
    }
    m_code = new QLineEdit(this);
    m_nameKy = new QLineEdit(this);
    m_nameRu = new QLineEdit(this);
    m_nameEn = new QLineEdit(this);
    m_form->addField(QStringLiteral("parentId"), m_parent);
    m_form->addField(QStringLiteral("kind"), m_kind);
    m_form->addField(QStringLiteral("code"), m_code);
    m_form->addField(QStringLiteral("nameKy"), m_nameKy);
    m_form->addField(QStringLiteral("nameRu"), m_nameRu);
    m_form->addField(QStringLiteral("nameEn"), m_nameEn);
    for (const char *k : {"kind", "code", "nameKy", "nameRu"}) {
        m_form->setRequired(QString::fromLatin1(k), true);
    }

    if (!unit.isEmpty()) {
        m_parent->setCurrentIndex(qMax(0, m_parent->findData(unit.value(QStringLiteral("parentId")).toInteger())));
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(unit.value(QStringLiteral("kind")).toString())));
        m_code->setText(unit.value(QStringLiteral("code")).toString());
        m_nameKy->setText(unit.value(QStringLiteral("nameKy")).toString());
        m_nameRu->setText(unit.value(QStringLiteral("nameRu")).toString());
        m_nameEn->setText(unit.value(QStringLiteral("nameEn")).toString());
    } else {
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("department")));
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
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validate()) {
            accept();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(520);
    retranslateUi();
}

void UnitDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

void UnitDialog::setNames(const QString &ky, const QString &ru, const QString &en)
{
    m_nameKy->setText(ky);
    m_nameRu->setText(ru);
    m_nameEn->setText(en);
}

void UnitDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

QCborMap UnitDialog::arguments() const
{
    QCborMap a;
    const qint64 id = m_unit.value(QStringLiteral("id")).toInteger();
    if (id != 0) {
        a.insert(QStringLiteral("id"), id);
        a.insert(QStringLiteral("rowVersion"), m_unit.value(QStringLiteral("rowVersion")).toInteger());
    }
    const qint64 parentId = m_parent->currentData().toLongLong();
    if (parentId != 0) {
        a.insert(QStringLiteral("parentId"), parentId);
    }
    a.insert(QStringLiteral("kind"), m_kind->currentData().toString());
    a.insert(QStringLiteral("code"), m_code->text().trimmed());
    a.insert(QStringLiteral("nameKy"), m_nameKy->text().trimmed());
    a.insert(QStringLiteral("nameRu"), m_nameRu->text().trimmed());
    a.insert(QStringLiteral("nameEn"), m_nameEn->text().trimmed());
    return a;
}

QCborMap UnitDialog::localRow() const
{
    QCborMap r = m_unit;
    const QCborMap a = arguments();
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        r.insert(it.key(), it.value());
    }
    if (!a.contains(QStringLiteral("parentId"))) {
        r.remove(QStringLiteral("parentId"));
    }
    return r;
}

bool UnitDialog::validate()
{
    m_form->clearErrors();
    const Protocol::OpSpec *spec = Protocol::Registry::find(QStringLiteral("org.units.save"));
    QCborMap args = arguments();
    // Temporary ids of units created offline are negative; the registry only knows real ones.
    if (args.value(QStringLiteral("id")).toInteger() < 0) {
        args.remove(QStringLiteral("id"));
        args.remove(QStringLiteral("rowVersion"));
    }
    if (args.value(QStringLiteral("parentId")).toInteger() < 0) {
        args.insert(QStringLiteral("parentId"), 1);
    }
    if (spec) {
        if (const std::optional<Protocol::Error> e = Protocol::Registry::validate(*spec, args)) {
            CallResult r;
            r.failure = Failure::Refused;
            r.error = *e;
            m_form->showError(r);
            return false;
        }
    }
    return true;
}

void UnitDialog::retranslateUi()
{
    setWindowTitle(m_unit.isEmpty() ? tr("New unit") : tr("Edit unit %1").arg(m_unit.value(QStringLiteral("code")).toString()));
    m_form->setLabel(QStringLiteral("parentId"), tr("Parent unit"));
    m_form->setLabel(QStringLiteral("kind"), tr("Kind"));
    m_form->setLabel(QStringLiteral("code"), tr("Code"));
    m_form->setLabel(QStringLiteral("nameKy"), tr("Name in Kyrgyz"));
    m_form->setLabel(QStringLiteral("nameRu"), tr("Name in Russian"));
    m_form->setLabel(QStringLiteral("nameEn"), tr("Name in English"));
    m_parent->setItemText(0, tr("(none — top level)"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, ModuleCatalog::unitKindTitle(m_kind->itemData(i).toString()));
    }
    m_code->setPlaceholderText(tr("short code, e.g. FMI or FMI-INF"));
    m_save->setText(Ui::Messages::saveText());
    m_cancel->setText(Ui::Messages::cancelText());
}

void UnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
