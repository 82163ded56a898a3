#!/usr/bin/env bash
# End-to-end server benchmark: ebilim-server over TLS vs pgbench running the same SQL on the
# same database in the same run. Not a pass/fail test: it prints a markdown report and writes
# it to tests/bench/server/RESULTS-server.md (OUT=… to write elsewhere).
#
#   tests/bench/server/run-server-bench.sh
#
# Knobs (environment): BUILD_DIR (default <repo>/build-bench, built here in Release),
# SESSIONS ("1 50 200"), WARMUP (2), DURATION (10), WORKERS (4, the server's pool),
# STUDENTS (2000), BENCH_USERS (200), LOGINS (200), LOGIN_CONC ("1 4"), PORT (17443),
# PERF (1: a system-wide perf profile of the 200-session cases, when perf exists), OUT.
# Needs: PostgreSQL 15 server + client tools (initdb, pg_ctl, psql, pgbench), jq, awk.
# Everything runs on loopback and stops by itself; the temporary data folder is removed.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
SESSIONS=${SESSIONS:-"1 50 200"}
WARMUP=${WARMUP:-2}
DURATION=${DURATION:-10}
WORKERS=${WORKERS:-4}
STUDENTS=${STUDENTS:-2000}
BENCH_USERS=${BENCH_USERS:-200}
LOGINS=${LOGINS:-200}
LOGIN_CONC=${LOGIN_CONC:-"1 4"}
PORT=${PORT:-17443}
PERF=${PERF:-1}
OUT=${OUT:-$HERE/RESULTS-server.md}

for tool in jq awk psql pgbench; do
    command -v "$tool" >/dev/null || { echo "run-server-bench: $tool is missing" >&2; exit 1; }
done

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- build (Release) ---------------------------------------------------------------------
# SKIP_BUILD=1 uses the binaries already in BUILD_DIR; a failed build (e.g. someone's half-written
# folder elsewhere in the tree) falls back to them with a warning.
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    if ! { [ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$BUILD_DIR.log" 2>&1; } \
        || ! cmake --build "$BUILD_DIR" --target ebilim-bench ebilim-server ebilim-admin >"$BUILD_DIR.log" 2>&1; then
        echo "run-server-bench: build failed (see $BUILD_DIR.log); using the binaries already built" >&2
    fi
fi
find_bin() { for d in "$BUILD_DIR/bin" "$BUILD_DIR/server" "$BUILD_DIR/tests/bench/server"; do
    [ -x "$d/$1" ] && { echo "$d/$1"; return; }; done; echo "run-server-bench: $1 not built" >&2; exit 1; }
SERVER=$(find_bin ebilim-server)
ADMIN=$(find_bin ebilim-admin)
BENCH=$(find_bin ebilim-bench)
BUILD_TYPE=$(grep -m1 '^CMAKE_BUILD_TYPE:' "$BUILD_DIR/CMakeCache.txt" | cut -d= -f2)

# --- data folder, server ------------------------------------------------------------------
WORK=$(mktemp -d /tmp/ebilim-bench.XXXXXX)
chmod 755 "$WORK"
DATA=$WORK/data
SOCK=$DATA/pg/socket
PGDATA_DIR=$DATA/pg/pgdata
PW=$WORK/password
echo "bench-Passw0rd-$RANDOM$RANDOM" >"$PW"
SERVER_PID=""

stop_all() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    fi
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then # the server stops the cluster it started; make sure
        if [ "$(id -u)" = 0 ]; then
            runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl stop -D "$PGDATA_DIR" -m fast >/dev/null 2>&1 || true
        else
            pg_ctl stop -D "$PGDATA_DIR" -m fast >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$WORK"
}
trap stop_all EXIT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
sql() { psql -h "$SOCK" -p 5432 -U ebilim -At -c "$1" ebilim; }

log "loading the demo university ($STUDENTS students) into $DATA"
"$ADMIN" --data "$DATA" demo load --students "$STUDENTS" --password-file "$PW" >"$WORK/demo.log" 2>&1

log "starting ebilim-server ($BUILD_TYPE build, $WORKERS workers) on 127.0.0.1:$PORT"
"$SERVER" --data "$DATA" --listen 127.0.0.1 --port "$PORT" --workers "$WORKERS" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
FP=""
for _ in $(seq 1 120); do
    FP=$(sed -n 's/^certificate SHA-256 fingerprint: \([0-9a-f]\{64\}\)$/\1/p' "$WORK/server.log")
    [ -n "$FP" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
done
[ -n "$FP" ] || { echo "server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }
POSTMASTER_PID=$(head -1 "$PGDATA_DIR/postmaster.pid")

log "creating $BENCH_USERS bench users (ebilim-admin user add, Argon2id)"
t0=$(date +%s.%N)
seq 1 "$BENCH_USERS" | xargs -P 2 -I{} sh -c \
    'n=$(printf "%04d" {}); "$0" --data "$1" user add "bench$n" --name "Bench User {}" --password-file "$2" --role student >/dev/null' \
    "$ADMIN" "$DATA" "$PW"
USERS_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b-a}')
read -r UMIN UMAX UCOUNT <<<"$(sql "SELECT min(id), max(id), count(*) FROM core.users WHERE username ~ '^bench[0-9]{4}\$'" | tr '|' ' ')"
if [ "$UCOUNT" != "$BENCH_USERS" ] || [ $((UMAX - UMIN + 1)) != "$BENCH_USERS" ]; then
    echo "bench users are not contiguous ($UMIN..$UMAX, $UCOUNT)" >&2; exit 1
fi
UNIT=$(sql "SELECT id FROM org.units WHERE kind = 'faculty' ORDER BY id LIMIT 1")

# --- helpers ------------------------------------------------------------------------------
HZ=$(getconf CLK_TCK)
# CPU seconds of PostgreSQL: postmaster (with reaped children) + live backends.
pg_cpu() {
    local t
    t=$(awk '{print $14+$15+$16+$17}' "/proc/$POSTMASTER_PID/stat")
    for p in $(ps --ppid "$POSTMASTER_PID" -o pid= 2>/dev/null); do
        [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0)))
    done
    echo "$t"
}
proc_cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }

