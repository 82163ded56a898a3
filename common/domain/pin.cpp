#include "pin.h"

namespace Ebilim::Domain {

PinCheck checkPin(const QString &pin)
{
    PinCheck c;
    if (pin.size() != 14) {
        c.result = PinCheck::Result::WrongLength;
        return c;
    }
    for (QChar ch : pin) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
            c.result = PinCheck::Result::NotDigits;
            return c;
        }
    }
    if (pin[0] != QLatin1Char('1') && pin[0] != QLatin1Char('2')) {
        c.result = PinCheck::Result::BadGenderDigit;
        return c;
    }
    c.gender = pin[0] == QLatin1Char('1') ? 'F' : 'M';
    const QDate d(pin.mid(5, 4).toInt(), pin.mid(3, 2).toInt(), pin.mid(1, 2).toInt());
    if (!d.isValid() || d.year() < 1900) {
        c.result = PinCheck::Result::BadDate;
        return c;
    }
    c.birthDate = d;
    return c;
}

QString makePin(char gender, const QDate &birthDate, int serial)
{
    return QStringLiteral("%1%2%3")
        .arg(gender == 'F' ? QLatin1Char('1') : QLatin1Char('2'))
        .arg(birthDate.toString(QStringLiteral("ddMMyyyy")))
        .arg(serial % 100000, 5, 10, QLatin1Char('0'));
}

} // namespace Ebilim::Domain
