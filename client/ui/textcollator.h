#pragma once

#include <QCollator>
#include <QLocale>
#include <QString>

namespace Ebilim::Client::Ui {

/**
 * Locale-aware string comparison for sorting lists.
 *
 * Uses QCollator for the locale. For Kyrgyz it first checks that the collator puts
 * Ң after Н, Ө after О and Ү after У (ICU does, a libc without ky_KG may not); if it does
 * not, it falls back to kyrgyzCompare(), which follows the 36-letter Kyrgyz alphabet.
 */
class TextCollator
{
public:
    explicit TextCollator(const QLocale &locale = QLocale());

    /// <0, 0, >0 like QString::compare.
    int compare(const QString &a, const QString &b) const;
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }

    QLocale locale() const { return m_locale; }
    /// True when kyrgyzCompare() is used instead of the system collator.
    bool usesKyrgyzFallback() const { return m_fallback; }
    /// Forces the fallback on or off (tests).
    void setKyrgyzFallback(bool on) { m_fallback = on; }

    /// Case-insensitive comparison by the Kyrgyz alphabet (А…Н Ң О Ө П…У Ү Ф…Я); digits and
    /// Latin letters sort before Cyrillic; case only breaks ties.
    static int kyrgyzCompare(const QString &a, const QString &b);
    /// True when @p collator orders the three extra Kyrgyz letters right after their base letters.
    static bool ordersKyrgyzLetters(const QCollator &collator);

private:
    QLocale m_locale;
    QCollator m_collator;
    bool m_fallback = false;
};

} // namespace Ebilim::Client::Ui
