#include "document.h"

#include <QCborArray>
#include <QLocale>
#include <QRandomGenerator>

namespace Ebilim::Documents {

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ"); // Crockford base 32

QCborValue toCborValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QCborValue(QCborValue::Null);
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

QVariant fromCborValue(const QCborValue &v)
{
    if (v.isNull() || v.isUndefined()) {
        return {};
    }
    if (v.isInteger()) {
        return v.toInteger();
    }
    if (v.isDouble()) {
        return v.toDouble();
    }
    if (v.isBool()) {
        return v.toBool();
    }
    // Dates travel as ISO text (yyyy-MM-dd); they come back as dates.
    const QString s = v.toString();
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid()) {
            return d;
        }
    }
    return s;
}

/// Check value over the 14 data characters: position-weighted sum modulo a prime below 1024.
int checkValue(const QString &data)
{
    int sum = 0;
    for (int i = 0; i < data.size(); ++i) {
        sum = (sum * 37 + (kAlphabet.indexOf(data.at(i)) + 1) * (i + 3)) % 1021;
    }
    return sum;
}

QString checkChars(const QString &data)
{
    const int v = checkValue(data);
    return QString(kAlphabet.at(v / 32)) + kAlphabet.at(v % 32);
}

} // namespace

int Table::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

QVariant Document::field(const QString &name) const
{
    for (const auto &f : fields) {
        if (f.first == name) {
            return f.second;
        }
    }
    return {};
}

void Document::setField(const QString &name, const QVariant &value)
{
    for (auto &f : fields) {
        if (f.first == name) {
            f.second = value;
            return;
        }
    }
    fields.append({name, value});
}

const Table *Document::table(const QString &name) const
{
    for (const Table &t : tables) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QString displayText(const QVariant &value, ColumnType type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate().toString(QStringLiteral("dd.MM.yyyy"));
    }
    if (type == ColumnType::Money || (type == ColumnType::Number && value.typeId() == QMetaType::Double)) {
        return QLocale::c().toString(value.toDouble(), 'f', 2);
    }
    if (value.typeId() == QMetaType::Double) {
        return QLocale::c().toString(value.toDouble(), 'g', 12);
    }
    return value.toString();
}

QString columnTypeName(ColumnType t)
{
    switch (t) {
    case ColumnType::Int:
        return QStringLiteral("int");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Money:
        return QStringLiteral("money");
    case ColumnType::Text:
        break;
    }
    return QStringLiteral("text");
}

ColumnType columnTypeFromName(const QString &name)
{
    if (name == QLatin1String("int")) {
        return ColumnType::Int;
    }
    if (name == QLatin1String("number")) {
        return ColumnType::Number;
    }
    if (name == QLatin1String("date")) {
        return ColumnType::Date;
    }
    if (name == QLatin1String("money")) {
        return ColumnType::Money;
    }
    return ColumnType::Text;
}

QCborMap Document::toCbor() const
{
    QCborMap m;
    m.insert(QStringLiteral("kind"), kind);
    m.insert(QStringLiteral("lang"), lang);
    if (!title.isEmpty()) {
        m.insert(QStringLiteral("title"), title);
    }
    QCborMap f;
    for (const auto &p : fields) {
        f.insert(p.first, toCborValue(p.second));
    }
    m.insert(QStringLiteral("fields"), f);
    QCborArray ts;
    for (const Table &t : tables) {
        QCborMap tm;
        tm.insert(QStringLiteral("name"), t.name);
        QCborArray cols;
        for (const Column &c : t.columns) {
            QCborMap cm;
            cm.insert(QStringLiteral("key"), c.key);
            cm.insert(QStringLiteral("title"), c.title);
            cm.insert(QStringLiteral("type"), columnTypeName(c.type));
            cols.append(cm);
        }
        tm.insert(QStringLiteral("columns"), cols);
        QCborArray rows;
        for (const auto &r : t.rows) {
            QCborArray row;
            for (const QVariant &v : r) {
                row.append(toCborValue(v));
            }
            rows.append(row);
        }
        tm.insert(QStringLiteral("rows"), rows);
        ts.append(tm);
    }
    m.insert(QStringLiteral("tables"), ts);
    if (official.isValid()) {
        QCborMap o;
        o.insert(QStringLiteral("regNo"), official.regNo);
        o.insert(QStringLiteral("issuedAt"), official.issuedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("signer"), official.signer);
        o.insert(QStringLiteral("signerPosition"), official.signerPosition);
        o.insert(QStringLiteral("verifyCode"), official.verifyCode);
        o.insert(QStringLiteral("qr"), official.qr);
        m.insert(QStringLiteral("official"), o);
    }
    return m;
}

