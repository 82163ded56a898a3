#!/bin/sh
# Documents benchmark (issue 4): 1 000 study certificates issued and rendered to PDF, a
# 10 000-row list to XLSX, each against a baseline measured in the same run. Writes the
# table to stdout; paste it into RESULTS-documents.md with the date, commit and load.
#   tests/bench/documents/run-docs-bench.sh [build-dir]
set -eu
build=${1:-build}
cmake --build "$build" --target ebilim-docbench ebilim-xlsx >/dev/null
echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$build/bin/ebilim-docbench" --certificates 1000 --rows 10000 --threads 2 2>/dev/null
