# Shared by scripts/run, scripts/test and scripts/bench. Sourced, not executed.
# shellcheck shell=bash

LETTERTRAY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export LETTERTRAY_ROOT

# What building and running the app needs on Debian 12.
LETTERTRAY_BUILD_PACKAGES=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-networkauth-dev qtkeychain-qt6-dev zlib1g-dev libgl-dev
)
# What the real services of the demo and the tests need.
LETTERTRAY_SERVICE_PACKAGES=(
    dovecot-imapd openssl dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth dunst trayer
    imagemagick x11-utils
)
# What only the tests need: clang for libFuzzer and the sanitizer runtimes, packaging checks.
LETTERTRAY_TEST_PACKAGES=(
    clang libclang-rt-14-dev desktop-file-utils appstream lintian rpm dpkg-dev file
)

log() { printf '\033[1m[lettertray]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root to run: $*"; fi
}

# Installs only what is missing, so a second run does no needless work.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# configure_and_build <build dir> <cmake args...>: configures once, then only rebuilds.
configure_and_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$LETTERTRAY_ROOT" -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
