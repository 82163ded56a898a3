#pragma once

// Random ITC-2007 track 3 instances with a planted timetable: the method is judged on
// instances it was not tuned on, so the benchmarks and tests also run it on families of
// generated instances of chosen size and tightness. Every generated instance is feasible by
// construction: its curricula and teachers only group courses whose lectures never share a
// period in the planted timetable, and no course is unavailable at a planted period.

#include "ctt.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace Ebilim::Timetable {

struct CttGeneratorOptions
{
    std::string name = "generated";
    int days = 5;
    int periodsPerDay = 5;          ///< days x periodsPerDay <= 64
    int rooms = 16;
    double occupancy = 0.7;         ///< lectures per room and period (0, 1]
    int curricula = -1;             ///< -1: about 0.7 per course (ITC-2007 has 0.5-2.6)
    int minCurriculumSize = 3;      ///< courses per curriculum
    int maxCurriculumSize = 8;
    double coursesPerTeacher = 1.3; ///< ITC-2007 has 1.1-1.3
    double unavailable = 0.2;       ///< share of a course's other periods it is unavailable at
    uint64_t seed = 1;
};

/// Checks the options; an empty string if they are usable, otherwise what is wrong.
std::string checkGeneratorOptions(const CttGeneratorOptions &options);

/// A random instance (options must pass checkGeneratorOptions). The planted timetable, which
/// has no hard violation, goes to *planted when given.
CttInstance generateCtt(const CttGeneratorOptions &options, std::vector<CttAssignment> *planted = nullptr);

/// Writes an instance in the .ctt format (parseCtt reads it back unchanged).
void writeCtt(std::ostream &out, const CttInstance &instance);

} // namespace Ebilim::Timetable