bench() { # op sessions [extra args]
    local op=$1 n=$2
    shift 2
    "$BENCH" --port "$PORT" --pin "$FP" --password-file "$PW" --user-count "$BENCH_USERS" --op "$op" --sessions "$n" \
        --warmup "$WARMUP" --duration "$DURATION" --unit "$UNIT" --server-pid "$SERVER_PID" --postmaster-pid "$POSTMASTER_PID" "$@"
}

# pgbench op clients -> JSON {tps, p50_ms, p99_ms, postgres_cores, client_cores, failed}
pgb() {
    local op=$1 c=$2 j=2 tok dir
    [ "$c" -lt 2 ] && j=1
    tok=$(sql "SELECT '\\x' || encode(s.token_hash, 'hex') FROM core.sessions s JOIN core.users u ON u.id = s.user_id
               WHERE u.username = 'bench0001' AND s.ended_at IS NULL ORDER BY s.created_at DESC LIMIT 1")
    [ -n "$tok" ] || { echo "no live bench session for pgbench" >&2; exit 1; }
    local args=(-n -h "$SOCK" -p 5432 -U ebilim -c "$c" -j "$j" -M prepared -f "$HERE/pgbench/$op.sql" -D "tok=$tok" -D "unit=$UNIT" -D "ubase=$UMIN")
    dir=$(mktemp -d "$WORK/pgb.XXXX")
    pgbench "${args[@]}" -T "$WARMUP" ebilim >/dev/null 2>&1
    local pg0 pg1 w0 w1 out
    pg0=$(pg_cpu)
    w0=$(date +%s.%N)
    TIMEFORMAT='%U %S'
    { time pgbench "${args[@]}" -T "$DURATION" -l --log-prefix="$dir/log" ebilim >"$dir/out" 2>"$dir/err"; } 2>"$dir/time"
    w1=$(date +%s.%N)
    pg1=$(pg_cpu)
    local tps failed p50 p99 wall
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$dir/out")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$dir/out")
    cat "$dir"/log* | awk '{print $3}' | sort -n >"$dir/lat"
    p50=$(awk -v n="$(wc -l <"$dir/lat")" 'NR==int((n*50+99)/100){printf "%.3f", $1/1000; exit}' "$dir/lat")
    p99=$(awk -v n="$(wc -l <"$dir/lat")" 'NR==int((n*99+99)/100){printf "%.3f", $1/1000; exit}' "$dir/lat")
    wall=$(awk -v a="$w0" -v b="$w1" 'BEGIN{print b-a}')
    jq -cn --argjson tps "${tps:-0}" --argjson p50 "${p50:-0}" --argjson p99 "${p99:-0}" --argjson failed "${failed:-0}" \
        --argjson pg "$(awk -v a="$pg0" -v b="$pg1" -v hz="$HZ" -v w="$wall" 'BEGIN{printf "%.3f", (b-a)/hz/w}')" \
        --argjson cl "$(awk -v w="$wall" '{printf "%.3f", ($1+$2)/w}' "$dir/time")" \
        '{tps:$tps, p50_ms:$p50, p99_ms:$p99, failed:$failed, postgres_cores:$pg, client_cores:$cl}'
    rm -rf "$dir"
}

