#include "solver.h"
#include "rng.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

namespace Ebilim::Timetable {

namespace {

struct Cost
{
    int hard = 0;
    int soft = 0;
};

int excess(const Rule &rule, int value)
{
    return rule.active() && value > rule.limit ? (value - rule.limit) * rule.weight : 0;
}

int shortfall(const Rule &rule, int value)
{
    return rule.active() && value > 0 && value < rule.limit ? (rule.limit - value) * rule.weight : 0;
}

Cost operator-(Cost a, Cost b)
{
    return Cost{a.hard - b.hard, a.soft - b.soft};
}

/// What a resource's week rules count over its days, or the change of it by a move.
struct WeekCounts
{
    int gaps = 0;
    int days = 0;     ///< days with a lesson
    int interval = 0; ///< days with a lesson inside the resource's interval
    int second = 0;   ///< days starting at the second available period
    int selected = 0; ///< busy periods in the resource's selection
    int longSpans = 0; ///< days longer than the span rule's limit (its exception)
    bool any() const
    {
        return gaps != 0 || days != 0 || interval != 0 || second != 0 || selected != 0 || longSpans != 0;
    }
    WeekCounts operator+(const WeekCounts &o) const
    {
        return {gaps + o.gaps, days + o.days, interval + o.interval, second + o.second, selected + o.selected,
                longSpans + o.longSpans};
    }
    WeekCounts operator-(const WeekCounts &o) const
    {
        return {gaps - o.gaps, days - o.days, interval - o.interval, second - o.second, selected - o.selected,
                longSpans - o.longSpans};
    }
};

/// The n lowest bits set (n <= 64).
uint64_t ones(int n)
{
    return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1;
}

void addRule(Cost &c, const Rule &rule, int v)
{
    if (rule.hard) {
        c.hard += v;
    } else {
        c.soft += v;
    }
}

class Search
{
public:
    Search(const Problem &p, const SolverOptions &o)
        : m_p(p)
        , m_o(o)
        , m_rng(o.seed)
    {
        m_ppd = p.periodsPerDay;
        m_ws = p.weekSlots();
        m_cs = p.cycleSlots();
        m_cd = p.cycleDays();
        m_groupTally.assign(size_t(std::max({m_cd, m_ppd, m_ws})), 0);
        m_nl = int(p.lessons.size());
        m_nr = int(p.rooms.size());
        m_nres = int(p.resources.size());
        m_start.assign(m_nl, -1);
        m_room.assign(m_nl, NoRoom);
        m_atStart.assign(m_ws, {});
        m_atPos.assign(m_nl, -1);
        for (const Lesson &L : p.lessons) {
            m_maxDuration = std::max(m_maxDuration, L.duration);
        }
        m_inChain.assign(m_nl, 0);
        m_chainRoomDelta.assign(size_t(2) * std::max(0, m_nr), 0);
        m_resMark.assign(m_nres, 0);
        m_chainResA.assign(m_nres, 0);
        m_chainResB.assign(m_nres, 0);
        m_lessonMark.assign(m_nl, 0);
        m_conflictResBegin.assign(m_nl + 1, 0);
        for (int l = 0; l < m_nl; ++l) {
            m_conflictResBegin[l] = int(m_conflictRes.size());
            for (int r : p.lessons[l].resources) {
                if (p.resources[r].tracksConflicts) {
                    m_conflictRes.push_back(r);
                }
            }
        }
        m_conflictResBegin[m_nl] = int(m_conflictRes.size());
        m_resCount.assign(size_t(m_nres) * m_cs, 0);
        m_resXor.assign(size_t(m_nres) * m_cs, 0);
        m_lessonClash.assign(m_nl, 0);
        m_busyOk = m_o.freeStarts && m_cs <= 64;
        m_busy.assign(m_busyOk ? size_t(m_nres) : 0, 0);
        m_roomCount.assign(size_t(m_nr) * m_cs, 0);
        m_roomOcc.assign(size_t(m_nr) * m_cs, -1);
        m_roomSoftTmp.assign(m_nr, 0);
        m_rw = (m_nr + 63) / 64;
        m_roomVacant.assign(size_t(m_cs) * m_rw, 0);
        for (int c = 0; c < m_cs; ++c) {
            for (int r = 0; r < m_nr; ++r) {
                m_roomVacant[size_t(c) * m_rw + r / 64] |= uint64_t(1) << (r % 64);
            }
        }
        m_chainVacated.assign(2 * size_t(m_rw), 0);
        // rooms as bits for kempeChain's room choice; it takes the first of equally cheap rooms in
        // L.rooms order, which is ascending wherever a model is read (checked here)
        m_lessonRoomBits.assign(size_t(m_nl) * m_rw, 0);
        m_roomBitsOk = true;
        for (int l = 0; l < m_nl; ++l) {
            const std::vector<int> &rooms = p.lessons[l].rooms;
            m_roomBitsOk = m_roomBitsOk && std::is_sorted(rooms.begin(), rooms.end());
            for (int r : rooms) {
                m_lessonRoomBits[size_t(l) * m_rw + r / 64] |= uint64_t(1) << (r % 64);
            }
        }
        m_resMask.assign(size_t(m_nres) * m_cd, 0);
        m_dayCost.assign(size_t(m_nres) * m_cd, Cost{});
        m_dayCounts.assign(size_t(m_nres) * m_cd, WeekCounts{});
        m_noGap.assign(size_t(m_nres) * m_cd, 0);
        for (int r = 0; r < m_nres; ++r) {
            for (int cd = 0; cd < m_cd; ++cd) {
                m_noGap[size_t(r) * m_cd + cd] = p.resources[r].unavailableMask(cd, m_ppd);
            }
        }
        m_week.assign(size_t(m_nres) * p.weeks, WeekCounts{});
        m_resRules.resize(m_nres);
        m_resConflict.resize(m_nres);
        m_isoOnly.resize(m_nres);
        for (int r = 0; r < m_nres; ++r) {
            const Resource &R = p.resources[r];
            m_resRules[r] = R.hasDayRules();
            m_resConflict[r] = R.tracksConflicts;
            m_isoOnly[r] = R.isolatedWeight > 0 && !R.hasRulesBesidesIsolated();
        }
        m_resRest.assign(m_nres, 0);
        for (int r = 0; r < m_nres; ++r) {
            const Resource &R = p.resources[r];
            m_resRest[r] = m_p.days > 1 && (R.minRestingHours.active() || R.minRestingHoursWrap.active());
            m_anyRest = m_anyRest || m_resRest[r];
        }
        if (m_anyRest) {
            m_restCost.assign(size_t(m_nres) * m_cd, Cost{});
        }
        // the empty days' and weeks' cost (minimums that bind them), so that m_hard/m_soft are absolute
        for (int r = 0; r < m_nres; ++r) {
            if (p.resources[r].minDaysPerWeek.active()) {
                for (int w = 0; w < p.weeks; ++w) {
                    const Cost c = weekCost(r, WeekCounts{});
                    m_hard += c.hard;
                    m_softInit += c.soft;
                }
            }
            if (!p.resources[r].minHoursEveryDay.active()) {
                continue;
            }
            for (int cd = 0; cd < m_cd; ++cd) {
                const size_t di = size_t(r) * m_cd + cd;
                WeekCounts counts;
                m_dayCost[di] = dayCost(r, di, 0, counts);
                m_hard += m_dayCost[di].hard;
                m_softInit += int(m_dayCost[di].soft);
            }
        }
        m_spreadDayCount.assign(p.spreads.size() * p.days, 0);
        m_spreadDistinct.assign(p.spreads.size(), 0);
        for (const SpreadConstraint &sp : p.spreads) {
            // the empty timetable's spread cost, so that m_hard/m_soft are absolute
            if (sp.mode == SpreadConstraint::Mode::DistinctDays) {
                (sp.hard ? m_hard : m_softInit) += spreadCost(sp, 0);
            }
        }
        m_soft = m_softInit;
        m_lessonSpreads.resize(m_nl);
        for (size_t s = 0; s < p.spreads.size(); ++s) {
            for (int l : p.spreads[s].lessons) {
                m_lessonSpreads[l].push_back(int(s));
            }
        }
        m_courseRoomCount.assign(p.courses.size() * size_t(std::max(1, m_nr)), 0);
        m_courseDistinct.assign(p.courses.size(), 0);
        m_roomUnavailable.assign(size_t(m_nr) * m_cs, 0);
        for (int r = 0; r < m_nr; ++r) {
            const auto &u = p.rooms[r].unavailable;
            for (size_t s = 0; s < u.size(); ++s) {
                m_roomUnavailable[size_t(r) * m_cs + s] = u[s];
                m_anyRoomUnavailable = m_anyRoomUnavailable || u[s];
            }
        }
        // soft costs per (lesson, start) and (lesson, room)
        m_slotCost.assign(size_t(m_nl) * m_ws, 0);
        m_roomCost.assign(size_t(m_nl) * std::max(1, m_nr), 0);
        for (int l = 0; l < m_nl; ++l) {
            const Lesson &L = p.lessons[l];
            for (int s = 0; s < m_ws; ++s) {
                int v = L.slotCost.empty() ? 0 : L.slotCost[s];
                if (o.changePenalty > 0 && l < int(o.initial.size()) && o.initial[l].start >= 0
                    && o.initial[l].start != s) {
                    v += o.changePenalty;
                }
                m_slotCost[size_t(l) * m_ws + s] = v;
            }
            for (int r = 0; r < m_nr; ++r) {
                m_roomCost[size_t(l) * m_nr + r] = std::max(0, L.students - p.rooms[r].capacity) * p.capacityWeight
                    + (L.roomCost.empty() ? 0 : L.roomCost[r]);
            }
        }
        // domains
        m_allowed.assign(size_t(m_nl) * m_ws, 0);
        m_domain.resize(m_nl);
        for (int l = 0; l < m_nl; ++l) {
            const auto &rooms = p.lessons[l].rooms;
            // a member of a same-start group keeps its room when the group moves: a start where
            // every room of the member is closed is left out of the group's domain (a single
            // lesson keeps such starts, as steps of its room and time moves)
            const bool pruneClosed = m_anyRoomUnavailable && !rooms.empty() && p.lessons[l].sameStartGroup >= 0;
            for (int s = 0; s < m_ws; ++s) {
                if (startAllowed(p, l, s)
                    && (!pruneClosed || std::any_of(rooms.begin(), rooms.end(), [&](int r) { return roomFree(l, s, r); }))) {
                    m_allowed[size_t(l) * m_ws + s] = 1;
                }
            }
        }
        // same-start groups: every member gets the intersection of the members' domains
        std::map<int, std::vector<int>> groups;
        for (int l = 0; l < m_nl; ++l) {
            if (p.lessons[l].sameStartGroup >= 0) {
                groups[p.lessons[l].sameStartGroup].push_back(l);
            }
        }
        m_group.assign(m_nl, -1);
        for (auto &[id, members] : groups) {
            if (members.size() < 2) {
                continue;
            }
            const int g = int(m_groups.size());
            for (int s = 0; s < m_ws; ++s) {
                bool ok = true;
                for (int l : members) {
                    ok = ok && m_allowed[size_t(l) * m_ws + s];
                }
                for (int l : members) {
                    m_allowed[size_t(l) * m_ws + s] = ok;
                }
            }
            for (int l : members) {
                m_group[l] = g;
            }
            m_groups.push_back(members);
        }
        m_domainMask.assign(m_nl, 0);
        for (int l = 0; l < m_nl; ++l) {
            for (int s = 0; s < m_ws; ++s) {
                if (m_allowed[size_t(l) * m_ws + s]) {
                    m_domain[l].push_back(s);
                    if (m_busyOk) {
                        m_domainMask[l] |= uint64_t(1) << s;
                    }
                }
            }
        }
        // fixed lessons (a fixed member fixes its whole group)
        m_fixed.assign(m_nl, 0);
        for (int l = 0; l < m_nl; ++l) {
            if (p.lessons[l].fixed) {
                m_fixed[l] = 1;
                if (m_group[l] >= 0) {
                    for (int m : m_groups[m_group[l]]) {
                        m_fixed[m] = 1;
                    }
                }
            }
        }
        m_kempeOk.assign(m_nl, 0);
        for (int l = 0; l < m_nl; ++l) {
            const Lesson &L = p.lessons[l];
            m_kempeOk[l] = !m_fixed[l] && m_group[l] < 0 && L.duration == 1 && p.weeks == 1 && !m_domain[l].empty();
            m_kempeAny = m_kempeAny || m_kempeOk[l];
        }
        for (int l = 0; l < m_nl; ++l) {
            if (!m_fixed[l] && !m_domain[l].empty()) {
                m_movable.push_back(l);
            }
            if (!m_fixed[l] || p.lessons[l].fixedRoom == NoRoom) {
                if (p.lessons[l].rooms.size() > 1) {
                    m_roomMovable.push_back(l);
                }
            }
        }
        setUpExtraRules();
        m_ruleResBegin.assign(m_nl + 1, 0);
        for (int l = 0; l < m_nl; ++l) {
            m_ruleResBegin[l] = int(m_ruleRes.size());
            for (int r : p.lessons[l].resources) {
                if (m_resRules[r]) {
                    m_ruleRes.push_back(r);
                }
            }
        }
        m_ruleResBegin[m_nl] = int(m_ruleRes.size());
        setUpTwins();
    }

    /// Twins: Kempe-chain lessons that differ in nothing but their name (ITC-2007: the lectures
    /// of one course). Two twins that trade places leave the timetable as it was, up to names.
    void setUpTwins()
    {
        const Problem &p = m_p;
        using Key = std::tuple<int, int, std::vector<int>, std::vector<int>, std::vector<char>, std::vector<int>,
                               std::vector<int>, std::vector<int>>;
        std::map<Key, int> classes;
        m_twin.assign(m_nl, -1);
        for (int l = 0; l < m_nl; ++l) {
            const Lesson &L = p.lessons[l];
            if (!m_kempeOk[l] || m_extra[l]) {
                continue;
            }
            Key key{L.course, L.students, L.resources, L.rooms, L.forbiddenStart, L.slotCost, L.roomCost, m_lessonSpreads[l]};
            m_twin[l] = classes.emplace(std::move(key), int(classes.size())).first->second;
        }
    }

    /// Bookkeeping of the building-change rules, grouped and ends-day constraints. Each is
    /// switched on per lesson only where used, so problems without them pay one test per move.
    void setUpExtraRules()
    {
        const Problem &p = m_p;
        m_lessonBld.assign(m_nl, 0);
        m_lessonEndsAny.assign(m_nl, 0);
        m_lessonGrouped.resize(m_nl);
        // OrderedMinGap: per member of the second part, 1 if it is in the first part too (its own
        // mark does not count against it)
        m_groupBoth.assign(p.grouped.size(), {});
        for (size_t g = 0; g < p.grouped.size(); ++g) {
            const GroupedConstraint &G = p.grouped[g];
            if (G.kind != GroupedConstraint::Kind::OrderedMinGap) {
                continue;
            }
            const auto firstEnd = G.lessons.begin() + G.firstCount;
            for (auto it = firstEnd; it != G.lessons.end(); ++it) {
                m_groupBoth[g].push_back(char(std::count(G.lessons.begin(), firstEnd, *it)));
            }
        }
        m_lessonEnds.resize(m_nl);
        // buildings
        m_roomBld.assign(m_nr, -1);
        for (int r = 0; r < m_nr; ++r) {
            m_roomBld[r] = p.rooms[r].building;
            m_nb = std::max(m_nb, p.rooms[r].building + 1);
        }
        m_resBld.assign(m_nres, 0);
        bool anyBld = false;
        for (int r = 0; r < m_nres && m_nb > 0; ++r) {
            m_resBld[r] = p.resources[r].hasBuildingRules();
            anyBld = anyBld || m_resBld[r];
        }
        if (anyBld) {
            m_bldCount.assign(size_t(m_nres) * m_cs * m_nb, 0);
            m_bldDayCost.assign(size_t(m_nres) * m_cd, Cost{});
            m_bldDayChanges.assign(size_t(m_nres) * m_cd, 0);
            m_bldWeekChanges.assign(size_t(m_nres) * p.weeks, 0);
            for (int l = 0; l < m_nl; ++l) {
                const Lesson &L = p.lessons[l];
                bool res = false;
                bool room = false;
                for (int r : L.resources) {
                    res = res || m_resBld[r];
                }
                for (int r : L.rooms) {
                    room = room || m_roomBld[r] >= 0;
                }
                m_lessonBld[l] = res && room;
            }
        }
        // grouped
        m_groupedCost.assign(p.grouped.size(), Cost{});
        for (size_t g = 0; g < p.grouped.size(); ++g) {
            for (int l : p.grouped[g].lessons) {
                auto &v = m_lessonGrouped[l];
                if (std::find(v.begin(), v.end(), int(g)) == v.end()) {
                    v.push_back(int(g));
                }
            }
        }
        // ends day
        m_resEnds.assign(m_nres, 0);
        for (const EndsDayConstraint &e : p.endsDay) {
            for (int r : e.resources) {
                m_resEnds[r] = 1;
                m_resRules[r] = 1; // the day masks are needed
                Cost w;
                (e.hard ? w.hard : w.soft) = e.weight;
                auto &v = m_lessonEnds[e.lesson];
                auto it = std::find_if(v.begin(), v.end(), [&](const auto &x) { return x.first == r; });
                if (it == v.end()) {
                    v.push_back({r, w});
                } else {
                    it->second.hard += w.hard;
                    it->second.soft += w.soft;
                }
            }
        }
        if (!p.endsDay.empty()) {
            m_endW.assign(size_t(m_nres) * m_cd * m_ppd, Cost{});
            m_endCost.assign(size_t(m_nres) * m_cd, Cost{});
            for (int l = 0; l < m_nl; ++l) {
                for (int r : p.lessons[l].resources) {
                    m_lessonEndsAny[l] = m_lessonEndsAny[l] || m_resEnds[r];
                }
            }
        }
        // room groups
        m_lessonRoomGroups.assign(m_nl, {});
        m_rgCount.assign(p.roomGroups.size() * size_t(std::max(1, m_nr)), 0);
        m_rgPlaced.assign(p.roomGroups.size(), 0);
        m_rgCost.assign(p.roomGroups.size(), Cost{});
        for (size_t g = 0; g < p.roomGroups.size(); ++g) {
            for (int l : p.roomGroups[g].lessons) {
                m_lessonRoomGroups[l].push_back(int(g));
            }
        }
        m_extra.assign(m_nl, 0);
        for (int l = 0; l < m_nl; ++l) {
            m_extra[l] = char((m_lessonBld[l] ? ExtraBuilding : 0) | (m_lessonEndsAny[l] ? ExtraEnds : 0)
                              | (m_lessonGrouped[l].empty() ? 0 : ExtraGrouped)
                              | (m_lessonRoomGroups[l].empty() ? 0 : ExtraRooms | ExtraRoomTerms));
        }
        // grouped rules that look at rooms
        for (const GroupedConstraint &g : p.grouped) {
            if (g.kind == GroupedConstraint::Kind::SameRoomIfConsecutive) {
                m_anyRoomGrouped = true;
                for (int l : g.lessons) {
                    m_extra[l] = char(m_extra[l] | ExtraRoomTerms);
                }
            }
        }
    }

    // ---- building changes ----------------------------------------------------------

    /// Building cost of one day (cycle slots dayBase .. dayBase+ppd-1) of resource res, with
    /// building remB taken away at periods [remT, remT+dur) and addB added at [addT, addT+dur)
    /// (-1: nothing). `changes` receives the day's building changes.
    Cost buildingDay(int res, int dayBase, int remT, int remB, int addT, int addB, int dur, int &changes) const
    {
        const Resource &R = m_p.resources[res];
        const int16_t *cnt = &m_bldCount[(size_t(res) * m_cs + dayBase) * m_nb];
        changes = 0;
        int tooClose = 0;
        int lastT = -1;
        int lastB = -1;
        for (int t = 0; t < m_ppd; ++t) {
            int b = -1;
            const int16_t *c = cnt + size_t(t) * m_nb;
            const bool inRem = t >= remT && t < remT + dur;
            const bool inAdd = t >= addT && t < addT + dur;
            for (int k = 0; k < m_nb; ++k) {
                const int v = c[k] - (inRem && k == remB) + (inAdd && k == addB);
                if (v > 0) {
                    b = k;
                    break;
                }
            }
            if (b < 0) {
                continue;
            }
            if (lastB >= 0 && b != lastB) {
                ++changes;
                tooClose += t - lastT - 1 < R.minGapsBetweenBuildingChanges.limit;
            }
            lastB = b;
            lastT = t;
        }
        Cost c;
        addRule(c, R.maxBuildingChangesPerDay, excess(R.maxBuildingChangesPerDay, changes));
        if (R.minGapsBetweenBuildingChanges.active()) {
            addRule(c, R.minGapsBetweenBuildingChanges, tooClose * R.minGapsBetweenBuildingChanges.weight);
        }
        return c;
    }

    Cost buildingWeek(int res, int changes) const
    {
        const Rule &rule = m_p.resources[res].maxBuildingChangesPerWeek;
        Cost c;
        addRule(c, rule, excess(rule, changes));
        return c;
    }

    /// Change of resource res's week rule cost (week index wi) if its building changes grow by dch.
    Cost buildingWeekDelta(int res, size_t wi, int dch) const
    {
        return buildingWeek(res, m_bldWeekChanges[wi] + dch) - buildingWeek(res, m_bldWeekChanges[wi]);
    }

