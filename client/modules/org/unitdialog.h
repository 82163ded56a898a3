#pragma once

#include <QCborMap>
#include <QDialog>
#include <QList>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ebilim::Client::Ui {
class RecordForm;
}

namespace Ebilim::Client::Modules {

/**
 * Create or edit one org unit: parent, kind, code, names in ky/ru/en. Checks the
 * arguments against the protocol registry before accepting (same limits and messages as
 * the server) and shows a server refusal under the field it concerns.
 */
class UnitDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p unit empty: a new unit. @p units: every unit (for the parent list).
    UnitDialog(const QCborMap &unit, const QList<QCborMap> &units, QWidget *parent = nullptr);

    /// `org.units.save` arguments from the fields (with id and rowVersion when editing).
    QCborMap arguments() const;
    /// The row as the user will see it (arguments + id).
    QCborMap localRow() const;
    Ui::RecordForm *form() const { return m_form; }
    /// Checks arguments() against the registry; shows the problem and returns false.
    bool validate();

    void setCode(const QString &code);
    void setNames(const QString &ky, const QString &ru, const QString &en);
    void setKind(const QString &kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QCborMap m_unit;
    Ui::RecordForm *m_form = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameKy = nullptr;
    QLineEdit *m_nameRu = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Ebilim::Client::Modules
