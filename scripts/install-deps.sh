#!/usr/bin/env bash
# Installs the Debian 12 packages PayNudge needs, and nothing when they are all there already.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the tests, benchmarks and fuzzers need)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libgl-dev libsqlite3-dev fonts-noto-cjk qt6-translations-l10n
)
if [[ "${1:-}" == "--test" ]]; then
  # benchmarks, the fuzzers (clang + its sanitizer runtime), the screenshot tools the UI is looked
  # at with (Xvfb, a tray host, ImageMagick's import), the desktop entry's and metainfo's validators,
  # clang-format 14 (the style test), lld (links the test executables faster)
  packages+=(libbenchmark-dev clang clang-format-14 lld libclang-rt-14-dev xvfb xauth trayer imagemagick desktop-file-utils appstream)
fi

missing=()
for p in "${packages[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done
if (( ${#missing[@]} == 0 )); then
  exit 0
fi

sudo=()
if (( EUID != 0 )); then sudo=(sudo); fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
