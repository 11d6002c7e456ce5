#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each for a while (CI: 20 s).
# Usage: [PAYNUDGE_FUZZ_DIR=build/fuzz] tests/fuzz/run.sh [seconds per target]
# New inputs go to <dir>/corpus-<target>; the seeds in tests/fuzz/corpus are only read.
# A crash leaves crash-<hash> in <dir>; replay it with <dir>/tests/fuzz/fuzz_<target> FILE.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
dir="${PAYNUDGE_FUZZ_DIR:-build/fuzz}"
cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DPAYNUDGE_FUZZ=ON -DPAYNUDGE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$dir" --target fuzz_orderjson fuzz_csvimport
seeds="$PWD/tests/fuzz/corpus"
for target in orderjson csvimport; do
  mkdir -p "$dir/corpus-$target"
  echo "== fuzz_$target: ${seconds}s"
  (cd "$dir" && "tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 "corpus-$target" "$seeds/$target")
done
