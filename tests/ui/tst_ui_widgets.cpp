// Shared widgets and models of the workstation, offscreen: Kyrgyz collation, models and
// proxies under QAbstractItemModelTester, CSV export, the grid editor's keyboard rules,
// record form error mapping, error texts in every language, language switching.
#include "datatableview.h"
#include "errortext.h"
#include "grideditor.h"
#include "languagemanager.h"
#include "modulecatalog.h"
#include "recordform.h"
#include "protocol/registry.h"
#include "recordtablemodel.h"
#include "tableexport.h"
#include "tableproxymodel.h"
#include "textcollator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace Documents = Ebilim::Documents;
using namespace Ebilim::Client;
using namespace Ebilim::Client::Ui;

class TestUiWidgets : public QObject
{
    Q_OBJECT

    static QList<QCborMap> units()
    {
        auto u = [](qint64 id, const char16_t *code, const char16_t *ky) {
            return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("code"), QString::fromUtf16(code)},
                            {QStringLiteral("nameKy"), QString::fromUtf16(ky)}};
        };
        return {u(1, u"FMI", u"Өнөр жай факультети"), u(2, u"NAR", u"Нарын колледжи"), u(3, u"NGA", u"Ңаа бөлүм"),
                u(4, u"OO", u"Оо кафедрасы"), u(5, u"UM", u"Үй-чарба кафедрасы"), u(6, u"UMM", u"Ум кафедрасы"),
                u(7, u"FA", u"Фа, \"ички\" бөлүм")};
    }

    static RecordTableModel *unitModel(QObject *parent)
    {
        auto *m = new RecordTableModel(parent);
        m->setColumns({{QStringLiteral("id"), [] { return QStringLiteral("Id"); }},
                       {QStringLiteral("code"), [] { return QStringLiteral("Code"); }},
                       {QStringLiteral("nameKy"), [] { return QStringLiteral("Name"); }}});
        m->setRecords(units());
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void kyrgyzAlphabetOrder_data()
    {
        QTest::addColumn<bool>("fallback");
        QTest::newRow("system collator for ky_KG") << false;
        QTest::newRow("built-in Kyrgyz comparator") << true;
    }

    void kyrgyzAlphabetOrder()
    {
        QFETCH(bool, fallback);
        TextCollator c(QLocale(QStringLiteral("ky_KG")));
        if (fallback) {
            c.setKyrgyzFallback(true);
        } else if (c.usesKyrgyzFallback()) {
            // The system collator cannot order Kyrgyz; TextCollator then always uses the fallback.
            QVERIFY(!TextCollator::ordersKyrgyzLetters(QCollator(QLocale(QStringLiteral("ky_KG")))));
            c.setKyrgyzFallback(true);
        }
        const QStringList expected = {QStringLiteral("Нарын"), QStringLiteral("Ңаа"), QStringLiteral("Оо"),
                                      QStringLiteral("Өз"),    QStringLiteral("Ум"),  QStringLiteral("Үй"),
                                      QStringLiteral("Фа")};
        QStringList shuffled = {expected[6], expected[3], expected[0], expected[5], expected[1], expected[4], expected[2]};
        std::sort(shuffled.begin(), shuffled.end(), c);
        QCOMPARE(shuffled, expected);
        QVERIFY(c.compare(QStringLiteral("Нарын"), QStringLiteral("Ңаа")) < 0);
        QVERIFY(c.compare(QStringLiteral("Ңаа"), QStringLiteral("Оо")) < 0);
        QVERIFY(c.compare(QStringLiteral("Оо"), QStringLiteral("Өз")) < 0);
        QVERIFY(c.compare(QStringLiteral("Ум"), QStringLiteral("Үй")) < 0);
        QVERIFY(c.compare(QStringLiteral("Үй"), QStringLiteral("Фа")) < 0);
        // Case does not split words apart.
        QVERIFY(c.compare(QStringLiteral("өз"), QStringLiteral("Пахта")) < 0);
        QCOMPARE(c.compare(QStringLiteral("Нарын"), QStringLiteral("Нарын")), 0);
    }

    void fallbackDetail()
    {
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("abc"), QStringLiteral("Абв")) < 0); // Latin before Cyrillic
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("2"), QStringLiteral("а")) < 0);
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("ё"), QStringLiteral("ж")) < 0);
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("е"), QStringLiteral("ё")) < 0);
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("Нар"), QStringLiteral("Нарын")) < 0);
        QVERIFY(TextCollator::kyrgyzCompare(QStringLiteral("нарын"), QStringLiteral("Нарын")) < 0);
    }

    void recordModelUnderTester()
    {
        RecordTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setColumns({{QStringLiteral("code"), [] { return QStringLiteral("Code"); }}});
        m.setRecords(units());
        QCOMPARE(m.rowCount(), 7);
        m.upsert(QCborMap{{QStringLiteral("id"), 2}, {QStringLiteral("code"), QStringLiteral("NAR2")}});
        QCOMPARE(m.rowCount(), 7);
        QCOMPARE(m.index(1, 0).data().toString(), QStringLiteral("NAR2"));
        m.upsert(QCborMap{{QStringLiteral("id"), 99}, {QStringLiteral("code"), QStringLiteral("NEW")}});
        QCOMPARE(m.rowCount(), 8);
        m.retranslate();
        m.setRecords({});
        QCOMPARE(m.rowCount(), 0);
    }

    void proxySortsAndFiltersInKyrgyz()
    {
        QLocale::setDefault(QLocale(QStringLiteral("ky_KG")));
        RecordTableModel *m = unitModel(this);
        TableProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m);
        proxy.refreshCollation();
        proxy.sort(2, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            names << proxy.index(r, 2).data().toString().left(2);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("На"), QStringLiteral("Ңа"), QStringLiteral("Оо"), QStringLiteral("Өн"),
                                     QStringLiteral("Ум"), QStringLiteral("Үй"), QStringLiteral("Фа")}));
        // Numbers sort as numbers.
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toInt(), 7);
        // Every word must match somewhere in the row.
        proxy.setSearchText(QStringLiteral("кафедрасы ум"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        proxy.setColumnFilter(1, QStringLiteral("um"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setColumnFilter(-1, {});
        QCOMPARE(proxy.rowCount(), 7);
        // Formatters take part in search and display.
        proxy.setFormatter(1, [](const QVariant &v) { return QStringLiteral("<%1>").arg(v.toString()); });
        QCOMPARE(proxy.index(0, 1).data().toString().front(), QLatin1Char('<'));
        QLocale::setDefault(QLocale::c());
    }

    void tableExportsThroughTheDocumentsEngine()
    {
        RecordTableModel *m = unitModel(this);
        const Documents::Document doc = TableExport::toDocument(m, QStringLiteral("Units <test>"), {1, 2}, {}, QStringLiteral("ky"));
        QCOMPARE(doc.kind, QStringLiteral("table"));
        QCOMPARE(doc.tables.size(), 1);
        QCOMPARE(doc.tables.first().columns.size(), 2);
        QCOMPARE(doc.tables.first().rows.size(), 7);
        const QByteArray csv = Documents::Renderer(doc).render(Documents::Format::Csv);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first(), QStringLiteral("Code,Name"));
        QCOMPARE(lines.at(1), QStringLiteral("FMI,Өнөр жай факультети"));
        QCOMPARE(lines.last(), QStringLiteral("FA,\"Фа, \"\"ички\"\" бөлүм\""));
        const QString html = Documents::Renderer(doc).html();
        QVERIFY(html.contains(QStringLiteral("Units &lt;test&gt;")));
        QVERIFY(html.contains(QStringLiteral("Нарын колледжи")));
    }

    void dataTableViewExportsVisibleColumns()
    {
        RecordTableModel *m = unitModel(this);
        DataTableView view;
        view.setModel(m);
        view.resize(800, 400);
        view.setColumnVisible(0, false);
        QCOMPARE(view.visibleColumns(), (QList<int>{1, 2}));
        view.setSearchText(QStringLiteral("колледж"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("units.csv"));
        QString error;
        QVERIFY2(view.exportTo(path, Documents::Format::Csv, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll().mid(3)), QStringLiteral("Code,Name\r\nNAR,Нарын колледжи\r\n"));
        // The search in force is printed under the title.
        const Documents::Document doc = view.document();
        QVERIFY(doc.field(QStringLiteral("filter")).toString().contains(QStringLiteral("колледж")));
        QVERIFY(Documents::Renderer(doc).html().contains(QStringLiteral("Нарын колледжи")));
        // Every format is written, XLSX by its helper program.
        for (Documents::Format fmt : Documents::allFormats()) {
            const QString out = dir.filePath(QStringLiteral("units.") + Documents::suffix(fmt));
            QVERIFY2(view.exportTo(out, fmt, &error), qPrintable(Documents::suffix(fmt) + QStringLiteral(": ") + error));
            QVERIFY(QFileInfo(out).size() > 0);
        }
    }

    void gridEditorKeyboard()
    {
        QStandardItemModel model(3, 2);
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 2; ++c) {
                model.setItem(r, c, new QStandardItem(QStringLiteral("v%1%2").arg(r).arg(c)));
            }
        }
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GridEditor grid;
        grid.setModel(&model);
        grid.resize(400, 300);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        grid.setCurrentIndex(model.index(0, 0));
        grid.setFocus();
        // Typing replaces the content; Enter commits and moves down.
        QTest::keyClick(&grid, Qt::Key_9, Qt::NoModifier);
        QTRY_VERIFY(grid.isEditing());
        auto *editor = grid.findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("9")); // replaced, not appended to "v00"
        QTest::keyClicks(editor, QStringLiteral("5"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model.item(0, 0)->text(), QStringLiteral("95"));
        QTRY_COMPARE(grid.currentIndex(), model.index(1, 0));
        // Enter without editing moves down too.
        QTest::keyClick(&grid, Qt::Key_Return);
        QCOMPARE(grid.currentIndex(), model.index(2, 0));
        // Delete clears; undo brings it back; undo again restores the first edit.
        QTest::keyClick(&grid, Qt::Key_Delete);
        QCOMPARE(model.item(2, 0)->text(), QString());
        QCOMPARE(grid.undoStack()->count(), 2);
        QTest::keyClick(&grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model.item(2, 0)->text(), QStringLiteral("v20"));
        QTest::keyClick(&grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model.item(0, 0)->text(), QStringLiteral("v00"));
        QTest::keyClick(&grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model.item(0, 0)->text(), QStringLiteral("95"));
    }

    void recordFormShowsServerValidation()
    {
        RecordForm form;
        form.addField(QStringLiteral("phone"), new QLineEdit);
        form.addField(QStringLiteral("email"), new QLineEdit);
        form.setLabel(QStringLiteral("phone"), QStringLiteral("Phone"));
        CallResult r;
        r.failure = Failure::Server;
        r.error.code = Ebilim::Protocol::ErrorCode::ValidationFailed;
        r.error.details = {{QStringLiteral("field"), QStringLiteral("email")}, {QStringLiteral("reason"), QStringLiteral("too_long")},
                           {QStringLiteral("limit"), 254}};
        QVERIFY(form.showError(r));
        QVERIFY(form.fieldError(QStringLiteral("email")).contains(QStringLiteral("254")));
        QVERIFY(form.fieldError(QStringLiteral("phone")).isEmpty());
        QVERIFY(form.hasErrors());
        form.clearErrors();
        QVERIFY(!form.hasErrors());
        r.error.code = Ebilim::Protocol::ErrorCode::Conflict;
        r.error.details = {};
        QVERIFY(!form.showError(r));
        QVERIFY(!form.message().isEmpty());
    }

    void errorTextsInEveryLanguage()
    {
        LanguageManager lang;
        QHash<QString, QString> english;
        QVERIFY(lang.setLanguage(QStringLiteral("en")));
        for (const QString &code : ErrorText::knownCodes()) {
            english.insert(code, ErrorText::describe(code));
            QVERIFY2(!english.value(code).contains(QStringLiteral("unexpected error")) || code == QLatin1String("internal")
                         || code == QLatin1String("unknown_op") || code == QLatin1String("bad_frame")
                         || code == QLatin1String("hello_required"),
                     qPrintable(code));
        }
        for (const QString &l : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            QVERIFY(lang.setLanguage(l));
            for (const QString &code : ErrorText::knownCodes()) {
                QVERIFY2(ErrorText::describe(code) != english.value(code), qPrintable(l + QLatin1Char(' ') + code));
            }
            const QString throttled = ErrorText::describe(QStringLiteral("throttled"), {{QStringLiteral("retryAfter"), 125}});
            QVERIFY2(throttled.contains(QLatin1Char('3')), qPrintable(throttled));
            QVERIFY(ModuleCatalog::title(QStringLiteral("org")) != QLatin1String("Institution structure"));
        }
        QVERIFY(lang.setLanguage(QStringLiteral("ky")));
        QCOMPARE(ModuleCatalog::title(QStringLiteral("org")), QStringLiteral("Окуу жайдын түзүмү"));
        QCOMPARE(QLocale().name(), QStringLiteral("ky_KG"));
        QCOMPARE(QLocale().toString(1234567), QString::fromUtf16(u"1\u00A0234\u00A0567"));
        QVERIFY(lang.setLanguage(QStringLiteral("ru")));
        QCOMPARE(ModuleCatalog::title(QStringLiteral("org")), QStringLiteral("Структура учебного заведения"));
        QVERIFY(lang.setLanguage(QStringLiteral("en")));
        QCOMPARE(ModuleCatalog::title(QStringLiteral("org")), QStringLiteral("Institution structure"));
        QVERIFY(!lang.setLanguage(QStringLiteral("de")));
    }

    /// Every field an op can name in a validation error reads as a word of the interface
    /// language, never as the protocol's name (e.g. "Date of birth", not "birthDate").
    void everyFieldHasALabel()
    {
        // set by the program, never typed or chosen by a person
        const QSet<QString> machine{QStringLiteral("major"),     QStringLiteral("minor"),   QStringLiteral("client"),
                                    QStringLiteral("lang"),      QStringLiteral("token"),   QStringLiteral("mime"),
                                    QStringLiteral("commit"),    QStringLiteral("limit"),   QStringLiteral("beforeId"),
                                    QStringLiteral("id"),        QStringLiteral("by"),      QStringLiteral("entity"),
                                    QStringLiteral("confirmDuplicate"), QStringLiteral("includeDismissed"),
                                    QStringLiteral("disabled"),  QStringLiteral("state"),   QStringLiteral("rows"),
                                    QStringLiteral("parentCode"), QStringLiteral("subjectId")};
        // named by the modules' own checks (order lines, imported rows)
        QSet<QString> fields{QStringLiteral("dateFrom"),  QStringLiteral("dateTo"), QStringLiteral("fromPositionId"),
                             QStringLiteral("position"),  QStringLiteral("rate"),   QStringLiteral("teaching"),
                             QStringLiteral("leaveKind"), QStringLiteral("groupName"), QStringLiteral("unit"),
                             QStringLiteral("photo")};
        for (const Ebilim::Protocol::OpSpec &op : Ebilim::Protocol::Registry::ops()) {
            for (const Ebilim::Protocol::ArgSpec &a : op.args) {
                if (!machine.contains(a.name)) {
                    fields.insert(a.name);
                }
            }
        }
        QVERIFY(fields.size() > 60);
        LanguageManager lang;
        QHash<QString, QString> english;
        QVERIFY(lang.setLanguage(QStringLiteral("en")));
        for (const QString &f : std::as_const(fields)) {
            english.insert(f, ErrorText::fieldLabel(f));
            QVERIFY2(english.value(f) != f, qPrintable(f));
        }
        for (const QString &l : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            QVERIFY(lang.setLanguage(l));
            for (const QString &f : std::as_const(fields)) {
                const QString label = ErrorText::fieldLabel(f);
                QVERIFY2(label != f && label != english.value(f), qPrintable(l + QLatin1Char(' ') + f));
            }
        }
        QVERIFY(lang.setLanguage(QStringLiteral("ky")));
        const QString text = ErrorText::describe(QStringLiteral("validation_failed"),
                                                 {{QStringLiteral("field"), QStringLiteral("birthDate")},
                                                  {QStringLiteral("reason"), QStringLiteral("missing")}});
        QVERIFY2(text.contains(QStringLiteral("Туулган күнү")) && !text.contains(QStringLiteral("birthDate")), qPrintable(text));
        QVERIFY(lang.setLanguage(QStringLiteral("en")));
    }

    void everyModuleHasATitle()
    {
        for (const QString &code : ModuleCatalog::codes()) {
            QVERIFY2(ModuleCatalog::title(code) != code, qPrintable(code));
            QVERIFY2(!ModuleCatalog::description(code).isEmpty(), qPrintable(code));
            QVERIFY(!ModuleCatalog::icon(code).isNull());
        }
    }
};

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
