#!/usr/bin/env bash
# Installs what PayNudge and its tests need, then builds and runs the whole suite twice:
# a release build with warnings as errors, and a build with AddressSanitizer + UBSan.
# Usage: scripts/test.sh [ctest arguments…]   e.g. scripts/test.sh -R Store
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen

for preset in ci asan; do
  echo "== $preset: build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset: test"
  ctest --preset "$preset" --parallel 2 "$@"
done

echo "== fuzz: order JSON and CSV import, libFuzzer (clang, build/fuzz), 20 s each"
tests/fuzz/run.sh 20
