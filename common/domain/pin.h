#pragma once

#include <QDate>
#include <QString>

namespace Ebilim::Domain {

/**
 * Personal identification number (ПИН) of a Kyrgyz citizen: 14 digits, `S DDMMYYYY NNNNN`,
 * where S is 1 (female) or 2 (male). No checksum is published, so none is checked.
 */
struct PinCheck
{
    enum class Result { Ok, WrongLength, NotDigits, BadGenderDigit, BadDate };
    Result result = Result::Ok;
    QDate birthDate;   ///< valid when the date part is a real date
    char gender = 0;   ///< 'F' or 'M'
    bool ok() const { return result == Result::Ok; }
};

PinCheck checkPin(const QString &pin);
/// Builds a PIN from its parts (used by the demo data generator and tests).
QString makePin(char gender, const QDate &birthDate, int serial);

} // namespace Ebilim::Domain
