#pragma once

// Damaged copies of a text file, for the tests of the .fet and .ctt readers: one to three
// changes, each a cut, a number or a name replaced, or a line dropped.

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

namespace Ebilim::Timetable::Testing {

struct Damage
{
    QRegularExpression number; ///< where numbers are (capture group numberGroup)
    int numberGroup = 1;
    QRegularExpression name;   ///< where names are (capture group nameGroup)
    int nameGroup = 1;
    std::vector<QString> numbers; ///< what a number may become
    std::vector<QString> names;   ///< what a name may become
};

/// `text` with one to three changes drawn from rng; a cut comes only as the first change (the
/// file is broken after it anyway).
inline QString damaged(QString text, const Damage &d, std::mt19937 &rng)
{
    auto below = [&rng](qsizetype n) { return qsizetype(rng() % uint32_t(std::max<qsizetype>(1, n))); };
    for (int change = 0, changes = 1 + int(below(3)); change < changes; ++change) {
        const int kind = change == 0 ? int(below(4)) : 1 + int(below(3));
        if (kind == 0) {
            text.truncate(below(text.size()));
            break;
        }
        if (kind == 3) {
            QStringList lines = text.split(QLatin1Char('\n'));
            lines.removeAt(below(lines.size()));
            text = lines.join(QLatin1Char('\n'));
            continue;
        }
        const QRegularExpression &re = kind == 1 ? d.number : d.name;
        const int group = kind == 1 ? d.numberGroup : d.nameGroup;
        const std::vector<QString> &values = kind == 1 ? d.numbers : d.names;
        std::vector<QRegularExpressionMatch> found;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            found.push_back(it.next());
        }
        if (found.empty() || values.empty()) {
            continue;
        }
        const QRegularExpressionMatch m = found[size_t(below(qsizetype(found.size())))];
        text.replace(m.capturedStart(group), m.capturedLength(group), values[size_t(below(qsizetype(values.size())))]);
    }
    return text;
}

} // namespace Ebilim::Timetable::Testing
