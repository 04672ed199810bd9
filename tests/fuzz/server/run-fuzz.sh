#!/bin/bash
# Runs the server's request-head fuzz target under libFuzzer (built in the asan preset: clang,
# ASan + UBSan; built here first if needed).
#   tests/fuzz/server/run-fuzz.sh [SOURCE_DIR] [BUILD_DIR] [SECONDS]
# Defaults: the repository, build/asan, 20 s. Non-zero on a crash, leak, failed invariant or
# sanitizer report, with the reproducer in BUILD_DIR/artifacts.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
build=${2:-$src/build/asan}
seconds=${3:-20}

"$src/tests/fuzz/build-fuzz.sh" "$src" "$build" FuzzHttpRequestParser || exit $?

# Seeds: request heads as curl (the client) and QNetworkAccessManager send them, plus the heads
# the attack run used. libFuzzer writes new inputs to the working copy, never to the sources.
corpus=$build/corpus-server
rm -rf "$corpus" && mkdir -p "$corpus" "$build/artifacts"
cp "$src/tests/fuzz/server/seeds/"*.http "$corpus/"

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/bin/FuzzHttpRequestParser" "$corpus" -dict="$src/tests/fuzz/server/http.dict" \
    -max_total_time="$seconds" -max_len=12288 -rss_limit_mb=1024 \
    -artifact_prefix="$build/artifacts/http-" -print_final_stats=1 -error_exitcode=1 2>&1 | tail -n 12
echo "fuzzing: 0 crashes"
