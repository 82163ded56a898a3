#!/usr/bin/env python3
# Exact re-timing of part of a finished ITC-2007 timetable (an analysis tool, not part of the
# engine; needs the Debian package coinor-cbc). The part is either the lectures of one or more
# days (they may go to any period of those days; with two or more days, from one day to another,
# so minimum working days count too) or every lecture of the courses of one or more curricula
# (to any period of the week). Every other lecture stays where it is, in its room. Hard rules:
# teachers, curricula, availability, at most one lecture of a course per period, and rooms as
# Hall's condition on capacities (in each period, for every size s, at most as many re-timed
# lectures of s or more students as rooms holding s that no staying lecture holds), so a room of
# sufficient capacity exists for every lecture; room stability is not modelled. The objective is
# the curriculum compactness of the curricula touched (on the chosen days) plus minimum working
# days when more than one day is open; CBC starts from the current timetable.
#   tests/bench/timetable/day-reopt-check.py ../shared/bench/itc2007/comp07.ctt comp07.sol \
#       [--seconds 60] [--no-capacity] [--each-curriculum] [0 | 0,3 | q038 | q043,q044 | ...]
#   (default: every single day; --each-curriculum: every curriculum alone)
# Prints per set the current and the best value found, and whether CBC proved it optimal.
import collections, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cttfile import load  # noqa: E402

args = sys.argv[1:]
seconds = '60'
if '--seconds' in args:
    i = args.index('--seconds'); seconds = args[i + 1]; del args[i:i + 2]
capacity = '--no-capacity' not in args
args = [a for a in args if a != '--no-capacity']
ctt, sol = args[0], args[1]
D, P, C, Q, R, un = load(ctt)
L = []
for line in open(sol):
    t = line.split()
    if len(t) == 4:
        L.append((t[0], t[1], int(t[2]) * P + int(t[3])))
cq = collections.defaultdict(list)
for q, cl in Q.items():
    for c in cl:
        cq[c].append(q)

def isolated_cost(occ):
    cost = 0
    for q, ps in occ.items():
        for p in ps:
            left = p % P > 0 and p - 1 in ps
            right = p % P < P - 1 and p + 1 in ps
            if not left and not right:
                cost += 2
    return cost

