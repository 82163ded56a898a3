#include "generate.h"
#include "rng.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <ostream>

namespace Ebilim::Timetable {

namespace {

std::string numbered(char prefix, int i, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%0*d", prefix, width, i);
    return buf;
}

/// Fisher-Yates with the engine's generator (std::shuffle's use of the generator is not fixed).
template<typename T>
void shuffle(std::vector<T> &v, Rng &rng)
{
    for (int i = int(v.size()) - 1; i > 0; --i) {
        std::swap(v[size_t(i)], v[size_t(rng.below(i + 1))]);
    }
}

} // namespace

std::string checkGeneratorOptions(const CttGeneratorOptions &o)
{
    if (o.days < 1 || o.periodsPerDay < 1 || o.days * o.periodsPerDay > 64) {
        return "days x periods per day must be between 1 and 64";
    }
    if (o.rooms < 1 || o.rooms > 999) {
        return "rooms must be between 1 and 999";
    }
    if (!(o.occupancy > 0 && o.occupancy <= 1)) {
        return "occupancy must be in (0, 1]";
    }
    if (o.minCurriculumSize < 1 || o.maxCurriculumSize < o.minCurriculumSize) {
        return "curriculum sizes must satisfy 1 <= min <= max";
    }
    if (o.curricula < -1 || o.curricula > 9999) {
        return "curricula must be between 0 and 9999 (or -1)";
    }
    if (!(o.coursesPerTeacher >= 1)) {
        return "courses per teacher must be at least 1";
    }
    if (!(o.unavailable >= 0 && o.unavailable < 1)) {
        return "unavailable must be in [0, 1)";
    }
    return {};
}

CttInstance generateCtt(const CttGeneratorOptions &o, std::vector<CttAssignment> *planted)
{
    Rng rng(o.seed);
    const int slots = o.days * o.periodsPerDay;
    CttInstance in;
    in.name = o.name;
    in.days = o.days;
    in.periodsPerDay = o.periodsPerDay;

    // rooms: mostly small, a few large (the shape of the Udine instances)
    static constexpr std::array<int, 10> kCapacities{25, 30, 40, 50, 60, 80, 100, 120, 200, 300};
    for (int r = 0; r < o.rooms; ++r) {
        const int i = std::min(rng.below(int(kCapacities.size())), rng.below(int(kCapacities.size())) + 2);
        in.rooms.push_back(CttRoom{numbered('r', r + 1, 3), kCapacities[size_t(i)]});
    }

    // courses and their planted lectures: each lecture at a period the course does not use yet,
    // on a day it does not use yet while there is one, in a room free then
    const int target = std::max(1, int(std::lround(o.occupancy * slots * o.rooms)));
    std::vector<std::vector<char>> roomBusy(size_t(o.rooms), std::vector<char>(size_t(slots), 0));
    std::vector<uint64_t> courseMask;
    std::vector<std::vector<std::pair<int, int>>> lectures; // (slot, room) per course
    static constexpr std::array<int, 10> kLectures{1, 2, 2, 3, 3, 3, 4, 4, 5, 6};
    int placed = 0;
    int failures = 0;
    while (placed < target && failures < 100) {
        const int want = std::min(kLectures[size_t(rng.below(int(kLectures.size())))], target - placed);
        uint64_t mask = 0;
        uint32_t daysUsed = 0;
        std::vector<std::pair<int, int>> mine;
        for (int k = 0; k < want; ++k) {
            // candidate (slot, room) places, those on a new day first
            std::vector<std::pair<int, int>> fresh, other;
            for (int s = 0; s < slots; ++s) {
                if (mask & (uint64_t(1) << s)) {
                    continue;
                }
                for (int r = 0; r < o.rooms; ++r) {
                    if (!roomBusy[size_t(r)][size_t(s)]) {
                        ((daysUsed >> (s / o.periodsPerDay)) & 1u ? other : fresh).push_back({s, r});
                    }
                }
            }
            const auto &pool = fresh.empty() ? other : fresh;
            if (pool.empty()) {
                break;
            }
            const auto [s, r] = pool[size_t(rng.below(int(pool.size())))];
            roomBusy[size_t(r)][size_t(s)] = 1;
            mask |= uint64_t(1) << s;
            daysUsed |= 1u << (s / o.periodsPerDay);
            mine.push_back({s, r});
        }
        if (mine.empty()) {
            ++failures;
            continue;
        }
        placed += int(mine.size());
        courseMask.push_back(mask);
        lectures.push_back(std::move(mine));
    }
    const int nc = int(lectures.size());
    for (int c = 0; c < nc; ++c) {
        CttCourse course;
        course.name = numbered('c', c + 1, 4);
        course.lectures = int(lectures[size_t(c)].size());
        uint32_t dayMask = 0;
        for (const auto &[s, r] : lectures[size_t(c)]) {
            dayMask |= 1u << (s / o.periodsPerDay);
        }
        const int days = std::popcount(dayMask);
        // the minimum working days: usually what the planted timetable reaches, sometimes less
        course.minDays = std::max(1, days - (rng.below(4) == 0 ? 1 : 0));
        int smallest = 1 << 30;
        for (const auto &[s, r] : lectures[size_t(c)]) {
            smallest = std::min(smallest, in.rooms[size_t(r)].capacity);
        }
        course.students = std::max(5, int(smallest * (0.5 + 0.5 * rng.uniform())));
        in.courses.push_back(course);
    }

    // teachers: a course joins a teacher whose courses never meet it in the planted timetable
    std::vector<int> order(static_cast<size_t>(nc));
    std::iota(order.begin(), order.end(), 0);
    shuffle(order, rng);
    std::vector<uint64_t> teacherMask;
    const double join = 1 - 1 / o.coursesPerTeacher;
    for (int c : order) {
        int teacher = -1;
        if (!teacherMask.empty() && rng.uniform() < join) {
            for (int attempt = 0; attempt < 20 && teacher < 0; ++attempt) {
                const int t = rng.below(int(teacherMask.size()));
                if (!(teacherMask[size_t(t)] & courseMask[size_t(c)])) {
                    teacher = t;
                }
            }
        }
        if (teacher < 0) {
            teacher = int(teacherMask.size());
            teacherMask.push_back(0);
        }
        teacherMask[size_t(teacher)] |= courseMask[size_t(c)];
        in.courses[size_t(c)].teacher = numbered('t', teacher + 1, 3);
    }

    // curricula: courses that never meet in the planted timetable, each course in at least one
    // while curricula last (the first ones start from courses not covered yet)
    const int nq = o.curricula >= 0 ? o.curricula : std::max(1, int(std::lround(0.7 * nc)));
    std::vector<char> covered(size_t(nc), 0);
    shuffle(order, rng);
    size_t nextUncovered = 0;
    for (int q = 0; q < nq && nc > 0; ++q) {
        while (nextUncovered < order.size() && covered[size_t(order[nextUncovered])]) {
            ++nextUncovered;
        }
        const int first = nextUncovered < order.size() ? order[nextUncovered] : rng.below(nc);
        const int size = o.minCurriculumSize + rng.below(o.maxCurriculumSize - o.minCurriculumSize + 1);
        std::vector<int> members{first};
        uint64_t mask = courseMask[size_t(first)];
        for (int attempt = 0; attempt < 60 && int(members.size()) < size; ++attempt) {
            const int c = rng.below(nc);
            if (!(mask & courseMask[size_t(c)])) {
                members.push_back(c);
                mask |= courseMask[size_t(c)];
            }
        }
        std::sort(members.begin(), members.end());
        CttCurriculum cur;
        cur.name = numbered('q', q + 1, 4);
        for (int c : members) {
            covered[size_t(c)] = 1;
            cur.courses.push_back(in.courses[size_t(c)].name);
        }
        in.curricula.push_back(std::move(cur));
    }

    // unavailability: periods the course does not use in the planted timetable
    for (int c = 0; c < nc; ++c) {
        for (int s = 0; s < slots; ++s) {
            if (!(courseMask[size_t(c)] & (uint64_t(1) << s)) && rng.uniform() < o.unavailable) {
                in.unavailability.push_back(
                    CttUnavailability{in.courses[size_t(c)].name, s / o.periodsPerDay, s % o.periodsPerDay});
            }
        }
    }

    if (planted) {
        planted->clear();
        for (int c = 0; c < nc; ++c) {
            for (const auto &[s, r] : lectures[size_t(c)]) {
                planted->push_back(CttAssignment{in.courses[size_t(c)].name, in.rooms[size_t(r)].name,
                                                 s / o.periodsPerDay, s % o.periodsPerDay});
            }
        }
    }
    return in;
}

void writeCtt(std::ostream &out, const CttInstance &in)
{
    out << "Name: " << in.name << "\nCourses: " << in.courses.size() << "\nRooms: " << in.rooms.size()
        << "\nDays: " << in.days << "\nPeriods_per_day: " << in.periodsPerDay << "\nCurricula: " << in.curricula.size()
        << "\nConstraints: " << in.unavailability.size() << "\n\nCOURSES:\n";
    for (const auto &c : in.courses) {
        out << c.name << ' ' << c.teacher << ' ' << c.lectures << ' ' << c.minDays << ' ' << c.students << '\n';
    }
    out << "\nROOMS:\n";
    for (const auto &r : in.rooms) {
        out << r.name << '\t' << r.capacity << '\n';
    }
    out << "\nCURRICULA:\n";
    for (const auto &q : in.curricula) {
        out << q.name << "  " << q.courses.size();
        for (const auto &c : q.courses) {
            out << ' ' << c;
        }
        out << '\n';
    }
    out << "\nUNAVAILABILITY_CONSTRAINTS:\n";
    for (const auto &u : in.unavailability) {
        out << u.course << ' ' << u.day << ' ' << u.period << '\n';
    }
    out << "\nEND.\n";
}

} // namespace Ebilim::Timetable
