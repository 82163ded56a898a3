#include "messages.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

namespace {

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(Messages::okText(), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace

void Messages::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void Messages::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

bool Messages::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText, const QString &noText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(noText.isEmpty() ? cancelText() : noText, QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

bool Messages::askText(QWidget *parent, const QString &title, const QString &label, QString *text, int minLength)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setTabChangesFocus(true);
    edit->setPlainText(*text);
    auto *ok = new QPushButton(okText(), &dialog);
    ok->setDefault(true);
    auto *cancel = new QPushButton(cancelText(), &dialog);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(ok);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(&dialog);
    auto *l = new QLabel(label, &dialog);
    l->setWordWrap(true);
    layout->addWidget(l);
    layout->addWidget(edit);
    layout->addLayout(buttons);
    auto update = [=] { ok->setEnabled(edit->toPlainText().trimmed().size() >= qMax(1, minLength)); };
    QObject::connect(edit, &QPlainTextEdit::textChanged, &dialog, update);
    QObject::connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    QObject::connect(cancel, &QPushButton::clicked, &dialog, &QDialog::reject);
    update();
    dialog.resize(420, 220);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *text = edit->toPlainText().trimmed();
    return true;
}

} // namespace Ebilim::Client::Ui
