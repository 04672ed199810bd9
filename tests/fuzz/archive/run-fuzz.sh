#!/bin/bash
# Runs the archive layer's fuzz targets under libFuzzer (built in the asan preset: clang, ASan +
# UBSan; built here first if needed).
#   tests/fuzz/archive/run-fuzz.sh [SOURCE_DIR] [BUILD_DIR] [SECONDS_PER_TARGET]
# Defaults: the repository, build/asan, 20 s. Non-zero on a crash, leak or sanitizer report,
# with the reproducer in BUILD_DIR/artifacts.
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
build=${2:-$src/build/asan}
seconds=${3:-20}

"$src/tests/fuzz/build-fuzz.sh" "$src" "$build" FuzzCsvReader FuzzArchiveReader || exit $?

# Seeds: generated export archives and their CSV files, plus a few hostile archives.
corpus=$build/corpus
rm -rf "$corpus" && mkdir -p "$corpus/csv" "$corpus/zip" "$build/artifacts"
for era in 2018 2026; do
    /usr/bin/python3 "$src/tests/fixtures/make_linkedin_archive.py" --era "$era" "$corpus/zip/$era.zip" >/dev/null
    rm -f "$corpus/zip/$era.expected.json"
done
/usr/bin/python3 - "$corpus" <<'PY'
import sys, zipfile, os
corpus = sys.argv[1]
for era in ("2018", "2026"):
    with zipfile.ZipFile(os.path.join(corpus, "zip", era + ".zip")) as z:
        for i, name in enumerate(z.namelist()):
            if name.endswith(".csv"):
                with open(os.path.join(corpus, "csv", f"{era}-{i}.csv"), "wb") as f:
                    f.write(z.read(name)[:8192])
PY
cp "$src/tests/fuzz/archive/seeds/zip/"*.zip "$corpus/zip/"
cp "$src/tests/fuzz/archive/seeds/csv/"*.csv "$corpus/csv/"
for kind in zipslip symlink bad-crc invalid-utf8 lying-size many-columns; do
    /usr/bin/python3 "$src/tests/fixtures/make_hostile_archive.py" "$kind" "$corpus/zip/$kind.zip"
done

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$build/bin/FuzzCsvReader" "$corpus/csv" -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=1024 \
    -artifact_prefix="$build/artifacts/csv-" -print_final_stats=1 -error_exitcode=1 2>&1 | tail -n 12
"$build/bin/FuzzArchiveReader" "$corpus/zip" -max_total_time="$seconds" -max_len=131072 -rss_limit_mb=1536 \
    -artifact_prefix="$build/artifacts/zip-" -print_final_stats=1 -error_exitcode=1 2>&1 | tail -n 12
echo "fuzzing: 0 crashes"
