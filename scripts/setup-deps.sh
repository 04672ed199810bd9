#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those missing (apt; sudo when not root).
# Safe to re-run: with everything present it changes nothing and takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format
    # fuzz targets (libFuzzer + ASan/UBSan): clang and its runtime
    clang libclang-rt-14-dev
    # Qt 6.4 and the libraries of DESIGN §4
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev libgl-dev
    libcurl4-openssl-dev libssl-dev libarchive-dev qtkeychain-qt6-dev
    # the server: gzip of large bodies (zlib), PostgreSQL through Qt Sql (--database postgresql://…)
    zlib1g-dev libqt6sql6-psql
    # tests: a throw-away PostgreSQL cluster for the PostgreSQL variants (scripts/postgres-test-cluster.sh)
    postgresql postgresql-client
    # benchmarks (tests/bench/run-all.sh): load generator, the nginx reference; callgrind for
    # instruction counts where wall time is too noisy (docs/benchmarks.md)
    wrk nginx-light valgrind
    # tests: schema validation, headless GUI, PDF checks, archives, measuring
    python3 python3-jsonschema python3-yaml xvfb xauth poppler-utils zip unzip openssl curl time
    fonts-dejavu-core
    # tests: accessibility (the switch driven through AT-SPI under Xvfb, as Orca does)
    at-spi2-core dbus-daemon python3-gi gir1.2-atspi-2.0
    # tests: the keychain against a real Secret Service (scripts/with-test-keyring.sh)
    gnome-keyring libsecret-tools
    # packaging: icon PNGs, desktop-file and AppStream validators, man pages, the .deb check
    librsvg2-bin desktop-file-utils appstream groff-base dpkg-dev fakeroot lintian file
    # translations: Qt's own strings (standard buttons) in the member's language
    qt6-translations-l10n
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# The OpenAPI linter (tests) runs on Node.js; use the machine's own when it has one.
command -v npm >/dev/null || missing+=(nodejs npm)

install_node_tools() {
    # Pinned by tools/openapi/package-lock.json; installed once, kept in tools/openapi/node_modules.
    if [ ! -d tools/openapi/node_modules ]; then
        echo "setup: installing the OpenAPI linter (npm ci --prefix tools/openapi)"
        npm ci --prefix tools/openapi --no-audit --no-fund --loglevel=error >/dev/null
    fi
}

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} Debian packages present"
    install_node_tools
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_node_tools
