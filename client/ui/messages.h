#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Ebilim::Client::Ui {

/**
 * Message boxes with the project's own translated button texts (Qt ships no Kyrgyz
 * translation, so QMessageBox's standard buttons would stay English in the Kyrgyz UI).
 */
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Ebilim::Client::Ui::Messages)

public:
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /// True when the user chose @p yesText.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                        const QString &noText = {});
    /// Asks for a non-empty text of at least @p minLength characters; false when cancelled.
    static bool askText(QWidget *parent, const QString &title, const QString &label, QString *text, int minLength = 0);

    /// Standard button texts, translated.
    static QString okText() { return tr("OK"); }
    static QString cancelText() { return tr("Cancel"); }
    static QString closeText() { return tr("Close"); }
    static QString saveText() { return tr("Save"); }
};

} // namespace Ebilim::Client::Ui
