#!/bin/bash
# Runs the engine on a family of generated ITC-2007 instances (ebilim-timetable generate: random
# instances with a planted feasible timetable) of chosen size and tightness: instances the method
# was not tuned on. Reports per instance and seed the time to the first feasible timetable and
# the final UD2 cost, next to the planted timetable's cost (the same run's baseline).
#
#   tests/bench/timetable/run-generated.sh [--time-limit S] [--seeds "1 2"] [--instances "g01 g02"]
#                                          [--out FILE.md] [--work DIR] [--solver-args "..."]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${EBILIM_TIMETABLE:-$root/build-tt/bin/ebilim-timetable}
limit=10
seeds="1"
instances=""
out=""
work=""
solverArgs=""
while [ $# -gt 0 ]; do
    case "$1" in
        --time-limit) limit=$2; shift 2 ;;
        --seeds) seeds=$2; shift 2 ;;
        --instances) instances=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --solver-args) solverArgs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$bin" ] || { echo "build ebilim-timetable first ($bin)" >&2; exit 1; }
work=${work:-$(mktemp -d)}
mkdir -p "$work"

# name | generator options (the instance seed is fixed: the family is the same in every run)
family() {
cat <<'LIST'
g01|--days 5 --periods 6 --rooms 6 --occupancy 0.85 --unavailable 0.06
g02|--days 5 --periods 5 --rooms 16 --occupancy 0.7 --unavailable 0.25
g03|--days 5 --periods 5 --rooms 20 --occupancy 0.87 --unavailable 0.2
g04|--days 6 --periods 6 --rooms 9 --occupancy 0.47 --unavailable 0.4 --curricula 140 --curriculum-size 2-6
g05|--days 5 --periods 6 --rooms 10 --occupancy 1.0 --unavailable 0.1
g06|--days 5 --periods 5 --rooms 16 --occupancy 0.8 --unavailable 0.2 --curriculum-size 6-12
g07|--days 5 --periods 6 --rooms 12 --occupancy 0.8 --unavailable 0.6
g08|--days 5 --periods 9 --rooms 40 --occupancy 0.8 --unavailable 0.2
g09|--days 6 --periods 8 --rooms 80 --occupancy 0.75 --unavailable 0.2
g10|--days 5 --periods 6 --rooms 16 --occupancy 0.8 --unavailable 0.2 --courses-per-teacher 3
g11|--days 5 --periods 5 --rooms 16 --occupancy 0.95 --unavailable 0.4 --curriculum-size 5-10 --courses-per-teacher 2
g12|--days 5 --periods 12 --rooms 15 --occupancy 0.8 --unavailable 0.2
LIST
}

{
echo "| instance | lectures | rooms | curricula | seed | first feasible (s) | cost | planted cost | wall (s) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$work/table.md"
family | while IFS='|' read -r name opts; do
    if [ -n "$instances" ] && ! [[ " $instances " == *" $name "* ]]; then
        continue
    fi
    # shellcheck disable=SC2086
    info=$("$bin" generate --out "$work/$name.ctt" --planted "$work/$name.planted.sol" --seed 1 --name "$name" $opts)
    lectures=$(sed -n 's/.* lectures=\([0-9]*\).*/\1/p' <<<"$info")
    rooms=$(sed -n 's/.* rooms=\([0-9]*\).*/\1/p' <<<"$info")
    curricula=$(sed -n 's/.* curricula=\([0-9]*\).*/\1/p' <<<"$info")
    planted=$("$bin" evaluate --ctt "$work/$name.ctt" --sol "$work/$name.planted.sol")
    plantedCost=$(sed -n 's/^violations=0 cost=\([0-9]*\)$/\1/p' <<<"$planted")
    [ -n "$plantedCost" ] || { echo "$name: planted timetable has hard violations" >&2; exit 1; }
    for seed in $seeds; do
        start=$(date +%s.%N)
        # shellcheck disable=SC2086
        "$bin" solve --ctt "$work/$name.ctt" --time-limit "$limit" --seed "$seed" --quiet \
            --out "$work/$name-$seed.sol" $solverArgs > "$work/$name-$seed.log" || true
        end=$(date +%s.%N)
        check=$("$bin" evaluate --ctt "$work/$name.ctt" --sol "$work/$name-$seed.sol")
        violations=$(sed -n 's/^violations=\([0-9]*\) cost=.*/\1/p' <<<"$check")
        cost=$(sed -n 's/^violations=[0-9]* cost=\([0-9]*\)$/\1/p' <<<"$check")
        [ "$violations" = 0 ] || cost="infeasible ($violations)"
        first=$(sed -n 's/.*firstFeasible=\([-0-9.e]*\).*/\1/p' "$work/$name-$seed.log")
        printf '| %s | %s | %s | %s | %s | %.3f | %s | %s | %.1f |\n' "$name" "$lectures" "$rooms" "$curricula" \
            "$seed" "$first" "$cost" "$plantedCost" "$(echo "$end - $start" | bc)" >> "$work/table.md"
    done
done
cat "$work/table.md"
if [ -n "$out" ]; then
    cp "$work/table.md" "$out"
fi
