#pragma once

// Test helpers that open produced documents again with independent tools: pdfinfo,
// pdftotext, pdftoppm (poppler), zbarimg (zbar), xmllint (libxml2), LibreOffice, and
// QuaZip + QXmlStreamReader for the parts of DOCX and XLSX files.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ebilim::Test::DocTools {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

/// Runs @p program (found on PATH) and waits up to @p timeoutMs. exitCode -1: not found or timed out.
Run run(const QString &program, const QStringList &args, int timeoutMs = 120000);
/// Empty if every tool is on PATH, else the missing ones.
QStringList missingTools();

int pdfPages(const QString &pdf);
/// Text of pages @p first..@p last (0: to the end) of a PDF, UTF-8.
QString pdfText(const QString &pdf, int first = 1, int last = 0);
/// Renders page @p page of a PDF to @p pngPath at @p dpi; true on success.
bool pdfToPng(const QString &pdf, const QString &pngPath, int dpi, int page = 1);
/// The QR codes zbarimg finds in an image.
QStringList decodeQr(const QString &png);
/// xmllint --schema; empty on success, else its complaint.
QString validateXml(const QString &xml, const QString &xsd);
/// LibreOffice headless conversion of every file to PDF in @p outDir (one start for all files).
Run convertToPdf(const QStringList &files, const QString &outDir);
/// One member of a zip archive (DOCX, XLSX); empty if missing.
QByteArray zipEntry(const QString &zipPath, const QString &name);
QStringList zipEntries(const QString &zipPath);
/// The character data of every element named @p localName in @p xml, in order.
QStringList xmlTexts(const QByteArray &xml, const QString &localName);

} // namespace Ebilim::Test::DocTools
