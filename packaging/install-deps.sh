#!/usr/bin/env bash
# Installs every Debian 12 package that ARM Inspector needs to build, test and run.
# Idempotent: when everything is present it only runs dpkg-query and exits within a second.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
  # Qt 6 (widgets, SQL via SQLite, SVG icons, linguist tools for translations)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libgl-dev
  # plotting, engine, CLI, JSON
  libqcustomplot-dev libqcustomplot2.1-qt6 libtorch-dev libopencv-dev
  libcli11-dev nlohmann-json3-dev libbenchmark-dev
  # faces in photos and videos: dlib (HOG detector) and its 68-point landmark model
  libdlib-dev libdlib-data
  # distributed training: gloo's headers for c10d's ProcessGroupGloo (the library comes with libtorch)
  libgloo-dev
  # reference tests (Debian's python3 + PyTorch, the same LibTorch 1.13)
  python3 python3-torch python3-torchvision python3-numpy
  # headless GUI runs, screenshots, metainfo validation, fonts for offscreen rendering
  xvfb xauth appstream desktop-file-utils fonts-dejavu-core
  # Chinese glyphs for the zh_CN interface (screenshots; without a CJK font it draws empty boxes)
  fonts-wqy-microhei
  # packaging tests: man page lint (groff), package inspection (readelf), Qt's own translations
  groff-base binutils qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
