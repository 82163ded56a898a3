#pragma once

#include <QTreeWidget>

namespace Ebilim::Client::Ui {

/**
 * The left-hand navigator: the workspaces (modules) the user's roles allow, as the server
 * listed them, and the personal entries (My profile, Conflicts). Titles and icons from
 * ModuleCatalog; retranslates itself.
 */
class Navigator : public QTreeWidget
{
    Q_OBJECT

public:
    explicit Navigator(QWidget *parent = nullptr);

    /// Shows these module codes, in this order (unknown codes too, titled by their code).
    void setModules(const QStringList &codes);
    /// The module codes shown under "Workspaces", in order.
    QStringList moduleCodes() const;
    /// Every entry's code including the personal ones.
    QStringList allCodes() const;
    void selectCode(const QString &code);

Q_SIGNALS:
    void moduleActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    QStringList m_modules;
    QTreeWidgetItem *m_workspaces = nullptr;
    QTreeWidgetItem *m_personal = nullptr;
};

} // namespace Ebilim::Client::Ui
