# shellcheck shell=bash
# Sourced by the AT-SPI checks (run-atspi-*.sh): what every one of them needs to drive the app the
# way Orca does — the tools (else exit 77, skipped), a work folder, Xvfb on a free display, a
# private session bus and the AT-SPI bus on it, the app with accessibility always on, and the
# clean-up of every process started, by its id, on the way out. Bounded: 60 s from sourcing.
# usage: source atspi-session.sh BIN_DIR EXECUTABLE...   (the executables the check needs in BIN_DIR)
set -uo pipefail
bin=${1:?usage: source atspi-session.sh BIN_DIR EXECUTABLE...}
shift
started=$(date +%s)

skip() { echo "skipped: $*"; exit 77; }
command -v Xvfb >/dev/null || skip "no Xvfb (Debian: xvfb)"
command -v dbus-daemon >/dev/null || skip "no dbus-daemon (Debian: dbus-daemon)"
launcher=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [[ -x $candidate ]] && launcher=$candidate && break
done
[[ -n $launcher ]] || skip "no at-spi-bus-launcher (Debian: at-spi2-core)"
python=/usr/bin/python3
"$python" -c 'import gi; gi.require_version("Atspi", "2.0"); from gi.repository import Atspi' 2>/dev/null ||
    skip "no Python AT-SPI bindings (Debian: python3-gi gir1.2-atspi-2.0)"
for exe in "$@"; do
    [[ -x $bin/$exe ]] || { echo "no $bin/$exe: build it first"; exit 1; }
done

work=$(mktemp -d)
pids=()
# Every process started here is ended by its id. The AT-SPI bus launcher runs in a process
# group of its own (setsid): its bus daemon and the registry that bus starts (which outlives
# its parent) stay in that group, and the group is ended by its id.
groups=()
cleanup() {
    local pid
    for group in "${groups[@]}"; do kill -TERM -- "-$group" 2>/dev/null; done
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    done
    for group in "${groups[@]}"; do kill -KILL -- "-$group" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

remaining() { echo $((60 - ($(date +%s) - started))); }

# Waits (up to $2 s) until file $1 holds a line matching $3; prints the match.
wait_line() {
    local file=$1 seconds=$2 pattern=$3 line
    for _ in $(seq $((seconds * 10))); do
        line=$(grep -m1 -oE "$pattern" "$file" 2>/dev/null) && { echo "$line"; return 0; }
        sleep 0.1
    done
    return 1
}

# Xvfb on a free display, a private session bus and the AT-SPI bus on it. The AT-SPI bus socket
# lives in XDG_RUNTIME_DIR (else ~/.cache, shared by every run on display N): ours.
start_desktop() {
    mkdir -m 0700 "$work/runtime"
    export XDG_RUNTIME_DIR=$work/runtime
    : >"$work/display"
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x900x24 3>"$work/display" 2>"$work/xvfb.log" &
    pids+=($!)
    display=$(wait_line "$work/display" 10 '[0-9]+') || { echo "skipped: Xvfb did not start"; exit 77; }
    export DISPLAY=":$display"
    dbus-daemon --session --nofork --nopidfile --print-address=3 3>"$work/bus" 2>"$work/dbus.log" &
    pids+=($!)
    DBUS_SESSION_BUS_ADDRESS=$(wait_line "$work/bus" 10 '[a-z]+:.+') || { echo "skipped: no session bus"; exit 77; }
    export DBUS_SESSION_BUS_ADDRESS
    setsid "$launcher" --launch-immediately >"$work/launcher.log" 2>&1 &
    pids+=($!)
    groups+=($!)
    echo "display $DISPLAY, session bus and AT-SPI bus up"
}

# The app with the given arguments, its own settings, accessibility always on; its id in $app.
start_app() {
    export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
        "$bin/privacy-dashboard" "$@" >"$work/app.log" 2>&1 &
    app=$!
    pids+=("$app")
}

# Seconds the screen reader's part may take (what is left of the 60 s, less room to clean up).
check_deadline() {
    local deadline=$(($(remaining) - 8))
    ((deadline > 5)) || { echo "no time left" >&2; exit 1; }
    echo "$deadline"
}

# After a failed check: the tail of every log.
show_logs() {
    for log in app launcher dbus xvfb; do echo "--- $log log"; tail -20 "$work/$log.log"; done
}
