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

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;

class TestUiDocuments : public QObject
{
    Q_OBJECT

    Test::ServerFixture fx;
    QTemporaryDir m_home;
    QString m_shots;
    LanguageManager *m_lang = nullptr;
    std::unique_ptr<ClientContext> m_ctx;
    std::unique_ptr<MainWindow> m_window;
    Modules::DocumentsScreen *m_screen = nullptr;
    const QString pw = QStringLiteral("ui-documents-pw");

    void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("settings")));
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_shots = QStringLiteral(EBILIM_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(m_shots));
        Modules::registerClientModules();
        m_lang = new LanguageManager(this);
        QVERIFY(m_lang->setLanguage(QStringLiteral("ky")));
        QVERIFY2(fx.start(), qPrintable(fx.error()));
        Server::DemoUniversity::Options o;
        o.students = 500;
        o.password = pw;
        Server::DemoUniversity::load(Server::Db::thread(), o);
        QString error;
        QVERIFY2(LoginDialog::trustServer(QStringLiteral("127.0.0.1"), fx.port(), fx.fingerprint(), &error), qPrintable(error));

        m_ctx = std::make_unique<ClientContext>(m_lang);
        m_ctx->setStoreLocation(m_home.filePath(QStringLiteral("stores")));
        QDir().mkpath(m_home.filePath(QStringLiteral("stores")));
        QVERIFY(Test::signInThroughDialog(m_ctx.get(), QStringLiteral("127.0.0.1:%1").arg(fx.port()), QStringLiteral("studenthr"), pw));
        m_window = std::make_unique<MainWindow>(m_ctx.get());
        m_window->resize(1366, 768);
        m_window->show();
        m_screen = qobject_cast<Modules::DocumentsScreen *>(m_window->openModule(QStringLiteral("documents")));
        QVERIFY(m_screen);
        QTRY_VERIFY_WITH_TIMEOUT(!m_screen->students().isEmpty(), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_ctx.reset();
        fx.stop();
    }

    void screenInEveryLanguage()
    {
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(m_lang->setLanguage(lang));
            shoot(m_window.get(), QStringLiteral("documents-screen-") + lang);
        }
        QVERIFY(m_lang->setLanguage(QStringLiteral("ky")));
    }

    void verificationOnTheScreen()
    {
        // Issue through the server, check the code the way a registrar types it.
        const qint64 student = m_screen->students().first().value(QStringLiteral("id")).toInteger();
        auto client = fx.clientFor(QStringLiteral("studenthr"), pw);
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
        shoot(m_window.get(), QStringLiteral("documents-verify-ky"));

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
        auto client = fx.clientFor(QStringLiteral("studenthr"), pw);
        QVERIFY(client);
        const qint64 student = m_screen->students().first().value(QStringLiteral("id")).toInteger();
        const qint64 group = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT group_id FROM studenthr.students WHERE id = ?"), {student})
                                 .toLongLong();
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(m_lang->setLanguage(lang));
            const QCborMap r = client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                                {QStringLiteral("subjectId"), student},
                                                                                {QStringLiteral("lang"), lang}});
            QVERIFY(Test::TestClient::ok(r));
            QPointer<QPrintPreviewDialog> dialog = DocumentActions::createPreview(Documents::Document::fromCbor(Test::TestClient::result(r)),
                                                                                  m_window.get());
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
            dialog = DocumentActions::createPreview(Documents::Document::fromCbor(Test::TestClient::result(g)), m_window.get());
            dialog->resize(1000, 800);
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shoot(dialog, QStringLiteral("documents-preview-group-list-") + lang);
            dialog->close();
            QTRY_VERIFY(dialog.isNull());
        }
        QVERIFY(m_lang->setLanguage(QStringLiteral("ky")));
    }
};

QTEST_MAIN(TestUiDocuments)
#include "tst_ui_documents.moc"
