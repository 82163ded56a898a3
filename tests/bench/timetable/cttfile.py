# Reads an ITC-2007 .ctt instance for the analysis scripts beside it (standard library only).
# Returns (days, periods per day, courses {name: {teacher, n, mwd, st}}, curricula {name: [courses]},
# rooms {name: capacity}, unavailable {(course, period)}), periods numbered day * P + period.

def load(ctt):
    sec = None; C = {}; Q = {}; R = {}; un = set(); D = P = 0
    for line in open(ctt):
        t = line.split()
        if not t:
            continue
        if t[0].endswith(':') and len(t) == 1:
            sec = t[0]; continue
        if t[0] == 'Days:': D = int(t[1]); continue
        if t[0] == 'Periods_per_day:': P = int(t[1]); continue
        if t[0] in ('Name:', 'Courses:', 'Rooms:', 'Curricula:', 'Constraints:'): continue
        if sec == 'COURSES:': C[t[0]] = dict(teacher=t[1], n=int(t[2]), mwd=int(t[3]), st=int(t[4]))
        elif sec == 'ROOMS:': R[t[0]] = int(t[1])
        elif sec == 'CURRICULA:': Q[t[0]] = t[2:]
        elif sec == 'UNAVAILABILITY_CONSTRAINTS:' and len(t) == 3: un.add((t[0], int(t[1]) * P + int(t[2])))
    return D, P, C, Q, R, un
