#!/bin/bash
# Issue 15, a bench entry (docs/items.md, docs/benchmarks.md): the import's peak RSS without the
# item list (`import --json summary`) and with it (`import --json items`), on
#   (1) an archive of many listed items: N comments of 150-300 characters (Comments.csv, the header
#       of LINKEDIN-FACTS §4: Date,Link,Message) plus one big messages.csv that is never listed;
#   (2) optionally the import benchmark's archive (tests/bench/archive, --size, e.g. 1G).
# The list's memory is bounded by its cap (ItemStoreLimits: 250,000 items, 64 MiB of text):
# with the list the import must stay under the import target (100 MB) plus the cap.
#
#   tests/bench/items/measure-items-memory.sh --cli build/dev/bin/privacy-dashboard-cli \
#       [--comments 300000] [--bench-size 1G] [--workdir build/bench-items]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
cli=""; comments=300000; benchsize=""; workdir=$src/build/bench-items
while [[ $# -gt 0 ]]; do
    case $1 in
    --cli) cli=$2; shift 2 ;;
    --comments) comments=$2; shift 2 ;;
    --bench-size) benchsize=$2; shift 2 ;;
    --workdir) workdir=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -x "$cli" ]] || { echo "--cli must name the built privacy-dashboard-cli" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 2; }
mkdir -p "$workdir"

many=$workdir/Complete_LinkedInDataExport_12-01-2026-comments-$comments.zip
if [[ ! -f $many ]]; then
    /usr/bin/python3 - "$many" "$comments" <<'PY'
import random, sys, zipfile, datetime
path, n = sys.argv[1], int(sys.argv[2])
r = random.Random(15)
words = "data model team launch growth design review cloud office product insight network learning".split()
t0 = datetime.datetime(2019, 1, 1)
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("Comments.csv", "w") as f:
        f.write(b"Date,Link,Message\n")
        for i in range(n):
            t = t0 + datetime.timedelta(seconds=i * 577)
            text = " ".join(r.choice(words) for _ in range(r.randint(25, 45)))
            f.write(f'{t:%Y-%m-%d %H:%M:%S},https://www.linkedin.com/feed/update/urn:li:activity:{7000000000000000000 + i}/,"{text}"\n'.encode())
    with z.open("messages.csv", "w") as f:
        f.write(b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n")
        for i in range(200000):
            body = " ".join(r.choice(words) for _ in range(60))
            f.write(f'2-{i:x},,Robin Example,,Sam Sample,,2024-06-18 11:59:53 UTC,,"{body}",INBOX\n'.encode())
PY
fi

# peak NAME ARCHIVE COMMAND: prints "NAME peak-RSS-MiB seconds"
peak() {
    local name=$1 archive=$2 command=$3
    /usr/bin/time -f "%M %e" -o "$workdir/$name.time" "$cli" import "$archive" --region DE --json "$command" \
        >/dev/null 2>"$workdir/$name.stderr" || { cat "$workdir/$name.stderr" >&2; exit 1; }
    read -r kib seconds <"$workdir/$name.time"
    printf '| %s | %s | %.1f MiB | %s s |\n' "$(basename "$archive")" "$command" "$(echo "$kib / 1024" | bc -l)" "$seconds"
}
echo "| archive | command | peak RSS | time |"
echo "|---|---|---|---|"
peak many-summary "$many" summary
peak many-items "$many" items
if [[ -n $benchsize ]]; then
    big=$src/build/bench-archive/Complete_LinkedInDataExport_06-30-2024-$benchsize.zip
    if [[ ! -f $big ]]; then
        mkdir -p "$(dirname "$big")"
        /usr/bin/python3 "$src/tests/fixtures/make_linkedin_archive.py" --era 2024 --seed 3 --size "$benchsize" "$big" >&2
    fi
    peak big-summary "$big" summary
    peak big-items "$big" items
fi
grep -h "list holds only" "$workdir"/many-items.stderr || true
