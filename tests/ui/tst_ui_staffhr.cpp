// The staff HR screen of the real workstation against the real server on the demo
// university: the employee list loads, a card opens and shows the server's PIN message
// under its field, a hiring order is written and signed in the order editor, a report is
// built with its chart and exported; screenshots in ky, ru and en
// (<build>/screenshots/staffhr-*.png).
#include "clientcontext.h"
#include "datatableview.h"
#include "demo/demouniversity.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "modules.h"
#include "recordform.h"
#include "recordtablemodel.h"
#include "serverfixture.h"
#include "staffhr/employeedialog.h"
#include "staffhr/staffhrorderdialog.h"
#include "staffhr/staffhrscreen.h"
#include "storage/database.h"
#include "uisignin.h"
#include "uiworkstation.h"

#include <QApplication>
#include <QCborArray>
#include <QDir>
#include <QPointer>
#include <QSignalSpy>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;

class TestUiStaffHr : public QObject
{
    Q_OBJECT

    Test::UiWorkstation ws;
    Modules::StaffHrScreen *m_screen = nullptr;
    const QString pw = QStringLiteral("ui-staffhr-pw");

    void shoot(QWidget *w, const QString &name) { QVERIFY2(ws.shoot(w, name), qPrintable(name)); }
    static qint64 num(const QString &sql, const QVariantList &binds = {})
    {
        return Server::scalar(Server::Db::thread(), sql, binds).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = ws.start(QStringLiteral("staffhr"), pw, 500, QStringLiteral(EBILIM_SCREENSHOT_DIR));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_screen = qobject_cast<Modules::StaffHrScreen *>(ws.window->openModule(QStringLiteral("staffhr")));
        QVERIFY(m_screen);
        QTRY_VERIFY_WITH_TIMEOUT(m_screen->employees()->rowCount() > 0, 20000);
    }

    void cleanupTestCase() { ws.stop(); }

