#!/bin/bash
# Builds the server's request-head fuzz target with clang (ASan + UBSan) and runs it.
#   tests/fuzz/server/run-fuzz.sh [SOURCE_DIR] [BUILD_DIR] [SECONDS]
# Defaults: the repository, build/fuzz-clang-server, 20 s. Exit 77 (skipped) without
# clang/libFuzzer; non-zero on a crash, leak, failed invariant or sanitizer report, with the
# reproducer in BUILD_DIR/artifacts.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
build=${2:-$src/build/fuzz-clang-server}
seconds=${3:-20}

clangxx=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z "$clangxx" ]] || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "clang++ or libFuzzer (libclang-rt-dev) not installed: fuzzing skipped"
    exit 77
fi

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPD_FUZZ=ON -DPD_WARNINGS_AS_ERRORS=OFF -DCMAKE_CXX_FLAGS="$flags" >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target FuzzHttpRequestParser -j2

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
