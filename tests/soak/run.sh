#!/usr/bin/env bash
# The soak test (issue 12): the real headless PayNudge with its SQLite store, against fake-wechat
# injecting WeChat's failures (errcode -1, slow answers, dropped connections, unreachable
# periods), killed with SIGKILL every 3–12 s, while slow clients hold intake connections and a
# driver posts orders (single and batch) and marks about 30 % paid, half of those racing their
# first reminder. Reminders are due 3 s and 12 s after each order. After SECONDS of that, a quiet
# period (no faults, no kills; it ends when everything due went out, at most 90 s) and the checks:
# every unpaid order got each due reminder delivered once (WeChat's client_msg_id dedupe counted
# apart as raw duplicates), nothing reached an order after /paid was answered, every accepted
# order is in the store. Exit 0 = all held; 1 = a check failed (the work dir with both logs and
# the delivery journal is kept and named); 2 = could not run.
#
# Usage: tests/soak/run.sh SECONDS [BUILD_DIR] [paynudge-soak options…]
#   e.g. tests/soak/run.sh 14400 build/ci --slow-clients 50 --rate 10 --dir /tmp/soak
# (options: --slow-clients N (20), --rate N requests/s (5), --faults SPEC (fake-wechat --faults), --dir DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/soak/run.sh SECONDS [BUILD_DIR] [options…]}
build=${2:-build/ci}
shift $(( $# >= 2 ? 2 : 1 ))
for f in app/paynudge tests/core/wechat/fake-wechat tests/soak/paynudge-soak; do
  if [[ ! -x $build/$f ]]; then
    echo "soak: $build/$f is missing; build it first: cmake --preset ci && cmake --build build/ci --target paynudge-soak" >&2
    exit 2
  fi
done
exec "$build/tests/soak/paynudge-soak" --paynudge "$build/app/paynudge" --fake "$build/tests/core/wechat/fake-wechat" \
  --seconds "$seconds" "$@"
