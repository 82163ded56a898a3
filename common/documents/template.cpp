#include "template.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace Ebilim::Documents {

namespace {

const QString kRoot = QStringLiteral(":/documents");

/// Escapes a value for HTML and so that data can never be read as a template tag.
QString escaped(const QString &value)
{
    return value.toHtmlEscaped().replace(QLatin1Char('{'), QLatin1String("&#123;")).replace(QLatin1Char('}'), QLatin1String("&#125;"));
}


QString readResource(const QString &kind, const QString &lang)
{
    QFile f(QStringLiteral("%1/%2/%3.html").arg(kRoot, kind, lang));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

QString metaContent(const QString &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("<meta\\s+name=\"%1\"\\s+content=\"([^\"]*)\"\\s*/?>").arg(QRegularExpression::escape(name)));
    return re.match(html).captured(1);
}

/// Values visible while expanding: one table row (inside {{#rows}}) over the document.
struct Scope
{
    const Document &doc;
    const Table *table = nullptr;
    int row = -1;

    bool lookup(const QString &key, QString *out) const
    {
        if (table && row >= 0) {
            if (key == QLatin1String("@index")) {
                *out = QString::number(row + 1);
                return true;
            }
            const int c = table->columnIndex(key);
            if (c >= 0) {
                const auto &r = table->rows.at(row);
                *out = c < r.size() ? displayText(r.at(c), table->columns.at(c).type) : QString();
                return true;
            }
        }
        if (key.startsWith(QLatin1String("official."))) {
            const Official &o = doc.official;
            const QString k = key.mid(9);
            if (k == QLatin1String("regNo")) {
                *out = o.regNo;
            } else if (k == QLatin1String("issuedAt")) {
                *out = displayText(o.issuedAt);
            } else if (k == QLatin1String("signer")) {
                *out = o.signer;
            } else if (k == QLatin1String("signerPosition")) {
                *out = o.signerPosition;
            } else if (k == QLatin1String("verifyCode")) {
                *out = o.verifyCode;
            } else {
                return false;
            }
            return true;
        }
        for (const auto &f : doc.fields) {
            if (f.first == key) {
                *out = displayText(f.second);
                return true;
            }
        }
        return false;
    }
};

QString tableHtml(const Table &t)
{
    QString h = QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-collapse: collapse; border-color: #444;\"><thead><tr>");
    for (const Column &c : t.columns) {
        h += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(escaped(c.title));
    }
    h += QStringLiteral("</tr></thead><tbody>");
    for (const auto &r : t.rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < t.columns.size(); ++c) {
            const ColumnType type = t.columns.at(c).type;
            const bool right = type == ColumnType::Int || type == ColumnType::Number || type == ColumnType::Money;
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(right ? QStringLiteral(" align=\"right\"") : QString(),
                          escaped(c < r.size() ? displayText(r.at(c), type) : QString()));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</tbody></table>");
    return h;
}

QString substitute(const QString &text, const Scope &scope, const QString &title, const QString &qrSource)
{
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([^{}]+?)\\s*\\}\\}"));
    QString out;
    qsizetype pos = 0;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const QString key = m.captured(1);
        QString value;
        if (key == QLatin1String("title")) {
            out += escaped(title);
        } else if (key == QLatin1String("qr")) {
            if (scope.doc.official.isValid()) {
                out += QStringLiteral("<img src=\"%1\" width=\"120\" height=\"120\">").arg(qrSource);
            }
        } else if (key.startsWith(QLatin1String("count "))) {
            const Table *t = scope.doc.table(key.mid(6).trimmed());
            out += QString::number(t ? t->rows.size() : 0);
        } else if (key.startsWith(QLatin1String("table "))) {
            if (const Table *t = scope.doc.table(key.mid(6).trimmed())) {
                out += tableHtml(*t);
            }
        } else if (scope.lookup(key, &value)) {
            out += escaped(value);
        }
        // Unknown tags expand to nothing: a template may name optional fields.
    }
    out += text.mid(pos);
    return out;
}