    /// Recomputes the building cost of (res, week w, cycle day cd) from the counts.
    void refreshBuildingDay(int res, int w, int cd)
    {
        const size_t di = size_t(res) * m_cd + cd;
        int changes = 0;
        const Cost nc = buildingDay(res, w * m_ws + (cd % m_p.days) * m_ppd, -1, -1, -1, -1, 0, changes);
        const Cost dc = nc - m_bldDayCost[di];
        m_bldDayCost[di] = nc;
        addHard(dc.hard, WDay, di);
        m_soft += dc.soft;
        const int dch = changes - m_bldDayChanges[di];
        if (dch != 0) {
            m_bldDayChanges[di] = changes;
            const size_t wi = size_t(res) * m_p.weeks + w;
            const Cost dw = buildingWeekDelta(res, wi, dch);
            m_bldWeekChanges[wi] += dch;
            addHard(dw.hard, WWeek, wi);
            m_soft += dw.soft;
        }
    }

    /// Building cost change of moving lesson l (resource res, week w) from (day0, t0) in
    /// building b0 to (day1, t1) in building b1 (-1: no building).
    Cost buildingMoveDelta(int res, int w, int day0, int t0, int b0, int day1, int t1, int b1, int dur) const
    {
        const size_t wi = size_t(res) * m_p.weeks + w;
        const size_t di0 = size_t(res) * m_cd + w * m_p.days + day0;
        const size_t di1 = size_t(res) * m_cd + w * m_p.days + day1;
        Cost d;
        int dch = 0;
        if (day0 == day1) {
            int ch = 0;
            d = buildingDay(res, w * m_ws + day0 * m_ppd, t0, b0, t1, b1, dur, ch) - m_bldDayCost[di0];
            d.hard *= weightOf(WDay, di0);
            dch = ch - m_bldDayChanges[di0];
        } else {
            int ch0 = 0;
            int ch1 = 0;
            const Cost c0 = b0 >= 0 ? buildingDay(res, w * m_ws + day0 * m_ppd, t0, b0, -1, -1, dur, ch0) : m_bldDayCost[di0];
            const Cost c1 = b1 >= 0 ? buildingDay(res, w * m_ws + day1 * m_ppd, -1, -1, t1, b1, dur, ch1) : m_bldDayCost[di1];
            if (b0 < 0) {
                ch0 = m_bldDayChanges[di0];
            }
            if (b1 < 0) {
                ch1 = m_bldDayChanges[di1];
            }
            d = c0 - m_bldDayCost[di0];
            d.hard *= weightOf(WDay, di0);
            d.hard += (c1.hard - m_bldDayCost[di1].hard) * weightOf(WDay, di1);
            d.soft += c1.soft - m_bldDayCost[di1].soft;
            dch = ch0 - m_bldDayChanges[di0] + ch1 - m_bldDayChanges[di1];
        }
        if (dch != 0) {
            const Cost dw = buildingWeekDelta(res, wi, dch);
            d.hard += dw.hard * weightOf(WWeek, wi);
            d.soft += dw.soft;
        }
        return d;
    }

    // ---- ends-day constraints ------------------------------------------------------

    /// Ends-day cost of (res, cycle day cd) for the day mask `mask`, with the weight w of one
    /// constrained lesson moved from last period remT to addT (-1: none).
    Cost endCost(int res, int cd, uint64_t mask, int remT, int addT, Cost w) const
    {
        Cost c;
        if (!mask) {
            return c;
        }
        const int hi = 63 - std::countl_zero(mask); // last busy period
        const Cost *e = &m_endW[(size_t(res) * m_cd + cd) * m_ppd];
        for (int t = 0; t < hi; ++t) {
            c.hard += e[t].hard;
            c.soft += e[t].soft;
        }
        if (remT >= 0 && remT < hi) {
            c.hard -= w.hard;
            c.soft -= w.soft;
        }
        if (addT >= 0 && addT < hi) {
            c.hard += w.hard;
            c.soft += w.soft;
        }
        return c;
    }

    Cost lessonEndWeight(int l, int res) const
    {
        for (const auto &[r, w] : m_lessonEnds[l]) {
            if (r == res) {
                return w;
            }
        }
        return Cost{};
    }

    void refreshEnd(int res, int cd)
    {
        const size_t di = size_t(res) * m_cd + cd;
        const Cost nc = endCost(res, cd, m_resMask[di], -1, -1, Cost{});
        const Cost dc = nc - m_endCost[di];
        m_endCost[di] = nc;
        addHard(dc.hard, WDay, di);
        m_soft += dc.soft;
    }

    // ---- grouped constraints -------------------------------------------------------

    /// Cost of grouped constraint g with lesson l at start sl (-1: unplaced), the others
    /// where they are.
    /// Cost of grouped rule g now, or with lesson l at start sl in room rl (sl -1: unplaced).
    Cost groupedCost(int g, int l, int sl, int rl) const
    {
        using K = GroupedConstraint::Kind;
        const GroupedConstraint &G = m_p.grouped[g];
        int lo = 0;
        int hi = 0;
        int firstStart = 0;
        int previousEnd = -1;
        int most = 0;     // SameDay, SameHour: the most members on one day (hour)
        int tooClose = 0; // MinGap: pairs too close
        uint64_t covered = 0; // Grouped, Consecutive: the members' periods of their day
        bool ok = true;
        for (int a : G.lessons) {
            if ((a == l ? sl : m_start[a]) < 0) {
                return Cost{}; // an unplaced member: nothing to check yet
            }
        }
        for (size_t i = 0; i < G.lessons.size(); ++i) {
            const int a = G.lessons[i];
            const int sa = a == l ? sl : m_start[a];
            const int ea = sa + m_p.lessons[a].duration;
            if (i == 0) {
                lo = firstStart = sa;
                hi = ea;
            }
            switch (G.kind) {
            case K::Consecutive:
                ok = ok && (i == 0 || sa >= previousEnd);
                [[fallthrough]];
            case K::Grouped:
                // one day, no two overlapping, nothing but breaks between them (checked below)
                ok = ok && sa / m_ppd == lo / m_ppd;
                lo = std::min(lo, sa);
                hi = std::max(hi, ea);
                covered |= ones(ea - sa) << (sa % m_ppd);
                for (size_t j = 0; j < i && ok; ++j) {
                    const int b = G.lessons[j];
                    const int sb = b == l ? sl : m_start[b];
                    ok = ea <= sb || sb + m_p.lessons[b].duration <= sa;
                }
                break;
            case K::SameDay:
            case K::SameHour: {
                uint16_t &n = m_groupTally[G.kind == K::SameDay ? sa / m_ppd : sa % m_ppd];
                most = std::max<int>(most, ++n);
                break;
            }
            case K::Ordered:
                ok = ok && (i == 0 || previousEnd <= sa);
                break;
            case K::OrderedIfSameDay:
                ok = ok && (i == 0 || (previousEnd - 1) / m_ppd != sa / m_ppd || previousEnd <= sa);
                break;
            case K::MinGap:
                for (size_t j = 0; j < i; ++j) {
                    const int b = G.lessons[j];
                    const int sb = b == l ? sl : m_start[b];
                    tooClose += sb / m_ppd == sa / m_ppd && sb + m_p.lessons[b].duration + G.gap > sa && ea + G.gap > sb;
                }
                break;
            case K::MaxDays:
                for (size_t j = 0; j < i; ++j) {
                    const int b = G.lessons[j];
                    const int sb = b == l ? sl : m_start[b];
                    tooClose += std::abs(sb / m_ppd - sa / m_ppd) > G.gap;
                }
                break;
            case K::OrderedMinGap:
                // the first part marks the periods from each start to `gap` after its end (in its
                // day); a member of the second part starting in a period marked by another lesson
                // is too close
                if (i < size_t(G.firstCount)) {
                    for (int t = sa; t < std::min(ea + G.gap, sa - sa % m_ppd + m_ppd); ++t) {
                        ++m_groupTally[size_t(t)];
                    }
                } else {
                    tooClose += m_groupTally[size_t(sa)] > m_groupBoth[g][i - size_t(G.firstCount)];
                }
                break;
            case K::MaxSimultaneous:
                for (int t = sa; t < ea && !G.selected.empty(); ++t) {
                    if ((G.selected[size_t(t / m_ppd)] >> (t % m_ppd)) & 1) {
                        tooClose += ++m_groupTally[size_t(t)] > G.gap;
                    }
                }
                break;
            case K::SameRoomIfConsecutive: {
                const int ra = a == l ? rl : m_room[a];
                for (size_t j = 0; j < i && ra != NoRoom; ++j) {
                    const int b = G.lessons[j];
                    const int sb = b == l ? sl : m_start[b];
                    const int rb = b == l ? rl : m_room[b];
                    tooClose += sb / m_ppd == sa / m_ppd && (sb + m_p.lessons[b].duration == sa || ea == sb)
                        && rb != NoRoom && rb != ra;
                }
                break;
            }
            }
            previousEnd = ea;
        }
        int broken = 0;
        switch (G.kind) {
        case K::Grouped:
        case K::Consecutive: {
            const uint64_t span = ones(hi - lo) << (lo % m_ppd);
            broken = !ok || (span & ~covered & ~m_p.breaksOn(lo / m_ppd)) != 0;
            break;
        }
        case K::Ordered:
        case K::OrderedIfSameDay:
            broken = !ok;
            break;
        case K::SameDay:
        case K::SameHour:
            broken = int(G.lessons.size()) - most;
            for (int a : G.lessons) { // clear the tally for the next call
                const int sa = a == l ? sl : m_start[a];
                m_groupTally[G.kind == K::SameDay ? sa / m_ppd : sa % m_ppd] = 0;
            }
            break;
        case K::MinGap:
        case K::SameRoomIfConsecutive:
        case K::MaxDays:
            broken = tooClose;
            break;
        case K::OrderedMinGap:
            broken = tooClose;
            for (int i = 0; i < G.firstCount; ++i) { // clear the tally for the next call
                const int a = G.lessons[size_t(i)];
                const int sa = a == l ? sl : m_start[a];
                for (int t = sa; t < std::min(sa + m_p.lessons[a].duration + G.gap, sa - sa % m_ppd + m_ppd); ++t) {
                    m_groupTally[size_t(t)] = 0;
                }
            }
            break;
        case K::MaxSimultaneous:
            broken = tooClose;
            for (int a : G.lessons) { // clear the tally for the next call
                const int sa = a == l ? sl : m_start[a];
                for (int t = sa; t < sa + m_p.lessons[a].duration; ++t) {
                    m_groupTally[size_t(t)] = 0;
                }
            }
            break;
        }
        Cost c;
        if (broken > 0) {
            (G.hard ? c.hard : c.soft) = G.weight * broken;
        }
        return c;
    }

    int64_t objective() const { return int64_t(m_hard) * m_hw + m_soft; }
    /// The number of hard violations (m_hard without the constraint weights' surplus).
    int hardCount() const { return m_hard - m_hardExtra; }

    /// Weight of one hard violation of term i of a weight family (WeightFamily).
    int weightOf(int family, size_t i) const { return m_weighted ? m_termW[family][i] : 1; }
    /// Adds v hard violations of term i of family w to m_hard (weighted) and to the surplus.
    void addHard(int v, int family, size_t i)
    {
        if (m_weighted) {
            const int e = v * (m_termW[family][i] - 1);
            m_hard += e;
            m_hardExtra += e;
        }
        m_hard += v;
    }
    /// Weighted constraints (repair phase, see constraintWeightInterval): every hard violation
    /// still present raises the weight of its term by one, so that violations that persist
    /// cost more and the walk is pushed off a plateau (breakout / constraint weighting). The
    /// terms: a (resource, period) or (room, period) cell for conflicts, a (resource, day) for
    /// day, building-day and ends-day rules, a (resource, week) for week rules, a spread and a
    /// grouped constraint.
    void raiseConstraintWeights()
    {
        forEachWeightedTerm([&](int family, size_t i, int v) {
            if (v > 0) {
                ++m_termW[family][i];
                m_hard += v;
                m_hardExtra += v;
                ++m_weightRaises;
            }
        });
        if (m_o.constraintWeightDecay > 0 && ++m_weightRounds % m_o.constraintWeightDecay == 0) {
            // forgetting: every weight above one comes down by one
            forEachWeightedTerm([&](int family, size_t i, int v) {
                int &w = m_termW[family][i];
                if (w > 1) {
                    --w;
                    const int d = std::max(0, v);
                    m_hard -= d;
                    m_hardExtra -= d;
                }
            });
        }
    }
    /// Calls f(family, index, violations) for every weighted term (violations may be <= 0).
    template<typename F>
    void forEachWeightedTerm(F &&f) const
    {
        for (int res = 0; res < m_nres; ++res) {
            const size_t row = size_t(res) * m_cs;
            for (int slot = 0; m_resConflict[res] && slot < m_cs; ++slot) {
                f(WRes, row + slot, m_resCount[row + slot] - 1);
            }
            for (int cd = 0; cd < m_cd; ++cd) {
                f(WDay, size_t(res) * m_cd + cd, dayHard(res, cd));
            }
            for (int w = 0; w < m_p.weeks; ++w) {
                f(WWeek, size_t(res) * m_p.weeks + w, weekHard(res, w));
            }
        }
        for (size_t i = 0; i < m_roomCount.size(); ++i) {
            f(WRoom, i, m_roomCount[i] - 1);
        }
        for (size_t si = 0; si < m_p.spreads.size(); ++si) {
            f(WSpread, si, spreadHard(int(si)));
        }
        for (size_t g = 0; g < m_groupedCost.size(); ++g) {
            f(WGrouped, g, m_groupedCost[g].hard);
        }
        for (size_t g = 0; g < m_rgCost.size(); ++g) {
            f(WRoomGroup, g, m_rgCost[g].hard);
        }
    }
    /// Hard violations of the day terms of (res, cycle day cd): day, building-day, ends-day rules.
    int dayHard(int res, int cd) const
    {
        const size_t di = size_t(res) * m_cd + cd;
        return (m_resRules[res] ? m_dayCost[di].hard : 0) + (m_bldDayCost.empty() ? 0 : m_bldDayCost[di].hard)
            + (m_endCost.empty() ? 0 : m_endCost[di].hard) + (m_restCost.empty() ? 0 : m_restCost[di].hard);
    }
    /// Hard violations of the week terms of (res, week w): week and building-week rules.
    int weekHard(int res, int w) const
    {
        const size_t wi = size_t(res) * m_p.weeks + w;
        return (m_resRules[res] ? weekCostAt(wi, res).hard : 0)
            + (m_bldWeekChanges.empty() ? 0 : buildingWeek(res, m_bldWeekChanges[wi]).hard);
    }
    /// Hard violations of spread si now (0 for a soft spread).
    int spreadHard(int si) const
    {
        const SpreadConstraint &sp = m_p.spreads[si];
        if (!sp.hard) {
            return 0;
        }
        if (sp.mode == SpreadConstraint::Mode::DistinctDays) {
            return spreadCost(sp, m_spreadDistinct[si]);
        }
        const int *dc = &m_spreadDayCount[size_t(si) * m_p.days];
        int pairs = 0;
        for (int d = 0; d < m_p.days; ++d) {
            pairs += dc[d] * (dc[d] - 1) / 2;
            for (int e = d + 1; e < std::min(m_p.days, d + sp.minDays); ++e) {
                pairs += dc[d] * dc[e];
            }
        }
        return pairs * sp.weight;
    }
    /// The weighted surplus recomputed from the weights and the violations of each term (checks).
    int64_t weightedSurplus() const
    {
        int64_t extra = 0;
        if (m_weighted) {
            forEachWeightedTerm([&](int family, size_t i, int v) {
                extra += v > 0 ? int64_t(m_termW[family][i] - 1) * v : 0;
            });
        }
        return extra;
    }
    void startConstraintWeights()
    {
        m_termW[WRes].assign(m_resCount.size(), 1);
        m_termW[WRoom].assign(m_roomCount.size(), 1);
        m_termW[WDay].assign(size_t(m_nres) * m_cd, 1);
        m_termW[WWeek].assign(size_t(m_nres) * m_p.weeks, 1);
        m_termW[WSpread].assign(m_p.spreads.size(), 1);
        m_termW[WGrouped].assign(m_p.grouped.size(), 1);
        m_termW[WRoomGroup].assign(m_p.roomGroups.size(), 1);
        m_weighted = true;
    }
    /// Back to one per violation (the end of the repair phase).
    void dropConstraintWeights()
    {
        m_hard -= m_hardExtra;
        m_hardExtra = 0;
        m_weighted = false;
    }

