#pragma once

#include <QWidget>

class QLabel;

namespace Ebilim::Client::Ui {

/// The calm page shown for a module that comes in a later release.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString &code, QWidget *parent = nullptr);
    QString code() const { return m_code; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_code;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Ebilim::Client::Ui
