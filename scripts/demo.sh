#!/usr/bin/env bash
# Sets everything up and runs the demo: installs missing Debian packages, builds, and shows the
# bundled demo member's usage summary. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh dev >/dev/null
bin=build/dev/bin
"$bin/privacy-dashboard-cli" --demo summary
