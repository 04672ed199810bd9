#!/usr/bin/env bash
# The training switch through AT-SPI, as Orca drives it: privacy-dashboard against the reference
# server under Xvfb, with a private session bus and the AT-SPI bus (atspi-session.sh);
# atspi_switch_check.py finds the switch by its accessible name, runs its action, presses "Turn
# training off" in the confirmation dialog, and the server must then say training is off.
# usage: run-atspi-check.sh BIN_DIR        exit 0 ok, 1 failed, 77 skipped (no Xvfb / AT-SPI)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/gui/atspi/atspi-session.sh
source "$here/atspi-session.sh" "${1:-}" privacy-api-server privacy-dashboard-cli privacy-dashboard

# 1. The reference server, with the demo member's training turned back on.
"$bin/privacy-api-server" --data-dir "$work/server" --listen 127.0.0.1:0 --demo >"$work/server.log" 2>&1 &
pids+=($!)
url=$(wait_line "$work/server.log" 15 'https://[0-9.:]+') || { cat "$work/server.log"; echo "server did not start"; exit 1; }
cli=("$bin/privacy-dashboard-cli" --server "$url" --ca-file "$work/server/tls/ca.pem"
     --token-file "$work/server/demo-token")
"${cli[@]}" opt-out off >/dev/null || { echo "could not turn training on for the check"; exit 1; }
echo "server: $url, training on"

# 2. The desktop and the app against that server.
start_desktop
start_app --server "$url" --ca-file "$work/server/tls/ca.pem" --token-file "$work/server/demo-token"

# 3. The screen reader's part.
name=$(sed -n 's/.*"toggleLabel": *"\([^"]*\)".*/\1/p' "$here/../../../resources/policy/"*.json | head -1)
deadline=$(check_deadline) || exit 1
if ! timeout "$((deadline + 5))" "$python" "$here/atspi_switch_check.py" --pid "$app" --name "$name" \
    --deadline "$deadline" --status-command "${cli[@]}" --json opt-out status; then
    show_logs
    exit 1
fi
final=$("${cli[@]}" --json opt-out status)
grep -q '"optedOut": true' <<<"$final" || { echo "server does not say training is off: $final"; exit 1; }
echo "ok: training is off on the server after the AT-SPI actions ($(($(date +%s) - started)) s)"
