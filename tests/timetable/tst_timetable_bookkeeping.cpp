// The solver's incremental cost bookkeeping against the from-scratch evaluator.
//
// This test links a copy of the engine built with EBILIM_TIMETABLE_CHECK_DELTA: after every
// move priced without applying it, the priced delta must equal the change of the bookkept
// cost, and every 2^18 steps the bookkept cost must equal evaluate() of the current timetable
// (the solver aborts otherwise, which fails the test). The problems are random mixtures of
// every model feature, so every move kind meets every cost term.
#include "ctt.h"
#include "fet.h"
#include "generate.h"
#include "solver.h"

#include <QFileInfo>
#include <QTest>

#include <random>

using namespace Ebilim::Timetable;

namespace {

/// A random problem using every feature of the model (sizes small enough for a quick run,
/// dense enough that moves keep colliding).
Problem randomProblem(unsigned seed)
{
    std::mt19937 rng(seed);
    auto below = [&](int n) { return int(rng() % unsigned(n)); };
    Problem p;
    p.name = "random-" + std::to_string(seed);
    p.days = 5;
    p.periodsPerDay = 6;
    p.weeks = 1 + below(2);
    const int cs = p.cycleSlots();
    for (int r = 0; r < 6; ++r) {
        Room room;
        room.name = "R" + std::to_string(r);
        room.capacity = 20 + 10 * below(4);
        room.building = below(3) - 1; // -1: no building
        if (below(3) == 0) {
            room.unavailable.assign(cs, 0);
            room.unavailable[below(cs)] = 1;
        }
        p.rooms.push_back(room);
    }
    for (int t = 0; t < 5; ++t) {
        Resource r;
        r.name = "T" + std::to_string(t);
        r.maxHoursDaily = Rule{4, 1, below(2) == 0};
        r.maxGapsPerDay = Rule{1, 2, false};
        r.maxBuildingChangesPerDay = Rule{1, 3, below(2) == 0};
        r.minGapsBetweenBuildingChanges = Rule{1, 2, false};
        if (below(2) == 0) { // a week without lessons falls short too
            r.minDaysPerWeek = Rule{3, 2, below(2) == 0};
        }
        if (below(2) == 0) { // rest between days, from the last day to the first too half of the time
            r.minRestingHours = Rule{3, 2, below(2) == 0};
            if (below(2) == 0) {
                r.minRestingHoursWrap = Rule{2, 1, below(2) == 0};
            }
        }
        if (below(2) == 0) { // a span of at most 4 periods, one day of 5 allowed half of the time
            r.maxSpanPerDay = Rule{4, 2, below(2) == 0};
            r.spanExceptionPlusOne = below(2) == 0;
        }
        if (below(2) == 0) { // unavailable periods are no gaps
            r.unavailable.assign(cs, 0);
            r.unavailable[below(cs)] = 1;
            r.unavailable[below(cs)] = 1;
        }
        p.resources.push_back(r);
    }
    for (int g = 0; g < 4; ++g) {
        Resource r;
        r.name = "G" + std::to_string(g);
        r.kind = Resource::Kind::StudentGroup;
        r.isolatedWeight = 2;
        r.minHoursDaily = Rule{2, 1, false};
        r.maxGapsPerWeek = Rule{3, 1, false};
        r.maxDaysPerWeek = Rule{4, 2, false};
        r.maxHoursContinuously = Rule{3, 1, below(2) == 0};
        r.maxBuildingChangesPerWeek = Rule{2, 1, false};
        r.intervalMaxDaysPerWeek = Rule{2, 1, false};
        r.intervalMask = 0b110000;
        if (below(2) == 0) { // early starts: a late start and starts at the second period priced
            r.maxSecondPeriodStarts = Rule{1, 2, below(2) == 0};
        }
        if (below(2) == 0) { // a minimum that empty days break too
            r.minHoursEveryDay = Rule{1, 3, below(2) == 0};
        }
        if (below(3) == 0) { // skipped before a day's first lesson when ranking its start
            r.unavailable.assign(cs, 0);
            r.unavailable[below(cs)] = 1;
            r.unavailable[below(p.periodsPerDay)] = 1;
        }
        p.resources.push_back(r);
    }
    Resource virt; // rules for a subset of lessons only
    virt.name = "labs";
    virt.tracksConflicts = false;
    virt.maxHoursDaily = Rule{1, 5, false};
    if (below(2) == 0) { // and at most 3 of its periods 1-3 a week busy (a hard rule half of the time)
        virt.maxSelectedPeriods = Rule{3, 2, below(2) == 0};
        virt.selectedMask.assign(size_t(p.days), 0b1110);
    }
    p.resources.push_back(virt);
    const int virtId = int(p.resources.size()) - 1;
    for (int c = 0; c < 8; ++c) {
        p.courses.push_back(Course{"C" + std::to_string(c), below(2)});
    }
    for (int l = 0; l < 40; ++l) {
        Lesson L;
        L.course = below(int(p.courses.size()));
        L.duration = below(4) == 0 ? 2 : 1;
        L.weekMask = p.weeks == 2 && below(4) == 0 ? 1u + unsigned(below(2)) : (1u << p.weeks) - 1;
        L.students = 10 + below(40);
        L.resources = {below(5), 5 + below(4)};
        if (below(5) == 0) {
            L.resources.push_back(virtId);
        }
        for (int r = 0; r < int(p.rooms.size()); ++r) {
            if (below(3) != 0) {
                L.rooms.push_back(r);
            }
        }
        if (L.rooms.empty()) {
            L.rooms.push_back(0);
        }
        if (below(3) == 0) {
            L.slotCost.assign(p.weekSlots(), 0);
            for (int &v : L.slotCost) {
                v = below(3);
            }
        }
        if (below(6) == 0) {
            L.forbiddenStart.assign(p.weekSlots(), 0);
            L.forbiddenStart[below(p.weekSlots())] = 1;
        }
        L.id = std::to_string(l);
        p.lessons.push_back(L);
    }
    // same-start pair, a fixed lesson, spreads of both modes, grouped rules of every kind and ends-day rules
    if (below(2) == 0) { // period 2 a break (every day but Monday): grouped lessons may stand either side of it
        p.breaks.assign(size_t(p.days), uint64_t(1) << 2);
        p.breaks[0] = 0;
    }
    p.lessons[0].sameStartGroup = 1;
    p.lessons[1].sameStartGroup = 1;
    p.lessons[2].fixed = true;
    p.lessons[2].fixedStart = 1;
    p.lessons[2].fixedRoom = p.lessons[2].rooms.front();
    p.spreads.push_back(SpreadConstraint{SpreadConstraint::Mode::DistinctDays, {3, 4, 5}, 3, 5, false});
    p.spreads.push_back(SpreadConstraint{SpreadConstraint::Mode::PairDistance, {6, 7}, 2, 1, below(2) == 0});
    using K = GroupedConstraint::Kind;
    auto grouped = [&](std::vector<int> lessons, int weight, bool hard, K kind, int gap = 0, int firstCount = 0) {
        GroupedConstraint g;
        g.lessons = std::move(lessons);
        g.weight = weight;
        g.hard = hard;
        g.kind = kind;
        g.gap = gap;
        g.firstCount = firstCount;
        p.grouped.push_back(std::move(g));
    };
    grouped({8, 9}, 3, false, K::Consecutive); // 9 right after 8
    grouped({10, 11, 12}, 1, below(2) == 0, K::Grouped);
    grouped({15, 16, 17}, 2, false, K::SameDay);
    grouped({18, 19}, 1, true, K::SameHour);
    grouped({20, 21, 22}, 2, false, K::MinGap, 1);
    grouped({23, 24}, 1, true, K::Ordered);
    grouped({25, 26}, 2, below(2) == 0, K::OrderedIfSameDay);
    grouped({34, 35, 36, 37}, 2, below(2) == 0, K::SameRoomIfConsecutive);
    grouped({38, 39, 3}, 1, below(2) == 0, K::MaxDays, 1);
    grouped({10, 6, 11, 6, 39}, 2, below(2) == 0, K::OrderedMinGap, 1, 2); // 6 in both parts
    grouped({15, 16, 18, 19, 20, 8}, 1, below(2) == 0, K::MaxSimultaneous, 1);
    p.grouped.back().selected.assign(size_t(p.days), 0b0111);
    p.endsDay.push_back(EndsDayConstraint{13, {p.lessons[13].resources[1]}, 2, false});
    p.endsDay.push_back(EndsDayConstraint{14, {p.lessons[14].resources[1]}, 1, true});
    // room groups: lessons of several courses in at most 1 or 2 rooms, one overlapping the other
    p.roomGroups.push_back(RoomGroupConstraint{{27, 28, 29, 30}, 1, 2, below(2) == 0});
    p.roomGroups.push_back(RoomGroupConstraint{{29, 31, 32, 33, 0}, 2, 1, below(2) == 0});
    return p;
}

} // namespace

