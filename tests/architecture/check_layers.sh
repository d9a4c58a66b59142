#!/usr/bin/env bash
# The layering as a test (docs/ARCHITECTURE.md): fails, naming the file, when
#  - engine/ includes Qt, or widgets/ includes LibTorch;
#  - a torch-free part (engine/core, engine/data, engine/synth, engine/faces, app/store) includes LibTorch;
#  - anything outside engine/model includes a private *Impl.h of engine/model;
#  - app/cli includes Qt Gui/Widgets or the widgets layer;
#  - (with a build dir) arm-cli NEEDs Qt6Widgets/Qt6Gui/QCustomPlot, or a dataset-reader test NEEDs libtorch.
# Usage: check_layers.sh SOURCE_DIR [BUILD_DIR]
set -u
src=${1:?source dir}
build=${2:-}
cd "$src" || exit 2
fail=0
report() { printf 'layering: %s\n' "$1"; fail=1; }

list() { grep -rlE "$1" "${@:2}" --include='*.h' --include='*.cpp' 2>/dev/null; }

for f in $(list '#include *<(Q[A-Za-z]+|Qt[A-Za-z]*/)' engine); do report "$f: engine/ must not include Qt"; done
for f in $(list '#include *<(torch|ATen|c10|caffe2)/' widgets); do report "$f: widgets/ must not include LibTorch"; done
for part in engine/core engine/data engine/synth engine/faces app/store; do
  for f in $(list '#include *<(torch|ATen|c10|caffe2)/|#include *"engine/(runtime|io|model|loading|train|eval|audit|analysis|bench)/' "$part"); do
    report "$f: $part is torch-free and may not include LibTorch or a LibTorch part"
  done
done
for f in $(list '#include *"engine/model/[A-Za-z]*Impl\.h"' engine app widgets tests benchmarks); do
  case "$f" in engine/model/*) ;; *) report "$f: includes a private implementation header of engine/model";; esac
done
for f in $(list '#include *<(QtGui|QtWidgets|QWidget|QApplication|QImage|QPixmap|QColor)|#include *"(widgets|app/gui)/' app/cli app/store app/jobs); do
  report "$f: the headless layers (app/cli, app/store, app/jobs) may not include Qt Gui/Widgets or the GUI"
done

if [ -n "$build" ]; then
  cli=$(find "$build" -type f -name arm-cli -perm -u+x | head -n 1)
  if [ -z "$cli" ]; then
    report "no arm-cli under $build"
  elif readelf -d "$cli" | grep -qE 'NEEDED.*(Qt6Widgets|Qt6Gui|qcustomplot)'; then
    report "$cli links Qt Widgets/Gui or QCustomPlot: $(readelf -d "$cli" | grep -oE '(libQt6Widgets|libQt6Gui|libqcustomplot)[^]]*' | tr '\n' ' ')"
  fi
  reader=$(find "$build" -type f -name tst_rafdbreader -perm -u+x | head -n 1)
  if [ -z "$reader" ]; then
    report "no tst_rafdbreader under $build"
  elif readelf -d "$reader" | grep -qE 'NEEDED.*(libtorch|libc10)'; then
    report "$reader (a dataset-reader test) NEEDs LibTorch: engine/data gained a LibTorch dependency"
  fi
fi
[ $fail -eq 0 ] && echo "layering: all rules hold"
exit $fail
