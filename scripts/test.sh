#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: installs missing Debian packages, builds the
# dev preset, runs every test (unit, integration, gui, fuzz smoke runs; benchmarks are run by
# hand, see docs/benchmarks.md). Safe to re-run. Exit status: ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev
ctest --preset dev -LE bench -j "$(nproc)" --timeout 300
