#!/bin/bash
# Measures the reference server for docs/api.md: time from start to "listening on" (first start,
# which makes the CA and seeds the demo member, and a restart), and the latency of
# `curl GET /v1/me/usage-summary` (a new process and TLS handshake each time), median of 10.
# Usage: measure.sh BUILD_DIR   (BUILD_DIR/bin/privacy-api-server must exist)
set -euo pipefail
server="${1:?usage: measure.sh BUILD_DIR}/bin/privacy-api-server"
dir="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT

start() { # sets elapsed (ms to the "listening on" line), pid and url
    local t0 t1
    t0=$(date +%s%N)
    coproc SERVER { exec "$server" --data-dir "$dir/data" --listen 127.0.0.1:0 --demo 2>/dev/null; }
    pid=$SERVER_PID
    read -r line <&"${SERVER[0]}"
    t1=$(date +%s%N)
    url="${line#listening on }"
    elapsed=$(( (t1 - t0) / 1000000 ))
}
stop() { kill -TERM "$pid"; wait "$pid" || true; pid=""; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

start; first=$elapsed; stop
start; restart=$elapsed
token="$(cat "$dir/data/demo-token")"
for _ in $(seq 10); do
    curl -sS -o /dev/null --cacert "$dir/data/tls/ca.pem" -H "Authorization: Bearer $token" \
        -w '%{time_total}\n' "$url/v1/me/usage-summary"
done | awk '{printf "%.1f\n", $1 * 1000}' > "$dir/times"
size=$(curl -sS --cacert "$dir/data/tls/ca.pem" -H "Authorization: Bearer $token" "$url/v1/me/usage-summary" | wc -c)
echo "start-up to 'listening on': first start ${first} ms, restart ${restart} ms"
echo "curl usage-summary (${size} bytes): median $(median < "$dir/times") ms, min $(sort -n "$dir/times" | head -1) ms, max $(sort -n "$dir/times" | tail -1) ms"
