#!/usr/bin/env bash
# ITC-2007 Track 3 (CB-CTT, UD2) benchmark of ebilim-timetable: one thread, sequential runs.
#
#   tests/bench/timetable/run-itc2007.sh [--bin PATH] [--data DIR] [--time-limit S]
#        [--seeds "1 2 ..."] [--instances "comp01 comp02 ..."] [--out FILE.md] [--work DIR]
#        [--solver-args "--drop-clashes 0 ..."]   (options added to every `solve`)
#
# Writes a markdown table (per instance: runs, feasible runs, slowest time to first feasible,
# mean/best cost, gap of the mean to the best known, longest wall time) to --out (default stdout).
# Every solution is re-scored with `ebilim-timetable evaluate` (the independent UD2 evaluator).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
bin="${EBILIM_TIMETABLE_BIN:-$root/build-tt/bin/ebilim-timetable}"
data="${EBILIM_SHARED_DIR:-$root/../shared}/bench/itc2007"
limit=60
seeds="1 2 3 4 5 6 7 8 9 10"
instances="comp01 comp02 comp03 comp04 comp05 comp06 comp07"
out=""
work=""
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin="$2"; shift 2 ;;
        --solver-args) read -r -a extra <<< "$2"; shift 2 ;;
        --data) data="$2"; shift 2 ;;
        --time-limit) limit="$2"; shift 2 ;;
        --seeds) seeds="$2"; shift 2 ;;
        --instances) instances="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$bin" ] || { echo "no solver binary at $bin (build target ebilim-timetable)" >&2; exit 1; }
[ -n "$work" ] || work="$(mktemp -d)"
mkdir -p "$work"

# best known / ITC-2007 winner (competition) / winner's solver at 60 s on this kind of machine
declare -A best=([comp01]=5 [comp02]=24 [comp03]=64 [comp04]=35 [comp05]=284 [comp06]=27 [comp07]=6)
declare -A itc=([comp01]=5 [comp02]=51 [comp03]=84 [comp04]=37 [comp05]=330 [comp06]=48 [comp07]=20)
declare -A m60=([comp01]=5 [comp02]=66 [comp03]=84 [comp04]=35 [comp05]=352 [comp06]=44 [comp07]=23)

# raw.tsv columns: instance, seed, hard violations, cost, first feasible (s), wall (s), moves, anneals
raw="$work/raw.tsv"
: > "$raw"
for inst in $instances; do
    for seed in $seeds; do
        sol="$work/$inst-s$seed-t$limit.sol"
        start=$(date +%s.%N)
        line=$("$bin" solve --ctt "$data/$inst.ctt" --time-limit "$limit" --seed "$seed" --out "$sol" --quiet "${extra[@]}" \
               | grep -E '^instance=' || true)
        end=$(date +%s.%N)
        wall=$(echo "$end - $start" | bc -l)
        first=$(echo "$line" | sed -n 's/.*firstFeasible=\([^ ]*\).*/\1/p')
        iters=$(echo "$line" | sed -n 's/.*iterations=\([0-9]*\).*/\1/p')
        anneals=$(echo "$line" | sed -n 's/.*anneals=\([0-9]*\).*/\1/p')
        eval_out=$("$bin" evaluate --ctt "$data/$inst.ctt" --sol "$sol")
        viol=$(echo "$eval_out" | sed -n 's/^violations=\([0-9]*\) cost=\([0-9]*\)/\1/p')
        cost=$(echo "$eval_out" | sed -n 's/^violations=\([0-9]*\) cost=\([0-9]*\)/\2/p')
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$inst" "$seed" "$viol" "$cost" "$first" "$wall" "$iters" "${anneals:-1}" >> "$raw"
        echo "$inst seed=$seed violations=$viol cost=$cost firstFeasible=$first wall=$wall moves=$iters anneals=${anneals:-1}" >&2
    done
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
{
    echo "ITC-2007 track 3, UD2; time limit ${limit} s, 1 thread, seeds: ${seeds}; CPU: ${cpu}"
    echo
    echo "| instance | best known | ITC winner | winner's solver 60 s | runs | feasible | max time to feasible (s) | mean | best | gap of mean to best known | max wall (s) |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for inst in $instances; do
        awk -F'\t' -v inst="$inst" -v bk="${best[$inst]:-}" -v itc="${itc[$inst]:-}" -v m60="${m60[$inst]:-}" '
            $1 == inst { n++; if ($3 == 0) { f++; s += $4; if (b == "" || $4 < b) b = $4 }
                         if ($5 > ff) ff = $5; if ($6 > w) w = $6 }
            END {
                mean = f ? s / f : -1
                gap = (f && bk > 0) ? sprintf("%.1f %%", 100 * (mean - bk) / bk) : "-"
                printf "| %s | %s | %s | %s | %d | %d | %.3f | %s | %s | %s | %.2f |\n", inst, bk, itc, m60, n, f, ff,
                       f ? sprintf("%.1f", mean) : "-", f ? b : "-", gap, w
            }' "$raw"
    done
    awk -F'\t' -v bests="$(for i in $instances; do echo -n "$i=${best[$i]:-0} "; done)" '
        BEGIN { n = split(bests, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); bk[kv[1]] = kv[2] } }
        $3 == 0 { s[$1] += $4; c[$1]++ }
        END { for (i in c) if (bk[i] > 0) { g += (s[i] / c[i] - bk[i]) / bk[i]; k++ }
              if (k) printf "\nMean gap of the mean cost to the best known over %d instances: %.1f %%\n", k, 100 * g / k }' "$raw"
} > "${out:-/dev/stdout}"
echo "raw results: $raw" >&2