    bool roomFree(int l, int start, int room) const
    {
        if (room == NoRoom) {
            return true;
        }
        const Lesson &L = m_p.lessons[l];
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const char *u = &m_roomUnavailable[size_t(room) * m_cs + w * m_ws + start];
            for (int i = 0; i < L.duration; ++i) {
                if (u[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /// The isolated-lesson cost of a day of resource res with busy periods `mask`.
    int64_t isolatedCost(int res, uint64_t mask) const
    {
        return int64_t(std::popcount(mask & ~(mask << 1) & ~(mask >> 1))) * m_p.resources[res].isolatedWeight;
    }

    /// Day rules of resource day di (= res x m_cd + cycle day) with busy periods `mask`; `n` gets
    /// what the day adds to its week's counts.
    Cost dayCost(int res, size_t di, uint64_t mask, WeekCounts &n) const
    {
        const Resource &R = m_p.resources[res];
        Cost c;
        const int hours = std::popcount(mask);
        n.gaps = Resource::gapsOf(mask, m_noGap[di]);
        n.days = mask != 0;
        n.interval = intervalHit(res, mask);
        n.second = 0;
        n.selected = R.selectedMask.empty() ? 0 : std::popcount(mask & R.selectedMask[(di % size_t(m_cd)) % size_t(m_p.days)]);
        if (R.isolatedWeight) {
            c.soft += isolatedCost(res, mask);
        }
        addRule(c, R.maxHoursDaily, excess(R.maxHoursDaily, hours));
        addRule(c, R.minHoursDaily, shortfall(R.minHoursDaily, hours));
        if (R.minHoursEveryDay.active()) {
            addRule(c, R.minHoursEveryDay, std::max(0, R.minHoursEveryDay.limit - hours) * R.minHoursEveryDay.weight);
        }
        if (R.maxSecondPeriodStarts.active()) {
            const int rank = Resource::startRank(mask, m_noGap[di]);
            n.second = rank == 1;
            addRule(c, R.maxSecondPeriodStarts, std::max(0, rank - 1) * R.maxSecondPeriodStarts.weight);
        }
        addRule(c, R.maxGapsPerDay, excess(R.maxGapsPerDay, n.gaps));
        if (R.maxHoursContinuously.active()) {
            int longest = 0;
            for (uint64_t m = mask; m; m &= m << 1) {
                ++longest;
            }
            addRule(c, R.maxHoursContinuously, excess(R.maxHoursContinuously, longest));
        }
        n.longSpans = 0;
        if (R.maxSpanPerDay.active()) {
            const int span = Resource::spanOf(mask);
            n.longSpans = R.spanLong(span);
            addRule(c, R.maxSpanPerDay, R.spanExcess(span) * R.maxSpanPerDay.weight);
        }
        return c;
    }

    Cost weekCost(int res, const WeekCounts &n) const
    {
        const Resource &R = m_p.resources[res];
        Cost c;
        addRule(c, R.maxGapsPerWeek, excess(R.maxGapsPerWeek, n.gaps));
        addRule(c, R.maxDaysPerWeek, excess(R.maxDaysPerWeek, n.days));
        if (R.minDaysPerWeek.active()) {
            addRule(c, R.minDaysPerWeek, std::max(0, R.minDaysPerWeek.limit - n.days) * R.minDaysPerWeek.weight);
        }
        addRule(c, R.intervalMaxDaysPerWeek, excess(R.intervalMaxDaysPerWeek, n.interval));
        addRule(c, R.maxSecondPeriodStarts, excess(R.maxSecondPeriodStarts, n.second));
        addRule(c, R.maxSelectedPeriods, excess(R.maxSelectedPeriods, n.selected));
        if (R.maxSpanPerDay.active()) {
            addRule(c, R.maxSpanPerDay, std::max(0, n.longSpans - 1) * R.maxSpanPerDay.weight);
        }
        return c;
    }

    Cost weekCostAt(size_t wi, int res, const WeekCounts &d = {}) const { return weekCost(res, m_week[wi] + d); }

    int intervalHit(int res, uint64_t mask) const { return (mask & m_p.resources[res].intervalMask) != 0; }

    /// Adds to h and sc the change of resource res's day di (day rules) from its busy periods now
    /// to n, and to dw the change of what its week's rules count.
    [[gnu::always_inline]] void dayDelta(int res, size_t di, uint64_t n, int &h, int64_t &sc, WeekCounts &dw) const
    {
        if (m_isoOnly[res]) { // (ITC-2007's curricula) nothing but isolated lessons: no week counts
            sc += isolatedCost(res, n) - m_dayCost[di].soft;
            return;
        }
        WeekCounts counts;
        const Cost nc = dayCost(res, di, n, counts);
        const Cost oc = m_dayCost[di];
        h += (nc.hard - oc.hard) * weightOf(WDay, di);
        sc += nc.soft - oc.soft;
        dw = dw + (counts - m_dayCounts[di]);
    }
    /// Adds to h and sc the change of resource res's week wi (week rules) by dw.
    [[gnu::always_inline]] void weekDelta(int res, size_t wi, const WeekCounts &dw, int &h, int64_t &sc) const
    {
        if (!dw.any()) {
            return;
        }
        const Cost ow = weekCostAt(wi, res);
        const Cost nw = weekCostAt(wi, res, dw);
        h += (nw.hard - ow.hard) * weightOf(WWeek, wi);
        sc += nw.soft - ow.soft;
    }

    void refreshDay(int res, int cd, uint64_t mask)
    {
        const size_t idx = size_t(res) * m_cd + cd;
        m_resMask[idx] = mask;
        if (m_isoOnly[res]) { // as dayDelta: the week counts of such a resource stay 0
            const int64_t soft = isolatedCost(res, mask);
            m_soft += soft - m_dayCost[idx].soft;
            m_dayCost[idx].soft = int(soft);
            return;
        }
        WeekCounts counts;
        const Cost nc = dayCost(res, idx, mask, counts);
        const Cost oc = m_dayCost[idx];
        addHard(nc.hard - oc.hard, WDay, idx);
        m_soft += nc.soft - oc.soft;
        m_dayCost[idx] = nc;
        const WeekCounts dw = counts - m_dayCounts[idx];
        m_dayCounts[idx] = counts;
        if (dw.any()) {
            const size_t wi = size_t(res) * m_p.weeks + cd / m_p.days;
            const Cost ow = weekCostAt(wi, res);
            m_week[wi] = m_week[wi] + dw;
            const Cost nw = weekCostAt(wi, res);
            addHard(nw.hard - ow.hard, WWeek, wi);
            m_soft += nw.soft - ow.soft;
        }
        if (m_resRest[res]) { // the rest before this day and after it
            for (const int pd : {prevDay(cd), cd}) {
                const size_t pi = size_t(res) * m_cd + pd;
                const Cost nc = restCost(res, pd, m_resMask[pi], m_resMask[size_t(res) * m_cd + nextDay(pd)]);
                const Cost dc = nc - m_restCost[pi];
                m_restCost[pi] = nc;
                addHard(dc.hard, WDay, pi);
                m_soft += dc.soft;
            }
        }
    }

    /// The next and the previous day of cycle day cd in its week (the last day's next is the
    /// week's first: the rest rules go round each week of the cycle on its own).
    int nextDay(int cd) const { return cd - cd % m_p.days + (cd % m_p.days + 1) % m_p.days; }
    int prevDay(int cd) const { return cd - cd % m_p.days + (cd % m_p.days + m_p.days - 1) % m_p.days; }
    /// The rest between cycle day pd (busy periods a) and its next day (b): minRestingHours, or
    /// minRestingHoursWrap from the week's last day to its first.
    Cost restCost(int res, int pd, uint64_t a, uint64_t b) const
    {
        const Resource &R = m_p.resources[res];
        const Rule &rule = pd % m_p.days + 1 < m_p.days ? R.minRestingHours : R.minRestingHoursWrap;
        Cost c;
        addRule(c, rule, Resource::restShort(rule, Resource::restBetween(a, b, m_ppd)));
        return c;
    }
    /// The change of resource res's rest between days when cycle day da gets busy periods na and
    /// day db (-1: none) nb, added to h and sc.
    void restDelta(int res, int da, uint64_t na, int db, uint64_t nb, int &h, int64_t &sc) const
    {
        const size_t row = size_t(res) * m_cd;
        auto maskAt = [&](int d) { return d == da ? na : d == db ? nb : m_resMask[row + size_t(d)]; };
        int pairs[4] = {prevDay(da), da, -1, -1};
        if (db >= 0) {
            pairs[2] = prevDay(db);
            pairs[3] = db;
        }
        for (int i = 0; i < 4; ++i) {
            const int pd = pairs[i];
            if (pd < 0 || std::find(pairs, pairs + i, pd) != pairs + i) {
                continue;
            }
            const Cost dc = restCost(res, pd, maskAt(pd), maskAt(nextDay(pd))) - m_restCost[row + size_t(pd)];
            h += dc.hard * weightOf(WDay, row + size_t(pd));
            sc += dc.soft;
        }
    }

    int spreadCost(const SpreadConstraint &s, int distinct) const
    {
        return std::max(0, s.minDays - distinct) * s.weight;
    }

    /// A soft minimum-days spread (a course's minimum working days) that currently costs something.
    bool softSpreadShort(int si) const
    {
        const SpreadConstraint &sp = m_p.spreads[si];
        return !sp.hard && sp.mode == SpreadConstraint::Mode::DistinctDays && spreadCost(sp, m_spreadDistinct[si]) > 0;
    }

    /// Adds (sign = +1) or removes (sign = -1) one lesson on `day` to spread si's day counts;
    /// returns the change of its cost (unweighted).
    int spreadTouch(int si, int day, int sign)
    {
        const SpreadConstraint &s = m_p.spreads[si];
        int *dc = &m_spreadDayCount[size_t(si) * m_p.days];
        if (s.mode == SpreadConstraint::Mode::DistinctDays) {
            const int before = spreadCost(s, m_spreadDistinct[si]);
            if (sign > 0) {
                m_spreadDistinct[si] += (dc[day] == 0);
                ++dc[day];
            } else {
                --dc[day];
                m_spreadDistinct[si] -= (dc[day] == 0);
            }
            return spreadCost(s, m_spreadDistinct[si]) - before;
        }
        if (sign < 0) {
            --dc[day];
        }
        int pairs = 0;
        const int lo = std::max(0, day - s.minDays + 1);
        const int hi = std::min(m_p.days - 1, day + s.minDays - 1);
        for (int d = lo; d <= hi; ++d) {
            pairs += dc[d];
        }
        if (sign > 0) {
            ++dc[day];
        }
        return sign * pairs * s.weight;
    }

    /// Adds (sign = +1) or removes (sign = -1) one lesson of course c in `room` to the room
    /// stability counts; returns the change of the soft cost.
    int64_t stabilityTouch(int c, int room, int sign)
    {
        const int w = m_p.courses[c].roomStabilityWeight;
        int &cnt = m_courseRoomCount[size_t(c) * m_nr + room];
        const int before = std::max(0, m_courseDistinct[c] - 1) * w;
        if (sign > 0) {
            m_courseDistinct[c] += (cnt == 0);
            ++cnt;
        } else {
            --cnt;
            m_courseDistinct[c] -= (cnt == 0);
        }
        return std::max(0, m_courseDistinct[c] - 1) * w - before;
    }

    /// Adds (sign = +1) or removes (sign = -1) lesson l at (start, room) to the bookkeeping.
    void touch(int l, int start, int room, int sign)
    {
        const Lesson &L = m_p.lessons[l];
        m_soft += sign * m_slotCost[size_t(l) * m_ws + start];
        if (room != NoRoom) {
            m_soft += sign * m_roomCost[size_t(l) * m_nr + room];
        }
        const int day = start / m_ppd;
        const int t0 = start % m_ppd;
        if (room != NoRoom && m_anyRoomUnavailable && !roomFree(l, start, room)) {
            m_hard += sign; // a room used while it is unavailable
        }
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const int base = w * m_ws + start;
            const int cd = w * m_p.days + day;
            for (int res : L.resources) {
                int16_t *cnt = &m_resCount[size_t(res) * m_cs + base];
                int *occ = &m_resXor[size_t(res) * m_cs + base];
                bool maskChanged = false;
                const int conflicts = m_resConflict[res];
                for (int i = 0; i < L.duration; ++i) {
                    const int c = cnt[i];
                    occ[i] ^= l + 1;
                    if (m_trackClash && c > (sign < 0) && conflicts) {
                        // a shared cell: l's clash count, and the other holder's when it was or
                        // is left alone there (the XOR names it)
                        if (sign > 0) {
                            ++m_lessonClash[l];
                            if (c == 1) {
                                ++m_lessonClash[(occ[i] ^ (l + 1)) - 1];
                            }
                        } else {
                            --m_lessonClash[l];
                            if (c == 2) {
                                --m_lessonClash[occ[i] - 1];
                            }
                        }
                    }
                    const int v = (sign > 0 ? c >= 1 : c >= 2) & conflicts;
                    addHard(sign * v, WRes, size_t(res) * m_cs + base + i);
                    if (sign > 0) {
                        maskChanged |= (c == 0);
                        cnt[i] = int16_t(c + 1);
                    } else {
                        maskChanged |= (c == 1);
                        cnt[i] = int16_t(c - 1);
                    }
                }
                if (maskChanged && m_busyOk) {
                    for (int i = 0; i < L.duration; ++i) {
                        const uint64_t bit = uint64_t(1) << (base + i);
                        m_busy[res] = cnt[i] > 0 ? m_busy[res] | bit : m_busy[res] & ~bit;
                    }
                }
                if (maskChanged && m_resRules[res]) {
                    uint64_t mask = m_resMask[size_t(res) * m_cd + cd];
                    const uint64_t bits = ((L.duration >= 64 ? ~uint64_t(0) : ((uint64_t(1) << L.duration) - 1)) << t0);
                    if (sign > 0) {
                        mask |= bits;
                    } else {
                        for (int i = 0; i < L.duration; ++i) {
                            if (cnt[i] == 0) {
                                mask &= ~(uint64_t(1) << (t0 + i));
                            }
                        }
                    }
                    refreshDay(res, cd, mask);
                }
            }
            if (room != NoRoom) {
                int16_t *cnt = &m_roomCount[size_t(room) * m_cs + base];
                int *occ = &m_roomOcc[size_t(room) * m_cs + base];
                for (int i = 0; i < L.duration; ++i) {
                    const int c = cnt[i];
                    addHard(sign * int(sign > 0 ? c >= 1 : c >= 2), WRoom, size_t(room) * m_cs + base + i);
                    if (sign > 0) {
                        cnt[i] = int16_t(c + 1);
                        if (c == 0) {
                            occ[i] = l;
                            m_roomVacant[size_t(base + i) * m_rw + room / 64] &= ~(uint64_t(1) << (room % 64));
                        } else if (m_trackClash) {
                            ++m_lessonClash[l];
                            if (c == 1) {
                                ++m_lessonClash[occ[i]];
                            }
                        }
                    } else {
                        cnt[i] = int16_t(c - 1);
                        if (c == 1) {
                            occ[i] = -1;
                            m_roomVacant[size_t(base + i) * m_rw + room / 64] |= uint64_t(1) << (room % 64);
                        } else {
                            m_lessonClash[l] -= m_trackClash;
                            if (c == 2) {
                                occ[i] = findOccupant(l, room, base + i);
                                m_lessonClash[occ[i]] -= m_trackClash;
                            }
                        }
                    }
                }
            }
        }
        for (int si : m_lessonSpreads[l]) {
            const int delta = spreadTouch(si, day, sign);
            if (m_p.spreads[si].hard) {
                addHard(delta, WSpread, size_t(si));
            } else {
                m_soft += delta;
            }
        }
        if (room != NoRoom) {
            m_soft += stabilityTouch(L.course, room, sign);
        }
        if (m_extra[l]) {
            touchExtra(l, start, room, sign);
        }
    }

    /// touch()'s part for building changes, ends-day and grouped constraints (after the
    /// resource counts and day masks are up to date).
    [[gnu::noinline]] void touchExtra(int l, int start, int room, int sign)
    {
        const Lesson &L = m_p.lessons[l];
        const char extra = m_extra[l];
        if (extra & ExtraGrouped) {
            for (int g : m_lessonGrouped[l]) {
                const Cost nc = groupedCost(g, l, sign > 0 ? start : -1, room);
                const Cost dc = nc - m_groupedCost[g];
                m_groupedCost[g] = nc;
                addHard(dc.hard, WGrouped, size_t(g));
                m_soft += dc.soft;
            }
        }
        if ((extra & ExtraRooms) && room != NoRoom) {
            for (int g : m_lessonRoomGroups[l]) {
                rgTouch(g, room, sign);
                const Cost nc = rgCost(g);
                const Cost dc = nc - m_rgCost[g];
                m_rgCost[g] = nc;
                addHard(dc.hard, WRoomGroup, size_t(g));
                m_soft += dc.soft;
            }
        }
        const int building = ((extra & ExtraBuilding) && room != NoRoom) ? m_roomBld[room] : -1;
        const int day = start / m_ppd;
        const int t0 = start % m_ppd;
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const int base = w * m_ws + start;
            const int cd = w * m_p.days + day;
            if (building >= 0) {
                for (int res : L.resources) {
                    if (!m_resBld[res]) {
                        continue;
                    }
                    int16_t *bc = &m_bldCount[(size_t(res) * m_cs + base) * m_nb + building];
                    for (int i = 0; i < L.duration; ++i) {
                        bc[size_t(i) * m_nb] = int16_t(bc[size_t(i) * m_nb] + sign);
                    }
                    refreshBuildingDay(res, w, cd);
                }
            }
            if (extra & ExtraEnds) {
                const int last = t0 + L.duration - 1;
                for (const auto &[res, wgt] : m_lessonEnds[l]) {
                    Cost &e = m_endW[(size_t(res) * m_cd + cd) * m_ppd + last];
                    e.hard += sign * wgt.hard;
                    e.soft += sign * wgt.soft;
                }
                for (int res : L.resources) {
                    if (m_resEnds[res]) {
                        refreshEnd(res, cd);
                    }
                }
            }
        }
    }

    /// The lesson other than `except` in `room` at cycle slot `slot`: looks only at the lessons
    /// starting at most maxDuration-1 periods earlier on that day (m_atStart index).
    int findOccupant(int except, int room, int slot) const
    {
        const int w = slot / m_ws;
        const int s = slot % m_ws;
        const int dayStart = s - s % m_ppd;
        for (int st = s; st >= std::max(dayStart, s - m_maxDuration + 1); --st) {
            for (int m : m_atStart[st]) {
                if (m == except || m_room[m] != room) {
                    continue;
                }
                const Lesson &M = m_p.lessons[m];
                if ((M.weekMask & (1u << w)) && s < st + M.duration) {
                    return m;
                }
            }
        }
        return -1;
    }

    /// Cost change (hard, soft) of moving lesson l from its place to (s1, r1), without
    /// modifying the state. Must agree with unplace(l) + place(l, s1, r1).
    void moveDelta(int l, int s1, int r1, int &dHard, int64_t &dSoft) const
    {
        const Lesson &L = m_p.lessons[l];
        const int s0 = m_start[l];
        const int r0 = m_room[l];
        int h = 0;
        int64_t sc = int64_t(m_slotCost[size_t(l) * m_ws + s1]) - m_slotCost[size_t(l) * m_ws + s0];
        roomTerms(l, s1, r1, h, sc);
        const int day0 = s0 / m_ppd;
        const int day1 = s1 / m_ppd;
        const int t0 = s0 % m_ppd;
        const int t1 = s1 % m_ppd;
        const int dur = L.duration;
        const uint64_t bits1 = (dur >= 64 ? ~uint64_t(0) : ((uint64_t(1) << dur) - 1)) << t1;
        auto inOld = [&](int slot) { return slot >= s0 && slot < s0 + dur; };
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const int wb = w * m_ws;
            for (int res : L.resources) {
                const int16_t *cnt = &m_resCount[size_t(res) * m_cs + wb];
                uint64_t cleared = 0;
                const int conflicts = m_resConflict[res];
                for (int i = 0; i < dur; ++i) {
                    const int c = cnt[s0 + i];
                    h -= ((c >= 2) & conflicts) * weightOf(WRes, size_t(res) * m_cs + wb + s0 + i);
                    if (c == 1) {
                        cleared |= uint64_t(1) << (t0 + i);
                    }
                }
                for (int i = 0; i < dur; ++i) {
                    const int c = cnt[s1 + i] - inOld(s1 + i);
                    h += ((c >= 1) & conflicts) * weightOf(WRes, size_t(res) * m_cs + wb + s1 + i);
                }
                if (!m_resRules[res]) {
                    continue;
                }
                const size_t di0 = size_t(res) * m_cd + w * m_p.days + day0;
                const size_t di1 = size_t(res) * m_cd + w * m_p.days + day1;
                const uint64_t m0 = m_resMask[di0];
                const size_t wi = size_t(res) * m_p.weeks + w;
                WeekCounts dw;
                if (day0 == day1) {
                    const uint64_t n0 = (m0 & ~cleared) | bits1;
                    if (n0 != m0) {
                        dayDelta(res, di0, n0, h, sc, dw);
                        if (m_resRest[res]) {
                            restDelta(res, w * m_p.days + day0, n0, -1, 0, h, sc);
                        }
                    }
                } else {
                    const uint64_t m1 = m_resMask[di1];
                    const uint64_t n0 = m0 & ~cleared;
                    const uint64_t n1 = m1 | bits1;
                    if (n0 != m0) {
                        dayDelta(res, di0, n0, h, sc, dw);
                    }
                    if (n1 != m1) {
                        dayDelta(res, di1, n1, h, sc, dw);
                    }
                    if (m_resRest[res] && (n0 != m0 || n1 != m1)) {
                        restDelta(res, w * m_p.days + day0, n0, w * m_p.days + day1, n1, h, sc);
                    }
                }
                weekDelta(res, wi, dw, h, sc);
            }
        }
        if (m_extra[l]) {
            extraMoveDelta(l, s0, r0, s1, r1, h, sc);
        }
        if (day0 != day1) {
            for (int si : m_lessonSpreads[l]) {
                const SpreadConstraint &sp = m_p.spreads[si];
                const int *dc = &m_spreadDayCount[size_t(si) * m_p.days];
                int delta = 0;
                if (sp.mode == SpreadConstraint::Mode::DistinctDays) {
                    const int d = m_spreadDistinct[si];
                    const int nd = d - (dc[day0] == 1) + (dc[day1] == 0);
                    delta = spreadCost(sp, nd) - spreadCost(sp, d);
                } else {
                    int removed = -1; // the lesson itself
                    int added = 0;
                    for (int d = std::max(0, day0 - sp.minDays + 1); d <= std::min(m_p.days - 1, day0 + sp.minDays - 1); ++d) {
                        removed += dc[d];
                    }
                    for (int d = std::max(0, day1 - sp.minDays + 1); d <= std::min(m_p.days - 1, day1 + sp.minDays - 1); ++d) {
                        added += dc[d] - (d == day0);
                    }
                    delta = (added - removed) * sp.weight;
                }
                if (sp.hard) {
                    h += delta * weightOf(WSpread, size_t(si));
                } else {
                    sc += delta;
                }
            }
        }
        dHard = h;
        dSoft = sc;
    }

    /// The part of moveDelta(l, s1, r1) that depends on the room: room costs, availability,
    /// occupancy and stability, added to h and sc. Every other part depends on s1 only, so
    /// bestPlace() prices one start once and each room with this alone.
    [[gnu::always_inline]] void roomTerms(int l, int s1, int r1, int &h, int64_t &sc) const
    {
        sc += roomSoftTerms(l, r1);
        roomHardTerms(l, s1, r1, h);
    }
    /// roomTerms()' soft part: room costs and stability, which do not depend on the start.
    [[gnu::always_inline]] int64_t roomSoftTerms(int l, int r1) const
    {
        const Lesson &L = m_p.lessons[l];
        const int r0 = m_room[l];
        int64_t sc = 0;
        if (r0 != NoRoom) {
            sc -= m_roomCost[size_t(l) * m_nr + r0];
        }
        if (r1 != NoRoom) {
            sc += m_roomCost[size_t(l) * m_nr + r1];
        }
        if (r0 != r1 && r0 != NoRoom && r1 != NoRoom) {
            const int c = L.course;
            const int wgt = m_p.courses[c].roomStabilityWeight;
            if (wgt) {
                const int d = m_courseDistinct[c];
                const int nd = d - (m_courseRoomCount[size_t(c) * m_nr + r0] == 1)
                    + (m_courseRoomCount[size_t(c) * m_nr + r1] == 0);
                sc += int64_t(std::max(0, nd - 1) - std::max(0, d - 1)) * wgt;
            }
        }
        return sc;
    }
    /// roomTerms()' hard part: room availability and occupancy.
    [[gnu::always_inline]] void roomHardTerms(int l, int s1, int r1, int &h) const
    {
        const Lesson &L = m_p.lessons[l];
        const int s0 = m_start[l];
        const int r0 = m_room[l];
        const int dur = L.duration;
        if (m_anyRoomUnavailable) {
            h += (r1 != NoRoom && !roomFree(l, s1, r1)) - (r0 != NoRoom && !roomFree(l, s0, r0));
        }
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const int wb = w * m_ws;
            if (r0 != NoRoom) {
                const int16_t *cnt = &m_roomCount[size_t(r0) * m_cs + wb];
                for (int i = 0; i < dur; ++i) {
                    h -= (cnt[s0 + i] >= 2) * weightOf(WRoom, size_t(r0) * m_cs + wb + s0 + i);
                }
            }
            if (r1 != NoRoom) {
                const int16_t *cnt = &m_roomCount[size_t(r1) * m_cs + wb];
                for (int i = 0; i < dur; ++i) {
                    const int inOld = r1 == r0 && s1 + i >= s0 && s1 + i < s0 + dur;
                    h += (cnt[s1 + i] - inOld >= 1) * weightOf(WRoom, size_t(r1) * m_cs + wb + s1 + i);
                }
            }
        }
    }

