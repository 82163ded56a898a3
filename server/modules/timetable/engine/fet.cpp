#include "fet.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <numeric>
#include <ostream>
#include <set>
#include <tuple>

namespace Ebilim::Timetable {

namespace {

/// Minimal element tree built with QXmlStreamReader.
struct Node
{
    QString name;
    QString text;
    std::vector<Node> kids;

    const Node *child(QLatin1String n) const
    {
        for (const Node &k : kids) {
            if (k.name == n) {
                return &k;
            }
        }
        return nullptr;
    }
    /// The text of a leaf as it is written: FET keeps the spaces round a name, and another name
    /// refers to it with them (Algeria/Algerian-college/Find-the-gaps.fet has a subject named
    /// "   "; India/2021/St-Joseph-EMHSS-Puthanangadi/stjosephemhss.fet a room " 9 B"). Trimmed
    /// they would be other names, or none: a constraint on subject "   " read as one on every
    /// activity, a room " 9 B" locked as "9 B", which FET does not know. Elements with children
    /// give the empty string.
    std::string leafText() const { return kids.empty() ? text.toStdString() : std::string(); }
    std::string value(QLatin1String n) const
    {
        const Node *k = child(n);
        return k ? k->leafText() : std::string();
    }
    std::vector<const Node *> children(QLatin1String n) const
    {
        std::vector<const Node *> out;
        for (const Node &k : kids) {
            if (k.name == n) {
                out.push_back(&k);
            }
        }
        return out;
    }
    std::vector<std::string> values(QLatin1String n) const
    {
        std::vector<std::string> out;
        for (const Node &k : kids) {
            if (k.name == n) {
                out.push_back(k.leafText());
            }
        }
        return out;
    }
};

void readElement(QXmlStreamReader &xml, Node &node)
{
    node.name = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            node.kids.emplace_back();
            readElement(xml, node.kids.back());
        } else if (token == QXmlStreamReader::Characters) {
            node.text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            return;
        }
    }
}

struct ActivityInfo
{
    std::string id;
    std::vector<std::string> teachers;
    std::vector<std::string> students;
    std::string subject;
    std::vector<std::string> tags;
    int duration = 1;
    int component = 1; ///< place in its split activity (file order), 1 for an activity not split
    int lesson = -1;
    std::vector<char> allowed;  ///< per start (hard)
    std::vector<int> slotCost;  ///< per start (soft)
    std::vector<std::set<int>> hardRooms;
    std::vector<std::pair<std::set<int>, int>> softRooms;
    std::vector<std::set<int>> homeRooms;
    std::set<int> lockedRealRooms; ///< the real rooms a 100 % preferred virtual room names
};

int toInt(const std::string &s, int fallback = 0)
{
    try {
        return s.empty() ? fallback : std::stoi(s);
    } catch (...) {
        return fallback;
    }
}

double toDouble(const std::string &s, double fallback = 100)
{
    try {
        return s.empty() ? fallback : std::stod(s);
    } catch (...) {
        return fallback;
    }
}

/// Like tighten(), for a lower bound: the larger limit is the stricter one.
void tightenMin(Rule &rule, int limit, double weight)
{
    const bool hard = weight >= 100;
    const int w = std::max(1, int(std::lround(weight)));
    if (hard) {
        if (!rule.active() || !rule.hard || limit > rule.limit) {
            rule = Rule{limit, 1, true};
        }
    } else if (!rule.hard) {
        if (!rule.active() || limit > rule.limit || (limit == rule.limit && w > rule.weight)) {
            rule = Rule{limit, w, false};
        }
    }
}

void tighten(Rule &rule, int limit, double weight)
{
    const bool hard = weight >= 100;
    const int w = std::max(1, int(std::lround(weight)));
    if (hard) {
        if (!rule.active() || !rule.hard || limit < rule.limit) {
            rule = Rule{limit, 1, true};
        }
    } else if (!rule.hard) {
        if (!rule.active() || limit < rule.limit || (limit == rule.limit && w > rule.weight)) {
            rule = Rule{limit, w, false};
        }
    }
}

/// The n lowest bits set (n <= 64).
uint64_t ones64(int n)
{
    return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1;
}

/// Does virtual room a do for lesson l whatever virtual room b does? It is free whenever b is, in
/// the same building, at no higher room cost, and each of its sets can take the real room of a
/// different set of b (a set of a holding that whole set of b): a timetable with l in b becomes
/// one with l in a at the same start, in some of the same real rooms.
bool dominates(const Problem &p, const std::vector<std::vector<std::vector<int>>> &sets, const Lesson &l, int a, int b)
{
    const Room &ra = p.rooms[size_t(a)];
    const Room &rb = p.rooms[size_t(b)];
    if (ra.building != rb.building || sets[size_t(a)].size() > sets[size_t(b)].size()) {
        return false;
    }
    if (!l.roomCost.empty() && l.roomCost[size_t(a)] > l.roomCost[size_t(b)]) {
        return false;
    }
    for (size_t s = 0; s < ra.unavailable.size(); ++s) {
        if (ra.unavailable[s] && (rb.unavailable.empty() || !rb.unavailable[s])) {
            return false;
        }
    }
    const auto &sa = sets[size_t(a)];
    const auto &sb = sets[size_t(b)];
    auto holds = [&](size_t i, size_t j) {
        return std::all_of(sb[j].begin(), sb[j].end(),
                           [&](int r) { return std::find(sa[i].begin(), sa[i].end(), r) != sa[i].end(); });
    };
    // a matching of a's sets into b's, by augmenting paths
    std::vector<int> owner(sb.size(), -1);
    std::vector<char> seen;
    std::function<bool(size_t)> augment = [&](size_t i) {
        for (size_t j = 0; j < sb.size(); ++j) {
            if (!seen[j] && holds(i, j)) {
                seen[j] = 1;
                if (owner[j] < 0 || augment(size_t(owner[j]))) {
                    owner[j] = int(i);
                    return true;
                }
            }
        }
        return false;
    };
    for (size_t i = 0; i < sa.size(); ++i) {
        seen.assign(sb.size(), 0);
        if (!augment(i)) {
            return false;
        }
    }
    return true;
}

/// Lesson l's rooms without the virtual rooms another of them dominates (of equivalent ones the
/// first is kept). Nothing is lost: every timetable with l in a dropped room has a twin with l in
/// a kept one.
std::vector<int> undominatedVirtualRooms(const Problem &p, const std::vector<std::vector<std::vector<int>>> &sets,
                                         const Lesson &l, const std::vector<int> &rooms)
{
    std::vector<int> kept = rooms;
    for (size_t k = 0; k < rooms.size(); ++k) {
        const int b = rooms[k];
        if (sets[size_t(b)].empty()) {
            continue; // a real room
        }
        const bool dropped = std::any_of(kept.begin(), kept.end(), [&](int a) {
            if (a == b || sets[size_t(a)].empty() || !dominates(p, sets, l, a, b)) {
                return false;
            }
            const bool before = std::find(rooms.begin(), rooms.end(), a) < rooms.begin() + std::ptrdiff_t(k);
            return before || !dominates(p, sets, l, b, a);
        });
        if (dropped) {
            kept.erase(std::find(kept.begin(), kept.end(), b));
        }
    }
    return kept;
}

} // namespace

int FetImport::activities() const
{
    return int(std::count(partOf.begin(), partOf.end(), -1));
}

int FetImport::unsupportedHard() const
{
    int n = 0;
    for (const auto &[type, counts] : unsupported) {
        n += counts.first;
    }
    return n;
}

