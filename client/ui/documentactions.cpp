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

QPrintPreviewDialog *createPreview(const Document &doc, QWidget *parent)
{
    // The dialog owns the printer and the renderer; both live exactly as long as it does.
    struct Holder : QObject
    {
        Holder(const Document &d, QObject *owner)
            : QObject(owner)
            , renderer(d)
            , doc(d)
        {
        }
        Renderer renderer;
        Document doc;
        QPrinter printer{QPrinter::HighResolution};
    };
    auto *host = new QObject;
    auto *holder = new Holder(doc, host);
    holder->printer.setDocName(holder->renderer.title());
    holder->printer.setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintPreviewDialog(&holder->printer, parent);
    host->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(holder->renderer.title());
    dialog->resize(950, 760);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [holder](QPrinter *p) { holder->renderer.paint(p); });
    if (auto *bar = dialog->findChild<QToolBar *>()) {
        bar->addSeparator();
        QAction *exportAction = bar->addAction(QCoreApplication::translate("DocumentActions", "Export as…"));
        exportAction->setObjectName(QStringLiteral("exportAs"));
        exportAction->setShortcut(QKeySequence::SaveAs);
        QObject::connect(exportAction, &QAction::triggered, dialog, [holder, dialog] { exportAs(holder->doc, dialog); });
    }
    return dialog;
}

void preview(const Document &doc, QWidget *parent)
{
    if (!Renderer(doc).isValid()) {
        Messages::warning(parent, QCoreApplication::translate("DocumentActions", "Print preview"),
                          QCoreApplication::translate("DocumentActions", "There is no template for this document."));
        return;
    }
    createPreview(doc, parent)->exec();
}

} // namespace Ebilim::Client::Ui::DocumentActions
