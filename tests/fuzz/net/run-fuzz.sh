#!/bin/bash
# Runs the client's API decoder and header-parser fuzz targets under libFuzzer (built in the
# asan preset: clang, ASan + UBSan; built here first if needed).
#   tests/fuzz/net/run-fuzz.sh [SOURCE_DIR] [BUILD_DIR] [SECONDS_PER_TARGET]
# Defaults: the repository, build/asan, 20 s. Non-zero on a crash, leak, failed invariant or
# sanitizer report, with the reproducer in BUILD_DIR/artifacts.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
build=${2:-$src/build/asan}
seconds=${3:-20}

"$src/tests/fuzz/build-fuzz.sh" "$src" "$build" FuzzApiJson FuzzHttpHeaderParsers || exit $?

# Seeds: the API's bodies and headers as the reference server sends them (the first byte picks
# the decoder or parser). libFuzzer writes new inputs to the working copies, never to the sources.
corpus=$build/corpus-net
rm -rf "$corpus" && mkdir -p "$corpus/json" "$corpus/headers" "$build/artifacts"
cp "$src/tests/fuzz/net/seeds/"*.json "$corpus/json/"
cp "$src/tests/fuzz/net/seeds/"*.hdr "$corpus/headers/"

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/bin/FuzzApiJson" "$corpus/json" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1536 \
    -artifact_prefix="$build/artifacts/json-" -print_final_stats=1 -error_exitcode=1 2>&1 | tail -n 12
"$build/bin/FuzzHttpHeaderParsers" "$corpus/headers" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=1024 \
    -artifact_prefix="$build/artifacts/headers-" -print_final_stats=1 -error_exitcode=1 2>&1 | tail -n 12
echo "fuzzing: 0 crashes"
