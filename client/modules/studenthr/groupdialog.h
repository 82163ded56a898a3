#pragma once

#include <QCborMap>
#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ebilim::Client::Ui {
class ClientContext;
class RecordForm;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * A study group: specialty, name, year of study (new groups only: later by orders), form and
 * language of study, year of admission, curator (an employee), group leader (a student of the
 * group), budget and contract places. Saved with studenthr.groups.save.
 */
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p group empty: a new group.
    GroupDialog(Ui::ClientContext *context, const QCborMap &group, QWidget *parent = nullptr);

    QCborMap arguments() const;
    Ui::RecordForm *form() const { return m_form; }
    void setName(const QString &name);
    /// Chooses the first specialty and curator offered (tests).
    void chooseFirstChoices();

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void loaded();
    void saved(qint64 id);
    void saveFailed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadChoices();

    Ui::ClientContext *m_context;
    QCborMap m_group;
    int m_pending = 0;
    Ui::RecordForm *m_form = nullptr;
    QComboBox *m_specialty = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_course = nullptr;
    QComboBox *m_studyForm = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_entryYear = nullptr;
    QComboBox *m_curator = nullptr;
    QComboBox *m_leader = nullptr;
    QSpinBox *m_budget = nullptr;
    QSpinBox *m_contract = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Ebilim::Client::Modules
