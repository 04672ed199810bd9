#!/bin/bash
# The short fuzz run of the test suite (ctest FuzzShort, label fuzz, in the asan preset): every
# libFuzzer target of every layer, each run for SECONDS.
#   tests/fuzz/run-all.sh [SOURCE_DIR] [BUILD_DIR] [SECONDS_PER_TARGET]
# Non-zero on any crash or sanitizer report (the reproducer is in BUILD_DIR/artifacts). To fuzz
# one layer for long: that layer's run-fuzz.sh.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${2:-$src/build/asan}
seconds=${3:-20}
"$src/tests/fuzz/build-fuzz.sh" "$src" "$build" FuzzCsvReader FuzzArchiveReader FuzzHttpRequestParser \
    FuzzApiJson FuzzHttpHeaderParsers || exit $?
export PD_FUZZ_PREBUILT=1
for layer in archive server net; do
    echo "== fuzz: $layer"
    "$src/tests/fuzz/$layer/run-fuzz.sh" "$src" "$build" "$seconds"
done
