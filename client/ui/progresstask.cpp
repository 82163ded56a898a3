#include "progresstask.h"

#include "messages.h"

#include <QProgressDialog>

namespace Ebilim::Client::Ui {

ProgressTask::ProgressTask(const QString &title, int maximum, QWidget *parent)
    : QObject(parent)
{
    m_dialog = new QProgressDialog(parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(Messages::cancelText());
    m_dialog->setRange(0, maximum);
    m_dialog->setMinimumDuration(500);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ProgressTask::cancel);
}

ProgressTask::~ProgressTask()
{
    finish();
}

void ProgressTask::setLabel(const QString &text)
{
    if (m_dialog) {
        m_dialog->setLabelText(text);
    }
}

void ProgressTask::setValue(int value)
{
    if (m_dialog) {
        m_dialog->setValue(value);
    }
}

void ProgressTask::setMaximum(int maximum)
{
    if (m_dialog) {
        m_dialog->setMaximum(maximum);
    }
}

int ProgressTask::value() const
{
    return m_dialog ? m_dialog->value() : 0;
}

void ProgressTask::finish()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

void ProgressTask::cancel()
{
    if (!m_canceled) {
        m_canceled = true;
        Q_EMIT canceled();
    }
}

} // namespace Ebilim::Client::Ui
