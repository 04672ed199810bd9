#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing Debian packages, builds the
# dev preset, runs every test (unit, integration, gui, fuzz smoke runs; benchmarks are run by
# hand, see docs/benchmarks.md), then builds the asan preset (ASan + UBSan) for the unit and
# integration tests only and runs those labels there. Safe to re-run. Exit status: the first
# failing ctest's. PD_SKIP_ASAN=1 skips the sanitizer pass (local runs only; CI runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev
status=0
ctest --preset dev -LE bench -j "$(nproc)" --timeout 300 || status=$?

# The Debian packages, from the dev tree: cpack, lintian, apt install, run, purge (scripts/check-deb.sh).
scripts/check-deb.sh build/dev || status=$?

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
    # Checks that run no instrumented code (formatting, packages, schemas, the OpenAPI lint, packaging
    # files, man pages, translations) ran above.
    ctest --preset asan -L '^(unit|integration)$' \
        -E '^(Formatting|FreshMachinePackages|PolicySchema|PolicyCrossCheck|OpenApiLint|DesktopFiles|ManPages|FlatpakManifest|TranslationsComplete|UiStringsMarked)$' \
        -j "$(nproc)" --timeout 300 || status=$?
    echo "asan pass: $(( $(date +%s) - started )) s (build of ${#targets[@]} targets + unit and integration tests)"
fi
exit "$status"
