#include "tableexport.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDateTime>
#include <QLocale>

namespace Ebilim::Client::Ui::TableExport {

namespace {

QList<int> columnsOf(const QAbstractItemModel *model, const QList<int> &columns)
{
    if (!columns.isEmpty()) {
        return columns;
    }
    QList<int> all;
    for (int c = 0; c < model->columnCount(); ++c) {
        all << c;
    }
    return all;
}

QString csvField(const QString &v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' '))) {
        QString q = v;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    const QVariant v = model->index(row, column).data(Qt::DisplayRole);
    return v.toString();
}

} // namespace

bool writeCsv(const QAbstractItemModel *model, QIODevice *out, const QList<int> &columns)
{
    const QList<int> cols = columnsOf(model, columns);
    QString text;
    QStringList line;
    for (int c : cols) {
        line << csvField(model->headerData(c, Qt::Horizontal).toString());
    }
    text += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        line.clear();
        for (int c : cols) {
            line << csvField(cellText(model, r, c));
        }
        text += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return out->write(bytes) == bytes.size();
}

QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &columns)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeCsv(model, &buffer, columns);
    return bytes;
}

QString toHtml(const QAbstractItemModel *model, const QString &title, const QList<int> &columns)
{
    const QList<int> cols = columnsOf(model, columns);
    QString html = QStringLiteral("<html><body><h3>%1</h3>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>")
                       .arg(title.toHtmlEscaped());
    for (int c : cols) {
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < model->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : cols) {
            html += QStringLiteral("<td>%1</td>").arg(cellText(model, r, c).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table><p><small>%1</small></p></body></html>")
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat).toHtmlEscaped());
    return html;
}

} // namespace Ebilim::Client::Ui::TableExport
