#!/usr/bin/env bash
# Builds the .deb from a configured and built tree, unpacks it into a temporary root (dpkg -x, no
# root rights or system changes needed), runs the installed programs from there and checks the
# package's contents and its Depends.
#   deb_install_test.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/arm-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build_dir/CMakeCache.txt"
app_id=io.github.arminspector.ArmInspector

echo "== cpack -G DEB (version $version)"
start=$(date +%s)
# The packaging directory keeps its own _CPack_Packages staging tree, away from the build tree's.
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$work/cpack.log"; fail "cpack produced no .deb"; }
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $(( $(date +%s) - start )) s"

echo "== metadata"
[ "$(dpkg-deb -f "$deb" Package)" = "arm-inspector" ] || fail "Package is not arm-inspector"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version $(dpkg-deb -f "$deb" Version) != $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
dep_names=$(printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//' | sort -u)
has_dep() { printf '%s\n' "$dep_names" | grep -qx "$1"; }
for p in libqt6sql6-sqlite libqt6svg6 libc6; do
  has_dep "$p" || fail "Depends lacks $p"
done

echo "== contents"
root="$work/root"
dpkg -x "$deb" "$root"
for f in \
  usr/bin/arm-cli \
  usr/bin/arm-inspector \
  "usr/share/applications/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/mime/packages/$app_id.xml" \
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "usr/share/icons/hicolor/16x16/apps/$app_id.png" \
  "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
  "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
  usr/share/man/man1/arm-cli.1.gz \
  usr/share/man/man1/arm-inspector.1.gz; do
  [ -s "$root/$f" ] || fail "package lacks $f"
done
# The PNG sizes are really rendered at their sizes (file(1) prints "PNG image data, W x H").
for s in 16 32 256; do
  file "$root/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png" | grep -q "PNG image data, $s x $s" \
    || fail "icon ${s}x${s} is not a ${s}x${s} PNG"
done
zcat "$root/usr/share/man/man1/arm-cli.1.gz" | grep -q '^\.TH ARM-CLI 1' || fail "arm-cli.1.gz is not the man page"

echo "== every library the programs link is provided by a package in Depends"
# dpkg -S needs the path as the package registered it; with the merged /usr the loader may report
# /lib/... for a file registered as /usr/lib/... (or the other way round), so try both spellings.
# A library chosen through Debian's alternatives (libblas.so.3, liblapack.so.3, linked by dlib) is a link
# through /etc/alternatives that no package owns: the file it resolves to is owned.
owner_of() {
  local path=$1 alt real
  case "$path" in /usr/*) alt=${path#/usr} ;; *) alt=/usr$path ;; esac
  real=$(readlink -f "$path")
  for candidate in "$path" "$alt" "$real"; do
    if out=$(dpkg -S "$candidate" 2>/dev/null); then
      printf '%s\n' "$out" | head -n 1 | cut -d: -f1
      return 0
    fi
  done
  return 1
}
for bin in arm-cli arm-inspector; do
  needed=$(readelf -d "$root/usr/bin/$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  [ -n "$needed" ] || fail "$bin has no NEEDED entries"
  for lib in $needed; do
    # "libfoo.so.1 => /path (addr)", except the dynamic loader, listed by its path alone (a program
    # that uses thread-local storage from PIC code NEEDs it for __tls_get_addr).
    path=$(ldd "$root/usr/bin/$bin" | awk -v l="$lib" '$1 == l && $2 == "=>" { print $3 } $2 != "=>" && $1 ~ ("/" l "$") { print $1 }')
    [ -n "$path" ] && [ "$path" != "not" ] || fail "$bin: $lib not found by the loader"
    pkg=$(owner_of "$path") || fail "$bin: no Debian package owns $path ($lib)"
    has_dep "$pkg" || fail "$bin needs $lib from package $pkg, which is not in Depends: $depends"
    echo "  $bin: $lib <- $pkg"
  done
done

echo "== run the installed programs"
out=$("$root/usr/bin/arm-cli" --version) || fail "installed arm-cli --version failed"
echo "$out"
printf '%s' "$out" | grep -qF "$version" || fail "arm-cli --version does not print $version"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/arm-inspector" --version) \
  || fail "installed arm-inspector --version failed"
echo "$out"
printf '%s' "$out" | grep -qF "$version" || fail "arm-inspector --version does not print $version"
# The translations are embedded in the program: the German help must be German.
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/arm-inspector" --language de --help) \
  || fail "installed arm-inspector --language de --help failed"
printf '%s' "$out" | grep -q "Sprache" || { echo "$out"; fail "arm-inspector --language de --help is not German"; }
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/arm-inspector" --language zh_CN --help) \
  || fail "installed arm-inspector --language zh_CN --help failed"
printf '%s' "$out" | grep -q "语言" || { echo "$out"; fail "arm-inspector --language zh_CN --help is not Chinese"; }
# The installed GUI opens its window and renders it.
QT_QPA_PLATFORM=offscreen "$root/usr/bin/arm-inspector" --screenshot "$work/shot.png" \
  || fail "installed arm-inspector --screenshot failed"
file "$work/shot.png" | grep -q "PNG image data, 1280 x 800" || fail "screenshot is not a 1280x800 PNG"

echo "PASS: $(basename "$deb") installs and runs (took $(( $(date +%s) - start )) s)"