bool importFet(const std::string &path, FetImport &out, std::string *error)
{
    out = FetImport{};
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = "cannot open " + path;
        }
        return false;
    }
    QXmlStreamReader xml(&file);
    Node root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            readElement(xml, root);
            break;
        }
    }
    if (xml.hasError() || root.name != QLatin1String("fet")) {
        if (error) {
            *error = "not a FET file: " + xml.errorString().toStdString();
        }
        return false;
    }
    Problem &p = out.problem;
    p.name = root.value(QLatin1String("Institution_Name"));
    p.weeks = 1;
    p.capacityWeight = 0;
    auto names = [](const Node *list, QLatin1String item) {
        std::vector<std::string> v;
        if (!list) {
            return v;
        }
        for (const Node *n : list->children(item)) {
            const std::string name = n->value(QLatin1String("Name"));
            v.push_back(name.empty() ? n->leafText() : name);
        }
        return v;
    };
    out.dayNames = names(root.child(QLatin1String("Days_List")), QLatin1String("Day"));
    out.hourNames = names(root.child(QLatin1String("Hours_List")), QLatin1String("Hour"));
    p.days = int(out.dayNames.size());
    p.periodsPerDay = int(out.hourNames.size());
    if (p.days == 0 || p.periodsPerDay == 0 || p.periodsPerDay > 63) {
        if (error) {
            *error = "bad days/hours lists";
        }
        return false;
    }
    const int H = p.periodsPerDay;
    const int WS = p.weekSlots();
    std::map<std::string, int> dayIndex;
    std::map<std::string, int> hourIndex;
    for (int i = 0; i < p.days; ++i) {
        dayIndex[out.dayNames[i]] = i;
    }
    for (int i = 0; i < H; ++i) {
        hourIndex[out.hourNames[i]] = i;
    }
    // teachers
    std::map<std::string, int> teacher;
    for (const std::string &t : names(root.child(QLatin1String("Teachers_List")), QLatin1String("Teacher"))) {
        if (!teacher.count(t)) {
            teacher[t] = int(p.resources.size());
            Resource r;
            r.name = t;
            r.kind = Resource::Kind::Teacher;
            p.resources.push_back(r);
        }
    }
    // students: expand every set to atomic subgroups
    std::map<std::string, std::vector<int>> atoms;
    std::map<std::string, int> setSize;
    std::vector<int> allAtoms;
    auto atom = [&](const std::string &name) {
        auto it = atoms.find(name);
        if (it != atoms.end() && it->second.size() == 1 && p.resources[it->second[0]].name == name) {
            return it->second[0];
        }
        const int id = int(p.resources.size());
        Resource r;
        r.name = name;
        r.kind = Resource::Kind::StudentGroup;
        p.resources.push_back(r);
        allAtoms.push_back(id);
        return id;
    };
    auto addTo = [&](const std::string &set, int a) {
        auto &v = atoms[set];
        if (std::find(v.begin(), v.end(), a) == v.end()) {
            v.push_back(a);
        }
    };
    if (const Node *sl = root.child(QLatin1String("Students_List"))) {
        for (const Node *y : sl->children(QLatin1String("Year"))) {
            const std::string yn = y->value(QLatin1String("Name"));
            setSize[yn] = toInt(y->value(QLatin1String("Number_of_Students")));
            const auto groups = y->children(QLatin1String("Group"));
            if (groups.empty()) {
                addTo(yn, atom(yn));
            }
            for (const Node *g : groups) {
                const std::string gn = g->value(QLatin1String("Name"));
                setSize[gn] = toInt(g->value(QLatin1String("Number_of_Students")));
                const auto subs = g->children(QLatin1String("Subgroup"));
                if (subs.empty()) {
                    const int a = atom(gn);
                    addTo(gn, a);
                    addTo(yn, a);
                }
                for (const Node *s : subs) {
                    const std::string sn = s->value(QLatin1String("Name"));
                    setSize[sn] = toInt(s->value(QLatin1String("Number_of_Students")));
                    const int a = atom(sn);
                    addTo(sn, a);
                    addTo(gn, a);
                    addTo(yn, a);
                }
            }
        }
    }
    // rooms
    std::map<std::string, int> roomIndex;
    std::map<std::string, int> buildingIndex;
    std::vector<std::vector<std::vector<std::string>>> realNames; // per room: its sets of real rooms
    if (const Node *rl = root.child(QLatin1String("Rooms_List"))) {
        for (const Node *r : rl->children(QLatin1String("Room"))) {
            Room room;
            room.name = r->value(QLatin1String("Name"));
            room.capacity = toInt(r->value(QLatin1String("Capacity")), 1000000);
            const std::string building = r->value(QLatin1String("Building"));
            if (!building.empty()) {
                room.building = buildingIndex.emplace(building, int(buildingIndex.size())).first->second;
            }
            roomIndex[room.name] = int(p.rooms.size());
            p.rooms.push_back(room);
            std::vector<std::vector<std::string>> sets;
            if (r->value(QLatin1String("Virtual")) == "true") {
                for (const Node *set : r->children(QLatin1String("Set_of_Real_Rooms"))) {
                    sets.push_back(set->values(QLatin1String("Real_Room")));
                }
            }
            realNames.push_back(std::move(sets));
        }
    }
    // a virtual room's sets of real rooms, by room index (the names may come later in the list)
    out.realRoomSets.assign(p.rooms.size(), {});
    for (size_t v = 0; v < realNames.size(); ++v) {
        for (const auto &names : realNames[v]) {
            std::vector<int> set;
            for (const std::string &n : names) {
                auto it = roomIndex.find(n);
                if (it == roomIndex.end() || !realNames[size_t(it->second)].empty()) {
                    out.warnings.push_back("virtual room " + p.rooms[v].name + ": unknown real room " + n);
                } else if (std::find(set.begin(), set.end(), it->second) == set.end()) {
                    set.push_back(it->second);
                }
            }
            out.realRoomSets[v].push_back(std::move(set));
        }
    }
    // activities
    std::vector<ActivityInfo> acts;
    std::map<std::string, int> actIndex;
    std::map<std::string, int> courseIndex;
    std::map<std::string, int> components; // split activity -> components so far
    if (const Node *al = root.child(QLatin1String("Activities_List"))) {
        for (const Node *a : al->children(QLatin1String("Activity"))) {
            const std::string group = a->value(QLatin1String("Activity_Group_Id"));
            const int component = (group.empty() || group == "0") ? 1 : ++components[group];
            if (a->value(QLatin1String("Active")) == "false") {
                ++out.inactiveActivities;
                continue;
            }
            ActivityInfo info;
            info.id = a->value(QLatin1String("Id"));
            info.teachers = a->values(QLatin1String("Teacher"));
            info.students = a->values(QLatin1String("Students"));
            info.subject = a->value(QLatin1String("Subject"));
            info.tags = a->values(QLatin1String("Activity_Tag"));
            info.duration = std::max(1, toInt(a->value(QLatin1String("Duration")), 1));
            info.component = component;
            info.allowed.assign(WS, 1);
            info.slotCost.assign(WS, 0);
            Lesson l;
            l.id = info.id;
            l.duration = std::min(info.duration, H);
            const std::string courseKey = (group.empty() || group == "0") ? "a" + info.id : "g" + group;
            auto ci = courseIndex.find(courseKey);
            if (ci == courseIndex.end()) {
                ci = courseIndex.emplace(courseKey, int(p.courses.size())).first;
                p.courses.push_back(Course{info.subject + " #" + courseKey.substr(1), 0});
            }
            l.course = ci->second;
            for (const auto &t : info.teachers) {
                auto it = teacher.find(t);
                if (it == teacher.end()) {
                    out.warnings.push_back("activity " + info.id + ": unknown teacher " + t);
                    continue;
                }
                l.resources.push_back(it->second);
            }
            int students = 0;
            for (const auto &s : info.students) {
                auto it = atoms.find(s);
                if (it == atoms.end()) {
                    out.warnings.push_back("activity " + info.id + ": unknown students set " + s);
                    continue;
                }
                for (int x : it->second) {
                    if (std::find(l.resources.begin(), l.resources.end(), x) == l.resources.end()) {
                        l.resources.push_back(x);
                    }
                }
                students += setSize[s];
            }
            const std::string n = a->value(QLatin1String("Number_Of_Students"));
            l.students = n.empty() ? students : toInt(n);
            info.lesson = int(p.lessons.size());
            actIndex[info.id] = int(acts.size());
            acts.push_back(std::move(info));
            p.lessons.push_back(std::move(l));
        }
    }
    auto slotOf = [&](const std::string &day, const std::string &hour) {
        auto d = dayIndex.find(day);
        auto h = hourIndex.find(hour);
        return (d == dayIndex.end() || h == hourIndex.end()) ? -1 : d->second * H + h->second;
    };
    auto readSlots = [&](const Node &c, QLatin1String item, QLatin1String dayTag, QLatin1String hourTag) {
        std::vector<char> set(WS, 0);
        for (const Node *t : c.children(item)) {
            const int s = slotOf(t->value(dayTag), t->value(hourTag));
            if (s >= 0) {
                set[s] = 1;
            }
        }
        return set;
    };
    // a start is allowed by a "time slotSet" set if every covered slot is in it
    auto restrictToSlots = [&](ActivityInfo &a, const std::vector<char> &slotSet, bool starting, double weight) {
        const int dur = p.lessons[a.lesson].duration;
        for (int s = 0; s < WS; ++s) {
            bool ok = slotSet[s];
            for (int i = 1; i < dur && ok && !starting; ++i) {
                ok = s % H + i < H && slotSet[s + i];
            }
            if (!ok) {
                if (weight >= 100) {
                    a.allowed[s] = 0;
                } else {
                    a.slotCost[s] += std::max(1, int(std::lround(weight)));
                }
            }
        }
    };
    auto studentsAtoms = [&](const std::string &set) -> std::vector<int> {
        auto it = atoms.find(set);
        return it == atoms.end() ? std::vector<int>{} : it->second;
    };
    auto hasAll = [](const std::vector<std::string> &v, const std::string &x) {
        return x.empty() || std::find(v.begin(), v.end(), x) != v.end();
    };
    // A students filter of an activities constraint takes every activity that shares a student
    // with the set, as FET does (checked with fet-cl 6.8.5: a rule on a year binds the
    // activities of its groups, a rule on a group those of its year and of its subgroups).
    auto sharesStudents = [&](const ActivityInfo &a, const std::string &set) {
        if (set.empty()) {
            return true;
        }
        const auto &res = p.lessons[a.lesson].resources;
        for (int atom : studentsAtoms(set)) {
            if (std::find(res.begin(), res.end(), atom) != res.end()) {
                return true;
            }
        }
        return false;
    };
    auto unsupported = [&](const std::string &type, bool hard) {
        auto &c = out.unsupported[type];
        (hard ? c.first : c.second) += 1;
    };
    auto readRooms = [&](const Node &c) {
        std::set<int> rooms;
        for (const std::string &r : c.values(QLatin1String("Preferred_Room"))) {
            auto it = roomIndex.find(r);
            if (it != roomIndex.end()) {
                rooms.insert(it->second);
            }
        }
        const std::string single = c.value(QLatin1String("Room"));
        if (!single.empty() && roomIndex.count(single)) {
            rooms.insert(roomIndex[single]);
        }
        return rooms;
    };
    // union-find for same starting time
    std::vector<int> parent(acts.size());
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };

    std::map<std::string, int> virtualRes; // (resource, activity tag) -> virtual resource
    std::map<std::pair<int, uint64_t>, int> intervalRes; // (resource, a second interval) -> rules-only resource
    int notOverlapping = 0;                // ConstraintActivitiesNotOverlapping resources so far
    std::map<std::tuple<std::vector<int>, int, int, bool>, int> tagPairRules; // ordered tag-pair rules by content
    int occupyRules = 0;                   // ConstraintActivitiesOccupyMaxTimeSlotsFromSelection so far
    std::vector<const Node *> constraints;
    for (const char *list : {"Time_Constraints_List", "Space_Constraints_List"}) {
        if (const Node *cl = root.child(QLatin1String(list))) {
            for (const Node &c : cl->kids) {
                constraints.push_back(&c);
            }
        }
    }
    for (const Node *cp : constraints) {
        const Node &c = *cp;
        if (c.value(QLatin1String("Active")) == "false") {
            continue;
        }
        const std::string type = c.name.toStdString();
        const double weight = toDouble(c.value(QLatin1String("Weight_Percentage")));
        const bool hard = weight >= 100;
        const int softWeight = std::max(1, int(std::lround(weight)));
        bool done = true;
        auto teacherRes = [&](const std::string &key) -> Resource * {
            auto it = teacher.find(c.value(QLatin1String(key.c_str())));
            return it == teacher.end() ? nullptr : &p.resources[it->second];
        };
        auto allTeachers = [&]() {
            std::vector<Resource *> v;
            for (auto &[n, i] : teacher) {
                v.push_back(&p.resources[i]);
            }
            return v;
        };
        auto setRes = [&](const std::string &set) {
            std::vector<Resource *> v;
            for (int a : studentsAtoms(set)) {
                v.push_back(&p.resources[a]);
            }
            return v;
        };
        auto allStudents = [&]() {
            std::vector<Resource *> v;
            for (int a : allAtoms) {
                v.push_back(&p.resources[a]);
            }
            return v;
        };
        // per-resource rules: (targets, rule member, limit tag)
        // several constraints on one resource: the strictest wins (merge: tighten for a
        // maximum, tightenMin for a minimum)
        auto ruleFor = [&](std::vector<Resource *> targets, Rule Resource::*member, const char *limitTag,
                           void (*merge)(Rule &, int, double) = tighten) {
            const int limit = toInt(c.value(QLatin1String(limitTag)), -1);
            if (limit < 0) {
                return;
            }
            for (Resource *r : targets) {
                merge(r->*member, limit, weight);
            }
        };
        std::vector<Resource *> oneTeacher;
        if (Resource *t = teacherRes("Teacher_Name")) {
            oneTeacher.push_back(t);
        } else if (Resource *t2 = teacherRes("Teacher")) {
            oneTeacher.push_back(t2);
        }
        const std::string studentsSet = c.value(QLatin1String("Students"));
        // the resources a Teacher / Teachers / StudentsSet / Students rule binds, by its type's prefix
        auto byPrefix = [&]() {
            return type.rfind("ConstraintTeachers", 0) == 0 ? allTeachers()
                : type.rfind("ConstraintTeacher", 0) == 0    ? oneTeacher
                : type.rfind("ConstraintStudentsSet", 0) == 0 ? setRes(studentsSet)
                : type.rfind("ConstraintStudents", 0) == 0   ? allStudents()
                                                             : std::vector<Resource *>{};
        };
        if (type == "ConstraintBasicCompulsoryTime" || type == "ConstraintBasicCompulsorySpace") {
            // built into the model
        } else if (type == "ConstraintBreakTimes" || type == "ConstraintTeacherNotAvailableTimes"
                   || type == "ConstraintStudentsSetNotAvailableTimes" || type == "ConstraintRoomNotAvailableTimes") {
            if (!hard) {
                unsupported(type, false);
                continue;
            }
            const bool breaks = type == "ConstraintBreakTimes";
            const auto slotSet = readSlots(c, QLatin1String(breaks ? "Break_Time" : "Not_Available_Time"),
                                         QLatin1String("Day"), QLatin1String("Hour"));
            auto mark = [&](std::vector<char> &u) {
                u.resize(WS, 0);
                for (int s = 0; s < WS; ++s) {
                    u[s] = u[s] || slotSet[s];
                }
            };
            if (breaks) {
                p.breaks.resize(size_t(p.days), 0);
                for (int s = 0; s < WS; ++s) {
                    if (slotSet[s]) {
                        p.breaks[size_t(s / H)] |= uint64_t(1) << (s % H);
                    }
                }
                for (Resource &r : p.resources) {
                    mark(r.unavailable);
                }
                for (Room &r : p.rooms) {
                    mark(r.unavailable);
                }
            } else if (type == "ConstraintTeacherNotAvailableTimes") {
                for (Resource *r : oneTeacher) {
                    mark(r->unavailable);
                }
            } else if (type == "ConstraintStudentsSetNotAvailableTimes") {
                for (Resource *r : setRes(studentsSet)) {
                    mark(r->unavailable);
                }
            } else {
                auto it = roomIndex.find(c.value(QLatin1String("Room")));
                if (it != roomIndex.end()) {
                    mark(p.rooms[it->second].unavailable);
                }
            }
        } else if (type == "ConstraintActivityPreferredStartingTime") {
            auto it = actIndex.find(c.value(QLatin1String("Activity_Id")));
            if (it != actIndex.end()) {
                const std::string day = c.value(QLatin1String("Preferred_Day"));
                const std::string hour = c.value(QLatin1String("Preferred_Hour"));
                std::vector<char> set(WS, 0);
                for (int d = 0; d < p.days; ++d) {
                    for (int h = 0; h < H; ++h) {
                        if ((day.empty() || out.dayNames[d] == day) && (hour.empty() || out.hourNames[h] == hour)) {
                            set[d * H + h] = 1;
                        }
                    }
                }
                restrictToSlots(acts[it->second], set, true, weight);
            }
        } else if (type == "ConstraintActivityPreferredStartingTimes" || type == "ConstraintActivityPreferredTimeSlots") {
            auto it = actIndex.find(c.value(QLatin1String("Activity_Id")));
            const bool starting = type == "ConstraintActivityPreferredStartingTimes";
            if (it != actIndex.end()) {
                const auto set = starting ? readSlots(c, QLatin1String("Preferred_Starting_Time"),
                                                      QLatin1String("Preferred_Starting_Day"),
                                                      QLatin1String("Preferred_Starting_Hour"))
                                          : readSlots(c, QLatin1String("Preferred_Time_Slot"),
                                                      QLatin1String("Preferred_Day"), QLatin1String("Preferred_Hour"));
                restrictToSlots(acts[it->second], set, starting, weight);
            }
        } else if (type == "ConstraintActivitiesPreferredTimeSlots" || type == "ConstraintActivitiesPreferredStartingTimes"
                   || type == "ConstraintSubactivitiesPreferredTimeSlots"
                   || type == "ConstraintSubactivitiesPreferredStartingTimes") {
            // the subactivities' rules bind one component of each split activity (an activity
            // not split is its own first component; checked with fet-cl 6.8.5)
            const bool starting = type == "ConstraintActivitiesPreferredStartingTimes"
                || type == "ConstraintSubactivitiesPreferredStartingTimes";
            const int component = toInt(c.value(QLatin1String("Component_Number")), -1);
            const auto set = starting ? readSlots(c, QLatin1String("Preferred_Starting_Time"),
                                                  QLatin1String("Preferred_Starting_Day"),
                                                  QLatin1String("Preferred_Starting_Hour"))
                                      : readSlots(c, QLatin1String("Preferred_Time_Slot"), QLatin1String("Preferred_Day"),
                                                  QLatin1String("Preferred_Hour"));
            const std::string t = c.value(QLatin1String("Teacher_Name"));
            const std::string s = c.value(QLatin1String("Students_Name"));
            const std::string subj = c.value(QLatin1String("Subject_Name"));
            const std::string tag = c.value(QLatin1String("Activity_Tag_Name"));
            const int dur = toInt(c.value(QLatin1String("Duration")), -1);
            for (ActivityInfo &a : acts) {
                if (hasAll(a.teachers, t) && sharesStudents(a, s) && (subj.empty() || a.subject == subj)
                    && hasAll(a.tags, tag) && (dur < 0 || a.duration == dur)
                    && (component < 0 || a.component == component)) {
                    restrictToSlots(a, set, starting, weight);
                }
            }
        } else if (type == "ConstraintMinDaysBetweenActivities") {
            SpreadConstraint sp;
            sp.mode = SpreadConstraint::Mode::PairDistance;
            sp.minDays = toInt(c.value(QLatin1String("MinDays")), 1);
            sp.hard = hard;
            sp.weight = hard ? 1 : softWeight;
            for (const std::string &id : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(id);
                if (it != actIndex.end()) {
                    sp.lessons.push_back(acts[it->second].lesson);
                }
            }
            if (sp.lessons.size() > 1 && sp.minDays > 0) {
                p.spreads.push_back(sp);
            }
        } else if (type == "ConstraintActivitiesSameStartingTime") {
            if (!hard) {
                unsupported(type, false);
                continue;
            }
            int first = -1;
            for (const std::string &id : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(id);
                if (it == actIndex.end()) {
                    continue;
                }
                if (first < 0) {
                    first = it->second;
                } else {
                    parent[find(it->second)] = find(first);
                }
            }
        } else if (type == "ConstraintActivitiesNotOverlapping") {
            // a resource of their own that only these activities hold: two of them at once clash
            if (!hard) {
                unsupported(type, false);
                continue;
            }
            const int id = int(p.resources.size());
            for (const std::string &aid : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(aid);
                if (it == actIndex.end()) {
                    continue;
                }
                auto &res = p.lessons[acts[it->second].lesson].resources;
                if (std::find(res.begin(), res.end(), id) == res.end()) {
                    res.push_back(id);
                }
            }
            Resource v;
            v.name = "activities not overlapping #" + std::to_string(++notOverlapping);
            p.resources.push_back(v);
        } else if (type == "ConstraintMaxDaysBetweenActivities" || type == "ConstraintActivitiesMaxSimultaneousInSelectedTimeSlots") {
            // checked with fet-cl 6.8.5: max days binds every two of the activities
            using K = GroupedConstraint::Kind;
            GroupedConstraint g;
            g.hard = hard;
            g.weight = hard ? 1 : softWeight;
            const bool days = type == "ConstraintMaxDaysBetweenActivities";
            g.kind = days ? K::MaxDays : K::MaxSimultaneous;
            g.gap = toInt(c.value(QLatin1String(days ? "MaxDays" : "Max_Number_of_Simultaneous_Activities")), -1);
            if (!days) {
                g.selected.assign(size_t(p.days), 0);
                const auto selected = readSlots(c, QLatin1String("Selected_Time_Slot"), QLatin1String("Selected_Day"),
                                                QLatin1String("Selected_Hour"));
                for (int s = 0; s < WS; ++s) {
                    if (selected[s]) {
                        g.selected[size_t(s / H)] |= uint64_t(1) << (s % H);
                    }
                }
            }
            for (const std::string &id : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(id);
                if (it != actIndex.end()) {
                    g.lessons.push_back(acts[it->second].lesson);
                }
            }
            done = g.gap >= 0;
            if (done && g.lessons.size() > 1) {
                p.grouped.push_back(std::move(g));
            }
        } else if (type == "ConstraintStudentsMinGapsBetweenOrderedPairOfActivityTags"
                   || type == "ConstraintStudentsSetMinGapsBetweenOrderedPairOfActivityTags"
                   || type == "ConstraintTeachersMinGapsBetweenOrderedPairOfActivityTags"
                   || type == "ConstraintTeacherMinGapsBetweenOrderedPairOfActivityTags") {
            // checked with fet-cl 6.8.5: for each students set (teacher), an activity of the
            // second tag that follows one of the first tag on its day, directly or not, starts at
            // least MinGaps hours after the first one ends, whatever lies between; the other
            // order is free. One rule per subgroup (teacher) that has activities of both tags.
            std::vector<int> targets;
            if (type == "ConstraintStudentsMinGapsBetweenOrderedPairOfActivityTags") {
                targets = allAtoms;
            } else if (type == "ConstraintStudentsSetMinGapsBetweenOrderedPairOfActivityTags") {
                targets = studentsAtoms(studentsSet);
            } else {
                for (Resource *r : type == "ConstraintTeachersMinGapsBetweenOrderedPairOfActivityTags" ? allTeachers() : oneTeacher) {
                    targets.push_back(int(r - p.resources.data()));
                }
            }
            const std::string first = c.value(QLatin1String("First_Activity_Tag"));
            const std::string second = c.value(QLatin1String("Second_Activity_Tag"));
            const int gap = toInt(c.value(QLatin1String("MinGaps")), -1);
            done = gap >= 0 && !first.empty() && !second.empty();
            for (int target : targets) {
                if (!done) {
                    break;
                }
                GroupedConstraint g;
                g.kind = GroupedConstraint::Kind::OrderedMinGap;
                g.hard = hard;
                g.weight = hard ? 1 : softWeight;
                g.gap = gap;
                std::vector<int> seconds;
                for (const ActivityInfo &a : acts) {
                    const auto &res = p.lessons[a.lesson].resources;
                    if (std::find(res.begin(), res.end(), target) == res.end()) {
                        continue;
                    }
                    if (hasAll(a.tags, first)) {
                        g.lessons.push_back(a.lesson);
                    }
                    if (hasAll(a.tags, second)) {
                        seconds.push_back(a.lesson);
                    }
                }
                g.firstCount = int(g.lessons.size());
                g.lessons.insert(g.lessons.end(), seconds.begin(), seconds.end());
                if (g.firstCount == 0 || seconds.empty()) {
                    continue;
                }
                // subgroups with the same activities share one rule, of their weights together
                const auto key = std::make_tuple(g.lessons, g.firstCount, g.gap, g.hard);
                if (auto it = tagPairRules.find(key); it != tagPairRules.end()) {
                    p.grouped[size_t(it->second)].weight += g.weight;
                } else {
                    tagPairRules.emplace(key, int(p.grouped.size()));
                    p.grouped.push_back(std::move(g));
                }
            }
        } else if (type == "ConstraintActivitiesOccupyMaxTimeSlotsFromSelection") {
            // a rules-only resource that the activities hold: its busy periods in the selection
            Resource v;
            v.name = "occupy max time slots from selection #" + std::to_string(++occupyRules);
            v.tracksConflicts = false;
            v.maxSelectedPeriods = Rule{toInt(c.value(QLatin1String("Max_Number_of_Occupied_Time_Slots")), 0),
                                        hard ? 1 : softWeight, hard};
            v.selectedMask.assign(size_t(p.days), 0);
            const auto selected = readSlots(c, QLatin1String("Selected_Time_Slot"), QLatin1String("Selected_Day"),
                                            QLatin1String("Selected_Hour"));
            for (int s = 0; s < WS; ++s) {
                if (selected[s]) {
                    v.selectedMask[size_t(s / H)] |= uint64_t(1) << (s % H);
                }
            }
            const int id = int(p.resources.size());
            for (const std::string &aid : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(aid);
                if (it != actIndex.end()) {
                    auto &held = p.lessons[acts[it->second].lesson].resources;
                    if (std::find(held.begin(), held.end(), id) == held.end()) {
                        held.push_back(id);
                    }
                }
            }
            p.resources.push_back(v);
        } else if (type == "ConstraintTeacherMaxHoursDaily") {
            ruleFor(oneTeacher, &Resource::maxHoursDaily, "Maximum_Hours_Daily");
        } else if (type == "ConstraintTeachersMaxHoursDaily") {
            ruleFor(allTeachers(), &Resource::maxHoursDaily, "Maximum_Hours_Daily");
        } else if (type == "ConstraintStudentsMaxHoursDaily") {
            ruleFor(allStudents(), &Resource::maxHoursDaily, "Maximum_Hours_Daily");
        } else if (type == "ConstraintStudentsSetMaxHoursDaily") {
            ruleFor(setRes(studentsSet), &Resource::maxHoursDaily, "Maximum_Hours_Daily");
        } else if (type == "ConstraintTeacherMinHoursDaily" || type == "ConstraintTeachersMinHoursDaily"
                   || type == "ConstraintStudentsMinHoursDaily" || type == "ConstraintStudentsSetMinHoursDaily") {
            // without empty days the minimum binds every day (FET refuses a file where a break or
            // not-available time leaves a day too few periods for it, so it never has to relax it)
            const bool emptyDays = c.value(QLatin1String("Allow_Empty_Days")) != "false";
            ruleFor(byPrefix(), emptyDays ? &Resource::minHoursDaily : &Resource::minHoursEveryDay, "Minimum_Hours_Daily",
                    tightenMin);
        } else if (type == "ConstraintTeacherMinDaysPerWeek" || type == "ConstraintTeachersMinDaysPerWeek") {
            ruleFor(byPrefix(), &Resource::minDaysPerWeek,
                    "Minimum_Days_Per_Week", tightenMin);
        } else if (type == "ConstraintStudentsEarlyMaxBeginningsAtSecondHour"
                   || type == "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour") {
            ruleFor(type == "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour" ? setRes(studentsSet) : allStudents(),
                    &Resource::maxSecondPeriodStarts, "Max_Beginnings_At_Second_Hour");
        } else if (type == "ConstraintTeacherMaxGapsPerDay") {
            ruleFor(oneTeacher, &Resource::maxGapsPerDay, "Max_Gaps");
        } else if (type == "ConstraintTeachersMaxGapsPerDay") {
            ruleFor(allTeachers(), &Resource::maxGapsPerDay, "Max_Gaps");
        } else if (type == "ConstraintTeacherMaxGapsPerWeek") {
            ruleFor(oneTeacher, &Resource::maxGapsPerWeek, "Max_Gaps");
        } else if (type == "ConstraintTeachersMaxGapsPerWeek") {
            ruleFor(allTeachers(), &Resource::maxGapsPerWeek, "Max_Gaps");
        } else if (type == "ConstraintStudentsMaxGapsPerDay") {
            ruleFor(allStudents(), &Resource::maxGapsPerDay, "Max_Gaps");
        } else if (type == "ConstraintStudentsSetMaxGapsPerDay") {
            ruleFor(setRes(studentsSet), &Resource::maxGapsPerDay, "Max_Gaps");
        } else if (type == "ConstraintStudentsMaxGapsPerWeek") {
            ruleFor(allStudents(), &Resource::maxGapsPerWeek, "Max_Gaps");
        } else if (type == "ConstraintStudentsSetMaxGapsPerWeek") {
            ruleFor(setRes(studentsSet), &Resource::maxGapsPerWeek, "Max_Gaps");
        } else if (type == "ConstraintTeacherIntervalMaxDaysPerWeek"
                   || type == "ConstraintTeachersIntervalMaxDaysPerWeek"
                   || type == "ConstraintStudentsSetIntervalMaxDaysPerWeek"
                   || type == "ConstraintStudentsIntervalMaxDaysPerWeek") {
            const std::string from = c.value(QLatin1String("Interval_Start_Hour"));
            const std::string to = c.value(QLatin1String("Interval_End_Hour"));
            const int a = hourIndex.count(from) ? hourIndex[from] : 0;
            const int b = to.empty() ? H : (hourIndex.count(to) ? hourIndex[to] : H);
            uint64_t mask = 0;
            for (int h = a; h < b; ++h) {
                mask |= uint64_t(1) << h;
            }
            const std::vector<Resource *> targets = byPrefix();
            std::vector<int> ids; // p.resources grows below
            for (Resource *r : targets) {
                ids.push_back(int(r - p.resources.data()));
            }
            for (int id : ids) {
                int holder = id;
                if (p.resources[size_t(id)].intervalMask != 0 && p.resources[size_t(id)].intervalMask != mask) {
                    // a second interval of the resource: a rules-only resource that holds the same
                    // lessons carries it
                    auto it = intervalRes.find({id, mask});
                    if (it == intervalRes.end()) {
                        Resource v;
                        v.name = p.resources[size_t(id)].name + " [" + out.hourNames[size_t(a)] + "-"
                            + (b < H ? out.hourNames[size_t(b)] : std::string("end")) + "]";
                        v.kind = p.resources[size_t(id)].kind;
                        v.tracksConflicts = false;
                        v.intervalMask = mask;
                        it = intervalRes.emplace(std::make_pair(id, mask), int(p.resources.size())).first;
                        p.resources.push_back(std::move(v));
                        for (Lesson &l : p.lessons) {
                            if (std::find(l.resources.begin(), l.resources.end(), id) != l.resources.end()) {
                                l.resources.push_back(it->second);
                            }
                        }
                    }
                    holder = it->second;
                }
                Resource &r = p.resources[size_t(holder)];
                r.intervalMask = mask;
                tighten(r.intervalMaxDaysPerWeek, toInt(c.value(QLatin1String("Max_Days_Per_Week")), 7), weight);
            }
        } else if (type == "ConstraintTeacherMaxSpanPerDay" || type == "ConstraintTeachersMaxSpanPerDay"
                   || type == "ConstraintStudentsSetMaxSpanPerDay" || type == "ConstraintStudentsMaxSpanPerDay") {
            const std::vector<Resource *> targets = byPrefix();
            const int limit = toInt(c.value(QLatin1String("Max_Span")), -1);
            const bool exception = c.value(QLatin1String("Allow_One_Day_Exception_of_Plus_One")) == "true";
            done = limit >= 0;
            // of two rules on one resource the stricter holds: a limit with the one-day exception
            // is stricter than the next limit without it
            const int key = 2 * limit + int(exception);
            const int w = std::max(1, int(std::lround(weight)));
            for (Resource *r : targets) {
                Rule &rule = r->maxSpanPerDay;
                const int oldKey = 2 * rule.limit + int(r->spanExceptionPlusOne);
                if (!done) {
                    break;
                }
                if (!rule.active() || (hard && !rule.hard) || (hard == rule.hard && key < oldKey)) {
                    rule = Rule{limit, hard ? 1 : w, hard};
                    r->spanExceptionPlusOne = exception;
                } else if (!hard && !rule.hard && key == oldKey) {
                    rule.weight = std::max(rule.weight, w);
                }
            }
        } else if (type == "ConstraintTeacherMinRestingHours" || type == "ConstraintTeachersMinRestingHours"
                   || type == "ConstraintStudentsSetMinRestingHours" || type == "ConstraintStudentsMinRestingHours") {
            // checked with fet-cl 6.8.5: the rest counts breaks; a day between without lessons
            // leaves nothing to check; a circular rule binds the last day and the first too
            const std::vector<Resource *> targets = byPrefix();
            const int limit = toInt(c.value(QLatin1String("Minimum_Resting_Hours")), -1);
            const bool circular = c.value(QLatin1String("Circular")) == "true";
            done = limit >= 0;
            for (Resource *r : targets) {
                if (!done) {
                    break;
                }
                tightenMin(r->minRestingHours, limit, weight);
                if (circular) {
                    tightenMin(r->minRestingHoursWrap, limit, weight);
                }
            }
        } else if (type == "ConstraintTeacherMaxHoursContinuously") {
            ruleFor(oneTeacher, &Resource::maxHoursContinuously, "Maximum_Hours_Continuously");
        } else if (type == "ConstraintTeachersMaxHoursContinuously") {
            ruleFor(allTeachers(), &Resource::maxHoursContinuously, "Maximum_Hours_Continuously");
        } else if (type == "ConstraintStudentsMaxHoursContinuously") {
            ruleFor(allStudents(), &Resource::maxHoursContinuously, "Maximum_Hours_Continuously");
        } else if (type == "ConstraintStudentsSetMaxHoursContinuously") {
            ruleFor(setRes(studentsSet), &Resource::maxHoursContinuously, "Maximum_Hours_Continuously");
        } else if (type.find("ActivityTagMaxHours") != std::string::npos) {
            // e.g. ConstraintTeachersActivityTagMaxHoursDaily: a virtual resource per
            // (teacher or subgroup, tag) carries the rule for the tagged lessons only
            std::string tag = c.value(QLatin1String("Activity_Tag_Name"));
            if (tag.empty()) {
                tag = c.value(QLatin1String("Activity_Tag"));
            }
            const bool daily = type.find("Daily") != std::string::npos;
            const int limit = toInt(c.value(QLatin1String(daily ? "Maximum_Hours_Daily" : "Maximum_Hours_Continuously")), -1);
            std::vector<int> targets;
            if (type.rfind("ConstraintTeachers", 0) == 0) {
                for (auto &[n, i] : teacher) {
                    targets.push_back(i);
                }
            } else if (type.rfind("ConstraintTeacher", 0) == 0) {
                auto it = teacher.find(c.value(QLatin1String("Teacher_Name")));
                if (it != teacher.end()) {
                    targets.push_back(it->second);
                }
            } else if (type.rfind("ConstraintStudentsSet", 0) == 0) {
                targets = studentsAtoms(studentsSet);
            } else {
                targets = allAtoms;
            }
            if (limit < 0) {
                done = false;
            }
            for (int target : targets) {
                if (limit < 0) {
                    break;
                }
                const std::string key = p.resources[target].name + "\x1f" + tag;
                auto vit = virtualRes.find(key);
                if (vit == virtualRes.end()) {
                    Resource v;
                    v.name = p.resources[target].name + " [" + tag + "]";
                    v.kind = p.resources[target].kind;
                    v.tracksConflicts = false;
                    const int id = int(p.resources.size());
                    p.resources.push_back(v);
                    vit = virtualRes.emplace(key, id).first;
                    for (ActivityInfo &a : acts) {
                        auto &res = p.lessons[a.lesson].resources;
                        if (hasAll(a.tags, tag) && std::find(res.begin(), res.end(), target) != res.end()) {
                            res.push_back(id);
                        }
                    }
                }
                tighten(daily ? p.resources[vit->second].maxHoursDaily : p.resources[vit->second].maxHoursContinuously,
                        limit, weight);
            }
        } else if (type.find("BuildingChanges") != std::string::npos) {
            // Teacher(s)/Students(Set) MaxBuildingChangesPerDay/PerWeek, MinGapsBetweenBuildingChanges
            const std::vector<Resource *> targets = byPrefix();
            const bool minGaps = type.find("MinGapsBetweenBuildingChanges") != std::string::npos;
            const bool perDay = type.find("MaxBuildingChangesPerDay") != std::string::npos;
            const bool perWeek = type.find("MaxBuildingChangesPerWeek") != std::string::npos;
            const int limit = toInt(c.value(QLatin1String(minGaps ? "Min_Gaps_Between_Building_Changes"
                                                          : perDay ? "Max_Building_Changes_Per_Day"
                                                                   : "Max_Building_Changes_Per_Week")),
                                    -1);
            if (targets.empty() || limit < 0 || !(minGaps || perDay || perWeek)) {
                done = false;
            }
            for (Resource *r : targets) {
                if (limit < 0) {
                    break;
                }
                if (minGaps) {
                    tightenMin(r->minGapsBetweenBuildingChanges, limit, weight);
                } else {
                    tighten(perDay ? r->maxBuildingChangesPerDay : r->maxBuildingChangesPerWeek, limit, weight);
                }
            }
        } else if (type == "ConstraintTwoActivitiesGrouped" || type == "ConstraintThreeActivitiesGrouped"
                   || type == "ConstraintTwoActivitiesConsecutive" || type == "ConstraintTwoActivitiesOrdered"
                   || type == "ConstraintTwoActivitiesOrderedIfSameDay") {
            using K = GroupedConstraint::Kind;
            GroupedConstraint g;
            g.hard = hard;
            g.weight = hard ? 1 : softWeight;
            g.kind = type == "ConstraintTwoActivitiesConsecutive" ? K::Consecutive // the second right after the first
                : type == "ConstraintTwoActivitiesOrdered"        ? K::Ordered     // the second after the first
                : type == "ConstraintTwoActivitiesOrderedIfSameDay" ? K::OrderedIfSameDay
                                                                  : K::Grouped;
            for (const char *tag : {"First_Activity_Id", "Second_Activity_Id", "Third_Activity_Id"}) {
                auto it = actIndex.find(c.value(QLatin1String(tag)));
                if (it != actIndex.end()) {
                    g.lessons.push_back(acts[it->second].lesson);
                }
            }
            if (g.lessons.size() != (type == "ConstraintThreeActivitiesGrouped" ? 3u : 2u)) {
                done = false; // refers to an unknown or inactive activity
            } else {
                p.grouped.push_back(g);
            }
        } else if (type == "ConstraintActivitiesSameStartingDay" || type == "ConstraintActivitiesSameStartingHour"
                   || type == "ConstraintMinGapsBetweenActivities" || type == "ConstraintActivitiesSameRoomIfConsecutive") {
            // a rule on a list of activities (its cost: GroupedConstraint)
            using K = GroupedConstraint::Kind;
            GroupedConstraint g;
            g.hard = hard;
            g.weight = hard ? 1 : softWeight;
            g.kind = type == "ConstraintActivitiesSameStartingDay"    ? K::SameDay
                : type == "ConstraintActivitiesSameStartingHour" ? K::SameHour
                : type == "ConstraintMinGapsBetweenActivities"   ? K::MinGap
                                                                 : K::SameRoomIfConsecutive;
            g.gap = toInt(c.value(QLatin1String("MinGaps")), 1);
            for (const std::string &id : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(id);
                if (it != actIndex.end()) {
                    g.lessons.push_back(acts[it->second].lesson);
                }
            }
            if (g.lessons.size() > 1) {
                p.grouped.push_back(g);
            }
        } else if (type == "ConstraintActivityEndsStudentsDay" || type == "ConstraintActivitiesEndStudentsDay") {
            const bool one = type == "ConstraintActivityEndsStudentsDay";
            const std::string aid = c.value(QLatin1String("Activity_Id"));
            const std::string t = c.value(QLatin1String("Teacher_Name"));
            const std::string st = c.value(QLatin1String("Students_Name"));
            const std::string subj = c.value(QLatin1String("Subject_Name"));
            const std::string tag = c.value(QLatin1String("Activity_Tag_Name"));
            int matched = 0;
            for (ActivityInfo &a : acts) {
                const bool match = one ? a.id == aid
                                       : hasAll(a.teachers, t) && sharesStudents(a, st)
                                             && (subj.empty() || a.subject == subj) && hasAll(a.tags, tag);
                if (!match) {
                    continue;
                }
                EndsDayConstraint e;
                e.lesson = a.lesson;
                e.hard = hard;
                e.weight = hard ? 1 : softWeight;
                for (const std::string &set : a.students) {
                    for (int r : studentsAtoms(set)) {
                        if (std::find(e.resources.begin(), e.resources.end(), r) == e.resources.end()) {
                            e.resources.push_back(r);
                        }
                    }
                }
                if (!e.resources.empty()) {
                    p.endsDay.push_back(std::move(e));
                    ++matched;
                }
            }
            if (one && matched == 0) {
                done = false;
            }
        } else if (type == "ConstraintTeacherMaxDaysPerWeek") {
            ruleFor(oneTeacher, &Resource::maxDaysPerWeek, "Max_Days_Per_Week");
        } else if (type == "ConstraintTeachersMaxDaysPerWeek") {
            ruleFor(allTeachers(), &Resource::maxDaysPerWeek, "Max_Days_Per_Week");
        } else if (type == "ConstraintActivitiesOccupyMaxDifferentRooms") {
            RoomGroupConstraint g;
            g.maxRooms = toInt(c.value(QLatin1String("Max_Number_of_Different_Rooms")), -1);
            g.hard = hard;
            g.weight = hard ? 1 : softWeight;
            for (const std::string &id : c.values(QLatin1String("Activity_Id"))) {
                auto it = actIndex.find(id);
                if (it != actIndex.end()
                    && std::find(g.lessons.begin(), g.lessons.end(), acts[it->second].lesson) == g.lessons.end()) {
                    g.lessons.push_back(acts[it->second].lesson);
                }
            }
            done = g.maxRooms >= 0;
            if (done && int(g.lessons.size()) > g.maxRooms) {
                p.roomGroups.push_back(std::move(g));
            }
        } else if (type == "ConstraintActivityPreferredRoom" || type == "ConstraintActivityPreferredRooms"
                   || type == "ConstraintActivityTagPreferredRoom" || type == "ConstraintActivityTagPreferredRooms"
                   || type == "ConstraintSubjectPreferredRoom" || type == "ConstraintSubjectPreferredRooms"
                   || type == "ConstraintSubjectActivityTagPreferredRoom"
                   || type == "ConstraintSubjectActivityTagPreferredRooms"
                   || type == "ConstraintStudentsSetHomeRoom" || type == "ConstraintStudentsSetHomeRooms"
                   || type == "ConstraintTeacherHomeRoom" || type == "ConstraintTeacherHomeRooms") {
            const std::set<int> rooms = readRooms(c);
            const std::string aid = c.value(QLatin1String("Activity_Id"));
            const std::string tag = c.value(QLatin1String("Activity_Tag"));
            const std::string subj = c.value(QLatin1String("Subject"));
            const std::string tch = c.value(QLatin1String("Teacher"));
            const bool home = type.find("HomeRoom") != std::string::npos;
            for (ActivityInfo &a : acts) {
                bool match = false;
                if (type.rfind("ConstraintActivityPreferred", 0) == 0) {
                    match = a.id == aid;
                } else if (type.rfind("ConstraintActivityTag", 0) == 0) {
                    match = hasAll(a.tags, tag);
                } else if (type.rfind("ConstraintSubjectActivityTag", 0) == 0) {
                    match = a.subject == subj && hasAll(a.tags, tag);
                } else if (type.rfind("ConstraintSubject", 0) == 0) {
                    match = a.subject == subj;
                } else if (type.rfind("ConstraintStudentsSet", 0) == 0) {
                    match = a.students.size() == 1 && a.students[0] == studentsSet;
                } else {
                    match = hasAll(a.teachers, tch) && !tch.empty();
                }
                if (!match) {
                    continue;
                }
                if (home) {
                    if (hard) {
                        a.homeRooms.push_back(rooms);
                    } else {
                        a.softRooms.push_back({rooms, softWeight});
                    }
                } else if (hard) {
                    a.hardRooms.push_back(rooms);
                    for (const std::string &r : c.values(QLatin1String("Real_Room"))) {
                        auto it = roomIndex.find(r);
                        if (it != roomIndex.end()) {
                            a.lockedRealRooms.insert(it->second);
                        }
                    }
                } else {
                    a.softRooms.push_back({rooms, softWeight});
                }
            }
        } else {
            done = false;
        }
        if (done) {
            ++out.imported[type];
        } else {
            unsupported(type, hard);
        }
    }
    // finish the lessons
    std::map<int, int> groupId;
    for (size_t i = 0; i < acts.size(); ++i) {
        ActivityInfo &a = acts[i];
        Lesson &l = p.lessons[a.lesson];
        l.forbiddenStart.assign(WS, 0);
        bool any = false;
        for (int s = 0; s < WS; ++s) {
            // a break binds every activity, one without teachers, students or room too
            // (lycee-Farabi.fet has such placeholder activities and whole days of breaks)
            const bool onBreak = (p.breaksOn(s / H) & (ones64(l.duration) << (s % H))) != 0;
            l.forbiddenStart[s] = !a.allowed[s] || onBreak;
            any = any || !l.forbiddenStart[s];
        }
        if (!any) {
            out.warnings.push_back("activity " + a.id + ": no allowed start");
        }
        if (std::any_of(a.slotCost.begin(), a.slotCost.end(), [](int v) { return v != 0; })) {
            l.slotCost = a.slotCost;
        }
        const auto &hardSets = a.hardRooms.empty() ? a.homeRooms : a.hardRooms;
        std::set<int> rooms;
        bool needsRoom = false;
        if (!hardSets.empty()) {
            needsRoom = true;
            rooms = hardSets[0];
            for (size_t k = 1; k < hardSets.size(); ++k) {
                std::set<int> x;
                std::set_intersection(rooms.begin(), rooms.end(), hardSets[k].begin(), hardSets[k].end(),
                                      std::inserter(x, x.begin()));
                rooms = x;
            }
        } else if (!a.softRooms.empty()) {
            // any real room: a virtual room only preferred (below 100 %) is never taken, and the
            // preference is always paid for (the lesson would need its real rooms only in some
            // of its places, which the model cannot say)
            needsRoom = true;
            bool virtualPreferred = false;
            for (int r = 0; r < int(p.rooms.size()); ++r) {
                if (out.realRoomSets[size_t(r)].empty()) {
                    rooms.insert(r);
                } else {
                    virtualPreferred = virtualPreferred || std::any_of(a.softRooms.begin(), a.softRooms.end(),
                                                                       [r](const auto &soft) { return soft.first.count(r) > 0; });
                }
            }
            if (virtualPreferred) {
                unsupported("VirtualRoomPreferredSoftly", false);
            }
        }
        if (needsRoom) {
            std::vector<int> fitting;
            for (int r : rooms) {
                if (p.rooms[r].capacity >= l.students) {
                    fitting.push_back(r);
                }
            }
            if (fitting.empty()) {
                out.warnings.push_back("activity " + a.id + ": no allowed room with enough capacity");
                fitting.assign(rooms.begin(), rooms.end());
            }
            l.rooms = fitting;
            if (!a.softRooms.empty()) {
                l.roomCost.assign(p.rooms.size(), 0);
                for (const auto &[set, w] : a.softRooms) {
                    for (int r = 0; r < int(p.rooms.size()); ++r) {
                        if (!set.count(r)) {
                            l.roomCost[r] += w;
                        }
                    }
                }
            }
        }
        const int root = find(int(i));
        groupId[root] += 1;
    }
    // Virtual rooms, as fet-cl 6.8.5 treats them: an activity in one takes a real room of each
    // of its sets at the same time, all of them different and free; the virtual room itself may
    // hold several activities at once; its not-available times bind the activity, the real
    // rooms' capacities do not. Each set becomes a lesson of its own with no teacher or students
    // that starts with the activity (a same-start group) in a room of the set.
    out.virtualRoom.assign(p.lessons.size(), -1);
    out.realRoomLessons.assign(p.lessons.size(), {});
    out.partOf.assign(p.lessons.size(), -1);
    auto isVirtual = [&](int r) { return !out.realRoomSets[size_t(r)].empty(); };
    // lessons whose room's identity matters beyond what it occupies
    std::vector<char> roomRuled(p.lessons.size(), 0);
    for (const RoomGroupConstraint &g : p.roomGroups) {
        for (int l : g.lessons) {
            roomRuled[size_t(l)] = 1;
        }
    }
    for (const GroupedConstraint &g : p.grouped) {
        if (g.kind == GroupedConstraint::Kind::SameRoomIfConsecutive) {
            for (int l : g.lessons) {
                roomRuled[size_t(l)] = 1;
            }
        }
    }
    for (size_t i = 0; i < acts.size(); ++i) {
        const int li = acts[i].lesson;
        std::vector<int> rooms = p.lessons[li].rooms;
        if (std::none_of(rooms.begin(), rooms.end(), isVirtual)) {
            continue;
        }
        if (rooms.size() > 1 && acts[i].lockedRealRooms.empty() && !roomRuled[size_t(li)]) {
            rooms = undominatedVirtualRooms(p, out.realRoomSets, p.lessons[li], rooms);
        }
        if (rooms.size() > 1) {
            // a choice between a virtual room and other rooms: the lesson would need its real
            // rooms only in some of its places, which the model cannot say
            unsupported("VirtualRoomAmongOtherRooms", true);
            continue;
        }
        const int v = rooms[0];
        Lesson &l = p.lessons[li];
        l.rooms.clear();
        l.roomCost.clear();
        const auto &vu = p.rooms[size_t(v)].unavailable;
        for (int s = 0; s < WS && !vu.empty(); ++s) {
            for (int k = 0; k < l.duration && s % H + k < H; ++k) {
                l.forbiddenStart[size_t(s)] = l.forbiddenStart[size_t(s)] || vu[size_t(s + k)];
            }
        }
        const Lesson copy = l; // p.lessons grows below
        const int group = find(int(i));
        for (const std::vector<int> &set : out.realRoomSets[size_t(v)]) {
            Lesson part;
            part.course = copy.course;
            part.duration = copy.duration;
            part.weekMask = copy.weekMask;
            part.forbiddenStart = copy.forbiddenStart;
            part.id = copy.id;
            for (int r : set) {
                if (acts[i].lockedRealRooms.empty() || acts[i].lockedRealRooms.count(r)) {
                    part.rooms.push_back(r);
                }
            }
            if (part.rooms.empty()) {
                out.warnings.push_back("activity " + copy.id + ": no real room of a set of " + p.rooms[size_t(v)].name
                                       + " among its preferred real rooms");
                part.rooms = set;
            }
            part.sameStartGroup = group;
            groupId[group] += 1;
            out.virtualRoom.push_back(-1);
            out.realRoomLessons.emplace_back();
            out.partOf.push_back(li);
            out.realRoomLessons[size_t(li)].push_back(int(p.lessons.size()));
            p.lessons.push_back(std::move(part));
        }
        out.virtualRoom[size_t(li)] = v;
    }
    for (size_t i = 0; i < acts.size(); ++i) {
        const int root = find(int(i));
        if (groupId[root] > 1) {
            p.lessons[acts[i].lesson].sameStartGroup = root;
        }
    }
    const std::string err = validate(p);
    if (!err.empty()) {
        if (error) {
            *error = "imported model invalid: " + err;
        }
        return false;
    }
    return true;
}

