#!/usr/bin/env bash
# Regenerates the screenshots that the AppStream metainfo (and the README) show, with the app's own
# offscreen renderer. Run from anywhere after a build:
#   packaging/linux/make-screenshots.sh [BUILD_DIR]      (default: build/release)
# The metainfo refers to them by their URL in the public repository, docs/screenshots/<name>.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
app="$build/app/arm-inspector"
[ -x "$app" ] || { echo "make-screenshots: $app not built" >&2; exit 1; }
out="$root/docs/screenshots"
mkdir -p "$out"
# The demo (synthetic dataset + trained model) makes a populated window; use it once the app has it.
demo=()
if QT_QPA_PLATFORM=offscreen "$app" --help 2>/dev/null | grep -q -- '--demo'; then demo=(--demo); fi
QT_QPA_PLATFORM=offscreen "$app" "${demo[@]}" --language en --screenshot "$out/main-window.png"
echo "make-screenshots: wrote $out/main-window.png"
