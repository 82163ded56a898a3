// The documents screen of the real workstation against the real server on the demo
// university: groups and students load, a certificate's code is verified (and a tampered
// one refused) on the screen, a whole group's certificates are issued with progress and can
// be cancelled, every list exports, and the screen and the print preview are photographed
// in ky, ru and en (<build>/screenshots/documents-*.png).
#include "clientcontext.h"
#include "datatableview.h"
#include "demo/demouniversity.h"
#include "documentactions.h"
#include "documents/documentsscreen.h"
#include "documents/renderer.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "modules.h"
#include "progresstask.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "uisignin.h"
#include "uiworkstation.h"

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;

class TestUiDocuments : public QObject
{
    Q_OBJECT

    Test::UiWorkstation ws;
    Modules::DocumentsScreen *m_screen = nullptr;
    const QString pw = QStringLiteral("ui-documents-pw");

    void shoot(QWidget *w, const QString &name) { QVERIFY2(ws.shoot(w, name), qPrintable(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = ws.start(QStringLiteral("studenthr"), pw, 500, QStringLiteral(EBILIM_SCREENSHOT_DIR));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_screen = qobject_cast<Modules::DocumentsScreen *>(ws.window->openModule(QStringLiteral("documents")));
        QVERIFY(m_screen);
        QTRY_VERIFY_WITH_TIMEOUT(!m_screen->students().isEmpty(), 20000);
    }

    void cleanupTestCase() { ws.stop(); }

    void screenInEveryLanguage()
    {
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(ws.window.get(), QStringLiteral("documents-screen-") + lang);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
    }

    void verificationOnTheScreen()
    {
        // Issue through the server, check the code the way a registrar types it.
        const qint64 student = m_screen->students().first().value(QStringLiteral("id")).toInteger();
        auto client = ws.fx.clientFor(QStringLiteral("studenthr"), pw);
        QVERIFY(client);
        const QCborMap r = client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                            {QStringLiteral("subjectId"), student},
                                                                            {QStringLiteral("lang"), QStringLiteral("ky")}});
        QVERIFY2(Test::TestClient::ok(r), qPrintable(Test::TestClient::errorCode(r)));
        const Documents::Document doc = Documents::Document::fromCbor(Test::TestClient::result(r));
        QSignalSpy verified(m_screen, &Modules::DocumentsScreen::verified);
        m_screen->verifyCode(doc.official.verifyCode);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.last().first().value<QCborMap>().value(QStringLiteral("genuine")).toBool(), true);
        QVERIFY2(m_screen->verificationText().contains(QStringLiteral("Чыныгы")), qPrintable(m_screen->verificationText()));
        QVERIFY(m_screen->verificationText().contains(doc.official.regNo));
        QVERIFY(m_screen->verificationText().contains(doc.field(QStringLiteral("fullName")).toString()));
        QVERIFY(m_screen->verificationText().contains(QStringLiteral("Группа"))); // certified fields with the template's labels
        shoot(ws.window.get(), QStringLiteral("documents-verify-ky"));

        QString tampered = Documents::VerifyCode::normalize(doc.official.verifyCode);
        tampered[0] = tampered.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        m_screen->verifyCode(tampered);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.last().first().value<QCborMap>().value(QStringLiteral("genuine")).toBool(), false);
        QVERIFY(m_screen->verificationText().contains(QStringLiteral("Жараксыз")));
        QVERIFY(!m_screen->verificationText().contains(doc.field(QStringLiteral("fullName")).toString()));
    }

    void wholeGroupWithProgress()
    {
        QList<QCborMap> active;
        for (const QCborMap &s : m_screen->students()) {
            if (s.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
                active << s;
            }
        }
        QVERIFY(active.size() >= 3);
        QTemporaryDir out;
        QSignalSpy finished(m_screen, &Modules::DocumentsScreen::batchFinished);
        m_screen->startBatch(active, out.path());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toInt(), int(active.size()));
        QCOMPARE(finished.last().at(2).toBool(), false);
        const QStringList pdfs = QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), int(active.size()));
        QVERIFY(pdfs.first().startsWith(QStringLiteral("МК-")));
        QVERIFY(m_screen->statusText().contains(QString::number(active.size())));
    }

    void batchCancels()
    {
        QList<QCborMap> students = m_screen->students();
        QTemporaryDir out;
        QSignalSpy finished(m_screen, &Modules::DocumentsScreen::batchFinished);
        QPointer<ProgressTask> task = m_screen->startBatch(students, out.path());
        QVERIFY(task);
        task->cancel(); // as the Cancel button: the request in flight completes, nothing more is issued
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(2).toBool(), true);
        QVERIFY(finished.last().at(0).toInt() <= 1);
        QVERIFY(QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() <= 1);
    }

    void studentListExportsInEveryFormat()
    {
        auto *table = m_screen->findChild<DataTableView *>();
        QVERIFY(table);
        QTemporaryDir out;
        for (Documents::Format f : Documents::allFormats()) {
            QString error;
            const QString path = out.filePath(QStringLiteral("students.") + Documents::suffix(f));
            QVERIFY2(table->exportTo(path, f, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }
    }

    void printPreviewOfEveryKind()
    {
        auto client = ws.fx.clientFor(QStringLiteral("studenthr"), pw);
        QVERIFY(client);
        const qint64 student = m_screen->students().first().value(QStringLiteral("id")).toInteger();
        const qint64 group = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT group_id FROM studenthr.students WHERE id = ?"), {student})
                                 .toLongLong();
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            const QCborMap r = client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                                {QStringLiteral("subjectId"), student},
                                                                                {QStringLiteral("lang"), lang}});
            QVERIFY(Test::TestClient::ok(r));
            QPointer<QPrintPreviewDialog> dialog = DocumentActions::createPreview(Documents::Document::fromCbor(Test::TestClient::result(r)),
                                                                                  ws.window.get());
            dialog->resize(1000, 800);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shoot(dialog, QStringLiteral("documents-preview-certificate-") + lang);
            dialog->close();
            QTRY_VERIFY(dialog.isNull());
            const QCborMap g = client->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("group_list")},
                                                                                   {QStringLiteral("subjectId"), group},
                                                                                   {QStringLiteral("lang"), lang}});
            QVERIFY(Test::TestClient::ok(g));
            dialog = DocumentActions::createPreview(Documents::Document::fromCbor(Test::TestClient::result(g)), ws.window.get());
            dialog->resize(1000, 800);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shoot(dialog, QStringLiteral("documents-preview-group-list-") + lang);
            dialog->close();
            QTRY_VERIFY(dialog.isNull());
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
    }
};

QTEST_MAIN(TestUiDocuments)
#include "tst_ui_documents.moc"
