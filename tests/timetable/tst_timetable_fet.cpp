// FET import: a hand-written file with known semantics, and shipped examples when installed.
#include "fet.h"
#include "solver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sstream>

using namespace Ebilim::Timetable;

namespace {

const char *tinyFet = R"(<?xml version="1.0" encoding="UTF-8"?>
<fet version="6.8.5">
<Institution_Name>Tiny</Institution_Name>
<Days_List><Number_of_Days>3</Number_of_Days>
<Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day><Day><Name>Wed</Name></Day>
</Days_List>
<Hours_List><Number_of_Hours>3</Number_of_Hours>
<Hour><Name>h1</Name></Hour><Hour><Name>h2</Name></Hour><Hour><Name>h3</Name></Hour>
</Hours_List>
<Teachers_List>
<Teacher><Name>Ann</Name></Teacher><Teacher><Name>Bob</Name></Teacher>
</Teachers_List>
<Students_List>
<Year><Name>Y1</Name><Number_of_Students>40</Number_of_Students>
  <Group><Name>G1</Name><Number_of_Students>40</Number_of_Students>
    <Subgroup><Name>S1</Name><Number_of_Students>20</Number_of_Students></Subgroup>
    <Subgroup><Name>S2</Name><Number_of_Students>20</Number_of_Students></Subgroup>
  </Group>
</Year>
</Students_List>
<Rooms_List>
<Room><Name>Big</Name><Building></Building><Capacity>50</Capacity></Room>
<Room><Name>Lab1</Name><Building></Building><Capacity>20</Capacity></Room>
<Room><Name>Lab2</Name><Building></Building><Capacity>20</Capacity></Room>
</Rooms_List>
<Activities_List>
<Activity><Teacher>Ann</Teacher><Subject>Math</Subject><Students>Y1</Students><Duration>1</Duration>
  <Total_Duration>2</Total_Duration><Id>1</Id><Activity_Group_Id>1</Activity_Group_Id><Active>true</Active></Activity>
<Activity><Teacher>Ann</Teacher><Subject>Math</Subject><Students>Y1</Students><Duration>1</Duration>
  <Total_Duration>2</Total_Duration><Id>2</Id><Activity_Group_Id>1</Activity_Group_Id><Active>true</Active></Activity>
<Activity><Teacher>Ann</Teacher><Subject>Lab</Subject><Activity_Tag>lab</Activity_Tag><Students>S1</Students>
  <Duration>2</Duration><Total_Duration>2</Total_Duration><Id>3</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
<Activity><Teacher>Bob</Teacher><Subject>Lab</Subject><Activity_Tag>lab</Activity_Tag><Students>S2</Students>
  <Duration>2</Duration><Total_Duration>2</Total_Duration><Id>4</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>
<Activity><Teacher>Bob</Teacher><Subject>Art</Subject><Students>S2</Students><Duration>1</Duration>
  <Total_Duration>1</Total_Duration><Id>5</Id><Activity_Group_Id>0</Activity_Group_Id><Active>false</Active></Activity>
</Activities_List>
<Time_Constraints_List>
<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>
<ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>Ann</Teacher>
  <Number_of_Not_Available_Times>3</Number_of_Not_Available_Times>
  <Not_Available_Time><Day>Mon</Day><Hour>h1</Hour></Not_Available_Time>
  <Not_Available_Time><Day>Mon</Day><Hour>h2</Hour></Not_Available_Time>
  <Not_Available_Time><Day>Mon</Day><Hour>h3</Hour></Not_Available_Time>
  <Active>true</Active></ConstraintTeacherNotAvailableTimes>
<ConstraintMinDaysBetweenActivities><Weight_Percentage>100</Weight_Percentage><Consecutive_If_Same_Day>false</Consecutive_If_Same_Day>
  <Number_of_Activities>2</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id>
  <MinDays>1</MinDays><Active>true</Active></ConstraintMinDaysBetweenActivities>
<ConstraintActivitiesSameStartingTime><Weight_Percentage>100</Weight_Percentage><Number_of_Activities>2</Number_of_Activities>
  <Activity_Id>3</Activity_Id><Activity_Id>4</Activity_Id><Active>true</Active></ConstraintActivitiesSameStartingTime>
<ConstraintTeacherMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage><Teacher_Name>Bob</Teacher_Name>
  <Max_Days_Per_Week>1</Max_Days_Per_Week><Active>true</Active></ConstraintTeacherMaxDaysPerWeek>
<ConstraintTwoActivitiesGrouped><Weight_Percentage>100</Weight_Percentage><First_Activity_Id>1</First_Activity_Id>
  <Second_Activity_Id>3</Second_Activity_Id><Active>false</Active></ConstraintTwoActivitiesGrouped>
<ConstraintTwoActivitiesOrdered><Weight_Percentage>80</Weight_Percentage><First_Activity_Id>1</First_Activity_Id>
  <Second_Activity_Id>3</Second_Activity_Id><Active>true</Active></ConstraintTwoActivitiesOrdered>
</Time_Constraints_List>
<Space_Constraints_List>
<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsorySpace>
<ConstraintActivityTagPreferredRooms><Weight_Percentage>100</Weight_Percentage><Activity_Tag>lab</Activity_Tag>
  <Number_of_Preferred_Rooms>3</Number_of_Preferred_Rooms><Preferred_Room>Lab1</Preferred_Room><Preferred_Room>Lab2</Preferred_Room>
  <Preferred_Room>Big</Preferred_Room><Active>true</Active></ConstraintActivityTagPreferredRooms>
<ConstraintSubjectPreferredRoom><Weight_Percentage>100</Weight_Percentage><Subject>Math</Subject><Room>Lab1</Room>
  <Active>true</Active></ConstraintSubjectPreferredRoom>
</Space_Constraints_List>
</fet>
)";