    /// moveDelta's part for building changes, ends-day and grouped constraints.
    [[gnu::noinline]] void extraMoveDelta(int l, int s0, int r0, int s1, int r1, int &h, int64_t &sc) const
    {
        const Lesson &L = m_p.lessons[l];
        const char extra = m_extra[l];
        if (extra & ExtraBuilding) {
            const int b0 = r0 != NoRoom ? m_roomBld[r0] : -1;
            const int b1 = r1 != NoRoom ? m_roomBld[r1] : -1;
            if (b0 >= 0 || b1 >= 0) {
                for (int w = 0; w < m_p.weeks; ++w) {
                    if (!(L.weekMask & (1u << w))) {
                        continue;
                    }
                    for (int res : L.resources) {
                        if (m_resBld[res]) {
                            const Cost d = buildingMoveDelta(res, w, s0 / m_ppd, s0 % m_ppd, b0, s1 / m_ppd, s1 % m_ppd,
                                                             b1, L.duration);
                            h += d.hard;
                            sc += d.soft;
                        }
                    }
                }
            }
        }
        if (extra & ExtraEnds) {
            const Cost d = endsMoveDelta(l, s0, s1);
            h += d.hard;
            sc += d.soft;
        }
        if (extra & ExtraGrouped) {
            for (int g : m_lessonGrouped[l]) {
                const Cost d = groupedCost(g, l, s1, r1) - m_groupedCost[g];
                h += d.hard * weightOf(WGrouped, size_t(g));
                sc += d.soft;
            }
        }
        if ((extra & ExtraRooms) && r0 != r1) {
            for (int g : m_lessonRoomGroups[l]) {
                const Cost dc = rgCost(g, r0, r1) - m_rgCost[g];
                h += dc.hard * weightOf(WRoomGroup, size_t(g));
                sc += dc.soft;
            }
        }
    }

    // ---- room groups ---------------------------------------------------------------

    /// Cost of room group g now, or with one of its lessons moved from room `from` to room `to`
    /// (either NoRoom: none): its lessons outside its maxRooms fullest rooms (as evaluate()).
    Cost rgCost(int g, int from = NoRoom, int to = NoRoom) const
    {
        const RoomGroupConstraint &rg = m_p.roomGroups[size_t(g)];
        const int *cnt = &m_rgCount[size_t(g) * m_nr];
        const int placed = m_rgPlaced[g] - (from != NoRoom) + (to != NoRoom);
        int kept = 0;
        if (rg.maxRooms == 1) {
            for (int r = 0; r < m_nr; ++r) {
                kept = std::max(kept, cnt[r] - (r == from) + (r == to));
            }
        } else if (rg.maxRooms > 1) {
            m_rgBuf.clear();
            for (int r = 0; r < m_nr; ++r) {
                if (const int n = cnt[r] - (r == from) + (r == to); n > 0) {
                    m_rgBuf.push_back(n);
                }
            }
            const size_t k = std::min(m_rgBuf.size(), size_t(rg.maxRooms));
            std::nth_element(m_rgBuf.begin(), m_rgBuf.begin() + long(k), m_rgBuf.end(), std::greater<int>());
            kept = std::accumulate(m_rgBuf.begin(), m_rgBuf.begin() + long(k), 0);
        }
        Cost c;
        (rg.hard ? c.hard : c.soft) = (placed - kept) * rg.weight;
        return c;
    }
    /// Adds (sign = +1) or removes (-1) one lesson of room group g in `room` to its counts.
    void rgTouch(int g, int room, int sign)
    {
        m_rgCount[size_t(g) * m_nr + room] += sign;
        m_rgPlaced[g] += sign;
    }
    /// chainDelta()'s part for room groups: the chain's room changes (m_saveR -> m_newR of the
    /// first k lessons of m_chain) applied to the counts, priced, and put back.
    void chainRoomGroupDelta(size_t k, int &h, int64_t &sc)
    {
        m_rgUndo.clear();
        for (size_t i = 0; i < k; ++i) {
            const int x = m_chain[i];
            const int r0 = m_saveR[i];
            const int r1 = m_newR[i];
            if (r0 == r1 || !(m_extra[x] & ExtraRooms)) {
                continue;
            }
            for (int g : m_lessonRoomGroups[x]) {
                const Cost before = rgCost(g);
                if (r0 != NoRoom) {
                    rgTouch(g, r0, -1);
                }
                if (r1 != NoRoom) {
                    rgTouch(g, r1, +1);
                }
                const Cost dc = rgCost(g) - before;
                h += dc.hard * weightOf(WRoomGroup, size_t(g));
                sc += dc.soft;
                m_rgUndo.push_back({g, r0, r1});
            }
        }
        for (auto it = m_rgUndo.rbegin(); it != m_rgUndo.rend(); ++it) {
            if ((*it)[2] != NoRoom) {
                rgTouch((*it)[0], (*it)[2], -1);
            }
            if ((*it)[1] != NoRoom) {
                rgTouch((*it)[0], (*it)[1], +1);
            }
        }
    }

    /// Ends-day cost change of moving lesson l from s0 to s1 (masks of its resources change,
    /// and so does the last period of its own ends-day constraints).
    Cost endsMoveDelta(int l, int s0, int s1) const
    {
        const Lesson &L = m_p.lessons[l];
        const int dur = L.duration;
        const int day0 = s0 / m_ppd;
        const int day1 = s1 / m_ppd;
        const int t0 = s0 % m_ppd;
        const int t1 = s1 % m_ppd;
        const uint64_t bits1 = (dur >= 64 ? ~uint64_t(0) : ((uint64_t(1) << dur) - 1)) << t1;
        Cost d;
        for (int w = 0; w < m_p.weeks; ++w) {
            if (!(L.weekMask & (1u << w))) {
                continue;
            }
            const int cd0 = w * m_p.days + day0;
            const int cd1 = w * m_p.days + day1;
            for (int res : L.resources) {
                if (!m_resEnds[res]) {
                    continue;
                }
                const int16_t *cnt = &m_resCount[size_t(res) * m_cs + w * m_ws];
                uint64_t cleared = 0;
                for (int i = 0; i < dur; ++i) {
                    if (cnt[s0 + i] == 1) {
                        cleared |= uint64_t(1) << (t0 + i);
                    }
                }
                const Cost wgt = lessonEndWeight(l, res);
                const size_t di0 = size_t(res) * m_cd + cd0;
                const size_t di1 = size_t(res) * m_cd + cd1;
                const uint64_t m0 = m_resMask[di0];
                if (day0 == day1) {
                    const Cost c = endCost(res, cd0, (m0 & ~cleared) | bits1, t0 + dur - 1, t1 + dur - 1, wgt);
                    d.hard += (c.hard - m_endCost[di0].hard) * weightOf(WDay, di0);
                    d.soft += c.soft - m_endCost[di0].soft;
                } else {
                    const Cost c0 = endCost(res, cd0, m0 & ~cleared, t0 + dur - 1, -1, wgt);
                    const Cost c1 = endCost(res, cd1, m_resMask[di1] | bits1, -1, t1 + dur - 1, wgt);
                    d.hard += (c0.hard - m_endCost[di0].hard) * weightOf(WDay, di0)
                        + (c1.hard - m_endCost[di1].hard) * weightOf(WDay, di1);
                    d.soft += c0.soft - m_endCost[di0].soft + c1.soft - m_endCost[di1].soft;
                }
            }
        }
        return d;
    }

    void place(int l, int start, int room)
    {
        m_start[l] = start;
        m_room[l] = room;
        auto &at = m_atStart[start];
        m_atPos[l] = int(at.size());
        at.push_back(l);
        touch(l, start, room, +1);
    }

    void unplace(int l)
    {
        touch(l, m_start[l], m_room[l], -1);
        auto &at = m_atStart[m_start[l]];
        const int i = m_atPos[l];
        at[i] = at.back();
        m_atPos[at[i]] = i;
        at.pop_back();
        m_atPos[l] = -1;
        m_start[l] = -1;
        m_room[l] = NoRoom;
    }

    bool legalStart(int l, int s) const { return m_allowed[size_t(l) * m_ws + s]; }

    bool roomAllowed(int l, int room) const
    {
        const auto &rooms = m_p.lessons[l].rooms;
        if (rooms.empty()) {
            return room == NoRoom;
        }
        return std::find(rooms.begin(), rooms.end(), room) != rooms.end();
    }

    /// Greedy construction: fixed lessons, then legal entries of the initial timetable, then
    /// the rest in order of difficulty, each at its cheapest (start, room).
    void construct()
    {
        std::vector<char> done(m_nl, 0);
        for (int l = 0; l < m_nl; ++l) {
            if (m_fixed[l]) {
                const Lesson &L = m_p.lessons[l];
                int start = L.fixedStart;
                if (start < 0 && m_group[l] >= 0) {
                    for (int m : m_groups[m_group[l]]) {
                        if (m_p.lessons[m].fixedStart >= 0) {
                            start = m_p.lessons[m].fixedStart;
                        }
                    }
                }
                if (start < 0 || start % m_ppd + L.duration > m_ppd) {
                    continue; // cannot honour; evaluate() reports it as unassigned
                }
                int room = L.fixedRoom;
                if (room == NoRoom && !L.rooms.empty()) {
                    room = bestRoom(l, start);
                }
                place(l, start, room);
                done[l] = 1;
                // fixed where its own rules forbid: a violation no move can remove, counted once per
                // lesson as evaluate() counts it (touch() has counted a closed room already)
                const bool closed = room != NoRoom && m_anyRoomUnavailable && !roomFree(l, start, room);
                if (!closed && (!startAllowed(m_p, l, start) || (!L.rooms.empty() && !roomAllowed(l, room)))) {
                    ++m_hard;
                }
            }
        }
        const Solution &init = m_o.initial;
        for (int l = 0; l < m_nl && l < int(init.size()); ++l) {
            if (done[l] || m_group[l] >= 0) {
                continue;
            }
            const Assignment a = init[l];
            if (a.start >= 0 && a.start < m_ws && legalStart(l, a.start) && roomAllowed(l, a.room)
                && roomFree(l, a.start, a.room)) {
                place(l, a.start, a.room);
                done[l] = 1;
            }
        }
        // units: single lessons or same-start groups
        std::vector<std::vector<int>> units;
        std::vector<char> seen(m_groups.size(), 0);
        for (int l = 0; l < m_nl; ++l) {
            if (done[l]) {
                continue;
            }
            if (m_group[l] >= 0) {
                if (!seen[m_group[l]]) {
                    seen[m_group[l]] = 1;
                    std::vector<int> u;
                    for (int m : m_groups[m_group[l]]) {
                        if (!done[m]) {
                            u.push_back(m);
                        }
                    }
                    units.push_back(u);
                }
            } else {
                units.push_back({l});
            }
        }
        // difficulty: few legal starts, long, many resources first
        std::vector<double> key(units.size());
        for (size_t u = 0; u < units.size(); ++u) {
            const int l = units[u][0];
            double load = 0;
            for (int m : units[u]) {
                load += m_p.lessons[m].duration * (1.0 + m_p.lessons[m].resources.size());
            }
            key[u] = double(std::max<size_t>(1, m_domain[l].size())) / load + 1e-6 * m_rng.uniform();
        }
        std::vector<int> order(units.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return key[a] < key[b]; });
        for (int u : order) {
            const auto &members = units[u];
            const int l0 = members[0];
            if (m_domain[l0].empty()) {
                continue; // no legal start at all; reported as unassigned
            }
            int64_t bestObj = 0;
            int bestStart = -1;
            int ties = 0;
            for (int s : m_domain[l0]) {
                const int64_t before = objective();
                for (int m : members) {
                    place(m, s, bestRoom(m, s));
                }
                const int64_t delta = objective() - before;
                for (int m : members) {
                    unplace(m);
                }
                if (bestStart < 0 || delta < bestObj) {
                    bestObj = delta;
                    bestStart = s;
                    ties = 1;
                } else if (delta == bestObj && m_rng.below(++ties) == 0) {
                    bestStart = s;
                }
            }
            for (int m : members) {
                place(m, bestStart, bestRoom(m, bestStart));
            }
        }
    }

    /// Cheapest allowed room for lesson l at start (free rooms preferred).
    int bestRoom(int l, int start)
    {
        const Lesson &L = m_p.lessons[l];
        if (L.rooms.empty()) {
            return NoRoom;
        }
        int best = NoRoom;
        int64_t bestKey = 0;
        for (int r : L.rooms) {
            int64_t k = m_roomCost[size_t(l) * m_nr + r];
            if (!roomFree(l, start, r)) {
                k += int64_t(1) << 40;
            }
            for (int w = 0; w < m_p.weeks; ++w) {
                if (L.weekMask & (1u << w)) {
                    for (int i = 0; i < L.duration; ++i) {
                        if (m_roomCount[size_t(r) * m_cs + w * m_ws + start + i]) {
                            k += int64_t(1) << 30;
                        }
                    }
                }
            }
            // prefer a room the course already uses (stability)
            if (m_courseRoomCount[size_t(L.course) * m_nr + r] == 0 && m_courseDistinct[L.course] > 0) {
                k += m_p.courses[L.course].roomStabilityWeight;
            }
            if (best == NoRoom || k < bestKey) {
                best = r;
                bestKey = k;
            }
        }
        return best;
    }

    void saveBest()
    {
        m_bestStart = m_start;
        m_bestRoom = m_room;
        m_bestHard = hardCount();
        m_bestSoft = m_soft;
    }

    void restoreBest()
    {
        for (int l = 0; l < m_nl; ++l) {
            if (m_start[l] >= 0) {
                unplace(l);
            }
        }
        for (int l = 0; l < m_nl; ++l) {
            if (m_bestStart[l] >= 0) {
                place(l, m_bestStart[l], m_bestRoom[l]);
            }
        }
    }

    bool better(int hard, int64_t soft) const
    {
        return hard < m_bestHard || (hard == m_bestHard && soft < m_bestSoft);
    }

    double elapsed() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_t0).count();
    }

    SolverResult run()
    {
        SolverResult res;
        m_t0 = std::chrono::steady_clock::now();
        construct();
        saveBest();
        if (m_hard == 0) {
            res.firstFeasibleSeconds = elapsed();
            res.firstFeasibleMoves = 0;
        }
        const bool timed = m_o.timeLimitSeconds > 0;
        const bool counted = m_o.maxIterations >= 0;
        const double limit = m_o.timeLimitSeconds;
        const double t0 = m_o.initialTemperature;
        const double t1 = m_o.finalTemperature;
        double temperature = t0;
        int64_t it = 0;
        double lastProgress = 0;
        auto report = [&](double now) {
            if (m_o.progress) {
                Progress pr;
                pr.seconds = now;
                pr.iterations = it;
                pr.hard = hardCount();
                pr.soft = m_soft;
                pr.bestHard = m_bestHard;
                pr.bestSoft = m_bestSoft;
                pr.temperature = temperature;
                m_o.progress(pr);
            }
        };
        const bool canSearch = !m_movable.empty() || !m_roomMovable.empty();
        // Phase 1 (only while infeasible): hard violations dominate, soft moves are free-ish.
        double phase2Start = 0;
        int64_t phase2It = 0;
        m_hw = m_o.repairHardWeight;
        m_hardOnly = m_o.repairHardOnly;
        const int64_t weightInterval = m_o.constraintWeightInterval;
        if (canSearch && m_hard > 0 && weightInterval > 0) {
            startConstraintWeights();
        }
        int64_t lastRepairBest = 0;
        while (canSearch && m_hard > 0) {
            if ((it & 255) == 0) {
                if (counted && it >= int64_t(double(m_o.maxIterations) * m_o.repairShare)) {
                    break;
                }
                if (timed) {
                    const double now = elapsed();
                    if (now >= limit * m_o.repairShare) {
                        break;
                    }
                    if (now - lastProgress >= m_o.progressInterval) {
                        lastProgress = now;
                        report(now);
                    }
                }
                if (!timed && !counted) {
                    break;
                }
                if (m_o.cancel && m_o.cancel->load(std::memory_order_relaxed)) {
                    break;
                }
            }
            if ((it & 63) == 0) {
                collectConflicted();
            }
            ++it;
            if (m_weighted && it % weightInterval == 0) {
                raiseConstraintWeights();
            }
            temperature = m_o.repairTemperature;
            // ruin steps are for violations that outlast the first 10 000 repair moves (the
            // short repairs of ITC-2007 never reach them and keep their search unchanged)
            if (m_o.ruinRate > 0 && it > 10000 && !m_focus.empty() && m_rng.uniform() < m_o.ruinRate) {
                ruinStep(m_focus[m_rng.below(int(m_focus.size()))], false, temperature);
            } else if (m_o.bestMoveRate > 0 && !m_focus.empty() && m_rng.uniform() < bestMoveShare()) {
                bestMoveStep();
            } else {
                step(temperature);
            }
            checkState(it);
            if (better(hardCount(), m_soft)) {
                if (hardCount() < m_bestHard) {
                    lastRepairBest = it;
                }
                saveBest();
            } else if (m_o.repairRestartMoves > 0 && it - lastRepairBest > m_o.repairRestartMoves) {
                // stuck: back to the least infeasible timetable
                if (m_o.repairRestartResetWeights && m_weighted) {
                    dropConstraintWeights();
                    restoreBest();
                    startConstraintWeights();
                } else {
                    restoreBest();
                }
                lastRepairBest = it;
                ++m_repairRestarts;
            }
        }
        if (m_weighted) {
            dropConstraintWeights();
        }
        m_trackClash = false; // the annealing phase rarely needs the list: counted when it does
        if (m_hard > 0 && m_bestHard < m_hard) {
            restoreBest(); // continue from the least infeasible timetable
        }
        if (m_hard == 0 && res.firstFeasibleSeconds < 0) {
            res.firstFeasibleSeconds = elapsed();
            res.firstFeasibleMoves = it;
        }
        if (timed) {
            phase2Start = elapsed();
        }
        phase2It = it;
        m_hw = m_o.hardWeight;
        m_hwAdaptive = m_o.adaptiveHardWeight ? m_o.minHardWeight : m_o.hardWeight;
        m_hardOnly = false;
        m_focus.clear();
        int64_t feasibleAt = it;
        double cycleStart = 0, cycleT0 = t0, lastFraction = 0, lastImprove = 0, lastImproveT = t0;
        // Restart cycles (see annealMovesPerLesson): the current anneal spans the budget
        // fractions [annealStart, annealEnd). Its length is planned from the move rate so far, at
        // 2 % of a timed run and again whenever an anneal ends: the rest of the budget is divided
        // into as many anneals of about annealMoves moves as fit, at least one.
        const double annealMoves = m_o.annealMovesPerLesson * double(std::max<size_t>(1, m_movable.size()));
        const bool restarts = m_o.annealMovesPerLesson > 0 && (timed || counted);
        int anneal = 0;
        double annealStart = 0, annealEnd = 1;
        auto planAnneal = [&](double fraction) {
            const double perFraction = counted && !timed ? double(m_o.maxIterations - phase2It)
                                                         : double(it - phase2It) / std::max(1e-9, fraction);
            const double n = std::clamp(std::floor(perFraction * (1 - annealStart) / annealMoves + 1e-9), 1.0, 1e6);
            annealEnd = n == 1 ? 1.0 : annealStart + (1 - annealStart) / n;
        };
        bool planned = !restarts;
        if (restarts && counted && !timed) {
            planAnneal(0);
            planned = true;
        }
        // Moves are sampled from lists: a lesson (time move / swap) or a room-movable lesson.
        while (canSearch) {
            if ((it & 255) == 0) {
                double fraction = 0;
                if (counted && it >= m_o.maxIterations) {
                    break;
                }
                if (timed) {
                    const double now = elapsed();
                    if (now >= limit) {
                        break;
                    }
                    fraction = (now - phase2Start) / std::max(1e-9, limit - phase2Start);
                    if (now - lastProgress >= m_o.progressInterval) {
                        lastProgress = now;
                        report(now);
                    }
                }
                if (counted && (!timed || m_o.maxIterations > 0)) {
                    fraction = std::max(fraction, double(it - phase2It)
                                                      / double(std::max<int64_t>(1, m_o.maxIterations - phase2It)));
                    if (!timed && m_o.progress && (it & 65535) == 0) {
                        const double now = elapsed();
                        if (now - lastProgress >= m_o.progressInterval) {
                            lastProgress = now;
                            report(now);
                        }
                    }
                }
                if (!timed && !counted) {
                    break; // no limit at all: construction only
                }
                if (m_o.cancel && m_o.cancel->load(std::memory_order_relaxed)) {
                    break;
                }
                if (!planned && fraction >= 0.02) {
                    planAnneal(fraction);
                    planned = true;
                }
                if (planned && fraction >= annealEnd && annealEnd < 1) {
                    // a new anneal: hot again from the current timetable (the best is kept)
                    ++anneal;
                    annealStart = annealEnd;
                    planAnneal(fraction);
                    cycleStart = annealStart;
                    cycleT0 = t0;
                    lastImprove = fraction;
                    lastImproveT = t0;
                }
                if (m_o.reheatAfter > 0 && m_bestHard == 0 && fraction < annealEnd - 0.03 * (annealEnd - annealStart)
                    && fraction - std::max(lastImprove, cycleStart) > m_o.reheatAfter) {
                    // stagnation at a low temperature: back to the best, cool again from above
                    // the temperature that last brought an improvement
                    restoreBest();
                    ++res.reheats;
                    cycleStart = fraction;
                    cycleT0 = std::min(t0, std::max(t1, lastImproveT) * m_o.reheatFactor);
                }
                const double cf = (fraction - cycleStart) / std::max(1e-9, annealEnd - cycleStart);
                temperature = cycleT0 * std::pow(t1 / cycleT0, std::clamp(cf, 0.0, 1.0));
                lastFraction = fraction;
                // Infeasible for long: first aim the moves at the conflicting lessons; if that
                // does not help either, go back to the best feasible timetable (the weights
                // alone cannot leave a state whose conflicts no single move removes).
                if (m_hard == 0) {
                    feasibleAt = it;
                    m_focus.clear();
                } else if (it - feasibleAt > (int64_t(1) << 18) && m_bestHard == 0) {
                    restoreBest();
                    feasibleAt = it;
                    m_focus.clear();
                } else if (it - feasibleAt > (int64_t(1) << 14)) {
                    collectConflicted();
                }
                if (m_o.adaptiveHardWeight) {
                    // strategic oscillation: cross infeasible regions, but always come back
                    if (m_hard > 0) {
                        m_hwAdaptive = std::min(double(m_o.hardWeight), m_hwAdaptive * 1.02 + 0.05);
                    } else {
                        m_hwAdaptive = std::max(m_o.minHardWeight, m_hwAdaptive * 0.995);
                    }
                    m_hw = std::max(1, int(m_hwAdaptive));
                    if (cf > 0.9) {
                        m_hw = m_o.hardWeight; // finish each anneal feasible
                    }
                }
            }
            if (m_bestHard == 0 && (m_bestSoft <= 0 || m_o.stopWhenFeasible)) {
                break; // nothing left to improve, or nothing more wanted
            }
            if ((m_o.softFocusRate > 0 || m_o.softRuinRate > 0) && (it & 4095) == 0) {
                collectPenalized();
            }
            if (m_o.spreadRate > 0 && (it & 4095) == 0) {
                collectShortSpreads();
            }
            ++it;
            if (m_o.softRuinRate > 0 && !m_softFocus.empty() && m_focus.empty()
                && m_rng.uniform() < m_o.softRuinRate) {
                ruinStep(m_softFocus[m_rng.below(int(m_softFocus.size()))], true, temperature);
            } else {
                step(temperature);
            }
            checkState(it);
            if (m_hard <= m_bestHard && better(m_hard, m_soft)) {
                if (m_hard == 0 && m_bestHard > 0 && res.firstFeasibleSeconds < 0) {
                    res.firstFeasibleSeconds = elapsed();
                    res.firstFeasibleMoves = it;
                }
                saveBest();
                lastImprove = lastFraction;
                lastImproveT = temperature;
            }
        }
        res.iterations = it;
        res.anneals = canSearch && it > phase2It ? anneal + 1 : 0;
        res.bestMoves = m_bestMoves;
        res.ruins = m_ruins;
        res.groupEjections = m_groupEjections;
        res.weightRaises = m_weightRaises;
        res.repairRestarts = m_repairRestarts;
        res.slotSwaps = m_slotSwaps;
        res.spreadMoves = m_spreadMoves;
        res.kempeChains = m_kempeChains;
        res.blockChains = m_blockChains;
        res.seconds = elapsed();
        report(res.seconds);
        res.solution.resize(m_nl);
        for (int l = 0; l < m_nl; ++l) {
            res.solution[l] = Assignment{m_bestStart[l], m_bestRoom[l]};
        }
        res.internalHard = m_bestHard;
        res.internalSoft = m_bestSoft;
        return res;
    }

    void checkDelta(int64_t before, int dh, int64_t ds)
    {
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
        if (objective() - before != int64_t(dh) * m_hw + ds) {
            std::fprintf(stderr, "delta mismatch: %lld vs %lld\n", (long long)(objective() - before),
                         (long long)(int64_t(dh) * m_hw + ds));
            std::abort();
        }
#else
        (void)before;
        (void)dh;
        (void)ds;
#endif
    }

