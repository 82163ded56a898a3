#include "doctools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Ebilim::Test::DocTools {

Run run(const QString &program, const QStringList &args, int timeoutMs)
{
    Run r;
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        r.err = "not found: " + program.toUtf8();
        return r;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList missingTools()
{
    QStringList missing;
    for (const char *t : {"pdfinfo", "pdftotext", "pdftoppm", "zbarimg", "xmllint", "soffice"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(t)).isEmpty()) {
            missing << QString::fromLatin1(t);
        }
    }
    return missing;
}

int pdfPages(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(r.out));
    return r.ok() && m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf, int first, int last)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(first)};
    if (last > 0) {
        args << QStringLiteral("-l") << QString::number(last);
    }
    args << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args).out);
}

bool pdfToPng(const QString &pdf, const QString &pngPath, int dpi, int page)
{
    const QString base = pngPath.endsWith(QLatin1String(".png")) ? pngPath.chopped(4) : pngPath;
    const Run r = run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                                   QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                   QStringLiteral("-singlefile"), pdf, base});
    return r.ok() && QFileInfo::exists(base + QStringLiteral(".png"));
}

QStringList decodeQr(const QString &png)
{
    const Run r = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sqrcode.enable"), png});
    QStringList out;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        out << line.trimmed();
    }
    return out;
}

QString validateXml(const QString &xml, const QString &xsd)
{
    const Run r = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, xml});
    return r.ok() ? QString() : QString::fromUtf8(r.err + r.out).trimmed();
}

Run convertToPdf(const QStringList &files, const QString &outDir)
{
    // A private profile: parallel or leftover LibreOffice instances cannot interfere.
    const QString profile = QDir(outDir).absoluteFilePath(QStringLiteral(".lo-profile"));
    QStringList args{QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"), QStringLiteral("--norestore"),
                     QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir};
    args += files;
    return run(QStringLiteral("soffice"), args, 300000);
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

QStringList zipEntries(const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        return {};
    }
    return zip.getFileNameList();
}

QStringList xmlTexts(const QByteArray &xml, const QString &localName)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == localName) {
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (r.hasError()) {
        out << QStringLiteral("XML ERROR: ") + r.errorString();
    }
    return out;
}

} // namespace Ebilim::Test::DocTools
