#include "ctt.h"

#include <algorithm>
#include <fstream>
#include <istream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

namespace Ebilim::Timetable {

namespace {

bool fail(std::string *error, const std::string &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

bool parseCtt(std::istream &in, CttInstance &inst, std::string *error)
{
    inst = CttInstance{};
    std::string key;
    int nCourses = -1;
    int nRooms = -1;
    int nCurricula = -1;
    int nConstraints = -1;
    // header
    while (in >> key) {
        if (key == "Name:") {
            in >> inst.name;
        } else if (key == "Courses:") {
            in >> nCourses;
        } else if (key == "Rooms:") {
            in >> nRooms;
        } else if (key == "Days:") {
            in >> inst.days;
        } else if (key == "Periods_per_day:") {
            in >> inst.periodsPerDay;
        } else if (key == "Curricula:") {
            in >> nCurricula;
        } else if (key == "Constraints:") {
            in >> nConstraints;
        } else if (key == "COURSES:") {
            break;
        } else {
            return fail(error, "unexpected header token: " + key);
        }
        if (!in) {
            return fail(error, "bad header value after " + key);
        }
    }
    if (nCourses < 0 || nRooms < 0 || nCurricula < 0 || nConstraints < 0 || inst.days <= 0
        || inst.periodsPerDay <= 0 || key != "COURSES:") {
        return fail(error, "incomplete header");
    }
    if (inst.days > 31 || inst.periodsPerDay > 64) {
        return fail(error, "at most 31 days and 64 periods a day");
    }
    const int periods = inst.days * inst.periodsPerDay;
    for (int i = 0; i < nCourses; ++i) {
        CttCourse c;
        if (!(in >> c.name >> c.teacher >> c.lectures >> c.minDays >> c.students)) {
            return fail(error, "bad course line " + std::to_string(i));
        }
        if (c.lectures < 0 || c.minDays < 0 || c.students < 0) {
            return fail(error, "course " + c.name + ": a negative number");
        }
        if (c.lectures > periods) {
            return fail(error, "course " + c.name + ": more lectures than periods in the week");
        }
        if (c.minDays > c.lectures) {
            return fail(error, "course " + c.name + ": more minimum working days than lectures");
        }
        inst.courses.push_back(c);
    }
    if (!(in >> key) || key != "ROOMS:") {
        return fail(error, "expected ROOMS:");
    }
    for (int i = 0; i < nRooms; ++i) {
        CttRoom r;
        if (!(in >> r.name >> r.capacity) || r.capacity < 0) {
            return fail(error, "bad room line " + std::to_string(i));
        }
        inst.rooms.push_back(r);
    }
    if (!(in >> key) || key != "CURRICULA:") {
        return fail(error, "expected CURRICULA:");
    }
    for (int i = 0; i < nCurricula; ++i) {
        CttCurriculum q;
        int n = 0;
        if (!(in >> q.name >> n) || n < 0) {
            return fail(error, "bad curriculum line " + std::to_string(i));
        }
        for (int k = 0; k < n; ++k) {
            std::string c;
            if (!(in >> c)) {
                return fail(error, "bad curriculum member");
            }
            if (std::find(q.courses.begin(), q.courses.end(), c) == q.courses.end()) {
                q.courses.push_back(c); // a curriculum is a set of courses: a repeated name counts once
            }
        }
        inst.curricula.push_back(q);
    }
    if (!(in >> key) || key != "UNAVAILABILITY_CONSTRAINTS:") {
        return fail(error, "expected UNAVAILABILITY_CONSTRAINTS:");
    }
    for (int i = 0; i < nConstraints; ++i) {
        CttUnavailability u;
        if (!(in >> u.course >> u.day >> u.period)) {
            return fail(error, "bad constraint line " + std::to_string(i));
        }
        inst.unavailability.push_back(u);
    }
    if (!(in >> key) || key != "END.") {
        return fail(error, "expected END.");
    }
    std::set<std::string> names;
    for (const auto &c : inst.courses) {
        if (!names.insert(c.name).second) {
            return fail(error, "duplicate course " + c.name);
        }
    }
    std::set<std::string> roomNames;
    for (const auto &r : inst.rooms) {
        if (!roomNames.insert(r.name).second) {
            return fail(error, "duplicate room " + r.name);
        }
    }
    for (const auto &q : inst.curricula) {
        for (const auto &c : q.courses) {
            if (!names.count(c)) {
                return fail(error, "curriculum " + q.name + " names unknown course " + c);
            }
        }
    }
    for (const auto &u : inst.unavailability) {
        if (!names.count(u.course) || u.day < 0 || u.day >= inst.days || u.period < 0
            || u.period >= inst.periodsPerDay) {
            return fail(error, "bad unavailability constraint for " + u.course);
        }
    }
    return true;
}

bool loadCtt(const std::string &path, CttInstance &instance, std::string *error)
{
    std::ifstream in(path);
    if (!in) {
        return fail(error, "cannot open " + path);
    }
    return parseCtt(in, instance, error);
}

bool parseCttSolution(std::istream &in, std::vector<CttAssignment> &out, std::string *error)
{
    out.clear();
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        std::istringstream ls(line);
        CttAssignment a;
        if (!(ls >> a.course)) {
            continue; // blank line
        }
        if (!(ls >> a.room >> a.day >> a.period)) {
            return fail(error, "bad solution line " + std::to_string(lineNo));
        }
        out.push_back(a);
    }
    return true;
}

void writeCttSolution(std::ostream &out, const std::vector<CttAssignment> &solution)
{
    for (const auto &a : solution) {
        out << a.course << ' ' << a.room << ' ' << a.day << ' ' << a.period << '\n';
    }
}

Ud2Cost evaluateUd2(const CttInstance &inst, const std::vector<CttAssignment> &sol)
{
    Ud2Cost cost;
    const int nc = int(inst.courses.size());
    const int nr = int(inst.rooms.size());
    const int np = inst.days * inst.periodsPerDay;
    std::map<std::string, int> courseIndex;
    std::map<std::string, int> roomIndex;
    for (int i = 0; i < nc; ++i) {
        courseIndex[inst.courses[i].name] = i;
    }
    for (int i = 0; i < nr; ++i) {
        roomIndex[inst.rooms[i].name] = i;
    }
    std::vector<std::vector<int>> atPeriod(nc, std::vector<int>(np, 0)); // lectures of course c at period p
    std::vector<std::vector<int>> roomUse(nr, std::vector<int>(np, 0));
    std::vector<int> assigned(nc, 0);
    std::vector<std::set<int>> days(nc);
    std::vector<std::set<int>> rooms(nc);
    for (const auto &a : sol) {
        auto ci = courseIndex.find(a.course);
        auto ri = roomIndex.find(a.room);
        if (ci == courseIndex.end() || ri == roomIndex.end() || a.day < 0 || a.day >= inst.days
            || a.period < 0 || a.period >= inst.periodsPerDay) {
            ++cost.lectures; // an unusable line
            continue;
        }
        const int c = ci->second;
        const int r = ri->second;
        const int p = a.day * inst.periodsPerDay + a.period;
        ++assigned[c];
        ++atPeriod[c][p];
        ++roomUse[r][p];
        days[c].insert(a.day);
        rooms[c].insert(r);
        cost.roomCapacity += std::max(0, inst.courses[c].students - inst.rooms[r].capacity);
    }
    for (int c = 0; c < nc; ++c) {
        cost.lectures += std::abs(assigned[c] - inst.courses[c].lectures);
        for (int p = 0; p < np; ++p) {
            cost.lectures += std::max(0, atPeriod[c][p] - 1);
        }
        cost.minWorkingDays += 5 * std::max(0, inst.courses[c].minDays - int(days[c].size()));
        if (!rooms[c].empty()) {
            cost.roomStability += int(rooms[c].size()) - 1;
        }
    }
    for (int r = 0; r < nr; ++r) {
        for (int p = 0; p < np; ++p) {
            cost.roomOccupancy += std::max(0, roomUse[r][p] - 1);
        }
    }
    for (const auto &u : inst.unavailability) {
        cost.availability += atPeriod[courseIndex[u.course]][u.day * inst.periodsPerDay + u.period];
    }
    // conflicting course pairs: same teacher or common curriculum
    std::vector<std::vector<char>> conflict(nc, std::vector<char>(nc, 0));
    for (int a = 0; a < nc; ++a) {
        for (int b = a + 1; b < nc; ++b) {
            if (inst.courses[a].teacher == inst.courses[b].teacher) {
                conflict[a][b] = 1;
            }
        }
    }
    std::vector<std::vector<int>> curriculumCourses;
    for (const auto &q : inst.curricula) {
        std::vector<int> members;
        for (const auto &name : q.courses) {
            members.push_back(courseIndex[name]);
        }
        for (size_t i = 0; i < members.size(); ++i) {
            for (size_t j = 0; j < members.size(); ++j) {
                if (members[i] < members[j]) {
                    conflict[members[i]][members[j]] = 1;
                }
            }
        }
        curriculumCourses.push_back(members);
    }
    for (int a = 0; a < nc; ++a) {
        for (int b = a + 1; b < nc; ++b) {
            if (conflict[a][b]) {
                for (int p = 0; p < np; ++p) {
                    cost.conflicts += atPeriod[a][p] * atPeriod[b][p];
                }
            }
        }
    }
    // compactness: a lecture of a curriculum with no lecture of the curriculum in an adjacent
    // period of the same day
    for (const auto &members : curriculumCourses) {
        std::vector<int> count(np, 0);
        for (int c : members) {
            for (int p = 0; p < np; ++p) {
                count[p] += atPeriod[c][p];
            }
        }
        for (int d = 0; d < inst.days; ++d) {
            for (int t = 0; t < inst.periodsPerDay; ++t) {
                const int p = d * inst.periodsPerDay + t;
                if (count[p] == 0) {
                    continue;
                }
                const bool before = t > 0 && count[p - 1] > 0;
                const bool after = t + 1 < inst.periodsPerDay && count[p + 1] > 0;
                if (!before && !after) {
                    cost.curriculumCompactness += 2 * count[p];
                }
            }
        }
    }
    return cost;
}

Problem toProblem(const CttInstance &inst)
{
    Problem p;
    p.name = inst.name;
    p.days = inst.days;
    p.periodsPerDay = inst.periodsPerDay;
    p.weeks = 1;
    p.capacityWeight = 1;
    std::map<std::string, int> teacherIndex;
    for (const auto &c : inst.courses) {
        if (!teacherIndex.count(c.teacher)) {
            teacherIndex[c.teacher] = int(p.resources.size());
            Resource r;
            r.name = c.teacher;
            r.kind = Resource::Kind::Teacher;
            p.resources.push_back(r);
        }
    }
    std::map<std::string, std::vector<int>> courseCurricula;
    for (const auto &q : inst.curricula) {
        Resource r;
        r.name = q.name;
        r.kind = Resource::Kind::StudentGroup;
        r.isolatedWeight = 2;
        for (const auto &c : q.courses) {
            courseCurricula[c].push_back(int(p.resources.size()));
        }
        p.resources.push_back(r);
    }
    for (const auto &room : inst.rooms) {
        p.rooms.push_back(Room{room.name, room.capacity, 0, {}});
    }
    std::vector<int> allRooms(inst.rooms.size());
    for (size_t i = 0; i < allRooms.size(); ++i) {
        allRooms[i] = int(i);
    }
    std::map<std::string, std::vector<char>> forbidden;
    for (const auto &u : inst.unavailability) {
        auto &f = forbidden[u.course];
        f.resize(p.weekSlots(), 0);
        f[u.day * p.periodsPerDay + u.period] = 1;
    }
    for (size_t ci = 0; ci < inst.courses.size(); ++ci) {
        const auto &c = inst.courses[ci];
        p.courses.push_back(Course{c.name, 1});
        SpreadConstraint spread;
        spread.mode = SpreadConstraint::Mode::DistinctDays;
        spread.minDays = c.minDays;
        spread.weight = 5;
        std::vector<int> res{teacherIndex[c.teacher]};
        auto cq = courseCurricula.find(c.name);
        if (cq != courseCurricula.end()) {
            for (int q : cq->second) {
                if (std::find(res.begin(), res.end(), q) == res.end()) {
                    res.push_back(q);
                }
            }
        }
        for (int k = 0; k < c.lectures; ++k) {
            Lesson l;
            l.course = int(ci);
            l.students = c.students;
            l.resources = res;
            l.rooms = allRooms;
            auto f = forbidden.find(c.name);
            if (f != forbidden.end()) {
                l.forbiddenStart = f->second;
            }
            spread.lessons.push_back(int(p.lessons.size()));
            p.lessons.push_back(std::move(l));
        }
        if (c.minDays > 1) {
            p.spreads.push_back(std::move(spread));
        }
    }
    return p;
}

std::vector<CttAssignment> toCttSolution(const CttInstance &inst, const Problem &p, const Solution &sol)
{
    std::vector<CttAssignment> out;
    for (size_t i = 0; i < p.lessons.size() && i < sol.size(); ++i) {
        const Assignment &a = sol[i];
        if (a.start < 0 || a.room == NoRoom) {
            continue;
        }
        out.push_back(CttAssignment{inst.courses[p.lessons[i].course].name, inst.rooms[a.room].name,
                                    a.start / p.periodsPerDay, a.start % p.periodsPerDay});
    }
    return out;
}

Solution fromCttSolution(const CttInstance &inst, const Problem &p, const std::vector<CttAssignment> &sol)
{
    Solution out(p.lessons.size());
    std::map<std::string, int> roomIndex;
    for (size_t i = 0; i < inst.rooms.size(); ++i) {
        roomIndex[inst.rooms[i].name] = int(i);
    }
    std::map<std::string, std::vector<int>> freeLessons; // course -> unfilled lesson indices
    for (int i = int(p.lessons.size()) - 1; i >= 0; --i) {
        freeLessons[inst.courses[p.lessons[i].course].name].push_back(i);
    }
    for (const auto &a : sol) {
        auto it = freeLessons.find(a.course);
        auto r = roomIndex.find(a.room);
        if (it == freeLessons.end() || it->second.empty() || r == roomIndex.end()) {
            continue;
        }
        const int l = it->second.back();
        it->second.pop_back();
        out[l] = Assignment{a.day * p.periodsPerDay + a.period, r->second};
    }
    return out;
}

} // namespace Ebilim::Timetable