#ifdef EBILIM_TIMETABLE_CHECK_DELTA
    /// Checked builds: twins l and y (setUpTwins) trading their places must leave the cost as it
    /// was; the timetable is restored afterwards.
    void checkTwins(int l, int y)
    {
        const int64_t before = objective();
        const int sl = m_start[l], rl = m_room[l], sy = m_start[y], ry = m_room[y];
        unplace(l);
        unplace(y);
        place(l, sy, ry);
        place(y, sl, rl);
        checkDelta(before, 0, 0);
        unplace(l);
        unplace(y);
        place(l, sl, rl);
        place(y, sy, ry);
    }
#endif

    /// Debug builds with EBILIM_TIMETABLE_CHECK_DELTA: every 2^18 steps the incremental
    /// cost must equal a from-scratch evaluate() of the current timetable.
    void checkState(int64_t it) const
    {
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
        if ((it & ((1 << 18) - 1)) != 0) {
            return;
        }
        Solution cur(m_nl);
        for (int l = 0; l < m_nl; ++l) {
            cur[l] = Assignment{m_start[l], m_room[l]};
        }
        const CostBreakdown c = evaluate(m_p, cur);
        if (c.hard() != hardCount() || (m_o.changePenalty == 0 && c.soft() != m_soft)) {
            std::fprintf(stderr, "state mismatch at %lld: hard %d vs %d, soft %lld vs %lld\n", (long long)it,
                         c.hard(), hardCount(), (long long)c.soft(), (long long)m_soft);
            std::abort();
        }
        // the weighted surplus must be the sum over the violated terms of (weight - 1) x violations
        if (const int64_t extra = weightedSurplus(); extra != m_hardExtra) {
            std::fprintf(stderr, "constraint weight mismatch at %lld: %lld vs %d\n", (long long)it, (long long)extra,
                         m_hardExtra);
            std::abort();
        }
        // the holder XOR per (resource, slot) must name exactly the lessons placed there
        std::vector<int> x(m_resXor.size(), 0);
        for (int l = 0; l < m_nl; ++l) {
            const Lesson &L = m_p.lessons[l];
            if (m_start[l] < 0) {
                continue;
            }
            for (int w = 0; w < m_p.weeks; ++w) {
                if (L.weekMask & (1u << w)) {
                    for (int res : L.resources) {
                        for (int i = 0; i < L.duration; ++i) {
                            x[size_t(res) * m_cs + w * m_ws + m_start[l] + i] ^= l + 1;
                        }
                    }
                }
            }
        }
        if (x != m_resXor) {
            std::fprintf(stderr, "holder XOR mismatch at %lld\n", (long long)it);
            std::abort();
        }
        // the clash count per lesson must be its shared cells
        for (int l = 0; m_trackClash && l < m_nl; ++l) {
            if (const int clash = clashCells(l); clash != m_lessonClash[l]) {
                std::fprintf(stderr, "clash count mismatch at %lld (lesson %d: %d vs %d)\n", (long long)it, l,
                             m_lessonClash[l], clash);
                std::abort();
            }
        }
        // kempeChain leaves its room bookkeeping zero
        if (std::any_of(m_chainRoomDelta.begin(), m_chainRoomDelta.end(), [](int d) { return d != 0; })) {
            std::fprintf(stderr, "chain room bookkeeping not reset at %lld\n", (long long)it);
            std::abort();
        }
        // the vacant-room sets must be the rooms whose count is zero
        for (int slot = 0; slot < m_cs; ++slot) {
            for (int r = 0; r < m_nr; ++r) {
                const bool vacant = (m_roomVacant[size_t(slot) * m_rw + r / 64] >> (r % 64)) & 1;
                if (vacant != (m_roomCount[size_t(r) * m_cs + slot] == 0)) {
                    std::fprintf(stderr, "vacant room set mismatch at %lld (room %d, period %d)\n", (long long)it, r, slot);
                    std::abort();
                }
            }
        }
        if (std::any_of(m_chainVacated.begin(), m_chainVacated.end(), [](uint64_t w) { return w != 0; })) {
            std::fprintf(stderr, "chain vacated rooms not reset at %lld\n", (long long)it);
            std::abort();
        }
        // the busy mask per resource must be the slots its count says are held
        for (int res = 0; m_busyOk && res < m_nres; ++res) {
            uint64_t busy = 0;
            for (int slot = 0; slot < m_cs; ++slot) {
                busy |= uint64_t(m_resCount[size_t(res) * m_cs + slot] > 0) << slot;
            }
            if (busy != m_busy[res]) {
                std::fprintf(stderr, "busy mask mismatch at %lld (resource %d)\n", (long long)it, res);
                std::abort();
            }
        }
#else
        (void)it;
#endif
    }

    int64_t deltaSince(int64_t before) const
    {
        return m_hardOnly ? (objective() - before - (m_soft - m_softBefore)) : objective() - before;
    }

    bool accept(int64_t delta, double temperature)
    {
        if (delta <= 0) {
            return true;
        }
        return m_rng.uniform() < std::exp(-double(delta) / temperature);
    }

    /// Whether single-period lesson l (m_kempeOk) moved to start s would share a teacher or
    /// students set with a lesson there other than `leaving` (which leaves s in the same step).
    bool clashAt(int l, int s, int leaving) const
    {
        for (int i = m_conflictResBegin[l]; i < m_conflictResBegin[l + 1]; ++i) {
            const size_t idx = size_t(m_conflictRes[i]) * m_cs + s;
            const int c = m_resCount[idx];
            if (c > 1 || (c == 1 && m_resXor[idx] - 1 != leaving)) {
                return true;
            }
        }
        return false;
    }
    /// A random allowed start of single-period lesson l where none of its teachers and students
    /// sets is busy (see freeStarts); -1 if there is none.
    int freeStart(int l)
    {
        uint64_t busy = 0;
        for (int i = m_conflictResBegin[l]; i < m_conflictResBegin[l + 1]; ++i) {
            busy |= m_busy[m_conflictRes[i]];
        }
        uint64_t free = m_domainMask[l] & ~busy;
        if (free == 0) {
            return -1;
        }
        for (int k = m_rng.below(std::popcount(free)); k > 0; --k) {
            free &= free - 1;
        }
        return std::countr_zero(free);
    }
    /// Whether the search is improving a feasible timetable (where dropClashes and freeStarts act).
    bool feasibleSearch() const { return m_hard == 0 && !m_hardOnly; }
    /// The dropClashes test for moving a to sa1 and b (-1: none) to sb1 in one step.
    bool dropAsClash(int a, int sa1, int b, int sb1) const
    {
        if (!m_o.dropClashes || !feasibleSearch() || !m_kempeOk[a] || (b >= 0 && !m_kempeOk[b])) {
            return false;
        }
        return clashAt(a, sa1, b) || (b >= 0 && clashAt(b, sb1, a));
    }

    /// A random movable lesson; in the repair phase mostly one involved in a conflict.
    int pickLesson()
    {
        if (!m_focus.empty() && m_rng.below(4) != 0) {
            return m_focus[m_rng.below(int(m_focus.size()))];
        }
        if (!m_softFocus.empty() && m_focus.empty() && m_rng.uniform() < m_o.softFocusRate) {
            return m_softFocus[m_rng.below(int(m_softFocus.size()))];
        }
        return m_movable[m_rng.below(int(m_movable.size()))];
    }
    /// The movable lessons that pay a soft cost themselves or share one: a bad time or room,
    /// a day of one of their students sets or teachers that costs something (gaps, isolated
    /// lessons, day limits), a course spread over too few days, or a course in several rooms.
    void collectPenalized()
    {
        m_softFocus.clear();
        for (int l : m_movable) {
            const Lesson &L = m_p.lessons[l];
            const int s = m_start[l];
            const int r = m_room[l];
            bool bad = m_slotCost[size_t(l) * m_ws + s] > 0 || (r != NoRoom && m_roomCost[size_t(l) * m_nr + r] > 0)
                || (r != NoRoom && m_courseDistinct[L.course] > 1 && m_p.courses[L.course].roomStabilityWeight > 0);
            for (int w = 0; w < m_p.weeks && !bad; ++w) {
                if (!(L.weekMask & (1u << w))) {
                    continue;
                }
                const int cd = w * m_p.days + s / m_ppd;
                for (int res : L.resources) {
                    bad = bad || (m_resRules[res] && m_dayCost[size_t(res) * m_cd + cd].soft > 0);
                }
            }
            for (int si : m_lessonSpreads[l]) {
                bad = bad || softSpreadShort(si);
            }
            if (bad) {
                m_softFocus.push_back(l);
            }
        }
    }

    /// The (conflict-tracking resource or room, slot) cells of lesson l that another lesson
    /// also holds, counted from the cells.
    int clashCells(int l) const
    {
        const Lesson &L = m_p.lessons[l];
        int clash = 0;
        for (int w = 0; m_start[l] >= 0 && w < m_p.weeks; ++w) {
            for (int i = 0; (L.weekMask & (1u << w)) && i < L.duration; ++i) {
                const int slot = w * m_ws + m_start[l] + i;
                for (int r : L.resources) {
                    clash += m_resConflict[r] && m_resCount[size_t(r) * m_cs + slot] > 1;
                }
                clash += m_room[l] != NoRoom && m_roomCount[size_t(m_room[l]) * m_cs + slot] > 1;
            }
        }
        return clash;
    }

    /// Lessons that share a resource or a room with another lesson at one of their slots.
    void collectConflicted()
    {
        m_focus.clear();
        // week rules are priced once per (resource, week) in a collection, not once per lesson
        // holding the resource (a class lesson of a FET school holds about 15 students sets)
        m_weekBadStamp.resize(size_t(m_nres) * m_p.weeks);
        m_weekBad.resize(m_weekBadStamp.size());
        ++m_collectStamp;
        auto weekBad = [&](int r, int w) {
            const size_t wi = size_t(r) * m_p.weeks + w;
            if (m_weekBadStamp[wi] != m_collectStamp) {
                m_weekBadStamp[wi] = m_collectStamp;
                m_weekBad[wi] = weekCostAt(wi, r).hard > 0;
            }
            return m_weekBad[wi] != 0;
        };
        for (int l : m_movable) {
            const Lesson &L = m_p.lessons[l];
            const int s = m_start[l];
            bool bad = m_trackClash ? m_lessonClash[l] > 0 : clashCells(l) > 0;
            if (!bad && m_room[l] != NoRoom && m_anyRoomUnavailable && !roomFree(l, s, m_room[l])) {
                bad = true;
            }
            for (int w = 0; w < m_p.weeks && !bad; ++w) {
                if (!(L.weekMask & (1u << w))) {
                    continue;
                }
                const int cd = w * m_p.days + s / m_ppd;
                for (int i = m_ruleResBegin[l]; i < m_ruleResBegin[l + 1] && !bad; ++i) {
                    const int r = m_ruleRes[i];
                    bad = m_dayCost[size_t(r) * m_cd + cd].hard > 0 || weekBad(r, w)
                        || (m_anyRest && m_resRest[r]
                            && (m_restCost[size_t(r) * m_cd + cd].hard > 0
                                || m_restCost[size_t(r) * m_cd + prevDay(cd)].hard > 0));
                }
            }
            for (int g : m_lessonGrouped[l]) {
                bad = bad || m_groupedCost[g].hard > 0;
            }
            if (m_extra[l] & ExtraRooms) {
                for (int g : m_lessonRoomGroups[l]) {
                    bad = bad || m_rgCost[g].hard > 0;
                }
            }
            if (!bad && (m_lessonEndsAny[l] || m_lessonBld[l])) {
                for (int w = 0; w < m_p.weeks && !bad; ++w) {
                    if (!(L.weekMask & (1u << w))) {
                        continue;
                    }
                    const int cd = w * m_p.days + s / m_ppd;
                    for (int r : L.resources) {
                        const size_t di = size_t(r) * m_cd + cd;
                        bad = bad || (m_lessonEndsAny[l] && m_resEnds[r] && m_endCost[di].hard > 0);
                        bad = bad || (m_lessonBld[l] && m_resBld[r] && (m_bldDayCost[di].hard > 0
                            || buildingWeek(r, m_bldWeekChanges[size_t(r) * m_p.weeks + w]).hard > 0));
                    }
                }
            }
            for (int si : m_lessonSpreads[l]) {
                const SpreadConstraint &sp = m_p.spreads[si];
                if (bad || !sp.hard) {
                    continue;
                }
                const int *dc = &m_spreadDayCount[size_t(si) * m_p.days];
                const int day = s / m_ppd;
                int near = 0;
                for (int d = std::max(0, day - sp.minDays + 1); d <= std::min(m_p.days - 1, day + sp.minDays - 1); ++d) {
                    near += dc[d];
                }
                bad = sp.mode == SpreadConstraint::Mode::PairDistance ? near > 1 : spreadCost(sp, m_spreadDistinct[si]) > 0;
            }
            if (bad) {
                m_focus.push_back(l);
            }
        }
    }

    /// Kempe chain between two starts: the connected set of lessons at p1 and p2 linked by
    /// shared resources exchanges its starts; displaced lessons get the cheapest free room.
    /// Only for single-period lessons of a one-week cycle that are not in a same-start group.
    void kempeStep(double temperature, int64_t before)
    {
        const int l = pickLesson();
        const auto &dom = m_domain[l];
        if (!m_kempeOk[l]) {
            if (m_o.blockChainRate > 0 && !dom.empty() && m_rng.uniform() < m_o.blockChainRate) {
                blockChain(l, dom[m_rng.below(int(dom.size()))], temperature, before);
            }
            return;
        }
        kempeChain(l, dom[m_rng.below(int(dom.size()))], temperature, before);
    }
    /// The Kempe chain of lesson l between its start and p2 (see kempeStep); p2 need not be in
    /// l's domain (then nothing moves). The chain is priced by chainDelta() without moving
    /// anything (every rule is priced since the twenty-seventh session; in the twenty-fifth,
    /// chains that had to be applied member by member to be priced made the first feasible
    /// timetable of Econ-v0.8 and Eng_College come 2-10 times later).
    void kempeChain(int l, int p2, double temperature, int64_t before)
    {
        const int p1 = m_start[l];
        if (p1 == p2 || !legalStart(l, p2)) {
            return;
        }
        // lessons starting at p1 / p2 (maintained by place/unplace; no scan of all lessons)
        const auto &atA = m_atStart[p1];
        const auto &atB = m_atStart[p2];
        if (m_twin[l] >= 0) {
            for (int y : atB) {
                if (m_twin[y] == m_twin[l]) {
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
                    checkTwins(l, y);
#endif
                    return; // l and its twin would only trade places (a fifth of all chains on ITC-2007)
                }
            }
        }
        m_chain.clear();
        m_chain.push_back(l);
        m_inChain[l] = 1;
        bool ok = true;
        const bool followRooms = m_o.kempeRoomRate > 0 && m_rng.uniform() < m_o.kempeRoomRate;
        bool longMember = false; // a lesson of several periods would have to join
        // y joins the chain to take x's start; false if it cannot (then the chain is dropped)
        auto join = [&](int y, int x) {
            if (!m_kempeOk[y] || m_chain.size() >= 40 || !legalStart(y, m_start[x])) {
                longMember = longMember || m_p.lessons[y].duration > 1;
                return false;
            }
            m_inChain[y] = 1;
            m_chain.push_back(y);
            return true;
        };
        for (size_t q = 0; q < m_chain.size() && ok; ++q) {
            const int x = m_chain[q];
            const int otherStart = m_start[x] == p1 ? p2 : p1;
            const auto &other = m_start[x] == p1 ? atB : atA;
            if (followRooms && m_room[x] != NoRoom) {
                // the lesson in x's room at the other start comes the other way, into that room
                const size_t idx = size_t(m_room[x]) * m_cs + otherStart;
                const int y = m_roomCount[idx] == 1 ? m_roomOcc[idx] : -1;
                if (y >= 0 && y != x && m_start[y] == otherStart && !m_inChain[y]) {
                    if (!join(y, x)) {
                        ok = false;
                        break;
                    }
                }
            }
            // x's conflict resources busy at the other start: a resource held by one lesson names
            // it (XOR of the holders); only a resource held twice (infeasible) needs a scan
            ++m_stamp;
            bool any = false;
            for (int i = m_conflictResBegin[x]; i < m_conflictResBegin[x + 1] && ok; ++i) {
                const int r = m_conflictRes[i];
                const size_t idx = size_t(r) * m_cs + otherStart;
                const int c = m_resCount[idx];
                if (c == 1) {
                    const int y = m_resXor[idx] - 1;
                    if (y != x && m_start[y] == otherStart && !m_inChain[y]) {
                        if (!join(y, x)) {
                            ok = false;
                            break;
                        }
                    }
                } else if (c > 1) {
                    m_resMark[r] = m_stamp;
                    any = true;
                }
            }
            if (!any || !ok) {
                continue;
            }
            for (int y : other) {
                if (m_inChain[y]) {
                    continue;
                }
                bool shares = false;
                for (int i = m_conflictResBegin[y]; i < m_conflictResBegin[y + 1] && !shares; ++i) {
                    shares = m_resMark[m_conflictRes[i]] == m_stamp;
                }
                if (shares) {
                    if (!join(y, x)) {
                        ok = false;
                        break;
                    }
                }
            }
        }
        for (int x : m_chain) {
            m_inChain[x] = 0;
        }
        if (!ok) {
            // too long, or a member that cannot take part or cannot go to the other start; with a
            // member of several periods, perhaps a block chain can
            if (longMember && m_o.blockChainRate > 0 && m_rng.uniform() < m_o.blockChainRate) {
                blockChain(l, p2, temperature, before);
            }
            return;
        }
        // Rooms at the targets are chosen as if the whole chain had been lifted first: a room
        // counts as taken unless its occupant is a chain member leaving, or a member already
        // sent there takes it.
        const size_t k = m_chain.size();
        m_saveS.clear();
        m_saveR.clear();
        m_newR.clear();
        for (int x : m_chain) {
            m_saveS.push_back(m_start[x]);
            m_saveR.push_back(m_room[x]);
        }
        // m_chainRoomDelta[side * m_nr + r]: change of the lessons in room r at p1 (side 0) or
        // p2 (side 1) made so far by the chain (members leaving, members already sent there)
        int *const delta = m_chainRoomDelta.data();
        auto deltaAt = [&](int period) { return delta + (period == p1 ? 0 : m_nr); };
        // and the rooms members leave at each side: with the vacant ones, the only rooms a member
        // arriving there can take
        auto vacatedAt = [&](int period) { return m_chainVacated.data() + (period == p1 ? 0 : m_rw); };
        for (size_t j = 0; j < k; ++j) {
            if (const int r = m_saveR[j]; r != NoRoom) {
                --deltaAt(m_saveS[j])[r];
                vacatedAt(m_saveS[j])[r / 64] |= uint64_t(1) << (r % 64);
            }
        }
        for (size_t i = 0; i < k; ++i) {
            const int x = m_chain[i];
            const int target = m_saveS[i] == p1 ? p2 : p1;
            int *const at = deltaAt(target);
            auto taken = [&](int r) { return m_roomCount[size_t(r) * m_cs + target] + at[r] > 0; };
            int r = m_saveR[i];
            if (r != NoRoom && (taken(r) || !roomFree(x, target, r))) {
                r = cheapestFreeRoom(x, target, r, taken, vacatedAt(target));
            }
            if (r != NoRoom) {
                ++at[r];
            }
            m_newR.push_back(r);
        }
        for (size_t j = 0; j < k; ++j) {
            for (const int r : {m_saveR[j], m_newR[j]}) {
                if (r != NoRoom) {
                    delta[r] = 0;
                    delta[m_nr + r] = 0;
                }
            }
        }
        std::fill(m_chainVacated.begin(), m_chainVacated.end(), 0);
        ++m_kempeChains;
        applyChain(p1, p2, temperature, before);
    }
    /// Cost change (hard, soft) of moving every lesson of m_chain between starts p1 and p2
    /// (m_saveS / m_saveR: their places now, m_newR: their rooms after), without changing the
    /// timetable (spread, room-stability and building counts, end weights and starts are
    /// changed and restored). Must agree with unplacing and placing them one by one. Chain
    /// members are Kempe lessons (m_kempeOk), so the timetable has one week.
    void chainDelta(int p1, int p2, int &dHard, int64_t &dSoft)
    {
        char extra = 0;
        for (int x : m_chain) {
            extra = char(extra | m_extra[x]);
        }
        const size_t k = m_chain.size();
        int h = 0;
        int64_t sc = 0;
        const int day1 = p1 / m_ppd;
        const int day2 = p2 / m_ppd;
        m_chainRes.clear();
        int *const roomDelta = m_chainRoomDelta.data(); // side 0: p1, side 1: p2
        for (size_t i = 0; i < k; ++i) {
            const int x = m_chain[i];
            const bool fromP1 = m_saveS[i] == p1;
            const int from = fromP1 ? p1 : p2;
            const int to = fromP1 ? p2 : p1;
            const int r0 = m_saveR[i];
            const int r1 = m_newR[i];
            sc += int64_t(m_slotCost[size_t(x) * m_ws + to]) - m_slotCost[size_t(x) * m_ws + from];
            if (r0 != NoRoom) {
                sc -= m_roomCost[size_t(x) * m_nr + r0];
                --roomDelta[(fromP1 ? 0 : m_nr) + r0];
                h -= m_anyRoomUnavailable && !roomFree(x, from, r0);
            }
            if (r1 != NoRoom) {
                sc += m_roomCost[size_t(x) * m_nr + r1];
                ++roomDelta[(fromP1 ? m_nr : 0) + r1];
                h += m_anyRoomUnavailable && !roomFree(x, to, r1);
            }
            for (int res : m_p.lessons[x].resources) {
                if (m_chainResA[res] == 0 && m_chainResB[res] == 0) {
                    m_chainRes.push_back(res);
                }
                ++(fromP1 ? m_chainResA : m_chainResB)[res];
            }
        }
        // rooms: one violation per lesson beyond the first in a (room, period)
        auto excessOf = [](int c) { return std::max(0, c - 1); };
        for (size_t i = 0; i < k; ++i) {
            for (const int r : {m_saveR[i], m_newR[i]}) {
                if (r == NoRoom) {
                    continue;
                }
                for (int side = 0; side < 2; ++side) {
                    int &d = roomDelta[side * m_nr + r];
                    if (d != 0) {
                        const int p = side == 0 ? p1 : p2;
                        const size_t idx = size_t(r) * m_cs + p;
                        const int c = m_roomCount[idx];
                        h += (excessOf(c + d) - excessOf(c)) * weightOf(WRoom, idx);
                        d = 0;
                    }
                }
            }
        }
        // teachers and students sets: conflicts at p1 and p2, and the day rules
        for (int res : m_chainRes) {
            const int a = m_chainResA[res];
            const int b = m_chainResB[res];
            m_chainResA[res] = 0;
            m_chainResB[res] = 0;
            if (a == b) {
                continue; // as many arrive as leave at both periods
            }
            const size_t i1 = size_t(res) * m_cs + p1;
            const size_t i2 = size_t(res) * m_cs + p2;
            const int c1 = m_resCount[i1];
            const int c2 = m_resCount[i2];
            const int n1 = c1 - a + b;
            const int n2 = c2 - b + a;
            if (m_resConflict[res]) {
                h += (excessOf(n1) - excessOf(c1)) * weightOf(WRes, i1);
                h += (excessOf(n2) - excessOf(c2)) * weightOf(WRes, i2);
            }
            if (!m_resRules[res] || ((c1 > 0) == (n1 > 0) && (c2 > 0) == (n2 > 0))) {
                continue;
            }
            const uint64_t b1 = uint64_t(1) << (p1 % m_ppd);
            const uint64_t b2 = uint64_t(1) << (p2 % m_ppd);
            const size_t di1 = size_t(res) * m_cd + day1;
            const size_t di2 = size_t(res) * m_cd + day2;
            WeekCounts dw;
            auto withBit = [](uint64_t m, uint64_t bit, bool on) { return on ? (m | bit) : (m & ~bit); };
            if (day1 == day2) {
                const uint64_t m = m_resMask[di1];
                const uint64_t n = withBit(withBit(m, b1, n1 > 0), b2, n2 > 0);
                if (n != m) {
                    dayDelta(res, di1, n, h, sc, dw);
                    if (m_resRest[res]) {
                        restDelta(res, day1, n, -1, 0, h, sc);
                    }
                }
            } else {
                const uint64_t m1 = m_resMask[di1];
                const uint64_t m2 = m_resMask[di2];
                const uint64_t nm1 = withBit(m1, b1, n1 > 0);
                const uint64_t nm2 = withBit(m2, b2, n2 > 0);
                if (nm1 != m1) {
                    dayDelta(res, di1, nm1, h, sc, dw);
                }
                if (nm2 != m2) {
                    dayDelta(res, di2, nm2, h, sc, dw);
                }
                if (m_resRest[res] && (nm1 != m1 || nm2 != m2)) {
                    restDelta(res, day1, nm1, day2, nm2, h, sc);
                }
            }
            weekDelta(res, size_t(res), dw, h, sc); // one week
        }
        // spreads over days and room stability: counted with the bookkeeping's own updates,
        // then restored
        m_chainUndo.clear();
        for (size_t i = 0; i < k; ++i) {
            const int x = m_chain[i];
            const bool fromP1 = m_saveS[i] == p1;
            if (day1 != day2) {
                const int from = fromP1 ? day1 : day2;
                const int to = fromP1 ? day2 : day1;
                for (int si : m_lessonSpreads[x]) {
                    const int d = spreadTouch(si, from, -1) + spreadTouch(si, to, +1);
                    if (m_p.spreads[si].hard) {
                        h += d * weightOf(WSpread, size_t(si));
                    } else {
                        sc += d;
                    }
                    m_chainUndo.push_back({si, from, to});
                }
            }
        }
        for (auto it = m_chainUndo.rbegin(); it != m_chainUndo.rend(); ++it) {
            spreadTouch((*it)[0], (*it)[2], -1);
            spreadTouch((*it)[0], (*it)[1], +1);
        }
        m_chainUndo.clear();
        for (size_t i = 0; i < k; ++i) {
            const int r0 = m_saveR[i];
            const int r1 = m_newR[i];
            if (r0 != r1 && r0 != NoRoom && r1 != NoRoom) {
                const int c = m_p.lessons[m_chain[i]].course;
                sc += stabilityTouch(c, r0, -1) + stabilityTouch(c, r1, +1);
                m_chainUndo.push_back({c, r0, r1});
            }
        }
        for (auto it = m_chainUndo.rbegin(); it != m_chainUndo.rend(); ++it) {
            stabilityTouch((*it)[0], (*it)[2], -1);
            stabilityTouch((*it)[0], (*it)[1], +1);
        }
        if (extra & ExtraBuilding) {
            chainBuildingDelta(p1, p2, h, sc);
        }
        if (extra & ExtraEnds) {
            chainEndsDelta(p1, p2, h, sc);
        }
        if (extra & ExtraRooms) {
            chainRoomGroupDelta(k, h, sc);
        }
        if (extra & ExtraGrouped) {
            chainGroupedDelta(p1, p2, h, sc);
        }
        dHard = h;
        dSoft = sc;
    }

    /// chainDelta()'s part for building-change rules (one week): the members' building counts
    /// are moved, each (resource, day) they touch is costed again, and the counts are restored.
    void chainBuildingDelta(int p1, int p2, int &h, int64_t &sc)
    {
        const size_t k = m_chain.size();
        ++m_stamp;
        m_chainBldRes.clear();
        auto shift = [&](int sign) {
            for (size_t i = 0; i < k; ++i) {
                const int x = m_chain[i];
                if (!(m_extra[x] & ExtraBuilding)) {
                    continue;
                }
                const int b0 = m_saveR[i] != NoRoom ? m_roomBld[m_saveR[i]] : -1;
                const int b1 = m_newR[i] != NoRoom ? m_roomBld[m_newR[i]] : -1;
                const int from = m_saveS[i];
                const int to = from == p1 ? p2 : p1;
                for (int res : m_p.lessons[x].resources) {
                    if (!m_resBld[res]) {
                        continue;
                    }
                    if (b0 >= 0) {
                        int16_t &c = m_bldCount[(size_t(res) * m_cs + from) * m_nb + b0];
                        c = int16_t(c - sign);
                    }
                    if (b1 >= 0) {
                        int16_t &c = m_bldCount[(size_t(res) * m_cs + to) * m_nb + b1];
                        c = int16_t(c + sign);
                    }
                    if (m_resMark[res] != m_stamp) {
                        m_resMark[res] = m_stamp;
                        m_chainBldRes.push_back(res);
                    }
                }
            }
        };
        shift(+1);
        const int day1 = p1 / m_ppd;
        const int day2 = p2 / m_ppd;
        for (int res : m_chainBldRes) {
            int dch = 0;
            for (int j = 0; j < (day1 == day2 ? 1 : 2); ++j) {
                const int day = j == 0 ? day1 : day2;
                const size_t di = size_t(res) * m_cd + day;
                int changes = 0;
                const Cost c = buildingDay(res, day * m_ppd, -1, -1, -1, -1, 0, changes);
                h += (c.hard - m_bldDayCost[di].hard) * weightOf(WDay, di);
                sc += c.soft - m_bldDayCost[di].soft;
                dch += changes - m_bldDayChanges[di];
            }
            if (dch != 0) {
                const size_t wi = size_t(res); // one week
                const Cost dw = buildingWeekDelta(res, wi, dch);
                h += dw.hard * weightOf(WWeek, wi);
                sc += dw.soft;
            }
        }
        shift(-1);
    }

    /// chainDelta()'s part for grouped rules: the members' starts are set to the other period,
    /// each grouped constraint of a member is costed again, and the starts are restored.
    void chainGroupedDelta(int p1, int p2, int &h, int64_t &sc)
    {
        m_chainGrouped.clear();
        for (int x : m_chain) {
            for (int g : m_lessonGrouped[x]) {
                if (std::find(m_chainGrouped.begin(), m_chainGrouped.end(), g) == m_chainGrouped.end()) {
                    m_chainGrouped.push_back(g);
                }
            }
            m_start[x] = m_start[x] == p1 ? p2 : p1;
        }
        if (m_anyRoomGrouped) { // rules that look at rooms see the chain's new rooms
            for (size_t i = 0; i < m_chain.size(); ++i) {
                m_room[m_chain[i]] = m_newR[i];
            }
        }
        for (int g : m_chainGrouped) {
            const Cost d = groupedCost(g, -1, -1, NoRoom) - m_groupedCost[g];
            h += d.hard * weightOf(WGrouped, size_t(g));
            sc += d.soft;
        }
        for (size_t i = 0; i < m_chain.size(); ++i) {
            const int x = m_chain[i];
            m_start[x] = m_start[x] == p1 ? p2 : p1;
            if (m_anyRoomGrouped) {
                m_room[x] = m_saveR[i];
            }
        }
    }

    /// chainDelta()'s part for ends-day rules (one week): the members' end weights are moved,
    /// the day masks of the resources with such rules are made as they would be, each touched
    /// (resource, day) is costed again, and the end weights are restored.
    void chainEndsDelta(int p1, int p2, int &h, int64_t &sc)
    {
        const size_t k = m_chain.size();
        ++m_stamp;
        m_chainEndRes.clear();
        auto endW = [&](int res, int slot) -> Cost & { return m_endW[(size_t(res) * m_cd + slot / m_ppd) * m_ppd + slot % m_ppd]; };
        auto shift = [&](int sign) {
            for (size_t i = 0; i < k; ++i) {
                const int x = m_chain[i];
                if (!(m_extra[x] & ExtraEnds)) {
                    continue;
                }
                const int from = m_saveS[i];
                const int to = from == p1 ? p2 : p1;
                for (const auto &[res, w] : m_lessonEnds[x]) {
                    Cost &e0 = endW(res, from);
                    Cost &e1 = endW(res, to);
                    e0.hard -= sign * w.hard;
                    e0.soft -= sign * w.soft;
                    e1.hard += sign * w.hard;
                    e1.soft += sign * w.soft;
                }
                if (sign < 0) {
                    continue;
                }
                for (int res : m_p.lessons[x].resources) {
                    if (!m_resEnds[res]) {
                        continue;
                    }
                    if (m_resMark[res] != m_stamp) {
                        m_resMark[res] = m_stamp;
                        m_chainEndRes.push_back(res);
                    }
                    ++(from == p1 ? m_chainResA : m_chainResB)[res];
                }
            }
        };
        shift(+1);
        const int day1 = p1 / m_ppd;
        const int day2 = p2 / m_ppd;
        const uint64_t bit1 = uint64_t(1) << (p1 % m_ppd);
        const uint64_t bit2 = uint64_t(1) << (p2 % m_ppd);
        auto withBit = [](uint64_t m, uint64_t bit, bool on) { return on ? (m | bit) : (m & ~bit); };
        for (int res : m_chainEndRes) {
            const int a = m_chainResA[res];
            const int b = m_chainResB[res];
            m_chainResA[res] = 0;
            m_chainResB[res] = 0;
            const bool on1 = m_resCount[size_t(res) * m_cs + p1] - a + b > 0;
            const bool on2 = m_resCount[size_t(res) * m_cs + p2] - b + a > 0;
            auto recost = [&](int day, uint64_t mask) {
                const size_t di = size_t(res) * m_cd + day;
                const Cost c = endCost(res, day, mask, -1, -1, Cost{});
                h += (c.hard - m_endCost[di].hard) * weightOf(WDay, di);
                sc += c.soft - m_endCost[di].soft;
            };
            const size_t di1 = size_t(res) * m_cd + day1;
            const size_t di2 = size_t(res) * m_cd + day2;
            if (day1 == day2) {
                recost(day1, withBit(withBit(m_resMask[di1], bit1, on1), bit2, on2));
            } else {
                recost(day1, withBit(m_resMask[di1], bit1, on1));
                recost(day2, withBit(m_resMask[di2], bit2, on2));
            }
        }
        shift(-1);
    }

    /// Block Kempe chain (SolverOptions::blockChainRate): a Kempe chain for lessons of any length.
    /// Lesson l goes from its start a to b; every lesson holding one of a member's teachers or
    /// students sets in a period where the member arrives joins the chain and goes the other way,
    /// by the same offset. Each member must lie wholly inside one of two windows of equal length,
    /// [lo, hi) round a and the same shifted by b - a, which grow to hold the members but stay
    /// within one day each and must not overlap. Members keep their rooms where they can,
    /// otherwise take the cheapest room. The chain is priced by applying it (undone if rejected).
    void blockChain(int l, int b, double temperature, int64_t before)
    {
        const int a = m_start[l];
        if (a < 0 || a == b || m_p.weeks != 1 || m_fixed[l] || m_group[l] >= 0 || !legalStart(l, b)) {
            return;
        }
        const int off = b - a;
        const int dayA = a / m_ppd;
        const int dayB = b / m_ppd;
        int lo = a;
        int hi = a + m_p.lessons[l].duration;
        // the window [lo, hi) on side A and shifted by off on side B, each within its day,
        // not overlapping
        auto windowOk = [&] {
            return lo / m_ppd == dayA && (hi - 1) / m_ppd == dayA && (lo + off) / m_ppd == dayB
                && (hi - 1 + off) / m_ppd == dayB && (hi <= lo + off || hi + off <= lo);
        };
        if (!windowOk()) {
            return;
        }
        m_chain.clear();
        m_blockSide.clear();
        bool ok = true;
        // y joins, moving by `shift`: false if it cannot
        auto join = [&](int y, int shift) {
            const int s = m_start[y];
            const int d = m_p.lessons[y].duration;
            if (m_fixed[y] || m_group[y] >= 0 || m_chain.size() >= 60 || s + shift < 0 || s + shift >= m_ws
                || !legalStart(y, s + shift)) {
                return false;
            }
            // its span in side-A coordinates
            const int s0 = shift == off ? s : s - off;
            lo = std::min(lo, s0);
            hi = std::max(hi, s0 + d);
            if (!windowOk()) {
                return false;
            }
            m_inChain[y] = 1;
            m_chain.push_back(y);
            m_blockSide.push_back(shift);
            return true;
        };
        join(l, off);
        for (size_t q = 0; q < m_chain.size() && ok; ++q) {
            const int x = m_chain[q];
            const int shift = m_blockSide[q];
            const int t = m_start[x] + shift;
            const int d = m_p.lessons[x].duration;
            for (int u = t; u < t + d && ok; ++u) {
                for (int i = m_conflictResBegin[x]; i < m_conflictResBegin[x + 1] && ok; ++i) {
                    const int r = m_conflictRes[i];
                    const size_t idx = size_t(r) * m_cs + u;
                    const int c = m_resCount[idx];
                    if (c == 0) {
                        continue;
                    }
                    if (c == 1) {
                        const int y = m_resXor[idx] - 1;
                        if (!m_inChain[y] && !join(y, -shift)) {
                            ok = false;
                        }
                        continue;
                    }
                    // held more than once: the holders are lessons of this day starting at most
                    // the longest duration before u
                    for (int s = std::max(u - m_maxDuration + 1, u - u % m_ppd); s <= u && ok; ++s) {
                        for (size_t k = 0; k < m_atStart[s].size() && ok; ++k) {
                            const int y = m_atStart[s][k];
                            if (m_inChain[y] || s + m_p.lessons[y].duration <= u) {
                                continue;
                            }
                            bool holds = false;
                            for (int j = m_conflictResBegin[y]; j < m_conflictResBegin[y + 1] && !holds; ++j) {
                                holds = m_conflictRes[j] == r;
                            }
                            if (holds && !join(y, -shift)) {
                                ok = false;
                            }
                        }
                    }
                }
            }
        }
        for (int x : m_chain) {
            m_inChain[x] = 0;
        }
        if (!ok) {
            return;
        }
        ++m_blockChains;
        const size_t k = m_chain.size();
        lift(m_chain);
        for (size_t i = 0; i < k; ++i) {
            const int x = m_chain[i];
            const int t = m_saveS[i] + m_blockSide[i];
            int r = m_saveR[i];
            bool keep = r != NoRoom && roomFree(x, t, r);
            for (int j = 0; keep && j < m_p.lessons[x].duration; ++j) {
                keep = m_roomCount[size_t(r) * m_cs + t + j] == 0;
            }
            if (!keep) {
                r = bestRoom(x, t);
            }
            place(x, t, r);
        }
        if (!accept(deltaSince(before), temperature)) {
            for (size_t i = k; i-- > 0;) {
                unplace(m_chain[i]);
            }
            for (size_t i = 0; i < k; ++i) {
                place(m_chain[i], m_saveS[i], m_saveR[i]);
            }
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
            if (objective() != before) {
                std::fprintf(stderr, "block chain not undone: objective %lld, was %lld\n", (long long)objective(),
                             (long long)before);
                std::abort();
            }
#endif
        }
    }

    /// Moves every lesson of m_chain from p1 to p2 or back into the rooms m_newR (their old
    /// places in m_saveS / m_saveR) if the annealing accepts the change; otherwise nothing moves.
    /// The chain is priced by chainDelta() without moving anything, so a rejected chain costs
    /// no bookkeeping updates at all.
    void applyChain(int p1, int p2, double temperature, int64_t before)
    {
        const size_t k = m_chain.size();
        int dh = 0;
        int64_t ds = 0;
        chainDelta(p1, p2, dh, ds);
        const bool accepted = accept(int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds), temperature);
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
        const bool check = true; // checked builds apply rejected chains too, to check their price
