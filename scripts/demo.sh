#!/usr/bin/env bash
# Sets everything up and runs the demo: installs missing Debian packages, builds, starts the
# reference server with the demo member on a free loopback port, and opens the dashboard against
# it over HTTPS. Without a display it prints the summary and writes a PDF usage report instead.
# The server stops when this script ends. Safe to re-run (the demo data persists in build/demo/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev >/dev/null
bin="$PWD/build/dev/bin"
data="$PWD/build/demo/server"
mkdir -p "$data"

log="$PWD/build/demo/server.log"
"$bin/privacy-api-server" --data-dir "$data" --listen 127.0.0.1:0 --demo >"$log.out" 2>"$log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on //p' "$log.out" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "demo: the server did not start:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$url" ] || { echo "demo: the server did not report its address" >&2; exit 1; }
echo "demo: reference server at $url (log: $log)"

connect=(--server "$url" --ca-file "$data/tls/ca.pem" --token-file "$data/demo-token")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$bin/privacy-dashboard" "${connect[@]}"
else
    "$bin/privacy-dashboard-cli" "${connect[@]}" summary
    report="$PWD/build/demo/usage-report.pdf"
    "$bin/privacy-dashboard-cli" "${connect[@]}" report --format pdf --output "$report" --force
    echo
    echo "demo: no display, so the dashboard was not opened; the usage report is in $report"
fi
