#!/usr/bin/env bash
# Configures and builds one preset (default: dev) into build/<preset>/. Incremental on re-runs.
set -euo pipefail
preset="${1:-dev}"
cd "$(dirname "$0")/.."
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" -j "$(nproc)"
