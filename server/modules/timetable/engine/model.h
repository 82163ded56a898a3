#pragma once

// Generic timetabling model of the eBilim timetabling engine.
//
// Time: a cycle of `weeks` weeks (1, 2 or 3), each of `days` days of `periodsPerDay`
// periods. A lesson is placed at a *start* inside the week (0 .. days*periodsPerDay-1)
// and occupies `duration` consecutive periods of that day, in every week of the cycle
// whose bit is set in its `weekMask` (e.g. 0b01 = odd weeks only of a 2-week cycle).
// "Cycle slots" (weeks*days*periodsPerDay) index resource occupancy.
//
// Resources are teachers and *atomic* student groups (subgroups). A loader expands
// a stream or a group into all atomic subgroups it contains, so the hard rule
// "a resource holds at most one lesson at a time" covers streams and subgroups.

#include <bit>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace Ebilim::Timetable {

constexpr int NoRoom = -1;

/// A bound on a per-day/per-week quantity. Inactive when limit < 0.
struct Rule
{
    int limit = -1;
    int weight = 1; ///< cost per unit of excess (soft) or violations per unit (hard)
    bool hard = false;
    bool active() const { return limit >= 0; }
};

struct Resource
{
    enum class Kind { Teacher, StudentGroup };
    std::string name;
    Kind kind = Kind::Teacher;
    std::vector<char> unavailable; ///< per cycle slot, empty = always available
    int isolatedWeight = 0;        ///< soft cost per isolated lesson (no adjacent lesson that day)
    Rule maxHoursDaily;
    Rule minHoursDaily; ///< only on days with at least one lesson
    /// A minimum that binds every day, an empty one too (FET's min hours daily without empty
    /// days): an empty day falls `limit` hours short.
    Rule minHoursEveryDay;
    /// Early starts (FET's "students early max beginnings at second hour"). Counting only the
    /// periods where the resource is available (breaks and not-available periods are skipped), a
    /// day's first lesson is at the first period; at most `limit` days a week it may be at the
    /// second (each day more costs `weight`), and a day starting at the k-th available period,
    /// k > 2, costs (k - 2) x `weight`.
    Rule maxSecondPeriodStarts;
    /// At most `limit` busy periods a week among those of selectedMask (FET's "activities occupy
    /// max time slots from selection", on a rules-only resource that those activities hold).
    Rule maxSelectedPeriods;
    std::vector<uint64_t> selectedMask; ///< per day of the week: bit t = period t is selected
    /// Gaps: free periods between the first and the last lesson of a day, except periods where
    /// the resource is unavailable (breaks, not-available times), which are no gap (as in FET).
    Rule maxGapsPerDay;
    Rule maxGapsPerWeek;
    Rule maxDaysPerWeek;
    Rule minDaysPerWeek; ///< days with a lesson, a week without any falls `limit` days short
    Rule maxHoursContinuously;
    /// Span of a day: periods from its first lesson to its last, both counted, breaks and
    /// not-available periods in between too (FET's max span per day; checked with fet-cl 6.8.5).
    /// With spanExceptionPlusOne, one day a week may be one period longer.
    Rule maxSpanPerDay;
    bool spanExceptionPlusOne = false;
    /// Rest between days (FET's min resting hours): when a day and the next both have lessons,
    /// the periods after the first day's last lesson and before the next day's first lesson,
    /// breaks included, number at least `limit`; each period short costs `weight`.
    /// minRestingHours binds each day and the next of its week, minRestingHoursWrap the week's
    /// last day and its first (FET's circular rule); each week of a cycle on its own.
    Rule minRestingHours;
    Rule minRestingHoursWrap;
    /// Periods of rest between a day whose busy periods are `a` and the next day's `b`; -1 when
    /// either day is empty.
    static int restBetween(uint64_t a, uint64_t b, int periodsPerDay)
    {
        if (!a || !b) {
            return -1;
        }
        return periodsPerDay - (64 - std::countl_zero(a)) + std::countr_zero(b);
    }
    /// The cost of rest `rest` (restBetween) under `rule`.
    static int restShort(const Rule &rule, int rest)
    {
        return rule.active() && rest >= 0 && rest < rule.limit ? (rule.limit - rest) * rule.weight : 0;
    }
    /// Building changes: two lessons of the resource that follow each other in a day
    /// (in time order, ignoring free periods and lessons without a building) in rooms of
    /// different buildings. The building of a period is the building of the room of the
    /// resource's lesson there (the lowest building id if several lessons overlap).
    Rule maxBuildingChangesPerDay;  ///< cost per change above the limit, per day
    Rule maxBuildingChangesPerWeek; ///< cost per change above the limit, per week of the cycle
    /// Each building change with fewer than `limit` periods between the two lessons costs
    /// `weight` (the periods in between are free or hold lessons without a building).
    Rule minGapsBetweenBuildingChanges;
    /// At most `limit` days per week with a lesson inside the periods of intervalMask.
    Rule intervalMaxDaysPerWeek;
    uint64_t intervalMask = 0; ///< bit t = period t of a day
    /// Bit t set where period t of cycle day cd is unavailable (such a period is no gap).
    uint64_t unavailableMask(int cd, int periodsPerDay) const
    {
        uint64_t m = 0;
        for (int t = 0; !unavailable.empty() && t < periodsPerDay; ++t) {
            if (unavailable[size_t(cd) * periodsPerDay + t]) {
                m |= uint64_t(1) << t;
            }
        }
        return m;
    }
    /// Gaps of a day whose busy periods are `mask`, with `noGap` the unavailableMask.
    static int gapsOf(uint64_t mask, uint64_t noGap)
    {
        if (!mask) {
            return 0;
        }
        const int first = std::countr_zero(mask);
        const int last = 63 - std::countl_zero(mask);
        const uint64_t span = (last == 63 ? ~uint64_t(0) : (uint64_t(1) << (last + 1)) - 1) & ~((uint64_t(1) << first) - 1);
        return std::popcount(span & ~mask & ~noGap);
    }
    /// How many available periods (not in `noGap`) come before the first busy one of `mask`
    /// (0: the day starts at its first available period); -1 for an empty day.
    static int startRank(uint64_t mask, uint64_t noGap)
    {
        if (!mask) {
            return -1;
        }
        return std::popcount(((uint64_t(1) << std::countr_zero(mask)) - 1) & ~noGap);
    }
    /// Periods from the first busy one of `mask` to the last, both counted (0 for an empty day).
    static int spanOf(uint64_t mask) { return mask ? 64 - std::countl_zero(mask) - std::countr_zero(mask) : 0; }
    /// The day part of the span rule: periods above the limit (above limit + 1 with the exception).
    int spanExcess(int span) const
    {
        return maxSpanPerDay.active() ? std::max(0, span - maxSpanPerDay.limit - (spanExceptionPlusOne ? 1 : 0)) : 0;
    }
    /// Does a day of this span use the week's exception (a day longer than the limit)?
    int spanLong(int span) const
    {
        return maxSpanPerDay.active() && spanExceptionPlusOne && span > maxSpanPerDay.limit;
    }
    bool hasDayRules() const { return isolatedWeight > 0 || hasRulesBesidesIsolated(); }
    /// Any day or week rule other than the isolated-lesson cost.
    bool hasRulesBesidesIsolated() const
    {
        return maxHoursDaily.active() || minHoursDaily.active() || minHoursEveryDay.active()
            || maxSecondPeriodStarts.active() || maxGapsPerDay.active() || maxGapsPerWeek.active() || maxDaysPerWeek.active()
            || intervalMaxDaysPerWeek.active() || maxHoursContinuously.active() || minDaysPerWeek.active()
            || maxSelectedPeriods.active() || maxSpanPerDay.active() || minRestingHours.active()
            || minRestingHoursWrap.active();
    }
    bool hasBuildingRules() const
    {
        return maxBuildingChangesPerDay.active() || maxBuildingChangesPerWeek.active()
            || minGapsBetweenBuildingChanges.active();
    }
    /// false for a virtual resource that only carries day rules for a subset of another
    /// resource's lessons (e.g. "labs of group G"): it never causes conflicts itself.
    bool tracksConflicts = true;
};

