#!/usr/bin/env bash
# Builds the Debian packages from an existing build tree (default build/dev: only the three
# executables and the packaging files, no second build), checks them with lintian (no errors),
# installs them with apt, runs the installed programs, removes them with apt-get purge and checks
# that nothing they installed is left. Needs root or sudo for apt; without either it says so and
# exits 0 having only built and linted the packages.
# usage: check-deb.sh [BUILD_DIR]      exit: 0 ok, 1 a check failed
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
started=$(date +%s)
out=$build/deb
packages=(privacy-dashboard privacy-api-server)

cmake --build "$build" -j "$(nproc)" --target privacy-dashboard privacy-dashboard-cli privacy-api-server \
    pd_packaging_files
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$PWD/deb" >/dev/null)
mapfile -t debs < <(ls "$out"/*.deb)
[[ ${#debs[@]} -eq 2 ]] || { echo "check-deb: expected two packages, got: ${debs[*]}"; exit 1; }
for deb in "${debs[@]}"; do
    echo "== $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
done

# lintian: errors fail; warnings are printed for a human to read.
lintian_out=$(lintian --tag-display-limit 0 "${debs[@]}" 2>&1 || true)
[[ -n $lintian_out ]] && echo "$lintian_out"
if grep -q '^E: ' <<<"$lintian_out"; then
    echo "check-deb: lintian reports errors"
    exit 1
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if ! sudo -n true 2>/dev/null; then
        echo "check-deb: SKIPPED install/run/purge: needs root or password-less sudo (packages built and linted)"
        exit 0
    fi
    sudo_cmd=(sudo -n)
fi
apt=("${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq)

"${apt[@]}" purge "${packages[@]}" >/dev/null 2>&1 || true # a run that stopped half-way
"${apt[@]}" install --no-install-recommends "$(realpath "${debs[0]}")" "$(realpath "${debs[1]}")" >/dev/null
files=$(dpkg -L "${packages[@]}" | sort -u)

status=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() { # run a command from the installed paths with a scratch home; fail the check when it fails
    echo "\$ $*"
    if ! env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen "$@"; then
        echo "check-deb: FAILED: $*"
        status=1
    fi
}
run /usr/bin/privacy-dashboard-cli --version
run /usr/bin/privacy-dashboard-cli --demo summary
# The report command loads its writers from /usr/lib/privacy-dashboard/ (the module with Qt Gui).
run /usr/bin/privacy-dashboard-cli --demo report --format pdf --output "$scratch/report.pdf"
[[ -s $scratch/report.pdf ]] || { echo "check-deb: FAILED: no PDF report written"; status=1; }
run /usr/bin/privacy-api-server --version
run /usr/bin/privacy-dashboard --version
# The GUI: started offscreen on the demo member; still running after 4 s is a pass.
echo "\$ privacy-dashboard --demo (offscreen, 4 s)"
gui_status=0
env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen \
    timeout 4 /usr/bin/privacy-dashboard --demo || gui_status=$?
if [[ $gui_status -ne 124 ]]; then
    echo "check-deb: FAILED: privacy-dashboard --demo exited with $gui_status before 4 s"
    status=1
fi
for path in /usr/share/applications/org.privacydashboard.PrivacyDashboard.desktop \
    /usr/share/metainfo/org.privacydashboard.PrivacyDashboard.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.privacydashboard.PrivacyDashboard.svg \
    /usr/share/icons/hicolor/48x48/apps/org.privacydashboard.PrivacyDashboard.png \
    /usr/share/man/man1/privacy-dashboard.1.gz /usr/share/man/man1/privacy-dashboard-cli.1.gz \
    /usr/share/man/man1/privacy-api-server.1.gz; do
    [[ -f $path ]] || { echo "check-deb: FAILED: $path not installed"; status=1; }
done

"${apt[@]}" purge "${packages[@]}" >/dev/null
left=()
while read -r path; do
    # Shared directories (/usr/bin, /usr/share/icons/...) stay; anything of ours must go.
    if [[ -e $path && ! -d $path ]] || [[ -d $path && $path == *rivacy* ]]; then
        left+=("$path")
    fi
done <<<"$files"
for package in "${packages[@]}"; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -qv "not-installed"; then
        left+=("dpkg still knows $package")
    fi
done
if ((${#left[@]})); then
    echo "check-deb: FAILED: left behind after purge:"
    printf '  %s\n' "${left[@]}"
    status=1
fi
echo "check-deb: $([[ $status -eq 0 ]] && echo ok || echo FAILED) in $(($(date +%s) - started)) s" \
    "(build, cpack, lintian, install, run, purge)"
exit $status
