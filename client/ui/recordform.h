#pragma once

#include "net/job.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Ebilim::Client::Ui {

/**
 * A record form: label/field rows, each with an error line under the field that shows
 * what the server (validation_failed details.field/reason/limit) or a local check said,
 * and a message line on top for errors not tied to a field and for notices.
 */
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    enum class MessageKind { Info, Error };

    explicit RecordForm(QWidget *parent = nullptr);

    /// Adds a row for the field @p key (the protocol argument name). The form takes @p field.
    void addField(const QString &key, QWidget *field);
    void setLabel(const QString &key, const QString &text);
    /// Required fields get a "*" after the label.
    void setRequired(const QString &key, bool required);
    QWidget *field(const QString &key) const;
    QStringList keys() const { return m_order; }

    void setFieldError(const QString &key, const QString &text);
    QString fieldError(const QString &key) const;
    bool hasErrors() const;
    void clearErrors();

    void setMessage(const QString &text, MessageKind kind = MessageKind::Info);
    QString message() const;

    /**
     * Shows a failed call: a field problem under its field (and focuses it), anything else
     * in the message line. Returns true when the error was tied to a field.
     */
    bool showError(const CallResult &outcome);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *field = nullptr;
        QLabel *error = nullptr;
        QString text;
        bool required = false;
    };
    void updateLabel(Row &row);

    QGridLayout *m_grid = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, Row> m_rows;
    QStringList m_order;
};

} // namespace Ebilim::Client::Ui