#else
        const bool check = false;
#endif
        if (accepted || check) {
            for (size_t i = 0; i < k; ++i) {
                const int x = m_chain[i];
                unplace(x);
                place(x, m_saveS[i] == p1 ? p2 : p1, m_newR[i]);
            }
            checkDelta(before, dh, ds);
        }
        if (!accepted && check) {
            for (size_t i = k; i-- > 0;) {
                unplace(m_chain[i]);
                place(m_chain[i], m_saveS[i], m_saveR[i]);
            }
        }
    }

    /// Room swap inside one time: if room r is held at l's start by exactly one other lesson
    /// with the same start, duration and weeks, the two lessons exchange rooms (times stay).
    /// Returns false when there is no such occupant (the caller then makes a plain room move).
    bool roomSwapStep(int l, int r, double temperature, int64_t before)
    {
        const int s = m_start[l];
        const int r0 = m_room[l];
        const size_t idx = size_t(r) * m_cs + size_t(std::countr_zero(m_p.lessons[l].weekMask)) * m_ws + s;
        if (r0 == NoRoom || m_roomCount[idx] != 1) {
            return false;
        }
        const int m = m_roomOcc[idx];
        if (m < 0 || m == l) {
            return false;
        }
        const Lesson &L = m_p.lessons[l];
        const Lesson &M = m_p.lessons[m];
        if (m_start[m] != s || M.duration != L.duration || M.weekMask != L.weekMask
            || M.course == L.course || (m_fixed[m] && M.fixedRoom != NoRoom) || !roomAllowed(m, r0)
            || !roomFree(m, s, r0)) {
            return false; // occupied by a lesson that cannot swap: a plain room move instead
        }
        if (m_lessonBld[l] || m_lessonBld[m] || ((m_extra[l] | m_extra[m]) & ExtraRoomTerms)) {
            // buildings or room groups change too: price by applying (rare; only problems with
            // such rules)
            unplace(l);
            unplace(m);
            place(l, s, r);
            place(m, s, r0);
            if (!accept(deltaSince(before), temperature)) {
                unplace(l);
                unplace(m);
                place(l, s, r0);
                place(m, s, r);
            }
            return true;
        }
        // times and room occupancy are unchanged; only room costs, stability and availability move
        int dh = 0;
        if (m_anyRoomUnavailable) {
            dh -= !roomFree(l, s, r0);
            dh -= !roomFree(m, s, r);
        }
        int64_t ds = int64_t(m_roomCost[size_t(l) * m_nr + r]) - m_roomCost[size_t(l) * m_nr + r0]
            + m_roomCost[size_t(m) * m_nr + r0] - m_roomCost[size_t(m) * m_nr + r];
        auto stability = [&](int c, int from, int to) -> int64_t {
            const int w = m_p.courses[c].roomStabilityWeight;
            if (!w) {
                return 0;
            }
            const int d = m_courseDistinct[c];
            const int nd = d - (m_courseRoomCount[size_t(c) * m_nr + from] == 1)
                + (m_courseRoomCount[size_t(c) * m_nr + to] == 0);
            return int64_t(std::max(0, nd - 1) - std::max(0, d - 1)) * w;
        };
        ds += stability(L.course, r0, r) + stability(M.course, r, r0);
        acceptPriced(l, s, r, m, s, r0, dh, ds, temperature, before);
        return true;
    }

    /// Applies a pair of changes priced (dh, ds) without touching the state, if accepted.
    void acceptPriced(int a, int sa1, int ra1, int b, int sb1, int rb1, int dh, int64_t ds, double temperature,
                      int64_t before)
    {
        if (accept(int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds), temperature)) {
            unplace(a);
            unplace(b);
            place(a, sa1, ra1);
            place(b, sb1, rb1);
            checkDelta(before, dh, ds);
        }
    }

    /// Moves a to (sa1, ra1) and b to (sb1, rb1) as one step. Two lessons with nothing in
    /// common are priced without applying either; otherwise only a is applied before the
    /// decision and b's change is priced by moveDelta on top of it, so a rejected pair costs
    /// two bookkeeping updates instead of eight.
    void pairMove(int a, int sa1, int ra1, int b, int sb1, int rb1, double temperature, int64_t before)
    {
        const int sa0 = m_start[a];
        const int ra0 = m_room[a];
        if (independentPair(a, sa1, ra1, b, sb1, rb1)) {
            // the two changes touch no common counter but the room places they exchange: price
            // both on the current state and correct for the place the other one leaves
            int dh = 0, dhb = 0;
            int64_t ds = 0, dsb = 0;
            moveDelta(a, sa1, ra1, dh, ds);
            moveDelta(b, sb1, rb1, dhb, dsb);
            dh += dhb;
            ds += dsb;
            const int sb0 = m_start[b];
            const int rb0 = m_room[b];
            if (ra1 != NoRoom && ra1 == rb0 && sa1 == sb0) {
                const size_t idx = size_t(ra1) * m_cs + sa1;
                dh -= m_roomCount[idx] == 1 ? weightOf(WRoom, idx) : 0; // b leaves the room a enters
            }
            if (rb1 != NoRoom && rb1 == ra0 && sb1 == sa0) {
                const size_t idx = size_t(rb1) * m_cs + sb1;
                dh -= m_roomCount[idx] == 1 ? weightOf(WRoom, idx) : 0; // a leaves the room b enters
            }
            acceptPriced(a, sa1, ra1, b, sb1, rb1, dh, ds, temperature, before);
            return;
        }
        unplace(a);
        place(a, sa1, ra1);
        const int64_t d1 = deltaSince(before);
        int dh = 0;
        int64_t ds = 0;
        moveDelta(b, sb1, rb1, dh, ds);
        if (accept(d1 + int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds), temperature)) {
            const int64_t mid = objective();
            unplace(b);
            place(b, sb1, rb1);
            checkDelta(mid, dh, ds);
        } else {
            unplace(a);
            place(a, sa0, ra0);
        }
    }

    /// A place for a lesson found by bestPlace(): start -1 = none; dh/ds its cost change.
    struct Place
    {
        int start = -1;
        int room = NoRoom;
        int dh = 0;
        int64_t ds = 0;
    };
    /// The best other (start, room) of placed lesson l, priced with moveDelta over its allowed
    /// starts and rooms, ties broken at random. stay: staying put competes as a candidate of
    /// cost 0 (otherwise the best move is taken even if it is worse); tabu: starts tabu for l
    /// are skipped unless they reach a new best hard count (see bestMoveStep).
    Place bestPlace(int l, bool stay, bool tabu)
    {
        const Lesson &L = m_p.lessons[l];
        const int s0 = m_start[l];
        const int r0 = m_room[l];
        Place b;
        int64_t best = std::numeric_limits<int64_t>::max();
        int ties = 0;
        if (stay) {
            b = Place{s0, r0, 0, 0};
            best = 0;
            ties = 1;
        }
        // without building rules only roomTerms() depends on the room: one full pricing per start,
        // and its soft part does not depend on the start: once per room
        const bool perStart = L.rooms.size() > 1 && !m_lessonBld[l] && !(m_extra[l] & ExtraRoomTerms);
        int baseH = 0;
        int64_t baseS = 0;
        // what every room's terms share: leaving l's room (entering a room never adds less than
        // nothing), and the cheapest room's soft part; with them a start none of whose rooms can
        // reach the best so far is passed over whole (its candidates could not even tie)
        int leaveH = 0;
        int64_t minRoomSoft = std::numeric_limits<int64_t>::max();
        if (perStart) {
            for (int r : L.rooms) {
                m_roomSoftTmp[r] = roomSoftTerms(l, r);
                minRoomSoft = std::min(minRoomSoft, m_roomSoftTmp[r]);
            }
            roomHardTerms(l, s0, NoRoom, leaveH);
        }
        auto consider = [&](int s, int r) {
            if ((s == s0 && r == r0) || !roomFree(l, s, r)) {
                return;
            }
            int dh = 0;
            int64_t ds = 0;
            if (perStart) {
                dh = baseH;
                ds = baseS + m_roomSoftTmp[r];
                roomHardTerms(l, s, r, dh);
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
                int ch = 0;
                int64_t cs = 0;
                moveDelta(l, s, r, ch, cs);
                if (ch != dh || cs != ds) {
                    std::fprintf(stderr, "bestPlace per-start pricing disagrees: %d/%lld vs %d/%lld\n", dh,
                                 (long long)ds, ch, (long long)cs);
                    std::abort();
                }
#endif
            } else {
                moveDelta(l, s, r, dh, ds);
            }
            if (tabu && m_tabuUntil[size_t(l) * m_ws + s] > m_tabuClock && hardCount() + dh >= m_bestHard) {
                return; // tabu, and not a new best
            }
            const int64_t v = int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds);
            if (v < best || (v == best && m_rng.below(++ties) == 0)) {
                ties = v < best ? 1 : ties;
                best = v;
                b = Place{s, r, dh, ds};
            }
        };
        for (int s : m_domain[l]) {
            if (L.rooms.empty()) {
                consider(s, NoRoom);
            } else {
                if (perStart) {
                    // the start's price with the first room, less that room's terms
                    const int r = L.rooms.front();
                    moveDelta(l, s, r, baseH, baseS);
                    int rh = 0;
                    roomHardTerms(l, s, r, rh);
                    baseH -= rh;
                    baseS -= m_roomSoftTmp[r];
                    if (int64_t(baseH + leaveH) * m_hw + (m_hardOnly ? 0 : baseS + minRoomSoft) > best) {
#ifdef EBILIM_TIMETABLE_CHECK_DELTA
                        checkPassedOver(l, s, best);
#endif
                        continue;
                    }
                }
                for (int r : L.rooms) {
                    consider(s, r);
                }
            }
        }
        return b;
    }

