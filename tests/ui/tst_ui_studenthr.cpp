// The student HR workspace of the real workstation against the real server on the demo
// university: the contingent by group and by search, a card saved with a field error first,
// a transfer order drafted and signed (the students move), reports agreeing with SQL, an
// import checked then committed, the new-year preview; screenshots of the list, the card,
// the order editor and the report in ky, ru and en (<build>/screenshots/studenthr-*.png).
#include "clientcontext.h"
#include "datatableview.h"
#include "demo/demouniversity.h"
#include "documents/renderer.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "modules.h"
#include "recordform.h"
#include "recordtablemodel.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "studenthr/groupdialog.h"
#include "studenthr/grouppicker.h"
#include "studenthr/importpage.h"
#include "studenthr/mycardscreen.h"
#include "studenthr/ordereditor.h"
#include "studenthr/reportspage.h"
#include "studenthr/studentcarddialog.h"
#include "studenthr/studenthrscreen.h"
#include "uisignin.h"
#include "uiworkstation.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCompleter>
#include <QLineEdit>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;
using namespace Ebilim::Client::Modules;

class TestUiStudentHr : public QObject
{
    Q_OBJECT

    Test::UiWorkstation ws;
    StudentHrScreen *m_screen = nullptr;
    const QString pw = QStringLiteral("ui-studenthr-pw");

    static qint64 count(const QString &sql, const QVariantList &binds = {}) { return Server::scalar(Server::Db::thread(), sql, binds).toLongLong(); }

    void shoot(QWidget *w, const QString &name) { QVERIFY2(ws.shoot(w, name), qPrintable(name)); }

