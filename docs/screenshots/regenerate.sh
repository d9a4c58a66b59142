#!/bin/sh
# Regenerates the README screenshots with the application itself (offscreen, 1280x800), on the
# embedded demo: the first run generates the synthetic data and trains the demo model (minutes on a
# CPU); later runs reuse them. Usage: docs/screenshots/regenerate.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../build/release"}
app="$build/app/arm-inspector"
export QT_QPA_PLATFORM=offscreen
# Default screenshot of the main window, then one per dock view (raised before the grab).
"$app" --demo --screenshot "$here/main-window.png"
# The confusion dock is the one the main window shows by default (main-window.png).
for view in relabel inspector internals affinity training; do
    if "$app" --demo --view "$view" --screenshot "$here/view-$view.png" 2>/dev/null; then
        echo "wrote $here/view-$view.png"
    fi
done
