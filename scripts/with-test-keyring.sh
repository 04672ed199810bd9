#!/usr/bin/env bash
# Runs a command against a real Secret Service of its own: a private D-Bus session bus
# (dbus-run-session) and a GNOME Keyring daemon whose login keyring is created unlocked with a fixed
# test password (gnome-keyring 42 asks a prompter, which cannot show, for an empty one), in a
# throw-away HOME and XDG_RUNTIME_DIR: the member's own keyring is never touched.
# Used by the keychain tests (tests/integration/secrets); works as root and without a desktop.
# usage: with-test-keyring.sh COMMAND [ARG...]     exit status: the command's; 77 when the
#        Debian packages (dbus-daemon, gnome-keyring) are missing.
set -euo pipefail

if [[ -z ${PD_TEST_KEYRING_BUS:-} ]]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        command -v "$tool" >/dev/null || { echo "with-test-keyring: $tool missing (scripts/setup-deps.sh)" >&2; exit 77; }
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/pd-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    mkdir -m 0700 "$scratch/runtime"
    # dbus-run-session ends the bus (and with it the keyring daemon) when the command returns.
    PD_TEST_KEYRING_BUS=1 HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" \
        dbus-run-session -- "$0" "$@" && status=0 || status=$?
    exit "$status"
fi

mkdir -p "$HOME"
printf 'pd-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        "$@" && exit 0 || exit $?
    fi
    sleep 0.1
done
echo "with-test-keyring: the keyring daemon did not register org.freedesktop.secrets within 10 s" >&2
exit 1
