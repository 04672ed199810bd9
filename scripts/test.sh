#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing Debian packages, builds the
# dev preset, starts a throw-away PostgreSQL cluster, runs every test (unit, integration against
# SQLite and PostgreSQL, gui, fuzz smoke runs; benchmarks are run by hand: tests/bench/run-all.sh,
# see docs/benchmarks.md), then builds the asan preset (ASan + UBSan) for the unit and
# integration tests only and runs those labels there. Safe to re-run. Exit status: the first
# failing ctest's. PD_SKIP_ASAN=1 skips the sanitizer pass (local runs only; CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev

# One throw-away PostgreSQL cluster for the whole run (the *PostgreSQL test variants each make
# their own databases in it; without this each would start a cluster of its own). As root it
# runs as the unprivileged postgres user (scripts/postgres-test-cluster.sh).
if pg_dir=$(mktemp -d /tmp/pd-postgres.XXXXXX) && PD_POSTGRES_CLUSTER_URL=$(scripts/postgres-test-cluster.sh start "$pg_dir"); then
    export PD_POSTGRES_CLUSTER_URL
    trap 'scripts/postgres-test-cluster.sh stop "$pg_dir"' EXIT
    echo "PostgreSQL for the tests: $PD_POSTGRES_CLUSTER_URL"
else
    echo "no PostgreSQL cluster (is the postgresql package installed?): the PostgreSQL variants start their own"
    rm -rf "$pg_dir"
fi
status=0
ctest --preset dev -LE bench -j "$(nproc)" --timeout 300 || status=$?

if [[ "${PD_SKIP_ASAN:-0}" != 1 ]]; then
    started=$(date +%s)
    cmake --preset asan >/dev/null
    # The executables the unit and integration tests run (test executables, and the CLI and the
    # server that the script tests drive): not the GUI, benchmarks or fuzz builds.
    mapfile -t targets < <(ctest --test-dir build/asan -L '^(unit|integration)$' --show-only=json-v1 |
        python3 -c '
import json, os, sys
names = {"privacy-dashboard-cli", "privacy-api-server"}
for test in json.load(sys.stdin)["tests"]:
    if not test.get("command"):  # not built yet: a pd_add_test executable is named after its test
        names.add(test["name"])
    for part in test.get("command") or []:
        if "/build/asan/tests/" in part or "/build/asan/bin/" in part:
            names.add(os.path.basename(part))
print("\n".join(sorted(names)))')
    cmake --build --preset asan -j "$(nproc)" --target "${targets[@]}"
    # Checks that run no instrumented code (formatting, packages, schemas, the OpenAPI lint) ran above.
    ctest --preset asan -L '^(unit|integration)$' \
        -E '^(Formatting|FreshMachinePackages|PolicySchema|PolicyCrossCheck|OpenApiLint)$' \
        -j "$(nproc)" --timeout 300 || status=$?
    echo "asan pass: $(( $(date +%s) - started )) s (build of ${#targets[@]} targets + unit and integration tests)"
fi
exit "$status"
