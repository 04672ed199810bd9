#!/bin/bash
# Makes sure the given fuzz targets are built under libFuzzer: they are part of the asan preset
# (clang, ASan + UBSan, PD_FUZZ=ON), which the test command builds whole. For a by-hand run of a
# layer's run-fuzz.sh this configures that preset if needed and builds just those targets.
#   tests/fuzz/build-fuzz.sh SOURCE_DIR BUILD_DIR TARGET...
# With PD_FUZZ_PREBUILT=1 (FuzzShort: the preset's build made them) it does nothing.
set -euo pipefail
[[ "${PD_FUZZ_PREBUILT:-0}" == 1 ]] && exit 0
src=$1
build=$2
shift 2
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    [[ "$build" == "$src/build/asan" ]] || { echo "$build is not a configured build; use the asan preset" >&2; exit 2; }
    (cd "$src" && cmake --preset asan >/dev/null)
fi
grep -q '^PD_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || { echo "$build is not a libFuzzer build (PD_FUZZ=OFF)" >&2; exit 2; }
cmake --build "$build" --target "$@" -j "$(nproc)"