class TestTimetableBookkeeping : public QObject
{
    Q_OBJECT

    /// Turns on the moves and schedule that are off by default: cheapest-room time moves, ejection of a
    /// room's occupant, starts next to another lesson, exchanges of two whole periods, Kempe chains
    /// that follow rooms, moves from lessons with a soft cost, and reheats (early enough to happen in a
    /// short run); ruin-and-recreate around lessons with a soft cost and moves of courses short of days
    /// (both on by default) at other rates. Clashing moves dropped unpriced and time moves drawn from
    /// clash-free starts (on by default) are turned off, and so is the weighting of hard violations in
    /// the repair phase (on by default), so that the search without them is checked too.
    static void withOptionalMoves(SolverOptions &o)
    {
        o.dropClashes = false;
        o.freeStarts = false;
        o.bestRoomRate = 0.5;
        o.ejectRate = 0.5;
        o.adjacentRate = 0.5;
        o.slotSwapRate = 0.05;
        o.kempeRoomRate = 0.5;
        o.softFocusRate = 0.5;
        o.spreadRate = 0.1;
        o.bestMoveRate = 0.2;
        o.softRuinRate = 0.01;
        o.reheatAfter = 0.02;
        o.reheatFactor = 3;
        o.constraintWeightInterval = 0;
    }

