#include "documentactions.h"

#include "messages.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolBar>

namespace Ebilim::Client::Ui::DocumentActions {

using namespace Documents;

QString filterFor(Format format)
{
    return QStringLiteral("%1 (*.%2)").arg(formatName(format), suffix(format));
}

QString safeFileName(const QString &title)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString s = title;
    s.replace(bad, QStringLiteral("-"));
    s = s.simplified().left(120);
    return s.isEmpty() ? QStringLiteral("document") : s;
}

QString exportAs(const Document &doc, QWidget *parent)
{
    const Renderer renderer(doc);
    if (!renderer.isValid()) {
        Messages::warning(parent, QCoreApplication::translate("DocumentActions", "Export"),
                          QCoreApplication::translate("DocumentActions", "There is no template for this document."));
        return {};
    }
    QStringList filters;
    for (Format f : allFormats()) {
        filters << filterFor(f);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("DocumentActions", "Export as"),
                                                QDir(dir).filePath(safeFileName(renderer.title()) + QStringLiteral(".pdf")),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty()) {
        return {};
    }
    // The format: the file's suffix if it names one, else the chosen filter (and add its suffix).
    Format format = Format::Pdf;
    if (!formatFromSuffix(QFileInfo(path).suffix(), &format)) {
        format = allFormats().value(filters.indexOf(selected), Format::Pdf);
        path += QLatin1Char('.') + suffix(format);
    }
    QString error;
    if (!renderer.write(format, path, &error)) {
        Messages::warning(parent, QCoreApplication::translate("DocumentActions", "Export as"),
                          QCoreApplication::translate("DocumentActions", "The file could not be written: %1\n%2")
                              .arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    return path;
}

void preview(const Document &doc, QWidget *parent)
{
    const Renderer renderer(doc);
    if (!renderer.isValid()) {
        Messages::warning(parent, QCoreApplication::translate("DocumentActions", "Print preview"),
                          QCoreApplication::translate("DocumentActions", "There is no template for this document."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(renderer.title());
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(renderer.title());
    dialog.resize(950, 760);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&renderer](QPrinter *p) { renderer.paint(p); });
    if (auto *bar = dialog.findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *exportAction = bar->addAction(QCoreApplication::translate("DocumentActions", "Export as…"));
        exportAction->setObjectName(QStringLiteral("exportAs"));
        exportAction->setShortcut(QKeySequence::SaveAs);
        QObject::connect(exportAction, &QAction::triggered, &dialog, [&doc, &dialog] { exportAs(doc, &dialog); });
    }
    dialog.exec();
}

} // namespace Ebilim::Client::Ui::DocumentActions
