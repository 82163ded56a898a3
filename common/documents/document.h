#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Ebilim::Documents {

/**
 * The data of one document: what a data function produces (on the server, or in the
 * client for table exports) and what every renderer consumes. A document kind is a
 * template per language under resources/documents/<kind>/ plus one data function.
 *
 * On the wire (CBOR map, the result of documents.prepare / documents.issue):
 *   { kind: "study_certificate", lang: "ky",
 *     title: "…",                                  // optional; the template's <title> otherwise
 *     fields: { name: value, … },                  // text, integer, double, bool or ISO date text
 *     tables: [ { name: "students",
 *                 columns: [ { key, title, type } ],  // type: text | int | number | date | money
 *                 rows: [ [v, v, …], … ] } ],
 *     official: { regNo, issuedAt (ISO date), signer, signerPosition, verifyCode, qr } }  // optional
 */
enum class ColumnType { Text, Int, Number, Date, Money };

struct Column
{
    QString key;
    QString title;
    ColumnType type = ColumnType::Text;
};

struct Table
{
    QString name;
    QList<Column> columns;
    QList<QList<QVariant>> rows;
    int columnIndex(const QString &key) const;
};

/// Registration data of an official paper (register row on the server).
struct Official
{
    QString regNo;
    QDate issuedAt;
    QString signer;
    QString signerPosition;
    QString verifyCode;
    QString qr; ///< text encoded in the QR code
    bool isValid() const { return !regNo.isEmpty() && !verifyCode.isEmpty(); }
};

struct Document
{
    QString kind;
    QString lang = QStringLiteral("ky");
    QString title;
    QList<QPair<QString, QVariant>> fields; ///< in the order the data function gave them
    QList<Table> tables;
    Official official;

    QVariant field(const QString &name) const;
    void setField(const QString &name, const QVariant &value);
    const Table *table(const QString &name) const;

    QCborMap toCbor() const;
    static Document fromCbor(const QCborMap &map);
};

QString columnTypeName(ColumnType t);
/// A field or cell value as text for people: dates dd.MM.yyyy, money with two decimals.
QString displayText(const QVariant &value, ColumnType type = ColumnType::Text);
ColumnType columnTypeFromName(const QString &name);

/// The text QR codes of official papers carry: "EBILIM:V1:<code>:<regNo>".
QString verificationUri(const QString &code, const QString &regNo);
/// The code inside such a text (or the text itself if it already is a code); empty if none.
QString codeFromUri(const QString &text);

/**
 * Verification codes: 16 Crockford base-32 characters shown as XXXX-XXXX-XXXX-XXXX,
 * 14 random (70 bits) + 2 check characters, so that a mistyped code is told apart from
 * an unknown one without asking the database.
 */
namespace VerifyCode {
QString generate();
/// Normalises user input (case, dashes, spaces, O→0, I/L→1); empty if malformed or the check fails.
QString normalize(const QString &input);
QString format(const QString &normalized);
} // namespace VerifyCode

} // namespace Ebilim::Documents

Q_DECLARE_METATYPE(Ebilim::Documents::Document)
