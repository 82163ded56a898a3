#include "recordform.h"

#include "errortext.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void RecordForm::addField(const QString &key, QWidget *field)
{
    Row row;
    row.label = new QLabel(this);
    row.label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.label->setBuddy(field);
    row.field = field;
    field->setParent(this);
    row.error = new QLabel(this);
    row.error->setWordWrap(true);
    row.error->setVisible(false);
    QPalette p = row.error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    row.error->setPalette(p);
    const int r = m_grid->rowCount();
    m_grid->addWidget(row.label, r, 0);
    m_grid->addWidget(field, r, 1);
    m_grid->addWidget(row.error, r + 1, 1);
    m_grid->setRowMinimumHeight(r + 1, 6);
    m_rows.insert(key, row);
    m_order << key;
}

void RecordForm::setLabel(const QString &key, const QString &text)
{
    auto it = m_rows.find(key);
    if (it != m_rows.end()) {
        it->text = text;
        updateLabel(*it);
    }
}

void RecordForm::setRequired(const QString &key, bool required)
{
    auto it = m_rows.find(key);
    if (it != m_rows.end()) {
        it->required = required;
        updateLabel(*it);
    }
}

void RecordForm::updateLabel(Row &row)
{
    row.label->setText(row.required ? row.text + QStringLiteral(" *:") : row.text + QLatin1Char(':'));
}

QWidget *RecordForm::field(const QString &key) const
{
    return m_rows.value(key).field;
}

void RecordForm::setFieldError(const QString &key, const QString &text)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end()) {
        return;
    }
    it->error->setText(text);
    it->error->setVisible(!text.isEmpty());
}

QString RecordForm::fieldError(const QString &key) const
{
    const auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? QString() : it->error->text();
}

bool RecordForm::hasErrors() const
{
    for (const Row &r : m_rows) {
        if (!r.error->text().isEmpty()) {
            return true;
        }
    }
    return false;
}

void RecordForm::clearErrors()
{
    for (Row &r : m_rows) {
        r.error->clear();
        r.error->setVisible(false);
    }
    setMessage({});
}

void RecordForm::setMessage(const QString &text, MessageKind kind)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette p = palette();
    p.setColor(QPalette::WindowText, kind == MessageKind::Error ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x1f, 0x5f, 0x2f));
    m_message->setPalette(p);
}

QString RecordForm::message() const
{
    return m_message->text();
}

bool RecordForm::showError(const CallResult &outcome)
{
    const QString code = outcome.errorCode();
    const QString key = ErrorText::fieldOf(outcome);
    const auto it = m_rows.find(key);
    if (it != m_rows.end() && (code == QLatin1String("validation_failed") || code == QLatin1String("already_exists"))) {
        const QCborMap &d = outcome.error.details;
        const QString reason = code == QLatin1String("already_exists") ? code : d.value(QStringLiteral("reason")).toString();
        setFieldError(key, ErrorText::fieldProblem(reason, d.value(QStringLiteral("limit")).toInteger(-1)));
        setMessage(ErrorText::describe(outcome), MessageKind::Error);
        it->field->setFocus();
        return true;
    }
    setMessage(ErrorText::describe(outcome), MessageKind::Error);
    return false;
}

} // namespace Ebilim::Client::Ui
