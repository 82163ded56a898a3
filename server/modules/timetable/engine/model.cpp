#include "model.h"

#include <algorithm>
#include <bit>
#include <map>
#include <set>

namespace Ebilim::Timetable {

namespace {

int excess(const Rule &rule, int value)
{
    return rule.active() && value > rule.limit ? (value - rule.limit) * rule.weight : 0;
}

int shortfall(const Rule &rule, int value)
{
    return rule.active() && value > 0 && value < rule.limit ? (rule.limit - value) * rule.weight : 0;
}

template<typename F>
void forEachCoveredSlot(const Problem &p, const Lesson &lesson, int start, F f)
{
    for (int w = 0; w < p.weeks; ++w) {
        if (!(lesson.weekMask & (1u << w))) {
            continue;
        }
        for (int i = 0; i < lesson.duration; ++i) {
            f(w * p.weekSlots() + start + i);
        }
    }
}

} // namespace

std::string validate(const Problem &p)
{
    if (p.days <= 0 || p.periodsPerDay <= 0 || p.periodsPerDay > 64 || p.weeks < 1 || p.weeks > 3) {
        return "bad time grid";
    }
    const int nres = int(p.resources.size());
    const int nrooms = int(p.rooms.size());
    for (const Resource &r : p.resources) {
        if (!r.unavailable.empty() && int(r.unavailable.size()) != p.cycleSlots()) {
            return "resource " + r.name + ": bad availability size";
        }
    }
    for (const Room &r : p.rooms) {
        if (!r.unavailable.empty() && int(r.unavailable.size()) != p.cycleSlots()) {
            return "room " + r.name + ": bad availability size";
        }
    }
    for (size_t i = 0; i < p.lessons.size(); ++i) {
        const Lesson &l = p.lessons[i];
        const std::string what = "lesson " + std::to_string(i) + ": ";
        if (l.course < 0 || l.course >= int(p.courses.size())) {
            return what + "bad course";
        }
        if (l.duration < 1 || l.duration > p.periodsPerDay) {
            return what + "bad duration";
        }
        if (l.weekMask == 0 || l.weekMask >= (1u << p.weeks)) {
            return what + "bad week mask";
        }
        for (int r : l.resources) {
            if (r < 0 || r >= nres) {
                return what + "bad resource";
            }
        }
        for (int r : l.rooms) {
            if (r < 0 || r >= nrooms) {
                return what + "bad room";
            }
        }
        if (!l.forbiddenStart.empty() && int(l.forbiddenStart.size()) != p.weekSlots()) {
            return what + "bad forbiddenStart size";
        }
        if (!l.slotCost.empty() && int(l.slotCost.size()) != p.weekSlots()) {
            return what + "bad slotCost size";
        }
        if (!l.roomCost.empty() && int(l.roomCost.size()) != nrooms) {
            return what + "bad roomCost size";
        }
        if (l.fixed && (l.fixedStart < 0 || l.fixedStart >= p.weekSlots())) {
            return what + "fixed without a start";
        }
    }
    for (const SpreadConstraint &s : p.spreads) {
        for (int l : s.lessons) {
            if (l < 0 || l >= int(p.lessons.size())) {
                return "spread: bad lesson";
            }
        }
    }
    return {};
}

bool startAllowed(const Problem &p, int lessonIndex, int start)
{
    const Lesson &l = p.lessons[lessonIndex];
    if (start < 0 || start >= p.weekSlots() || start % p.periodsPerDay + l.duration > p.periodsPerDay) {
        return false;
    }
    if (!l.forbiddenStart.empty() && l.forbiddenStart[start]) {
        return false;
    }
    bool ok = true;
    forEachCoveredSlot(p, l, start, [&](int s) {
        for (int r : l.resources) {
            const auto &u = p.resources[r].unavailable;
            if (!u.empty() && u[s]) {
                ok = false;
            }
        }
    });
    return ok;
}

CostBreakdown evaluate(const Problem &p, const Solution &sol)
{
    CostBreakdown c;
    const int cs = p.cycleSlots();
    const int ppd = p.periodsPerDay;
    std::vector<int> resCount(p.resources.size() * cs, 0);
    std::vector<int> roomCount(p.rooms.size() * cs, 0);
    std::vector<std::set<int>> courseRooms(p.courses.size());
    std::map<int, int> groupStart;

    for (size_t i = 0; i < p.lessons.size(); ++i) {
        const Lesson &l = p.lessons[i];
        const Assignment a = i < sol.size() ? sol[i] : Assignment{};
        const bool needsRoom = !l.rooms.empty();
        if (a.start < 0 || a.start >= p.weekSlots() || (needsRoom && a.room == NoRoom)) {
            ++c.unassigned;
            continue;
        }
        bool bad = !startAllowed(p, int(i), a.start);
        if (a.start % ppd + l.duration > ppd) {
            // still count what fits in the day for conflicts; treat as unavailable
            c.unavailable += 1;
            continue;
        }
        if (needsRoom) {
            if (std::find(l.rooms.begin(), l.rooms.end(), a.room) == l.rooms.end()) {
                bad = true;
            }
            const auto &u = p.rooms[a.room].unavailable;
            forEachCoveredSlot(p, l, a.start, [&](int s) {
                if (!u.empty() && u[s]) {
                    bad = true;
                }
            });
        }
        if (bad) {
            ++c.unavailable;
        }
        if (l.fixed && (a.start != l.fixedStart || (l.fixedRoom != NoRoom && a.room != l.fixedRoom))) {
            ++c.unavailable;
        }
        forEachCoveredSlot(p, l, a.start, [&](int s) {
            for (int r : l.resources) {
                ++resCount[size_t(r) * cs + s];
            }
            if (needsRoom) {
                ++roomCount[size_t(a.room) * cs + s];
            }
        });
        if (!l.slotCost.empty()) {
            c.slotCost += l.slotCost[a.start];
        }
        if (needsRoom) {
            c.roomCapacity += int64_t(std::max(0, l.students - p.rooms[a.room].capacity)) * p.capacityWeight;
            if (!l.roomCost.empty()) {
                c.roomCost += l.roomCost[a.room];
            }
            courseRooms[l.course].insert(a.room);
        }
        if (l.sameStartGroup >= 0) {
            auto it = groupStart.find(l.sameStartGroup);
            if (it == groupStart.end()) {
                groupStart[l.sameStartGroup] = a.start;
            } else if (it->second != a.start) {
                ++c.hardRules;
            }
        }
    }
    for (size_t r = 0; r < p.resources.size(); ++r) {
        if (!p.resources[r].tracksConflicts) {
            continue;
        }
        for (int s = 0; s < cs; ++s) {
            c.resourceConflicts += std::max(0, resCount[r * cs + s] - 1);
        }
    }
    for (int v : roomCount) {
        c.roomConflicts += std::max(0, v - 1);
    }
    for (size_t ci = 0; ci < p.courses.size(); ++ci) {
        if (!courseRooms[ci].empty()) {
            c.roomStability += int64_t(courseRooms[ci].size() - 1) * p.courses[ci].roomStabilityWeight;
        }
    }
    // per-resource day rules
    for (size_t r = 0; r < p.resources.size(); ++r) {
        const Resource &res = p.resources[r];
        if (!res.hasDayRules()) {
            continue;
        }
        for (int w = 0; w < p.weeks; ++w) {
            int weekGaps = 0;
            int weekDays = 0;
            int intervalDays = 0;
            for (int d = 0; d < p.days; ++d) {
                uint64_t mask = 0;
                for (int t = 0; t < ppd; ++t) {
                    if (resCount[r * cs + w * p.weekSlots() + d * ppd + t] > 0) {
                        mask |= uint64_t(1) << t;
                    }
                }
                const int hours = std::popcount(mask);
                int gaps = 0;
                if (mask) {
                    ++weekDays;
                    gaps = (63 - std::countl_zero(mask)) - std::countr_zero(mask) + 1 - hours;
                }
                weekGaps += gaps;
                intervalDays += (mask & res.intervalMask) != 0;
                const int isolated = std::popcount(mask & ~(mask << 1) & ~(mask >> 1));
                c.isolated += int64_t(isolated) * res.isolatedWeight;
                auto add = [&](const Rule &rule, int v) {
                    if (rule.hard) {
                        c.hardRules += v;
                    } else {
                        c.dayRules += v;
                    }
                };
                add(res.maxHoursDaily, excess(res.maxHoursDaily, hours));
                add(res.minHoursDaily, shortfall(res.minHoursDaily, hours));
                add(res.maxGapsPerDay, excess(res.maxGapsPerDay, gaps));
                int longest = 0;
                for (int t = 0, run = 0; t < ppd; ++t) {
                    run = (mask >> t) & 1 ? run + 1 : 0;
                    longest = std::max(longest, run);
                }
                add(res.maxHoursContinuously, excess(res.maxHoursContinuously, longest));
            }
            auto add = [&](const Rule &rule, int v) {
                if (rule.hard) {
                    c.hardRules += v;
                } else {
                    c.dayRules += v;
                }
            };
            add(res.maxGapsPerWeek, excess(res.maxGapsPerWeek, weekGaps));
            add(res.maxDaysPerWeek, excess(res.maxDaysPerWeek, weekDays));
            add(res.intervalMaxDaysPerWeek, excess(res.intervalMaxDaysPerWeek, intervalDays));
        }
    }
    for (const SpreadConstraint &s : p.spreads) {
        std::vector<int> dayCount(p.days, 0);
        for (int l : s.lessons) {
            const Assignment a = size_t(l) < sol.size() ? sol[l] : Assignment{};
            if (a.start >= 0 && a.start < p.weekSlots()) {
                ++dayCount[a.start / ppd];
            }
        }
        int v = 0;
        if (s.mode == SpreadConstraint::Mode::DistinctDays) {
            const int distinct = int(std::count_if(dayCount.begin(), dayCount.end(), [](int x) { return x > 0; }));
            v = std::max(0, s.minDays - distinct) * s.weight;
        } else {
            for (int d1 = 0; d1 < p.days; ++d1) {
                v += dayCount[d1] * (dayCount[d1] - 1) / 2 * s.weight;
                for (int d2 = d1 + 1; d2 < p.days && d2 - d1 < s.minDays; ++d2) {
                    v += dayCount[d1] * dayCount[d2] * s.weight;
                }
            }
        }
        if (s.hard) {
            c.hardRules += v;
        } else {
            c.spread += v;
        }
    }
    return c;
}

} // namespace Ebilim::Timetable
