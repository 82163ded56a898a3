#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Ebilim::Client::Ui {

class ClientContext;

/// Program version, server and connection details, licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(ClientContext *context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ClientContext *m_context;
    QLabel *m_text = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Ebilim::Client::Ui