#ifdef EBILIM_TIMETABLE_CHECK_DELTA
    /// Checked builds: every room of a start that bestPlace() passed over is priced in full and
    /// must cost more than the best it was compared with.
    void checkPassedOver(int l, int s, int64_t best) const
    {
        for (int r : m_p.lessons[l].rooms) {
            if ((s == m_start[l] && r == m_room[l]) || !roomFree(l, s, r)) {
                continue;
            }
            int dh = 0;
            int64_t ds = 0;
            moveDelta(l, s, r, dh, ds);
            if (int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds) <= best) {
                std::fprintf(stderr, "bestPlace passed over start %d room %d at %d/%lld (best %lld)\n", s, r, dh,
                             (long long)ds, (long long)best);
                std::abort();
            }
        }
    }
#endif

    /// Share of repair steps that are best moves: bestMoveRate while at most bestMoveFocus
    /// lessons are in conflict, falling in proportion with more.
    double bestMoveShare() const
    {
        return m_o.bestMoveRate * std::min(1.0, double(m_o.bestMoveFocus) / double(m_focus.size()));
    }

    /// Min-conflicts with tabu (repair phase): a lesson in conflict goes to its best (start,
    /// room) of all, ties broken at random, even if that is worse than staying; its old start
    /// is then tabu for it for a few such steps unless a move reaches a new best hard count.
    void bestMoveStep()
    {
        const int l = m_focus[m_rng.below(int(m_focus.size()))];
        if (m_group[l] >= 0 || m_fixed[l]) {
            return;
        }
        if (m_tabuUntil.empty()) {
            m_tabuUntil.assign(size_t(m_nl) * m_ws, 0);
        }
        ++m_tabuClock;
        const int64_t before = objective();
        const int s0 = m_start[l];
        const Place b = bestPlace(l, false, true);
        if (b.start < 0) {
            return;
        }
        if (b.start != s0) {
            m_tabuUntil[size_t(l) * m_ws + s0] = m_tabuClock + 8 + m_rng.below(8);
        }
        unplace(l);
        place(l, b.start, b.room);
        checkDelta(before, b.dh, b.ds);
        ++m_bestMoves;
    }

    /// Group ejection (a ruin step on a same-start group): the group goes to a random allowed
    /// start (each member keeps its room), the movable single lessons there that share a
    /// teacher or students set with a member leave and go back one by one to their best places;
    /// kept if the annealing test passes, otherwise undone.
    void groupEjectStep(int l, double temperature)
    {
        const auto &members = m_groups[m_group[l]];
        const auto &dom = m_domain[l];
        const int s = dom[m_rng.below(int(dom.size()))];
        const int s0 = m_start[l];
        if (s == s0) {
            return;
        }
        for (int m : members) {
            if (m_fixed[m] || !roomFree(m, s, m_room[m])) {
                return;
            }
        }
        // the lessons in the way: same day, overlapping a member's new periods, sharing a resource
        m_ruin.clear();
        const int day = s / m_ppd;
        ++m_stamp;
        for (int m : members) {
            const Lesson &M = m_p.lessons[m];
            for (int t = day * m_ppd; t < s + M.duration; ++t) {
                for (int x : m_atStart[t]) {
                    if (m_group[x] >= 0 || m_fixed[x] || t + m_p.lessons[x].duration <= s || m_lessonMark[x] == m_stamp) {
                        continue;
                    }
                    const auto &xr = m_p.lessons[x].resources;
                    const bool shares = std::any_of(M.resources.begin(), M.resources.end(), [&](int r) {
                        return std::find(xr.begin(), xr.end(), r) != xr.end();
                    });
                    if (shares) {
                        m_lessonMark[x] = m_stamp;
                        m_ruin.push_back(x);
                    }
                }
            }
        }
        const int64_t before = objective();
        m_softBefore = m_soft;
        lift(m_ruin);
        moveGroup(members, s);
        replaceRuin();
        ++m_groupEjections;
        if (accept(deltaSince(before), temperature)) {
            return;
        }
        undoRuin(&members, s0);
        checkDelta(before, 0, 0); // undone exactly
    }

    /// Every member of a same-start group to start s, each in its room.
    void moveGroup(const std::vector<int> &members, int s)
    {
        for (int m : members) {
            const int r = m_room[m];
            unplace(m);
            place(m, s, r);
        }
    }
    /// Takes `lessons` (m_ruin, m_chain) out of the timetable, remembering their places in
    /// m_saveS / m_saveR.
    void lift(const std::vector<int> &lessons)
    {
        m_saveS.clear();
        m_saveR.clear();
        for (int x : lessons) {
            m_saveS.push_back(m_start[x]);
            m_saveR.push_back(m_room[x]);
            unplace(x);
        }
    }
    /// Puts the lessons of m_ruin back in their order, each at its best place (priced from its
    /// old place) given those already back.
    void replaceRuin()
    {
        for (size_t i = 0; i < m_ruin.size(); ++i) {
            const int x = m_ruin[i];
            place(x, m_saveS[i], m_saveR[i]);
            const Place b = bestPlace(x, true, false);
            if (b.start != m_start[x] || b.room != m_room[x]) {
                const int64_t mid = objective();
                unplace(x);
                place(x, b.start, b.room);
                checkDelta(mid, b.dh, b.ds);
            }
        }
    }
    /// Undoes lift(m_ruin) and replaceRuin(); with a group, also its move (it goes back to
    /// groupStart).
    void undoRuin(const std::vector<int> *group, int groupStart)
    {
        for (int x : m_ruin) {
            unplace(x);
        }
        if (group) {
            moveGroup(*group, groupStart);
        }
        for (size_t i = 0; i < m_ruin.size(); ++i) {
            place(m_ruin[i], m_saveS[i], m_saveR[i]);
        }
    }

    /// Ruin and recreate: lesson l (in conflict in the repair phase; soft: paying or sharing a
    /// soft cost in the annealing phase, see softRuinRate) and up to ruinSize - 1 other lessons that
    /// share one of its teachers or students sets on its day leave the timetable;
    /// then, in random order, each goes back to its best (start, room) given those already back.
    /// The result is kept if the (weighted) objective passes the annealing test, otherwise the
    /// lessons return to their places.
    void ruinStep(int l, bool soft, double temperature)
    {
        if (m_fixed[l]) {
            return;
        }
        if (m_group[l] >= 0) {
            if (m_o.groupEjectRate > 0 && m_rng.uniform() < m_o.groupEjectRate) {
                groupEjectStep(l, temperature);
            }
            return;
        }
        const Lesson &L = m_p.lessons[l];
        m_ruin.clear();
        m_ruin.push_back(l);
        if (!L.resources.empty()) {
            const int day = m_start[l] / m_ppd;
            int res = L.resources[m_rng.below(int(L.resources.size()))];
            if (soft && m_p.weeks == 1) {
                // rather a students set or teacher whose day costs something
                int seen = 0;
                for (int x : L.resources) {
                    if (m_resRules[x] && m_dayCost[size_t(x) * m_cd + day].soft > 0 && m_rng.below(++seen) == 0) {
                        res = x;
                    }
                }
            }
            m_ruinPool.clear();
            for (int s = day * m_ppd; s < (day + 1) * m_ppd; ++s) {
                for (int x : m_atStart[s]) {
                    if (x == l || m_fixed[x] || m_group[x] >= 0) {
                        continue;
                    }
                    const auto &xr = m_p.lessons[x].resources;
                    if (std::find(xr.begin(), xr.end(), res) != xr.end()) {
                        m_ruinPool.push_back(x);
                    }
                }
            }
            while (int(m_ruin.size()) < m_o.ruinSize && !m_ruinPool.empty()) {
                const int i = m_rng.below(int(m_ruinPool.size()));
                m_ruin.push_back(m_ruinPool[i]);
                m_ruinPool[i] = m_ruinPool.back();
                m_ruinPool.pop_back();
            }
        }
        const int64_t before = objective();
        m_softBefore = m_soft;
        lift(m_ruin);
        for (size_t i = m_ruin.size(); i > 1; --i) {
            const size_t j = size_t(m_rng.below(int(i)));
            std::swap(m_ruin[i - 1], m_ruin[j]);
            std::swap(m_saveS[i - 1], m_saveS[j]);
            std::swap(m_saveR[i - 1], m_saveR[j]);
        }
        replaceRuin();
        ++m_ruins;
        if (accept(deltaSince(before), temperature)) {
            return;
        }
        undoRuin(nullptr, -1);
        checkDelta(before, 0, 0); // undone exactly
    }

    /// True when moving a to (sa1, ra1) and b to (sb1, rb1) changes no counter in common except
    /// a room place one of them leaves and the other enters: one-period lessons of different
    /// courses, one week, no shared resource or spread rule, none of the extra rules. Then the
    /// pair's cost is the sum of the two single-move deltas plus that room correction.
    bool independentPair(int a, int sa1, int ra1, int b, int sb1, int rb1)
    {
        const Lesson &A = m_p.lessons[a];
        const Lesson &B = m_p.lessons[b];
        if (m_p.weeks != 1 || m_extra[a] || m_extra[b] || A.duration != 1 || B.duration != 1
            || A.course == B.course) {
            return false;
        }
        if ((sa1 == sb1 && ra1 == rb1) || (m_start[a] == m_start[b] && m_room[a] == m_room[b])) {
            return false; // both into one place, or both out of one place
        }
        ++m_stamp;
        for (int r : A.resources) {
            m_resMark[r] = m_stamp;
        }
        for (int r : B.resources) {
            if (m_resMark[r] == m_stamp) {
                return false;
            }
        }
        for (int si : m_lessonSpreads[a]) {
            for (int sj : m_lessonSpreads[b]) {
                if (si == sj) {
                    return false;
                }
            }
        }
        return true;
    }

    /// A start for lesson l right before or after another lesson, on a random day, of one of
    /// l's resources with day rules (gaps, isolated lessons); -1 if there is none or it is not
    /// allowed for l. Aims time moves at compact days instead of at any slot.
    int adjacentStart(int l)
    {
        const Lesson &L = m_p.lessons[l];
        if (L.resources.empty() || L.duration >= m_ppd || m_ppd > 62) {
            return -1;
        }
        const int res = L.resources[m_rng.below(int(L.resources.size()))];
        if (!m_resRules[res]) {
            return -1;
        }
        const int day = m_rng.below(m_p.days);
        const int cd = std::countr_zero(L.weekMask) * m_p.days + day;
        uint64_t busy = m_resMask[size_t(res) * m_cd + cd];
        const int s0 = m_start[l];
        const uint64_t span = (uint64_t(1) << L.duration) - 1;
        if (s0 >= 0 && s0 / m_ppd == day) {
            busy &= ~(span << (s0 % m_ppd)); // l itself does not count
        }
        if (!busy) {
            return -1;
        }
        const uint64_t fits = (uint64_t(1) << (m_ppd - L.duration + 1)) - 1; // starts that end in the day
        const uint64_t cand = ((busy << 1) | (busy >> L.duration)) & ~busy & fits;
        if (!cand) {
            return -1;
        }
        int k = m_rng.below(std::popcount(cand));
        uint64_t c = cand;
        while (k-- > 0) {
            c &= c - 1;
        }
        const int s = day * m_ppd + std::countr_zero(c);
        return legalStart(l, s) ? s : -1;
    }

    /// Cheapest allowed room of lesson l at start that is not `taken` and available (the first
    /// of equally cheap ones in L.rooms order). `vacated` (m_rw words): the rooms that may be
    /// free at start though they hold a lesson now; only those and the vacant rooms are looked at.
    template<typename Taken>
    int cheapestFreeRoom(int l, int start, int fallback, const Taken &taken, const uint64_t *vacated) const
    {
        const Lesson &L = m_p.lessons[l];
        int best = fallback;
        int64_t bestCost = 0;
        bool found = false;
        auto consider = [&](int r) {
            if (taken(r) || !roomFree(l, start, r)) {
                return;
            }
            int64_t c = m_roomCost[size_t(l) * m_nr + r];
            if (m_courseRoomCount[size_t(L.course) * m_nr + r] == 0) {
                c += m_p.courses[L.course].roomStabilityWeight;
            }
            if (!found || c < bestCost) {
                found = true;
                best = r;
                bestCost = c;
            }
        };
        if (!m_roomBitsOk) {
            for (int r : L.rooms) {
                consider(r);
            }
            return best;
        }
        const uint64_t *allowed = &m_lessonRoomBits[size_t(l) * m_rw];
        const uint64_t *vacant = &m_roomVacant[size_t(start) * m_rw];
        for (int w = 0; w < m_rw; ++w) {
            for (uint64_t bits = allowed[w] & (vacant[w] | vacated[w]); bits; bits &= bits - 1) {
                consider(w * 64 + std::countr_zero(bits));
            }
        }
        return best;
    }

    /// Soft spreads (minimum working days) that currently cost something; rebuilt every 4096
    /// moves when spreadRate > 0.
    void collectShortSpreads()
    {
        m_shortSpreads.clear();
        for (int si = 0; si < int(m_p.spreads.size()); ++si) {
            if (softSpreadShort(si)) {
                m_shortSpreads.push_back(si);
            }
        }
    }
    /// A move aimed at day spreading: a lesson of a course held on too few days, taken from a
    /// day the course holds more than once, goes to a random period of a day the course does not
    /// use, by the Kempe chain between the two periods (so the curricula and teachers it meets
    /// there move the other way instead of clashing).
    void spreadStep(double temperature, int64_t before)
    {
        const int si = m_shortSpreads[m_rng.below(int(m_shortSpreads.size()))];
        if (!softSpreadShort(si)) {
            return; // spread out since the list was collected
        }
        const SpreadConstraint &sp = m_p.spreads[si];
        const int *dc = &m_spreadDayCount[size_t(si) * m_p.days];
        m_spreadPick.clear();
        for (int l : sp.lessons) {
            if (m_kempeOk[l] && m_start[l] >= 0 && dc[m_start[l] / m_ppd] > 1) {
                m_spreadPick.push_back(l);
            }
        }
        if (m_spreadPick.empty()) {
            return;
        }
        const int l = m_spreadPick[m_rng.below(int(m_spreadPick.size()))];
        const int day = m_rng.below(m_p.days);
        if (dc[day] > 0) {
            return;
        }
        ++m_spreadMoves;
        kempeChain(l, day * m_ppd + m_rng.below(m_ppd), temperature, before);
    }
    /// Exchanges everything that starts at two periods: every lesson at p1 goes to p2 in the same
    /// room and the other way round, so no teacher, students set or room can clash that did not
    /// clash before. What changes is compactness, day spreading and time preferences (a whole
    /// period of the timetable moves where single lessons and Kempe chains would have to pass
    /// through worse timetables one lesson at a time).
    void slotSwapStep(double temperature, int64_t before)
    {
        const int l = pickLesson();
        if (!m_kempeOk[l]) {
            return;
        }
        const int p1 = m_start[l];
        int p2 = -1;
        if (m_rng.below(2) == 0) {
            p2 = (p1 / m_ppd) * m_ppd + m_rng.below(m_ppd); // same day: only compactness changes
        } else {
            p2 = m_rng.below(m_ws);
        }
        if (p1 == p2) {
            return;
        }
        m_chain.clear();
        for (int p : {p1, p2}) {
            for (int x : m_atStart[p]) {
                if (!m_kempeOk[x] || !legalStart(x, p == p1 ? p2 : p1)) {
                    return;
                }
                m_chain.push_back(x);
            }
        }
        m_saveS.clear();
        m_saveR.clear();
        m_newR.clear();
        for (int x : m_chain) {
            const int target = m_start[x] == p1 ? p2 : p1;
            if (m_room[x] != NoRoom && !roomFree(x, target, m_room[x])) {
                return; // a room closed at the other period
            }
            m_saveS.push_back(m_start[x]);
            m_saveR.push_back(m_room[x]);
            m_newR.push_back(m_room[x]);
        }
        ++m_slotSwaps;
        applyChain(p1, p2, temperature, before);
    }
    void step(double temperature)
    {
        const int64_t before = objective();
        m_softBefore = m_soft;
        if (m_o.kempeRate > 0 && m_kempeAny && m_rng.uniform() < m_o.kempeRate) {
            kempeStep(temperature, before);
            return;
        }
        if (!m_shortSpreads.empty() && m_kempeAny && m_rng.uniform() < m_o.spreadRate) {
            spreadStep(temperature, before);
            return;
        }
        if (m_o.slotSwapRate > 0 && m_kempeAny && m_rng.uniform() < m_o.slotSwapRate) {
            slotSwapStep(temperature, before);
            return;
        }
        const bool trySwap = m_rng.uniform() < m_o.swapRate;
        if (trySwap && !m_movable.empty()) {
            const int a = pickLesson();
            const int b = m_movable[m_rng.below(int(m_movable.size()))];
            const Lesson &A = m_p.lessons[a];
            const Lesson &B = m_p.lessons[b];
            const int sa = m_start[a];
            const int sb = m_start[b];
            if (a == b || A.course == B.course || m_group[a] >= 0 || m_group[b] >= 0 || sa == sb
                || A.duration != B.duration || A.weekMask != B.weekMask || !legalStart(a, sb)
                || !legalStart(b, sa)) {
                return;
            }
            const int ra = m_room[a];
            const int rb = m_room[b];
            int na = ra;
            int nb = rb;
            if (ra != NoRoom && rb != NoRoom && roomAllowed(a, rb) && roomAllowed(b, ra)
                && (!m_fixed[a] || m_p.lessons[a].fixedRoom == NoRoom)
                && (!m_fixed[b] || m_p.lessons[b].fixedRoom == NoRoom)) {
                na = rb;
                nb = ra;
            }
            if (!roomFree(a, sb, na) || !roomFree(b, sa, nb) || dropAsClash(a, sb, b, sa)) {
                return;
            }
            pairMove(a, sb, na, b, sa, nb, temperature, before);
            return;
        }
        const double kind = m_rng.uniform();
        if (kind < 0.2 && !m_roomMovable.empty()) {
            // room change only
            const int l = m_roomMovable[m_rng.below(int(m_roomMovable.size()))];
            const auto &rooms = m_p.lessons[l].rooms;
            const int r = rooms[m_rng.below(int(rooms.size()))];
            const int s = m_start[l];
            const int r0 = m_room[l];
            if (r == r0 || s < 0 || !roomFree(l, s, r)) {
                return;
            }
            if (roomSwapStep(l, r, temperature, before)) {
                return;
            }
            int dh = 0;
            int64_t ds = 0;
            moveDelta(l, s, r, dh, ds);
            if (accept(int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds), temperature)) {
                unplace(l);
                place(l, s, r);
                checkDelta(before, dh, ds);
            }
            return;
        }
        if (m_movable.empty()) {
            return;
        }
        const int l = pickLesson();
        const auto &dom = m_domain[l];
        int s = -1;
        if (m_o.adjacentRate > 0 && m_rng.uniform() < m_o.adjacentRate) {
            s = adjacentStart(l);
        }
        if (s < 0 && m_busyOk && m_kempeOk[l] && feasibleSearch()) {
            s = freeStart(l);
            if (s < 0) {
                return;
            }
        }
        if (s < 0) {
            s = dom[m_rng.below(int(dom.size()))];
        }
        if (s == m_start[l]) {
            return;
        }
        const bool changeRoom = kind < 0.6;
        if (m_group[l] < 0) {
            const int r0 = m_room[l];
            int r = r0;
            if (changeRoom && r0 != NoRoom) {
                if (m_o.bestRoomRate > 0 && m_rng.uniform() < m_o.bestRoomRate) {
                    r = bestRoom(l, s); // the cheapest vacant room at the new time
                } else {
                    const auto &rooms = m_p.lessons[l].rooms;
                    r = rooms[m_rng.below(int(rooms.size()))];
                }
            }
            if (!roomFree(l, s, r)) {
                return;
            }
            const int s0 = m_start[l];
            if (r != NoRoom && m_p.weeks == 1) {
                // target occupied by exactly one compatible lesson: exchange the two places
                const size_t idx = size_t(r) * m_cs + s;
                const int m = m_roomCount[idx] == 1 ? m_roomOcc[idx] : -1;
                if (m >= 0 && m != l && m_start[m] == s && !m_fixed[m] && m_group[m] < 0) {
                    const Lesson &M = m_p.lessons[m];
                    const Lesson &L = m_p.lessons[l];
                    if (m_o.ejectRate > 0 && m_rng.uniform() < m_o.ejectRate) {
                        // ejection: the occupant goes to the cheapest vacant room of a random
                        // other time of its own (not back into the place l leaves)
                        const auto &mdom = m_domain[m];
                        const int s2 = mdom[m_rng.below(int(mdom.size()))];
                        if (s2 != s && s2 != s0) {
                            pairMove(l, s, r, m, s2, bestRoom(m, s2), temperature, before);
                            return;
                        }
                    }
                    if (M.duration == L.duration && M.weekMask == L.weekMask && legalStart(m, s0)
                        && roomAllowed(m, r0) && roomFree(m, s0, r0) && M.course != L.course) {
                        if (dropAsClash(l, s, m, s0)) {
                            return;
                        }
                        pairMove(l, s, r, m, s0, r0, temperature, before);
                        return;
                    }
                }
            }
            if (dropAsClash(l, s, -1, -1)) {
                return;
            }
            int dh = 0;
            int64_t ds = 0;
            moveDelta(l, s, r, dh, ds);
            if (accept(int64_t(dh) * m_hw + (m_hardOnly ? 0 : ds), temperature)) {
                unplace(l);
                place(l, s, r);
                checkDelta(before, dh, ds);
            }
            return;
        }
        // same-start group: move every member, each in its room (a start where all the rooms of a
        // member are closed is out of the group's domain)
        const auto &members = m_groups[m_group[l]];
        m_saveS.clear();
        m_saveR.clear();
        m_newR.clear();
        for (int m : members) {
            int r = m_room[m];
            if (!roomFree(m, s, r)) {
                // (taking the member's cheapest open room instead was tried: Bethlen-2008-2009-old
                // then needed longer, 3 of 4 seeds solved in 30 s against 4 of 4)
                return;
            }
            m_saveS.push_back(m_start[m]);
            m_saveR.push_back(m_room[m]);
            m_newR.push_back(r);
        }
        for (size_t i = 0; i < members.size(); ++i) {
            unplace(members[i]);
        }
        for (size_t i = 0; i < members.size(); ++i) {
            place(members[i], s, m_newR[i]);
        }
        if (!accept(deltaSince(before), temperature)) {
            for (size_t i = 0; i < members.size(); ++i) {
                unplace(members[i]);
            }
            for (size_t i = 0; i < members.size(); ++i) {
                place(members[i], m_saveS[i], m_saveR[i]);
            }
        }
    }

