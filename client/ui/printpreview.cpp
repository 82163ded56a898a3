#include "printpreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace Ebilim::Client::Ui::PrintPreview {

void showHtml(const QString &html, const QString &title, QWidget *parent)
{
    QTextDocument doc;
    doc.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.resize(900, 700);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc](QPrinter *p) { doc.print(p); });
    dialog.exec();
}

} // namespace Ebilim::Client::Ui::PrintPreview