void writeFetTimetable(std::ostream &out, const FetImport &fet, const Solution &solution)
{
    const Problem &p = fet.problem;
    out << "activity;day;hour;room\n";
    for (size_t l = 0; l < p.lessons.size() && l < solution.size(); ++l) {
        if (fet.isRealRoomLesson(int(l))) {
            continue;
        }
        const Assignment &a = solution[l];
        out << p.lessons[l].id << ';';
        if (a.start >= 0) {
            out << fet.dayNames[a.start / p.periodsPerDay] << ';' << fet.hourNames[a.start % p.periodsPerDay];
        } else {
            out << ';';
        }
        out << ';' << (a.room == NoRoom ? std::string() : p.rooms[a.room].name);
        if (const int v = fet.virtualRoomOf(int(l)); v >= 0) {
            out << p.rooms[size_t(v)].name << " (";
            for (size_t k = 0; k < fet.realRoomLessons[l].size(); ++k) {
                const int r = solution[size_t(fet.realRoomLessons[l][k])].room;
                out << (k ? ", " : "") << (r == NoRoom ? std::string("?") : p.rooms[size_t(r)].name);
            }
            out << ')';
        }
        out << '\n';
    }
}

bool writeFetLocked(const std::string &inputPath, const FetImport &fet, const Solution &solution,
                    const std::string &outputPath, std::string *error)
{
    auto fail = [error](const std::string &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    QFile in(QString::fromStdString(inputPath));
    if (!in.open(QIODevice::ReadOnly)) {
        return fail("cannot read " + inputPath);
    }
    QString text = QString::fromUtf8(in.readAll());
    // Constraints below 100 % are not mandatory, and FET weighs them by chance (a placement
    // that breaks a 95 % rule is refused 95 times in 100), so they cannot take part in a yes/no
    // check of the hard rules: the copy leaves them out. Our evaluator prices them as soft costs.
    static const QRegularExpression constraint(QStringLiteral("<(Constraint\\w+)>(.*?)</\\1>[ \\t]*\\n?"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression weight(QStringLiteral("<Weight_Percentage>\\s*([0-9.]+)\\s*</Weight_Percentage>"));
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch m = constraint.match(text, from);
        if (!m.hasMatch()) {
            break;
        }
        const QRegularExpressionMatch w = weight.match(m.captured(2));
        if (w.hasMatch() && w.captured(1).toDouble() < 100) {
            text.remove(m.capturedStart(), m.capturedLength());
            from = m.capturedStart();
        } else {
            from = m.capturedEnd();
        }
    }
    const Problem &p = fet.problem;
    auto esc = [](const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); };
    // one permanently locked 100 % constraint of `type` for activity `id` with `fields`
    auto locked = [](const char *type, const QString &id, const QString &fields) {
        return QStringLiteral("<%1>\n\t<Weight_Percentage>100</Weight_Percentage>\n\t<Activity_Id>%2</Activity_Id>\n%3"
                              "\t<Permanently_Locked>true</Permanently_Locked>\n\t<Active>true</Active>\n"
                              "\t<Comments>eBilim</Comments>\n</%1>\n")
            .arg(QLatin1String(type), id, fields);
    };
    QString times;
    QString rooms;
    for (size_t l = 0; l < p.lessons.size() && l < solution.size(); ++l) {
        const Assignment &a = solution[l];
        if (a.start < 0 || fet.isRealRoomLesson(int(l))) {
            continue;
        }
        const QString id = esc(p.lessons[l].id);
        times += locked("ConstraintActivityPreferredStartingTime", id,
                        QStringLiteral("\t<Preferred_Day>%1</Preferred_Day>\n\t<Preferred_Hour>%2</Preferred_Hour>\n")
                            .arg(esc(fet.dayNames[size_t(a.start / p.periodsPerDay)]),
                                 esc(fet.hourNames[size_t(a.start % p.periodsPerDay)])));
        if (a.room != NoRoom) {
            rooms += locked("ConstraintActivityPreferredRoom", id,
                            QStringLiteral("\t<Room>%1</Room>\n").arg(esc(p.rooms[size_t(a.room)].name)));
        } else if (const int v = fet.virtualRoomOf(int(l)); v >= 0) {
            // a virtual room with the real rooms taken from each of its sets
            const auto &parts = fet.realRoomLessons[l];
            QString fields = QStringLiteral("\t<Room>%1</Room>\n\t<Number_of_Real_Rooms>%2</Number_of_Real_Rooms>\n")
                                 .arg(esc(p.rooms[size_t(v)].name))
                                 .arg(parts.size());
            for (int part : parts) {
                const int r = solution[size_t(part)].room;
                fields += QStringLiteral("\t<Real_Room>%1</Real_Room>\n")
                              .arg(r == NoRoom ? QString() : esc(p.rooms[size_t(r)].name));
            }
            rooms += locked("ConstraintActivityPreferredRoom", id, fields);
        }
    }
    const QString timeEnd = QStringLiteral("</Time_Constraints_List>");
    const QString spaceEnd = QStringLiteral("</Space_Constraints_List>");
    const qsizetype t = text.lastIndexOf(timeEnd);
    if (t < 0) {
        return fail(inputPath + ": no </Time_Constraints_List>");
    }
    text.insert(t, times);
    const qsizetype sp = text.lastIndexOf(spaceEnd);
    if (sp < 0) {
        return fail(inputPath + ": no </Space_Constraints_List>");
    }
    text.insert(sp, rooms);
    QFile out(QString::fromStdString(outputPath));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0) {
        return fail("cannot write " + outputPath);
    }
    return true;
}

} // namespace Ebilim::Timetable
