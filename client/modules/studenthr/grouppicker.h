#pragma once

#include <QCborMap>
#include <QComboBox>

namespace Ebilim::Client::Ui {
class ClientContext;
}

namespace Ebilim::Client::Modules {

/**
 * Chooses a study group among those the user may see (studenthr.groups.list): type to
 * filter by any part of "name — specialty (faculty)". Shared by every screen that works
 * on a group.
 */
class GroupPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit GroupPicker(Ui::ClientContext *context, QWidget *parent = nullptr);

    /// Loads the groups again and chooses @p prefer (0: keeps the chosen group when it is still there).
    void reload(qint64 prefer = 0);
    qint64 groupId() const;
    QCborMap group() const;
    QList<QCborMap> groups() const { return m_groups; }
    /// Chooses the group with @p id; false if it is not in the list.
    bool selectGroup(qint64 id);
    /// The label of a group record in the interface language.
    static QString label(const QCborMap &group);

Q_SIGNALS:
    void groupChanged(qint64 id);
    /// The list arrived (ok) or failed (@p error: the translated reason).
    void loaded(bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    Ui::ClientContext *m_context;
    QList<QCborMap> m_groups;
};

} // namespace Ebilim::Client::Modules