# --- the runs -----------------------------------------------------------------------------
RESULTS=$WORK/results.jsonl
: >"$RESULTS"
for op in read write; do
    for n in $SESSIONS; do
        log "ebilim-bench $op, $n sessions"
        s=$(bench "$op" "$n" --label "$op/$n") || { echo "$s" >&2; exit 1; }
        log "  $s"
        log "pgbench $op, $n clients"
        g=$(pgb "$op" "$n")
        log "  $g"
        ref='null'
        if [ "$n" -gt "$WORKERS" ]; then
            log "pgbench $op, $WORKERS clients (the server's pool size)"
            ref=$(pgb "$op" "$WORKERS")
            log "  $ref"
        fi
        jq -cn --argjson s "$s" --argjson g "$g" --argjson r "$ref" '{server:$s, pgbench:$g, pgbench_pool:$r}' >>"$RESULTS"
    done
done
LOGIN_RESULTS=$WORK/logins.jsonl
: >"$LOGIN_RESULTS"
for c in $LOGIN_CONC; do
    log "ebilim-bench login, $c concurrent, $LOGINS sign-ins"
    s=$(bench login "$c" --logins "$LOGINS") || { echo "$s" >&2; exit 1; }
    log "  $s"
    echo "$s" >>"$LOGIN_RESULTS"
done

PERF_TXT=$WORK/perf.txt
: >"$PERF_TXT"
if [ "$PERF" = 1 ] && command -v perf >/dev/null && perf record -a -o /dev/null -- true >/dev/null 2>&1; then
    for op in read write; do
        n=$(echo "$SESSIONS" | awk '{print $NF}')
        log "perf: system-wide profile of $op with $n sessions (separate run; not in the table)"
        rm -f "$WORK/ready"
        bench "$op" "$n" --ready-file "$WORK/ready" >"$WORK/perf-bench.json" &
        bp=$!
        while [ ! -f "$WORK/ready" ] && kill -0 "$bp" 2>/dev/null; do sleep 0.1; done
        perf record -a -g -F 499 -o "$WORK/perf.data" -- sleep "$(( DURATION > 6 ? 6 : DURATION ))" >/dev/null 2>&1 || true
        wait "$bp" || true
        {
            echo "#### $op, $n sessions: CPU samples by thread name (perf, all CPUs; other processes on the machine included)"
            echo '```'
            perf report -i "$WORK/perf.data" --no-children --sort comm --stdio -g none 2>/dev/null | grep -v '^#' | grep '%' | head -14 || true
            echo '```'
            echo "#### $op, $n sessions: hottest symbols of ebilim-server threads, ebilim-bench and postgres"
            echo '```'
            perf report -i "$WORK/perf.data" --no-children --sort comm,dso,sym --stdio -g none 2>/dev/null | grep -v '^#' \
                | grep -E '%  (ebilim-server|ebilim-worker|ebilim-listene|ebilim-bench|postgres) ' | head -30 || true
            echo '```'
        } >>"$PERF_TXT"
    done
fi

AUDIT_ROWS=$(sql "SELECT count(*) FROM core.audit_log")

