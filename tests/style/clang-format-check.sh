#!/bin/sh
# Usage: clang-format-check.sh CLANG_FORMAT SOURCE_DIR
# Fails, naming each file and line, when a C++ file under core/, ui/, app/ or tests/ is not
# formatted as .clang-format says. Fix: clang-format-14 -i FILE…
set -eu
format=$1
cd "$2"
files=$(find core ui app tests -name '*.cpp' -o -name '*.h' | sort)
[ -n "$files" ] || { echo "no sources found under $2" >&2; exit 1; }
# shellcheck disable=SC2086 # one word per file: the tree has no spaces in names
"$format" --dry-run --Werror $files
echo "$(echo "$files" | wc -l) files formatted as .clang-format says"
