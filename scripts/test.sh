#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing Debian packages, builds the
# dev preset (GCC) and runs every test but the benchmarks (unit, integration, gui; each fuzz
# target over its seeds; benchmarks are run by hand, see docs/benchmarks.md), then builds the
# whole tree again in the asan preset (clang, ASan + UBSan + libFuzzer, warnings as errors: the
# clang build) and runs the unit and integration tests and the short fuzz run (FuzzShort) there.
# Safe to re-run. Exit status: the first failing ctest's. PD_SKIP_ASAN=1 skips the second pass
# (local runs only; CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev
status=0
ctest --preset dev -LE bench -j "$(nproc)" --timeout 300 || status=$?

if [[ "${PD_SKIP_ASAN:-0}" != 1 ]]; then
    started=$(date +%s)
    # The asan preset was a GCC build before it became the clang one: a cache of the other
    # compiler cannot be reconfigured.
    if [[ -f build/asan/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build/asan/CMakeCache.txt; then
        rm -rf build/asan
    fi
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$(nproc)"
    # Checks that run no instrumented code (formatting, packages, schemas, the OpenAPI lint) ran above.
    ctest --preset asan -L '^(unit|integration|fuzz)$' \
        -E '^(Formatting|FreshMachinePackages|PolicySchema|PolicyCrossCheck|OpenApiLint)$' \
        -j "$(nproc)" --timeout 300 || status=$?
    echo "asan pass (clang): $(( $(date +%s) - started )) s (whole-tree build, unit and integration tests, FuzzShort)"
fi
exit "$status"
