#!/usr/bin/env bash
# Client benchmark (issue goals): start → login dialog, open a cached 10,000-row list, replay
# 1,000 outbox entries against a local server, RSS with 10,000 cached students. Not a pass/fail
# test: it prints a markdown report and writes it to tests/bench/client/RESULTS-client.md
# (OUT=… to write elsewhere). Every case is compared with a baseline measured in the same run.
#
#   tests/bench/client/run-client-bench.sh
#
# Knobs (environment): BUILD_DIR (default <repo>/build-cbench, built here in Release),
# RUNS (5: processes per UI case, the median is reported), ROWS (10000), SYNC_N (1000),
# SYNC_REPS (3), SYNC_LIST_ROWS (= ROWS: one more replay with a list of that many rows open; 0 = skip), LANG_CODE (ky), SKIP_BUILD (0), OUT.
# Needs: jq; PostgreSQL 15 server binaries (initdb, pg_ctl) for the replay case; openssl.
# Everything runs offscreen (QT_QPA_PLATFORM=offscreen) with a throw-away HOME; the temporary
# folder is removed at the end.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO/build-cbench}
RUNS=${RUNS:-5}
ROWS=${ROWS:-10000}
SYNC_N=${SYNC_N:-1000}
SYNC_REPS=${SYNC_REPS:-3}
SYNC_LIST_ROWS=${SYNC_LIST_ROWS:-$ROWS}
LANG_CODE=${LANG_CODE:-ky}
OUT=${OUT:-$HERE/RESULTS-client.md}

