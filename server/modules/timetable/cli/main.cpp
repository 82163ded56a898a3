// ebilim-timetable: command-line front end of the timetabling engine.
#include "ctt.h"
#include "fet.h"
#include "generate.h"
#include "solver.h"

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace Ebilim::Timetable;

namespace {

void usage()
{
    std::cerr << "usage:\n"
                 "  ebilim-timetable solve --ctt FILE [--time-limit S] [--iterations N] [--seed N]\n"
                 "                         [--out FILE.sol] [--quiet]\n"
                 "                         [--t0 T] [--t1 T] [--swap-rate R]\n"
                 "                         [--kempe-rate R] [--kempe-room-rate R] [--hard-weight W]\n"
                 "                         [--repair-t T] [--repair-share F] [--reheat-after F] [--reheat-factor K]\n"
                 "                         [--anneal-moves-per-lesson N] [--slot-swap-rate R]\n"
                 "                         [--soft-focus-rate R] [--spread-rate R]\n"
                 "                         [--best-room-rate R] [--eject-rate R] [--block-chain-rate R]\n"
                 "                         [--stop-when-feasible]\n"
                 "                         [--adjacent-rate R] [--best-move-rate R] [--best-move-focus N]\n"
                 "                         [--drop-clashes 0|1] [--free-starts 0|1] [--constraint-weight-interval N]\n"
                 "                         [--constraint-weight-decay K] [--ruin-rate R] [--ruin-size N] [--soft-ruin-rate R]\n"
                 "                         [--group-eject-rate F] [--repair-restart-moves N] [--repair-restart-reset]\n"
                 "                         [--explain | --explain-all]   (list each hard violation left / every cost)\n"
                 "  ebilim-timetable solve --fet FILE.fet [--time-limit S] [--seed N] [--out FILE.csv]\n"
                 "                         [--locked-fet FILE.fet]   (a copy of the input with the timetable locked, for fet-cl)\n"
                 "                         (and the tuning options above)\n"
                 "  ebilim-timetable evaluate --ctt FILE --sol FILE.sol\n"
                 "  ebilim-timetable generate --out FILE.ctt [--planted FILE.sol] [--seed N] [--name NAME]\n"
                 "                         [--days D] [--periods P] [--rooms R] [--occupancy F] [--curricula N]\n"
                 "                         [--curriculum-size MIN-MAX] [--courses-per-teacher F] [--unavailable F]\n"
                 "                         (a random instance with a planted timetable that has no hard violation)\n"
                 "Exit status of solve: 0 = no hard violation, 3 = hard violations remain.\n";
}

void printUd2(const Ud2Cost &c)
{
    std::cout << "hard: lectures=" << c.lectures << " conflicts=" << c.conflicts
              << " availability=" << c.availability << " roomOccupancy=" << c.roomOccupancy << "\n"
              << "soft: roomCapacity=" << c.roomCapacity << " minWorkingDays=" << c.minWorkingDays
              << " curriculumCompactness=" << c.curriculumCompactness << " roomStability=" << c.roomStability
              << "\n"
              << "violations=" << c.hard() << " cost=" << c.soft() << "\n";
}

void printBreakdown(const CostBreakdown &c)
{
    std::cout << "hard: unassigned=" << c.unassigned << " resourceConflicts=" << c.resourceConflicts
              << " roomConflicts=" << c.roomConflicts << " unavailable=" << c.unavailable
              << " hardRules=" << c.hardRules << "\n"
              << "soft: slot=" << c.slotCost << " roomCapacity=" << c.roomCapacity << " room=" << c.roomCost
              << " spread=" << c.spread << " isolated=" << c.isolated << " dayRules=" << c.dayRules
              << " roomStability=" << c.roomStability << " buildings=" << c.buildings
              << " grouped=" << c.grouped << "\n"
              << "violations=" << c.hard() << " cost=" << c.soft() << "\n";
}

/// Lists every hard violation of `solution` (and with `soft`, every soft cost too), one line
/// each: which rule, whose, when, what was measured against what bound, and the lessons involved.
/// Days and periods are named as in the input when names are given, otherwise numbered from 1.
void printViolations(const Problem &p, const Solution &solution, bool soft, const std::vector<std::string> &dayNames,
                     const std::vector<std::string> &hourNames)
{
    auto lessonName = [&](int l) {
        const Lesson &L = p.lessons[size_t(l)];
        return (L.id.empty() ? "lesson " + std::to_string(l + 1) : "activity " + L.id) + " ("
            + p.courses[size_t(L.course)].name + ")";
    };
    auto name = [](const std::vector<std::string> &names, int i) {
        return size_t(i) < names.size() ? names[size_t(i)] : std::to_string(i + 1);
    };
    int lines = 0;
    evaluate(p, solution, [&](const Violation &v) {
        if (!v.hard && !soft) {
            return;
        }
        ++lines;
        std::cout << (v.hard ? "hard " : "soft ") << termKey(v.term);
        if (v.resource >= 0) {
            std::cout << " \"" << p.resources[size_t(v.resource)].name << "\"";
        }
        if (v.room >= 0) {
            std::cout << " room \"" << p.rooms[size_t(v.room)].name << "\"";
        }
        if (v.course >= 0 && v.lesson < 0) {
            std::cout << " course \"" << p.courses[size_t(v.course)].name << "\"";
        }
        if (v.week >= 0 && p.weeks > 1) {
            std::cout << " week " << v.week + 1;
        }
        if (v.day >= 0) {
            std::cout << " day " << name(dayNames, v.day);
        }
        if (v.period >= 0) {
            std::cout << " period " << name(hourNames, v.period);
        }
        if (v.value >= 0) {
            std::cout << ": " << v.value;
            if (v.limit >= 0) {
                std::cout << " (bound " << v.limit << ")";
            }
        }
        std::cout << " cost " << v.cost;
        const size_t shown = std::min<size_t>(v.lessons.size(), 8);
        for (size_t i = 0; i < shown; ++i) {
            std::cout << (i == 0 ? " [" : ", ") << lessonName(v.lessons[i]);
        }
        if (v.lessons.size() > shown) {
            std::cout << ", ... " << v.lessons.size() - shown << " more";
        }
        std::cout << (shown > 0 ? "]\n" : "\n");
    });
    std::cout << "violations listed=" << lines << "\n";
}

void setProgress(SolverOptions &options, bool quiet)
{
    if (!quiet) {
        options.progress = [](const Progress &p) {
            std::fprintf(stderr, "%7.2fs it=%lld cur=%d/%lld best=%d/%lld T=%.3f\n", p.seconds,
                         static_cast<long long>(p.iterations), p.hard, static_cast<long long>(p.soft),
                         p.bestHard, static_cast<long long>(p.bestSoft), p.temperature);
        };
    }
}

/// Share of Kempe-chain moves for FET files unless --kempe-rate is given. Chains were off for FET
/// files until the twenty-fifth session (they were slow over a school's large students sets when
/// they were first written). At 60 s 0.1 leaves about a third fewer violations on
/// GYR-more-difficult (seeds 1-8: 52.6 -> 34.6; an earlier set, seeds 1-4: 48.8 -> 24.8, and
/// 29.0 at 0.3). Since the twenty-sixth session chains take in lessons with building and ends-day
/// rules and since the twenty-seventh lessons with grouped rules, all priced without moving
/// anything; Econ-v0.8, v1_7 and Eng_College were level with and without them at 60 s
/// (tests/bench/timetable/RESULTS-timetable.md).
constexpr double FetKempeRate = 0.1;

int solveFet(const std::string &path, const std::string &out, const std::string &locked, SolverOptions options,
             bool quiet, bool kempeRateGiven, int explain)
{
    FetImport fet;
    std::string error;
    if (!importFet(path, fet, &error)) {
        std::cerr << path << ": " << error << "\n";
        return 1;
    }
    const Problem &p = fet.problem;
    std::cout << "fet=" << path << " activities=" << fet.activities() << " inactive=" << fet.inactiveActivities
              << " resources=" << p.resources.size() << " rooms=" << p.rooms.size() << " days=" << p.days
              << " hours=" << p.periodsPerDay << "\n";
    for (const auto &[type, n] : fet.imported) {
        std::cout << "imported " << type << " " << n << "\n";
    }
    for (const auto &[type, n] : fet.unsupported) {
        std::cout << "unsupported " << type << " hard=" << n.first << " soft=" << n.second << "\n";
    }
    for (const auto &w : fet.warnings) {
        std::cout << "warning " << w << "\n";
    }
    // FET soft weights are percentages (up to 99): hard violations must dominate them
    options.hardWeight = std::max(options.hardWeight, 10000);
    options.adaptiveHardWeight = false;
    if (!kempeRateGiven) {
        options.kempeRate = FetKempeRate;
    }
    setProgress(options, quiet);
    const SolverResult result = solve(p, options);
    if (!result.error.empty()) {
        std::cerr << "invalid problem: " << result.error << "\n";
        return 1;
    }
    if (!out.empty()) {
        std::ofstream o(out);
        writeFetTimetable(o, fet, result.solution);
    }
    if (!locked.empty() && !writeFetLocked(path, fet, result.solution, locked, &error)) {
        std::cerr << error << "\n";
        return 1;
    }
    std::cout << "seed=" << options.seed << " seconds=" << result.seconds << " iterations=" << result.iterations
              << " firstFeasible=" << result.firstFeasibleSeconds << " unsupportedHard=" << fet.unsupportedHard()
              << " repairRestarts=" << result.repairRestarts << " kempeChains=" << result.kempeChains
              << " blockChains=" << result.blockChains << "\n";
    printBreakdown(result.cost);
    if (explain > 0) {
        printViolations(p, result.solution, explain > 1, fet.dayNames, fet.hourNames);
    }
    if (result.internalHard != result.cost.hard() || result.internalSoft != result.cost.soft()) {
        std::cerr << "solver bookkeeping disagrees with evaluate(): " << result.internalHard << "/"
                  << result.internalSoft << " vs " << result.cost.hard() << "/" << result.cost.soft() << "\n";
    }
    return result.cost.hard() == 0 ? 0 : 3;
}


int generate(int argc, char **argv)
{
    CttGeneratorOptions o;
    std::string out;
    std::string planted;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc) {
            std::cerr << "missing value for " << a << "\n";
            return 2;
        }
        const std::string v = argv[++i];
        try {
            if (a == "--out") {
                out = v;
            } else if (a == "--planted") {
                planted = v;
            } else if (a == "--seed") {
                o.seed = std::stoull(v);
            } else if (a == "--name") {
                o.name = v;
            } else if (a == "--days") {
                o.days = std::stoi(v);
            } else if (a == "--periods") {
                o.periodsPerDay = std::stoi(v);
            } else if (a == "--rooms") {
                o.rooms = std::stoi(v);
            } else if (a == "--occupancy") {
                o.occupancy = std::stod(v);
            } else if (a == "--curricula") {
                o.curricula = std::stoi(v);
            } else if (a == "--curriculum-size") {
                const auto dash = v.find('-');
                o.minCurriculumSize = std::stoi(v.substr(0, dash));
                o.maxCurriculumSize = dash == std::string::npos ? o.minCurriculumSize : std::stoi(v.substr(dash + 1));
            } else if (a == "--courses-per-teacher") {
                o.coursesPerTeacher = std::stod(v);
            } else if (a == "--unavailable") {
                o.unavailable = std::stod(v);
            } else {
                std::cerr << "unknown option " << a << "\n";
                usage();
                return 2;
            }
        } catch (const std::exception &) {
            std::cerr << "bad value for " << a << ": " << v << "\n";
            return 2;
        }
    }
    const std::string problem = checkGeneratorOptions(o);
    if (!problem.empty() || out.empty()) {
        std::cerr << (out.empty() ? std::string("--out is required") : problem) << "\n";
        return 2;
    }
    std::vector<CttAssignment> plantedSolution;
    const CttInstance instance = generateCtt(o, &plantedSolution);
    std::ofstream o1(out);
    writeCtt(o1, instance);
    o1.close();
    if (!o1) {
        std::cerr << "cannot write " << out << "\n";
        return 1;
    }
    if (!planted.empty()) {
        std::ofstream o2(planted);
        writeCttSolution(o2, plantedSolution);
        o2.close();
        if (!o2) {
            std::cerr << "cannot write " << planted << "\n";
            return 1;
        }
    }
    size_t lectures = 0;
    for (const auto &c : instance.courses) {
        lectures += size_t(c.lectures);
    }
    std::cout << "instance=" << instance.name << " courses=" << instance.courses.size() << " lectures=" << lectures
              << " rooms=" << instance.rooms.size() << " curricula=" << instance.curricula.size()
              << " unavailability=" << instance.unavailability.size() << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage();
        return 2;
    }
    const std::string command = argv[1];
    if (command == "generate") {
        return generate(argc, argv);
    }
    std::string ctt;
    std::string fet;
    std::string sol;
    std::string out;
    std::string locked;
    SolverOptions options;
    bool quiet = false;
    int explain = 0; // 1: list hard violations of the result, 2: every cost
    bool kempeRateGiven = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "missing value for " << a << "\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--ctt") {
            ctt = value();
        } else if (a == "--fet") {
            fet = value();
        } else if (a == "--sol") {
            sol = value();
        } else if (a == "--out") {
            out = value();
        } else if (a == "--locked-fet") {
            locked = value();
        } else if (a == "--time-limit") {
            options.timeLimitSeconds = std::stod(value());
        } else if (a == "--iterations") {
            options.maxIterations = std::stoll(value());
        } else if (a == "--seed") {
            options.seed = std::stoull(value());
        } else if (a == "--t0") {
            options.initialTemperature = std::stod(value());
        } else if (a == "--t1") {
            options.finalTemperature = std::stod(value());
        } else if (a == "--soft-ruin-rate") {
            options.softRuinRate = std::stod(value());
        } else if (a == "--reheat-after") {
            options.reheatAfter = std::stod(value());
        } else if (a == "--reheat-factor") {
            options.reheatFactor = std::stod(value());
        } else if (a == "--soft-focus-rate") {
            options.softFocusRate = std::stod(value());
        } else if (a == "--spread-rate") {
            options.spreadRate = std::stod(value());
        } else if (a == "--slot-swap-rate") {
            options.slotSwapRate = std::stod(value());
        } else if (a == "--anneal-moves-per-lesson") {
            options.annealMovesPerLesson = std::stod(value());
        } else if (a == "--best-room-rate") {
            options.bestRoomRate = std::stod(value());
        } else if (a == "--eject-rate") {
            options.ejectRate = std::stod(value());
        } else if (a == "--swap-rate") {
            options.swapRate = std::stod(value());
        } else if (a == "--kempe-rate") {
            options.kempeRate = std::stod(value());
            kempeRateGiven = true;
        } else if (a == "--block-chain-rate") {
            options.blockChainRate = std::stod(value());
        } else if (a == "--stop-when-feasible") {
            options.stopWhenFeasible = true;
        } else if (a == "--kempe-room-rate") {
            options.kempeRoomRate = std::stod(value());
        } else if (a == "--repair-restart-moves") {
            options.repairRestartMoves = std::stoll(value());
        } else if (a == "--repair-restart-reset") {
            options.repairRestartResetWeights = true;
        } else if (a == "--ruin-rate") {
            options.ruinRate = std::stod(value());
        } else if (a == "--group-eject-rate") {
            options.groupEjectRate = std::stod(value());
        } else if (a == "--best-move-focus") {
            options.bestMoveFocus = std::stoi(value());
        } else if (a == "--ruin-size") {
            options.ruinSize = std::stoi(value());
        } else if (a == "--best-move-rate") {
            options.bestMoveRate = std::stod(value());
        } else if (a == "--free-starts") {
            options.freeStarts = std::stoi(value()) != 0;
        } else if (a == "--drop-clashes") {
            options.dropClashes = std::stoi(value()) != 0;
        } else if (a == "--adjacent-rate") {
            options.adjacentRate = std::stod(value());
        } else if (a == "--adaptive") {
            options.adaptiveHardWeight = true;
        } else if (a == "--no-adaptive") {
            options.adaptiveHardWeight = false;
        } else if (a == "--min-hard-weight") {
            options.minHardWeight = std::stod(value());
        } else if (a == "--hard-weight") {
            options.hardWeight = std::stoi(value());
        } else if (a == "--repair-share") {
            options.repairShare = std::stod(value());
        } else if (a == "--constraint-weight-interval") {
            options.constraintWeightInterval = std::stoll(value());
        } else if (a == "--constraint-weight-decay") {
            options.constraintWeightDecay = std::stoi(value());
        } else if (a == "--repair-t") {
            options.repairTemperature = std::stod(value());
        } else if (a == "--repair-hard-weight") {
            options.repairHardWeight = std::stoi(value());
            options.repairHardOnly = false;
        } else if (a == "--explain") {
            explain = std::max(explain, 1);
        } else if (a == "--explain-all") {
            explain = 2;
        } else if (a == "--quiet") {
            quiet = true;
        } else {
            std::cerr << "unknown option " << a << "\n";
            usage();
            return 2;
        }
    }
    if (options.maxIterations >= 0 && options.timeLimitSeconds == 60) {
        options.timeLimitSeconds = 0; // an explicit iteration budget replaces the default time limit
    }
    if (!fet.empty() && command == "solve") {
        return solveFet(fet, out, locked, options, quiet, kempeRateGiven, explain);
    }
    if (ctt.empty()) {
        usage();
        return 2;
    }
    CttInstance instance;
    std::string error;
    if (!loadCtt(ctt, instance, &error)) {
        std::cerr << ctt << ": " << error << "\n";
        return 1;
    }
    if (command == "evaluate") {
        std::ifstream in(sol);
        std::vector<CttAssignment> assignments;
        if (!in || !parseCttSolution(in, assignments, &error)) {
            std::cerr << sol << ": " << (in ? error : "cannot open") << "\n";
            return 1;
        }
        printUd2(evaluateUd2(instance, assignments));
        return 0;
    }
    if (command != "solve") {
        usage();
        return 2;
    }
    const Problem problem = toProblem(instance);
    setProgress(options, quiet);
    const SolverResult result = solve(problem, options);
    if (!result.error.empty()) {
        std::cerr << "invalid problem: " << result.error << "\n";
        return 1;
    }
    const auto assignments = toCttSolution(instance, problem, result.solution);
    if (!out.empty()) {
        std::ofstream o(out);
        writeCttSolution(o, assignments);
    }
    const Ud2Cost cost = evaluateUd2(instance, assignments);
    std::cout << "instance=" << instance.name << " seed=" << options.seed << " seconds=" << result.seconds
              << " iterations=" << result.iterations << " firstFeasible=" << result.firstFeasibleSeconds
              << " firstFeasibleMoves=" << result.firstFeasibleMoves << " reheats=" << result.reheats
              << " anneals=" << result.anneals << "\n";
    printUd2(cost);
    if (explain > 0) {
        printViolations(problem, result.solution, explain > 1, {}, {});
    }
    return cost.hard() == 0 ? 0 : 3;
}
