#!/usr/bin/env bash
# Would a fresh Debian 12 machine get every CMake package this build used?
# usage: check-fresh-machine.sh [BUILD_DIR] [SETUP_SCRIPT]   (defaults: build/dev, scripts/setup-deps.sh)
#
# For each *_DIR entry of BUILD_DIR/CMakeCache.txt it finds the Debian package that owns that
# package's config file and checks that it lies in the dependency closure (Depends/PreDepends, no
# Recommends) of the packages SETUP_SCRIPT names. "It builds here" is not proof: a package that
# happens to be installed on this machine would hide a missing line in the set-up script.
# Exit 0: all covered; 1: some missing (listed); 2: usage; 77: cannot check (no apt lists).
set -uo pipefail
build=${1:-build/dev}
setup=${2:-scripts/setup-deps.sh}
cache=$build/CMakeCache.txt
[[ -f $cache ]] || { echo "no $cache: configure first"; exit 2; }
[[ -f $setup ]] || { echo "no $setup"; exit 2; }
if ! apt-cache show dpkg >/dev/null 2>&1; then
    echo "skipped: no apt package lists on this machine (run 'apt-get update' once)"
    exit 77
fi

listed=$(grep -v '^\s*#' "$setup" | grep -oE '[a-z0-9][a-z0-9.+-]+' | sort -u | while read -r word; do
    dpkg-query -W -f='${Status}' "$word" 2>/dev/null | grep -q "install ok installed" && echo "$word"
done)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $listed 2>/dev/null | grep -vE '^[[:space:]]|<' | sed 's/:.*//' | sort -u)

missing=()
checked=0
while read -r dir; do
    [[ -d $dir ]] || continue
    config=$(ls "$dir"/*Config.cmake "$dir"/*-config.cmake 2>/dev/null | head -1)
    package=$(dpkg -S "${config:-$dir}" 2>/dev/null | head -1 | cut -d: -f1)
    [[ -z $package ]] && continue
    checked=$((checked + 1))
    grep -qx "$package" <<<"$closure" || missing+=("$package (provides $(basename "$dir"))")
done < <(grep -E '_DIR:PATH=/' "$cache" | sed 's/.*=//' | sort -u)

if ((${#missing[@]})); then
    printf 'not installed by %s on a fresh machine:\n' "$setup"
    printf '  %s\n' "${missing[@]}"
    exit 1
fi
echo "fresh machine: all $checked CMake packages in $cache come with $setup"
