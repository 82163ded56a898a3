#pragma once

#include "document.h"
#include "template.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Ebilim::Documents {

/// Output formats. Layout formats (PDF, HTML, TXT, DOCX) come from the template; data
/// formats (XLSX, XML, CSV) from the document's data.
enum class Format { Pdf, Html, Txt, Xml, Xlsx, Docx, Csv };

QList<Format> allFormats();
QString suffix(Format f);           ///< "pdf", "html", …
QString formatName(Format f);       ///< "PDF", "HTML", … (the same in every language)
bool formatFromSuffix(const QString &suffix, Format *out);

/// The QR code of @p text (error correction M) as a black-on-white image, @p scale pixels per module.
QImage qrImage(const QString &text, int scale = 8);

/**
 * Renders documents. Stateless apart from the template it was made with; cheap to make.
 * Thread-safe per instance only when used from one thread (QTextDocument is not shared).
 */
class Renderer
{
public:
    /// Uses the resource template of the document's kind and language.
    explicit Renderer(const Document &doc);
    Renderer(const Document &doc, DocumentTemplate tmpl);
    ~Renderer();

    bool isValid() const { return m_template.isValid(); }
    const DocumentTemplate &documentTemplate() const { return m_template; }
    /// The title shown in windows and file names.
    QString title() const;

    /// The whole output in @p format; empty with @p error set on failure.
    QByteArray render(Format format, QString *error = nullptr) const;
    /// Writes render(@p format) to @p path atomically (QSaveFile).
    bool write(Format format, const QString &path, QString *error = nullptr) const;

    /// Lays the document out for @p device and paints every page (A4, margins, page numbers,
    /// repeating table headers). Used for PDF and for the print preview's QPrinter.
    void paint(QPagedPaintDevice *device) const;
    /// The expanded HTML (QR code as an embedded data: URI when @p selfContained).
    QString html(bool selfContained = true) const;

private:
    std::unique_ptr<QTextDocument> layoutDocument() const;
    QByteArray pdf() const;
    QByteArray text() const;
    QByteArray xml() const;
    QByteArray csv() const;
    QByteArray xlsx(QString *error) const;
    QByteArray docx(QString *error) const;

    Document m_doc;
    DocumentTemplate m_template;
};

} // namespace Ebilim::Documents