command -v jq >/dev/null || { echo "run-client-bench: jq is missing" >&2; exit 1; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# --- build (Release) ---------------------------------------------------------------------
TARGETS="ebilim-bench-qtbare ebilim-client-bench ebilim-client-bench-sync ebilim-client"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building $TARGETS in $BUILD_DIR"
    if ! { [ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$BUILD_DIR.log" 2>&1; } \
        || ! cmake --build "$BUILD_DIR" --target $TARGETS >"$BUILD_DIR.log" 2>&1; then
        echo "run-client-bench: build failed (see $BUILD_DIR.log); using the binaries already built" >&2
    fi
fi
BIN=$BUILD_DIR/bin
for b in ebilim-bench-qtbare ebilim-client-bench ebilim-client-bench-sync; do
    [ -x "$BIN/$b" ] || { echo "run-client-bench: $BIN/$b not built" >&2; exit 1; }
done
BUILD_TYPE=$(grep -m1 '^CMAKE_BUILD_TYPE:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2)

WORK=$(mktemp -d /tmp/ebilim-cbench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_RUNTIME_DIR=$WORK/run QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
R=$WORK/results.jsonl
: >"$R"
loadavg() { cut -d' ' -f1 /proc/loadavg; }
# Runs a bench program with EBILIM_BENCH_T0 = the wall clock just before fork+exec (bash builtin).
# Output goes to a file first: a pipe into jq would start jq at the same time, on the same 2 cores.
run() {
    local l
    l=$(loadavg)
    EBILIM_BENCH_T0=$EPOCHREALTIME "$@" >"$WORK/one.json" 2>>"$WORK/stderr.log" || echo "run-client-bench: $* failed" >&2
    jq -c --arg l "$l" '. + {load1: $l}' "$WORK/one.json" >>"$R"
}

# --- 1. start → login dialog ---------------------------------------------------------------
log "1. startup: $RUNS × (bare QApplication + QWidget, ebilim client login dialog), one warm-up each"
"$BIN/ebilim-bench-qtbare" >/dev/null; "$BIN/ebilim-client-bench" login >/dev/null
for _ in $(seq 1 "$RUNS"); do
    run "$BIN/ebilim-bench-qtbare"
    run "$BIN/ebilim-client-bench" login --lang "$LANG_CODE"
done
# The real program up to its command-line parser: `ebilim-client --help` exits right after
# QApplication + parser.process() (same libraries as the bench program; exec → exit).
HELP_MS=()
if [ -x "$BIN/ebilim-client" ]; then
    for _ in $(seq 1 "$RUNS"); do
        a=$EPOCHREALTIME; "$BIN/ebilim-client" --help >/dev/null 2>&1 || true; b=$EPOCHREALTIME
        HELP_MS+=("$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.1f", (b-a)*1000}')")
    done
fi
HELP_MED=$(printf '%s\n' "${HELP_MS[@]:-0}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')

# --- 2. cached list of ROWS rows -----------------------------------------------------------
log "2. list: filling a store with $ROWS students, then $RUNS × (raw SQLite SELECT, store → model → DataTableView)"
LIST=$WORK/list.sqlite
"$BIN/ebilim-client-bench" fill --out "$LIST" --rows "$ROWS" --entity student | jq -c '. + {case: "fill-student"}' >>"$R"
for _ in $(seq 1 "$RUNS"); do
    run "$BIN/ebilim-client-bench" list-sql --store "$LIST" --entity student
    run "$BIN/ebilim-client-bench" list --store "$LIST" --entity student --lang "$LANG_CODE"
done
log "2b. the real OrgScreen over $ROWS cached units, 3 runs"
mkdir -p "$WORK/org"
"$BIN/ebilim-client-bench" fill --out "$WORK/org/ebilim-bench_7443-bench.sqlite" --rows "$ROWS" --entity unit | jq -c '. + {case: "fill-unit"}' >>"$R"
for _ in 1 2 3; do
    run "$BIN/ebilim-client-bench" org --store-dir "$WORK/org" --lang "$LANG_CODE"
done
log "2c. OrgScreen: one more run that also sorts by the parent-unit column (slow: see the report)"
run "$BIN/ebilim-client-bench" org --store-dir "$WORK/org" --lang "$LANG_CODE" --sort-parent
# (the last line is the sort-parent run: rename its case)
sed -i '$ s/"case":"org"/"case":"org-sort-parent"/' "$R"

# --- 4. RSS ------------------------------------------------------------------------------------
log "4. RSS: $RUNS × main window, then $ROWS cached students in a DataTableView tab"
mkdir -p "$WORK/rss"
"$BIN/ebilim-client-bench" fill --out "$WORK/rss/ebilim-bench_7443-bench.sqlite" --rows "$ROWS" --entity student >/dev/null
for _ in $(seq 1 "$RUNS"); do
    run "$BIN/ebilim-client-bench" rss --store-dir "$WORK/rss" --lang "$LANG_CODE"
done

# --- 3. outbox replay --------------------------------------------------------------------------
log "3. replay: $SYNC_REPS × ($SYNC_N profile.save straight through Session, outbox file, outbox in memory) on the in-process server, then once with a $SYNC_LIST_ROWS-row list open"
"$BIN/ebilim-client-bench-sync" --n "$SYNC_N" --reps "$SYNC_REPS" --list-open-rows "$SYNC_LIST_ROWS" >"$WORK/sync.jsonl" 2>"$WORK/sync.log" \
    || { echo "run-client-bench: replay case failed" >&2; tail -20 "$WORK/sync.log" >&2; }
cat "$WORK/sync.jsonl" >>"$R"

# --- report --------------------------------------------------------------------------------
# med CASE FIELD → median (lower middle) over the runs; rng CASE FIELD → "min–max"
med() { jq -s --arg c "$1" --arg f "$2" '[.[] | select(.case == $c) | .[$f] | numbers] | sort | if length == 0 then "—" else .[((length - 1) / 2 | floor)] * 10 | round / 10 end' "$R"; }
rng() { jq -rs --arg c "$1" --arg f "$2" '[.[] | select(.case == $c) | .[$f] | numbers] | sort | if length == 0 then "—" else "\(.[0] * 10 | round / 10)–\(.[-1] * 10 | round / 10)" end' "$R"; }
mb() { awk -v k="$1" 'BEGIN{ if (k == "—") print "—"; else printf "%.1f", k/1024 }'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN{ if (v == "—") print "—"; else if (v + 0 <= g + 0) print "met"; else print "**missed**" }'; }

L_PAINT=$(med login exec_to_paint_ms); B_PAINT=$(med qtbare exec_to_paint_ms)
LIST_MS=$(med list open_to_paint_ms); SQL_MS=$(med list-sql select_ms); SQLD_MS=$(med list-sql select_decode_ms)
SORT_MS=$(med list sort_lastname_paint_ms)
REPLAY=$(med outbox-file replay_ms); DIRECT=$(med direct send_ms); REPLAY_MEM=$(med outbox-memory replay_ms)
ENQ=$(med outbox-file enqueue_ms); ENQ_MEM=$(med outbox-memory enqueue_ms)
RSS_LOADED=$(med rss rss_loaded_kb); HWM_LOADED=$(med rss hwm_sorted_kb); RSS_BASE=$(med rss rss_base_kb)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$REPO" status --porcelain 2>/dev/null | grep -qv '^??' && echo " (+ local changes elsewhere in the tree)" || true)
QTV=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo "?")
SQLV=$(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo "?")
FS=$(df -T /tmp 2>/dev/null | awk 'NR==2{print $2}')
{
    echo "# eBilim client benchmark"
    echo
    echo "Generated by \`tests/bench/client/run-client-bench.sh\` — $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$COMMIT\`$DIRTY."
    echo
    echo "Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(uname -sr);" \
         "Qt $QTV, SQLite $SQLV; temporary files on $FS. $BUILD_TYPE build; QT_QPA_PLATFORM=offscreen, Fusion style, language \`$LANG_CODE\`."
    echo "**The machine was shared with another benchmark** — load average before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)" \
         "(the 1-minute load at each run is in the raw results). UI cases: $RUNS processes each (after one warm-up), median (min–max);" \
         "replay: $SYNC_REPS repetitions in one process, median (min–max)."
    echo
    echo "| # | goal | measured (median) | range | baseline (same run) | baseline value | goal |"
    echo "|---|---|---:|---|---|---:|---|"
    echo "| 1 | start → login dialog painted ≤ 1 s | $L_PAINT ms | $(rng login exec_to_paint_ms) | bare QApplication + empty QWidget (Qt Widgets only) | $B_PAINT ms | $(verdict "$L_PAINT" 1000) |"
    echo "| 2 | open cached list of $ROWS rows ≤ 1 s (store open → model → DataTableView painted) | $LIST_MS ms | $(rng list open_to_paint_ms) | raw SQLite SELECT of the rows (+ CBOR decode) | $SQL_MS ms ($SQLD_MS ms) | $(verdict "$LIST_MS" 1000) |"
    echo "| 2 | … then sort by last name (Kyrgyz collation) until repainted | $SORT_MS ms | $(rng list sort_lastname_paint_ms) | — | — | $(verdict "$SORT_MS" 1000) |"
    echo "| 3 | replay $SYNC_N outbox entries from a store file ≤ 5 s | $REPLAY ms | $(rng outbox-file replay_ms) | the same $SYNC_N profile.save straight through Session | $DIRECT ms | $(verdict "$REPLAY" 5000) |"
    echo "| 3 | … enqueue $SYNC_N edits into the store file (offline) | $ENQ ms | $(rng outbox-file enqueue_ms) | enqueue into an in-memory store | $ENQ_MEM ms | — |"
    echo "| 3 | … replay from an in-memory store (no fsync) | $REPLAY_MEM ms | $(rng outbox-memory replay_ms) | | | — |"
    LISTOPEN=$(med outbox-file-list-open replay_ms)
    echo "| 3 | … replay from the store file while a list of $SYNC_LIST_ROWS cached rows of the same entity is open (EntityTableModel; one run) | $LISTOPEN ms | | replay without the list (above) | $REPLAY ms | $(verdict "$LISTOPEN" 5000) |"
    echo "| 4 | RSS ≤ 150 MB with $ROWS cached students (main window + DataTableView tab) | $(mb "$RSS_LOADED") MB VmRSS, $(mb "$HWM_LOADED") MB VmHWM | $(rng rss rss_loaded_kb) KiB | same process, main window up, before loading the rows | $(mb "$RSS_BASE") MB | $(verdict "$(mb "$HWM_LOADED")" 150) |"
    echo
    echo "### 1. Start → login dialog (ms, medians)"
    echo
    echo "Time from fork+exec (bash \`\$EPOCHREALTIME\` taken just before the exec) to the end of the dialog's first paint pass."
    echo "\`ebilim-client-bench login\` repeats \`client/app/main.cpp\` up to the dialog (QApplication, organisation names, Fusion, the"
    echo "command-line parser, \`registerClientModules()\`, LanguageManager + QSettings, ClientContext, LoginDialog) and calls \`show()\`"
    echo "instead of \`exec()\`; it links exactly what \`ebilim-client\` links. The client itself has no hook reporting the dialog."
    echo
    echo "| program | exec → main | main → QApplication | style+parser | modules+language | context+dialog ctor | show → painted | main → exposed | **exec → painted** | VmRSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    echo "| bare QApplication + QWidget | $(med qtbare exec_to_main_ms) | $(med qtbare main_to_app_ms) | | | | | $(med qtbare main_to_exposed_ms) | **$B_PAINT** | $(mb "$(med qtbare rss_kb)") |"
    echo "| client login dialog | $(med login exec_to_main_ms) | $(med login main_to_app_ms) | $(med login style_ms) | $(med login modules_lang_ms) | $(med login context_dialog_ms) | $(med login show_to_paint_ms) | $(med login main_to_exposed_ms) | **$L_PAINT** | $(mb "$(med login rss_kb)") |"
    echo
    echo "Cross-check: the real \`ebilim-client --help\` (exec → QApplication → parser → exit) takes $HELP_MED ms (median of $RUNS)."
    echo
    echo "### 2. Cached list of $ROWS students (ms, medians)"
    echo
    echo "Store filled once with \`LocalStore::putRows\` ($(jq -s '[.[] | select(.case == "fill-student")][0] | "\(.rows) rows, \(.cbor_bytes) bytes of CBOR, putRows \(.putrows_ms * 10 | round / 10) ms, again (refresh) \(.putrows_again_ms * 10 | round / 10) ms"' -r "$R"))."
    echo "Columns: 11 (PIN, names, birth date, group, faculty, course, status, phone, e-mail); the DataTableView is 1280×800."
    echo "Kyrgyz fallback collation in use: $(jq -rs '[.[] | select(.case == "list")][0].kyrgyz_fallback_collation' "$R")."
    echo
    echo "| step | median | range |"
    echo "|---|---:|---|"
    for f in open_store_ms model_ms view_setmodel_ms show_to_paint_ms open_to_paint_ms sort_lastname_ms sort_lastname_paint_ms sort_birthdate_paint_ms sort_course_paint_ms search_ms search_paint_ms search_clear_ms row_change_with_list_open_ms reload_unchanged_ms; do
        echo "| list \`$f\` | $(med list "$f") | $(rng list "$f") |"
    done
    for f in open_ms select_ms select_decode_ms; do
        echo "| baseline raw SQLite \`$f\` | $(med list-sql "$f") | $(rng list-sql "$f") |"
    done
    echo
    echo "The real \`OrgScreen\` (Institution structure) over $ROWS cached units (3 runs): open → painted $(med org open_to_paint_ms) ms;" \
         "search \"Department 999\" $(med org search_ms) ms ($(rng org search_ms)); sort by kind (formatter column) $(med org sort_kind_ms) ms;" \
         "sort by the parent-unit column (one run) **$(med org-sort-parent sort_parent_ms) ms**. Units: 1 university, 100 faculties," \
         "the rest departments under a random earlier unit, in shuffled list order (the server's order is not the id order)."
    echo
    echo "### 3. Outbox replay, $SYNC_N × profile.save (ms)"
    echo
    echo "In-process server (\`ServerFixture\`: 4 workers, TLS on loopback, throw-away PostgreSQL cluster with fsync on) in the same"
    echo "process as the client; the store file is in $FS \`/tmp\` (WAL, synchronous=FULL). Replay = reconnect (resume) until"
    echo "\`SyncWorker::drained\`. Baseline: the same requests through \`Session::call\`, each sent when the previous answered."
    echo
    echo "| case | rep | enqueue | reconnect → logged in | replay / send | per edit | ok |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    jq -r 'select(.case == "direct" or .case == "outbox-file" or .case == "outbox-memory" or .case == "outbox-file-list-open")
        | "| \(.case) | \(.rep) | \(if .enqueue_ms then (.enqueue_ms|round|tostring) else "—" end) | \(if .reconnect_to_loggedin_ms then (.reconnect_to_loggedin_ms|round|tostring) else "—" end) | \((.replay_ms // .send_ms)|round) | \(((.replay_per_edit_ms // .per_request_ms) * 100 | round) / 100) | \(.server_phone_ok) |"' "$R"
    echo
    echo "### 4. Memory (MB)"
    echo
    echo "| point | VmRSS median | VmHWM median |"
    echo "|---|---:|---:|"
    echo "| after QApplication, before any eBilim code | $(mb "$(med rss rss_start_kb)") | |"
    echo "| main window up (all modules in the navigator), no rows | $(mb "$RSS_BASE") | $(mb "$(med rss hwm_base_kb)") |"
    echo "| + $ROWS cached students in a DataTableView tab, painted | $(mb "$RSS_LOADED") | $(mb "$(med rss hwm_loaded_kb)") |"
    echo "| + sorted by last name, searched | $(mb "$(med rss rss_sorted_kb)") | $(mb "$HWM_LOADED") |"
    echo "| + every module screen opened | $(mb "$(med rss rss_all_modules_kb)") | $(mb "$(med rss hwm_all_modules_kb)") |"
    echo
    echo "Exact commands (from the repository root):"
    echo
    echo '```'
    echo "cmake -S . -B build-cbench -G Ninja -DCMAKE_BUILD_TYPE=Release"
    echo "cmake --build build-cbench --target $TARGETS"
    echo "RUNS=$RUNS ROWS=$ROWS SYNC_N=$SYNC_N SYNC_REPS=$SYNC_REPS tests/bench/client/run-client-bench.sh"
    echo "# single cases (QT_QPA_PLATFORM=offscreen):"
    echo "EBILIM_BENCH_T0=\$EPOCHREALTIME build-cbench/bin/ebilim-client-bench login"
    echo "EBILIM_BENCH_T0=\$EPOCHREALTIME build-cbench/bin/ebilim-bench-qtbare"
    echo "build-cbench/bin/ebilim-client-bench fill --out /tmp/l.sqlite --rows $ROWS --entity student"
    echo "build-cbench/bin/ebilim-client-bench list --store /tmp/l.sqlite --entity student; build-cbench/bin/ebilim-client-bench list-sql --store /tmp/l.sqlite"
    echo "build-cbench/bin/ebilim-client-bench rss --store-dir DIR   # DIR/ebilim-bench_7443-bench.sqlite filled as above"
    echo "build-cbench/bin/ebilim-client-bench-sync --n $SYNC_N --reps $SYNC_REPS"
    echo '```'
    echo
    echo "Raw results (JSON lines):"
    echo
    echo '```'
    cat "$R"
    echo '```'
} >"$WORK/report.md"

if [ -f "$OUT" ] && grep -q '^<!-- analysis -->' "$OUT"; then
    # Keep a hand-written analysis section (everything from the marker on) across re-runs.
    sed -n '/^<!-- analysis -->/,$p' "$OUT" >"$WORK/analysis.md"
    { cat "$WORK/report.md"; echo; cat "$WORK/analysis.md"; } >"$OUT"
else
    cp "$WORK/report.md" "$OUT"
fi
cat "$WORK/report.md"
log "written to $OUT"