    /// Imports a shipped FET example (path below FET-5-official) into fet; skips the test if
    /// fet-data is not installed (fet then stays empty).
    static void importExample(const char *relative, FetImport &fet)
    {
        const std::string path = std::string("/usr/share/doc/fet-data/examples/FET-5-official/") + relative;
        if (!QFileInfo::exists(QString::fromStdString(path))) {
            QSKIP("fet-data not installed");
        }
        std::string error;
        QVERIFY2(importFet(path, fet, &error), error.c_str());
    }

private Q_SLOTS:
    void randomProblems_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned s = 1; s <= 12; ++s) {
            QTest::addRow("problem %u", s) << s;
        }
    }

    void randomProblems()
    {
        QFETCH(unsigned, seed);
        const Problem p = randomProblem(seed);
        QCOMPARE(QString::fromStdString(validate(p)), QString());
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 600000; // two from-scratch comparisons plus every priced move
        o.seed = seed;
        if (seed % 2 == 1) {
            withOptionalMoves(o);
        }
        const SolverResult r = solve(p, o);
        QVERIFY(r.error.empty());
        QCOMPARE(r.internalHard, r.cost.hard());
        QCOMPARE(r.internalSoft, r.cost.soft());
        // fixed lesson kept
        QCOMPARE(r.solution[2].start, 1);
        QCOMPARE(r.solution[2].room, p.lessons[2].fixedRoom);
    }

    void itcInstances_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("optionalMoves");
        QTest::newRow("comp05") << QStringLiteral("comp05") << false; // tight: often infeasible during the search
        QTest::newRow("comp07") << QStringLiteral("comp07") << false; // many rooms: room swaps, Kempe chains
        QTest::newRow("comp05 optional moves") << QStringLiteral("comp05") << true;
        QTest::newRow("comp07 optional moves") << QStringLiteral("comp07") << true;
    }

    void itcInstances()
    {
        QFETCH(QString, name);
        QFETCH(bool, optionalMoves);
        const QByteArray shared = qgetenv("EBILIM_SHARED_DIR");
        if (shared.isEmpty()) {
            QSKIP("ITC-2007 instances not available (EBILIM_SHARED_DIR)");
        }
        CttInstance in;
        QVERIFY(loadCtt(QString::fromLocal8Bit(shared).toStdString() + "/bench/itc2007/" + name.toStdString() + ".ctt", in));
        const Problem p = toProblem(in);
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 1500000;
        o.seed = 3;
        if (optionalMoves) {
            withOptionalMoves(o);
        }
        const SolverResult r = solve(p, o);
        QCOMPARE(r.cost.hard(), 0);
        QCOMPARE(r.internalSoft, r.cost.soft());
        QVERIFY2(r.spreadMoves > 100, qPrintable(QString::number(r.spreadMoves)));
        // ITC-2007 repairs end long before ruin steps start there: these are soft ruins (on by
        // default, more often with the optional moves)
        QVERIFY2(r.ruins > 100, qPrintable(QString::number(r.ruins)));
        if (optionalMoves) {
            QVERIFY2(r.reheats > 0, "the run was meant to reheat at least once");
            QVERIFY2(r.slotSwaps > 100, qPrintable(QString::number(r.slotSwaps)));

        } else {
            QCOMPARE(r.reheats, 0);
        }
    }

    void generatedDenseInstance()
    {
        // curricula of 6-12 courses: a long repair phase, where ruin-and-recreate and best-move
        // steps price every start once and each room by its room terms alone (checked here
        // against the full pricing of every (start, room))
        CttGeneratorOptions g;
        g.occupancy = 0.85;
        g.minCurriculumSize = 6;
        g.maxCurriculumSize = 12;
        g.seed = 3;
        const CttInstance in = generateCtt(g);
        const Problem p = toProblem(in);
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 400000;
        o.seed = 1;
        const SolverResult r = solve(p, o);
        QVERIFY(r.error.empty());
        QVERIFY2(r.ruins > 100 && r.bestMoves > 10, qPrintable(QStringLiteral("%1 %2").arg(r.ruins).arg(r.bestMoves)));
        QCOMPARE(r.internalHard, r.cost.hard());
        QCOMPARE(r.internalSoft, r.cost.soft());
    }

    void fetExample()
    {
        FetImport fet;
        importExample("Romania/Faculty-Econ-Timisoara-difficult/2009-2010-sem-1/Econ-v0.8.fet", fet);
        if (QTest::currentTestFailed() || fet.problem.lessons.empty()) {
            return; // failed or skipped
        }
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 800000;
        o.repairShare = 0.5; // half of the steps in the annealing phase, where the state is checked
        o.hardWeight = 10000;
        o.adaptiveHardWeight = false;
        o.kempeRate = 0.1; // as the CLI solves FET files: every lesson of this file has building
                           // rules, so every chain checks chainDelta()'s building part
        o.bestMoveRate = 0.05; // min-conflicts steps in the repair phase, each checked
        o.bestMoveFocus = 1 << 20; // at that rate however many lessons conflict
        o.constraintWeightInterval = 500; // weighted constraints: every priced move checks the weighted sum
        o.constraintWeightDecay = 7;      // and weights coming down again
        o.ruinRate = 0.01;                // ruin-and-recreate steps, kept or undone
        const SolverResult r = solve(fet.problem, o);
        QVERIFY2(r.bestMoves > 1000, "the repair phase was meant to make best-move steps");
        QVERIFY2(r.ruins > 1000, qPrintable(QString::number(r.ruins)));
        QVERIFY2(r.weightRaises > 100, qPrintable(QString::number(r.weightRaises)));
        QVERIFY2(r.kempeChains > 1000, qPrintable(QString::number(r.kempeChains)));
        QCOMPARE(r.internalHard, r.cost.hard());
        QCOMPARE(r.internalSoft, r.cost.soft());
    }

    void fetSameStartGroups()
    {
        // a school file with same-start groups and double lessons: group ejection steps and block
        // chains, each checked
        FetImport fet;
        importExample("Germany/secondary-school-2/GYR.fet", fet);
        if (QTest::currentTestFailed() || fet.problem.lessons.empty()) {
            return; // failed or skipped
        }
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 400000;
        o.repairShare = 1; // the whole run is repair: the file is far from feasible this early
        o.ruinRate = 0.05;
        o.groupEjectRate = 1;
        o.repairRestartMoves = 20000; // returns to the best timetable under the constraint weights
        o.blockChainRate = 1;         // (the default) Kempe chains through lessons of several periods, applied or undone
        const SolverResult r = solve(fet.problem, o);
        QVERIFY2(r.groupEjections > 100, qPrintable(QString::number(r.groupEjections)));
        QVERIFY2(r.blockChains > 1000, qPrintable(QString::number(r.blockChains)));
        QVERIFY2(r.repairRestarts > 0, qPrintable(QString::number(r.repairRestarts)));
        QVERIFY2(r.kempeChains > 1000, qPrintable(QString::number(r.kempeChains))); // under the constraint weights
        QVERIFY2(r.ruins > 100, qPrintable(QString::number(r.ruins)));
        QCOMPARE(r.internalHard, r.cost.hard());
        QCOMPARE(r.internalSoft, r.cost.soft());
    }
};

QTEST_GUILESS_MAIN(TestTimetableBookkeeping)
#include "tst_timetable_bookkeeping.moc"
