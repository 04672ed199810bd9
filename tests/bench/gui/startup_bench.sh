#!/bin/sh
# Start-up of the desktop app: time from process start to the populated overview
# (privacy-dashboard --measure-startup, demo data and, when built, the local reference server),
# next to the time for an empty QMainWindow (pd_bench_empty_window). Median of RUNS runs of
# each; "main" is what the process measures from main() to the painted window, "wall" is the
# whole process from exec to exit, measured outside. Usage: startup_bench.sh BIN_DIR [RUNS]
set -eu
bin="$1"
runs="${2:-7}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" no_proxy='*' NO_PROXY='*'
scratch="$(mktemp -d)"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # label, command...
    label="$1"; shift
    : > "$scratch/main"; : > "$scratch/wall"
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        out="$("$@" 2>/dev/null)" || { echo "$label: run failed" >&2; exit 1; }
        end=$(date +%s%N)
        echo "$out" | sed -n 's/^startup-ms: //p' >> "$scratch/main"
        echo $(( (end - start) / 1000000 )) >> "$scratch/wall"
        i=$((i + 1))
    done
    printf '%-34s main %5s ms   wall %5s ms   (median of %s)\n' "$label" "$(median < "$scratch/main")" \
        "$(median < "$scratch/wall")" "$runs"
}

measure "empty QMainWindow" "$bin/pd_bench_empty_window"
measure "privacy-dashboard --demo" "$bin/privacy-dashboard" --demo --measure-startup

if [ -x "$bin/privacy-api-server" ]; then
    "$bin/privacy-api-server" --data-dir "$scratch/server" --listen 127.0.0.1:0 --demo \
        > "$scratch/server-out" 2>/dev/null &
    server_pid=$!
    url=""
    tries=0
    while [ -z "$url" ] && [ "$tries" -lt 150 ]; do
        url="$(sed -n 's/^listening on //p' "$scratch/server-out")"
        [ -n "$url" ] || sleep 0.1
        tries=$((tries + 1))
    done
    [ -n "$url" ] || { echo "the reference server did not start" >&2; exit 1; }
    measure "privacy-dashboard --server (local)" "$bin/privacy-dashboard" --server "$url" \
        --ca-file "$scratch/server/tls/ca.pem" --token-file "$scratch/server/demo-token" --measure-startup
fi
