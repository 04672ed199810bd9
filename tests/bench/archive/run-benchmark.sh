#!/bin/bash
# The archive import benchmark (docs/benchmarks.md): on one generated archive, side by side in
# each round, times
#   (a) unzip -p ARCHIVE > /dev/null      the inflate bound
#   (i) privacy-dashboard-cli import ARCHIVE --region DE --json summary
#   (b) reference_reader.py ARCHIVE      Python zipfile + csv + datetime, the same rows counted
# and prints a Markdown table of medians, ratios and peak RSS (from /usr/bin/time -v).
#
#   tests/bench/archive/run-benchmark.sh --cli build/dev/bin/privacy-dashboard-cli \
#       [--size 1G] [--runs 5] [--python-runs 3] [--workdir build/bench-archive]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
cli=""; size=1G; runs=5; pyruns=3; workdir=$src/build/bench-archive
while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) cli=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --python-runs) pyruns=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -x "$cli" ]] || { echo "--cli must name the built privacy-dashboard-cli" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 2; }
command -v unzip >/dev/null || { echo "unzip is missing: apt-get install unzip" >&2; exit 2; }

mkdir -p "$workdir"
archive=$workdir/Complete_LinkedInDataExport_06-30-2024-$size.zip
if [[ ! -f $archive ]]; then
    echo "generating a $size archive (once) ..." >&2
    /usr/bin/python3 "$src/tests/fixtures/make_linkedin_archive.py" --era 2024 --seed 3 --size "$size" "$archive" >&2
fi
bytes=$(stat -c %s "$archive")
inflated=$(unzip -l "$archive" | tail -1 | awk '{print $1}')

# measure NAME COMMAND...: appends "seconds peakKiB" to $workdir/NAME.times
measure() {
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$workdir/$name.last" "$@" >/dev/null 2>"$workdir/$name.stderr" \
        || { echo "$name failed:"; cat "$workdir/$name.stderr"; exit 1; } >&2
    cat "$workdir/$name.last" >>"$workdir/$name.times"
}
rm -f "$workdir"/*.times
cat "$archive" >/dev/null # page cache warm for every contender alike
for ((i = 1; i <= runs; i++)); do
    measure unzip unzip -p "$archive"
    measure import "$cli" import "$archive" --region DE --json summary
    if ((i <= pyruns)); then
        measure python /usr/bin/python3 "$here/reference_reader.py" "$archive"
    fi
    echo "round $i done" >&2
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { awk -v c="$2" '{print $c}' "$workdir/$1.times"; }
u=$(col unzip 1 | median); im=$(col import 1 | median); py=$(col python 1 | median)
urss=$(col unzip 2 | sort -n | tail -1); irss=$(col import 2 | sort -n | tail -1); prss=$(col python 2 | sort -n | tail -1)
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
rate() { awk -v b="$inflated" -v s="$1" 'BEGIN {printf "%.0f", b / 1048576 / s}'; }

echo
echo "Archive: $(basename "$archive"), $(awk -v b="$bytes" 'BEGIN {printf "%.0f MiB", b/1048576}') compressed," \
     "$(awk -v b="$inflated" 'BEGIN {printf "%.0f MiB", b/1048576}') of CSV; $runs rounds ($pyruns with Python);" \
     "$(nproc) cores; $(date -u +%Y-%m-%d)."
echo
echo "| contender | median s | MiB/s of CSV | vs unzip -p | import is faster by | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| (a) unzip -p > /dev/null | $u | $(rate "$u") | 1.00× | | $(mb "$urss") |"
echo "| privacy-dashboard-cli import | $im | $(rate "$im") | $(awk -v a="$im" -v b="$u" 'BEGIN {printf "%.2f×", a/b}') | | $(mb "$irss") |"
echo "| (b) Python zipfile+csv+datetime | $py | $(rate "$py") | $(awk -v a="$py" -v b="$u" 'BEGIN {printf "%.2f×", a/b}') | $(awk -v a="$py" -v b="$im" 'BEGIN {printf "%.1f×", a/b}') | $(mb "$prss") |"
echo
echo "Import stderr (last run):"
head -3 "$workdir/import.stderr"