    void listInEveryLanguage()
    {
        QCOMPARE(qint64(m_screen->employees()->rowCount()), num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE status = 'active'")));
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(ws.window.get(), QStringLiteral("staffhr-list-") + lang);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
        // Search narrows the list.
        const QString last = m_screen->employees()->record(0).value(QStringLiteral("lastName")).toString();
        m_screen->employeeTable()->setSearchText(last);
        QTRY_VERIFY(m_screen->employeeTable()->view()->model()->rowCount() < m_screen->employees()->rowCount());
        m_screen->employeeTable()->setSearchText(QString());
    }

    void cardShowsServerErrors()
    {
        const qint64 id = m_screen->employees()->record(0).value(QStringLiteral("id")).toInteger();
        QSignalSpy opened(m_screen, &Modules::StaffHrScreen::employeeOpened);
        m_screen->openEmployee(id);
        QVERIFY(opened.wait(10000));
        QPointer<Modules::EmployeeDialog> dialog = opened.last().first().value<Modules::EmployeeDialog *>();
        QVERIFY(dialog);
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(dialog, QStringLiteral("staffhr-card-") + lang);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
        // A PIN of the wrong gender: the server's reason appears under the PIN field.
        const QString pin = dialog->arguments().value(QStringLiteral("pin")).toString();
        QVERIFY(pin.size() == 14);
        QString wrong = pin;
        wrong[0] = pin.at(0) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        dialog->setField(QStringLiteral("pin"), wrong);
        QSignalSpy failed(dialog.data(), &Modules::EmployeeDialog::saveFailed);
        dialog->save();
        QVERIFY(failed.wait(10000));
        QVERIFY(!dialog->form()->fieldError(QStringLiteral("pin")).isEmpty());
        shoot(dialog, QStringLiteral("staffhr-card-error-ky"));
        // Fixing it saves.
        dialog->setField(QStringLiteral("pin"), pin);
        dialog->setField(QStringLiteral("phone"), QStringLiteral("+996 555 010203"));
        QSignalSpy saved(dialog.data(), &Modules::EmployeeDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.employees WHERE id = ? AND phone = '+996 555 010203'"), {id}), qint64(1));
    }

    void hiringOrderDraftAndSign()
    {
        // A new employee, then a hiring order for them signed from the editor.
        auto *card = m_screen->newEmployee();
        card->setField(QStringLiteral("lastName"), QStringLiteral("Сатыбалдиев"));
        card->setField(QStringLiteral("firstName"), QStringLiteral("Нурлан"));
        card->setField(QStringLiteral("gender"), QStringLiteral("M"));
        card->setField(QStringLiteral("pin"), QStringLiteral("21503198800123"));
        card->setField(QStringLiteral("degree"), QStringLiteral("candidate"));
        QSignalSpy saved(card, &Modules::EmployeeDialog::saved);
        card->save();
        QVERIFY(saved.wait(10000));
        const qint64 employee = saved.last().first().value<QCborMap>().value(QStringLiteral("id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_screen->employees()->records().cbegin(), m_screen->employees()->records().cend(),
                                             [employee](const QCborMap &r) { return r.value(QStringLiteral("id")).toInteger() == employee; }),
                                 10000);
        QTRY_VERIFY(num(QStringLiteral("SELECT count(*) FROM org.units")) > 0);
        QTest::qWait(300); // the units list for the editor
        m_screen->tabs()->setCurrentIndex(1);
        Modules::StaffOrderDialog *order = m_screen->openOrder();
        QVERIFY(order);
        order->setKind(QStringLiteral("hiring"));
        order->setNumber(QStringLiteral("К-101"));
        const qint64 unit = num(QStringLiteral("SELECT id FROM org.units WHERE code = 'NSM-MI'"));
        // Replace the empty first line with a filled one.
        order->addItem({{QStringLiteral("employeeId"), employee}, {QStringLiteral("unitId"), unit}, {QStringLiteral("position"), QStringLiteral("доцент")},
                        {QStringLiteral("rate"), 1.0}, {QStringLiteral("teaching"), true}, {QStringLiteral("dateFrom"), QStringLiteral("2026-09-01")}});
        QSignalSpy failed(order, &Modules::StaffOrderDialog::failed);
        order->saveDraft();
        QVERIFY(failed.wait(10000)); // the empty first line names no employee
        QVERIFY2(order->messageText().contains(QLatin1String("1")), qPrintable(order->messageText()));
        // the line's field in words of the interface, not the protocol's name
        QVERIFY2(!order->messageText().contains(QLatin1String("employeeId")), qPrintable(order->messageText()));
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(order, QStringLiteral("staffhr-order-") + lang);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
        const QCborMap args = order->arguments();
        QCOMPARE(args.value(QStringLiteral("items")).toArray().size(), 2);
        QPointer<Modules::StaffOrderDialog> guard(order);
        // Drop the empty line by re-creating the editor's first row content: select and remove it.
        order->findChild<QTableWidget *>(QStringLiteral("orderItems"))->setCurrentCell(0, 0);
        auto *remove = order->findChild<QPushButton *>(QStringLiteral("removeLine"));
        QVERIFY(remove);
        remove->click();
        QCOMPARE(order->itemCount(), 1);
        QSignalSpy done(order, &Modules::StaffOrderDialog::done);
        order->saveDraft(true);
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.positions WHERE employee_id = ? AND unit_id = ? AND teaching AND until IS NULL"),
                     {employee, unit}),
                 qint64(1));
        QCOMPARE(num(QStringLiteral("SELECT count(*) FROM staffhr.orders WHERE number = 'К-101' AND state = 'signed'")), qint64(1));
        // the new order in the list, beside the demo's own orders
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_screen->orders()->records().cbegin(), m_screen->orders()->records().cend(),
                                             [](const QCborMap &r) { return r.value(QStringLiteral("number")).toString() == QStringLiteral("К-101"); }),
                                 10000);
        shoot(ws.window.get(), QStringLiteral("staffhr-orders-ky"));
    }

    void reportWithChart()
    {
        m_screen->tabs()->setCurrentIndex(2);
        for (const QString &by : {QStringLiteral("degree"), QStringLiteral("age"), QStringLiteral("unit")}) {
            QSignalSpy loaded(m_screen, &Modules::StaffHrScreen::reportLoaded);
            m_screen->buildReport(by);
            QVERIFY(loaded.wait(10000));
            QCOMPARE(loaded.last().first().toBool(), true);
            QVERIFY(m_screen->reportRows()->rowCount() > 0);
        }
        QCOMPARE(m_screen->reportTotals().value(QStringLiteral("employees")).toInteger(),
                 num(QStringLiteral("SELECT count(DISTINCT employee_id) FROM staffhr.positions WHERE since <= current_date "
                                    "AND (until IS NULL OR until >= current_date)")));
        const Documents::Document doc = m_screen->reportDocument();
        QCOMPARE(doc.kind, QStringLiteral("table"));
        QVERIFY(!doc.tables.isEmpty());
        QCOMPARE(qint64(doc.tables.first().rows.size()), qint64(m_screen->reportRows()->rowCount()));
        for (const QString &lang : LanguageManager::codes()) {
            QVERIFY(ws.lang->setLanguage(lang));
            shoot(ws.window.get(), QStringLiteral("staffhr-report-") + lang);
        }
        QVERIFY(ws.lang->setLanguage(QStringLiteral("ky")));
    }
};

QTEST_MAIN(TestUiStaffHr)
#include "tst_ui_staffhr.moc"
