// Evaluator checks against hand-computed costs (ITC-2007 UD2 and the generic model).
#include "ctt.h"
#include "damage.h"
#include "model.h"
#include "solver.h"

#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <random>
#include <sstream>

using namespace Ebilim::Timetable;

namespace {

const char *toyInstance = R"(Name: Toy
Courses: 3
Rooms: 2
Days: 2
Periods_per_day: 3
Curricula: 1
Constraints: 1

COURSES:
c1 t1 2 2 30
c2 t2 2 1 10
c3 t1 1 1 50

ROOMS:
rA 40
rB 20

CURRICULA:
q1 2 c1 c2

UNAVAILABILITY_CONSTRAINTS:
c3 0 0

END.
)";

CttInstance toy()
{
    std::istringstream in(toyInstance);
    CttInstance instance;
    std::string error;
    if (!parseCtt(in, instance, &error)) {
        qFatal("toy instance: %s", error.c_str());
    }
    return instance;
}

std::vector<CttAssignment> parseSol(const char *text)
{
    std::istringstream in(text);
    std::vector<CttAssignment> out;
    parseCttSolution(in, out);
    return out;
}

/// evaluate() with a sink: the violations reported, and a check that their costs add up to the
/// breakdown (hard and soft apart) - the report must not miss or double a term.
std::vector<Violation> reported(const Problem &p, const Solution &sol)
{
    std::vector<Violation> out;
    const CostBreakdown c = evaluate(p, sol, [&](const Violation &v) { out.push_back(v); });
    int64_t hard = 0;
    int64_t soft = 0;
    for (const Violation &v : out) {
        (v.hard ? hard : soft) += v.cost;
        if (v.cost <= 0) {
            qFatal("a reported term costs nothing: %s", termKey(v.term));
        }
    }
    if (hard != c.hard() || soft != c.soft()) {
        qFatal("reported terms add up to %lld/%lld, the breakdown is %d/%lld", static_cast<long long>(hard),
               static_cast<long long>(soft), c.hard(), static_cast<long long>(c.soft()));
    }
    return out;
}

} // namespace

class TestTimetableEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesInstance()
    {
        const CttInstance i = toy();
        QCOMPARE(i.name, std::string("Toy"));
        QCOMPARE(int(i.courses.size()), 3);
        QCOMPARE(int(i.rooms.size()), 2);
        QCOMPARE(i.days, 2);
        QCOMPARE(i.periodsPerDay, 3);
        QCOMPARE(int(i.curricula.size()), 1);
        QCOMPARE(int(i.unavailability.size()), 1);
        QCOMPARE(i.courses[2].students, 50);
    }

    void rejectsMalformed()
    {
        std::istringstream in("Name: x\nCourses: 1\nROOMS:\n");
        CttInstance i;
        std::string error;
        QVERIFY(!parseCtt(in, i, &error));
        QVERIFY(!error.empty());
        // the toy instance with one line changed: refused, with the reason
        auto refusal = [](const char *from, const char *to) {
            std::string text(toyInstance);
            const size_t at = text.find(from);
            if (at == std::string::npos) {
                return std::string("(not found: ") + from + ")";
            }
            text.replace(at, std::strlen(from), to);
            std::istringstream in(text);
            CttInstance instance;
            std::string error;
            return parseCtt(in, instance, &error) ? std::string("accepted") : error;
        };
        QCOMPARE(refusal("Days: 2", "Days: 40"), std::string("at most 31 days and 64 periods a day"));
        QCOMPARE(refusal("Periods_per_day: 3", "Periods_per_day: 65"), std::string("at most 31 days and 64 periods a day"));
        QCOMPARE(refusal("c1 t1 2 2 30", "c1 t1 -2 2 30"), std::string("course c1: a negative number"));
        QCOMPARE(refusal("c1 t1 2 2 30", "c1 t1 7 2 30"), std::string("course c1: more lectures than periods in the week"));
        QCOMPARE(refusal("c2 t2 2 1 10", "c2 t2 2 3 10"), std::string("course c2: more minimum working days than lectures"));
        QCOMPARE(refusal("rB 20", "rA 20"), std::string("duplicate room rA"));
        QCOMPARE(refusal("rB 20", "rB -20"), std::string("bad room line 1"));
        // a course named twice in a curriculum counts once
        std::string twice(toyInstance);
        twice.replace(twice.find("q1 2 c1 c2"), 10, "q1 3 c1 c2 c1");
        std::istringstream again(twice);
        QVERIFY(parseCtt(again, i, &error));
        QCOMPARE(i.curricula[0].courses, (std::vector<std::string>{"c1", "c2"}));
    }

    /// Damaged instances: cut short, numbers and names changed, lines dropped. Each either fails
    /// with a message or gives a model that validate() accepts, that the solver runs on, and whose
    /// timetable the UD2 evaluator scores (under the sanitizers of CI, a bad index would stop it).
    void damagedInstancesFailCleanlyOrLoad()
    {
        const QString base = QString::fromLatin1(toyInstance);
        const Testing::Damage damage{
            QRegularExpression(QStringLiteral("(?<=[ \\n])(-?[0-9]+)(?=[ \\n])")), 1,
            QRegularExpression(QStringLiteral("\\b([cqtr][0-9AB]+)\\b")), 1,
            {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("99"), QStringLiteral("1000000"), QStringLiteral("x"), QStringLiteral("2.5")},
            {QStringLiteral("c1"), QStringLiteral("q1"), QStringLiteral("rA"), QStringLiteral("zz"), QStringLiteral("t2"), QStringLiteral("c3")}};
        std::mt19937 rng(11);
        int loaded = 0;
        int refused = 0;
        int feasible = 0;
        for (int round = 0; round < 1500; ++round) {
            const QString damaged = Testing::damaged(base, damage, rng);
            std::istringstream in(damaged.toStdString());
            CttInstance instance;
            std::string error;
            if (!parseCtt(in, instance, &error)) {
                QVERIFY2(!error.empty(), qPrintable(QStringLiteral("round %1: refused without a message").arg(round)));
                ++refused;
                continue;
            }
            ++loaded;
            const Problem p = toProblem(instance);
            QCOMPARE(QString::fromStdString(validate(p)), QString());
            SolverOptions o;
            o.timeLimitSeconds = 0;
            o.maxIterations = 2000;
            o.seed = uint64_t(round);
            const SolverResult r = solve(p, o);
            QVERIFY2(r.error.empty(), r.error.c_str());
            const Ud2Cost c = evaluateUd2(instance, toCttSolution(instance, p, r.solution));
            // the UD2 evaluator and the generic model agree on whether the solver's timetable is
            // feasible (they count an overfull one differently, e.g. 99 lectures of a course in
            // 6 periods), and on its soft cost when it is
            QVERIFY2((c.hard() == 0) == (r.cost.hard() == 0), qPrintable(damaged));
            if (c.hard() == 0) {
                ++feasible;
                QVERIFY2(int64_t(c.soft()) == r.cost.soft(), qPrintable(damaged));
            }
        }
        qInfo("%d damaged instances loaded (%d solved without a hard violation), %d refused", loaded, feasible, refused);
        QVERIFY(loaded > 50);
        QVERIFY(feasible > 20);
        QVERIFY(refused > 50);
    }

    void feasibleSolutionEachSoftComponent()
    {
        // capacity: c1 (30) in rB (20) = 10, c3 (50) in rA (40) = 10           -> 20
        // min working days: c1 needs 2 days, uses day 0 only                  -> 5
        // compactness: q1 day 1 has lectures at periods 0 and 2, both isolated -> 2 * 2 = 4
        // room stability: c1 uses rA and rB                                    -> 1
        const auto sol = parseSol("c1 rA 0 0\nc1 rB 0 1\nc2 rB 1 0\nc2 rB 1 2\nc3 rA 1 1\n");
        const Ud2Cost c = evaluateUd2(toy(), sol);
        QCOMPARE(c.hard(), 0);
        QCOMPARE(c.roomCapacity, 20);
        QCOMPARE(c.minWorkingDays, 5);
        QCOMPARE(c.curriculumCompactness, 4);
        QCOMPARE(c.roomStability, 1);
        QCOMPARE(c.soft(), 30);
    }

    void hardViolations()
    {
        // everything at day 0 period 0, c2's second lecture missing
        const auto sol = parseSol("c1 rA 0 0\nc1 rA 0 0\nc2 rB 0 0\nc3 rA 0 0\n");
        const Ud2Cost c = evaluateUd2(toy(), sol);
        QCOMPARE(c.lectures, 2);      // c2 missing one, c1 twice in one period
        QCOMPARE(c.conflicts, 4);     // c1xc2 (curriculum) 2*1, c1xc3 (teacher) 2*1
        QCOMPARE(c.availability, 1);  // c3 at day 0 period 0
        QCOMPARE(c.roomOccupancy, 2); // three lectures in rA
        QCOMPARE(c.roomCapacity, 10);
        QCOMPARE(c.minWorkingDays, 5);
        QCOMPARE(c.curriculumCompactness, 6); // three isolated lectures of q1 in one period
        QCOMPARE(c.roomStability, 0);
    }

    void genericModelAgreesWithUd2()
    {
        const CttInstance i = toy();
        const Problem p = toProblem(i);
        QVERIFY(validate(p).empty());
        QCOMPARE(int(p.lessons.size()), 5);
        const auto sol = parseSol("c1 rA 0 0\nc1 rB 0 1\nc2 rB 1 0\nc2 rB 1 2\nc3 rA 1 1\n");
        const Solution s = fromCttSolution(i, p, sol);
        const CostBreakdown c = evaluate(p, s);
        QCOMPARE(c.hard(), 0);
        QCOMPARE(c.soft(), int64_t(30));
        QCOMPARE(c.roomCapacity, int64_t(20));
        QCOMPARE(c.spread, int64_t(5));
        QCOMPARE(c.isolated, int64_t(4));
        QCOMPARE(c.roomStability, int64_t(1));
        // round trip back to .sol lines
        const Ud2Cost u = evaluateUd2(i, toCttSolution(i, p, s));
        QCOMPARE(u.soft(), 30);
    }

    void genericDurationsWeeksAndDayRules()
    {
        // 2-week cycle, 2 days x 4 periods, one teacher with rules
        Problem p;
        p.days = 2;
        p.periodsPerDay = 4;
        p.weeks = 2;
        Resource t;
        t.name = "T";
        t.maxGapsPerDay = Rule{0, 3, false};
        t.maxDaysPerWeek = Rule{1, 1, true};
        p.resources.push_back(t);
        p.courses.push_back(Course{"C", 0});
        Lesson a; // double lesson every week, day 0 periods 0-1
        a.course = 0;
        a.duration = 2;
        a.weekMask = 0b11;
        a.resources = {0};
        Lesson b = a; // week 0 only, day 0 period 3
        b.duration = 1;
        b.weekMask = 0b01;
        Lesson c = b; // week 1 only, day 1 period 1
        c.weekMask = 0b10;
        p.lessons = {a, b, c};
        SpreadConstraint s;
        s.mode = SpreadConstraint::Mode::PairDistance;
        s.lessons = {0, 1};
        s.minDays = 1;
        s.weight = 4;
        p.spreads.push_back(s);
        QVERIFY(validate(p).empty());
        const Solution sol{{0, NoRoom}, {3, NoRoom}, {5, NoRoom}};
        const CostBreakdown cost = evaluate(p, sol);
        QCOMPARE(cost.resourceConflicts, 0);
        QCOMPARE(cost.dayRules, int64_t(3)); // week 0 day 0: one gap (period 2)
        QCOMPARE(cost.hardRules, 1);         // week 1: two days used, max 1
        QCOMPARE(cost.spread, int64_t(4));   // lessons 0 and 1 on the same day
        // a conflict: lesson c moved onto lesson a's week-1 periods
        const Solution bad{{0, NoRoom}, {3, NoRoom}, {1, NoRoom}};
        QCOMPARE(evaluate(p, bad).resourceConflicts, 1);
        QCOMPARE(reported(p, sol).size(), size_t(3)); // the gap, the second day, the spread pair
        QCOMPARE(reported(p, bad).size(), size_t(3)); // the conflict, the gap, the spread pair
        // a period where the teacher is unavailable is no gap (FET counts it so, too)
        p.resources[0].unavailable.assign(size_t(p.cycleSlots()), 0);
        p.resources[0].unavailable[2] = 1; // week 0, day 0, period 2
        QVERIFY(validate(p).empty());
        QCOMPARE(evaluate(p, sol).dayRules, int64_t(0));
        QCOMPARE(evaluate(p, sol).hardRules, 1);
        p.resources[0].unavailable[2] = 0;
        p.resources[0].unavailable[8 + 2] = 1; // week 1, day 0, period 2: week 0 keeps its gap
        QCOMPARE(evaluate(p, sol).dayRules, int64_t(3));
        p.resources[0].unavailable.clear();
        // a virtual resource (e.g. "T's labs") carries rules but never conflicts
        Resource v;
        v.name = "T [lab]";
        v.tracksConflicts = false;
        v.maxHoursContinuously = Rule{1, 2, false};
        p.resources.push_back(v);
        p.lessons[0].resources.push_back(1);
        p.lessons[1].resources.push_back(1);
        p.lessons[2].resources.push_back(1);
        // week 0 day 0: lesson a (periods 0-1) is a run of 2 > 1 -> 2; lesson b (period 3) -> 0
        // week 1 day 0: run of 2 -> 2; week 1 day 1: one period -> 0
        const CostBreakdown withVirtual = evaluate(p, sol);
        QCOMPARE(withVirtual.dayRules, int64_t(3 + 2 + 2));
        QCOMPARE(withVirtual.resourceConflicts, 0);
        QCOMPARE(evaluate(p, bad).resourceConflicts, 1); // only the real teacher counts
        // a start that runs past the end of the day is a domain violation
        const Solution late{{3, NoRoom}, {2, NoRoom}, {5, NoRoom}};
        QVERIFY(evaluate(p, late).unavailable >= 1);
        reported(p, late);
        reported(p, bad);
    }

    void buildingChanges()
    {
        // 1 day x 6 periods; teacher T; rooms A0, B0 in building 0, C1 in building 1, N without one
        Problem p;
        p.days = 1;
        p.periodsPerDay = 6;
        Resource t;
        t.name = "T";
        p.resources.push_back(t);
        Room a{"A0", 30, 0, {}};
        a.building = 0;
        Room b{"B0", 30, 0, {}};
        b.building = 0;
        Room c{"C1", 30, 0, {}};
        c.building = 1;
        Room n{"N", 30, 0, {}};
        p.rooms = {a, b, c, n};
        p.courses.push_back(Course{"C", 0});
        Lesson l;
        l.course = 0;
        l.resources = {0};
        l.rooms = {0, 1, 2, 3};
        p.lessons = {l, l, l, l, l};
        // periods: 0 A0(b0), 1 C1(b1), 2 N(none), 3 B0(b0), 5 C1(b1)
        // building sequence b0 b1 - b0 . b1: changes at 1 (gap 0), at 3 (2 periods since 1,
        // one of them a lesson without building), at 5 (gap 1) -> 3 changes
        const Solution sol{{0, 0}, {1, 2}, {2, 3}, {3, 1}, {5, 2}};
        QVERIFY(validate(p).empty());
        QCOMPARE(evaluate(p, sol).soft(), int64_t(0)); // no rule yet: buildings are free
        p.resources[0].maxBuildingChangesPerDay = Rule{1, 5, false};
        CostBreakdown cost = evaluate(p, sol);
        QCOMPARE(cost.buildings, int64_t(2 * 5)); // 3 changes, 1 allowed
        QCOMPARE(cost.hardRules, 0);
        p.resources[0].maxBuildingChangesPerDay = Rule{};
        p.resources[0].maxBuildingChangesPerWeek = Rule{2, 1, true};
        QCOMPARE(evaluate(p, sol).hardRules, 1); // 3 changes in the week, 2 allowed
        p.resources[0].maxBuildingChangesPerWeek = Rule{};
        // min gaps 2: the change at 1 (0 between) and at 5 (1 between) are too close; at 3: 1 between
        p.resources[0].minGapsBetweenBuildingChanges = Rule{2, 7, false};
        QCOMPARE(evaluate(p, sol).buildings, int64_t(3 * 7));
        p.resources[0].minGapsBetweenBuildingChanges = Rule{1, 7, false};
        QCOMPARE(evaluate(p, sol).buildings, int64_t(1 * 7)); // only the change at 1
        // same building (A0 -> B0) is no change; the lesson at 2 in N does not reset the building
        const Solution same{{0, 0}, {1, 1}, {2, 3}, {3, 0}, {4, 1}};
        QCOMPARE(evaluate(p, same).buildings, int64_t(0));
        // lessons of other resources do not count
        p.resources.push_back(Resource{});
        p.lessons[1].resources = {1};
        p.resources[0].minGapsBetweenBuildingChanges = Rule{};
        p.resources[0].maxBuildingChangesPerDay = Rule{0, 1, false};
        // T: 0 b0, 2 none, 3 b0, 5 b1 -> 1 change
        QCOMPARE(evaluate(p, sol).buildings, int64_t(1));
        p.resources[0].maxBuildingChangesPerWeek = Rule{0, 1, true};
        p.resources[0].minGapsBetweenBuildingChanges = Rule{2, 7, false};
        const auto v = reported(p, sol);
        QCOMPARE(v.size(), size_t(3)); // per day, too close (one change, at 5), per week
    }

    void groupedConstraint()
    {
        // 2 days x 5 periods; three lessons of different lengths, no shared resources
        Problem p;
        p.days = 2;
        p.periodsPerDay = 5;
        p.courses.push_back(Course{"C", 0});
        Lesson l;
        l.course = 0;
        Lesson two = l;
        two.duration = 2;
        p.lessons = {l, two, l};
        GroupedConstraint g;
        g.lessons = {0, 1, 2};
        g.weight = 9;
        p.grouped.push_back(g);
        QVERIFY(validate(p).empty());
        auto cost = [&](int a, int b, int c) {
            return evaluate(p, Solution{{a, NoRoom}, {b, NoRoom}, {c, NoRoom}}).grouped;
        };
        QCOMPARE(cost(0, 1, 3), int64_t(0)); // 0 | 1-2 | 3
        QCOMPARE(cost(3, 0, 2), int64_t(0)); // any order: 0-1 (lesson 1) | 2 (lesson 2) | 3 (lesson 0)
        QCOMPARE(cost(0, 1, 4), int64_t(9)); // gap at period 3
        QCOMPARE(cost(0, 1, 2), int64_t(9)); // lesson 2 overlaps lesson 1
        QCOMPARE(cost(4, 6, 8), int64_t(9)); // day 0 period 4, then day 1: not the same day
        QCOMPARE(cost(5, 6, 8), int64_t(0)); // day 1: 5 | 6-7 | 8
        // an unassigned member: reported as unassigned, not as a grouped violation
        const CostBreakdown un = evaluate(p, Solution{{0, NoRoom}, {-1, NoRoom}, {4, NoRoom}});
        QCOMPARE(un.unassigned, 1);
        QCOMPARE(un.grouped, int64_t(0));
        p.grouped[0].hard = true;
        p.grouped[0].weight = 1;
        QCOMPARE(evaluate(p, Solution{{0, NoRoom}, {1, NoRoom}, {4, NoRoom}}).hardRules, 1);
        const auto v = reported(p, Solution{{0, NoRoom}, {1, NoRoom}, {4, NoRoom}});
        QCOMPARE(v.size(), size_t(1));
        QCOMPARE(v[0].term, Term::Grouped);
        QCOMPARE(v[0].constraint, 0);
        QCOMPARE(v[0].lessons, (std::vector<int>{0, 1, 2}));
        QCOMPARE(reported(p, Solution{{0, NoRoom}, {-1, NoRoom}, {4, NoRoom}}).at(0).term, Term::Unassigned);
    }

    void endsDayConstraint()
    {
        // 2 days x 4 periods; subgroups S1, S2; lesson 0 (S1+S2, 2 periods) must end their day
        Problem p;
        p.days = 2;
        p.periodsPerDay = 4;
        Resource s1;
        s1.name = "S1";
        s1.kind = Resource::Kind::StudentGroup;
        Resource s2 = s1;
        s2.name = "S2";
        p.resources = {s1, s2};
        p.courses.push_back(Course{"C", 0});
        Lesson l;
        l.course = 0;
        Lesson both = l;
        both.duration = 2;
        both.resources = {0, 1};
        Lesson only1 = l;
        only1.resources = {0};
        Lesson only2 = l;
        only2.resources = {1};
        p.lessons = {both, only1, only2};
        EndsDayConstraint e;
        e.lesson = 0;
        e.resources = {0, 1};
        e.weight = 4;
        p.endsDay.push_back(e);
        QVERIFY(validate(p).empty());
        auto cost = [&](int a, int b, int c) {
            return evaluate(p, Solution{{a, NoRoom}, {b, NoRoom}, {c, NoRoom}});
        };
        QCOMPARE(cost(2, 0, 1).grouped, int64_t(0)); // periods 2-3 end the day for both
        QCOMPARE(cost(1, 0, 3).grouped, int64_t(4)); // S2 has period 3 after the lesson (1-2)
        QCOMPARE(cost(0, 2, 3).grouped, int64_t(8)); // both have a later lesson
        QCOMPARE(cost(0, 6, 7).grouped, int64_t(0)); // later lessons on the other day
        QCOMPARE(cost(1, 3, 0).grouped, int64_t(4)); // S2's lesson is earlier; only S1 is later
        p.endsDay[0].hard = true;
        p.endsDay[0].weight = 1;
        QCOMPARE(cost(0, 2, 3).hardRules, 2);
        const auto v = reported(p, Solution{{1, NoRoom}, {0, NoRoom}, {3, NoRoom}});
        QCOMPARE(v.size(), size_t(1)); // S2 only
        QCOMPARE(v[0].term, Term::EndsDay);
        QCOMPARE(v[0].resource, 1);
        QCOMPARE(v[0].day, 0);
        QCOMPARE(v[0].period, 1);
    }

    void violationReport()
    {
        // 2 days x 4 periods; teacher T (no gaps in the week: hard; at least 2 hours on a day
        // with lessons: soft, 5 per missing hour), students S; rooms R0 (10 seats), R1 (30)
        Problem p;
        p.days = 2;
        p.periodsPerDay = 4;
        Resource t;
        t.name = "T";
        t.maxGapsPerWeek = Rule{0, 1, true};
        t.minHoursDaily = Rule{2, 5, false};
        Resource st;
        st.name = "S";
        st.kind = Resource::Kind::StudentGroup;
        p.resources = {t, st};
        p.rooms = {Room{"R0", 10, 0, {}}, Room{"R1", 30, 0, {}}};
        p.courses = {Course{"C0", 0}, Course{"C1", 0}, Course{"C2", 0}, Course{"C3", 2}};
        Lesson l;
        l.rooms = {0, 1};
        Lesson l0 = l; // T + S, 20 students
        l0.course = 0;
        l0.resources = {0, 1};
        l0.students = 20;
        Lesson l1 = l; // T
        l1.course = 1;
        l1.resources = {0};
        Lesson l2 = l; // S, 5 students
        l2.course = 2;
        l2.resources = {1};
        l2.students = 5;
        Lesson l3 = l; // T, course C3 (room stability 2 per extra room)
        l3.course = 3;
        l3.resources = {0};
        Lesson l4 = l3;
        l4.resources = {};
        p.lessons = {l0, l1, l2, l3, l4};
        SpreadConstraint sp; // lessons 1 and 3 on 3 distinct days: impossible in 2 (hard)
        sp.lessons = {1, 3};
        sp.minDays = 3;
        sp.hard = true;
        p.spreads.push_back(sp);
        QVERIFY(validate(p).empty());
        // day 0: l0 at 0 in R0, l2 at 0 in R0 (S twice, R0 twice), l1 at 2 in R1 (T's gap at 1);
        // day 1: l3 at 1 in R1 (T one hour), l4 at 2 in R0 (C3 in two rooms)
        const Solution sol{{0, 0}, {2, 1}, {0, 0}, {5, 1}, {6, 0}};
        const CostBreakdown c = evaluate(p, sol);
        QCOMPARE(c.resourceConflicts, 1);
        QCOMPARE(c.roomConflicts, 1);
        QCOMPARE(c.hardRules, 1 + 1); // the gap, the spread
        QCOMPARE(c.roomCapacity, int64_t(10));
        QCOMPARE(c.dayRules, int64_t(5));
        QCOMPARE(c.roomStability, int64_t(2));
        const auto v = reported(p, sol);
        auto find = [&](Term term) -> const Violation & {
            for (const Violation &x : v) {
                if (x.term == term) {
                    return x;
                }
            }
            qFatal("%s not reported", termKey(term));
            return v.front();
        };
        QCOMPARE(v.size(), size_t(7));
        const Violation &conflict = find(Term::ResourceConflict);
        QVERIFY(conflict.hard);
        QCOMPARE(conflict.resource, 1);
        QCOMPARE(conflict.day, 0);
        QCOMPARE(conflict.period, 0);
        QCOMPARE(conflict.value, 2);
        QCOMPARE(conflict.lessons, (std::vector<int>{0, 2}));
        const Violation &room = find(Term::RoomConflict);
        QCOMPARE(room.room, 0);
        QCOMPARE(room.lessons, (std::vector<int>{0, 2}));
        const Violation &gaps = find(Term::MaxGapsPerWeek);
        QVERIFY(gaps.hard);
        QCOMPARE(gaps.resource, 0);
        QCOMPARE(gaps.day, -1);
        QCOMPARE(gaps.value, 1);
        QCOMPARE(gaps.limit, 0);
        const Violation &hours = find(Term::MinHoursDaily);
        QVERIFY(!hours.hard);
        QCOMPARE(hours.resource, 0);
        QCOMPARE(hours.day, 1);
        QCOMPARE(hours.value, 1);
        QCOMPARE(hours.cost, int64_t(5));
        const Violation &seats = find(Term::RoomCapacity);
        QCOMPARE(seats.lesson, 0);
        QCOMPARE(seats.room, 0);
        QCOMPARE(seats.value, 20);
        QCOMPARE(seats.limit, 10);
        const Violation &stability = find(Term::RoomStability);
        QCOMPARE(stability.course, 3);
        QCOMPARE(stability.value, 2);
        const Violation &spread = find(Term::Spread);
        QVERIFY(spread.hard);
        QCOMPARE(spread.value, 2);
        QCOMPARE(spread.limit, 3);
        QCOMPARE(spread.lessons, (std::vector<int>{1, 3}));
        // only the spread left, and only it reported
        const Solution good{{0, 1}, {1, 1}, {4, 1}, {2, 1}, {6, 1}};
        const CostBreakdown g = evaluate(p, good);
        QCOMPARE(g.hard(), 2); // the spread cannot be met in two days: both lessons on day 0, 2 short
        QCOMPARE(g.soft(), int64_t(0));
        QCOMPARE(reported(p, good).size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestTimetableEvaluator)
#include "tst_timetable_evaluator.moc"
