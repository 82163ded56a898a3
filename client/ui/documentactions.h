#pragma once

#include "documents/document.h"
#include "documents/renderer.h"

#include <QString>

class QPrintPreviewDialog;
class QWidget;

namespace Ebilim::Client::Ui {

/// What the user does with any document: preview and print it, export it in any format.
namespace DocumentActions {

/// A modal print preview (A4, page numbers) with an "Export as…" button; returns when closed.
void preview(const Documents::Document &doc, QWidget *parent);
/// The preview dialog itself (deletes itself when closed), for callers that show it their way.
QPrintPreviewDialog *createPreview(const Documents::Document &doc, QWidget *parent);
/// Asks for a file and a format (PDF, Word, Excel, HTML, XML, TXT, CSV) and writes the
/// document; warns on failure. Returns the path written, empty if cancelled or failed.
QString exportAs(const Documents::Document &doc, QWidget *parent);
/// The file dialog filter of @p format ("PDF (*.pdf)").
QString filterFor(Documents::Format format);
/// A file name made from @p title: no characters that file systems refuse.
QString safeFileName(const QString &title);

} // namespace DocumentActions

} // namespace Ebilim::Client::Ui
