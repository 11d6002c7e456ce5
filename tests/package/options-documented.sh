#!/bin/sh
# Fails when an option `paynudge --help` prints is missing from the man page or from the README's
# Running section: the three describe one command line.
# Usage: options-documented.sh PAYNUDGE MANPAGE README
set -eu
app=$1 manpage=$2 readme=$3

if ! help=$("$app" --help); then
    echo "FAIL: '$app --help' failed" >&2
    exit 1
fi
options=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u || true)
if [ -z "$options" ]; then
    echo "FAIL: '$app --help' lists no options" >&2
    exit 1
fi
man_text=$(sed 's/\\-/-/g' "$manpage")                 # roff writes a hyphen as \-
running=$(sed -n '/^## Running/,/^## [^R]/p' "$readme")

missing=0
for option in $options; do
    # A whole option: --config must not be satisfied by --config-dir.
    pattern="(^|[^a-z-])$option([^a-z-]|\$)"
    if ! printf '%s\n' "$man_text" | grep -qE -- "$pattern"; then
        echo "FAIL: $option (in --help) is missing from $manpage" >&2
        missing=1
    fi
    if ! printf '%s\n' "$running" | grep -qE -- "$pattern"; then
        echo "FAIL: $option (in --help) is missing from the Running section of $readme" >&2
        missing=1
    fi
done
[ "$missing" = 0 ] && echo "all $(echo "$options" | wc -w) options of --help are in the man page and the README"
exit "$missing"
