// The documents engine: every format of every document kind in every language is produced,
// then opened again by independent tools (poppler, zbar, xmllint, LibreOffice, QuaZip + XML).
// PNG renders of every document go to build/screenshots/documents/ for people to look at.
#include "doctools.h"
#include "documents/renderer.h"
#include "documents/tablereader.h"
#include "sampledocs.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QTest>

using namespace Ebilim;
using namespace Ebilim::Documents;
using namespace Ebilim::Test;

namespace {

const QStringList kKinds{QStringLiteral("group_list"), QStringLiteral("study_certificate"), QStringLiteral("order_sample"), QStringLiteral("student_order"),
                         QStringLiteral("contingent_form"), QStringLiteral("table")};
const QStringList kLangs{QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};

QString buildDir()
{
    return QDir(qEnvironmentVariable("EBILIM_BINARY_DIR", QStringLiteral("."))).absoluteFilePath(QStringLiteral(".."));
}

QString sourceDir()
{
    return qEnvironmentVariable("EBILIM_SOURCE_DIR", QStringLiteral("."));
}

QString footerWord(const QString &lang)
{
    return lang == QLatin1String("ky") ? QStringLiteral("Бет") : lang == QLatin1String("ru") ? QStringLiteral("Страница") : QStringLiteral("Page");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QString m_out;
    QString m_shots;
    QStringList m_officeFiles; ///< DOCX and XLSX files for the LibreOffice check

private slots:
    void initTestCase()
    {
        const QStringList missing = DocTools::missingTools();
        if (!missing.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("tools missing (installer/install-deps installs them): ") + missing.join(QLatin1Char(' '))));
        }
        m_out = buildDir() + QStringLiteral("/documents-test");
        m_shots = buildDir() + QStringLiteral("/screenshots/documents");
        QDir(m_out).removeRecursively();
        QVERIFY(QDir().mkpath(m_out));
        QVERIFY(QDir().mkpath(m_shots));
    }

    void verificationCodes()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString c = VerifyCode::generate();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")).match(c).hasMatch(), qPrintable(c));
            QCOMPARE(VerifyCode::format(VerifyCode::normalize(c)), c);
            seen.insert(c);
        }
        QCOMPARE(seen.size(), 2000);
        const QString code = VerifyCode::normalize(VerifyCode::generate());
        // People type codes in lower case, with spaces, and mistake O for 0 and I/L for 1.
        QString sloppy = VerifyCode::format(code).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        sloppy.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        QCOMPARE(VerifyCode::normalize(sloppy), code);
        // Every single-character change is caught by the check characters.
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        for (int pos = 0; pos < code.size(); ++pos) {
            for (QChar c : alphabet) {
                if (c == code.at(pos)) {
                    continue;
                }
                QString tampered = code;
                tampered[pos] = c;
                QVERIFY2(VerifyCode::normalize(tampered).isEmpty(), qPrintable(tampered));
            }
        }
        QVERIFY(VerifyCode::normalize(code.left(15)).isEmpty());
        QVERIFY(VerifyCode::normalize(code + QLatin1Char('0')).isEmpty());
        QVERIFY(VerifyCode::normalize(QStringLiteral("ABCD-EFGH-!JKL-MNPQ")).isEmpty());
        QCOMPARE(codeFromUri(verificationUri(code, QStringLiteral("МК-2026-000001"))), code);
    }

    void cborRoundTrip()
    {
        const Document d = sampleCertificate(QStringLiteral("ky"));
        const Document back = Document::fromCbor(QCborValue::fromCbor(d.toCbor().toCborValue().toCbor()).toMap());
        QCOMPARE(back.kind, d.kind);
        QCOMPARE(back.fields.size(), d.fields.size());
        for (const auto &f : d.fields) {
            QCOMPARE(back.field(f.first).toString(), f.second.toString());
        }
        QCOMPARE(back.field(QStringLiteral("birthDate")).typeId(), int(QMetaType::QDate));
        QCOMPARE(back.official.regNo, d.official.regNo);
        QCOMPARE(back.official.issuedAt, d.official.issuedAt);
        QCOMPARE(back.official.verifyCode, d.official.verifyCode);
        const Document t = Document::fromCbor(sampleTable(QStringLiteral("ru"), 5).toCbor());
        QCOMPARE(t.tables.size(), 1);
        QCOMPARE(t.tables.first().rows.size(), 5);
        QCOMPARE(t.tables.first().columns.at(2).type, ColumnType::Date);
        QCOMPARE(t.tables.first().rows.at(0).at(2).toDate(), QDate(2004, 1, 1));
    }

    void templatesExist()
    {
        QCOMPARE(DocumentTemplate::kinds(), QStringList({"contingent_form", "group_list", "order_sample", "student_order", "study_certificate", "table"}));
        for (const QString &kind : DocumentTemplate::kinds()) {
            QCOMPARE(DocumentTemplate::languages(kind), QStringList({"en", "ky", "ru"}));
            QVERIFY2(QFile::exists(QStringLiteral(":/documents/%1/schema.xsd").arg(kind)), qPrintable(kind));
        }
    }

    void expansionEscapesData()
    {
        const auto tmpl = DocumentTemplate::fromText(QStringLiteral("t"), QStringLiteral("ky"),
                                                     QStringLiteral("<title>T {{name}}</title><p>{{name}}|{{missing}}|{{official.verifyCode}}</p>"
                                                                    "{{#if empty}}HIDDEN{{/if}}{{#if name}}SHOWN{{/if}}"
                                                                    "<ul>{{#rows t}}<li>{{@index}}:{{k}}</li>{{/rows}}</ul>"));
        Document d;
        d.kind = QStringLiteral("t");
        d.setField(QStringLiteral("name"), QStringLiteral("<b>{{official.verifyCode}}</b>"));
        d.setField(QStringLiteral("empty"), QString());
        d.official.regNo = QStringLiteral("R-1");
        d.official.verifyCode = QStringLiteral("SECRET");
        Table t;
        t.name = QStringLiteral("t");
        t.columns = {{QStringLiteral("k"), QStringLiteral("K"), ColumnType::Text}};
        t.rows = {{QStringLiteral("a&b")}, {QStringLiteral("c")}};
        d.tables = {t};
        const QString html = tmpl.expand(d);
        // Data never becomes markup or a template tag.
        QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;&#123;&#123;official.verifyCode&#125;&#125;&lt;/b&gt;||SECRET")), qPrintable(html));
        QCOMPARE(html.count(QStringLiteral("SECRET")), 1);
        QVERIFY2(html.startsWith(QStringLiteral("<title>T &lt;b&gt;&#123;&#123;official.verifyCode&#125;&#125;&lt;/b&gt;</title>")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("HIDDEN")));
        QVERIFY(html.contains(QStringLiteral("SHOWN")));
        QVERIFY(html.contains(QStringLiteral("<li>1:a&amp;b</li><li>2:c</li>")));
        QVERIFY(!html.contains(QStringLiteral("{{")));
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("lang");
        for (const QString &k : kKinds) {
            for (const QString &l : kLangs) {
                QTest::newRow(qPrintable(k + QLatin1Char('-') + l)) << k << l;
            }
        }
    }

    void everyFormat()
    {
        QFETCH(QString, kind);
        QFETCH(QString, lang);
        const Document doc = sample(kind, lang);
        const Renderer r(doc);
        QVERIFY(r.isValid());
        QCOMPARE(r.documentTemplate().lang(), lang);
        QVERIFY(!r.title().isEmpty());
        QVERIFY2(!r.title().contains(QStringLiteral("{{")), qPrintable(r.title()));
        const QString base = QStringLiteral("%1/%2-%3").arg(m_out, kind, lang);
        for (Format f : allFormats()) {
            QString error;
            QVERIFY2(r.write(f, base + QLatin1Char('.') + suffix(f), &error), qPrintable(suffix(f) + QStringLiteral(": ") + error));
        }
        const QString name = sampleName();

        // PDF: opens, has pages, carries the text (Kyrgyz letters included) and page numbers.
        const QString pdf = base + QStringLiteral(".pdf");
        const int pages = DocTools::pdfPages(pdf);
        QVERIFY2(pages >= 1, qPrintable(pdf));
        // Table cells wrap, so compare with whitespace folded.
        const QString text = DocTools::pdfText(pdf).simplified();
        QVERIFY2(text.contains(name), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("%1 1").arg(footerWord(lang))), qPrintable(text.right(500)));
        if (doc.official.isValid()) {
            QVERIFY(text.contains(doc.official.regNo));
            QVERIFY(text.contains(doc.official.verifyCode));
        }
        QVERIFY(DocTools::pdfToPng(pdf, QStringLiteral("%1/%2-%3.png").arg(m_shots, kind, lang), 60));

        // HTML and TXT: the text, no template tags left, tables drawn in TXT.
        const QString html = QString::fromUtf8(readAll(base + QStringLiteral(".html")));
        QVERIFY(html.contains(name));
        QVERIFY(!html.contains(QStringLiteral("{{")));
        QCOMPARE(html.contains(QStringLiteral("data:image/png;base64,")), doc.official.isValid());
        const QString txt = QString::fromUtf8(readAll(base + QStringLiteral(".txt")));
        for (const QString &part : name.split(QLatin1Char(' '))) { // narrow TXT columns wrap names
            QVERIFY2(txt.contains(part), qPrintable(txt.left(1500)));
        }
        // Template tags never survive; data that looks like one is kept as written (the table sample has one).
        QCOMPARE(txt.count(QStringLiteral("{{")), kind == QLatin1String("table") ? 1 : 0);
        QVERIFY(txt.contains(QStringLiteral("+---")));

        // XML: valid against the kind's documented schema.
        const QString xsd = sourceDir() + QStringLiteral("/resources/documents/%1/schema.xsd").arg(kind);
        const QString complaint = DocTools::validateXml(base + QStringLiteral(".xml"), xsd);
        QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
        QVERIFY(QString::fromUtf8(readAll(base + QStringLiteral(".xml"))).contains(name));

        // CSV: BOM, one line per row plus the header (or one per field).
        const QByteArray csv = readAll(base + QStringLiteral(".csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const int expectedLines = doc.tables.isEmpty() ? int(doc.fields.size()) : int(doc.tables.first().rows.size()) + 1;
        QCOMPARE(int(csv.count("\r\n")), expectedLines);
        QVERIFY(QString::fromUtf8(csv).contains(name));

        // DOCX: a zip of WordprocessingML with the text, repeating table headers and the QR image.
        const QString docx = base + QStringLiteral(".docx");
        const QStringList parts = DocTools::zipEntries(docx);
        for (const char *p : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footer1.xml"}) {
            QVERIFY2(parts.contains(QString::fromLatin1(p)), p);
        }
        QCOMPARE(parts.contains(QStringLiteral("word/media/qr.png")), doc.official.isValid());
        const QByteArray body = DocTools::zipEntry(docx, QStringLiteral("word/document.xml"));
        const QString words = DocTools::xmlTexts(body, QStringLiteral("t")).join(QString());
        QVERIFY2(!words.contains(QStringLiteral("XML ERROR")), qPrintable(words.right(200)));
        QVERIFY(words.contains(name));
        QCOMPARE(body.contains("<w:tblHeader/>"), !doc.tables.isEmpty());
        QVERIFY(DocTools::zipEntry(docx, QStringLiteral("word/footer1.xml")).contains("NUMPAGES"));

        // XLSX: typed cells — numbers are numbers, dates are date serials, text is shared strings.
        const QString xlsx = base + QStringLiteral(".xlsx");
        const QByteArray sheet = DocTools::zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(!sheet.isEmpty());
        const QString strings = DocTools::xmlTexts(DocTools::zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")), QStringLiteral("t")).join(QLatin1Char('\n'));
        QVERIFY(strings.contains(name));
        if (kind == QLatin1String("table")) {
            QVERIFY(sheet.contains("<v>37987</v>")); // 2004-01-01 as an Excel date serial
            QVERIFY(sheet.contains("<v>25000.5</v>")); // money as a number
            QVERIFY(strings.contains(QStringLiteral("=HYPERLINK"))); // a formula-looking text stays a string
            QVERIFY(!sheet.contains("<f>"));
        }
        if (doc.official.isValid()) {
            QVERIFY(strings.contains(doc.official.verifyCode));
        }
        m_officeFiles << docx << xlsx;
    }

    void longTableRepeatsHeaderOnEveryPage()
    {
        const Document doc = sampleGroupList(QStringLiteral("ky"), 150);
        const QString pdf = m_out + QStringLiteral("/long-group-list.pdf");
        QString error;
        QVERIFY2(Renderer(doc).write(Format::Pdf, pdf, &error), qPrintable(error));
        const int pages = DocTools::pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        for (int p = 1; p <= pages; ++p) {
            const QString text = DocTools::pdfText(pdf, p, p);
            QVERIFY2(text.contains(QStringLiteral("Аты-жөнү")), qPrintable(QStringLiteral("page %1: %2").arg(p).arg(text.left(300))));
            QVERIFY2(text.contains(QStringLiteral("Бет %1 / %2").arg(p).arg(pages)), qPrintable(text.right(200)));
        }
        QVERIFY(DocTools::pdfText(pdf, pages, pages).contains(QStringLiteral("Бардыгы: 150")));
    }

    /// A table row of several lines is never cut by a page end: all of its text is on one page,
    /// and the header is repeated above the rows of every page.
    void multiLineRowsStayWhole_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("60 rows") << 60;
        QTest::newRow("400 rows (cut into pages first)") << 400;
    }

    void multiLineRowsStayWhole()
    {
        QFETCH(int, rows);
        Document d = sampleTable(QStringLiteral("ru"), 1);
        d.tables.first().rows.clear();
        for (int i = 0; i < rows; ++i) {
            QString note;
            for (int k = 0; k < 1 + i % 5; ++k) {
                note += QStringLiteral("строка%1часть%2 — длинный текст примечания, который переносится в ячейке таблицы. ").arg(i + 1).arg(k + 1);
            }
            d.tables.first().rows.append({i + 1, QStringLiteral("Асанов Бакыт"), QDate(2005, 1, 1), 1000.0, 4.0, note});
        }
        const QString pdf = m_out + QStringLiteral("/multi-line-rows-%1.pdf").arg(rows);
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(Renderer(d).write(Format::Pdf, pdf, &error), qPrintable(error));
        qInfo("%d rows rendered in %lld ms", rows, static_cast<long long>(timer.elapsed()));
        const int pages = DocTools::pdfPages(pdf);
        QVERIFY2(pages >= rows / 20, qPrintable(QString::number(pages)));
        QList<QString> text;
        for (int p = 1; p <= pages; ++p) {
            text << DocTools::pdfText(pdf, p, p).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
            QVERIFY2(!text.last().contains(QStringLiteral("строка")) || text.last().contains(QStringLiteral("Примечание")),
                     qPrintable(QStringLiteral("page %1 has rows but no header").arg(p)));
        }
        // no blank page among the table's pages (a piece ending past its page would leave one)
        int lastRowPage = 0;
        for (int p = 0; p < pages; ++p) {
            lastRowPage = text.at(p).contains(QStringLiteral("строка")) ? p : lastRowPage;
        }
        for (int p = 0; p <= lastRowPage; ++p) {
            QVERIFY2(text.at(p).contains(QStringLiteral("строка")), qPrintable(QStringLiteral("page %1 has no row").arg(p + 1)));
        }
        for (int i = 0; i < rows; ++i) {
            const QString first = QStringLiteral("строка%1часть1").arg(i + 1);
            const QString last = QStringLiteral("строка%1часть%2").arg(i + 1).arg(1 + i % 5);
            int firstPage = -1, lastPage = -1;
            for (int p = 0; p < pages; ++p) {
                if (firstPage < 0 && text.at(p).contains(first)) {
                    firstPage = p;
                }
                if (text.at(p).contains(last)) {
                    lastPage = p;
                }
            }
            QVERIFY2(firstPage >= 0 && firstPage == lastPage,
                     qPrintable(QStringLiteral("row %1: pages %2..%3").arg(i + 1).arg(firstPage + 1).arg(lastPage + 1)));
        }
    }

    void qrCodeDecodesToTheVerificationText()
    {
        for (const QString &lang : kLangs) {
            const Document doc = sampleCertificate(lang, 7);
            const QString pdf = m_out + QStringLiteral("/qr-%1.pdf").arg(lang);
            QVERIFY(Renderer(doc).write(Format::Pdf, pdf));
            const QString png = m_out + QStringLiteral("/qr-%1.png").arg(lang);
            QVERIFY(DocTools::pdfToPng(pdf, png, 150));
            const QStringList codes = DocTools::decodeQr(png);
            QCOMPARE(codes, QStringList{doc.official.qr});
            QCOMPARE(codeFromUri(codes.first()), VerifyCode::normalize(doc.official.verifyCode));
        }
    }

    void schemaRejectsIncompleteDocuments()
    {
        Document doc = sampleCertificate(QStringLiteral("ky"));
        doc.fields.removeIf([](const auto &f) { return f.first == QLatin1String("fullName"); });
        const QString xml = m_out + QStringLiteral("/incomplete.xml");
        QVERIFY(Renderer(doc).write(Format::Xml, xml));
        const QString complaint = DocTools::validateXml(xml, sourceDir() + QStringLiteral("/resources/documents/study_certificate/schema.xsd"));
        QVERIFY2(complaint.contains(QStringLiteral("fullName")), qPrintable(complaint));
        Document unofficial = sampleCertificate(QStringLiteral("ru"));
        unofficial.official = {};
        QVERIFY(Renderer(unofficial).write(Format::Xml, xml));
        QVERIFY(!DocTools::validateXml(xml, sourceDir() + QStringLiteral("/resources/documents/study_certificate/schema.xsd")).isEmpty());
    }

    void largeTableToXlsx()
    {
        const Document doc = sampleTable(QStringLiteral("ky"), 10000);
        const QString xlsx = m_out + QStringLiteral("/large.xlsx");
        QString error;
        QVERIFY2(Renderer(doc).write(Format::Xlsx, xlsx, &error), qPrintable(error));
        const QByteArray sheet = DocTools::zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(int(sheet.count("<row ")), 1 + 3 + 1 + 10000); // title, 3 fields, header, rows
        QVERIFY(sheet.contains("<autoFilter"));
        QVERIFY(sheet.contains("<pane"));
    }

    void tableReaderReadsWhatPeopleBring()
    {
        // XLSX written by the engine comes back cell for cell: text, numbers, dates as ISO.
        const Document doc = sampleTable(QStringLiteral("ky"), 30);
        const QString xlsx = m_out + QStringLiteral("/reader.xlsx");
        QVERIFY(Renderer(doc).write(Format::Xlsx, xlsx));
        const TableData t = readTableFile(xlsx);
        QVERIFY2(t.ok(), qPrintable(t.error));
        // Title, 3 fields, an empty row, the header, 30 rows.
        QCOMPARE(t.rows.size(), 1 + 3 + 1 + 1 + 30);
        const QStringList header = t.rows.at(5);
        QCOMPARE(header.first(), QStringLiteral("ID"));
        QCOMPARE(t.rows.at(6).at(1), sampleName());
        QCOMPARE(t.rows.at(6).at(2), QStringLiteral("2004-01-01"));
        QCOMPARE(t.rows.at(6).at(0), QStringLiteral("1"));
        QCOMPARE(t.rows.at(7).at(5), QStringLiteral("=HYPERLINK(\"x\") <b>{{official.verifyCode}}</b>"));

        // CSV: semicolons, quotes, a line break inside a field, BOM, CRLF, a blank line.
        const QByteArray csv = "\xEF\xBB\xBF" "Фамилия;Аты;Эскертүү\r\n\"Үсөнова\";\"Айгерим\";\"бир \"\"эки\"\"\r\nүч\"\r\n\r\nИванов;Сергей;\r\n";
        TableData c = readCsv(csv);
        QVERIFY(c.ok());
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(c.rows.at(0), (QStringList{"Фамилия", "Аты", "Эскертүү"}));
        QCOMPARE(c.rows.at(1).at(2), QStringLiteral("бир \"эки\"\nүч"));
        QCOMPARE(c.rows.at(2), (QStringList{"Иванов", "Сергей", ""}));
        // Windows-1251 (Russian Excel's CSV): "Иванов,Сергей".
        c = readCsv(QByteArray("\xC8\xE2\xE0\xED\xEE\xE2,\xD1\xE5\xF0\xE3\xE5\xE9\n"));
        QCOMPARE(c.rows.value(0), (QStringList{"Иванов", "Сергей"}));
        // An unclosed quote is reported, not guessed.
        QVERIFY(!readCsv("a,\"b\n").ok());
        QVERIFY(!readXlsx(m_out + QStringLiteral("/reader.csv-not-there.xlsx")).ok());
    }

    void libreOfficeOpensEveryDocxAndXlsx()
    {
        QVERIFY(!m_officeFiles.isEmpty());
        const QString outDir = m_out + QStringLiteral("/libreoffice");
        QVERIFY(QDir().mkpath(outDir));
        const DocTools::Run r = DocTools::convertToPdf(m_officeFiles, outDir);
        QVERIFY2(r.ok(), r.err.constData());
        for (const QString &file : m_officeFiles) {
            const QFileInfo fi(file);
            const QString pdf = QStringLiteral("%1/%2.pdf").arg(outDir, fi.completeBaseName());
            // DOCX and XLSX of one document share a base name: LibreOffice writes one PDF per
            // input, the later one replacing the earlier; both must have converted without error.
            QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
            QVERIFY2(DocTools::pdfText(pdf).contains(sampleName()), qPrintable(pdf));
        }
    }

    void docxQrSurvivesLibreOffice()
    {
        const Document doc = sampleCertificate(QStringLiteral("ky"), 9);
        const QString docx = m_out + QStringLiteral("/qr-docx.docx");
        QVERIFY(Renderer(doc).write(Format::Docx, docx));
        const QString outDir = m_out + QStringLiteral("/libreoffice-qr");
        QVERIFY(QDir().mkpath(outDir));
        QVERIFY(DocTools::convertToPdf({docx}, outDir).ok());
        const QString pdf = outDir + QStringLiteral("/qr-docx.pdf");
        const QString text = DocTools::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("МААЛЫМ КАТ")), qPrintable(text.left(800)));
        QVERIFY(DocTools::pdfToPng(pdf, m_shots + QStringLiteral("/study_certificate-ky-docx.png"), 150));
        QCOMPARE(DocTools::decodeQr(m_shots + QStringLiteral("/study_certificate-ky-docx.png")), QStringList{doc.official.qr});
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
