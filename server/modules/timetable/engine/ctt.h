#pragma once

// ITC-2007 Track 3 (curriculum-based course timetabling) format: instance loader,
// solution reader/writer, conversion to the generic model and an independent
// evaluator of the competition objective UD2.

#include "model.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace Ebilim::Timetable {

struct CttCourse
{
    std::string name;
    std::string teacher;
    int lectures = 0;
    int minDays = 0;
    int students = 0;
};

struct CttRoom
{
    std::string name;
    int capacity = 0;
};

struct CttCurriculum
{
    std::string name;
    std::vector<std::string> courses;
};

struct CttUnavailability
{
    std::string course;
    int day = 0;
    int period = 0;
};

struct CttInstance
{
    std::string name;
    int days = 0;
    int periodsPerDay = 0;
    std::vector<CttCourse> courses;
    std::vector<CttRoom> rooms;
    std::vector<CttCurriculum> curricula;
    std::vector<CttUnavailability> unavailability;
};

/// One line of a .sol file: `course room day period`.
struct CttAssignment
{
    std::string course;
    std::string room;
    int day = 0;
    int period = 0;
};

/// UD2 cost; hard components are violation counts as in the official validator.
struct Ud2Cost
{
    int lectures = 0;       ///< missing/extra lectures and lectures of one course in one period
    int conflicts = 0;      ///< pairs of lectures of conflicting courses in one period
    int availability = 0;   ///< lectures at unavailable periods
    int roomOccupancy = 0;  ///< extra lectures in one room and period
    int roomCapacity = 0;   ///< weight 1
    int minWorkingDays = 0; ///< weight 5
    int curriculumCompactness = 0; ///< weight 2
    int roomStability = 0;  ///< weight 1
    int hard() const { return lectures + conflicts + availability + roomOccupancy; }
    int soft() const { return roomCapacity + minWorkingDays + curriculumCompactness + roomStability; }
};

/// Parses a .ctt instance. Returns false and sets *error on malformed input.
bool parseCtt(std::istream &in, CttInstance &instance, std::string *error = nullptr);
bool loadCtt(const std::string &path, CttInstance &instance, std::string *error = nullptr);

/// Parses a .sol file (lines `course room day period`). Returns false on malformed lines.
bool parseCttSolution(std::istream &in, std::vector<CttAssignment> &out, std::string *error = nullptr);
void writeCttSolution(std::ostream &out, const std::vector<CttAssignment> &solution);

/// Evaluates a solution from the problem definition alone (not using the generic model).
Ud2Cost evaluateUd2(const CttInstance &instance, const std::vector<CttAssignment> &solution);

/// Generic model of the instance: one lesson per lecture, courses in file order,
/// teachers then curricula as resources.
Problem toProblem(const CttInstance &instance);

/// Converts a generic solution of toProblem(instance) back to .sol lines.
std::vector<CttAssignment> toCttSolution(const CttInstance &instance, const Problem &problem,
                                         const Solution &solution);

/// Converts .sol lines to a generic solution of toProblem(instance) (unknown lines ignored).
Solution fromCttSolution(const CttInstance &instance, const Problem &problem,
                         const std::vector<CttAssignment> &solution);

} // namespace Ebilim::Timetable