QString fetExamples()
{
    return QStringLiteral("/usr/share/doc/fet-data/examples/FET-5-official");
}

} // namespace

class TestTimetableFet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTinyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("tiny.fet"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tinyFet);
        f.close();
        FetImport fet;
        std::string error;
        QVERIFY2(importFet(path.toStdString(), fet, &error), error.c_str());
        const Problem &p = fet.problem;
        QCOMPARE(p.days, 3);
        QCOMPARE(p.periodsPerDay, 3);
        QCOMPARE(int(p.lessons.size()), 4); // activity 5 is inactive
        QCOMPARE(fet.inactiveActivities, 1);
        // Y1 expands to both subgroups; Ann + S1 + S2
        QCOMPARE(int(p.lessons[0].resources.size()), 3);
        QCOMPARE(p.lessons[0].students, 40);
        // split activity 1+2 is one course; min days is a hard pair spread
        QCOMPARE(p.lessons[0].course, p.lessons[1].course);
        QCOMPARE(int(p.spreads.size()), 1);
        QVERIFY(p.spreads[0].hard);
        // same starting time
        QVERIFY(p.lessons[2].sameStartGroup >= 0);
        QCOMPARE(p.lessons[2].sameStartGroup, p.lessons[3].sameStartGroup);
        // Math must go to Lab1 but holds 40 students: capacity wins, a warning is recorded
        QVERIFY(!fet.warnings.empty());
        // labs: Lab1, Lab2, Big all fit 20 students
        QCOMPARE(int(p.lessons[2].rooms.size()), 3);
        // Bob: at most one day
        QVERIFY(p.resources[1].maxDaysPerWeek.hard);
        QCOMPARE(p.resources[1].maxDaysPerWeek.limit, 1);
        // the soft TwoActivitiesOrdered is reported; the inactive grouped one is not
        QCOMPARE(fet.unsupported.count("ConstraintTwoActivitiesOrdered"), size_t(1));
        QCOMPARE(fet.unsupported["ConstraintTwoActivitiesOrdered"].second, 1);
        QCOMPARE(fet.unsupported.count("ConstraintTwoActivitiesGrouped"), size_t(0));

        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 100000;
        o.hardWeight = 10000;
        o.adaptiveHardWeight = false;
        const SolverResult r = solve(p, o);
        QCOMPARE(r.cost.hard(), 0);
        for (int l = 0; l < 4; ++l) {
            QVERIFY(r.solution[l].start >= 3); // Ann is away on Monday, and the labs start together
        }
        QVERIFY(r.solution[0].start / 3 != r.solution[1].start / 3); // min days 1
        QCOMPARE(r.solution[2].start, r.solution[3].start);
        QVERIFY(r.solution[2].room != r.solution[3].room);
        std::ostringstream csv;
        writeFetTimetable(csv, fet, r.solution);
        const std::string text = csv.str();
        QCOMPARE(int(std::count(text.begin(), text.end(), '\n')), 5);
    }

    void importsAndSolvesShippedExample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("activities");
        QTest::newRow("small-school") << QStringLiteral("Denmark/small-school.fet") << 25;
        QTest::newRow("EEBLJ-Noturno") << QStringLiteral("Brazil/2/EEBLJ-Noturno.fet") << 74;
    }

    void importsAndSolvesShippedExample()
    {
        QFETCH(QString, file);
        QFETCH(int, activities);
        const QString path = fetExamples() + QLatin1Char('/') + file;
        if (!QFile::exists(path)) {
            QSKIP("fet-data examples not installed");
        }
        FetImport fet;
        std::string error;
        QVERIFY2(importFet(path.toStdString(), fet, &error), error.c_str());
        QCOMPARE(int(fet.problem.lessons.size()) + fet.inactiveActivities, activities);
        SolverOptions o;
        o.timeLimitSeconds = 0;
        o.maxIterations = 2000000;
        o.hardWeight = 10000;
        o.adaptiveHardWeight = false;
        const SolverResult r = solve(fet.problem, o);
        QVERIFY(r.error.empty());
        if (fet.unsupportedHard() == 0) {
            QCOMPARE(r.cost.hard(), 0);
        }
        QCOMPARE(r.internalHard, r.cost.hard());
    }
};

QTEST_APPLESS_MAIN(TestTimetableFet)
#include "tst_timetable_fet.moc"
