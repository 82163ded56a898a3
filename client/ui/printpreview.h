#pragma once

#include <QString>

class QWidget;
class QTextDocument;

namespace Ebilim::Client::Ui {

/// Print preview of documents (QPrintPreviewDialog): tables today, report templates later.
namespace PrintPreview {

/// Shows a modal print preview of @p html titled @p title; returns when the user closes it.
void showHtml(const QString &html, const QString &title, QWidget *parent);

} // namespace PrintPreview

} // namespace Ebilim::Client::Ui