struct Room
{
    std::string name;
    int capacity = 0;
    int kind = 0;                  ///< free-form room type id (lab, lecture hall, gym ...)
    std::vector<char> unavailable; ///< per cycle slot, empty = always available
    int building = -1;             ///< building id (0, 1, ...), -1 = none (never a building change)
};

/// A course groups lessons for naming, room stability and output.
struct Course
{
    std::string name;
    int roomStabilityWeight = 0; ///< soft cost per distinct room beyond the first
};

struct Lesson
{
    int course = -1;
    int duration = 1;
    unsigned weekMask = 1;
    int students = 0;
    std::vector<int> resources;      ///< teachers and atomic student groups
    std::vector<int> rooms;          ///< allowed rooms; empty = needs no room
    std::vector<char> forbiddenStart; ///< per week start, empty = none
    std::vector<int> slotCost;       ///< soft cost per week start (teacher wishes ...), empty = 0
    std::vector<int> roomCost;       ///< soft cost per room id, empty = 0 (added to capacity cost)
    int sameStartGroup = -1;         ///< lessons with the same group id start together (hard)
    bool fixed = false;              ///< keep at fixedStart/fixedRoom
    int fixedStart = -1;
    int fixedRoom = NoRoom;
    std::string id;                  ///< external id (FET activity id ...)
};

