#pragma once

// Import of FET (https://lalescu.ro/liviu/fet/) .fet files into the generic model.
//
// Supported: days, hours, teachers, the students hierarchy (years > groups > subgroups,
// expanded to atomic subgroups), rooms with capacity, activities (several teachers and
// students sets, durations, split activities), and these constraints (weight 100 % = hard,
// lower weights become soft costs of `weight` per violation):
//   BasicCompulsoryTime/Space, BreakTimes, Teacher/StudentsSet/Room NotAvailableTimes,
//   ActivityPreferredStartingTime(s), ActivityPreferredTimeSlots,
//   ActivitiesPreferredTimeSlots/StartingTimes (teacher/students/subject/tag/duration filters; a
//   students filter takes every activity sharing a student with the set) and their Subactivities
//   variants (one component of each split activity),
//   MinDaysBetweenActivities, ActivitiesSameStartingTime (hard only),
//   Teacher(s)/Students(Set) MaxHoursDaily, MinHoursDaily (with or without empty days),
//   MaxGapsPerDay, MaxGapsPerWeek (as in FET, a break or not-available period is no gap),
//   Students(Set)EarlyMaxBeginningsAtSecondHour (breaks and not-available periods skipped),
//   Teacher(s)MaxDaysPerWeek, Teacher(s)MinDaysPerWeek, Teacher(s)/Students(Set)IntervalMaxDaysPerWeek (a
//   second interval of a resource through a rules-only resource that holds the same lessons),
//   Teacher(s)/Students(Set) MaxSpanPerDay (with or without the one day of one period more),
//   Teacher(s)/Students(Set) MinRestingHours (circular or not),
//   Teacher(s)/Students(Set) MaxHoursContinuously and their ActivityTag MaxHoursDaily/Continuously
//   variants (through virtual per-tag resources),
//   ActivityPreferredRoom(s), ActivityTag/Subject/SubjectActivityTag PreferredRoom(s),
//   StudentsSetHomeRoom(s), TeacherHomeRoom(s),
//   TwoActivitiesGrouped, ThreeActivitiesGrouped (same day, back to back, any order; breaks
//   between them allowed, as in FET),
//   ActivityEndsStudentsDay, ActivitiesEndStudentsDay (teacher/students/subject/tag filters),
//   Teacher(s)/Students(Set) MaxBuildingChangesPerDay, MaxBuildingChangesPerWeek and
//   MinGapsBetweenBuildingChanges (rooms keep their <Building>; lessons without a room or in a
//   room without a building are ignored, as in FET),
//   ActivitiesNotOverlapping (hard), TwoActivitiesConsecutive, TwoActivitiesOrdered(IfSameDay),
//   ActivitiesSameStartingDay, ActivitiesSameStartingHour, MinGapsBetweenActivities,
//   ActivitiesSameRoomIfConsecutive, MaxDaysBetweenActivities, ActivitiesMaxSimultaneousInSelectedTimeSlots
//   and Students(Set)/Teacher(s) MinGapsBetweenOrderedPairOfActivityTags (kinds of GroupedConstraint), ActivitiesOccupyMaxTimeSlotsFromSelection (a rules-only resource),
//   ActivitiesOccupyMaxDifferentRooms (Problem::roomGroups).
// Names are read as written (FET keeps leading and trailing spaces). An activity whose room is a
// virtual room takes one real room of each of the virtual room's sets, through one real-room
// lesson per set that starts with it (FetImport::realRoomLessons). Of a choice among virtual
// rooms, one that does whatever another does (free whenever it is, each of its sets holding a
// whole set of the other's) leaves the other out; a choice that stays between a virtual room and
// other rooms is reported as not modelled.
// Every other constraint is listed in FetImport::unsupported (by type, hard/soft counts).

#include "model.h"

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace Ebilim::Timetable {

struct FetImport
{
    Problem problem;
    std::vector<std::string> dayNames;
    std::vector<std::string> hourNames;
    int inactiveActivities = 0;
    /// constraint type -> {active hard constraints not modelled, active soft ones not modelled}
    std::map<std::string, std::pair<int, int>> unsupported;
    /// constraint type -> number of active constraints imported
    std::map<std::string, int> imported;
    std::vector<std::string> warnings;
    /// Per room: a virtual room's sets of real rooms (room indices), none for a real room.
    std::vector<std::vector<std::vector<int>>> realRoomSets;
    /// Per lesson: the virtual room of an activity placed in one (the lesson itself then has no
    /// room), -1 otherwise.
    std::vector<int> virtualRoom;
    /// Per lesson: the lessons that stand for the real rooms of its virtual room, one per set of
    /// real rooms, in the sets' order. Each starts with the activity, in a room of its set.
    std::vector<std::vector<int>> realRoomLessons;
    /// Per lesson: for a real-room lesson, the activity's lesson it belongs to; -1 otherwise.
    std::vector<int> partOf;
    int unsupportedHard() const;
    bool isRealRoomLesson(int lesson) const { return size_t(lesson) < partOf.size() && partOf[size_t(lesson)] >= 0; }
    int virtualRoomOf(int lesson) const
    {
        return size_t(lesson) < virtualRoom.size() ? virtualRoom[size_t(lesson)] : -1;
    }
    /// Activities imported (lessons without the real-room lessons).
    int activities() const;
};

/// Reads a .fet file. Returns false and sets *error if the file cannot be read or parsed.
bool importFet(const std::string &path, FetImport &out, std::string *error = nullptr);

/// Writes the timetable as `activity id;day;hour;room` lines (header first).
void writeFetTimetable(std::ostream &out, const FetImport &fet, const Solution &solution);

/// Writes a copy of the .fet file `inputPath` in which every placed activity is locked to its
/// start and room of `solution` (100 % ActivityPreferredStartingTime and ActivityPreferredRoom,
/// permanently locked), without the file's constraints below 100 % (FET applies those by
/// chance). FET itself then checks the timetable: fet-cl places every activity at once if the
/// timetable breaks none of the file's mandatory constraints, and cannot otherwise.
bool writeFetLocked(const std::string &inputPath, const FetImport &fet, const Solution &solution,
                    const std::string &outputPath, std::string *error = nullptr);

} // namespace Ebilim::Timetable
