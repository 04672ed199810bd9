#!/usr/bin/env bash
# The Items page through AT-SPI, as Orca reaches it: privacy-dashboard --demo under Xvfb, with a
# private session bus and the AT-SPI bus (atspi-session.sh); atspi_items_check.py presses the
# Overview's "396 items of Posts and shares may have been used" by its accessible name and reads
# the Items table's row count (396) through the Table interface.
# usage: run-atspi-items-check.sh BIN_DIR   exit 0 ok, 1 failed, 77 skipped (no Xvfb / AT-SPI)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/gui/atspi/atspi-session.sh
source "$here/atspi-session.sh" "${1:-}" privacy-dashboard

start_desktop
start_app --demo --window-size 1280x860

# The screen reader's part: the demo's figure for posts that may have been used.
deadline=$(check_deadline) || exit 1
if ! timeout "$((deadline + 5))" "$python" "$here/atspi_items_check.py" --pid "$app" --figure 396 \
    --category "Posts and shares" --deadline "$deadline"; then
    show_logs
    exit 1
fi
echo "ok: the Items table holds the 396 posts after the AT-SPI Press ($(($(date +%s) - started)) s)"
