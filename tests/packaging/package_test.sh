#!/usr/bin/env bash
# The .deb test (issue 17): build the package from an up-to-date build folder, unpack it into a
# temporary root, run the installed binaries from there (no build tree, no LD_LIBRARY_PATH),
# validate the desktop entry, the AppStream metainfo and the MIME type, and check that a
# *.netsmith file resolves to Netsmith in that root's data directories.
#
#   tests/packaging/package_test.sh BUILD_DIR [SOURCE_DIR]
# Needs dpkg-dev, desktop-file-utils, appstream, xdg-utils, libfile-mimeinfo-perl and
# shared-mime-info (scripts/setup.sh installs them); a missing one fails the test.
set -euo pipefail
build_dir=$(cd "${1:?usage: package_test.sh BUILD_DIR [SOURCE_DIR]}" && pwd)
source_dir=$(cd "${2:-$(dirname "$0")/../..}" && pwd)
start=$(date +%s.%N)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $*"; }

missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 ($2)"); }
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need update-desktop-database desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need xdg-mime xdg-utils
need mimetype libfile-mimeinfo-perl
need readelf binutils
[ ${#missing[@]} -eq 0 ] || fail "missing tools: ${missing[*]} — run scripts/setup.sh"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/netsmith-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root

# 1. Build the package into the temporary folder (the build folder's own package stays).
step "cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
debs=("$tmp"/out/netsmith_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one netsmith_*.deb, got: ${debs[*]}"
deb=${debs[0]}
echo "   $(basename "$deb"): $(stat -c %s "$deb") bytes"

# 2. Control data: name, section, the linked libraries as Debian packages, no maintainer scripts.
info=$(dpkg-deb -I "$deb")
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = netsmith ] || fail "Package is '$(field Package)'"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
echo "   Installed-Size: $(field Installed-Size) KiB"
depends=$(field Depends)
for lib in libqt6core6 libqt6widgets6 libqt6charts6 libtorch libopencv-core libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
for script in preinst postinst prerm postrm; do
  if grep -qw "$script" <<<"$info"; then fail "the package has a $script script"; fi
done

# 3. Unpack into a fresh root and check what is inside.
step "dpkg -x"
dpkg -x "$deb" "$root"
share=$root/usr/share
for f in usr/bin/netsmith usr/bin/netsmith-cli usr/share/applications/netsmith.desktop \
         usr/share/metainfo/io.github.netsmith.Netsmith.metainfo.xml usr/share/mime/packages/netsmith.xml; do
  [ -f "$root/$f" ] || fail "$f is not in the package"
done
# Every application icon the source tree has is installed to hicolor, and there is one.
icons=0
if [ -d "$source_dir/resources/icons/hicolor" ]; then
  while IFS= read -r icon; do
    rel=${icon#"$source_dir/resources/icons/"}
    [ -f "$share/icons/$rel" ] || fail "icon $rel is not in the package"
    icons=$((icons + 1))
  done < <(find "$source_dir/resources/icons/hicolor" -path '*/apps/netsmith.*' -type f)
fi
[ "$icons" -gt 0 ] || fail "no application icon (resources/icons/hicolor/<size>/apps/netsmith.{png,svg})"
echo "   $icons icons"

# 4. The installed binaries run from the root: libraries from the system, presets and
#    translations from the binaries' own resources, nothing from the source or build tree.
step "installed binaries"
cd "$tmp"
for bin in netsmith netsmith-cli; do
  if readelf -d "$root/usr/bin/$bin" | grep -qE 'RPATH|RUNPATH'; then fail "$bin has an RPATH/RUNPATH"; fi
  if env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$bin" | grep -q 'not found'; then
    fail "$bin: $(env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$bin" | grep 'not found' | head -n3)"
  fi
done
run() { env -u LD_LIBRARY_PATH OPENBLAS_NUM_THREADS=1 NETSMITH_DATA_DIR="$tmp/data" HOME="$tmp/home" "$@"; }
version=$(run "$root/usr/bin/netsmith-cli" --version 2>&1) || fail "netsmith-cli --version: $version"
grep -q "0\.1\.0" <<<"$version" || fail "netsmith-cli --version says '$version'"
echo "   $version"
summary=$(run NETSMITH_LANG=en "$root/usr/bin/netsmith-cli" summary seed-cnn 2>&1) ||
  fail "netsmith-cli summary seed-cnn: $summary"
grep -q 'Model: "seed-cnn"' <<<"$summary" && grep -q 'Total params: 121,930' <<<"$summary" ||
  fail "unexpected summary: $summary"
summary_zh=$(run NETSMITH_LANG=zh_CN "$root/usr/bin/netsmith-cli" summary seed-cnn 2>&1) ||
  fail "NETSMITH_LANG=zh_CN netsmith-cli summary seed-cnn: $summary_zh"
grep -q '总参数量' <<<"$summary_zh" || fail "the installed CLI does not speak Chinese: $summary_zh"
gui_version=$(run QT_QPA_PLATFORM=offscreen "$root/usr/bin/netsmith" --version 2>&1) ||
  fail "netsmith --version: $gui_version"
grep -q "0\.1\.0" <<<"$gui_version" || fail "netsmith --version says '$gui_version'"

# 5. Validators.
step "desktop-file-validate, appstreamcli validate"
out=$(desktop-file-validate "$share/applications/netsmith.desktop" 2>&1) || fail "desktop-file-validate: $out"
grep -E ': (error|warning):' <<<"$out" && fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net --no-color "$share/metainfo/io.github.netsmith.Netsmith.metainfo.xml" 2>&1) ||
  fail "appstreamcli validate: $out"

# 6. The MIME type: *.netsmith is application/x-netsmith-project, and Netsmith opens it.
step "xdg-mime"
mkdir -p "$tmp/home" "$tmp/config" "$tmp/config-dirs"
xdg() {
  env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
      -u DISPLAY -u WAYLAND_DISPLAY HOME="$tmp/home" XDG_DATA_HOME="$share" XDG_DATA_DIRS="$share" \
      XDG_CONFIG_HOME="$tmp/config" XDG_CONFIG_DIRS="$tmp/config-dirs" "$@"
}
xdg update-mime-database "$share/mime"
xdg update-desktop-database "$share/applications"
printf '{"format": "netsmith-project", "version": 2}\n' >"$tmp/some.netsmith"
type=$(xdg xdg-mime query filetype "$tmp/some.netsmith")
[ "$type" = application/x-netsmith-project ] || fail "xdg-mime query filetype some.netsmith: '$type'"
handler=$(xdg xdg-mime query default application/x-netsmith-project)
[ "$handler" = netsmith.desktop ] || fail "xdg-mime query default application/x-netsmith-project: '$handler'"

awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "package test passed in %.1f s\n", e - s }'
