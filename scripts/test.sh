#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing Debian packages, builds the
# dev preset (GCC), starts a throw-away PostgreSQL cluster and runs every test but the benchmarks
# (unit; integration against SQLite and PostgreSQL; gui; each fuzz target over its seeds;
# benchmarks are run by hand: tests/bench/run-all.sh, see docs/benchmarks.md), then builds the
# whole tree again in the asan preset (clang, ASan + UBSan + libFuzzer, warnings as errors: the
# clang build) and runs the unit and integration tests and the short fuzz run (FuzzShort) there.
# Safe to re-run. Exit status: the first failing ctest's. PD_SKIP_ASAN=1 skips the second pass
# (local runs only; CI runs it).
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

# The Debian packages, from the dev tree: cpack, lintian, apt install, run, purge (scripts/check-deb.sh).
scripts/check-deb.sh build/dev || status=$?

if [[ "${PD_SKIP_ASAN:-0}" != 1 ]]; then
    started=$(date +%s)
    # The asan preset was a GCC build before it became the clang one: a cache of the other
    # compiler cannot be reconfigured.
    if [[ -f build/asan/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build/asan/CMakeCache.txt; then
        rm -rf build/asan
    fi
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$(nproc)"
    # Checks that run no instrumented code (formatting, packages, schemas, the OpenAPI lint, the
    # packaging files, man pages, translations) ran above; so did the PostgreSQL variants, whose C++ is the SQLite runs'.
    ctest --preset asan -L '^(unit|integration|fuzz)$' \
        -E '^(Formatting|FreshMachinePackages|PolicySchema|PolicyCrossCheck|OpenApiLint|DesktopFiles|ManPages|FlatpakManifest|TranslationsComplete|UiStringsMarked)$|PostgreSQL$' \
        -j "$(nproc)" --timeout 300 || status=$?
    echo "asan pass (clang): $(( $(date +%s) - started )) s (whole-tree build, unit and integration tests, FuzzShort)"
fi
exit "$status"
