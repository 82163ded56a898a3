#pragma once

#include <QCborMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace Ebilim::Client::Ui {
class ClientContext;
class DataTableView;
class ProgressTask;
class RecordTableModel;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

class GroupPicker;

/**
 * Documents: prepare group lists and sample orders, issue study certificates (one or a
 * whole group, with progress and cancel), browse and revoke the register of issued papers,
 * and check a paper's verification code. Documents are rendered here, in the client, by
 * the documents engine; the server supplies the data and registers official papers.
 */
class DocumentsScreen : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsScreen(Ui::ClientContext *context, QWidget *parent = nullptr);

    /// The language chosen for documents (ky, ru, en).
    QString documentLanguage() const;
    /// Checks @p code with documents.verify and shows the answer on the verification tab.
    void verifyCode(const QString &code);
    QString verificationText() const;
    /// Issues study certificates to @p students one after another and writes each as PDF into
    /// @p folder; the summary appears on the screen, batchFinished() is emitted at the end.
    /// The returned task shows progress and cancels the rest.
    Ui::ProgressTask *startBatch(const QList<QCborMap> &students, const QString &folder);
    QString statusText() const;
    /// The students of the chosen group as the server sent them.
    QList<QCborMap> students() const;
    /// Chooses the group with @p id (false if the caller may not see it).
    bool selectGroup(qint64 id);

Q_SIGNALS:
    void groupsLoaded(bool ok);
    void studentsLoaded(bool ok);
    void registerLoaded(bool ok);
    void verified(const QCborMap &result);
    /// A batch of certificates ended: how many were written and how many were refused.
    void batchFinished(int written, int refused, bool canceled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadStudents();
    void loadRegister();
    qint64 currentGroupId() const;
    void prepare(const QString &kind);
    void issueCertificate();
    void issueForGroup();
    void revoke();
    void showVerification(const QCborMap &result);

    Ui::ClientContext *m_context;
    QTabWidget *m_tabs = nullptr;
    // Prepare and issue
    QWidget *m_prepareTab = nullptr;
    QLabel *m_groupLabel = nullptr;
    GroupPicker *m_group = nullptr;
    QLabel *m_langLabel = nullptr;
    QComboBox *m_lang = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    Ui::RecordTableModel *m_students = nullptr;
    Ui::DataTableView *m_studentTable = nullptr;
    QPushButton *m_groupList = nullptr;
    QPushButton *m_order = nullptr;
    QPushButton *m_certificate = nullptr;
    QPushButton *m_batch = nullptr;
    // Register
    QWidget *m_registerTab = nullptr;
    Ui::RecordTableModel *m_register = nullptr;
    Ui::DataTableView *m_registerTable = nullptr;
    QLabel *m_registerError = nullptr;
    QPushButton *m_refreshRegister = nullptr;
    QPushButton *m_revoke = nullptr;
    // Verify
    QWidget *m_verifyTab = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_check = nullptr;
    QTextBrowser *m_verdict = nullptr;
    QCborMap m_lastVerification;
};

} // namespace Ebilim::Client::Modules
