#include "model.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
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
        if (g.firstCount < 0 || g.firstCount > int(g.lessons.size())) {
            return "grouped: bad first part";
        }
        if (!g.selected.empty() && int(g.selected.size()) != p.days) {
            return "grouped: one selected mask per day";
        }
    }
    for (const RoomGroupConstraint &g : p.roomGroups) {
        if (g.maxRooms < 0) {
            return "room group: negative maximum";
        }
        for (size_t i = 0; i < g.lessons.size(); ++i) {
            if (g.lessons[i] < 0 || g.lessons[i] >= int(p.lessons.size())
                || std::find(g.lessons.begin(), g.lessons.begin() + i, g.lessons[i]) != g.lessons.begin() + i) {
                return "room group: bad or repeated lesson";
            }
        }
    }
    if (!p.breaks.empty() && int(p.breaks.size()) != p.days) {
        return "breaks: one mask per day";
    }
    for (const Resource &r : p.resources) {
        if (!r.selectedMask.empty() && int(r.selectedMask.size()) != p.days) {
            return "resource " + r.name + ": one selected mask per day";
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

const char *termKey(Term term)
{
    switch (term) {
    case Term::Unassigned: return "unassigned";
    case Term::ResourceConflict: return "resourceConflict";
    case Term::RoomConflict: return "roomConflict";
    case Term::Unavailable: return "unavailable";
    case Term::FixedMoved: return "fixedMoved";
    case Term::SameStart: return "sameStart";
    case Term::SlotCost: return "slotCost";
    case Term::RoomCapacity: return "roomCapacity";
    case Term::RoomCost: return "roomCost";
    case Term::RoomStability: return "roomStability";
    case Term::MaxDifferentRooms: return "maxDifferentRooms";
    case Term::Isolated: return "isolated";
    case Term::MaxHoursDaily: return "maxHoursDaily";
    case Term::MinHoursDaily: return "minHoursDaily";
    case Term::MinHoursEveryDay: return "minHoursEveryDay";
    case Term::LateStart: return "lateStart";
    case Term::MaxSecondPeriodStarts: return "maxSecondPeriodStarts";
    case Term::MaxGapsPerDay: return "maxGapsPerDay";
    case Term::MaxHoursContinuously: return "maxHoursContinuously";
    case Term::MaxGapsPerWeek: return "maxGapsPerWeek";
    case Term::MaxDaysPerWeek: return "maxDaysPerWeek";
    case Term::MinDaysPerWeek: return "minDaysPerWeek";
    case Term::MaxSelectedPeriods: return "maxSelectedPeriods";
    case Term::MaxSpanPerDay: return "maxSpanPerDay";
    case Term::SpanExceptions: return "spanExceptions";
    case Term::MinRestingHours: return "minRestingHours";
    case Term::IntervalMaxDaysPerWeek: return "intervalMaxDaysPerWeek";
    case Term::MaxBuildingChangesPerDay: return "maxBuildingChangesPerDay";
    case Term::MinGapsBetweenBuildingChanges: return "minGapsBetweenBuildingChanges";
    case Term::MaxBuildingChangesPerWeek: return "maxBuildingChangesPerWeek";
    case Term::Grouped: return "grouped";
    case Term::EndsDay: return "endsDay";
    case Term::Spread: return "spread";
    }
    return "?";
}

CostBreakdown evaluate(const Problem &p, const Solution &sol, const ViolationSink &sink)
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
    // for the sink only: the lessons at each (resource / room, cycle slot)
    std::vector<std::vector<int>> resAt(sink ? resCount.size() : 0);
    std::vector<std::vector<int>> roomAt(sink ? roomCount.size() : 0);
    auto atSlot = [&](Violation v, int slot) { // fills week/day/period from a cycle slot
        v.week = slot / p.weekSlots();
        v.day = slot % p.weekSlots() / ppd;
        v.period = slot % ppd;
        return v;
    };
    auto ofLesson = [&](Term term, bool hard, int64_t cost, int l, int start) {
        Violation v;
        v.term = term;
        v.hard = hard;
        v.cost = cost;
        v.lesson = l;
        v.course = p.lessons[l].course;
        v.lessons = {l};
        if (start >= 0) {
            v.day = start / ppd;
            v.period = start % ppd;
        }
        return v;
    };

    for (size_t i = 0; i < p.lessons.size(); ++i) {
        const Lesson &l = p.lessons[i];
        const Assignment a = i < sol.size() ? sol[i] : Assignment{};
        const bool needsRoom = !l.rooms.empty();
        if (a.start < 0 || a.start >= p.weekSlots() || (needsRoom && a.room == NoRoom)) {
            ++c.unassigned;
            if (sink) {
                sink(ofLesson(Term::Unassigned, true, 1, int(i), -1));
            }
            continue;
        }
        bool bad = !startAllowed(p, int(i), a.start);
        if (a.start % ppd + l.duration > ppd) {
            // still count what fits in the day for conflicts; treat as unavailable
            c.unavailable += 1;
            if (sink) {
                sink(ofLesson(Term::Unavailable, true, 1, int(i), a.start));
            }
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
            if (sink) {
                Violation v = ofLesson(Term::Unavailable, true, 1, int(i), a.start);
                v.room = a.room;
                sink(v);
            }
        }
        if (l.fixed && (a.start != l.fixedStart || (l.fixedRoom != NoRoom && a.room != l.fixedRoom))) {
            ++c.unavailable;
            if (sink) {
                sink(ofLesson(Term::FixedMoved, true, 1, int(i), a.start));
            }
        }
        const int building = needsRoom && a.room >= 0 && a.room < int(p.rooms.size()) ? p.rooms[a.room].building : -1;
        forEachCoveredSlot(p, l, a.start, [&](int s) {
            for (int r : l.resources) {
                ++resCount[size_t(r) * cs + s];
                if (sink) {
                    resAt[size_t(r) * cs + s].push_back(int(i));
                }
                int &b = resBuilding[size_t(r) * cs + s];
                if (building >= 0 && (b < 0 || building < b)) {
                    b = building;
                }
            }
            if (needsRoom) {
                ++roomCount[size_t(a.room) * cs + s];
                if (sink) {
                    roomAt[size_t(a.room) * cs + s].push_back(int(i));
                }
            }
        });
        if (!l.slotCost.empty()) {
            c.slotCost += l.slotCost[a.start];
            if (sink && l.slotCost[a.start] != 0) {
                sink(ofLesson(Term::SlotCost, false, l.slotCost[a.start], int(i), a.start));
            }
        }
        if (needsRoom) {
            const int64_t over = int64_t(std::max(0, l.students - p.rooms[a.room].capacity)) * p.capacityWeight;
            c.roomCapacity += over;
            if (sink && over > 0) {
                Violation v = ofLesson(Term::RoomCapacity, false, over, int(i), a.start);
                v.room = a.room;
                v.value = l.students;
                v.limit = p.rooms[a.room].capacity;
                sink(v);
            }
            if (!l.roomCost.empty()) {
                c.roomCost += l.roomCost[a.room];
                if (sink && l.roomCost[a.room] != 0) {
                    Violation v = ofLesson(Term::RoomCost, false, l.roomCost[a.room], int(i), a.start);
                    v.room = a.room;
                    sink(v);
                }
            }
            courseRooms[l.course].insert(a.room);
        }
        if (l.sameStartGroup >= 0) {
            auto it = groupStart.find(l.sameStartGroup);
            if (it == groupStart.end()) {
                groupStart[l.sameStartGroup] = a.start;
            } else if (it->second != a.start) {
                ++c.hardRules;
                if (sink) {
                    Violation v = ofLesson(Term::SameStart, true, 1, int(i), a.start);
                    v.constraint = l.sameStartGroup;
                    sink(v);
                }
            }
        }
    }
    // n lessons of one resource or room at one cycle slot
    auto conflict = [&](Term term, int n, const std::vector<int> &lessons, int slot) {
        Violation v;
        v.term = term;
        v.hard = true;
        v.cost = n - 1;
        v.value = n;
        v.limit = 1;
        v.lessons = lessons;
        return atSlot(v, slot);
    };
    for (size_t r = 0; r < p.resources.size(); ++r) {
        if (!p.resources[r].tracksConflicts) {
            continue;
        }
        for (int s = 0; s < cs; ++s) {
            const int n = resCount[r * cs + s];
            c.resourceConflicts += std::max(0, n - 1);
            if (sink && n > 1) {
                Violation v = conflict(Term::ResourceConflict, n, resAt[r * cs + s], s);
                v.resource = int(r);
                sink(v);
            }
        }
    }
    for (size_t i = 0; i < roomCount.size(); ++i) {
        const int n = roomCount[i];
        c.roomConflicts += std::max(0, n - 1);
        if (sink && n > 1) {
            Violation v = conflict(Term::RoomConflict, n, roomAt[i], int(i % cs));
            v.room = int(i / cs);
            sink(v);
        }
    }
    for (size_t ci = 0; ci < p.courses.size(); ++ci) {
        if (!courseRooms[ci].empty()) {
            const int64_t cost = int64_t(courseRooms[ci].size() - 1) * p.courses[ci].roomStabilityWeight;
            c.roomStability += cost;
            if (sink && cost > 0) {
                Violation v;
                v.term = Term::RoomStability;
                v.cost = cost;
                v.value = int(courseRooms[ci].size());
                v.limit = 1;
                v.course = int(ci);
                sink(v);
            }
        }
    }
    // a rule of resource r in week w (on day d, or -1 for the whole week) measured `value`
    auto addRule = [&](int64_t &softBucket, Term term, const Rule &rule, int v, int r, int w, int d, int value) {
        if (v == 0) {
            return;
        }
        if (rule.hard) {
            c.hardRules += v;
        } else {
            softBucket += v;
        }
        if (sink) {
            Violation x;
            x.term = term;
            x.hard = rule.hard;
            x.cost = v;
            x.value = value;
            x.limit = rule.limit;
            x.resource = r;
            x.week = w;
            x.day = d;
            sink(x);
        }
    };
    // per-resource day rules
    for (size_t r = 0; r < p.resources.size(); ++r) {
        const Resource &res = p.resources[r];
        if (!res.hasDayRules()) {
            continue;
        }
        const int ri = int(r);
        std::vector<uint64_t> dayMasks; // per cycle day, for the rest between days
        for (int w = 0; w < p.weeks; ++w) {
            int weekGaps = 0;
            int weekDays = 0;
            int intervalDays = 0;
            int secondStarts = 0;
            int selected = 0;
            int longSpans = 0;
            for (int d = 0; d < p.days; ++d) {
                uint64_t mask = 0;
                for (int t = 0; t < ppd; ++t) {
                    if (resCount[r * cs + w * p.weekSlots() + d * ppd + t] > 0) {
                        mask |= uint64_t(1) << t;
                    }
                }
                dayMasks.push_back(mask);
                const int hours = std::popcount(mask);
                if (res.maxSelectedPeriods.active() && !res.selectedMask.empty()) {
                    selected += std::popcount(mask & res.selectedMask[size_t(d)]);
                }
                const uint64_t noGap = res.unavailableMask(w * p.days + d, ppd);
                const int gaps = Resource::gapsOf(mask, noGap);
                weekDays += mask != 0;
                weekGaps += gaps;
                intervalDays += (mask & res.intervalMask) != 0;
                const int isolated = std::popcount(mask & ~(mask << 1) & ~(mask >> 1));
                c.isolated += int64_t(isolated) * res.isolatedWeight;
                if (sink && isolated > 0 && res.isolatedWeight > 0) {
                    Violation v;
                    v.term = Term::Isolated;
                    v.cost = int64_t(isolated) * res.isolatedWeight;
                    v.value = isolated;
                    v.resource = ri;
                    v.week = w;
                    v.day = d;
                    sink(v);
                }
                addRule(c.dayRules, Term::MaxHoursDaily, res.maxHoursDaily, excess(res.maxHoursDaily, hours), ri, w, d, hours);
                addRule(c.dayRules, Term::MinHoursDaily, res.minHoursDaily, shortfall(res.minHoursDaily, hours), ri, w, d, hours);
                addRule(c.dayRules, Term::MinHoursEveryDay, res.minHoursEveryDay,
                        res.minHoursEveryDay.active() ? std::max(0, res.minHoursEveryDay.limit - hours) * res.minHoursEveryDay.weight : 0,
                        ri, w, d, hours);
                if (res.maxSecondPeriodStarts.active()) {
                    // the rank counts available periods only: breaks and not-available periods
                    // before the first lesson are skipped (FET; checked with fet-cl 6.8.5)
                    const int rank = Resource::startRank(mask, noGap);
                    secondStarts += rank == 1;
                    addRule(c.dayRules, Term::LateStart, res.maxSecondPeriodStarts,
                            std::max(0, rank - 1) * res.maxSecondPeriodStarts.weight, ri, w, d, rank + 1);
                }
                addRule(c.dayRules, Term::MaxGapsPerDay, res.maxGapsPerDay, excess(res.maxGapsPerDay, gaps), ri, w, d, gaps);
                int longest = 0;
                for (int t = 0, run = 0; t < ppd; ++t) {
                    run = (mask >> t) & 1 ? run + 1 : 0;
                    longest = std::max(longest, run);
                }
                addRule(c.dayRules, Term::MaxHoursContinuously, res.maxHoursContinuously,
                        excess(res.maxHoursContinuously, longest), ri, w, d, longest);
                const int span = Resource::spanOf(mask);
                longSpans += res.spanLong(span);
                addRule(c.dayRules, Term::MaxSpanPerDay, res.maxSpanPerDay,
                        res.spanExcess(span) * res.maxSpanPerDay.weight, ri, w, d, span);
            }
            addRule(c.dayRules, Term::SpanExceptions, res.maxSpanPerDay,
                    std::max(0, longSpans - 1) * res.maxSpanPerDay.weight, ri, w, -1, longSpans);
            addRule(c.dayRules, Term::MaxGapsPerWeek, res.maxGapsPerWeek, excess(res.maxGapsPerWeek, weekGaps), ri, w, -1, weekGaps);
            addRule(c.dayRules, Term::MaxSecondPeriodStarts, res.maxSecondPeriodStarts,
                    excess(res.maxSecondPeriodStarts, secondStarts), ri, w, -1, secondStarts);
            addRule(c.dayRules, Term::MaxSelectedPeriods, res.maxSelectedPeriods,
                    excess(res.maxSelectedPeriods, selected), ri, w, -1, selected);
            addRule(c.dayRules, Term::MaxDaysPerWeek, res.maxDaysPerWeek, excess(res.maxDaysPerWeek, weekDays), ri, w, -1, weekDays);
            addRule(c.dayRules, Term::MinDaysPerWeek, res.minDaysPerWeek,
                    res.minDaysPerWeek.active() ? std::max(0, res.minDaysPerWeek.limit - weekDays) * res.minDaysPerWeek.weight : 0,
                    ri, w, -1, weekDays);
            addRule(c.dayRules, Term::IntervalMaxDaysPerWeek, res.intervalMaxDaysPerWeek,
                    excess(res.intervalMaxDaysPerWeek, intervalDays), ri, w, -1, intervalDays);
        }
        // rest between each day and the next of its week (the week's last and first: the wrap rule)
        for (int cd = 0; p.days > 1 && cd < int(dayMasks.size()); ++cd) {
            const int d = cd % p.days;
            const Rule &rule = d + 1 < p.days ? res.minRestingHours : res.minRestingHoursWrap;
            const int rest = Resource::restBetween(dayMasks[size_t(cd)], dayMasks[size_t(cd - d + (d + 1) % p.days)], ppd);
            addRule(c.dayRules, Term::MinRestingHours, rule, Resource::restShort(rule, rest), ri, cd / p.days, d, rest);
        }
    }
    // building changes
    for (size_t r = 0; r < p.resources.size(); ++r) {
        const Resource &res = p.resources[r];
        if (!res.hasBuildingRules()) {
            continue;
        }
        const int ri = int(r);
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
                addRule(c.buildings, Term::MaxBuildingChangesPerDay, res.maxBuildingChangesPerDay,
                        excess(res.maxBuildingChangesPerDay, changes), ri, w, d, changes);
                addRule(c.buildings, Term::MinGapsBetweenBuildingChanges, res.minGapsBetweenBuildingChanges,
                        tooClose * res.minGapsBetweenBuildingChanges.weight, ri, w, d, tooClose);
            }
            addRule(c.buildings, Term::MaxBuildingChangesPerWeek, res.maxBuildingChangesPerWeek,
                    excess(res.maxBuildingChangesPerWeek, weekChanges), ri, w, -1, weekChanges);
        }
    }
    auto placedStart = [&](int l) {
        const Assignment a = size_t(l) < sol.size() ? sol[l] : Assignment{};
        const Lesson &L = p.lessons[l];
        const bool ok = a.start >= 0 && a.start < p.weekSlots() && a.start % ppd + L.duration <= ppd
            && (L.rooms.empty() || a.room != NoRoom);
        return ok ? a.start : -1;
    };
    auto ofConstraint = [&](Term term, bool hard, int64_t cost, int index, const std::vector<int> &lessons) {
        Violation v;
        v.term = term;
        v.hard = hard;
        v.cost = cost;
        v.constraint = index;
        v.lessons = lessons;
        return v;
    };
    // grouped rules (GroupedConstraint::Kind)
    for (size_t gi = 0; gi < p.grouped.size(); ++gi) {
        const GroupedConstraint &g = p.grouped[gi];
        std::vector<std::pair<int, int>> placed; // (start, end), in the order of g.lessons
        for (int l : g.lessons) {
            const int s = placedStart(l);
            if (s >= 0) {
                placed.push_back({s, s + p.lessons[l].duration});
            }
        }
        if (placed.size() != g.lessons.size() || placed.empty()) {
            continue; // unassigned members are reported as such
        }
        using K = GroupedConstraint::Kind;
        if (g.kind == K::Grouped) {
            std::sort(placed.begin(), placed.end());
        }
        int broken = 0; // members or pairs that break the rule (Grouped, Consecutive, Ordered: 0 or 1)
        if (g.kind == K::SameDay || g.kind == K::SameHour) {
            std::map<int, int> tally;
            int most = 0;
            for (const auto &[start, end] : placed) {
                most = std::max(most, ++tally[g.kind == K::SameDay ? start / ppd : start % ppd]);
            }
            broken = int(placed.size()) - most;
        }
        bool ok = true;
        uint64_t covered = 0; // Grouped, Consecutive: the members' periods of their day
        for (size_t i = 0; i < placed.size(); ++i) {
            const int day = placed[i].first / ppd;
            if (g.kind == K::Grouped || g.kind == K::Consecutive) {
                for (int t = placed[i].first; t < placed[i].second; ++t) {
                    covered |= uint64_t(1) << (t % ppd);
                }
            }
            if (i == 0) {
                continue;
            }
            switch (g.kind) {
            case K::Grouped:
            case K::Consecutive:
                // in order, one day, nothing between them but breaks (the hole check below)
                ok = ok && placed[i].first >= placed[i - 1].second && day == placed[0].first / ppd;
                break;
            case K::SameDay:
            case K::SameHour:
                break;
            case K::Ordered:
                ok = ok && placed[i - 1].second <= placed[i].first;
                break;
            case K::OrderedIfSameDay:
                ok = ok && (placed[i - 1].first / ppd != day || placed[i - 1].second <= placed[i].first);
                break;
            case K::MinGap:
                for (size_t k = 0; k < i; ++k) {
                    if (placed[k].first / ppd == day
                        && !(placed[k].second + g.gap <= placed[i].first || placed[i].second + g.gap <= placed[k].first)) {
                        ++broken;
                    }
                }
                break;
            case K::MaxDays:
                for (size_t k = 0; k < i; ++k) {
                    broken += std::abs(placed[k].first / ppd - day) > g.gap;
                }
                break;
            case K::OrderedMinGap: {
                // i of the second part starts on the day of another lesson k of the first part, not
                // before it, and less than gap periods after its end: one per such i
                bool close = false;
                for (size_t k = 0; k < size_t(g.firstCount) && i >= size_t(g.firstCount); ++k) {
                    close = close
                        || (g.lessons[k] != g.lessons[i] && placed[k].first / ppd == day && placed[i].first >= placed[k].first
                            && placed[i].first < placed[k].second + g.gap);
                }
                broken += close;
                break;
            }
            case K::MaxSimultaneous:
                break; // counted per period below
            case K::SameRoomIfConsecutive: {
                const int ri = sol[size_t(g.lessons[i])].room;
                for (size_t k = 0; k < i; ++k) {
                    const int rk = sol[size_t(g.lessons[k])].room;
                    if (placed[k].first / ppd == day && (placed[k].second == placed[i].first || placed[i].second == placed[k].first)
                        && ri != NoRoom && rk != NoRoom && ri != rk) {
                        ++broken;
                    }
                }
                break;
            }
            }
        }
        if (g.kind == K::MaxSimultaneous) {
            std::map<int, int> at; // selected period -> members there
            for (const auto &[start, end] : placed) {
                for (int t = start; t < end; ++t) {
                    if (!g.selected.empty() && ((g.selected[size_t(t / ppd)] >> (t % ppd)) & 1)) {
                        ++at[t];
                    }
                }
            }
            for (const auto &[t, n] : at) {
                broken += std::max(0, n - g.gap);
            }
        }
        if (ok && (g.kind == K::Grouped || g.kind == K::Consecutive)) {
            const int day = placed[0].first / ppd;
            const int from = std::min_element(placed.begin(), placed.end())->first % ppd;
            int to = from;
            for (const auto &[start, end] : placed) {
                to = std::max(to, end - day * ppd);
            }
            for (int t = from; t < to; ++t) {
                ok = ok && ((covered >> t) & 1 || (p.breaksOn(day) >> t) & 1);
            }
        }
        if (!ok) {
            broken = 1;
        }
        if (broken > 0) {
            if (g.hard) {
                c.hardRules += g.weight * broken;
            } else {
                c.grouped += g.weight * broken;
            }
            if (sink) {
                sink(ofConstraint(Term::Grouped, g.hard, g.weight * broken, int(gi), g.lessons));
            }
        }
    }
    // room groups: at most maxRooms different rooms among their placed lessons
    for (size_t gi = 0; gi < p.roomGroups.size(); ++gi) {
        const RoomGroupConstraint &g = p.roomGroups[gi];
        std::map<int, int> rooms; // room -> lessons of the group there
        int placed = 0;
        for (int l : g.lessons) {
            if (placedStart(l) >= 0 && sol[size_t(l)].room != NoRoom) {
                ++rooms[sol[size_t(l)].room];
                ++placed;
            }
        }
        // a cost per lesson outside the maxRooms fullest rooms (costed per room, moving one lesson
        // of a group split 10 + 11 would leave the search no slope)
        std::vector<int> counts;
        for (const auto &[room, n] : rooms) {
            counts.push_back(n);
        }
        std::sort(counts.begin(), counts.end(), std::greater<int>());
        for (size_t i = 0; i < counts.size() && i < size_t(g.maxRooms); ++i) {
            placed -= counts[i];
        }
        const int64_t cost = int64_t(placed) * g.weight;
        if (cost > 0) {
            if (g.hard) {
                c.hardRules += int(cost);
            } else {
                c.roomStability += cost;
            }
            if (sink) {
                Violation v = ofConstraint(Term::MaxDifferentRooms, g.hard, cost, int(gi), g.lessons);
                v.value = int(rooms.size());
                v.limit = g.maxRooms;
                sink(v);
            }
        }
    }
    // ends day: no lesson of the resources after the lesson that day
    for (size_t ei = 0; ei < p.endsDay.size(); ++ei) {
        const EndsDayConstraint &e = p.endsDay[ei];
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
                    if (sink) {
                        Violation v = ofConstraint(Term::EndsDay, e.hard, e.weight, int(ei), {e.lesson});
                        v.lesson = e.lesson;
                        v.course = L.course;
                        v.resource = r;
                        v.week = w;
                        v.day = s / ppd;
                        v.period = s % ppd;
                        sink(v);
                    }
                }
            }
        }
    }
    for (size_t si = 0; si < p.spreads.size(); ++si) {
        const SpreadConstraint &s = p.spreads[si];
        std::vector<int> dayCount(p.days, 0);
        for (int l : s.lessons) {
            const Assignment a = size_t(l) < sol.size() ? sol[l] : Assignment{};
            if (a.start >= 0 && a.start < p.weekSlots()) {
                ++dayCount[a.start / ppd];
            }
        }
        int v = 0;
        int value = -1;
        if (s.mode == SpreadConstraint::Mode::DistinctDays) {
            const int distinct = int(std::count_if(dayCount.begin(), dayCount.end(), [](int x) { return x > 0; }));
            v = std::max(0, s.minDays - distinct) * s.weight;
            value = distinct;
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
        if (sink && v > 0) {
            Violation x = ofConstraint(Term::Spread, s.hard, v, int(si), s.lessons);
            x.value = value;
            x.limit = s.minDays;
            sink(x);
        }
    }
    return c;
}

} // namespace Ebilim::Timetable
