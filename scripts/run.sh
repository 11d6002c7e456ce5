#!/usr/bin/env bash
# Installs what PayNudge needs, builds it, and starts it. Arguments go to paynudge
# (e.g. scripts/run.sh --demo). Without a display it starts headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && " $* " != *" --headless "* ]]; then
  echo "No display found: starting headless (Ctrl+C stops it)." >&2
  exec build/default/app/paynudge --headless "$@"
fi
exec build/default/app/paynudge "$@"
