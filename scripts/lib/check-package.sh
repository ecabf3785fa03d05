#!/usr/bin/env bash
# check-package.sh [BUILD_DIR]: builds the packages and proves they work on this machine.
#
#   1. configures BUILD_DIR (default build/package) in Release with prefix /usr, no tests,
#      builds, and runs cpack: lettertray_*.deb, lettertray-imap-dev_*.deb, .rpm, .tar.gz
#   2. lintian on the .deb files (errors fail; warnings are printed)
#   3. apt-get install ./lettertray_*.deb ./lettertray-imap-dev_*.deb (dependencies from apt)
#   4. runs `lettertray --version` and `lettertray-imap --version` from /usr/bin
#   5. validates the installed desktop entry and AppStream metainfo
#   6. builds a consumer of the installed library with find_package(LettertrayImap), and
#      compiles it again with pkg-config; runs both
#   7. removes the packages again (also when a step fails)
#
# Needs root (or sudo) for apt-get. Exits non-zero on the first failure.
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_dir=${1:-$LETTERTRAY_ROOT/build/package}
build_dir=$(realpath -m "$build_dir")
work=$(mktemp -d)
installed=0

cleanup() {
    if [ $installed -eq 1 ]; then
        log "removing the packages again"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq lettertray-imap-dev lettertray \
            >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { log "check-package: $*"; }

# --- 1. build and package ----------------------------------------------------------------------
step "building packages in $build_dir"
export CCACHE_DIR=${CCACHE_DIR:-$LETTERTRAY_ROOT/build/ccache}
if [ ! -f "$build_dir/build.ninja" ]; then
    # Packages are built with the system compiler and no sanitizers: an ASan binary would
    # depend on libasan at run time.
    env -u CC -u CXX cmake -S "$LETTERTRAY_ROOT" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DLETTERTRAY_BUILD_TESTS=OFF -DLETTERTRAY_BUILD_BENCHMARKS=OFF \
        -DLETTERTRAY_BUILD_EXAMPLES=OFF -DLETTERTRAY_BUILD_FUZZERS=OFF -DLETTERTRAY_SANITIZE=OFF >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
rm -f "$build_dir"/lettertray*.deb "$build_dir"/lettertray*.rpm "$build_dir"/lettertray*.tar.gz
(cd "$build_dir" && cpack -G "DEB;RPM;TGZ" >/dev/null)
shopt -s nullglob
debs=("$build_dir"/lettertray_*.deb)
dev_debs=("$build_dir"/lettertray-imap-dev_*.deb)
rpms=("$build_dir"/lettertray*.rpm)
tgzs=("$build_dir"/lettertray-*.tar.gz)
[ ${#debs[@]} -eq 1 ] || die "expected one lettertray_*.deb, found ${#debs[@]}"
[ ${#dev_debs[@]} -eq 1 ] || die "expected one lettertray-imap-dev_*.deb, found ${#dev_debs[@]}"
[ ${#rpms[@]} -ge 2 ] || die "expected the lettertray and lettertray-imap-devel .rpm files"
[ ${#tgzs[@]} -eq 1 ] || die "expected one .tar.gz"
for f in "${debs[@]}" "${dev_debs[@]}" "${rpms[@]}" "${tgzs[@]}"; do
    step "built $(basename "$f") ($(du -h "$f" | cut -f1))"
done
step "lettertray.deb depends on: $(dpkg-deb -f "${debs[0]}" Depends)"

# --- 2. lintian ----------------------------------------------------------------------------------
if command -v lintian >/dev/null; then
    step "lintian"
    # Errors fail the check; warnings are accepted (docs/packaging.md lists them and why).
    lintian --no-tag-display-limit --suppress-tags-from-file \
        "$LETTERTRAY_ROOT/resources/debian/lintian-accepted" "${debs[0]}" "${dev_debs[0]}" | tee "$work/lintian.txt" || true
    if grep -q '^E:' "$work/lintian.txt"; then
        die "lintian reported errors"
    fi
else
    die "lintian is not installed"
fi

# --- 3. install ------------------------------------------------------------------------------------
step "apt-get install ./$(basename "${debs[0]}") ./$(basename "${dev_debs[0]}")"
if dpkg-query -W -f='${Status}' lettertray 2>/dev/null | grep -q "install ok installed"; then
    die "lettertray is already installed on this machine; remove it first (apt-get purge lettertray)"
fi
installed=1
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${debs[0]}" "${dev_debs[0]}" >/dev/null

# --- 4. the installed programs ---------------------------------------------------------------------
version=$(dpkg-deb -f "${debs[0]}" Version)
version=${version%-*}
for program in lettertray lettertray-imap; do
    [ -x /usr/bin/$program ] || die "/usr/bin/$program is not installed"
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/$program --version)
    [ "$out" = "$program $version" ] || die "/usr/bin/$program --version printed '$out'"
    step "/usr/bin/$program --version: $out"
done
man -w lettertray >/dev/null && man -w lettertray-imap >/dev/null || die "man pages not found"

# --- 5. desktop integration ----------------------------------------------------------------------
desktop=/usr/share/applications/io.github.lettertray.Lettertray.desktop
metainfo=/usr/share/metainfo/io.github.lettertray.Lettertray.metainfo.xml
desktop-file-validate "$desktop"
appstreamcli validate --pedantic --no-net "$metainfo" >/dev/null
for icon in scalable/apps/io.github.lettertray.Lettertray.svg symbolic/apps/io.github.lettertray.Lettertray-symbolic.svg \
            48x48/apps/io.github.lettertray.Lettertray.png 256x256/apps/io.github.lettertray.Lettertray.png; do
    [ -f /usr/share/icons/hicolor/$icon ] || die "icon $icon is not installed"
done
step "desktop entry, metainfo and icons valid"

# --- 6. a consumer of the installed library --------------------------------------------------------
step "building a consumer with find_package(LettertrayImap)"
env -u CC -u CXX cmake -S "$LETTERTRAY_ROOT/tests/packaging/consumer" -B "$work/consumer" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/consumer" >/dev/null
out=$("$work/consumer/lettertray-imap-consumer")
[ "$out" = "Lettertray $version" ] || die "consumer printed '$out'"
step "consumer (CMake): $out"
g++ -std=c++20 -fPIC -o "$work/consumer-pc" "$LETTERTRAY_ROOT/tests/packaging/consumer/main.cpp" \
    $(pkg-config --cflags --libs lettertray-imap)
out=$("$work/consumer-pc")
[ "$out" = "Lettertray $version" ] || die "pkg-config consumer printed '$out'"
step "consumer (pkg-config $(pkg-config --modversion lettertray-imap)): $out"
# The examples (count INBOX, IDLE pushes, fetch/idle loop) as an outside developer builds them.
step "building examples/ against the installed library"
env -u CC -u CXX cmake -S "$LETTERTRAY_ROOT/examples" -B "$work/examples" -G Ninja >/dev/null
cmake --build "$work/examples" >/dev/null
for example in count_inbox idle_push fetch_idle_loop; do
    [ -x "$work/examples/example_$example" ] || die "examples/: example_$example was not built"
done
step "examples/ built against the installed package"

# --- 7. remove -----------------------------------------------------------------------------------------
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq lettertray-imap-dev lettertray >/dev/null
installed=0
[ ! -e /usr/bin/lettertray ] || die "/usr/bin/lettertray is still there after removal"
step "packages removed; all checks passed"
