#pragma once

// Local-search timetabling solver: greedy construction followed by simulated annealing
// over lesson moves, lesson swaps and room changes with incremental cost evaluation.

#include "model.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace Ebilim::Timetable {

struct Progress
{
    double seconds = 0;
    int64_t iterations = 0;
    int hard = 0;      ///< current hard violations
    int64_t soft = 0;  ///< current soft cost (solver objective)
    int bestHard = 0;
    int64_t bestSoft = 0;
    double temperature = 0;
};

struct SolverOptions
{
    /// Wall-clock limit in seconds (<= 0: none). The search stops within a few ms of it.
    double timeLimitSeconds = 60;
    /// Iteration budget (< 0: none). With a budget and no time limit the cooling schedule
    /// follows the iteration count, so the result is a pure function of (problem, seed).
    int64_t maxIterations = -1;
    uint64_t seed = 1;
    int hardWeight = 200;            ///< objective weight of one hard violation (after repair)
    /// Let the hard weight float between minHardWeight and hardWeight (rising while infeasible).
    bool adaptiveHardWeight = true;
    double minHardWeight = 4;
    double initialTemperature = 2.5;
    double finalTemperature = 0.08;
    /// Reheating: when the best timetable has not improved for this share of the annealing
    /// budget, the search goes back to the best timetable and cools again from
    /// reheatFactor x the temperature of its last improvement (0: never reheat).
    double reheatAfter = 0;
    double reheatFactor = 2;
    /// Restarts: one anneal (initialTemperature down to finalTemperature) is given about this
    /// many moves per movable lesson. A longer run is split into that many equal anneals, each
    /// starting hot from where the last one ended, and returns the best timetable of all; a
    /// shorter run is one anneal (0: always one anneal). Under a time limit each anneal's length
    /// is planned from the move rate so far (at 2 % of the time and whenever an anneal ends).
    double annealMovesPerLesson = 400000;
    double swapRate = 0.35;          ///< share of swap moves
    /// Share of time moves with a room change that take the cheapest vacant room at the new
    /// time instead of a random one.
    double bestRoomRate = 0;
    /// Share of moves into a room held by one other lesson that send that lesson to another
    /// time (cheapest vacant room) instead of exchanging the two places.
    double ejectRate = 0;
    /// Block Kempe chains: a Kempe step drawn on a lesson of several periods, or whose chain would
    /// take in one, makes a block chain with this probability instead (lessons of any length move
    /// between two windows of equal length; priced by applying it). 0: off. Problems whose lessons
    /// all last one period (ITC-2007, Econ-v0.8, v1_7) never draw it. The default since the
    /// thirtieth session: at 60 s, seeds 1-16, GYR-more-difficult left 20.3 violations on average
    /// against 28.6 (fewer in 12 of 16 runs), GYR.fet was solved in 16 runs against 14 (first
    /// timetable after 14.1 s against 22.3), Eng_College ended at soft cost 154 against 238; at
    /// 300 s GYR-more-difficult left 7.1 against 12.6 (seeds 1-8) and was solved once
    /// (tests/bench/timetable/RESULTS-timetable.md).
    double blockChainRate = 1;
    /// Stop at the first timetable that breaks no hard rule instead of improving its soft cost
    /// until the limit (as FET stops at its first timetable; used to time feasibility alone).
    bool stopWhenFeasible = false;
    /// Share of Kempe-chain moves (single-period lessons outside same-start groups; every rule is
    /// priced without moving the chain since the twenty-seventh session). 0.5 since the
    /// nineteenth session (0.3 before): per try a chain
    /// improves the timetable 8-25 times as often as a time move in the middle of the cooling; at
    /// the time of a 60 s run it lowered comp02, comp03, comp06 and comp07 and raised comp05
    /// (tests/bench/timetable/RESULTS-timetable.md).
    double kempeRate = 0.5;
    /// Share of Kempe chains that also follow rooms: a member keeps its room, and the lesson in
    /// that room at the other period joins the chain (the two exchange periods in that room), so
    /// the chain never changes a room. The other chains pick a vacant room for a member whose
    /// room is taken at the other period. Off by default: at 60 s 0.3 was level with 0 over three
    /// days (comp07 10.9 against 11.2, 30 seeds each; comp02/03/05/06 level; twenty-second and
    /// twenty-third sessions).
    double kempeRoomRate = 0;
    /// Share of moves that exchange everything starting at two periods (half of them on one day);
    /// only periods where every lesson is a movable single-period lesson take part.
    double slotSwapRate = 0;
    /// Share of moves (after the first feasible timetable) that start from a lesson paying or
    /// sharing a soft cost (list rebuilt every 4096 moves) instead of any movable lesson.
    double softFocusRate = 0;
    /// Share of moves (in the annealing phase) aimed at a course held on fewer days than its
    /// soft minimum: one of its lessons on a day it holds more than once goes, by a Kempe chain,
    /// to a day it lacks (list of such courses rebuilt every 4096 moves). 0.15 since the ninth
    /// session: ahead of 0 on ITC-2007 at 60 s and at 300 s (tests/bench/timetable).
    double spreadRate = 0.15;
    /// Share of time moves whose new start is next to another lesson of one of the lesson's
    /// students sets or teachers with day rules (on a random day) instead of any allowed start.
    /// 0.3 helps 60 s runs on ITC-2007 but seemed to hurt 300 s runs, so it is off by default.
    double adjacentRate = 0;
    /// While the timetable is feasible, a time move, swap or place exchange of single-period
    /// lessons that would put a teacher or students set in two places at once is dropped before
    /// it is priced (such a move is almost never accepted; Kempe chains make those moves
    /// without the clash). On by default since the eleventh session, with freeStarts: together
    /// 27.4 % against 33.2 % mean gap on ITC-2007 at 60 s, level at 300 s (tests/bench/timetable).
    bool dropClashes = true;
    /// While the timetable is feasible, time moves of single-period lessons draw the new start
    /// from the allowed starts where none of the lesson's teachers and students sets is busy
    /// (timetables of at most 64 periods; otherwise from all allowed starts).
    bool freeStarts = true;
    /// Share of repair-phase steps that take a lesson in conflict and move it to its best
    /// (start, room) of all, even if that is worse, with a short tabu on its old start
    /// (min-conflicts with tabu; for tightly packed real timetables).
    double bestMoveRate = 0.003;
    /// Min-conflicts steps are for the end of a repair: with more than this many lessons in
    /// conflict their share falls to bestMoveRate x bestMoveFocus / (lessons in conflict).
    /// 4 since the fourteenth session: forced best moves among a hundred conflicting lessons
    /// undo what the constraint weights build up (GYR-more-difficult at 60 s leaves about a
    /// third fewer violations; tests/bench/timetable/RESULTS-timetable.md).
    int bestMoveFocus = 4;
    /// Share of repair-phase steps that ruin and recreate: a lesson in conflict and up to
    /// ruinSize - 1 lessons sharing a teacher or students set with it on its day leave the
    /// timetable and go back one by one, each to its best place (kept if the annealing test
    /// passes, otherwise undone). Only after the first 10 000 repair moves. 0.01 since the
    /// thirteenth session (tests/bench/timetable/RESULTS-timetable.md): with group ejection,
    /// GYR-more-difficult at 60 s leaves about half as many violations as at 0.003, and
    /// Econ-v0.8 0.5 on average instead of 1.9 (5 of 8 seeds solved against 4).
    double ruinRate = 0.01;
    /// Share of annealing-phase moves that ruin and recreate around a lesson paying or sharing a
    /// soft cost (see softFocusRate; list rebuilt every 4096 moves): it and up to ruinSize - 1
    /// lessons of a students set or teacher whose day costs something (else of any of its
    /// resources) on its day leave, then go back one by one, in random order, each to its best
    /// (start, room) priced with the soft cost; kept if the annealing test passes. 0.003 since
    /// the seventeenth session: ITC-2007 at 60 s comp05 and comp06 lower, comp03 about one
    /// higher, the others level (tests/bench/timetable/RESULTS-timetable.md).
    double softRuinRate = 0.003;
    int ruinSize = 4;
    /// Share of ruin steps drawn on a member of a same-start group that move the whole group
    /// to a random allowed start and send the lessons in its way to their best places (group
    /// ejection). 1 since the thirteenth session.
    double groupEjectRate = 1;
    /// Constraint weighting in the repair phase: every this many moves, each hard violation
    /// still present raises the weight of its term by one (a teacher's, students set's or
    /// room's period for conflicts; a resource's day or week for day and week rules; a spread
    /// or grouped constraint), so that violations that persist cost more and the walk leaves
    /// plateaus (0: every violation weighs one). The best timetable is judged by the plain count.
    /// 10000 since the twelfth session: on the FET files that fet-cl cannot solve it leaves
    /// a third to a fifth as many violations (tests/bench/timetable/RESULTS-timetable.md).
    int64_t constraintWeightInterval = 10000;
    /// Every this many weight raises, every weight above one comes down by one (0: never).
    /// 1000 since the twelfth session (ahead of 0 on the two Timisoara files at 60 s, level on
    /// GYR-more-difficult; 100 and 300 were worse).
    int constraintWeightDecay = 1000;
    /// Temperature and hard weight of the repair phase run while the timetable is infeasible.
    double repairTemperature = 0.15;
    int repairHardWeight = 1;
    /// false: the repair phase also weighs soft cost (use with a large repairHardWeight).
    bool repairHardOnly = true;
    /// Repair restarts: after this many repair moves without a new least count of violations
    /// the walk goes back to the least infeasible timetable found, keeping the constraint
    /// weights (0: never). Off by default: on GYR-more-difficult 30 M (about 40 s) left 6.0
    /// violations on average at 600 s against 7.0 without, and 7.5 against 10.3 at 300 s (seeds
    /// 1-4; one seed alone spans 1-13), which is within the noise, and at 30 minutes (seed 1)
    /// it stopped at 5 where the default reached 2 (twenty-seventh session,
    /// tests/bench/timetable/RESULTS-timetable.md).
    int64_t repairRestartMoves = 0;
    /// With repair restarts, also set every constraint weight back to one (at 300 s on
    /// GYR-more-difficult 12.5 violations on average against 7.5 keeping them).
    bool repairRestartResetWeights = false;
    /// Longest share of the time/iteration budget the repair phase may use.
    double repairShare = 0.9;
    /// Optional start timetable (e.g. the previous version after an edit); entries that are
    /// illegal for their lesson are constructed anew. Fixed lessons come from the Problem.
    Solution initial;
    /// Soft cost for each lesson placed at another start than in `initial` (minimal change).
    int changePenalty = 0;
    /// Called about every progressInterval seconds (and at the end) from the solving thread.
    std::function<void(const Progress &)> progress;
    double progressInterval = 1.0;
    /// Set to true from another thread to stop early (the best timetable so far is returned).
    const std::atomic<bool> *cancel = nullptr;
};

