#!/usr/bin/env bash
# Builds the Debian package and proves it in a fresh Debian 12 root: installs it with apt (its
# dependencies from Debian), runs it, checks where everything went, purges it and checks that
# nothing of it is left but the data. Needs root or sudo (as ../shared/fresh-debian-check does).
#
# Usage (from anywhere in the repo):
#   packaging/test-deb.sh              configure and build the app only in build/deb, then package
#   packaging/test-deb.sh BUILD_DIR    package an existing build (e.g. build/ci); it is set to the
#                                      prefix /usr and built first (nothing to do when up to date)
# The fresh root runs packaging/deb-in-fresh-root.sh as committed at HEAD.
set -euo pipefail

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$repo"
fresh_check=${PN_FRESH_CHECK:-$repo/../shared/fresh-debian-check}
cache=${PN_FRESH_CACHE:-/var/tmp/pn-fresh}
sudo=()
if (( EUID != 0 )); then sudo=(sudo); fi

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
unpacked=$(mktemp -d)
handoff=
cleanup() {
    rm -rf "$unpacked"
    if [[ -n $handoff ]]; then "${sudo[@]}" rm -rf "$cache/archives/$handoff"; fi
}
trap cleanup EXIT
[[ -f $fresh_check ]] || fail "$fresh_check not found (set PN_FRESH_CHECK)"

build=${1:-build/deb}
echo "== test-deb: package from $build"
if [[ -f $build/CMakeCache.txt ]]; then
    cmake -D CMAKE_INSTALL_PREFIX=/usr "$build" >/dev/null
else
    [[ $# -eq 0 ]] || fail "$build is not a configured build directory"
    cmake --preset default -B "$build" -D CMAKE_INSTALL_PREFIX=/usr >/dev/null
fi
cmake --build "$build"
rm -f "$build"/paynudge_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack did not make the package"
debs=("$build"/paynudge_*_amd64.deb)
[[ -f ${debs[0]} && ${#debs[@]} -eq 1 ]] || fail "expected one paynudge_<version>_amd64.deb in $build"
deb=${debs[0]}
echo "== test-deb: $(basename "$deb")"
dpkg-deb --field "$deb" Depends Recommends

dpkg-deb -x "$deb" "$unpacked"
# The metainfo as software centres read it from the installed tree: its launchable desktop entry
# there under the same id (appstream, from scripts/install-deps.sh --test).
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$unpacked" || fail "appstreamcli validate-tree finds fault with the package's tree"
fi
# The unit as systemd reads it, where the host has systemd-analyze (the fresh root has no systemd).
if command -v systemd-analyze >/dev/null; then
    # verify wants ExecStart's binary on the host: point it at the unpacked one. The man page
    # Documentation= names is in the package, not on the host's man path.
    sed "s|/usr/bin/paynudge|$unpacked/usr/bin/paynudge|" "$unpacked/usr/lib/systemd/system/paynudge.service" \
        > "$unpacked/paynudge.service"
    systemd-analyze verify --man=no "$unpacked/paynudge.service" || fail "systemd-analyze verify finds fault with paynudge.service"
    echo "== test-deb: systemd-analyze verify: paynudge.service is valid"
fi

# Handed in through the apt archive cache, which every fresh root mounts at /var/cache/apt/archives;
# a folder of its own so that apt never takes it for a download, removed afterwards.
handoff=$(basename "$(mktemp -u pn-test-deb.XXXXXX)")
"${sudo[@]}" mkdir -p "$cache/archives/$handoff"
"${sudo[@]}" cp "$deb" "$cache/archives/$handoff/"
bash "$fresh_check" -- packaging/deb-in-fresh-root.sh "/var/cache/apt/archives/$handoff/$(basename "$deb")" \
    || fail "the package did not install, run or purge cleanly in a fresh Debian 12 (see above)"
echo "test-deb: $(basename "$deb") installs, runs and purges cleanly on a fresh Debian 12"
