#!/usr/bin/env bash
# Our executables must not export a symbol that a Qt 5 library in the same process imports (the reason is
# in cmake/executable-symbols.map: Debian's LibTorch loads Qt 5 through OpenCV's highgui, and Qt 5 then
# calls Qt 6 inline code on Qt 5 objects). Checks the programs and one test executable of each kind.
# Usage: check_exports.sh BUILD_DIR
set -euo pipefail
build=$1
status=0
checked=0
for exe in app/arm-inspector app/arm-cli tests/unit/app/tst_labelexporter tests/gui/tst_mainwindow; do
    path="$build/$exe"
    [[ -x $path ]] || continue
    # The Qt 5 libraries this program loads (none where LibTorch does not bring them: nothing to check).
    mapfile -t qt5 < <(ldd "$path" | awk '/libQt5[A-Za-z]*\.so/ {print $3}')
    checked=$((checked + 1))
    [[ ${#qt5[@]} -gt 0 ]] || continue
    imports=$(for lib in "${qt5[@]}"; do nm -D --undefined-only "$lib" | awk '{print $2}' | sed 's/@.*//'; done | sort -u)
    exports=$(nm -D --defined-only "$path" | awk '$2 ~ /^[TWiVu]$/ {print $3}' | sed 's/@.*//' | sort -u)
    clash=$(comm -12 <(echo "$exports") <(echo "$imports") | grep -E '^_Z' || true)
    if [[ -n $clash ]]; then
        echo "FAIL: $exe exports symbols that the Qt 5 libraries it loads import:"
        echo "$clash" | c++filt | sed 's/^/    /'
        status=1
    fi
done
if [[ $checked -eq 0 ]]; then
    echo "FAIL: no executable found under $build"
    exit 1
fi
[[ $status -eq 0 ]] && echo "OK: $checked executable(s) export nothing Qt 5 imports"
exit $status
