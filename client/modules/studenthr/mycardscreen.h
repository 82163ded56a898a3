#pragma once

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Ebilim::Client::Ui {
class ClientContext;
}

namespace Ebilim::Client::Modules {

class StudentCardDialog;

/**
 * A student's own card, or a parent's children's cards (studenthr.students.mine), read-only:
 * personal data, group and status, and the record of orders. The first page of the student's
 * and the parent's cabinets; the rest of the cabinets comes with their module.
 */
class MyCardScreen : public QWidget
{
    Q_OBJECT

public:
    explicit MyCardScreen(Ui::ClientContext *context, QWidget *parent = nullptr);
    StudentCardDialog *card() const { return m_card; }

Q_SIGNALS:
    void loaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Ui::ClientContext *m_context;
    QList<QCborMap> m_cards;
    QComboBox *m_child = nullptr;
    QLabel *m_error = nullptr;
    StudentCardDialog *m_card = nullptr;
};

} // namespace Ebilim::Client::Modules
