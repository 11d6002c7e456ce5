#!/bin/sh
# Retakes the README's screenshots (resources/screenshots), every screen in English and in
# Chinese on a 1366×768 screen, with the tools a ci build makes:
#   cmake --preset ci && cmake --build build/ci --target console_screenshots \
#       firstrun_screenshots setupcheck_screenshots tst_templatepicker tst_shopdbpage
#   scripts/screenshots.sh [BUILD_DIR]
# Needs xvfb-run and fonts-noto-cjk (Chinese renders as boxes without it).
set -eu
build=${1:-build/ci}
out=resources/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
screen() { xvfb-run -a -s "-screen 0 1366x768x24" "$@"; }

for lang in en zh_CN; do
    if [ "$lang" = en ]; then suffix=; else suffix=".$lang"; fi
    # The console over the demo's data: tabs, import, order detail, About, Settings' pages.
    if [ "$lang" = en ]; then
        screen "$build/tests/ui/console/console_screenshots" "$out" 40
    else
        screen "$build/tests/ui/console/console_screenshots" "$out" 40 "$lang"
    fi
    screen "$build/tests/ui/console/setupcheck_screenshots" "$out" "$lang"
    # A first start: the dry-run banner, the setup checklist, the test reminder, the tray menu.
    screen "$build/tests/ui/console/firstrun_screenshots" "$tmp" "$lang"
    cp "$tmp/firstrun-window.$lang.png" "$out/first-start$suffix.png"
    cp "$tmp/firstrun-checklist-problem.$lang.png" "$out/setup-checklist$suffix.png"
    cp "$tmp/firstrun-testmessage.$lang.png" "$out/test-message$suffix.png"
    cp "$tmp/firstrun-traymenu.$lang.png" "$out/tray-menu$suffix.png"
done
# Settings → Accounts with a template read from WeChat (the test saves both languages).
QT_QPA_PLATFORM=offscreen "$build/tests/ui/shell/tst_templatepicker" screenshots > /dev/null
cp /tmp/i11-templates-account-editor.en.png "$out/settings-template.png"
cp /tmp/i11-templates-account-editor.zh_CN.png "$out/settings-template.zh_CN.png"
# Settings → Shop database after Test against a MariaDB of its own (the test starts and stops it).
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/ui/shell/tst_shopdbpage" screenshots > /dev/null
cp /tmp/i15-shopdb-page-1.en.png "$out/settings-shopdb.png"
cp /tmp/i15-shopdb-page-1.zh_CN.png "$out/settings-shopdb.zh_CN.png"
ls -l "$out"
