#!/usr/bin/env bash
# Installs the Debian 12 packages PayNudge needs, and nothing when they are all there already.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the tests, benchmarks and fuzzers need)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libgl-dev libsqlite3-dev fonts-noto-cjk qt6-translations-l10n
)
if [[ "${1:-}" == "--test" ]]; then
  # benchmarks, the fuzzers (clang + its sanitizer runtime), the screenshot tools the UI is looked
  # at with (Xvfb, a tray host, ImageMagick's import), the desktop entry's and metainfo's validators,
  # clang-format 14 (the style test), lld (links the test executables faster), the MariaDB and
  # PostgreSQL servers the shop-database tests start in temporary directories (MariaDB's server
  # binaries and mariadb-install-db's my_print_defaults without mariadb-server's system service;
  # postgresql-15 is the only package with PostgreSQL's)
  packages+=(libbenchmark-dev clang clang-format-14 lld libclang-rt-14-dev xvfb xauth trayer imagemagick desktop-file-utils appstream
    mariadb-server-core mariadb-client-core postgresql-15)
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
