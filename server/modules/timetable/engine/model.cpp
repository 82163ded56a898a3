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
    for (const Room &r : p.rooms) {
        if (r.building < -1) {
            return "room " + r.name + ": bad building";
        }
    }
    for (const GroupedConstraint &g : p.grouped) {
        for (int l : g.lessons) {
            if (l < 0 || l >= int(p.lessons.size())) {
                return "grouped: bad lesson";
            }
        }
    }
    for (const EndsDayConstraint &e : p.endsDay) {
        if (e.lesson < 0 || e.lesson >= int(p.lessons.size())) {
            return "ends day: bad lesson";
        }
        for (int r : e.resources) {
            if (r < 0 || r >= nres) {
                return "ends day: bad resource";
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
    // building of each (resource, cycle slot): lowest building id of the rooms there, -1 none
    std::vector<int> resBuilding(p.resources.size() * cs, -1);

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
        const int building = needsRoom && a.room >= 0 && a.room < int(p.rooms.size()) ? p.rooms[a.room].building : -1;
        forEachCoveredSlot(p, l, a.start, [&](int s) {
            for (int r : l.resources) {
                ++resCount[size_t(r) * cs + s];
                int &b = resBuilding[size_t(r) * cs + s];
                if (building >= 0 && (b < 0 || building < b)) {
                    b = building;
                }
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
                const int gaps = Resource::gapsOf(mask, res.unavailableMask(w * p.days + d, ppd));
                weekDays += mask != 0;
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
    // building changes
    for (size_t r = 0; r < p.resources.size(); ++r) {
        const Resource &res = p.resources[r];
        if (!res.hasBuildingRules()) {
            continue;
        }
        auto add = [&](const Rule &rule, int v) {
            if (rule.hard) {
                c.hardRules += v;
            } else {
                c.buildings += v;
            }
        };
        for (int w = 0; w < p.weeks; ++w) {
            int weekChanges = 0;
            for (int d = 0; d < p.days; ++d) {
                const int *b = &resBuilding[r * cs + w * p.weekSlots() + d * ppd];
                int changes = 0;
                int tooClose = 0;
                int last = -1; // period of the previous lesson with a building
                for (int t = 0; t < ppd; ++t) {
                    if (b[t] < 0) {
                        continue;
                    }
                    if (last >= 0 && b[t] != b[last]) {
                        ++changes;
                        if (res.minGapsBetweenBuildingChanges.active() && t - last - 1 < res.minGapsBetweenBuildingChanges.limit) {
                            ++tooClose;
                        }
                    }
                    last = t;
                }
                weekChanges += changes;
                add(res.maxBuildingChangesPerDay, excess(res.maxBuildingChangesPerDay, changes));
                add(res.minGapsBetweenBuildingChanges, tooClose * res.minGapsBetweenBuildingChanges.weight);
            }
            add(res.maxBuildingChangesPerWeek, excess(res.maxBuildingChangesPerWeek, weekChanges));
        }
    }
    auto placedStart = [&](int l) {
        const Assignment a = size_t(l) < sol.size() ? sol[l] : Assignment{};
        const Lesson &L = p.lessons[l];
        const bool ok = a.start >= 0 && a.start < p.weekSlots() && a.start % ppd + L.duration <= ppd
            && (L.rooms.empty() || a.room != NoRoom);
        return ok ? a.start : -1;
    };
    // grouped: one day, back to back, any order
    for (const GroupedConstraint &g : p.grouped) {
        std::vector<std::pair<int, int>> placed; // (start, end)
        for (int l : g.lessons) {
            const int s = placedStart(l);
            if (s >= 0) {
                placed.push_back({s, s + p.lessons[l].duration});
            }
        }
        if (placed.size() != g.lessons.size() || placed.empty()) {
            continue; // unassigned members are reported as such
        }
        std::sort(placed.begin(), placed.end());
        bool ok = true;
        for (size_t i = 1; i < placed.size(); ++i) {
            ok = ok && placed[i].first == placed[i - 1].second && placed[i].first / ppd == placed[0].first / ppd;
        }
        if (!ok) {
            if (g.hard) {
                c.hardRules += g.weight;
            } else {
                c.grouped += g.weight;
            }
        }
    }
    // ends day: no lesson of the resources after the lesson that day
    for (const EndsDayConstraint &e : p.endsDay) {
        const int s = placedStart(e.lesson);
        if (s < 0) {
            continue;
        }
        const Lesson &L = p.lessons[e.lesson];
        const int end = s % ppd + L.duration; // first period after the lesson
        const int dayBase = s - s % ppd;
        for (int w = 0; w < p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            for (int r : e.resources) {
                bool later = false;
                for (int t = end; t < ppd; ++t) {
                    later = later || resCount[size_t(r) * cs + w * p.weekSlots() + dayBase + t] > 0;
                }
                if (later) {
                    if (e.hard) {
                        c.hardRules += e.weight;
                    } else {
                        c.grouped += e.weight;
                    }
                }
            }
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
