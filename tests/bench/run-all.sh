#!/bin/sh
# Every benchmark in one run, one Markdown table on stdout (docs/benchmarks.md): see run_all.py.
#   tests/bench/run-all.sh [--runs 5] [--only gui,cli,server,writes,reports,import,deploy] [--quick]
exec python3 "$(dirname "$0")/run_all.py" "$@"