private:
    const Problem &m_p;
    const SolverOptions &m_o;
    Rng m_rng;
    int m_ppd = 0, m_ws = 0, m_cs = 0, m_cd = 0, m_nl = 0, m_nr = 0, m_nres = 0;
    std::vector<int> m_start, m_room;
    std::vector<int16_t> m_resCount, m_roomCount;
    std::vector<int> m_roomOcc;
    std::vector<int64_t> m_roomSoftTmp;      ///< bestPlace(): roomSoftTerms() per room of the lesson
    int m_rw = 0;                            ///< 64-bit words per set of rooms
    std::vector<uint64_t> m_roomVacant;      ///< per period of the cycle: the rooms holding no lesson
    std::vector<uint64_t> m_lessonRoomBits;  ///< per lesson: its allowed rooms
    bool m_roomBitsOk = false;               ///< every lesson's allowed rooms are in ascending order
    std::vector<uint64_t> m_chainVacated;    ///< kempeChain: rooms left at p1 (side 0) / p2 (side 1); zero between chains
    std::vector<uint64_t> m_resMask;
    std::vector<Cost> m_dayCost;
    std::vector<WeekCounts> m_dayCounts; ///< what each resource day adds to its week's counts
    std::vector<char> m_isoOnly;   ///< the resource's only day rule is its isolated-lesson cost
    std::vector<WeekCounts> m_week;
    std::vector<uint64_t> m_noGap;           ///< per resource day: unavailable periods (no gaps)
    std::vector<char> m_resRules;
    std::vector<char> m_resConflict;
    std::vector<int> m_spreadDayCount, m_spreadDistinct;
    std::vector<std::vector<int>> m_lessonSpreads;
    std::vector<int> m_courseRoomCount, m_courseDistinct;
    std::vector<std::vector<int>> m_lessonRoomGroups; ///< room groups of each lesson
    std::vector<int> m_rgCount;                       ///< per (room group, room): its lessons there
    std::vector<char> m_resRest;  ///< the resource has a rule on the rest between days
    bool m_anyRest = false;
    std::vector<Cost> m_restCost; ///< per (resource, cycle day d): the rest between d and the next day
    bool m_anyRoomGrouped = false;                    ///< a grouped rule looks at rooms
    std::vector<int> m_rgPlaced;                      ///< per room group: its lessons in a room
    mutable std::vector<int> m_rgBuf;                 ///< rgCost(): the counts of the rooms in use
    std::vector<Cost> m_rgCost;
    std::vector<std::array<int, 3>> m_rgUndo;         ///< chainRoomGroupDelta(): (group, from, to)
    std::vector<char> m_roomUnavailable;
    bool m_anyRoomUnavailable = false;
    std::vector<int> m_slotCost, m_roomCost;
    std::vector<char> m_allowed;
    std::vector<std::vector<int>> m_domain;
    std::vector<int> m_group;
    std::vector<std::vector<int>> m_groups;
    std::vector<char> m_fixed;
    std::vector<int> m_movable, m_roomMovable;
    std::vector<int> m_saveS, m_saveR, m_newR;
    std::vector<char> m_kempeOk, m_inChain;
    std::vector<int> m_twin; ///< class of interchangeable lessons (setUpTwins), -1 = none
    std::vector<int> m_chainRoomDelta;       ///< kempeChain's room bookkeeping, 2 x rooms, zero between chains
    /// chainDelta(): per resource, the chain members holding it that go p1 -> p2 (A) and
    /// p2 -> p1 (B); zero between chains. m_chainRes lists the resources touched.
    std::vector<int> m_chainResA, m_chainResB, m_chainRes;
    std::vector<std::array<int, 3>> m_chainUndo; ///< chainDelta(): (spread or course, from, to) to undo
    std::vector<int> m_chainBldRes;              ///< chainBuildingDelta(): resources with building rules touched
    std::vector<int> m_chainGrouped;             ///< chainGroupedDelta(): grouped constraints touched
    std::vector<std::vector<char>> m_groupBoth;  ///< OrderedMinGap: second-part members also in the first part
    mutable std::vector<uint16_t> m_groupTally;  ///< groupedCost(): members per day or hour, cleared after use
    std::vector<int> m_chainEndRes;              ///< chainEndsDelta(): resources with ends-day rules touched
    bool m_kempeAny = false;
    int64_t m_slotSwaps = 0;                 ///< period exchanges tried (see slotSwapRate)
    int64_t m_spreadMoves = 0;               ///< spread moves tried (see spreadRate)
    int64_t m_kempeChains = 0;               ///< Kempe chains priced (Kempe and spread moves)
    std::vector<int> m_shortSpreads;         ///< soft spreads short of days (see spreadRate)
    std::vector<int> m_spreadPick;
    std::vector<int> m_softFocus;            ///< lessons with a soft cost (see softFocusRate)
    std::vector<int> m_chain;
    std::vector<int> m_blockSide; ///< blockChain(): each member's shift
    int m_maxDuration = 1;
    int64_t m_blockChains = 0;
    std::vector<std::vector<int>> m_atStart; ///< lessons by start slot (first week)
    std::vector<int> m_atPos;                ///< index of a lesson in its m_atStart list
    std::vector<uint64_t> m_resMark;         ///< Kempe chain: resource marked with m_stamp
    std::vector<int64_t> m_tabuUntil;        ///< best-move steps: (lesson, start) tabu until this clock
    int64_t m_tabuClock = 0;
    int64_t m_bestMoves = 0;                 ///< best-move steps made
    int64_t m_ruins = 0;                     ///< ruin-and-recreate steps made
    int64_t m_groupEjections = 0;            ///< group ejection steps made
    std::vector<int> m_ruin, m_ruinPool;
    std::vector<uint64_t> m_lessonMark;      ///< groupEjectStep: lesson marked with m_stamp
    int64_t m_weightRaises = 0;              ///< weights raised by raiseConstraintWeights()
    int64_t m_repairRestarts = 0;            ///< see repairRestartMoves
    int64_t m_weightRounds = 0;              ///< calls of raiseConstraintWeights()
    bool m_busyOk = false;                   ///< freeStarts and at most 64 cycle slots: m_busy and m_domainMask kept
    std::vector<uint64_t> m_busy;            ///< per resource: cycle slots where it is held
    std::vector<int64_t> m_weekBadStamp;     ///< collectConflicted(): m_collectStamp when m_weekBad was set
    std::vector<char> m_weekBad;             ///< collectConflicted(): week rules of (resource, week) violated
    int64_t m_collectStamp = 0;              ///< collectConflicted() calls
    std::vector<uint64_t> m_domainMask;      ///< per lesson: allowed starts (see m_busyOk)
    std::vector<int> m_resXor;               ///< XOR of (lesson + 1) over the lessons holding (resource, slot)
    /// per lesson: its (conflict-tracking resource or room, slot) cells that another lesson
    /// also holds (collectConflicted reads it instead of scanning the cells)
    std::vector<int> m_lessonClash;
    bool m_trackClash = true; ///< m_lessonClash kept (construction and repair phase)
    uint64_t m_stamp = 0;
    std::vector<int> m_conflictRes, m_conflictResBegin; ///< conflict-tracking resources per lesson (flat)
    std::vector<int> m_ruleRes, m_ruleResBegin;         ///< resources with day rules per lesson (flat)
    // building changes (only allocated when a resource has building rules)
    int m_nb = 0;                          ///< number of buildings
    std::vector<int> m_roomBld;            ///< building per room, -1 none
    std::vector<char> m_resBld;            ///< resource has building rules
    std::vector<char> m_lessonBld;         ///< lesson can change the building cost
    /// ExtraRoomTerms: some extra rule of the lesson depends on its room (room groups, grouped
    /// rules that look at rooms): its room changes are priced by extraMoveDelta() or by applying.
    enum : char { ExtraBuilding = 1, ExtraEnds = 2, ExtraGrouped = 4, ExtraRooms = 8, ExtraRoomTerms = 16 };
    enum WeightFamily { WRes, WRoom, WDay, WWeek, WSpread, WGrouped, WRoomGroup, WeightFamilies };
    std::vector<char> m_extra;             ///< per lesson: which of the rules below it touches
    std::vector<int16_t> m_bldCount;       ///< lessons per (resource, cycle slot, building)
    std::vector<Cost> m_bldDayCost;        ///< per (resource, cycle day)
    std::vector<int> m_bldDayChanges;      ///< per (resource, cycle day)
    std::vector<int> m_bldWeekChanges;     ///< per (resource, week)
    // grouped constraints
    std::vector<std::vector<int>> m_lessonGrouped; ///< grouped constraints per lesson
    std::vector<Cost> m_groupedCost;
    // ends-day constraints
    std::vector<char> m_resEnds;           ///< resource is in some ends-day constraint
    std::vector<char> m_lessonEndsAny;     ///< lesson has a resource with ends-day constraints
    std::vector<std::vector<std::pair<int, Cost>>> m_lessonEnds; ///< per lesson: (resource, weight)
    std::vector<Cost> m_endW;              ///< per (resource, cycle day, last period): weight of constrained lessons
    std::vector<Cost> m_endCost;           ///< per (resource, cycle day)
    /// m_hard counts each hard violation with the weight of its term (see raiseConstraintWeights;
    /// all weights are one outside the repair phase); m_hardExtra is the part above one per
    /// violation, so the true number of hard violations is m_hard - m_hardExtra (hardCount()).
    int m_hard = 0;
    int m_hardExtra = 0;
    bool m_weighted = false;              ///< constraint weights in use (repair phase only)
    /// Weight per term of each family (WeightFamily): (resource, cycle slot) and (room, cycle
    /// slot) conflicts, (resource, cycle day) and (resource, week) rules, spreads, grouped.
    std::array<std::vector<int>, WeightFamilies> m_termW;
    int64_t m_soft = 0;
    int m_softInit = 0;
    int m_hw = 1; ///< hard weight of the current phase
    double m_hwAdaptive = 1;
    bool m_hardOnly = false; ///< repair phase: soft cost ignored in acceptance
    int64_t m_softBefore = 0;
    std::vector<int> m_focus;
    std::vector<int> m_bestStart, m_bestRoom;
    int m_bestHard = 0;
    int64_t m_bestSoft = 0;
    std::chrono::steady_clock::time_point m_t0;
};

} // namespace

SolverResult solve(const Problem &problem, const SolverOptions &options)
{
    const std::string error = validate(problem);
    if (!error.empty()) {
        SolverResult r;
        r.error = error;
        return r;
    }
    Search search(problem, options);
    SolverResult result = search.run();
    result.cost = evaluate(problem, result.solution);
    return result;
}

} // namespace Ebilim::Timetable