Document Document::fromCbor(const QCborMap &m)
{
    Document d;
    d.kind = m.value(QStringLiteral("kind")).toString();
    d.lang = m.value(QStringLiteral("lang")).toString(QStringLiteral("ky"));
    d.title = m.value(QStringLiteral("title")).toString();
    const QCborMap f = m.value(QStringLiteral("fields")).toMap();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        d.fields.append({it.key().toString(), fromCborValue(it.value())});
    }
    const QCborArray ts = m.value(QStringLiteral("tables")).toArray();
    for (const QCborValue &tv : ts) {
        const QCborMap tm = tv.toMap();
        Table t;
        t.name = tm.value(QStringLiteral("name")).toString();
        for (const QCborValue &cv : tm.value(QStringLiteral("columns")).toArray()) {
            const QCborMap cm = cv.toMap();
            t.columns.append({cm.value(QStringLiteral("key")).toString(), cm.value(QStringLiteral("title")).toString(),
                              columnTypeFromName(cm.value(QStringLiteral("type")).toString())});
        }
        for (const QCborValue &rv : tm.value(QStringLiteral("rows")).toArray()) {
            QList<QVariant> row;
            for (const QCborValue &v : rv.toArray()) {
                row.append(fromCborValue(v));
            }
            t.rows.append(row);
        }
        d.tables.append(t);
    }
    const QCborMap o = m.value(QStringLiteral("official")).toMap();
    if (!o.isEmpty()) {
        d.official.regNo = o.value(QStringLiteral("regNo")).toString();
        d.official.issuedAt = QDate::fromString(o.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
        d.official.signer = o.value(QStringLiteral("signer")).toString();
        d.official.signerPosition = o.value(QStringLiteral("signerPosition")).toString();
        d.official.verifyCode = o.value(QStringLiteral("verifyCode")).toString();
        d.official.qr = o.value(QStringLiteral("qr")).toString();
    }
    return d;
}

QString verificationUri(const QString &code, const QString &regNo)
{
    return QStringLiteral("EBILIM:V1:%1:%2").arg(code, regNo);
}

QString codeFromUri(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("EBILIM:V1:"), Qt::CaseInsensitive)) {
        return t.section(QLatin1Char(':'), 2, 2);
    }
    return t;
}

namespace VerifyCode {

QString generate()
{
    QString data;
    for (int i = 0; i < 14; ++i) {
        data += kAlphabet.at(int(QRandomGenerator::system()->bounded(32u)));
    }
    return format(data + checkChars(data));
}

QString normalize(const QString &input)
{
    QString s;
    for (QChar c : input.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace()) {
            continue;
        }
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        if (!kAlphabet.contains(c)) {
            return {};
        }
        s += c;
    }
    if (s.size() != 16 || checkChars(s.left(14)) != s.right(2)) {
        return {};
    }
    return s;
}

QString format(const QString &normalized)
{
    QString out;
    for (int i = 0; i < normalized.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += QLatin1Char('-');
        }
        out += normalized.at(i);
    }
    return out;
}

} // namespace VerifyCode

} // namespace Ebilim::Documents
