// ebilim-docbench: how fast the documents engine turns out papers, against baselines
// measured in the same run.
//
//   certificates: N study certificates issued by the real server (in-process, throw-away
//     PostgreSQL, TLS; documents.issue one after another, as the client's batch does) and
//     rendered to one PDF file each — sequentially, and with the rendering spread over
//     --threads threads. Baseline: the same HTML printed by Qt's own QTextDocument::print
//     into QPdfWriter (no page numbers, no QR code image, no repeating headers).
//   xlsx: a list of R rows (every column type) to XLSX by the engine. Baseline: LibreOffice
//     converting the same rows, as CSV, to XLSX (`soffice --convert-to xlsx`).
//
// Output: a Markdown table on stdout. Usage:
//   ebilim-docbench [--certificates 1000] [--rows 10000] [--threads 2] [--out DIR]
#include "demo/demouniversity.h"
#include "doctools.h"
#include "documents/renderer.h"
#include "sampledocs.h"
#include "serverfixture.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThreadPool>

#include <cstdio>

using namespace Ebilim;
using namespace Ebilim::Documents;

namespace {

void row(const QString &what, double seconds, const QString &note)
{
    std::printf("| %s | %.2f | %s |\n", qPrintable(what), seconds, qPrintable(note));
    std::fflush(stdout);
}

QString pdfPath(const QString &dir, int i)
{
    return QStringLiteral("%1/cert-%2.pdf").arg(dir).arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("certificates"), QStringLiteral("study certificates to issue and render"), QStringLiteral("n"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("rows"), QStringLiteral("rows of the list to XLSX"), QStringLiteral("n"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("rendering threads for the parallel run"), QStringLiteral("n"), QStringLiteral("2")});
    p.addOption({QStringLiteral("out"), QStringLiteral("folder for the files"), QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/ebilim-docbench")});
    p.process(app);
    const int n = p.value(QStringLiteral("certificates")).toInt();
    const int rows = p.value(QStringLiteral("rows")).toInt();
    const int threads = p.value(QStringLiteral("threads")).toInt();
    const QString out = p.value(QStringLiteral("out"));
    QDir(out).removeRecursively();
    QDir().mkpath(out);

    std::printf("| step | seconds | notes |\n|---|---:|---|\n");

    // --- certificates ---------------------------------------------------------------------
    Test::ServerFixture fx;
    if (!fx.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(fx.error()));
        return 1;
    }
    Server::DemoUniversity::Options o;
    o.students = std::max(2000, n * 2);
    o.password = QStringLiteral("docbench-password");
    Server::DemoUniversity::load(Server::Db::thread(), o);
    auto client = fx.clientFor(QStringLiteral("studenthr"), o.password);
    if (!client) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    QList<qint64> students;
    {
        QSqlQuery q = Server::exec(Server::Db::thread(), QStringLiteral("SELECT id FROM studenthr.students WHERE status = 'active' AND group_id IS NOT NULL "
                                                                        "ORDER BY id LIMIT ?"),
                                   {n});
        while (q.next()) {
            students << q.value(0).toLongLong();
        }
    }
    if (students.size() < n) {
        std::fprintf(stderr, "only %lld active students\n", qint64(students.size()));
        return 1;
    }
    QList<Document> docs;
    docs.reserve(n);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        const QCborMap r = client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                            {QStringLiteral("subjectId"), students.at(i)},
                                                                            {QStringLiteral("lang"), i % 3 == 0 ? QStringLiteral("ky") : i % 3 == 1 ? QStringLiteral("ru") : QStringLiteral("en")}});
        if (!Test::TestClient::ok(r)) {
            std::fprintf(stderr, "issue failed: %s\n", qPrintable(Test::TestClient::errorCode(r)));
            return 1;
        }
        docs << Document::fromCbor(Test::TestClient::result(r));
    }
    const double issueSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("issue %1 certificates (documents.issue over TLS, one at a time)").arg(n), issueSeconds,
        QStringLiteral("registration number, verification code, register row, audit; %1 ms each").arg(issueSeconds * 1000 / n, 0, 'f', 1));

    t.restart();
    for (int i = 0; i < n; ++i) {
        if (!Renderer(docs.at(i)).write(Format::Pdf, pdfPath(out, i))) {
            std::fprintf(stderr, "render failed\n");
            return 1;
        }
    }
    const double renderSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("render %1 certificates to PDF, 1 thread").arg(n), renderSeconds,
        QStringLiteral("%1 ms each; A4, QR code, page numbers").arg(renderSeconds * 1000 / n, 0, 'f', 1));
    row(QStringLiteral("**issue + render, 1 thread**"), issueSeconds + renderSeconds, QStringLiteral("what the client's batch does; goal ≤ 60 s"));

    // As the client's batch: QThreadPool workers render while the caller goes on.
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    t.restart();
    for (int i = 0; i < n; ++i) {
        pool.start([&docs, &out, i] { Renderer(docs.at(i)).write(Format::Pdf, pdfPath(out, i)); });
    }
    pool.waitForDone();
    const double parallelSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("render %1 certificates to PDF, %2 threads").arg(n).arg(threads), parallelSeconds,
        QStringLiteral("%1× the single thread").arg(renderSeconds / parallelSeconds, 0, 'f', 2));

    // The client's batch exactly: issue one at a time, render each on the pool meanwhile.
    {
        QSqlQuery q = Server::exec(Server::Db::thread(), QStringLiteral("SELECT id FROM studenthr.students WHERE status = 'active' AND group_id IS NOT NULL "
                                                                        "ORDER BY id DESC LIMIT ?"),
                                   {n});
        QList<qint64> others;
        while (q.next()) {
            others << q.value(0).toLongLong();
        }
        QList<Document> issued(n);
        t.restart();
        for (int i = 0; i < n && i < others.size(); ++i) {
            const QCborMap r = client->call(QStringLiteral("documents.issue"), {{QStringLiteral("kind"), QStringLiteral("study_certificate")},
                                                                                {QStringLiteral("subjectId"), others.at(i)},
                                                                                {QStringLiteral("lang"), QStringLiteral("ky")}});
            issued[i] = Document::fromCbor(Test::TestClient::result(r));
            pool.start([&issued, &out, i] { Renderer(issued.at(i)).write(Format::Pdf, QStringLiteral("%1/pipe-%2.pdf").arg(out).arg(i)); });
        }
        pool.waitForDone();
        const double pipeSeconds = t.nsecsElapsed() / 1e9;
        row(QStringLiteral("**issue + render pipelined, %1 render threads**").arg(threads), pipeSeconds,
            QStringLiteral("the workstation's batch (issue in order, render on a thread pool); goal ≤ 60 s"));
    }

    // Baseline: Qt's plain QTextDocument::print of the same HTML.
    t.restart();
    for (int i = 0; i < n; ++i) {
        QTextDocument d;
        d.setHtml(Renderer(docs.at(i)).html(false));
        QPdfWriter w(QStringLiteral("%1/plain-%2.pdf").arg(out).arg(i));
        w.setPageSize(QPageSize(QPageSize::A4));
        d.print(&w);
    }
    const double plainSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("baseline: QTextDocument::print of the same HTML, 1 thread"), plainSeconds,
        QStringLiteral("engine / baseline = %1").arg(renderSeconds / plainSeconds, 0, 'f', 2));
    const int pages = Test::DocTools::pdfPages(pdfPath(out, n - 1));
    const QStringList qr = Test::DocTools::decodeQr([&] {
        const QString png = out + QStringLiteral("/last.png");
        Test::DocTools::pdfToPng(pdfPath(out, n - 1), png, 150);
        return png;
    }());
    row(QStringLiteral("check: last certificate"), 0,
        QStringLiteral("%1 page(s); QR %2").arg(pages).arg(qr == QStringList{docs.last().official.qr} ? QStringLiteral("decodes to its verification text")
                                                                                                       : QStringLiteral("NOT decoded")));
    client.reset();
    fx.stop();

    // --- XLSX -----------------------------------------------------------------------------
    const Document list = Test::sampleTable(QStringLiteral("ky"), rows);
    t.restart();
    QString error;
    if (!Renderer(list).write(Format::Xlsx, out + QStringLiteral("/list.xlsx"), &error)) {
        std::fprintf(stderr, "xlsx: %s\n", qPrintable(error));
        return 1;
    }
    const double xlsxSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("**%1-row list to XLSX**").arg(rows), xlsxSeconds, QStringLiteral("typed cells, filter, frozen header; goal ≤ 5 s"));
    t.restart();
    Renderer(list).write(Format::Csv, out + QStringLiteral("/list.csv"));
    row(QStringLiteral("%1-row list to CSV").arg(rows), t.nsecsElapsed() / 1e9, QString());
    t.restart();
    const Test::DocTools::Run lo = Test::DocTools::run(QStringLiteral("soffice"),
                                                       {QStringLiteral("-env:UserInstallation=file://") + out + QStringLiteral("/lo-profile"),
                                                        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                                                        QStringLiteral("--outdir"), out + QStringLiteral("/lo"), out + QStringLiteral("/list.csv")},
                                                       600000);
    const double loSeconds = t.nsecsElapsed() / 1e9;
    row(QStringLiteral("baseline: LibreOffice CSV → XLSX, same rows"), loSeconds,
        lo.ok() ? QStringLiteral("engine is %1× faster (LibreOffice's start-up included)").arg(loSeconds / xlsxSeconds, 0, 'f', 1)
                : QStringLiteral("LibreOffice failed"));
    return 0;
}
