#!/bin/sh
# Student HR benchmark (issue 5) on a 50 000-student demo university: search, import of a
# 10 000-row XLSX list, contingent report, year roll-forward, each against the same SQL run
# directly on the same database in the same run. Writes Markdown to stdout; paste it into
# RESULTS-studenthr.md with the date, commit and load.
#   tests/bench/studenthr/run-hr-bench.sh [build-dir]
set -eu
build=${1:-build}
cmake --build "$build" --target ebilim-hrbench ebilim-xlsx >/dev/null
echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$build/bin/ebilim-hrbench" --students 50000 --queries 600 --rows 10000 2>/dev/null
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
