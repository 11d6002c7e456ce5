#!/usr/bin/env bash
# Run by test-deb.sh inside a fresh Debian 12 root (no systemd running): installs the package
# with apt, runs PayNudge as the service would, checks where every file went, purges the package
# and checks that nothing of it is left but the data in /var/lib/paynudge.
# Usage: deb-in-fresh-root.sh /path/to/paynudge_<version>_amd64.deb
set -euo pipefail
deb=$1
app_id=io.github.paynudge.PayNudge
export DEBIAN_FRONTEND=noninteractive

fail() { echo "deb-in-fresh-root: FAIL: $*" >&2; exit 1; }
step() { echo "== deb-in-fresh-root: $*"; }
# As paynudge.service runs it: its user, its home.
as_service() { runuser -u paynudge -- env HOME=/var/lib/paynudge "$@"; }

step "apt-get install $(basename "$deb") (Depends only, from Debian)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt-install.log 2>&1 \
    || { cat /tmp/apt-install.log; fail "apt-get install did not install the package"; }
version=$(dpkg-query -W -f='${Version}' paynudge)

step "paynudge --version"
out=$(paynudge --version) || fail "paynudge --version failed"
echo "$out"
[[ $out == "paynudge $version" ]] || fail "paynudge --version says '$out', the package is $version"

step "the Qt drivers for a shop's own database ([shopdb]: MySQL/MariaDB, PostgreSQL)"
for driver in libqsqlmysql libqsqlpsql; do
    [[ -f /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/$driver.so ]] || fail "$driver.so is not installed"
done

step "files where they belong"
expected=(
    /usr/bin/paynudge
    /usr/lib/systemd/system/paynudge.service
    /etc/paynudge/paynudge.ini
    /usr/share/applications/$app_id.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/man/man1/paynudge.1.gz
    /usr/share/doc/paynudge/paynudge.example.ini
    /usr/share/doc/paynudge/README.md
    /usr/share/icons/hicolor/scalable/apps/paynudge.svg
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/paynudge.png")
done
for f in "${expected[@]}"; do
    [[ -f $f && -s $f ]] || fail "$f is missing or empty"
done
# Nothing else: no test, benchmark or build tool rides along.
mapfile -t installed < <(dpkg -L paynudge | while read -r f; do if [[ -f $f ]]; then echo "$f"; fi; done)
for f in "${installed[@]}"; do
    [[ " ${expected[*]} " == *" $f "* ]] || fail "the package installs $f, which it should not"
done
echo "${#installed[@]} files, as expected"
for size in 16 22 24 32 48 64 128 256; do
    # A PNG's IHDR holds its width and height, big-endian, at bytes 16-23.
    read -r -a ihdr < <(od -An -tu1 -j16 -N8 "/usr/share/icons/hicolor/${size}x${size}/apps/paynudge.png")
    w=$(( ihdr[0] << 24 | ihdr[1] << 16 | ihdr[2] << 8 | ihdr[3] ))
    h=$(( ihdr[4] << 24 | ihdr[5] << 16 | ihdr[6] << 8 | ihdr[7] ))
    [[ $w == "$size" && $h == "$size" ]] || fail "the ${size}x${size} icon is ${w}x${h}"
done
[[ $(zcat /usr/share/man/man1/paynudge.1.gz) == *$'\n.TH PAYNUDGE 1 '* ]] || fail "the man page is not paynudge(1)"

step "the service: unit, user, configuration"
grep -qx 'ExecStart=/usr/bin/paynudge --headless --config /etc/paynudge/paynudge.ini --data-dir /var/lib/paynudge' \
    /usr/lib/systemd/system/paynudge.service || fail "paynudge.service does not start /usr/bin/paynudge --headless as packaged"
[[ ! -e /etc/systemd/system/multi-user.target.wants/paynudge.service ]] || fail "paynudge.service was enabled on install"
IFS=: read -r _ _ _ _ _ home shell < <(getent passwd paynudge) || fail "no paynudge user"
[[ $home == /var/lib/paynudge && $shell == */nologin ]] || fail "paynudge user: home $home, shell $shell"
[[ $(stat -c '%U %a' /var/lib/paynudge) == "paynudge 700" ]] || fail "/var/lib/paynudge: $(stat -c '%U %a' /var/lib/paynudge)"
[[ $(stat -c '%U:%G %a' /etc/paynudge/paynudge.ini) == "root:paynudge 640" ]] \
    || fail "/etc/paynudge/paynudge.ini: $(stat -c '%U:%G %a' /etc/paynudge/paynudge.ini)"
[[ $(dpkg-query -W -f='${Conffiles}' paynudge) == *" /etc/paynudge/paynudge.ini "* ]] \
    || fail "/etc/paynudge/paynudge.ini is not a conffile"
echo "unit, user and conffile as expected; not enabled"

step "paynudge doctor, as the paynudge user"
as_service paynudge doctor --config /etc/paynudge/paynudge.ini --data-dir /var/lib/paynudge \
    || fail "paynudge doctor finds a problem with the packaged configuration (exit $?)"

step "paynudge --headless as paynudge.service runs it, for 5 s"
status=0
as_service timeout --preserve-status -s TERM 5 paynudge --headless --config /etc/paynudge/paynudge.ini \
    --data-dir /var/lib/paynudge || status=$?
[[ $status == 0 ]] || fail "paynudge --headless exited with $status (0 expected after SIGTERM)"
[[ -f /var/lib/paynudge/paynudge.sqlite ]] || fail "paynudge --headless made no store in /var/lib/paynudge"

step "apt-get purge paynudge"
apt-get purge -y -qq paynudge >/tmp/apt-purge.log 2>&1 || { cat /tmp/apt-purge.log; fail "apt-get purge failed"; }
for f in "${installed[@]}"; do
    [[ ! -e $f ]] || fail "$f is still there after purge"
done
left=$(find /etc /usr -iname '*paynudge*' 2>/dev/null)
[[ -z $left ]] || fail "left under /etc or /usr after purge: $left"
echo "purged: nothing of the package under /etc or /usr; kept: $(ls /var/lib/paynudge 2>/dev/null | tr '\n' ' ')"
