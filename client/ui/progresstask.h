#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Ebilim::Client::Ui {

/**
 * Progress with cancel for long work (imports, exports, bulk saves). Shows a dialog after
 * a short delay (quick work never flashes a window); the work polls isCanceled() or
 * listens to canceled().
 */
class ProgressTask : public QObject
{
    Q_OBJECT

public:
    ProgressTask(const QString &title, int maximum, QWidget *parent);
    ~ProgressTask() override;

    void setLabel(const QString &text);
    void setValue(int value);
    void setMaximum(int maximum);
    int value() const;
    bool isCanceled() const { return m_canceled; }
    /// Closes the dialog (also done by the destructor).
    void finish();
    /// Asks the work to stop, as the Cancel button does.
    void cancel();

Q_SIGNALS:
    void canceled();

private:
    QPointer<QProgressDialog> m_dialog;
    bool m_canceled = false;
};

} // namespace Ebilim::Client::Ui