struct SolverResult
{
    Solution solution;          ///< best timetable found (hard violations first, then soft cost)
    CostBreakdown cost;         ///< evaluate(problem, solution)
    int64_t iterations = 0;
    double seconds = 0;
    double firstFeasibleSeconds = -1; ///< -1: never feasible
    int64_t firstFeasibleMoves = -1;  ///< moves made before the first feasible timetable (-1: never)
    int reheats = 0;            ///< how often the search went back to the best and reheated
    int anneals = 0;            ///< independent cooling cycles run (see annealMovesPerLesson)
    int64_t slotSwaps = 0;      ///< period exchanges tried (see slotSwapRate)
    int64_t spreadMoves = 0;    ///< spread moves tried (see spreadRate)
    int64_t kempeChains = 0;    ///< Kempe chains priced (Kempe moves, see kempeRate, and spread moves)
    int64_t blockChains = 0;    ///< block Kempe chains priced (see blockChainRate)
    int64_t bestMoves = 0;      ///< repair-phase best-move steps made (see bestMoveRate)
    int64_t ruins = 0;          ///< ruin-and-recreate steps made (see ruinRate)
    int64_t groupEjections = 0; ///< group ejection steps made (see groupEjectRate)
    int64_t weightRaises = 0;   ///< constraint weights raised (see constraintWeightInterval)
    int64_t repairRestarts = 0; ///< returns to the least infeasible timetable (see repairRestartMoves)
    int internalHard = 0;       ///< the solver's own incremental bookkeeping of the best, for checks
    int64_t internalSoft = 0;
    std::string error;          ///< non-empty if the problem is invalid
};

/// Solves `problem`. Deterministic for a given seed when only maxIterations limits the run.
SolverResult solve(const Problem &problem, const SolverOptions &options);

} // namespace Ebilim::Timetable
