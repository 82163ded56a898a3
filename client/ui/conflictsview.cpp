#include "conflictsview.h"

#include "cache/localstore.h"
#include "errortext.h"
#include "modulecatalog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

namespace {
QString valueText(const QCborValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        return s.size() > 80 ? s.left(77) + QStringLiteral("…") : s;
    }
    if (v.isInteger()) {
        return QLocale().toString(v.toInteger());
    }
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    return v.toDiagnosticNotation(QCborValue::Compact);
}

QString entityTitle(const QString &entity)
{
    if (entity == QLatin1String("unit")) {
        return ModuleCatalog::title(QStringLiteral("org"));
    }
    if (entity == QLatin1String("profile")) {
        return ModuleCatalog::title(QStringLiteral("profile"));
    }
    return entity;
}
} // namespace

ConflictsView::ConflictsView(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTableWidget(0, 3, this);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_keepMine = new QPushButton(this);
    m_takeTheirs = new QPushButton(this);
    m_merge = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_merge);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_fields);
    lowerLayout->addLayout(buttons);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(split, 1);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showDetails);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictsView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictsView::takeTheirs);
    connect(m_merge, &QPushButton::clicked, this, &ConflictsView::mergeSelected);
    if (m_store) {
        connect(m_store, &LocalStore::conflictsChanged, this, &ConflictsView::reload);
    }
    retranslateUi();
    reload();
}

int ConflictsView::conflictCount() const
{
    return m_list->rowCount();
}

void ConflictsView::selectConflict(int row)
{
    m_list->selectRow(row);
}

void ConflictsView::chooseTheirs(const QString &field, bool theirs)
{
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        if (m_fields->item(r, 0)->data(Qt::UserRole).toString() == field) {
            if (auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 3))) {
                combo->setCurrentIndex(theirs ? 1 : 0);
            }
        }
    }
}

void ConflictsView::reload()
{
    const qint64 keep = currentConflictId();
    m_list->setRowCount(0);
    if (!m_store) {
        showDetails();
        return;
    }
    const QList<Conflict> all = m_store->conflicts();
    m_list->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Conflict &c = all.at(i);
        auto *what = new QTableWidgetItem(entityTitle(c.entity));
        what->setData(Qt::UserRole, c.id);
        m_list->setItem(i, 0, what);
        const QString name = c.theirs.value(QStringLiteral("code")).toString().isEmpty()
                                 ? c.theirs.value(QStringLiteral("fullName")).toString()
                                 : c.theirs.value(QStringLiteral("code")).toString();
        m_list->setItem(i, 1, new QTableWidgetItem(name.isEmpty() ? QString::number(c.entityId) : name));
        m_list->setItem(i, 2, new QTableWidgetItem(QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        if (c.id == keep) {
            m_list->selectRow(i);
        }
    }
    if (m_list->rowCount() > 0 && m_list->selectedItems().isEmpty()) {
        m_list->selectRow(0);
    }
    showDetails();
}

qint64 ConflictsView::currentConflictId() const
{
    const QList<QTableWidgetItem *> sel = m_list->selectedItems();
    for (QTableWidgetItem *i : sel) {
        if (i->column() == 0) {
            return i->data(Qt::UserRole).toLongLong();
        }
    }
    return 0;
}

void ConflictsView::showDetails()
{
    m_fields->setRowCount(0);
    const qint64 id = currentConflictId();
    const std::optional<Conflict> c = (m_store && id) ? m_store->conflict(id) : std::nullopt;
    m_keepMine->setEnabled(c.has_value());
    m_takeTheirs->setEnabled(c.has_value());
    m_merge->setEnabled(c.has_value());
    if (!c) {
        return;
    }
    QStringList fields;
    for (auto it = c->mine.constBegin(); it != c->mine.constEnd(); ++it) {
        const QString k = it.key().toString();
        if (!k.startsWith(QLatin1Char('_')) && k != QLatin1String("rowVersion") && k != QLatin1String("id")) {
            fields << k;
        }
    }
    for (const QString &k : fields) {
        const QCborValue mine = c->mine.value(k);
        const QCborValue theirs = c->theirs.value(k);
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        auto *name = new QTableWidgetItem(ErrorText::fieldLabel(k));
        name->setData(Qt::UserRole, k);
        m_fields->setItem(r, 0, name);
        m_fields->setItem(r, 1, new QTableWidgetItem(valueText(mine)));
        m_fields->setItem(r, 2, new QTableWidgetItem(valueText(theirs)));
        if (mine != theirs) {
            QFont bold = m_fields->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        auto *combo = new QComboBox(m_fields);
        combo->addItem(tr("Mine"));
        combo->addItem(tr("Theirs"));
        combo->setEnabled(mine != theirs);
        m_fields->setCellWidget(r, 3, combo);
    }
}

void ConflictsView::keepMine()
{
    if (const qint64 id = currentConflictId()) {
        m_store->resolveKeepMine(id);
    }
}

void ConflictsView::takeTheirs()
{
    if (const qint64 id = currentConflictId()) {
        m_store->resolveTakeTheirs(id);
    }
}

void ConflictsView::mergeSelected()
{
    const qint64 id = currentConflictId();
    const std::optional<Conflict> c = id ? m_store->conflict(id) : std::nullopt;
    if (!c) {
        return;
    }
    QCborMap merged = c->mine;
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QString k = m_fields->item(r, 0)->data(Qt::UserRole).toString();
        auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 3));
        if (combo && combo->currentIndex() == 1) {
            merged.insert(k, c->theirs.value(k));
        }
    }
    m_store->resolveMerged(id, merged);
}

void ConflictsView::retranslateUi()
{
    m_intro->setText(tr("These changes were made while the record was also changed by someone else. For each one, "
                        "keep your version, take the version on the server, or choose field by field and merge."));
    m_list->setHorizontalHeaderLabels({tr("Record type"), tr("Record"), tr("When")});
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("My version"), tr("Server version"), tr("Use")});
    m_keepMine->setText(tr("Keep mine"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_merge->setText(tr("Merge chosen fields"));
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        if (auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(r, 3))) {
            combo->setItemText(0, tr("Mine"));
            combo->setItemText(1, tr("Theirs"));
        }
    }
    reload(); // entity titles follow the language
}

void ConflictsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Ui