    void inEveryLanguage(QWidget *w, const QString &name)
    {
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(w, QStringLiteral("studenthr-%1-%2").arg(name, lang));
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = ws.start(QStringLiteral("studenthr"), pw, 600, QStringLiteral(EBILIM_SCREENSHOT_DIR));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_screen = qobject_cast<StudentHrScreen *>(ws.window->openModule(QStringLiteral("studenthr")));
        QVERIFY(m_screen);
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->studentsModel()->rowCount() > 0, 20000);
    }

    void cleanupTestCase() { ws.stop(); }

    void listAndSearch()
    {
        const qint64 group = m_screen->groupPicker()->groupId();
        QCOMPARE(qint64(m_screen->studentsModel()->rowCount()),
                 count(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE group_id = ?"), {group}));
        inEveryLanguage(ws.window.get(), QStringLiteral("students"));
        // A name typed with one letter wrong still finds the student.
        const QCborMap first = m_screen->studentsModel()->record(0);
        QString typo = first.value(QStringLiteral("lastName")).toString();
        QVERIFY(typo.size() > 4);
        typo[typo.size() - 2] = typo.at(typo.size() - 2) == QChar(u'а') ? QChar(u'о') : QChar(u'а');
        QSignalSpy loaded(m_screen, &StudentHrScreen::studentsLoaded);
        m_screen->search(typo);
        QVERIFY(loaded.wait(10000));
        bool found = false;
        for (const QCborMap &r : m_screen->studentsModel()->records()) {
            found = found || r.value(QStringLiteral("id")).toInteger() == first.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY2(found, qPrintable(typo));
        m_screen->search(QString());
        QVERIFY(loaded.wait(10000));
    }

    void cardShowsFieldErrorsThenSaves()
    {
        StudentCardDialog card(ws.ctx.get(), 0, ws.window.get());
        card.show();
        card.setValue(QStringLiteral("lastName"), QStringLiteral("Төлөгөнова"));
        card.setValue(QStringLiteral("firstName"), QStringLiteral("Нурзада"));
        card.setValue(QStringLiteral("birthDate"), QStringLiteral("2007-04-15"));
        card.setValue(QStringLiteral("gender"), QStringLiteral("F"));
        card.setValue(QStringLiteral("pin"), QStringLiteral("21504200712345")); // says male: the gender digit does not match
        QSignalSpy failed(&card, &StudentCardDialog::saveFailed);
        QSignalSpy saved(&card, &StudentCardDialog::saved);
        card.save();
        QVERIFY(failed.wait(10000));
        QVERIFY2(!card.form()->fieldError(QStringLiteral("pin")).isEmpty(), qPrintable(card.form()->message()));
        inEveryLanguage(&card, QStringLiteral("card-error"));
        card.setValue(QStringLiteral("pin"), QStringLiteral("11504200712345"));
        // The SOATE picker: typing a place name offers codes with their path; picking one keeps the code.
        auto *soate = card.findChild<QLineEdit *>(QStringLiteral("soateCode"));
        QVERIFY(soate);
        soate->setFocus();
        soate->setText(QStringLiteral("Ат-Баш")); // what typing does (keyClicks types ASCII only)
        Q_EMIT soate->textEdited(soate->text());
        QTRY_VERIFY_WITH_TIMEOUT(soate->completer()->model()->rowCount() > 0, 10000);
        const QString offer = soate->completer()->model()->index(0, 0).data().toString();
        QVERIFY2(offer.contains(QStringLiteral("Нарын")), qPrintable(offer));
        card.setValue(QStringLiteral("soateCode"), offer.section(QStringLiteral(" — "), 0, 0));
        // A photo from a file, scaled down to a card photo.
        QTemporaryDir photoDir;
        QImage photo(900, 1200, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        QVERIFY(photo.save(photoDir.filePath(QStringLiteral("photo.png"))));
        QVERIFY(card.setPhotoFile(photoDir.filePath(QStringLiteral("photo.png"))));
        card.save();
        QVERIFY(saved.wait(10000));
        QVERIFY(card.studentId() > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE pin = '11504200712345' AND status = 'candidate' "
                                      "AND soate_code IS NOT NULL AND length(photo) BETWEEN 1000 AND 524288")), 1);

        StudentCardDialog existing(ws.ctx.get(), m_screen->studentsModel()->record(0).value(QStringLiteral("id")).toInteger(), ws.window.get());
        QSignalSpy loaded(&existing, &StudentCardDialog::loaded);
        existing.resize(900, 720);
        existing.show();
        QVERIFY(loaded.wait(10000));
        inEveryLanguage(&existing, QStringLiteral("card"));
    }

    void groupsWithCuratorAndLeader()
    {
        // Edit the chosen group: a curator from the staff.
        const qint64 group = m_screen->groupPicker()->groupId();
        GroupDialog *edit = m_screen->openGroup(false);
        QVERIFY(edit);
        QSignalSpy loaded(edit, &GroupDialog::loaded);
        QVERIFY(loaded.wait(10000));
        edit->chooseFirstChoices();
        inEveryLanguage(edit, QStringLiteral("group"));
        QSignalSpy saved(edit, &GroupDialog::saved);
        edit->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.last().first().toLongLong(), group);
        QVERIFY(count(QStringLiteral("SELECT coalesce(curator_id, 0) FROM studenthr.groups WHERE id = ?"), {group}) > 0);
        // A new group.
        GroupDialog *create = m_screen->openGroup(true);
        QSignalSpy created(create, &GroupDialog::saved);
        QSignalSpy createLoaded(create, &GroupDialog::loaded);
        QVERIFY(createLoaded.wait(10000));
        create->chooseFirstChoices();
        create->setName(QStringLiteral("UI-ГР-1"));
        create->save();
        QVERIFY(created.wait(10000));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM studenthr.groups WHERE name = 'UI-ГР-1'")), 1);
        QTRY_COMPARE(m_screen->groupPicker()->groupId(), created.last().first().toLongLong());
        QVERIFY(m_screen->groupPicker()->selectGroup(group));
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->studentsModel()->rowCount() > 0, 10000);
    }

    void transferOrderMovesStudents()
    {
        const qint64 from = m_screen->groupPicker()->groupId();
        const QCborMap fromGroup = m_screen->groupPicker()->group();
        // Another group of the same course and specialty level to move two students into.
        const qint64 to = count(QStringLiteral("SELECT g.id FROM studenthr.groups g WHERE g.id <> ? AND g.course = ? ORDER BY g.id LIMIT 1"),
                                {from, fromGroup.value(QStringLiteral("course")).toInteger()});
        QVERIFY(to > 0);
        QList<qint64> moved;
        OrderEditor editor(ws.ctx.get(), 0, ws.window.get());
        editor.show();
        editor.setKind(QStringLiteral("transfer"));
        editor.setNumber(QStringLiteral("UI-1"));
        for (const QCborMap &r : m_screen->studentsModel()->records()) {
            if (r.value(QStringLiteral("status")).toString() == QLatin1String("active") && moved.size() < 2) {
                moved << r.value(QStringLiteral("id")).toInteger();
                editor.addStudent(moved.last(), r.value(QStringLiteral("lastName")).toString(), from);
            }
        }
        QCOMPARE(editor.itemCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT((editor.setTargetGroupForAll(to), editor.arguments().value(QStringLiteral("items")).toArray().at(0).toMap()
                                                                       .value(QStringLiteral("toGroupId")).toInteger() == to),
                                 10000);
        QSignalSpy saved(&editor, &OrderEditor::saved);
        QSignalSpy signedSpy(&editor, &OrderEditor::signedOrder);
        QSignalSpy failed(&editor, &OrderEditor::failed);
        QSignalSpy reloaded(&editor, &OrderEditor::loaded);
        editor.saveDraft();
        QVERIFY2(saved.wait(10000), qPrintable(failed.isEmpty() ? QString() : failed.last().first().toString()));
        QVERIFY(reloaded.wait(10000)); // the saved draft comes back with its row version
        QCOMPARE(editor.state(), QStringLiteral("draft"));
        inEveryLanguage(&editor, QStringLiteral("order"));
        editor.signNow();
        QVERIFY2(signedSpy.wait(10000), qPrintable(failed.isEmpty() ? QString() : failed.last().first().toString()));
        for (qint64 id : moved) {
            QCOMPARE(count(QStringLiteral("SELECT group_id FROM studenthr.students WHERE id = ?"), {id}), to);
        }
        QTRY_COMPARE(editor.state(), QStringLiteral("signed"));
        // The change notifications name what changed in words (the interface is in Kyrgyz here).
        auto *notes = ws.window->findChild<QListWidget *>(QStringLiteral("notifications"));
        QVERIFY(notes);
        QTRY_VERIFY(notes->count() > 0);
        bool orderNoted = false;
        for (int i = 0; i < notes->count(); ++i) {
            QVERIFY2(!notes->item(i)->text().contains(QLatin1Char('_')), qPrintable(notes->item(i)->text()));
            orderNoted = orderNoted || notes->item(i)->text().contains(QStringLiteral("буйрук"));
        }
        QVERIFY(orderNoted);
        // ... and follow a change of language, like the rest of the window (a posted event)
        auto allIn = [notes](const QString &word, const QString &notWord) {
            bool any = false;
            for (int i = 0; i < notes->count(); ++i) {
                if (notes->item(i)->text().contains(notWord, Qt::CaseInsensitive)) {
                    return false;
                }
                any = any || notes->item(i)->text().contains(word, Qt::CaseInsensitive);
            }
            return any;
        };
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ru")));
        QTRY_VERIFY(allIn(QStringLiteral("приказ"), QStringLiteral("буйрук")));
        if (auto *dock = ws.window->findChild<QDockWidget *>(QStringLiteral("notifications"))) {
            dock->show();
            shoot(ws.window.get(), QStringLiteral("studenthr-notifications-ru"));
            dock->hide();
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
        QTRY_VERIFY(allIn(QStringLiteral("буйрук"), QStringLiteral("приказ")));

        // The signed order prints through the documents engine with both students.
        auto client = ws.fx.clientFor(QStringLiteral("studenthr"), pw);
        QVERIFY(client);
        const QCborMap r = client->call(QStringLiteral("documents.prepare"), {{QStringLiteral("kind"), QStringLiteral("student_order")},
                                                                               {QStringLiteral("subjectId"), editor.orderId()},
                                                                               {QStringLiteral("lang"), QStringLiteral("ru")}});
        QVERIFY2(Test::TestClient::ok(r), qPrintable(Test::TestClient::errorCode(r)));
        const Documents::Document doc = Documents::Document::fromCbor(Test::TestClient::result(r));
        QCOMPARE(doc.field(QStringLiteral("orderNo")).toString(), QStringLiteral("UI-1"));
        QCOMPARE(doc.tables.value(0).rows.size(), 2);
        const QByteArray pdf = Documents::Renderer(doc).render(Documents::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void reportsAgreeWithTheDatabase()
    {
        m_screen->tabs()->setCurrentWidget(m_screen->reportsPage());
        QSignalSpy loaded(m_screen->reportsPage(), &ReportsPage::loaded);
        m_screen->reportsPage()->setReport(QStringLiteral("course"));
        m_screen->reportsPage()->refresh();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.last().first().toBool());
        QCOMPARE(m_screen->reportsPage()->totals().value(QStringLiteral("total")).toInteger(),
                 count(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE status IN ('active', 'leave')")));
        inEveryLanguage(ws.window.get(), QStringLiteral("report"));
        // Faculties by their names in the interface language.
        m_screen->reportsPage()->setReport(QStringLiteral("faculty"));
        m_screen->reportsPage()->refresh();
        QVERIFY(loaded.wait(10000));
        Ui::RecordTableModel *model = m_screen->reportsPage()->model();
        QVERIFY(model->rowCount() > 0);
        const QString code = model->record(0).value(QStringLiteral("key")).toString();
        for (const auto &[lang, column] : {std::pair{"ky", "name_ky"}, std::pair{"ru", "name_ru"}, std::pair{"en", "coalesce(name_en, name_ru)"}}) {
            QVERIFY(ws.lang->setLanguage(QString::fromLatin1(lang)));
            const QString name = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT %1 FROM org.units WHERE code = ?").arg(QLatin1String(column)),
                                                {code}).toString();
            QCOMPARE(model->data(model->index(0, 0)).toString(), name);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
        inEveryLanguage(ws.window.get(), QStringLiteral("report-faculty"));
        m_screen->reportsPage()->setReport(QStringLiteral("course"));
        m_screen->reportsPage()->refresh();
        QVERIFY(loaded.wait(10000));
        // The Ministry's return: the same total.
        m_screen->reportsPage()->setQuiet(true);
        QSignalSpy ready(m_screen->reportsPage(), &ReportsPage::ministryReturnReady);
        m_screen->reportsPage()->ministryReturn();
        QVERIFY(ready.wait(10000));
        const auto doc = ready.last().first().value<Documents::Document>();
        QCOMPARE(doc.field(QStringLiteral("total")).toLongLong(),
                 count(QStringLiteral("SELECT count(*) FROM studenthr.students WHERE status IN ('active', 'leave') AND group_id IS NOT NULL")));
    }

    void importChecksThenCommits()
    {
        const QString group = Server::scalar(Server::Db::thread(), QStringLiteral("SELECT name FROM studenthr.groups ORDER BY id LIMIT 1")).toString();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Фамилия;Имя;ПИН;Дата рождения;Пол;Группа\n"
                               "Асанова;Айжан;10101200611111;01.01.2006;ж;%1\n"
                               "Бекова;Бермет;;02.02.2006;Ж;%1\n"
                               "Жусупов;Жыргал;2030320069999;03.03.2006;м;%1\n" // 13 digits
                               "Сыдыкова;Сезим;;04.04.2006;ж;НЕТ-ТАКОЙ\n"        // unknown group
                               "Токтосунов;Тилек;;05.05.2006;м;%1\n")
                    .arg(group)
                    .toUtf8());
        f.close();
        ImportPage *page = m_screen->importPage();
        m_screen->tabs()->setCurrentWidget(page);
        QVERIFY(page->loadFile(path));
        QCOMPARE(page->mappedColumn(QStringLiteral("pin")), 2);
        QCOMPARE(page->mappedColumn(QStringLiteral("groupName")), 5);
        page->setOrder(QStringLiteral("UI-IMP-1"), QDate::currentDate());
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM studenthr.students"));
        QSignalSpy checked(page, &ImportPage::checked);
        page->check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.last().at(1).toInt(), 5);
        QCOMPARE(checked.last().at(2).toInt(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM studenthr.students")), before); // nothing written by a check
        inEveryLanguage(ws.window.get(), QStringLiteral("import"));
        QSignalSpy committed(page, &ImportPage::committed);
        page->commit();
        QVERIFY(committed.wait(20000));
        QCOMPARE(committed.last().at(1).toInt(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM studenthr.students")), before + 3);
    }

    void studentAndParentSeeOwnCards()
    {
        for (const QString &user : {QStringLiteral("student"), QStringLiteral("parent")}) {
            ClientContext ctx(ws.lang);
            ctx.setStoreLocation(ws.home.filePath(QStringLiteral("stores-") + user));
            QDir().mkpath(ws.home.filePath(QStringLiteral("stores-") + user));
            QVERIFY(Test::signInThroughDialog(&ctx, QStringLiteral("127.0.0.1:%1").arg(ws.fx.port()), user, pw));
            MainWindow window(&ctx);
            window.resize(1366, 768);
            window.show();
            auto *mine = qobject_cast<MyCardScreen *>(window.openModule(user));
            QVERIFY2(mine, qPrintable(user));
            QSignalSpy loaded(mine, &MyCardScreen::loaded);
            QVERIFY(loaded.wait(10000));
            QVERIFY2(loaded.last().first().toBool(), qPrintable(user));
            // The card shown is the one linked to this account (the student's own, or the child's).
            const QString last = mine->card()->arguments().value(QStringLiteral("lastName")).toString();
            const qint64 linked = count(user == QLatin1String("student")
                                            ? QStringLiteral("SELECT count(*) FROM studenthr.students s JOIN core.users u ON u.id = s.user_id "
                                                             "WHERE u.username = 'student' AND s.last_name = ?")
                                            : QStringLiteral("SELECT count(*) FROM studenthr.students s JOIN studenthr.guardians g ON g.student_id = s.id "
                                                             "JOIN core.users u ON u.id = g.user_id WHERE u.username = 'parent' AND s.last_name = ?"),
                                        {last});
            QCOMPARE(linked, 1);
            shoot(&window, QStringLiteral("studenthr-mine-") + user);
        }
    }

    void newYearPreview()
    {
        QSignalSpy loaded(m_screen, &StudentHrScreen::yearPreviewLoaded);
        m_screen->loadYearPreview();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.last().first().toBool());
    }
};

QTEST_MAIN(TestUiStudentHr)
#include "tst_ui_studenthr.moc"