bool nonEmpty(const Document &doc, const QString &condition)
{
    // "NAME=VALUE": the field equals VALUE; "NAME": the field (table, official part) is not empty.
    const qsizetype eq = condition.indexOf(QLatin1Char('='));
    if (eq > 0) {
        return displayText(doc.field(condition.left(eq))) == condition.mid(eq + 1);
    }
    const QString &name = condition;
    if (name == QLatin1String("official")) {
        return doc.official.isValid();
    }
    if (const Table *t = doc.table(name)) {
        return !t->rows.isEmpty();
    }
    const QVariant v = doc.field(name);
    return v.isValid() && !v.toString().isEmpty();
}

} // namespace

DocumentTemplate DocumentTemplate::load(const QString &kind, const QString &lang)
{
    for (const QString &l : {lang, QStringLiteral("ru"), QStringLiteral("ky"), QStringLiteral("en")}) {
        const QString html = readResource(kind, l);
        if (!html.isEmpty()) {
            return fromText(kind, l, html);
        }
    }
    return {};
}

DocumentTemplate DocumentTemplate::fromText(const QString &kind, const QString &lang, const QString &html)
{
    DocumentTemplate t;
    t.m_kind = kind;
    t.m_lang = lang;
    t.m_html = html;
    static const QRegularExpression titleRe(QStringLiteral("<title>(.*?)</title>"), QRegularExpression::DotMatchesEverythingOption);
    t.m_title = titleRe.match(html).captured(1).trimmed();
    t.m_footer = metaContent(html, QStringLiteral("ebilim-footer"));
    t.m_orientation = metaContent(html, QStringLiteral("ebilim-orientation"));
    static const QRegularExpression labelRe(QStringLiteral("<meta\\s+name=\"label:([A-Za-z0-9_]+)\"\\s+content=\"([^\"]*)\"\\s*/?>"));
    auto it = labelRe.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        t.m_labels.insert(m.captured(1), m.captured(2));
    }
    return t;
}

QStringList DocumentTemplate::kinds()
{
    return QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList DocumentTemplate::languages(const QString &kind)
{
    QStringList out;
    for (const QString &f : QDir(kRoot + QLatin1Char('/') + kind).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        out << f.chopped(5);
    }
    return out;
}

QPageLayout::Orientation DocumentTemplate::orientation(const Document &doc) const
{
    if (m_orientation == QLatin1String("landscape")) {
        return QPageLayout::Landscape;
    }
    if (m_orientation == QLatin1String("auto")) {
        for (const Table &t : doc.tables) {
            if (t.columns.size() > 6) {
                return QPageLayout::Landscape;
            }
        }
    }
    return QPageLayout::Portrait;
}

QString DocumentTemplate::title(const Document &doc) const
{
    if (!doc.title.isEmpty()) {
        return doc.title;
    }
    return QTextDocumentFragment::fromHtml(substitute(m_title, Scope{doc}, QString(), QString())).toPlainText().simplified();
}

QString DocumentTemplate::expand(const Document &doc, const QString &qrSource) const
{
    const QString title = this->title(doc);
    QString html = m_html;
    // Remove the template's own <title> text: it is replaced by the expanded one.
    static const QRegularExpression titleRe(QStringLiteral("<title>.*?</title>"), QRegularExpression::DotMatchesEverythingOption);
    html.replace(titleRe, QStringLiteral("<title>%1</title>").arg(escaped(title)));

    // Row sections first (their inner tags see the row), then conditionals, then the rest.
    static const QRegularExpression rowsRe(QStringLiteral("\\{\\{#rows\\s+([A-Za-z0-9_]+)\\s*\\}\\}(.*?)\\{\\{/rows\\}\\}"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype pos = 0;
    auto it = rowsRe.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        if (const Table *t = doc.table(m.captured(1))) {
            for (int r = 0; r < t->rows.size(); ++r) {
                out += substitute(m.captured(2), Scope{doc, t, r}, title, qrSource);
            }
        }
    }
    out += html.mid(pos);

    static const QRegularExpression ifRe(QStringLiteral("\\{\\{#if\\s+([A-Za-z0-9_]+(?:=[^{}]*)?)\\s*\\}\\}(.*?)\\{\\{/if\\}\\}"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString cond;
    pos = 0;
    it = ifRe.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        cond += out.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        if (nonEmpty(doc, m.captured(1))) {
            cond += m.captured(2);
        }
    }
    cond += out.mid(pos);
    return substitute(cond, Scope{doc}, title, qrSource);
}

} // namespace Ebilim::Documents