def check(Ds, courses=None):
    """Re-times the lectures on days Ds, or (courses given) every lecture of those courses on
    any day; the others stay. Returns (current, best, status, number of courses re-timed)."""
    selected = (lambda c, p: c in courses) if courses is not None else (lambda c, p: p // P in Ds)
    if courses is not None:
        Ds = list(range(D))
    per = [d * P + k for d in Ds for k in range(P)]
    n = collections.Counter(c for c, r, p in L if selected(c, p))
    other = collections.defaultdict(set)      # days of a course's lectures that stay
    days = collections.defaultdict(set)
    fixedT = collections.defaultdict(set)     # periods of a teacher / curriculum / room held
    fixedQ = collections.defaultdict(set)     # by lectures that stay
    fixedR = collections.defaultdict(set)
    for c, r, p in L:
        days[c].add(p // P)
        if not selected(c, p):
            other[c].add(p // P)
            fixedT[C[c]['teacher']].add(p)
            fixedR[p].add(r)
            for q in cq[c]:
                fixedQ[q].add(p)
    cs = sorted(n)
    idx = {c: i for i, c in enumerate(cs)}
    qs = sorted({q for c in cs for q in cq[c]})
    occ = collections.defaultdict(set)
    for c, r, p in L:
        if p // P in Ds:
            for q in cq[c]:
                if q in qs:
                    occ[q].add(p)
    current = isolated_cost(occ)
    if len(Ds) > 1:
        current += sum(5 * max(0, C[c]['mwd'] - len(days[c])) for c in cs)
    ok = lambda c, p: (c, p) not in un and p // P not in other[c] and p not in fixedT[C[c]['teacher']] \
        and not any(p in fixedQ[q] for q in cq[c])
    y = lambda c, p: 'y_%d_%d' % (idx[c], p)
    cons = []; obj = []; bins = []; const = 0
    for c in cs:
        vs = [y(c, p) for p in per if ok(c, p)]
        if len(vs) < n[c]:
            return current, None, 'no room for course %s' % c, len(cs)
        bins += vs
        cons.append(' + '.join(vs) + ' = %d' % n[c])
    teachers = collections.defaultdict(list)
    for c in cs:
        teachers[C[c]['teacher']].append(c)
    for cl in teachers.values():
        for p in per:
            vs = [y(c, p) for c in cl if ok(c, p)]
            if len(vs) > 1:
                cons.append(' + '.join(vs) + ' <= 1')
    for qi, q in enumerate(qs):
        cl = [c for c in Q[q] if c in n]
        z = lambda pp: [y(c, pp) for c in cl if ok(c, pp)]
        f = lambda pp: 1 if pp in fixedQ[q] else 0
        for p in per:
            if len(z(p)) > 1:
                cons.append(' + '.join(z(p)) + ' <= 1')
            if not z(p) and not f(p):
                continue
            nbs = ([p - 1] if p % P > 0 else []) + ([p + 1] if p % P < P - 1 else [])
            if not z(p) and any(f(pp) for pp in nbs):
                continue                      # a lecture that stays and has a neighbour that stays
            nb = [v for pp in nbs for v in z(pp)]
            rhs = f(p) - sum(f(pp) for pp in nbs)
            if not z(p) and not nb:
                const += 2 * max(0, rhs)
                continue
            iv = 'iso_%d_%d' % (qi, p)
            obj.append('2 ' + iv)
            cons.append(iv + (' - ' + ' - '.join(z(p)) if z(p) else '') + (' + ' + ' + '.join(nb) if nb else '')
                        + ' >= %d' % rhs)
    for p in per:
        free = [R[r] for r in R if r not in fixedR[p]]
        sizes = sorted({C[c]['st'] for c in cs}) if capacity else [0]
        for s in sizes:
            rooms = sum(1 for cap in free if cap >= s) if capacity else len(free)
            vs = [y(c, p) for c in cs if ok(c, p) and C[c]['st'] >= s]
            if len(vs) > rooms:
                cons.append(' + '.join(vs) + ' <= %d' % rooms)
    start = {y(c, p): 1 for c, r, p in L if selected(c, p)}
    if len(Ds) > 1:
        for c in cs:
            ws = []
            for d in Ds:
                if d in other[c]:
                    continue
                yy = [y(c, p) for p in per if p // P == d and ok(c, p)]
                if not yy:
                    continue
                w = 'w_%d_%d' % (idx[c], d); ws.append(w); bins.append(w)
                cons.append(w + ' - ' + ' - '.join(yy) + ' <= 0')
                if d in days[c]:
                    start[w] = 1
            need = C[c]['mwd'] - len(other[c])
            if need > 0:
                s = 'short_%d' % idx[c]; obj.append('5 ' + s)
                cons.append(s + (' + ' + ' + '.join(ws) if ws else '') + ' >= %d' % need)
    with tempfile.TemporaryDirectory() as tmp:
        lp, mst = os.path.join(tmp, 'day.lp'), os.path.join(tmp, 'start.mst')
        with open(mst, 'w') as f:
            f.write('Feasible - objective value %d\n' % (current - const))
            for i, (k, v) in enumerate(sorted(start.items())):
                f.write('%d %s %d\n' % (i, k, v))
        with open(lp, 'w') as f:
            f.write('Minimize\n obj: ' + (' +\n '.join(obj) if obj else '0 ' + bins[0]) + '\nSubject To\n')
            for i, cn in enumerate(cons):
                f.write(' c%d: %s\n' % (i, cn.replace(' + ', ' +\n ').replace(' - ', ' -\n ')))
            f.write('Binary\n ' + '\n '.join(bins) + '\nEnd\n')
        out = subprocess.run(['cbc', lp, 'mips', mst, 'sec', seconds, 'solve', 'quit'],
                             capture_output=True, text=True).stdout
    best = None; status = '?'
    for line in out.splitlines():
        if line.startswith('Objective value:'):
            best = float(line.split()[-1]) + const
        if line.startswith('Result - '):
            status = 'optimal' if 'Optimal' in line else line[len('Result - '):]
    return current, best, status, len(cs)

each_curriculum = '--each-curriculum' in args
args = [a for a in args if a != '--each-curriculum']
sets = []   # (label, days, courses)
for a in args[2:]:
    t = a.split(',')
    if all(x.isdigit() for x in t):
        sets.append(('days ' + a, [int(d) for d in t], None))
    else:
        sets.append(('curricula ' + a, None, {c for q in t for c in Q[q]}))
if each_curriculum:
    sets += [('curriculum ' + q, None, set(Q[q])) for q in sorted(Q)]
for label, Ds, courses in sets or [('days %d' % d, [d], None) for d in range(D)]:
    current, best, status, ncourses = check(Ds, courses)
    print('%s %s courses %d current %d best %s (%s)' % (os.path.basename(sol), label, ncourses, current, best,
                                                       status))