# --- report -------------------------------------------------------------------------------
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$REPO" status --porcelain 2>/dev/null | grep -qv '^??' && echo " (+ local changes)" || true)
PGV=$(sql "SHOW server_version")
{
    echo "# ebilim-server benchmark"
    echo
    echo "Generated by \`tests/bench/server/run-server-bench.sh\` — $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$COMMIT\`$DIRTY."
    echo
    echo "Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(uname -sr);" \
         "PostgreSQL $PGV (embedded cluster: Unix socket, shared_buffers 256MB, fsync on, synchronous_commit on)."
    echo "Server: $BUILD_TYPE build, $WORKERS database workers, TLS (self-signed, pinned) on 127.0.0.1; demo university with $STUDENTS students;"
    echo "$BENCH_USERS bench users (role student) created with \`ebilim-admin user add\` in ${USERS_S} s."
    echo "Each case: ${WARMUP} s warm-up, ${DURATION} s measured, closed loop (a session sends its next request when the answer arrives)."
    echo "Client, server and PostgreSQL share the same $(nproc) cores. Load average before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "- **read** = \`org.units.get {id: $UNIT}\` — SQL: session check (\`Sessions::load\`) + one SELECT, autocommit."
    echo "- **write** = \`profile.save {phone, rowVersion}\` of the session's own user — SQL: session check, BEGIN, idempotency lookup,"
    echo "  profile SELECT, UPDATE, profile SELECT, audit INSERT (hash-chain trigger, advisory lock), pg_notify, idempotency INSERT, COMMIT."
    echo "- **pgbench** runs the same statements (\`tests/bench/server/pgbench/{read,write}.sql\`, \`-M prepared -j 2\`), N clients = N connections;"
    echo "  \"pgbench @$WORKERS\" is the same script with $WORKERS clients, the server's pool size."
    echo "- CPU columns: cores busy on average over the measured window (server process / all PostgreSQL processes / load generator)."
    echo
    echo "| op | sessions | server ops/s | p50 ms | p99 ms | pgbench tps | p50 ms | p99 ms | server / pgbench | pgbench @$WORKERS tps | CPU server / PG / client | CPU PG / pgbench (pgbench run) | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|"
    jq -r '
      def f1: (. * 10 | round) / 10;
      def f2: (. * 100 | round) / 100;
      "| \(.server.op) | \(.server.sessions) | \(.server.throughput|round) | \(.server.p50_ms|f2) | \(.server.p99_ms|f2) | \(.pgbench.tps|round) | \(.pgbench.p50_ms|f2) | \(.pgbench.p99_ms|f2) | \((100 * .server.throughput / .pgbench.tps)|round) % | \(if .pgbench_pool then (.pgbench_pool.tps|round|tostring) else "—" end) | \(.server.server_cores|f2) / \(.server.postgres_cores|f2) / \(.server.client_cores|f2) | \(.pgbench.postgres_cores|f2) / \(.pgbench.client_cores|f2) | \(.server.errors) |"
    ' "$RESULTS"
    echo
    echo "Sign-in (\`auth.login\`, Argon2id), $LOGINS timed sign-ins per row after one untimed per slot; each on a fresh TLS connection:"
    echo
    echo "| concurrent | auth.login p50 ms | p95 ms | p99 ms | connect+TLS+hello+login p50 ms | p95 ms |"
    echo "|---:|---:|---:|---:|---:|---:|"
    jq -r 'def f1: (. * 10 | round) / 10;
      "| \(.sessions) | \(.login_p50_ms|f1) | \(.login_p95_ms|f1) | \(.login_p99_ms|f1) | \(.full_p50_ms|f1) | \(.full_p95_ms|f1) |"' "$LOGIN_RESULTS"
    echo
    echo "Goals (issue): at 200 sessions ≥ 50 % of pgbench's throughput and p99 ≤ 20 ms; sign-in p95 ≤ 100 ms."
    echo "Push frames received by the load generator during the write runs (\`changed\` broadcasts):" \
         "$(jq -r 'select(.server.op=="write") | "\(.server.sessions) sessions: \(.server.pushes)"' "$RESULTS" | paste -sd ';' | sed 's/;/; /g')."
    echo "Audit rows at the end: $AUDIT_ROWS."
    if [ -s "$PERF_TXT" ]; then
        echo
        echo "### Profiles"
        echo
        cat "$PERF_TXT"
    fi
    echo
    echo "Raw results (JSON lines):"
    echo
    echo '```'
    cat "$RESULTS" "$LOGIN_RESULTS"
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
