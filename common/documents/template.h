#pragma once

#include "document.h"

#include <QHash>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace Ebilim::Documents {

/**
 * A document template: HTML (the subset QTextDocument understands) with a few tags,
 * stored as resources/documents/<kind>/<lang>.html. All language text of a document
 * lives in its template; data comes from the Document.
 *
 *   {{name}}                 a field, HTML-escaped; dates as dd.MM.yyyy
 *   {{title}}                the document title (Document::title, else the template's <title>)
 *   {{official.regNo}} …     regNo, issuedAt, signer, signerPosition, verifyCode
 *   {{qr}}                   the QR code image of an official paper
 *   {{table NAME}}           the whole table NAME with a repeating header row
 *   {{#rows NAME}}…{{/rows}} the inner part once per row of NAME: {{KEY}} is the row's
 *                            column KEY, {{@index}} the 1-based row number
 *   {{count NAME}}           the number of rows of table NAME
 *   {{#if NAME}}…{{/if}}     the inner part only if field NAME (or "official", or table NAME)
 *                            is non-empty; {{#if NAME=VALUE}} only if the field's text is VALUE
 *
 * In <head>: <title>, <meta name="ebilim-footer" content="… {page} … {pages}">,
 * <meta name="ebilim-orientation" content="portrait|landscape|auto"> and labels used by
 * the data formats (XLSX, DOCX headings): <meta name="label:FIELD" content="…">.
 */
class DocumentTemplate
{
public:
    /// The template of @p kind in @p lang (falls back to ru, then ky); invalid if the kind has none.
    static DocumentTemplate load(const QString &kind, const QString &lang);
    /// Builds a template from text (tests, and templates from outside the resources).
    static DocumentTemplate fromText(const QString &kind, const QString &lang, const QString &html);
    /// Document kinds that have templates, and the languages each one has.
    static QStringList kinds();
    static QStringList languages(const QString &kind);

    bool isValid() const { return !m_html.isEmpty(); }
    QString kind() const { return m_kind; }
    QString lang() const { return m_lang; }
    /// The title of @p doc as plain text: Document::title, else this template's <title> filled in.
    QString title(const Document &doc) const;
    QString footer() const { return m_footer; }
    QString label(const QString &field) const { return m_labels.value(field, field); }
    QPageLayout::Orientation orientation(const Document &doc) const;

    /// The filled-in HTML; the QR code is referenced as <img src="@p qrSource">.
    QString expand(const Document &doc, const QString &qrSource = QStringLiteral("ebilim:qr")) const;

private:
    QString m_kind;
    QString m_lang;
    QString m_html;
    QString m_title;
    QString m_footer;
    QString m_orientation;
    QHash<QString, QString> m_labels;
};

} // namespace Ebilim::Documents
