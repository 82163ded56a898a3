#include "textcollator.h"

namespace Ebilim::Client::Ui {

namespace {

// The Kyrgyz alphabet in order, lower case (36 letters).
const QString &kyrgyzAlphabet()
{
    static const QString alphabet = QStringLiteral("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя");
    return alphabet;
}

/// Primary weight of one character: punctuation < digits < Latin < Kyrgyz Cyrillic < the rest.
int weight(QChar c)
{
    const QChar l = c.toLower();
    const char16_t u = l.unicode();
    if (l.isSpace()) {
        return 1;
    }
    if (l.isDigit()) {
        return 200 + l.digitValue();
    }
    if (u >= u'a' && u <= u'z') {
        return 300 + (u - u'a');
    }
    const qsizetype k = kyrgyzAlphabet().indexOf(l);
    if (k >= 0) {
        return 400 + int(k);
    }
    if (u < 128) {
        return 10 + u; // punctuation: before digits and letters
    }
    return 1000 + u;
}

} // namespace

TextCollator::TextCollator(const QLocale &locale)
    : m_locale(locale)
    , m_collator(locale)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    if (locale.language() == QLocale::Kyrgyz) {
        m_fallback = !ordersKyrgyzLetters(m_collator);
    }
}

bool TextCollator::ordersKyrgyzLetters(const QCollator &c)
{
    auto lt = [&c](const char16_t *a, const char16_t *b) {
        return c.compare(QString::fromUtf16(a), QString::fromUtf16(b)) < 0;
    };
    return lt(u"нз", u"ңа") && lt(u"ңз", u"оа") && lt(u"оз", u"өа") && lt(u"өз", u"па") && lt(u"уз", u"үа")
        && lt(u"үз", u"фа");
}

int TextCollator::compare(const QString &a, const QString &b) const
{
    if (m_fallback) {
        return kyrgyzCompare(a, b);
    }
    return m_collator.compare(a, b);
}

int TextCollator::kyrgyzCompare(const QString &a, const QString &b)
{
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int wa = weight(a.at(i));
        const int wb = weight(b.at(i));
        if (wa != wb) {
            return wa < wb ? -1 : 1;
        }
    }
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    // Same letters: lower case first, then by code point so the order is total.
    for (qsizetype i = 0; i < n; ++i) {
        if (a.at(i) != b.at(i)) {
            const bool la = a.at(i).isLower();
            const bool lb = b.at(i).isLower();
            if (la != lb) {
                return la ? -1 : 1;
            }
            return a.at(i) < b.at(i) ? -1 : 1;
        }
    }
    return 0;
}

} // namespace Ebilim::Client::Ui