/// Spreading of a set of lessons over days.
struct SpreadConstraint
{
    enum class Mode {
        DistinctDays, ///< cost = weight * max(0, minDays - distinct days used)  (ITC-2007)
        PairDistance  ///< cost = weight * #pairs of lessons less than minDays days apart (FET)
    };
    Mode mode = Mode::DistinctDays;
    std::vector<int> lessons;
    int minDays = 1;
    int weight = 1;
    bool hard = false;
};

/// A rule on where a set of lessons stands to each other. SameDay and SameHour cost `weight` for
/// each member off the largest set of members that agree on a day (an hour), MinGap for each pair
/// too close; the others cost `weight` once when broken. (A rule over 171 exams, costed once,
/// would give the search no slope to follow.)
struct GroupedConstraint
{
    enum class Kind {
        Grouped,     ///< one day, back to back (breaks between allowed), any order (FET's Two/ThreeActivitiesGrouped)
        Consecutive, ///< one day, back to back, in the order of `lessons` (TwoActivitiesConsecutive)
        SameDay,     ///< all start on one day (ActivitiesSameStartingDay)
        SameHour,    ///< all start at one period of the day, on any days (ActivitiesSameStartingHour)
        MinGap,      ///< two on one day have at least `gap` free periods between them (MinGapsBetweenActivities)
        Ordered,     ///< each ends before the next in `lessons` starts, in the week (TwoActivitiesOrdered)
        OrderedIfSameDay, ///< as Ordered, for each two that start on one day (TwoActivitiesOrderedIfSameDay)
        /// two that follow each other directly (one ends as the other starts, one day; a break
        /// between them makes them not consecutive) are in one room; each pair that is not costs
        /// `weight`; pairs where either has no room are not counted (ActivitiesSameRoomIfConsecutive)
        SameRoomIfConsecutive,
        MaxDays,        ///< two start at most `gap` days apart; each pair further costs `weight` (MaxDaysBetweenActivities)
        /// a member of the first `firstCount` (A) and a later one on its day of the rest (B): at
        /// least `gap` periods from the end of the A lesson to the start of the B one, whatever
        /// lies between; each B member too close after some A member costs `weight` (FET's min
        /// gaps between an ordered pair of activity tags)
        OrderedMinGap,
        /// at most `gap` members at once in each selected period (`selected`, one mask per day);
        /// each member more costs `weight` (ActivitiesMaxSimultaneousInSelectedTimeSlots)
        MaxSimultaneous,
    };
    std::vector<int> lessons;
    int weight = 1;
    bool hard = false;
    Kind kind = Kind::Grouped;
    int gap = 0;        ///< MinGap, OrderedMinGap: periods; MaxDays: days; MaxSimultaneous: lessons
    int firstCount = 0; ///< OrderedMinGap: lessons[0, firstCount) are the first of each pair
    std::vector<uint64_t> selected; ///< MaxSimultaneous: per day of the week, bit t = period t
};

/// The lessons of `lessons` are in at most `maxRooms` different rooms (FET's activities occupy max
/// different rooms): each lesson outside the maxRooms rooms that hold the most of them costs
/// `weight` (per lesson, not per room, so that moving them one by one is a way downhill).
struct RoomGroupConstraint
{
    std::vector<int> lessons;
    int maxRooms = 1;
    int weight = 1;
    bool hard = false;
};

/// The lesson is the last of the day for each of `resources` (typically its student
/// groups): cost `weight` per resource that has another lesson later that day.
struct EndsDayConstraint
{
    int lesson = -1;
    std::vector<int> resources;
    int weight = 1;
    bool hard = false;
};

struct Problem
{
    std::string name;
    int days = 5;
    int periodsPerDay = 6;
    int weeks = 1;
    int capacityWeight = 1; ///< soft cost per student above room capacity
    std::vector<Resource> resources;
    std::vector<Room> rooms;
    std::vector<Course> courses;
    std::vector<Lesson> lessons;
    std::vector<SpreadConstraint> spreads;
    std::vector<GroupedConstraint> grouped;
    std::vector<EndsDayConstraint> endsDay;
    std::vector<RoomGroupConstraint> roomGroups;
    /// Per day of the week (empty: none), bit t set where period t is a break for everyone
    /// (FET's break times; the loader also makes them unavailable to every resource and room).
    /// The lessons of a grouped or consecutive rule may have breaks between them, as in FET.
    std::vector<uint64_t> breaks;

    uint64_t breaksOn(int day) const { return breaks.empty() ? 0 : breaks[size_t(day)]; }
    int weekSlots() const { return days * periodsPerDay; }
    int cycleSlots() const { return weeks * weekSlots(); }
    int cycleDays() const { return weeks * days; }
};

