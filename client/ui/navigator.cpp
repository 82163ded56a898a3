#include "navigator.h"

#include "modulecatalog.h"

#include <QEvent>
#include <QHeaderView>

namespace Ebilim::Client::Ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

Navigator::Navigator(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setStyleSheet(QStringLiteral("QTreeView { padding-top: 6px; } QTreeView::item { padding: 3px 2px; }"));
    setIconSize(QSize(22, 22));
    setUniformRowHeights(true);
    setExpandsOnDoubleClick(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString code = item->data(0, CodeRole).toString();
        if (!code.isEmpty()) {
            Q_EMIT moduleActivated(code);
        }
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString code = item->data(0, CodeRole).toString();
        if (!code.isEmpty()) {
            Q_EMIT moduleActivated(code);
        }
    });
    rebuild();
}

void Navigator::setModules(const QStringList &codes)
{
    m_modules = codes;
    rebuild();
}

QStringList Navigator::moduleCodes() const
{
    QStringList out;
    for (int i = 0; i < m_workspaces->childCount(); ++i) {
        out << m_workspaces->child(i)->data(0, CodeRole).toString();
    }
    return out;
}

QStringList Navigator::allCodes() const
{
    QStringList out = moduleCodes();
    for (int i = 0; i < m_personal->childCount(); ++i) {
        out << m_personal->child(i)->data(0, CodeRole).toString();
    }
    return out;
}

void Navigator::selectCode(const QString &code)
{
    for (QTreeWidgetItem *group : {m_workspaces, m_personal}) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, CodeRole).toString() == code) {
                setCurrentItem(group->child(i));
                return;
            }
        }
    }
}

void Navigator::rebuild()
{
    clear();
    m_workspaces = new QTreeWidgetItem(this);
    m_workspaces->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    m_workspaces->setFont(0, bold);
    for (const QString &code : m_modules) {
        auto *item = new QTreeWidgetItem(m_workspaces);
        item->setData(0, CodeRole, code);
    }
    m_personal = new QTreeWidgetItem(this);
    m_personal->setFlags(Qt::ItemIsEnabled);
    m_personal->setFont(0, bold);
    for (const QString &code : {QStringLiteral("profile"), QStringLiteral("conflicts")}) {
        auto *item = new QTreeWidgetItem(m_personal);
        item->setData(0, CodeRole, code);
    }
    expandAll();
    retranslateUi();
}

void Navigator::retranslateUi()
{
    m_workspaces->setText(0, tr("Workspaces"));
    m_personal->setText(0, tr("Personal"));
    for (QTreeWidgetItem *group : {m_workspaces, m_personal}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString code = item->data(0, CodeRole).toString();
            const QString title = ModuleCatalog::title(code);
            item->setText(0, title);
            item->setToolTip(0, code == QLatin1String("conflicts") ? tr("Your offline edits that clash with changes on the server")
                                                                     : ModuleCatalog::description(code));
            item->setIcon(0, ModuleCatalog::icon(code));
        }
    }
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QTreeWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Ui
