#!/usr/bin/env bash
# Runs a command on a private session bus where org.freedesktop.secrets is owned by a service that
# never answers (hung_secret_service.py): the keychain must be given up on within its timeout.
# usage: with-hung-secret-service.sh COMMAND [ARG...]; exit 77 without dbus-run-session or python3-gi.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # Debian's, with python3-gi (not a pyenv one)
if [[ -z ${PD_HUNG_BUS:-} ]]; then
    command -v dbus-run-session >/dev/null || exit 77
    "$python" -c 'from gi.repository import Gio' 2>/dev/null || exit 77
    PD_HUNG_BUS=1 exec dbus-run-session --config-file="$here/no-secret-service.conf" -- "$0" "$@"
fi
fifo=$(mktemp -u)
mkfifo "$fifo"
"$python" "$here/hung_secret_service.py" >"$fifo" &
service=$!
trap 'kill "$service" 2>/dev/null; rm -f "$fifo"' EXIT
read -r -t 10 line <"$fifo" || true
[[ ${line:-} == ready ]] || { echo "with-hung-secret-service: the service did not start" >&2; exit 1; }
"$@"