struct Assignment
{
    int start = -1;
    int room = NoRoom;
    bool operator==(const Assignment &o) const = default;
};

using Solution = std::vector<Assignment>; ///< one entry per lesson

/// Cost of a solution, computed from scratch by evaluate().
struct CostBreakdown
{
    // hard
    int unassigned = 0;
    int resourceConflicts = 0; ///< extra lessons of a resource in one slot
    int roomConflicts = 0;
    int unavailable = 0;       ///< lesson outside its domain (availability, day bounds, room kind)
    int hardRules = 0;         ///< violated hard day/building rules, spreads, same-start/grouped/ends-day
    // soft
    int64_t slotCost = 0;
    int64_t roomCapacity = 0;
    int64_t roomCost = 0;
    int64_t spread = 0;
    int64_t isolated = 0;
    int64_t dayRules = 0;
    int64_t roomStability = 0; ///< courses' room stability and soft room groups
    int64_t buildings = 0;     ///< building-change rules
    int64_t grouped = 0;       ///< grouped and ends-day constraints

    int hard() const { return unassigned + resourceConflicts + roomConflicts + unavailable + hardRules; }
    int64_t soft() const
    {
        return slotCost + roomCapacity + roomCost + spread + isolated + dayRules + roomStability + buildings
            + grouped;
    }
};

/// One term of the cost that evaluate() found violated, for reports ("which rule is broken,
/// where"). Fields that do not apply are -1; `lessons` lists the lessons involved (the lessons
/// of a resource or room at the slot for conflicts, the members for spreads and groups).
enum class Term {
    Unassigned,
    ResourceConflict,     ///< a teacher or students set holds more than one lesson at a slot
    RoomConflict,
    Unavailable,          ///< a lesson outside its allowed starts or rooms, or off its day
    FixedMoved,           ///< a fixed lesson away from its fixed place
    SameStart,            ///< a member of a same-start group at another start than the first
    SlotCost,
    RoomCapacity,
    RoomCost,
    RoomStability,
    MaxDifferentRooms,    ///< a room group in more rooms than allowed (value: its rooms; cost: per lesson outside)
    Isolated,
    MaxHoursDaily,
    MinHoursDaily,
    MinHoursEveryDay,     ///< a day (empty or not) below the minimum that binds every day
    LateStart,            ///< a day starting after the second available period (value: the rank)
    MaxSecondPeriodStarts, ///< more days of a week starting at the second available period
    MaxGapsPerDay,
    MaxHoursContinuously,
    MaxSpanPerDay,        ///< a day longer than the resource's span (value: the span)
    SpanExceptions,       ///< more days of a week longer than the span than the one allowed
    MinRestingHours,      ///< too little rest between a day and the next (day: the first; value: the rest)
    MaxGapsPerWeek,
    MaxDaysPerWeek,
    MinDaysPerWeek,
    MaxSelectedPeriods,   ///< more busy periods of a week in the resource's selection than allowed
    IntervalMaxDaysPerWeek,
    MaxBuildingChangesPerDay,
    MinGapsBetweenBuildingChanges,
    MaxBuildingChangesPerWeek,
    Grouped,
    EndsDay,
    Spread
};

/// Stable English key of a term ("maxGapsPerWeek"), for logs and tools; user interfaces
/// translate the Term itself.
const char *termKey(Term term);

struct Violation
{
    Term term = Term::Unassigned;
    bool hard = false;
    int64_t cost = 0;   ///< what the term adds to CostBreakdown (violations if hard)
    int value = -1;     ///< the measured quantity (hours, gaps, days, lessons at the slot ...)
    int limit = -1;     ///< the rule's bound, where there is one
    int resource = -1;
    int room = -1;
    int course = -1;
    int lesson = -1;
    int constraint = -1; ///< index into Problem::spreads / grouped / endsDay, or the same-start group
    int week = -1;
    int day = -1;        ///< day of the week (0-based)
    int period = -1;     ///< period of the day (0-based)
    std::vector<int> lessons;
};

using ViolationSink = std::function<void(const Violation &)>;

/// Validates the problem's internal consistency; returns an error message or "".
std::string validate(const Problem &problem);

/// Is `start` a legal start for lesson `l` ignoring conflicts (day bounds, availability)?
bool startAllowed(const Problem &problem, int lesson, int start);

/// Full, from-scratch evaluation (independent of the solver's incremental bookkeeping). With a
/// sink, every violated term is also reported to it, one call per term; the costs reported add
/// up to the breakdown returned.
CostBreakdown evaluate(const Problem &problem, const Solution &solution, const ViolationSink &sink = {});

} // namespace Ebilim::Timetable
