<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>PayNudge — 催付助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge is built with Qt, used under the GNU LGPL version 3. The manual is in Help → Manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PayNudge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown — decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded: the disk of the store is full since %1. Nothing can be saved and no reminder goes out; free disk space, PayNudge tries again by itself. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded: the store cannot write since %1, so no reminder goes out; PayNudge tries again by itself. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded: WeChat cannot be reached since %1. Reminders wait and are retried; check the network. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token refresh failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to WeChat — dry run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop database unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment check failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 keeps no AppSecret here: the shop&apos;s token service %2 gives its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no AppSecret: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the AppSecret (mp.weixin.qq.com → 设置与开发 → 基本配置) in %1, or type it in Settings → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of account %1 comes from %2 and is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refuses calls from IP %1 for account %2 (errcode 40164): the IP is not whitelisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the IP whitelist: mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单 (or send through a relay with a fixed IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat says the AppSecret of account %1 is wrong (errcode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current AppSecret from mp.weixin.qq.com → 设置与开发 → 基本配置 into %1 (a reset there replaces the old one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %1 of account %2 (errcode 40013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check appid in [accounts/%1]: it is the AppID shown at mp.weixin.qq.com → 设置与开发 → 基本配置.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase (or tokenUrl of [accounts/%1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it as the message says, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s token service gave account %1 an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat gave account %1 (AppID %2) an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template list of account %1 (%2): template check skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 may not read its template list (errcode %2, %3): template check skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Template %1 is not among the %n template(s) of account %2: every send fails (errcode 40037).</source>
        <translation>
            <numerusform>Template %1 is not among the %n template of account %2: every send fails (errcode 40037).</numerusform>
            <numerusform>Template %1 is not among the %n templates of account %2: every send fails (errcode 40037).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to [accounts/%2] (Settings → Accounts → template fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the template&apos;s keys (%1) in [accounts/%2], or choose the template that has these keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 names no template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set templateId in [accounts/%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WeChat account is configured: PayNudge runs dry and nothing is really sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the shop&apos;s official account in Settings → Accounts (or an [accounts/KEY] section).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 runs dry (dryRun=true): its reminders are recorded, nothing is really sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has no appid: it runs dry and nothing is really sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set appid and the AppSecret in [accounts/%1] (and remove dryRun) to send for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer for account %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer for account %1 within %n second.</numerusform>
            <numerusform>No answer for account %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its answer has no Date header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare this computer&apos;s clock with WeChat&apos;s (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase; keep the clock synchronised (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise the clock (timedatectl set-ntp true, or the system&apos;s date settings): every reminder is due by this clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with WeChat&apos;s (within %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 has %n bad value(s): %2</source>
        <translation>
            <numerusform>The configuration %1 has %n bad value: %2</numerusform>
            <numerusform>The configuration %1 has %n bad values: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the named keys (Settings, or the file itself): PayNudge does not start until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration file at %1: the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 loads (%n account(s)).</source>
        <translation>
            <numerusform>The configuration %1 loads (%n account).</numerusform>
            <numerusform>The configuration %1 loads (%n accounts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing answered on the intake address within %n second(s).</source>
        <translation>
            <numerusform>Nothing answered on the intake address within %n second.</numerusform>
            <numerusform>Nothing answered on the intake address within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check again; if it repeats, see what holds the address (ss -ltnp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WeChat did not answer within %n second(s): the clock was not compared.</source>
        <translation>
            <numerusform>WeChat did not answer within %n second: the clock was not compared.</numerusform>
            <numerusform>WeChat did not answer within %n seconds: the clock was not compared.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell how much free space %1 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the disk holding the store has a few hundred MiB free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 MiB free on %2, where the store lives: new orders and sends cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on %1 now (at least %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 MiB free on %2, where the store lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on %1 (at least %2 MiB) before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB free on %2, where the store lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user PayNudge runs as (%1) a folder it can write: fix the owner and mode of %2 (chmod 700), or start PayNudge with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2 is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 does not exist yet; it is created at the first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge cannot write in the data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can open the data folder %1, which holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intake token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store (customers&apos; openids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it owner-only: chmod 700 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 holds no secrets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only its owner can open the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake API is off: it needs no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake token is written in %1, which other users of this computer can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to a file named by [intake] tokenFile, or run chmod 600 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake token is set in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake token file cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the token (at least 16 characters) in %1, owned by PayNudge&apos;s user, and run chmod 600 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake token is read from %1 (owner-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake token is kept in the system keychain or in %1 (generated at the first start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake API is off ([intake] enabled=false): orders come by CSV import only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake API takes any free port on %1 (port 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake address %1 is free for PayNudge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the program that uses %1, or choose another address in [intake] listen (and tell the shop&apos;s backend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake API cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake address %1 is held by the running PayNudge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program uses the intake address %1: PayNudge cannot start its intake API there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is set up: nothing stops reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>PayNudge setup check — configuration %1, data folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop PayNudge, keep a copy of %1, then restore the latest backup (or move the file aside: a new, empty store is created at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged or not a PayNudge store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (quick_check: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 opens and passes SQLite&apos;s quick check (%2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is empty: PayNudge creates its tables at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a PayNudge store (no meta table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point [store] path (or --data-dir) at PayNudge&apos;s own store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is at the current schema version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is at schema version %1; this PayNudge uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless you want a backup first: PayNudge upgrades the store when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is at schema version %1, newer than this PayNudge understands (%2): it will not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer PayNudge that wrote this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is kept in memory (nothing to check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is not created yet; it is created at the first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store path %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point [store] path at a file, or remove what is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge is running on this store (process %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PayNudge is running on this store: reminders go out only while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start PayNudge (the window, paynudge --tray, or paynudge --headless / the paynudge service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of WeChat&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind WeChat&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PayNudge (this window) is running on this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare templateId and the fields/ keys of [accounts/%1] with the template in mp.weixin.qq.com → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the template ID from mp.weixin.qq.com → %2 into templateId of [accounts/%1], or pick it in Settings → Accounts → Message → Load templates from WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (%2) of account %3, with the mapping PayNudge suggests for it (the account names no fields/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (%2) of account %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a shown key of the template to the deadline (e.g. {close_at:HH:mm} or &quot;请于{close_in}内完成支付&quot;) and one to the order ({order_no} or {product}) in [accounts/%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has exactly the keys the mapping fills (%2), with the order and its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fields/%1 in [accounts/%2] to one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order numbers may have 64): a longer one is sent as its first 29 characters and &quot;...&quot; (tooLong=shorten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order numbers may have 64): the reminder of a longer one is not sent (tooLong=fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the shop&apos;s order numbers have at most 32 characters; otherwise set tooLong=shorten in [accounts/%1] or choose a template with a longer order number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database password cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it again in Settings → Shop database, or fix [shopdb] passwordEnv / passwordFile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the shop&apos;s database runs and that host, port, user and password in Settings → Shop database are right; until then new orders are not read and reminders wait for the payment check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the shop&apos;s developer to correct the query in Settings → Shop database (Test shows what the database says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s database %1 answers (new orders: %2 ms, payment check: %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s Qt driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check [store] host, port, database, user and the password, and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s database holds no PayNudge store yet: the first engine creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PayNudge engine is running on this store: no reminders go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start PayNudge (or its service) on at least one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines running on this store: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check [store] passwordEnv or passwordFile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual (README.md) was not found. The package installs it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Open it with a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>Order payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer displayed by WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refuses the message (47003)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (no longer displayed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: WeChat refuses the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSteps</name>
    <message>
        <source>Connect a WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter its AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this computer&apos;s IP in WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reminder template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send yourself a test reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let orders arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. In Settings → Accounts, add one with the AppID from mp.weixin.qq.com → 设置与开发 → 基本配置. Until then reminders are only rehearsed (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account runs as a dry run (no AppID, or dry run ticked): no customer receives anything. Enter the AppID in Settings → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the AppID: the AppSecret from the same page (设置与开发 → 基本配置).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat only answers computers whose IP is on the account&apos;s IP whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template message WeChat shows the customer (Settings → Accounts → Message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat accepted the AppSecret, or has not refused it so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat has not refused this computer so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is chosen and fits what the reminder fills in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no template yet: choose one in Settings → Accounts → Message (Load templates from WeChat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused this computer&apos;s IP %1. Add %1 to the IP whitelist of %2 (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received a test reminder on your own WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test reminder to your own WeChat (you need your openid; the button explains where to find it) and check WeChat on your phone. A test WeChat accepts, or your tick that you received it, marks this step done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) awaiting payment came in.</source>
        <translation>
            <numerusform>%n order awaiting payment came in.</numerusform>
            <numerusform>%n orders awaiting payment came in.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order yet. Import the shop&apos;s unpaid orders from a CSV file, or have the shop&apos;s system send them to %1 with the token from Settings → Intake API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order yet. Import the shop&apos;s unpaid orders from a CSV file, or switch on the Intake API in Settings so the shop&apos;s system can send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge cannot reach the shop&apos;s database %1, so no new order is read. Settings → Shop database → Test shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New orders are read from the shop&apos;s database %1 every %n second(s).</source>
        <translation>
            <numerusform>New orders are read from the shop&apos;s database %1 every second.</numerusform>
            <numerusform>New orders are read from the shop&apos;s database %1 every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>PayNudge did not start: its configuration file has problems. Nothing was sent or changed. Correct the file (details below) and start PayNudge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge did not start: another PayNudge is already using this data folder. Use that one, or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge did not start: its store of orders could not be opened safely. Nothing was sent or changed. What happened and what to do is below; keep the files as they are until you have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::AccountEditor</name>
    <message>
        <source>The name orders use in their &quot;account&quot; field. It cannot change once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wx0123456789abcdef; empty: dry run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SHOP1_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable token (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own token service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (only for the shop&apos;s own token service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: render and record messages, never send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches an access token with these settings (nothing is sent to customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template message (service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program subscribe message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example/order/{order_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages/order/detail?no={order_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to store a new AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mini program page instead of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: an access token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSecret from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppSecret from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load templates from WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the account&apos;s templates with their keys (nothing is sent to customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>— choose one of the %n template(s) —</source>
        <translation>
            <numerusform>— choose the template —</numerusform>
            <numerusform>— choose one of the %n templates —</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading templates from WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat lists no template %1 for this account: every send would fail (errcode 40037).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it shortened, marked with &quot;...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number over 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the AppSecret to enter it here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret now comes from the computer setting “%1” (an environment variable). To enter it yourself, type it above: PayNudge then keeps it and no longer reads that setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge will keep the AppSecret you typed and no longer read the computer setting “%1”. Empty the field to keep using that setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to replace the saved AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret is kept in the file %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret is kept in the system keychain (or, on a computer without one, in a file only you can read) — never in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token column of the shop&apos;s xg_orders; empty: not from the shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each round&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split test of texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::AccountRules</name>
    <message>
        <source>e.g. 21:00-09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sends at any hour, whatever the shop&apos;s quiet hours are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders to one customer a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip customers who paid within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest order reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest order reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 会员, 年卡 — empty: every product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 赠品 — empty: none left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule not ticked follows the shop&apos;s (Who is reminded; quiet hours: Reminder plan) and changes with it. Tick “Own rule” to give this account a value of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the shop&apos;s rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::AccountsPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of account %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed accounts&apos; AppSecrets stay in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the account first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the AppID first: templates belong to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat did not give the template list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from WeChat.</source>
        <translation>
            <numerusform>%n template read from WeChat.</numerusform>
            <numerusform>%n templates read from WeChat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 reads its AppSecret from the computer setting “%2”; empty that setting to enter the AppSecret here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of %1 was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the AppSecret of %1 was saved in the file %2, which only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret of %1 was saved in the file %2, which only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was issued. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AppID first: without it the account only rehearses (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the AppSecret first: none is saved for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::AuditQuery</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::AuditView</name>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-remind list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed (secret, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting, order, value or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::Config</name>
    <message>
        <source>Default shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ConfigKey</name>
    <message>
        <source>Local time when no reminder goes out, such as 22:00-08:00; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder due in quiet hours: defer (send when they end, unless the order has closed by then) or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders claimed from the store in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge also wakes exactly when each reminder falls due; this sweep catches anything else, such as orders another program wrote into the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends in flight across all accounts at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the computer slept or WeChat could not be reached, a reminder that would go out more than this late is skipped and recorded as such. No limit: it goes out as long as its order is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s IANA time zone for quiet hours and dates, such as Asia/Shanghai; empty: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file of the store; empty: paynudge.sqlite in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily copy of the store is kept in the data folder&apos;s backups for this many days; 0: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept orders over HTTP; off: orders come by CSV import only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port. Keep 127.0.0.1 unless the shop&apos;s backend runs on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token of the intake API, at least 16 characters; empty: the one in tokenFile, the keychain or generated on first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner-only file holding the intake API&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open intake connections at most (kept below the system&apos;s file limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the WeChat API is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends in flight per account at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds a dry-run send pretends to take (demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window: zh_CN or en; empty: the system&apos;s. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the window shows; empty: the account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official account&apos;s AppID, such as wx0123456789abcdef; empty: the account runs dry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable holding the AppSecret; empty: secretFile or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner-only file holding the AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the access token is fetched: stable, classic, or url (the shop&apos;s own token service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tokenSource=url: the shop&apos;s own token service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of message: template, subscribe or miniprogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template the reminders are sent with (required with an AppID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page the message opens, such as https://shop.example/order/{order_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mini program the message opens instead of the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mini program&apos;s page, such as pages/order?no={order_no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version of the mini program a miniprogram message opens: formal, trial or developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of a miniprogram message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render and record the messages only; nothing is sent to customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order number longer than its template key allows (32): shorten (with a visible &quot;...&quot;) or fail the send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes into a template key, such as {order_no}; without any, the template is mapped by its key types and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the order is placed a reminder goes out; several rounds: &quot;10m, 1h30m&quot; (seconds as before: &quot;600, 5400&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after the order is placed it closes, for orders that give no close time, such as 2h (or seconds: 7200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a request to WeChat may take, such as 10s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own database: mysql (also MariaDB) or postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name or address of the shop&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the shop&apos;s database; 0: the driver&apos;s (3306 or 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the shop&apos;s database; empty: PayNudge does not read the shop&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user PayNudge reads with; one with SELECT rights only is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable holding the database password; empty: passwordFile or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner-only file holding the database password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the shop&apos;s database is asked for new orders, such as 5s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders read per query (:limit); after downtime they are caught up page by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xg: the built-in queries for the xg_orders tables; custom: ordersQuery and unpaidQuery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SELECT of new unpaid orders with columns named like the intake API&apos;s fields and id (the watermark), given :after_id and :limit; empty: no polling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SELECT of the order_no among :order_nos that are still unpaid, run right before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the shop&apos;s database right before sending whether the orders are still unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the payment check cannot run (database down, hook failing): hold the reminders until it works again, or send without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile=xg: the column of xg_orders holding the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the amount column (profile=xg) or of a query&apos;s amount column: yuan or fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile=xg: the column of xg_orders holding the creation time; empty: the time PayNudge first saw the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s payment check over HTTP: POST {&quot;order_nos&quot;: [...]}, answer {&quot;unpaid&quot;: [...]}; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable holding the bearer token of the payment check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner-only file holding the bearer token of the payment check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the payment check may take, such as 3s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the shop database&apos;s token column that means this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite: the store is one file on this computer; postgres: a PostgreSQL database that several PayNudge engines and windows share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: the host name or address of the PostgreSQL server, or the folder of its socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: the port of the PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: the database that holds PayNudge&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: the database user; it needs to create tables in the database once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: the environment variable holding the password; empty: passwordFile or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: an owner-only file holding the database password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: whether the connection is encrypted (PostgreSQL&apos;s sslmode); verify-full also checks the server&apos;s certificate and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine&apos;s name, shown in the history as who sent; empty: the computer&apos;s name. Each engine on one store needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend=postgres: how long a reminder an engine took stays its own without a sign of life; after that another engine takes it over as after a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many reminders to one customer per day (the shop&apos;s time zone), across all their orders and rounds, counting those on their way; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder to a customer who paid another order this recently, such as 1d; 0: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders below this amount (in fen: 1000 = ¥10.00) are not reminded; 0: no minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders above this amount (in fen) are not reminded; 0: no maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders whose product contains one of these words, or whose vars product_id is one of them, are reminded (comma-separated); empty: every product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders whose product contains one of these words, or whose vars product_id is one of them, are not reminded (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own quiet hours, such as 21:00-09:00, or none; empty: as [reminder] quietHours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own limit of reminders to one customer per day; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own skipIfPaidWithin; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own minAmountFen; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own maxAmountFen; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own productsInclude; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s own productsExclude; empty: as [policy].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round2.templateId: the template round 2 is sent with, so the last reminder can say &quot;closes in 30 minutes&quot;; empty: the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round2.fields/thing2: what goes into a template key in round 2; a round with any of its own takes only its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more texts to compare, such as a,b: each order gets one by its number, and the statistics show which makes more customers pay; empty: one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b.weight: how many orders variant b gets relative to the others (1 each: an even split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b.templateId: the template variant b is sent with; empty: the round&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b.fields/thing2: what variant b puts into a template key instead of the round&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::EnginesLabel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not answering (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (process %3, version %4), started %5, last heartbeat %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine has signed in to the shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n engine(s): %1</source>
        <translation>
            <numerusform>%n engine: %1</numerusform>
            <numerusform>%n engines: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the engines in the status bar</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::Error</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a scheduled reminder can be sent now (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a scheduled reminder can be skipped (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a reminder in state unknown can be resolved (this one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is %2; nothing is sent for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has passed its close time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder of this order went out %1 ago; send again in %2 at the earliest, so the customer does not get two within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reminder changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the skip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the resend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an unpaired surrogate (\ud800 and the like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of fen, e.g. 12850 for ¥128.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number (whole fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an RFC 3339 string or epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an RFC 3339 time with an offset (2026-03-02T18:00:00+08:00) or whole epoch seconds, between the years 2000 and 2099</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable name is 1-64 letters, digits or &apos;_&apos; and does not start with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string (vars hold strings only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1; an order has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1; the body may hold only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_no must be 1-64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 is not configured; configured: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openid must be the customer&apos;s openid (letters, digits, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close_at must be after placed_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url must be an http:// or https:// link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot; or plain &quot;CSV&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot decode GB18030/GBK; save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2 and vars.NAME for template variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column (required: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns (a comma inside a value needs quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order_no repeats line %1 with different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this order number is already stored with different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat reported a system error (errcode -1); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s per-minute limit for this API was reached (errcode 45011); retrying next minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another message to this customer was still being delivered (errcode 43108); retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token invalid or not the latest (errcode 40001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token invalid (errcode 40014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token expired (errcode 42001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily quota of this WeChat API is used up for account %1 (errcode 45009); sending resumes at 00:00 Beijing time, or clear the quota in the MP backend (10 times a month)</source>
        <translation>account %1 has used up today&apos;s WeChat sending quota (errcode 45009): sending resumes by itself at 00:00 Beijing time, nothing to do; if it cannot wait, clear the quota in the WeChat platform (设置与开发 → 接口权限; 10 times a month)</translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %2 (errcode 40013): check appid in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the AppSecret of %2 (errcode 40125): set the current AppSecret (%4), then resume the account</source>
        <translation>WeChat rejected the AppSecret of %2 (errcode 40125): reset the AppSecret in the WeChat Official Accounts Platform (mp.weixin.qq.com → 设置与开发 → 基本配置), enter it here (Settings → Accounts; now taken from %4), then resume the account</translation>
    </message>
    <message>
        <source>the AppSecret of %2 is frozen by the account&apos;s admin (errcode 40243): unfreeze or reset it in the MP backend, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token request carried no AppID (errcode 41002): set appid in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token request carried no AppSecret (errcode 41004): provide it (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat waits for the account&apos;s admin to confirm this computer&apos;s IP (errcode 89503): confirm it in the MP backend, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s admin rejected this computer&apos;s IP (errcode 89506): WeChat accepts a new request after 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s admin rejected this computer&apos;s IP (errcode 89507): WeChat accepts a new request after 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat forbids the token API for %2 (errcode 50004): see the MP backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WeChat account %2 is frozen (errcode 50007): see the MP backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): template messages need a certified service account (认证服务号) with the template-message feature (模板消息) added in the MP backend; check kind= in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): subscription notices need the subscription-notice feature (订阅通知) added to the official account in the MP backend; check kind= in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): subscribe messages need the subscribe-message permission (订阅消息) of mini program %2, enabled in the mini program&apos;s MP backend; check kind= in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat no longer supports the API account %1 sends with (errcode 45103, %7): choose a kind= in [accounts/%1] that WeChat still offers (template, subscribe or miniprogram), then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat has banned this API for account %1 (errcode 48004): see the MP backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat restricts account %1 (errcode 50002, user limited): see the MP backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template id &quot;%3&quot; is empty or malformed (errcode 40036): check templateId in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not accept template id &quot;%3&quot; for account %1 (errcode 40037): it was deleted, belongs to another account or its category changed; check templateId in [accounts/%1]</source>
        <translation>WeChat does not accept template id &quot;%3&quot; for account %1 (errcode 40037): it was deleted, belongs to another official account or its category changed. Check it in the WeChat platform (广告与服务 → 模板消息 → 我的模板), choose the template again in Settings → Accounts → Message (Load templates from WeChat), then resume the account</translation>
    </message>
    <message>
        <source>WeChat restricts template &quot;%3&quot; (errcode 43116): choose another template for account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat has banned subscribe messages or this template for account %1 (errcode 43107): see the MP backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the template&apos;s keywords (errcode 40246): check the template of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template of account %1 comes from the retired industry library (errcode 40247): add one from the category library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request carried no access token (errcode 41001): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the grant_type of the token request (errcode 40002): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat could not parse the request body (errcode 47001): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected \u escapes in the request body (errcode 40033): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the message type (errcode 40008): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API used has been retired by WeChat (errcode 45109): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat requires POST for this API (errcode 43002): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not know this customer&apos;s openid for account %1 (errcode 40003): empty, from another AppID (e.g. a mini program) or the customer is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer does not follow the official account (errcode 43004)</source>
        <translation>the customer does not follow the official account (errcode 43004): template messages reach followers only, so this customer gets no reminder; ask them to follow the account, or reach them another way (phone, SMS)</translation>
    </message>
    <message>
        <source>the customer is on the official account&apos;s blacklist (errcode 43019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer has turned off messages from the official account (errcode 48002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer has no remaining subscription consent for this template (errcode 43101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected a template value (errcode 47003): check the field mapping of account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected a template value (errcode 47003): check the field mapping of account %1: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat found sensitive words in the message (errcode 45168)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat found sensitive words in the message (errcode 45168): %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat judged the message to be marketing content (errcode 40249)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat judged the message to be marketing content (errcode 40249): %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the link&apos;s length (errcode 40039): check url in [accounts/%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the link&apos;s length (errcode 40039): check url in [accounts/%1]: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the mini-program page &quot;%5&quot; (errcode 41030): it must be a page of the released version of mini program %6, spelt as in its app.json; check miniprogramPage in [accounts/%1], then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the call from this computer&apos;s IP (errcode 40164): add the computer&apos;s public IP to the IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单) or send through a relay with a fixed IP, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the call from IP %1 (errcode 40164): add %1 to the IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单), then resume the account</source>
        <translation>WeChat refused the call from IP %1 (errcode 40164): sign in to mp.weixin.qq.com and add %1 under 设置与开发 → 基本配置 → IP白名单 (IP whitelist), then resume the account</translation>
    </message>
    <message>
        <source>WeChat rejected the AppSecret of %1 (errcode 40001 from the token API): set the current AppSecret (%2), then resume the account</source>
        <translation>WeChat rejected the AppSecret of %1 (errcode 40001 from the token API): reset the AppSecret in the WeChat Official Accounts Platform (mp.weixin.qq.com → 设置与开发 → 基本配置), enter it here (Settings → Accounts; now taken from %2), then resume the account</translation>
    </message>
    <message>
        <source>WeChat answered errcode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token request failed: WeChat answered errcode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected a freshly fetched access token of account %1 (errcode %2): the shop&apos;s token service may hand out stale tokens; fix it, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected a freshly fetched access token of account %1 (errcode %2): another system may be force-refreshing the token of %3, or the AppSecret changed; fix it, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk of the store %1 is full: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat cannot be reached: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a local time range HH:MM-HH:MM such as 22:00-08:00, or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Asia/Shanghai, or nothing for the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an IP address and port such as 127.0.0.1:8787 or [::1]:8787 (port 0: any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least %2 characters (or leave it empty and let PayNudge generate one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a loopback address such as 127.0.0.1:8787, or set [intake] token or tokenFile before accepting requests from other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an account key of 1-64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key no other account uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an AppID like wx0123456789abcdef (wx + 16 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected either secretEnv or secretFile, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the URL of the shop&apos;s token service (tokenSource=url needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the template id to send with (required when appid is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a template key such as thing2 or keyword1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a well-formed INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a readable INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a configuration PayNudge can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary copy of the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing valid to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] = &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another PayNudge (pid %1 on %2) is already using this store; stop it first, or give this one its own --data-dir (lock file: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous PayNudge (pid %1) is no longer running, but its lock file %2 cannot be replaced because: %3. Free space on the disk that holds %4, or make that folder writable for this user, then start PayNudge again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to create the lock file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 held orders (PayNudge first opened it %2) and is now empty (0 bytes). Starting would begin with an empty store and those orders would be gone. Stop here: restore the store from a backup (%3, or your own copy) or find out what removed it; if you really want to start with no orders, run PayNudge once with --start-empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 held orders (PayNudge first opened it %2) and is now missing. Starting would begin with an empty store and those orders would be gone. Stop here: restore the store from a backup (%3, or your own copy) or find out what removed it; if you really want to start with no orders, run PayNudge once with --start-empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite: %2). Stop PayNudge and keep a copy of the file (with its -wal and -shm files, if any); then restore the latest backup from %3 (see the README, &quot;Backup and restore&quot;), or run `paynudge doctor` to see what it finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging (is it on a network drive?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the meta table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this PayNudge understands (%3); use a newer PayNudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the migration transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration %1 has %2 problem(s); nothing was started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked sent by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked sent by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid before the order arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before the order arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order closed before the reminder could be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge stopped while this request was in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the account&apos;s settings changed before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: account %1 is not configured to send for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer carries no errcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer like WeChat (%2): check apiBase in [wechat]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not get an access token from WeChat&apos;s stable_token API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not get an access token from WeChat&apos;s token API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not get an access token from the shop&apos;s token service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %2 of account %1 is not among the %3 template(s) WeChat lists for it: every send fails (errcode 40037). Choose the template in Settings → Accounts → Message (Load templates from WeChat), or correct templateId in [accounts/%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 names no fields/… and its template %2 is not among the %3 template(s) WeChat lists for it: nothing can be sent. Choose the template in Settings → Accounts → Message (Load templates from WeChat), or set templateId and fields/KEY= in [accounts/%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 names no fields/… and its template list could not be read (%2): nothing is sent until the mapping is known. Set fields/KEY= in [accounts/%1] (Settings → Accounts → Message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs %1, which the mapping leaves empty: WeChat refuses every send (errcode 47003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping fills %1, which the template does not have: customers never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes only the values the template lists: WeChat refuses any other (errcode 47003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shown key tells when the order closes ({close_at}, {close_in} or {close_after}): the customer is not asked to pay in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shown key names the order ({order_no} or {product}): the customer cannot tell which order it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; an amount must be shown (check the pattern, e.g. {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount WeChat takes (one currency sign and up to 10 digits, e.g. ¥128.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than the 10 digits WeChat takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, and WeChat refuses an empty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 24-hour time WeChat takes (e.g. 15:01 or 2026-03-02 15:01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date WeChat takes (e.g. 2026-03-02 or 2026年3月2日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values the template allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 32 digits: a cut number would be a wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, WeChat allows %2; not shortened (tooLong=fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fixed text in the mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2. Every reminder of the account would be refused the same way: fix fields/%1 of the account, then resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejects every message of account %1: template &quot;%2&quot; needs a value for %3, which the field mapping does not fill (errcode 47003: &quot;%4&quot;); add fields/%3 in [accounts/%1], then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejects every message of account %1: the field mapping fills %2 with the fixed text &quot;%3&quot;, which WeChat does not accept for this key (errcode 47003: &quot;%4&quot;); change fields/%2 in [accounts/%1] to a value of the key&apos;s type, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): the field mapping fields/%5 = &quot;%6&quot; gives values WeChat does not accept for %5; check it in [accounts/%1] against the template&apos;s key types, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): check the field mapping of [accounts/%1] against the template &quot;%5&quot;, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): the fixed text of the field mapping or the link of [accounts/%1] is the likely cause; change it, then resume the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration from %2 to %3, in seconds (90) or with a unit: 90s, 10m, 1.5h, 2h30m, 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded: an operator&apos;s send of this order reaches the customer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded: a later round of this order is due as well and goes out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an earlier attempt of this one may have been delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late: it would go out %1 after its due time, more than [reminder] lateLimit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount in yuan such as 128.00 or ¥1,280.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat did not answer in time; check this computer&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to WeChat was refused; check this computer&apos;s network and its proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s server %1 could not be found; check that this computer is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to WeChat failed; check this computer&apos;s date and time, and that no proxy or security software intercepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to WeChat broke off; check this computer&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer, retrying with the same client_msg_id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer, and this kind of message carries no client_msg_id: a resend could reach the customer twice; last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attempt may have been delivered and WeChat drops a repeat only within %1 minutes of it; last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge stopped while this request was in flight; retrying with the same client_msg_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected either %2 or %3, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [shopdb] database, the name of the shop&apos;s database, which the queries are run in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected unpaidQuery (or profile=xg) for the payment check; set check=false to send without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a column name of letters, digits and _, such as price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s database refused the query: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query&apos;s result has no column %2 (name the columns like the intake API&apos;s fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query must use the placeholder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database driver %1 is not installed; install the package %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the shop&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; reminders wait for the payment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; reminders go out without the payment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s payment check has failed since %1: %2; reminders wait for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shop&apos;s payment check has failed since %1: %2; reminders go out without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; new orders are read once it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid — shop check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: the order closed while the shop&apos;s payment check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge stopped while the reminder waited for the shop&apos;s payment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the store&apos;s database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s database has not answered since %1: %2; nothing is sent and new orders are refused until it answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine that sent it stopped answering; %1 took the reminder over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another PayNudge named %1 is running with this store (on %2, process %3); give each PayNudge on a shared store its own name in [store] instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password of the store&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the order was settled (paid or closed) meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 already holds orders; store-copy fills only an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the SQLite store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no SQLite store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PayNudge store (it has no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a running PayNudge (pid %2 on %3) uses the store %1; stop it first, so that no order it accepts after the copy is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy into %1 failed and was undone; the store holds nothing of it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-copy fills the PostgreSQL store of [store] backend=postgres; this configuration&apos;s backend is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 already holds rows in %2; store-copy fills only an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer %1 is on the do-not-remind list (%2); nothing is sent to them, by hand either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 1 to %2 different delays after the order is placed, or before it closes (close-30m), each from %3 to %4, in seconds or with a unit (s, m, h, d), e.g. &quot;10m&quot; or &quot;10m, close-30m&quot; (or &quot;600, 5400&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0 (no maximum) or at least minAmountFen (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected two or more different names such as a,b (letters, digits and _, up to 16, not round1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of the variants variants= names (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[reminder] rounds has %2 rounds; this round is never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time falls before an earlier round of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is on the do-not-remind list (since %1, by %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer already got %1 reminders today; [policy] perCustomerDaily allows %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer paid order %1 %2 ago; [policy] skipIfPaidWithin is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s amount %1 is below [policy] minAmountFen (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s amount %1 is above [policy] maxAmountFen (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product %1 matches nothing in [policy] productsInclude (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product %1 matches [policy] productsExclude (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 runs no split test with a text named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split test of %1 ended, but the audit log could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be &quot;openid&quot; or &quot;openid,reason&quot; (this file has &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this openid repeats line %1 with a different reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time falls before the order was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order closes before the reminder is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in quiet hours (policy: skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours last until after the order closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::FieldBindings</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::GeneralPage</name>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start PayNudge in the system tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: %1
A new location is used from the next start; the current store is not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryCsv</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearsed only: the customer received nothing (double-click to see the message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryView</name>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the send history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up at WeChat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s own record of the selected failed send: when it arrived, from which IP, what WeChat received and answered (settles a 40164 at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, customer or product (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reminders a rule skipped: which rule is the reason of each row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ImportDialog</name>
    <message>
        <source>Import orders from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store failed; nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 already there, %4 conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) stored.</source>
        <translation>
            <numerusform>%n new order stored.</numerusform>
            <numerusform>%n new orders stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were already there and were left as they are.</source>
        <translation>
            <numerusform>%n order was already there and was left as it is.</numerusform>
            <numerusform>%n orders were already there and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name an order number already used for another order; they were not stored.</source>
        <translation>
            <numerusform>%n line names an order number already used for another order; it was not stored.</numerusform>
            <numerusform>%n lines name an order number already used for another order; they were not stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>Import %n order</numerusform>
            <numerusform>Import %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n ready to import</numerusform>
            <numerusform>%n ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s), not imported</source>
        <translation>
            <numerusform>%n bad line, not imported</numerusform>
            <numerusform>%n bad lines, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) counted once</source>
        <translation>
            <numerusform>%n repeated row counted once</numerusform>
            <numerusform>%n repeated rows counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — the first %n row(s) as read</source>
        <translation>
            <numerusform>Preview — the first row as read</numerusform>
            <numerusform>Preview — the first %n rows as read</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong kind of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file of orders, such as the unpaid orders exported from the shop&apos;s back office. Its header row names the columns: 订单号, OpenID, 商品, 金额(元), 下单时间, and 昵称, 账号 if there is more than one account (or order_no, account, openid, product, amount_fen, placed_at, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file (in Excel, save it again as &quot;CSV UTF-8&quot;) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad lines — not imported (%1); correct them in the file and import it again: orders already imported are not stored twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::IntakePage</name>
    <message>
        <source>Accept orders from the shop&apos;s backend over HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake API on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole token to the clipboard, for the shop&apos;s backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a file holding the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s backend sends every order to POST /api/v1/orders with the header &quot;Authorization: Bearer &lt;token&gt;&quot;. A new address takes effect when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is written in the configuration file ([intake] token): change it there, or remove it and PayNudge keeps one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the intake token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current token stops working at once: the shop&apos;s backend is refused until it sends the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is written in the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge reminds customers of orders it knows about. Orders get here in one of two ways:
• Automatically: the shop&apos;s system (set up once by the shop&apos;s developer or the company that built the shop) passes each new order, and its payment, to PayNudge.
• By hand: export the unpaid orders from the shop&apos;s back office and import the file (File → Import orders from CSV…); Chinese column names and amounts in yuan are understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the shop&apos;s developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How orders arrive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ListTab</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::MainWindow</name>
    <message>
        <source>PayNudge — 催付助手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: &amp;mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: resen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause all sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;all sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running — %n account(s) paused</source>
        <translation>
            <numerusform>Running — %n account paused</numerusform>
            <numerusform>Running — %n accounts paused</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge — 催付助手 — DEMO (sample data, nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import orders from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup check&amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused: no reminder goes out until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PayNudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remind this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import do-not-remind &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::OperatorActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s) now? Each is a new message to the customer, recorded as sent by hand (%1).</source>
        <translation>
            <numerusform>Send %n reminder now? Each is a new message to the customer, recorded as sent by hand (%1).</numerusform>
            <numerusform>Send %n reminders now? Each is a new message to the customer, recorded as sent by hand (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some reminders were not resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued to resend</source>
        <translation>
            <numerusform>%n reminder queued to resend</numerusform>
            <numerusform>%n reminders queued to resend</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the next reminder of %n order(s) now instead of at its due time?</source>
        <translation>
            <numerusform>Send the next reminder of %n order now instead of at its due time?</numerusform>
            <numerusform>Send the next reminder of %n orders now instead of at its due time?</numerusform>
        </translation>
    </message>
    <message>
        <source>Some reminders were not sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent now</source>
        <translation>
            <numerusform>%n reminder sent now</numerusform>
            <numerusform>%n reminders sent now</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skip the next reminder of %n order(s)? It will not be sent.</source>
        <translation>
            <numerusform>Skip the next reminder of %n order? It will not be sent.</numerusform>
            <numerusform>Skip the next reminder of %n orders? It will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some reminders were not skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) skipped</source>
        <translation>
            <numerusform>%n reminder skipped</numerusform>
            <numerusform>%n reminders skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reminder(s) as sent? Do this when the customer did get the message (check with them or in the WeChat admin console); nothing is sent.</source>
        <translation>
            <numerusform>Mark %n reminder as sent? Do this when the customer did get the message (check with them or in the WeChat admin console); nothing is sent.</numerusform>
            <numerusform>Mark %n reminders as sent? Do this when the customer did get the message (check with them or in the WeChat admin console); nothing is sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s) again? WeChat may already have delivered the first one: the customer could get it twice.</source>
        <translation>
            <numerusform>Send %n reminder again? WeChat may already have delivered the first one: the customer could get it twice.</numerusform>
            <numerusform>Send %n reminders again? WeChat may already have delivered the first one: the customer could get it twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve unknown reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some reminders were not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) marked sent</source>
        <translation>
            <numerusform>%n reminder marked sent</numerusform>
            <numerusform>%n reminders marked sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) resent</source>
        <translation>
            <numerusform>%n reminder resent</numerusform>
            <numerusform>%n reminders resent</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused for all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is really sent to the customer; the message is only recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the do-not-remind list (%1): nothing will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::OptOutDialog</name>
    <message>
        <source>Do not remind this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge will send this customer no reminder at all, in any round, and refuses to send one by hand too, until they are removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s openid, e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. complained about reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason changed for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::OptOutView</name>
    <message>
        <source>Search openid or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers on this list get no reminder at all, and none can be sent to them by hand. A CSV file to import has the header openid,reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the newest %1 shown</source>
        <translation>
            <numerusform>%n customer, the newest %1 shown</numerusform>
            <numerusform>%n customers, the newest %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the do-not-remind list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n customer(s) from the list? They will get reminders again for unpaid orders.</source>
        <translation>
            <numerusform>Remove %n customer from the list? They will get reminders again for unpaid orders.</numerusform>
            <numerusform>Remove %n customers from the list? They will get reminders again for unpaid orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some customers were not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed from the do-not-remind list</source>
        <translation>
            <numerusform>%n customer removed from the do-not-remind list</numerusform>
            <numerusform>%n customers removed from the do-not-remind list</numerusform>
        </translation>
    </message>
    <message>
        <source>Import do-not-remind list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added. Fix these lines and import the file again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n customer(s) to the do-not-remind list? Listed ones get the file&apos;s reason.</source>
        <translation>
            <numerusform>Add %n customer to the do-not-remind list? Listed ones get the file&apos;s reason.</numerusform>
            <numerusform>Add %n customers to the do-not-remind list? Listed ones get the file&apos;s reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not save it; nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-remind list: %1 added, %2 changed, %3 already listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::OrderDetailDialog</name>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder is planned for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this order could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::PendingOrdersModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-close in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s answer to this reminder is unknown: mark it sent or resend it (Actions menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order has left the list (%1); the row goes at the next re-sort — click a column header or press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order, added at the end so that no row moves under the mouse; it takes its place at the next re-sort — click a column header or press F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::PendingView</name>
    <message>
        <source>Search order number or nickname (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::PolicyPage</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders to one customer a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts every order and round of the customer, sent or on its way, per day in the shop&apos;s time zone. A reminder over the limit is skipped, and the history says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip customers who paid within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder to a customer who paid another order this recently (for example 1 day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest order reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest order reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In yuan. Orders outside this range get no reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 会员, 年卡, P1001 — empty: every product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 赠品, P2002 — empty: none left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or product IDs separated by commas. A product matches when its name contains one of the words, or when the order&apos;s product_id is one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each account may have its own rules: Accounts › Own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reminded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::QuotaLabel</name>
    <message>
        <source>%1 %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls of %4 used today (%5 %), %6 left; WeChat said so at %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quota could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 80 % used: at 100 % WeChat refuses every send (45009) until midnight Beijing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ReminderPage</name>
    <message>
        <source>Orders close after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 22:00-08:00; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send when quiet hours end (unless the order has closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety sweep every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends in flight at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to orders that arrive after saving; reminders already planned keep their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the order is placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 after the order is placed, when the order gives no close time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip reminders late by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (engine tuning; the defaults suit most shops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rounds at the same time: change or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the order closes: %1 (skipped when that is before an earlier round)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::RidLookupDialog</name>
    <message>
        <source>WeChat&apos;s record of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking WeChat for its record of this request (account %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id (rid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at WeChat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat gave no record of this request: %1. WeChat keeps requests for 7 days and shows them only to the account that made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat saw this call come from %1, which is not in the account&apos;s IP whitelist: add exactly this address in the WeChat admin console (设置与开发 → 基本配置 → IP白名单).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s own record of the request: what it received and what it answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::RoundTexts</name>
    <message>
        <source>%1 after the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round has its own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round without a text of its own is sent with the account&apos;s template and fields (Message tab). With its own, it takes only its own fields — e.g. the last round can say that the order closes soon ({close_in}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › Template field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::RoundsEdit</name>
    <message>
        <source>Add a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s value &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the order is placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the order closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SettingsDialog</name>
    <message>
        <source>PayNudge Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” cannot be used — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SetupCheckDialog</name>
    <message>
        <source>Check setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that can stop reminders: the configuration, the store, the files around it, the intake API, each WeChat account and the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: %1 · Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SetupChecklist</name>
    <message>
        <source>Setup checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PayNudge needs to remind your customers for real. Each step shows whether it is done; the button next to it leads to where you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the WeChat admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Intake API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings → Shop database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ShopDbPage</name>
    <message>
        <source>PayNudge can read new orders straight from the shop&apos;s own database, and ask it right before each reminder whether the order is still unpaid, so a customer who has paid is never reminded. It only reads: a database user that may only read is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1 or db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (3306 / 5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shop; empty: PayNudge does not read the shop&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user that may only read (SELECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SHOP_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own queries (written by its developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: xg mall (tables xg_orders, xg_user_child, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new orders every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the xg mall queries assume (change only if the shop&apos;s tables differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan (e.g. 88.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fen (e.g. 8800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the time PayNudge first sees the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each order belongs to the shop account whose “Shop token” (Settings → Accounts) is the order&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own queries (for the shop&apos;s developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders: a SELECT given :after_id and :limit, returning id, order_no, openid, product and more columns named like the intake API&apos;s fields. Payment check: a SELECT of the order_no among :order_nos that are still unpaid. Values are always bound, never pasted into the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right before each reminder, ask the shop&apos;s database whether the order is still unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the reminders until the check works again (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them without the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the check cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or check over the web, when PayNudge cannot reach the database (set up by the shop&apos;s developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… ; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PRECHECK_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for an answer at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects with the values above and runs both queries once; nothing is changed in the shop&apos;s database and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the computer setting “%1” (an environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to replace the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the file %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to store the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain (or, on a computer without one, in a file only you can read) — never in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop database password comes from the computer setting “%1”; empty that setting to enter the password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop database password could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop database password was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the shop database password was saved in the file %1, which only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop database password was saved in the file %1, which only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” cannot be used — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::ShopDbTestView</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the shop&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge cannot reach the shop&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server, port, database name, user and password. Until it is reachable, no new orders are read and reminders wait for the payment check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the shop&apos;s database (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders: not read from the database (no query set); orders come from the shop&apos;s system or a CSV import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders query: works (%1 ms); the shop has no unpaid orders now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New orders query: works (%1 ms); the first %n unpaid order(s) are below.</source>
        <translation>
            <numerusform>New orders query: works (%1 ms); the first unpaid order is below.</numerusform>
            <numerusform>New orders query: works (%1 ms); the first %n unpaid orders are below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment check: not asked of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment check query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment check query: works (%1 ms); it runs right before each reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge does not start with a query the database refuses: ask the shop&apos;s developer to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SkipCountsLabel</name>
    <message>
        <source>Reminders that were due in the period but not sent, by the rule that skipped them. The Send history&apos;s &quot;Skipped by&quot; filter lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reminded: none skipped by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reminded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SkipRule</name>
    <message>
        <source>do-not-remind list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order closed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by another send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::SplitTestPanel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which text works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough orders yet: no order has been reminded with text %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference is visible yet: %1 and %2 both recover %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough orders yet: about %1 more needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovers more: %2 vs %3, 95 % sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(With three or more texts, the best, %1, is compared with the runner-up, %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the only text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test has ended; these are its figures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the split test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on %1 sends only text %2. The split test ends: text %3 is removed from the configuration. The figures so far stay on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split test was not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now sends only text %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::StatisticsCsv</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders first reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid after a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::StatisticsView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders paid after a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Paid after a reminder” counts the orders first reminded in this period that were paid after their first accepted reminder and before their auto-close time. The rate divides them by all orders first reminded in the period; the amount is what they were worth. Dry-run reminders count as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and recoveries per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and recoveries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::StatusBanner</name>
    <message>
        <source>Demo: sample orders arrive every few seconds and nothing is sent to WeChat (dry run). Everything you see is deleted when PayNudge quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused for all accounts: reminders wait until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token refresh failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used %2 % of today&apos;s WeChat quota (%3 of %4): at 100 % every send fails until midnight Beijing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the message WeChat will show: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reminders are only recorded here, no customer receives them. Connect a WeChat official account to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop database settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::StoreCopyCommand</name>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid/closed events before their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop database read positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the configuration %1 has %n problem(s):</source>
        <translation>
            <numerusform>the configuration %1 has %n problem:</numerusform>
            <numerusform>the configuration %1 has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>copying %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2 (an older PayNudge): its snapshot was brought to version %3 for the copy; the file itself is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of %3 (%4% of all rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows into %2 in one transaction (%3 s): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed; keep it as a backup. Every PayNudge with [store] backend=postgres now works on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::TemplateMappingEditor</name>
    <message>
        <source>cut to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks/emoji removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency symbol added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, sent as &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {order_no} {product} {amount} {amount_yuan} {nickname} {use_time} {placed_at:yyyy-MM-dd HH:mm} {close_at:HH:mm} {close_after} {close_in}, and any name from the order&apos;s vars. Values are fitted to each key&apos;s type: thing ≤ 20 characters, character_string ≤ 32, amount as ¥128.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {order_no} {product} {amount} {placed_at:HH:mm} {close_in} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — what a customer would receive for a sample order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat shows it as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills each key of the template by its type and label: order number, product, amount, order or close time, the call to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no longer displayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields mapped: PayNudge sends the mapping it suggests for the template WeChat lists under this ID (or pauses the account when WeChat does not list it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the template is filled; the customer sees the order and its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the order number: WeChat takes 32 characters there; a longer order number fails its send (tooLong=fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the order number: WeChat takes 32 characters there; a longer one is sent as its first 29 characters and &quot;...&quot; (tooLong=shorten).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::TestMessageDialog</name>
    <message>
        <source>Send yourself a test reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test reminder goes to your own WeChat, never to a customer, and is no order: it does not appear in the list, the history or the statistics.

It needs your openid — your WeChat&apos;s ID at this official account. To find it: follow the official account with your WeChat, then at mp.weixin.qq.com → 用户管理 find yourself and copy the openid; or place an order in your shop yourself and copy the openid from that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your openid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your own openid first: the test reminder goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat accepted the test reminder (msgid %1). Look at WeChat on your phone: it should arrive within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account runs as a dry run: the test reminder was only rehearsed, nothing reached WeChat and your phone receives nothing. Enter the account&apos;s AppID and AppSecret in Settings → Accounts to send for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge could not reach WeChat, so nothing was sent. Check this computer&apos;s internet connection, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s answer was lost on the way: the test reminder may or may not have arrived. Look at WeChat on your phone; if nothing came, send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the official account with this WeChat first, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An openid belongs to one official account: copy the one this account&apos;s 用户管理 shows for you, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat did not accept the test reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::TextMappingForm</name>
    <message>
        <source>Template ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the account&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the account&apos;s template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the account&apos;s template —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the templates from WeChat on the Message tab to pick one here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::TrayController</name>
    <message>
        <source>Show PayNudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send due reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PayNudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge was asked to start in the system tray, but this desktop has none. It runs minimised instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders keep going out while PayNudge runs in the system tray. To stop it, choose Quit PayNudge in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep PayNudge running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so PayNudge cannot hide there. Reminders are only sent while PayNudge runs: minimise it to keep it working, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) may or may not have reached the customer. In the history, mark them as sent or send them again.</source>
        <translation>
            <numerusform>%n reminder may or may not have reached the customer. In the history, mark it as sent or send it again.</numerusform>
            <numerusform>%n reminders may or may not have reached the customer. In the history, mark them as sent or send them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge — sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayNudge — needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) awaiting payment</source>
        <translation>
            <numerusform>%n order awaiting payment</numerusform>
            <numerusform>%n orders awaiting payment</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need a decision</source>
        <translation>
            <numerusform>%n reminder needs a decision</numerusform>
            <numerusform>%n reminders need a decision</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: token refresh failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit PayNudge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders stop until PayNudge runs again: orders that come due meanwhile are reminded only after you start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep reminders going, close the window instead — PayNudge keeps working in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paynudge::VariantsEditor</name>
    <message>
        <source>Add variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name the statistics show, such as a or short_text: letters, digits, _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders this variant gets relative to the others: 1 each is an even split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields given here replace the round&apos;s text; an empty list sends the round&apos;s text unchanged. Its own template takes only its own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two or more texts: each order gets one variant by its order number (a resend keeps it), and Statistics shows which makes more customers pay. No variants: every order gets the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split test variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 › Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 › Template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 › Template field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
