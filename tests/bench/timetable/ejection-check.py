#!/usr/bin/env python3
# Depth-2 ejection chains on a finished ITC-2007 timetable (an analysis tool, not part of the
# engine): an isolated lecture x moves next to another lecture of its curriculum (period t);
# each of the (at most 3) lectures that block t (same teacher, same course or a shared
# curriculum) moves, one after the other, to its best other period. Prints the best total cost
# change that keeps the timetable feasible ("(0, None)": no such chain improves it).
#   tests/bench/timetable/ejection-check.py ../shared/bench/itc2007/comp07.ctt comp07.sol
import sys,collections,itertools
import os
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from cttfile import load
ctt,sol=sys.argv[1],sys.argv[2]
D,P,C,Q,R,un=load(ctt)
cq=collections.defaultdict(list)
for q,cs in Q.items():
    for c in cs: cq[c].append(q)
L=[]  # [course, room, period]
for line in open(sol):
    t=line.split()
    if len(t)==4: L.append([t[0],t[1],int(t[2])*P+int(t[3])])
def cost(L):
    hard=0; soft=0
    occ=collections.Counter((r,p) for c,r,p in L); hard+=sum(v-1 for v in occ.values())
    tch=collections.Counter((C[c]['teacher'],p) for c,r,p in L); hard+=sum(v-1 for v in tch.values())
    cp=collections.Counter((c,p) for c,r,p in L); hard+=sum(v-1 for v in cp.values())
    qocc=collections.defaultdict(set)
    for c,r,p in L:
        if (c,p) in un: hard+=1
        for q in cq[c]:
            if p in qocc[q]: hard+=1
            qocc[q].add(p)
        soft+=max(0,C[c]['st']-R[r])
    days=collections.defaultdict(set); rooms=collections.defaultdict(set)
    for c,r,p in L: days[c].add(p//P); rooms[c].add(r)
    for c in C: soft+=5*max(0,C[c]['mwd']-len(days[c])); soft+=max(0,len(rooms[c])-1)
    for q,ps in qocc.items():
        for p in ps:
            d=p//P; a=p-1 if p%P>0 else None; b=p+1 if p%P<P-1 else None
            if (a is None or a not in ps) and (b is None or b not in ps): soft+=2
    return hard,soft
h0,s0=cost(L); print("start",h0,s0)
def isolated():
    out=[]
    qocc=collections.defaultdict(set)
    for i,(c,r,p) in enumerate(L):
        for q in cq[c]: qocc[q].add(p)
    for i,(c,r,p) in enumerate(L):
        for q in cq[c]:
            ps=qocc[q]
            if (p%P==0 or p-1 not in ps) and (p%P==P-1 or p+1 not in ps):
                tg=set()
                for pp in ps:
                    if pp//P==p//P or True:
                        for d in (-1,1):
                            t=pp+d
                            if 0<=t<D*P and t//P==pp//P and t not in ps: tg.add(t)
                out.append((i,q,sorted(tg)))
    return out
best=(0,None)
tried=0
for i,q,targets in isolated():
    c,r0,p0=L[i]
    for t in targets:
        if (c,t) in un: continue
        # blockers at t: same teacher or shared curriculum or same course
        bl=[j for j,(c2,r2,p2) in enumerate(L) if p2==t and j!=i and (C[c2]['teacher']==C[c]['teacher'] or set(cq[c2])&set(cq[c]) or c2==c)]
        if len(bl)>3: continue
        save=[list(x) for x in L]
        # x to t: room of the blocker if any, else its own room if free, else any free room
        used={L[j][1] for j in range(len(L)) if L[j][2]==t and j not in bl}
        if bl: room=L[bl[0]][1]
        elif r0 not in used: room=r0
        else:
            free=[rr for rr in R if rr not in used]
            if not free: continue
            room=min(free,key=lambda rr:max(0,C[c]['st']-R[rr]))
        L[i]=[c,room,t]
        if not bl:
            tried+=1; h,s=cost(L)
            if h==0 and s-s0<best[0]: best=(s-s0,(c,p0,t,None))
        else:
            # every blocker in turn to its best other period (greedy), x's room from the first
            moved=[]
            ok=True
            for j in bl:
                c2,r2,p2=save[j]
                cand=None
                for u in range(D*P):
                    if u==t: continue
                    used2={L[k][1] for k in range(len(L)) if L[k][2]==u and k!=j}
                    rr=r2 if r2 not in used2 else None
                    if rr is None:
                        free=[x for x in R if x not in used2]
                        if not free: continue
                        rr=min(free,key=lambda x:max(0,C[c2]['st']-R[x]))
                    L[j]=[c2,rr,u]
                    tried+=1; h,s=cost(L)
                    if cand is None or (h,s)<cand[0]: cand=((h,s),u,rr)
                    L[j]=list(save[j])
                if cand is None: ok=False; break
                L[j]=[c2,cand[2],cand[1]]; moved.append((c2,cand[1]))
            if ok:
                h,s=cost(L)
                if h==0 and s-s0<best[0]: best=(s-s0,(c,p0,t,moved))
        L[:]=[list(x) for x in save]
print(sol,"tried",tried,"best change",best)
