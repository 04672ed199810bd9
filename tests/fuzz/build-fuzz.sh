#!/bin/bash
# Configures one clang build (ASan + UBSan + libFuzzer, -DPD_FUZZ=ON) and builds the given fuzz
# targets in it. Shared by the layers' run-fuzz.sh scripts so the whole tree is compiled with clang
# once, not once per layer.
#   tests/fuzz/build-fuzz.sh SOURCE_DIR BUILD_DIR TARGET...
# Exit 77 (skipped) without clang/libFuzzer. With PD_FUZZ_PREBUILT=1 (run-all.sh built them
# already) it does nothing.
set -euo pipefail
[[ "${PD_FUZZ_PREBUILT:-0}" == 1 ]] && exit 0
src=$1
build=$2
shift 2

clangxx=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z "$clangxx" ]] || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "clang++ or libFuzzer (libclang-rt-dev) not installed: fuzzing skipped"
    exit 77
fi
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
mkdir -p "$(dirname "$build")"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPD_FUZZ=ON -DPD_WARNINGS_AS_ERRORS=OFF -DBUILD_TESTING=ON -DCMAKE_CXX_FLAGS="$flags" \
    >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --target "$@" -j "$(nproc)"
