<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>PayNudge — 催付助手</source>
        <translation>催付助手 PayNudge</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据存储：%1</translation>
    </message>
    <message>
        <source>PayNudge is built with Qt, used under the GNU LGPL version 3. The manual is in Help → Manual.</source>
        <translation>催付助手基于 Qt 构建，Qt 依 GNU LGPL 第 3 版授权使用。使用手册见「帮助 → 使用手册」。</translation>
    </message>
    <message>
        <source>About PayNudge</source>
        <translation>关于催付助手</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>scheduled</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>unknown — decide</source>
        <translation>未知——待决定</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Degraded: the disk of the store is full since %1. Nothing can be saved and no reminder goes out; free disk space, PayNudge tries again by itself. (%2)</source>
        <translation>降级运行：数据存储所在磁盘自 %1 起已满。无法保存任何数据，也不会发出催付提醒；请释放磁盘空间，PayNudge 会自动重试。（%2）</translation>
    </message>
    <message>
        <source>Degraded: the store cannot write since %1, so no reminder goes out; PayNudge tries again by itself. (%2)</source>
        <translation>降级运行：数据存储自 %1 起无法写入，因此不会发出催付提醒；PayNudge 会自动重试。（%2）</translation>
    </message>
    <message>
        <source>Degraded: WeChat cannot be reached since %1. Reminders wait and are retried; check the network. (%2)</source>
        <translation>降级运行：自 %1 起无法连接微信。提醒会等待并自动重试；请检查网络。（%2）</translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation>降级运行：%1</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>store cannot write</source>
        <translation>数据存储无法写入</translation>
    </message>
    <message>
        <source>WeChat unreachable</source>
        <translation>无法连接微信</translation>
    </message>
    <message>
        <source>sending paused</source>
        <translation>发送已暂停</translation>
    </message>
    <message>
        <source>account paused</source>
        <translation>账号已暂停</translation>
    </message>
    <message>
        <source>token refresh failing</source>
        <translation>令牌刷新失败</translation>
    </message>
    <message>
        <source>awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not connected to WeChat — dry run only</source>
        <translation>未连接微信，仅演练</translation>
    </message>
    <message>
        <source>auto-closed</source>
        <translation>已自动关闭</translation>
    </message>
    <message>
        <source>shop database unreachable</source>
        <translation>店铺数据库无法连接</translation>
    </message>
    <message>
        <source>payment check failing</source>
        <translation>付款核对失败</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>the environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>the system keychain (%1)</source>
        <translation>系统钥匙串（%1）</translation>
    </message>
    <message>
        <source>Account %1 keeps no AppSecret here: the shop&apos;s token service %2 gives its tokens.</source>
        <translation>账号 %1 在本机不需要 AppSecret：由店铺的令牌服务 %2 提供令牌。</translation>
    </message>
    <message>
        <source>Account %1 has no AppSecret: %2.</source>
        <translation>账号 %1 没有 AppSecret：%2。</translation>
    </message>
    <message>
        <source>Put the AppSecret (mp.weixin.qq.com → 设置与开发 → 基本配置) in %1, or type it in Settings → Accounts.</source>
        <translation>把 AppSecret（mp.weixin.qq.com → 设置与开发 → 基本配置）放入%1，或在“设置 → 账号”中填写。</translation>
    </message>
    <message>
        <source>The AppSecret of account %1 comes from %2 and is there.</source>
        <translation>账号 %1 的 AppSecret 来自%2，已找到。</translation>
    </message>
    <message>
        <source>this computer&apos;s public IP</source>
        <translation>本机的公网 IP</translation>
    </message>
    <message>
        <source>WeChat refuses calls from IP %1 for account %2 (errcode 40164): the IP is not whitelisted.</source>
        <translation>微信拒绝来自 IP %1 的调用（账号 %2，错误码 40164）：该 IP 不在白名单中。</translation>
    </message>
    <message>
        <source>Add %1 to the IP whitelist: mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单 (or send through a relay with a fixed IP).</source>
        <translation>把 %1 加入 IP 白名单：mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单（或通过固定 IP 的中转服务器发送）。</translation>
    </message>
    <message>
        <source>WeChat says the AppSecret of account %1 is wrong (errcode %2).</source>
        <translation>微信提示账号 %1 的 AppSecret 不正确（错误码 %2）。</translation>
    </message>
    <message>
        <source>Copy the current AppSecret from mp.weixin.qq.com → 设置与开发 → 基本配置 into %1 (a reset there replaces the old one).</source>
        <translation>从 mp.weixin.qq.com → 设置与开发 → 基本配置 复制当前的 AppSecret 到%1（在那里重置后，旧的即失效）。</translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %1 of account %2 (errcode 40013).</source>
        <translation>微信不认识账号 %2 的 AppID %1（错误码 40013）。</translation>
    </message>
    <message>
        <source>Check appid in [accounts/%1]: it is the AppID shown at mp.weixin.qq.com → 设置与开发 → 基本配置.</source>
        <translation>检查 [accounts/%1] 中的 appid：应与 mp.weixin.qq.com → 设置与开发 → 基本配置 中显示的 AppID 一致。</translation>
    </message>
    <message>
        <source>No access token for account %1: %2</source>
        <translation>账号 %1 取不到 access token：%2</translation>
    </message>
    <message>
        <source>Run the check again later.</source>
        <translation>稍后再检查一次。</translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase (or tokenUrl of [accounts/%1]).</source>
        <translation>检查网络和 [wechat] apiBase（或 [accounts/%1] 的 tokenUrl）。</translation>
    </message>
    <message>
        <source>Fix it as the message says, then run the check again.</source>
        <translation>按提示修正后再检查一次。</translation>
    </message>
    <message>
        <source>The shop&apos;s token service gave account %1 an access token.</source>
        <translation>店铺的令牌服务为账号 %1 提供了 access token。</translation>
    </message>
    <message>
        <source>WeChat gave account %1 (AppID %2) an access token.</source>
        <translation>微信为账号 %1（AppID %2）发放了 access token。</translation>
    </message>
    <message>
        <source>Could not read the template list of account %1 (%2): template check skipped.</source>
        <translation>读不到账号 %1 的模板列表（%2）：已跳过模板检查。</translation>
    </message>
    <message>
        <source>Account %1 may not read its template list (errcode %2, %3): template check skipped.</source>
        <translation>账号 %1 无权读取模板列表（错误码 %2，%3）：已跳过模板检查。</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 is not among the %n template(s) of account %2: every send fails (errcode 40037).</source>
        <translation>
            <numerusform>模板 %1 不在账号 %2 的 %n 个模板中：每次发送都会失败（错误码 40037）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to [accounts/%2] (Settings → Accounts → template fields).</source>
        <translation>在 [accounts/%2] 中添加 %1（设置 → 账号 → 模板字段）。</translation>
    </message>
    <message>
        <source>Map the template&apos;s keys (%1) in [accounts/%2], or choose the template that has these keys.</source>
        <translation>在 [accounts/%2] 中映射模板的字段（%1），或改用带有这些字段的模板。</translation>
    </message>
    <message>
        <source>Account %1 names no template.</source>
        <translation>账号 %1 没有设置模板。</translation>
    </message>
    <message>
        <source>Set templateId in [accounts/%1].</source>
        <translation>在 [accounts/%1] 中设置 templateId。</translation>
    </message>
    <message>
        <source>No WeChat account is configured: PayNudge runs dry and nothing is really sent.</source>
        <translation>尚未配置微信账号：催付助手以演练模式运行，不会真正发送任何消息。</translation>
    </message>
    <message>
        <source>Add the shop&apos;s official account in Settings → Accounts (or an [accounts/KEY] section).</source>
        <translation>在“设置 → 账号”中添加店铺的公众号（或在配置文件中添加 [accounts/KEY] 一节）。</translation>
    </message>
    <message>
        <source>Account %1 runs dry (dryRun=true): its reminders are recorded, nothing is really sent.</source>
        <translation>账号 %1 以演练模式运行（dryRun=true）：提醒只会记录，不会真正发送。</translation>
    </message>
    <message>
        <source>Account %1 has no appid: it runs dry and nothing is really sent.</source>
        <translation>账号 %1 没有 appid：以演练模式运行，不会真正发送。</translation>
    </message>
    <message>
        <source>Set appid and the AppSecret in [accounts/%1] (and remove dryRun) to send for real.</source>
        <translation>在 [accounts/%1] 中设置 appid 和 AppSecret（并去掉 dryRun）即可真正发送。</translation>
    </message>
    <message numerus="yes">
        <source>No answer for account %1 within %n second(s).</source>
        <translation>
            <numerusform>账号 %1 在 %n 秒内没有收到回应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase, then run the check again.</source>
        <translation>检查网络和 [wechat] apiBase，然后再检查一次。</translation>
    </message>
    <message>
        <source>its answer has no Date header</source>
        <translation>回应中没有 Date 头</translation>
    </message>
    <message>
        <source>Could not compare this computer&apos;s clock with WeChat&apos;s (%1): %2</source>
        <translation>无法将本机时钟与微信对比（%1）：%2</translation>
    </message>
    <message>
        <source>Check the network and [wechat] apiBase; keep the clock synchronised (NTP).</source>
        <translation>检查网络和 [wechat] apiBase；保持时钟自动同步（NTP）。</translation>
    </message>
    <message>
        <source>Synchronise the clock (timedatectl set-ntp true, or the system&apos;s date settings): every reminder is due by this clock.</source>
        <translation>请同步时钟（timedatectl set-ntp true，或在系统的日期设置中开启自动同步）：每条提醒都按本机时钟发送。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with WeChat&apos;s (within %1 s).</source>
        <translation>本机时钟与微信一致（误差在 %1 秒内）。</translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 has %n bad value(s): %2</source>
        <translation>
            <numerusform>配置文件 %1 有 %n 个错误的值：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the named keys (Settings, or the file itself): PayNudge does not start until then.</source>
        <translation>修正上面列出的键（在“设置”中或直接编辑文件）：修正之前催付助手无法启动。</translation>
    </message>
    <message>
        <source>There is no configuration file at %1: the defaults apply.</source>
        <translation>%1 处没有配置文件：使用默认设置。</translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 loads (%n account(s)).</source>
        <translation>
            <numerusform>配置文件 %1 读取正常（%n 个账号）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing answered on the intake address within %n second(s).</source>
        <translation>
            <numerusform>订单接口地址在 %n 秒内没有回应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check again; if it repeats, see what holds the address (ss -ltnp).</source>
        <translation>再检查一次；如果仍然如此，查看是哪个程序占用了该地址（ss -ltnp）。</translation>
    </message>
    <message numerus="yes">
        <source>WeChat did not answer within %n second(s): the clock was not compared.</source>
        <translation>
            <numerusform>微信在 %n 秒内没有回应：未能对比时钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot tell how much free space %1 has.</source>
        <translation>无法得知 %1 的剩余空间。</translation>
    </message>
    <message>
        <source>Make sure the disk holding the store has a few hundred MiB free.</source>
        <translation>确保存放数据库的磁盘至少有几百 MiB 的剩余空间。</translation>
    </message>
    <message>
        <source>Only %1 MiB free on %2, where the store lives: new orders and sends cannot be saved.</source>
        <translation>数据库所在磁盘（%2）只剩 %1 MiB：新订单和发送记录无法保存。</translation>
    </message>
    <message>
        <source>Free space on %1 now (at least %2 MiB).</source>
        <translation>请立即清理 %1 的空间（至少 %2 MiB）。</translation>
    </message>
    <message>
        <source>Only %1 MiB free on %2, where the store lives.</source>
        <translation>数据库所在磁盘（%2）只剩 %1 MiB。</translation>
    </message>
    <message>
        <source>Free space on %1 (at least %2 MiB) before it runs out.</source>
        <translation>在空间用完之前清理 %1（至少留出 %2 MiB）。</translation>
    </message>
    <message>
        <source>%1 MiB free on %2, where the store lives.</source>
        <translation>数据库所在磁盘（%2）还有 %1 MiB 可用。</translation>
    </message>
    <message>
        <source>Give the user PayNudge runs as (%1) a folder it can write: fix the owner and mode of %2 (chmod 700), or start PayNudge with another --data-dir.</source>
        <translation>为运行催付助手的用户（%1）提供一个可写的文件夹：修正 %2 的所有者和权限（chmod 700），或用另一个 --data-dir 启动催付助手。</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>数据文件夹 %1 是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2 is a file.</source>
        <translation>无法创建数据文件夹 %1：%2 是一个文件。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2 is not writable.</source>
        <translation>无法创建数据文件夹 %1：%2 不可写。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist yet; it is created at the first start.</source>
        <translation>数据文件夹 %1 还不存在；首次启动时会自动创建。</translation>
    </message>
    <message>
        <source>PayNudge cannot write in the data folder %1: %2</source>
        <translation>催付助手无法写入数据文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The data folder %1 is writable.</source>
        <translation>数据文件夹 %1 可写。</translation>
    </message>
    <message>
        <source>Other users of this computer can open the data folder %1, which holds %2.</source>
        <translation>本机的其他用户可以打开数据文件夹 %1，其中存放着%2。</translation>
    </message>
    <message>
        <source>the intake token</source>
        <translation>订单接口令牌</translation>
    </message>
    <message>
        <source>the store (customers&apos; openids)</source>
        <translation>数据库（含顾客的 openid）</translation>
    </message>
    <message>
        <source>Make it owner-only: chmod 700 %1</source>
        <translation>改为仅所有者可访问：chmod 700 %1</translation>
    </message>
    <message>
        <source>The data folder %1 holds no secrets yet.</source>
        <translation>数据文件夹 %1 中还没有需要保密的内容。</translation>
    </message>
    <message>
        <source>Only its owner can open the data folder %1.</source>
        <translation>只有所有者能打开数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The intake API is off: it needs no token.</source>
        <translation>订单接口已关闭：不需要令牌。</translation>
    </message>
    <message>
        <source>The intake token is written in %1, which other users of this computer can read.</source>
        <translation>订单接口令牌写在 %1 中，本机其他用户可以读取该文件。</translation>
    </message>
    <message>
        <source>Move it to a file named by [intake] tokenFile, or run chmod 600 %1.</source>
        <translation>把令牌移到 [intake] tokenFile 指定的文件中，或执行 chmod 600 %1。</translation>
    </message>
    <message>
        <source>The intake token is set in the configuration file.</source>
        <translation>订单接口令牌已在配置文件中设置。</translation>
    </message>
    <message>
        <source>The intake token file cannot be used: %1.</source>
        <translation>订单接口令牌文件无法使用：%1。</translation>
    </message>
    <message>
        <source>Put the token (at least 16 characters) in %1, owned by PayNudge&apos;s user, and run chmod 600 %1.</source>
        <translation>把令牌（至少 16 个字符）写入 %1，文件属于运行催付助手的用户，并执行 chmod 600 %1。</translation>
    </message>
    <message>
        <source>The intake token is read from %1 (owner-only).</source>
        <translation>订单接口令牌从 %1 读取（仅所有者可读）。</translation>
    </message>
    <message>
        <source>The intake token is kept in the system keychain or in %1 (generated at the first start).</source>
        <translation>订单接口令牌保存在系统钥匙串或 %1 中（首次启动时生成）。</translation>
    </message>
    <message>
        <source>The intake API is off ([intake] enabled=false): orders come by CSV import only.</source>
        <translation>订单接口已关闭（[intake] enabled=false）：订单只能通过 CSV 导入。</translation>
    </message>
    <message>
        <source>The intake API takes any free port on %1 (port 0).</source>
        <translation>订单接口在 %1 上使用任意空闲端口（端口 0）。</translation>
    </message>
    <message>
        <source>The intake address %1 is free for PayNudge.</source>
        <translation>订单接口地址 %1 空闲，可供催付助手使用。</translation>
    </message>
    <message>
        <source>Stop the program that uses %1, or choose another address in [intake] listen (and tell the shop&apos;s backend).</source>
        <translation>停止占用 %1 的程序，或在 [intake] listen 中换一个地址（并告知店铺后台）。</translation>
    </message>
    <message>
        <source>The intake API cannot listen on %1: %2</source>
        <translation>订单接口无法监听 %1：%2</translation>
    </message>
    <message>
        <source>The intake address %1 is held by the running PayNudge.</source>
        <translation>订单接口地址 %1 正由运行中的催付助手使用。</translation>
    </message>
    <message>
        <source>Another program uses the intake address %1: PayNudge cannot start its intake API there.</source>
        <translation>另一个程序占用了订单接口地址 %1：催付助手无法在此启动订单接口。</translation>
    </message>
    <message>
        <source>Everything is set up: nothing stops reminders.</source>
        <translation>一切就绪：没有阻碍提醒发送的问题。</translation>
    </message>
    <message>
        <source>Result: %1, %2.</source>
        <translation>结果：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>PayNudge setup check — configuration %1, data folder %2</source>
        <translation>催付助手设置检查 — 配置文件 %1，数据文件夹 %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Stop PayNudge, keep a copy of %1, then restore the latest backup (or move the file aside: a new, empty store is created at the next start).</source>
        <translation>先退出催付助手，复制一份 %1 留底，然后恢复最近的备份（或把该文件移走：下次启动时会新建一个空数据库）。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 is damaged or not a PayNudge store: %2</source>
        <translation>数据库 %1 已损坏，或不是催付助手的数据库：%2</translation>
    </message>
    <message>
        <source>The store %1 is damaged (quick_check: %2).</source>
        <translation>数据库 %1 已损坏（quick_check：%2）。</translation>
    </message>
    <message>
        <source>The store %1 opens and passes SQLite&apos;s quick check (%2 MiB).</source>
        <translation>数据库 %1 可以打开，并通过了 SQLite 快速检查（%2 MiB）。</translation>
    </message>
    <message>
        <source>The store is empty: PayNudge creates its tables at the next start.</source>
        <translation>数据库是空的：催付助手会在下次启动时建表。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a PayNudge store (no meta table).</source>
        <translation>%1 是 SQLite 文件，但不是催付助手的数据库（没有 meta 表）。</translation>
    </message>
    <message>
        <source>Point [store] path (or --data-dir) at PayNudge&apos;s own store.</source>
        <translation>把 [store] path（或 --data-dir）指向催付助手自己的数据库。</translation>
    </message>
    <message>
        <source>The store is at the current schema version (%1).</source>
        <translation>数据库为当前的结构版本（%1）。</translation>
    </message>
    <message>
        <source>The store is at schema version %1; this PayNudge uses %2.</source>
        <translation>数据库的结构版本为 %1；本版催付助手使用 %2。</translation>
    </message>
    <message>
        <source>Nothing to do unless you want a backup first: PayNudge upgrades the store when it next starts.</source>
        <translation>无需操作（如需要可先备份）：催付助手下次启动时会自动升级数据库。</translation>
    </message>
    <message>
        <source>The store is at schema version %1, newer than this PayNudge understands (%2): it will not start.</source>
        <translation>数据库的结构版本为 %1，比本版催付助手支持的（%2）更新：无法启动。</translation>
    </message>
    <message>
        <source>Install the newer PayNudge that wrote this store.</source>
        <translation>请安装写入该数据库的较新版本催付助手。</translation>
    </message>
    <message>
        <source>The store is kept in memory (nothing to check).</source>
        <translation>数据库保存在内存中（无需检查）。</translation>
    </message>
    <message>
        <source>The store %1 is not created yet; it is created at the first start.</source>
        <translation>数据库 %1 尚未创建；首次启动时会自动创建。</translation>
    </message>
    <message>
        <source>The store path %1 is not a file.</source>
        <translation>数据库路径 %1 不是文件。</translation>
    </message>
    <message>
        <source>Point [store] path at a file, or remove what is in the way.</source>
        <translation>把 [store] path 指向一个文件，或移走占用该路径的内容。</translation>
    </message>
    <message>
        <source>PayNudge is running on this store (process %1 on %2).</source>
        <translation>催付助手正在使用此数据库运行（%2 上的进程 %1）。</translation>
    </message>
    <message>
        <source>No PayNudge is running on this store: reminders go out only while it runs.</source>
        <translation>没有催付助手在使用此数据库运行：只有运行时才会发送提醒。</translation>
    </message>
    <message>
        <source>Start PayNudge (the window, paynudge --tray, or paynudge --headless / the paynudge service).</source>
        <translation>启动催付助手（窗口、paynudge --tray，或 paynudge --headless / paynudge 服务）。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of WeChat&apos;s.</source>
        <translation>本机时钟比微信快 %1 秒。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind WeChat&apos;s.</source>
        <translation>本机时钟比微信慢 %1 秒。</translation>
    </message>
    <message>
        <source>This PayNudge (this window) is running on this store.</source>
        <translation>当前窗口的催付助手正在使用此数据库运行。</translation>
    </message>
    <message>
        <source>Compare templateId and the fields/ keys of [accounts/%1] with the template in mp.weixin.qq.com → %2.</source>
        <translation>把 [accounts/%1] 的 templateId 和 fields/ 字段与 mp.weixin.qq.com → %2 中的模板对照检查。</translation>
    </message>
    <message>
        <source>Copy the template ID from mp.weixin.qq.com → %2 into templateId of [accounts/%1], or pick it in Settings → Accounts → Message → Load templates from WeChat.</source>
        <translation>从 mp.weixin.qq.com → %2 复制模板 ID 到 [accounts/%1] 的 templateId，或在“设置 → 账号 → 消息 → 从微信读取模板”中选择。</translation>
    </message>
    <message>
        <source>Template %1 (%2) of account %3, with the mapping PayNudge suggests for it (the account names no fields/…)</source>
        <translation>账号 %3 的模板 %1（%2），按催付助手为它建议的映射（该账号没有设置 fields/…）</translation>
    </message>
    <message>
        <source>Template %1 (%2) of account %3</source>
        <translation>账号 %3 的模板 %1（%2）</translation>
    </message>
    <message>
        <source>Map a shown key of the template to the deadline (e.g. {close_at:HH:mm} or &quot;请于{close_in}内完成支付&quot;) and one to the order ({order_no} or {product}) in [accounts/%1].</source>
        <translation>在 [accounts/%1] 中让模板的一个显示字段说明截止时间（如 {close_at:HH:mm} 或“请于{close_in}内完成支付”），一个字段说明订单（{order_no} 或 {product}）。</translation>
    </message>
    <message>
        <source>%1 has exactly the keys the mapping fills (%2), with the order and its deadline.</source>
        <translation>%1 的字段与映射完全一致（%2），并显示订单及其截止时间。</translation>
    </message>
    <message>
        <source>Set fields/%1 in [accounts/%2] to one of: %3.</source>
        <translation>把 [accounts/%2] 中的 fields/%1 设为以下之一：%3。</translation>
    </message>
    <message>
        <source>Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order numbers may have 64): a longer one is sent as its first 29 characters and &quot;...&quot; (tooLong=shorten).</source>
        <translation>账号 %1 把订单号填入 %2，微信在此最多接受 32 个字符（订单号最长可有 64 个）：更长的订单号只发送前 29 个字符并加上“...”（tooLong=shorten）。</translation>
    </message>
    <message>
        <source>Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order numbers may have 64): the reminder of a longer one is not sent (tooLong=fail).</source>
        <translation>账号 %1 把订单号填入 %2，微信在此最多接受 32 个字符（订单号最长可有 64 个）：更长订单号的提醒不会发送（tooLong=fail）。</translation>
    </message>
    <message>
        <source>Nothing to do if the shop&apos;s order numbers have at most 32 characters; otherwise set tooLong=shorten in [accounts/%1] or choose a template with a longer order number key.</source>
        <translation>如果店铺的订单号不超过 32 个字符，无需处理；否则请在 [accounts/%1] 中设置 tooLong=shorten，或选用订单号字段更长的模板。</translation>
    </message>
    <message>
        <source>The shop&apos;s database password cannot be read: %1</source>
        <translation>无法读取店铺数据库密码：%1</translation>
    </message>
    <message>
        <source>Set it again in Settings → Shop database, or fix [shopdb] passwordEnv / passwordFile.</source>
        <translation>请在 设置 → 店铺数据库 中重新输入，或修正 [shopdb] passwordEnv / passwordFile。</translation>
    </message>
    <message>
        <source>Check that the shop&apos;s database runs and that host, port, user and password in Settings → Shop database are right; until then new orders are not read and reminders wait for the payment check.</source>
        <translation>请确认店铺数据库在运行，并检查 设置 → 店铺数据库 中的服务器、端口、用户名和密码；在此之前不会读取新订单，提醒会等待付款核对。</translation>
    </message>
    <message>
        <source>Ask the shop&apos;s developer to correct the query in Settings → Shop database (Test shows what the database says).</source>
        <translation>请店铺的开发人员在 设置 → 店铺数据库 中修改查询（“测试”会显示数据库的原话）。</translation>
    </message>
    <message>
        <source>The shop&apos;s database %1 answers (new orders: %2 ms, payment check: %3 ms).</source>
        <translation>店铺数据库 %1 可以访问（新订单查询：%2 毫秒，付款核对：%3 毫秒）。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s Qt driver (QPSQL) is not installed.</source>
        <translation>未安装 PostgreSQL 的 Qt 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-psql.</source>
        <translation>请安装软件包 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The store&apos;s database %1 cannot be reached: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <source>Check [store] host, port, database, user and the password, and that the server runs.</source>
        <translation>请检查 [store] 的 host、port、database、user 和密码，并确认数据库服务器正在运行。</translation>
    </message>
    <message>
        <source>The store&apos;s database %1 answers.</source>
        <translation>数据库 %1 响应正常。</translation>
    </message>
    <message>
        <source>The store&apos;s database holds no PayNudge store yet: the first engine creates it.</source>
        <translation>数据库中还没有催付助手的数据：第一个启动的引擎会创建它。</translation>
    </message>
    <message>
        <source>No PayNudge engine is running on this store: no reminders go out.</source>
        <translation>没有催付助手引擎在使用这个数据库：不会发出任何提醒。</translation>
    </message>
    <message>
        <source>Start PayNudge (or its service) on at least one computer.</source>
        <translation>请至少在一台电脑上启动催付助手（或其服务）。</translation>
    </message>
    <message>
        <source>Engines running on this store: %1.</source>
        <translation>正在使用这个数据库的引擎：%1。</translation>
    </message>
    <message>
        <source>Check [store] passwordEnv or passwordFile.</source>
        <translation>请检查 [store] passwordEnv 或 passwordFile。</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>The manual (README.md) was not found. The package installs it as %1.</source>
        <translation>找不到使用手册（README.md）。安装包会把它装在 %1。</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Open it with a text editor.</source>
        <translation>这台电脑上没有能打开 %1 的程序，请用文本编辑器打开。</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>Order payment reminder</source>
        <translation>订单待支付提醒</translation>
    </message>
    <message>
        <source>no longer displayed by WeChat</source>
        <translation>微信已不再显示</translation>
    </message>
    <message>
        <source>WeChat refuses the message (47003)</source>
        <translation>微信会拒收该消息（47003）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2 (no longer displayed)</source>
        <translation>%1：%2（已不再显示）</translation>
    </message>
    <message>
        <source>(empty: WeChat refuses the message)</source>
        <translation>（空：微信会拒收该消息）</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation>支付截止</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Use time</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>温馨提示</translation>
    </message>
</context>
<context>
    <name>SetupSteps</name>
    <message>
        <source>Connect a WeChat official account</source>
        <translation>连接微信公众号</translation>
    </message>
    <message>
        <source>Enter its AppSecret</source>
        <translation>填写 AppSecret</translation>
    </message>
    <message>
        <source>Allow this computer&apos;s IP in WeChat</source>
        <translation>在微信中允许本电脑的 IP</translation>
    </message>
    <message>
        <source>Choose the reminder template</source>
        <translation>选择提醒模板</translation>
    </message>
    <message>
        <source>Send yourself a test reminder</source>
        <translation>给自己发一条测试提醒</translation>
    </message>
    <message>
        <source>Let orders arrive</source>
        <translation>让订单进来</translation>
    </message>
    <message>
        <source>No account yet. In Settings → Accounts, add one with the AppID from mp.weixin.qq.com → 设置与开发 → 基本配置. Until then reminders are only rehearsed (dry run).</source>
        <translation>还没有账号。请在「设置 → 账号」中添加，AppID 见微信公众平台 mp.weixin.qq.com →「设置与开发 → 基本配置」。在此之前，提醒只是演练，不会真正发出。</translation>
    </message>
    <message>
        <source>Every account runs as a dry run (no AppID, or dry run ticked): no customer receives anything. Enter the AppID in Settings → Accounts.</source>
        <translation>所有账号都只是演练（未填 AppID，或勾选了演练）：顾客收不到任何消息。请在「设置 → 账号」中填写 AppID。</translation>
    </message>
    <message>
        <source>After the AppID: the AppSecret from the same page (设置与开发 → 基本配置).</source>
        <translation>填好 AppID 后，再填同一页面（「设置与开发 → 基本配置」）上的 AppSecret。</translation>
    </message>
    <message>
        <source>WeChat only answers computers whose IP is on the account&apos;s IP whitelist.</source>
        <translation>微信只接受 IP 在公众号「IP白名单」中的电脑的请求。</translation>
    </message>
    <message>
        <source>The template message WeChat shows the customer (Settings → Accounts → Message).</source>
        <translation>微信展示给顾客的模板消息（「设置 → 账号 → 消息」）。</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>已连接：%1。</translation>
    </message>
    <message>
        <source>WeChat accepted the AppSecret, or has not refused it so far.</source>
        <translation>微信已接受 AppSecret，或到目前为止没有拒绝。</translation>
    </message>
    <message>
        <source>WeChat has not refused this computer so far.</source>
        <translation>到目前为止，微信没有拒绝本电脑。</translation>
    </message>
    <message>
        <source>A template is chosen and fits what the reminder fills in.</source>
        <translation>已选择模板，且与提醒填写的内容相符。</translation>
    </message>
    <message>
        <source>%1 has no template yet: choose one in Settings → Accounts → Message (Load templates from WeChat).</source>
        <translation>%1 还没有模板：请在「设置 → 账号 → 消息」中选择（从微信读取模板）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>WeChat refused this computer&apos;s IP %1. Add %1 to the IP whitelist of %2 (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单).</source>
        <translation>微信拒绝了本电脑的 IP %1。请把 %1 加入 %2 的 IP 白名单（mp.weixin.qq.com →「设置与开发 → 基本配置 → IP白名单」）。</translation>
    </message>
    <message>
        <source>You received a test reminder on your own WeChat.</source>
        <translation>您已在自己的微信上收到测试提醒。</translation>
    </message>
    <message>
        <source>Send a test reminder to your own WeChat (you need your openid; the button explains where to find it) and check WeChat on your phone. A test WeChat accepts, or your tick that you received it, marks this step done.</source>
        <translation>给您自己的微信发一条测试提醒（需要您的 openid，按钮里会说明在哪里找到），然后在手机微信上查看。微信接收了测试提醒，或您勾选了「我已收到」，这一步就完成了。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) awaiting payment came in.</source>
        <translation>
            <numerusform>已有 %n 笔待付款订单进来。</numerusform>
        </translation>
    </message>
    <message>
        <source>No order yet. Import the shop&apos;s unpaid orders from a CSV file, or have the shop&apos;s system send them to %1 with the token from Settings → Intake API.</source>
        <translation>还没有订单。请从 CSV 文件导入店铺的未付款订单，或让店铺系统把订单发送到 %1（令牌见「设置 → 订单来源」）。</translation>
    </message>
    <message>
        <source>No order yet. Import the shop&apos;s unpaid orders from a CSV file, or switch on the Intake API in Settings so the shop&apos;s system can send them.</source>
        <translation>还没有订单。请从 CSV 文件导入店铺的未付款订单，或在设置中开启订单接口，让店铺系统发送订单。</translation>
    </message>
    <message>
        <source>PayNudge cannot reach the shop&apos;s database %1, so no new order is read. Settings → Shop database → Test shows why.</source>
        <translation>PayNudge 连不上店铺数据库 %1，因此读不到新订单。在 设置 → 店铺数据库 → 测试 中可以看到原因。</translation>
    </message>
    <message numerus="yes">
        <source>New orders are read from the shop&apos;s database %1 every %n second(s).</source>
        <translation>
            <numerusform>每 %n 秒从店铺数据库 %1 读取新订单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>PayNudge did not start: its configuration file has problems. Nothing was sent or changed. Correct the file (details below) and start PayNudge again.</source>
        <translation>PayNudge 没有启动：配置文件有问题。没有发送或更改任何内容。请按下面的说明改正配置文件，然后重新启动 PayNudge。</translation>
    </message>
    <message>
        <source>PayNudge did not start: another PayNudge is already using this data folder. Use that one, or stop it first.</source>
        <translation>PayNudge 没有启动：另一个 PayNudge 正在使用这个数据文件夹。请使用那一个，或先将它停止。</translation>
    </message>
    <message>
        <source>PayNudge did not start: its store of orders could not be opened safely. Nothing was sent or changed. What happened and what to do is below; keep the files as they are until you have read it.</source>
        <translation>PayNudge 没有启动：订单数据存储无法安全打开。没有发送或更改任何内容。发生了什么、该怎么做见下文；读完之前请保持文件原样，不要改动。</translation>
    </message>
    <message>
        <source>PayNudge cannot start</source>
        <translation>PayNudge 无法启动</translation>
    </message>
</context>
<context>
    <name>paynudge::AccountEditor</name>
    <message>
        <source>The name orders use in their &quot;account&quot; field. It cannot change once saved.</source>
        <translation>订单的 &quot;account&quot; 字段使用的名称。保存后不能再修改。</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>wx0123456789abcdef; empty: dry run only</source>
        <translation>wx0123456789abcdef；留空：仅演练</translation>
    </message>
    <message>
        <source>AppID</source>
        <translation>AppID</translation>
    </message>
    <message>
        <source>AppSecret:</source>
        <translation>AppSecret：</translation>
    </message>
    <message>
        <source>e.g. SHOP1_SECRET</source>
        <translation>例如 SHOP1_SECRET</translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation>只有你能读取的文件</translation>
    </message>
    <message>
        <source>Stable token (recommended)</source>
        <translation>稳定版令牌（推荐）</translation>
    </message>
    <message>
        <source>Classic token</source>
        <translation>普通令牌</translation>
    </message>
    <message>
        <source>The shop&apos;s own token service</source>
        <translation>店铺自己的令牌服务</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>接口调用凭据</translation>
    </message>
    <message>
        <source>https://… (only for the shop&apos;s own token service)</source>
        <translation>https://…（仅用于店铺自己的令牌服务）</translation>
    </message>
    <message>
        <source>Token service URL</source>
        <translation>令牌服务地址</translation>
    </message>
    <message>
        <source>Dry run: render and record messages, never send</source>
        <translation>演练：只生成并记录消息，从不发送</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Fetches an access token with these settings (nothing is sent to customers)</source>
        <translation>用这些设置获取一次接口调用凭据（不会给顾客发送任何消息）</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Template message (service account)</source>
        <translation>模板消息（服务号）</translation>
    </message>
    <message>
        <source>Subscribe message</source>
        <translation>订阅消息</translation>
    </message>
    <message>
        <source>Mini program subscribe message</source>
        <translation>小程序订阅消息</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>模板 ID</translation>
    </message>
    <message>
        <source>https://shop.example/order/{order_no}</source>
        <translation>https://shop.example/order/{order_no}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Mini program AppID</source>
        <translation>小程序 AppID</translation>
    </message>
    <message>
        <source>pages/order/detail?no={order_no}</source>
        <translation>pages/order/detail?no={order_no}</translation>
    </message>
    <message>
        <source>Mini program page</source>
        <translation>小程序页面</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>正式版</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>体验版</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发版</translation>
    </message>
    <message>
        <source>Mini program version</source>
        <translation>小程序版本</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Template field %1</source>
        <translation>模板字段 %1</translation>
    </message>
    <message>
        <source>type to store a new AppSecret</source>
        <translation>输入以保存新的 AppSecret</translation>
    </message>
    <message>
        <source>Open a mini program page instead of the link</source>
        <translation>打开小程序页面，而不是链接</translation>
    </message>
    <message>
        <source>Connected: an access token was issued.</source>
        <translation>连接成功：已获取接口调用凭据。</translation>
    </message>
    <message>
        <source>AppSecret from variable</source>
        <translation>AppSecret 环境变量</translation>
    </message>
    <message>
        <source>AppSecret from file</source>
        <translation>AppSecret 文件</translation>
    </message>
    <message>
        <source>Message language</source>
        <translation>消息语言</translation>
    </message>
    <message>
        <source>Load templates from WeChat</source>
        <translation>从微信读取模板</translation>
    </message>
    <message>
        <source>Reads the account&apos;s templates with their keys (nothing is sent to customers)</source>
        <translation>读取该账号的模板及其字段（不会给顾客发送任何消息）</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message numerus="yes">
        <source>— choose one of the %n template(s) —</source>
        <translation>
            <numerusform>— 从 %n 个模板中选择 —</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading templates from WeChat…</source>
        <translation>正在从微信读取模板…</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>WeChat lists no template %1 for this account: every send would fail (errcode 40037).</source>
        <translation>微信没有为该账号列出模板 %1：每次发送都会失败（错误码 40037）。</translation>
    </message>
    <message>
        <source>Send it shortened, marked with &quot;...&quot;</source>
        <translation>缩短后发送，并以“...”标出</translation>
    </message>
    <message>
        <source>Fail the reminder</source>
        <translation>不发送该提醒（记为失败）</translation>
    </message>
    <message>
        <source>Order number over 32 characters</source>
        <translation>订单号超过 32 个字符时</translation>
    </message>
    <message>
        <source>type the AppSecret to enter it here instead</source>
        <translation>在此输入 AppSecret 即可改为由催付助手保存</translation>
    </message>
    <message>
        <source>The AppSecret now comes from the computer setting “%1” (an environment variable). To enter it yourself, type it above: PayNudge then keeps it and no longer reads that setting.</source>
        <translation>AppSecret 目前来自电脑设置「%1」（环境变量）。如要自己填写，直接在上面输入：催付助手会保存它，不再读取那个设置。</translation>
    </message>
    <message>
        <source>PayNudge will keep the AppSecret you typed and no longer read the computer setting “%1”. Empty the field to keep using that setting.</source>
        <translation>催付助手将保存您输入的 AppSecret，不再读取电脑设置「%1」。清空此栏则继续使用那个设置。</translation>
    </message>
    <message>
        <source>type to replace the saved AppSecret</source>
        <translation>输入以替换已保存的 AppSecret</translation>
    </message>
    <message>
        <source>The AppSecret is kept in the file %1, readable only by you.</source>
        <translation>AppSecret 保存在文件 %1 中，只有您能读取。</translation>
    </message>
    <message>
        <source>The AppSecret is kept in the system keychain (or, on a computer without one, in a file only you can read) — never in the configuration file.</source>
        <translation>AppSecret 保存在系统钥匙串中（电脑没有钥匙串时，保存在只有您能读取的文件中），绝不写入配置文件。</translation>
    </message>
    <message>
        <source>the token column of the shop&apos;s xg_orders; empty: not from the shop database</source>
        <translation>店铺 xg_orders 表的 token 列的值；留空：不从店铺数据库读取订单</translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation>店铺标识</translation>
    </message>
    <message>
        <source>Own rules</source>
        <translation>账号规则</translation>
    </message>
    <message>
        <source>This account&apos;s own rules</source>
        <translation>此账号自己的规则</translation>
    </message>
    <message>
        <source>Round texts</source>
        <translation>各轮文案</translation>
    </message>
    <message>
        <source>Each round&apos;s text</source>
        <translation>每一轮的文案</translation>
    </message>
    <message>
        <source>Split test</source>
        <translation>文案测试</translation>
    </message>
    <message>
        <source>Split test of texts</source>
        <translation>文案测试</translation>
    </message>
</context>
<context>
    <name>paynudge::AccountRules</name>
    <message>
        <source>e.g. 21:00-09:00</source>
        <translation>例如 21:00-09:00</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This account sends at any hour, whatever the shop&apos;s quiet hours are.</source>
        <translation>此账号任何时间都发送，不受店铺免打扰时段限制。</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Reminders to one customer a day</source>
        <translation>每位顾客每天最多提醒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Skip customers who paid within</source>
        <translation>跳过近期已付款的顾客，时长</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <source>Smallest order reminded</source>
        <translation>提醒的最低订单金额</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Largest order reminded</source>
        <translation>提醒的最高订单金额</translation>
    </message>
    <message>
        <source>e.g. 会员, 年卡 — empty: every product</source>
        <translation>例如 会员, 年卡 —— 留空：所有商品</translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation>只提醒这些商品</translation>
    </message>
    <message>
        <source>e.g. 赠品 — empty: none left out</source>
        <translation>例如 赠品 —— 留空：不排除任何商品</translation>
    </message>
    <message>
        <source>Never these products</source>
        <translation>不提醒这些商品</translation>
    </message>
    <message>
        <source>A rule not ticked follows the shop&apos;s (Who is reminded; quiet hours: Reminder plan) and changes with it. Tick “Own rule” to give this account a value of its own.</source>
        <translation>未勾选的规则沿用店铺规则（提醒对象；免打扰时段见提醒计划），并随之变化。勾选“单独设置”可为此账号设定自己的值。</translation>
    </message>
    <message>
        <source>Own rule</source>
        <translation>单独设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>every product</source>
        <translation>所有商品</translation>
    </message>
    <message>
        <source>as the shop&apos;s rule (%1)</source>
        <translation>沿用店铺规则（%1）</translation>
    </message>
</context>
<context>
    <name>paynudge::AccountsPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Account %1 › %2</source>
        <translation>账号 %1 › %2</translation>
    </message>
    <message>
        <source>The AppSecret of account %1 could not be stored: %2</source>
        <translation>无法保存账号 %1 的 AppSecret：%2</translation>
    </message>
    <message>
        <source>Removed accounts&apos; AppSecrets stay in the keychain: %1</source>
        <translation>已删除账号的 AppSecret 仍留在钥匙串中：%1</translation>
    </message>
    <message>
        <source>Fix the account first. %1</source>
        <translation>请先修正账号设置。%1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Set the AppID first: templates belong to an account.</source>
        <translation>请先填写 AppID：模板属于某个账号。</translation>
    </message>
    <message>
        <source>WeChat did not give the template list: %1</source>
        <translation>微信没有返回模板列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from WeChat.</source>
        <translation>
            <numerusform>已从微信读取 %n 个模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1 reads its AppSecret from the computer setting “%2”; empty that setting to enter the AppSecret here.</source>
        <translation>账号 %1 从电脑设置「%2」读取 AppSecret；清空该设置后即可在此填写 AppSecret。</translation>
    </message>
    <message>
        <source>The AppSecret of %1 was saved in the system keychain.</source>
        <translation>%1 的 AppSecret 已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the AppSecret of %1 was saved in the file %2, which only you can read.</source>
        <translation>这台电脑没有钥匙串，因此 %1 的 AppSecret 已保存到文件 %2，只有您能读取。</translation>
    </message>
    <message>
        <source>The AppSecret of %1 was saved in the file %2, which only you can read.</source>
        <translation>%1 的 AppSecret 已保存到文件 %2，只有您能读取。</translation>
    </message>
    <message>
        <source>No access token was issued. Details: %1</source>
        <translation>没有拿到 access token。详情：%1</translation>
    </message>
    <message>
        <source>Enter the AppID first: without it the account only rehearses (dry run).</source>
        <translation>请先填写 AppID：没有它，这个账号只能演练。</translation>
    </message>
    <message>
        <source>Type the AppSecret first: none is saved for this account yet.</source>
        <translation>请先输入 AppSecret：这个账号还没有保存 AppSecret。</translation>
    </message>
</context>
<context>
    <name>paynudge::AuditQuery</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>paynudge::AuditView</name>
    <message>
        <source>Setting changed</source>
        <translation>设置已修改</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Do-not-remind list</source>
        <translation>免打扰名单</translation>
    </message>
    <message>
        <source>Split test</source>
        <translation>文案测试</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Resolved: sent</source>
        <translation>已确认：已发送</translation>
    </message>
    <message>
        <source>Resolved: send again</source>
        <translation>已确认：重新发送</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>暂停发送</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>恢复发送</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>测试消息</translation>
    </message>
    <message>
        <source>Import orders (CSV)</source>
        <translation>导入订单（CSV）</translation>
    </message>
    <message>
        <source>changed (secret, not shown)</source>
        <translation>已修改（密钥，不显示）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>未执行：%1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Setting, order, value or detail</source>
        <translation>设置项、订单、数值或说明</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Show older</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>共 %2 条，已显示 %1 条</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 未写入：%2</translation>
    </message>
    <message>
        <source>%1 lines exported to %2</source>
        <translation>已导出 %1 条记录到 %2</translation>
    </message>
</context>
<context>
    <name>paynudge::Config</name>
    <message>
        <source>Default shop</source>
        <translation>默认店铺</translation>
    </message>
</context>
<context>
    <name>paynudge::ConfigKey</name>
    <message>
        <source>Local time when no reminder goes out, such as 22:00-08:00; empty: none.</source>
        <translation>不发送提醒的本地时间段，例如 22:00-08:00；留空表示没有免打扰时段。</translation>
    </message>
    <message>
        <source>A reminder due in quiet hours: defer (send when they end, unless the order has closed by then) or skip.</source>
        <translation>提醒落在免打扰时段时：defer（时段结束后发送，除非订单已关闭）或 skip（跳过）。</translation>
    </message>
    <message>
        <source>Reminders claimed from the store in one batch.</source>
        <translation>每批从数据库领取的提醒数量。</translation>
    </message>
    <message>
        <source>PayNudge also wakes exactly when each reminder falls due; this sweep catches anything else, such as orders another program wrote into the store.</source>
        <translation>催付助手会在每条提醒到期时准时唤醒；此巡检用于补漏，例如其他程序写入数据库的订单。</translation>
    </message>
    <message>
        <source>Sends in flight across all accounts at most.</source>
        <translation>所有账号合计同时进行的发送数上限。</translation>
    </message>
    <message>
        <source>After the computer slept or WeChat could not be reached, a reminder that would go out more than this late is skipped and recorded as such. No limit: it goes out as long as its order is open.</source>
        <translation>电脑休眠或无法连接微信后，晚于此时长的提醒将被跳过并记录。不限：只要订单未关闭就照常发送。</translation>
    </message>
    <message>
        <source>The shop&apos;s IANA time zone for quiet hours and dates, such as Asia/Shanghai; empty: the system&apos;s.</source>
        <translation>店铺所在的 IANA 时区，用于免打扰时段和日期，例如 Asia/Shanghai；留空表示使用系统时区。</translation>
    </message>
    <message>
        <source>The SQLite file of the store; empty: paynudge.sqlite in the data folder.</source>
        <translation>数据库的 SQLite 文件；留空表示数据文件夹中的 paynudge.sqlite。</translation>
    </message>
    <message>
        <source>A daily copy of the store is kept in the data folder&apos;s backups for this many days; 0: none.</source>
        <translation>数据库每日备份在数据文件夹的 backups 中保留的天数；0 表示不备份。</translation>
    </message>
    <message>
        <source>Accept orders over HTTP; off: orders come by CSV import only.</source>
        <translation>通过 HTTP 接收订单；关闭后只能通过 CSV 导入订单。</translation>
    </message>
    <message>
        <source>Address and port. Keep 127.0.0.1 unless the shop&apos;s backend runs on another machine.</source>
        <translation>地址和端口。除非店铺后台运行在另一台机器上，否则请保持 127.0.0.1。</translation>
    </message>
    <message>
        <source>The bearer token of the intake API, at least 16 characters; empty: the one in tokenFile, the keychain or generated on first run.</source>
        <translation>订单接口的 Bearer 令牌，至少 16 个字符；留空则使用 tokenFile、钥匙串中的令牌或首次运行时生成的令牌。</translation>
    </message>
    <message>
        <source>An owner-only file holding the intake API&apos;s token.</source>
        <translation>保存订单接口令牌的文件（仅所有者可读）。</translation>
    </message>
    <message>
        <source>Open intake connections at most (kept below the system&apos;s file limit).</source>
        <translation>订单接口同时打开的连接数上限（会保持在系统文件数限制以下）。</translation>
    </message>
    <message>
        <source>Where the WeChat API is reached.</source>
        <translation>微信接口的地址。</translation>
    </message>
    <message>
        <source>Sends in flight per account at most.</source>
        <translation>每个账号同时进行的发送数上限。</translation>
    </message>
    <message>
        <source>Milliseconds a dry-run send pretends to take (demos).</source>
        <translation>演练发送模拟耗费的毫秒数（用于演示）。</translation>
    </message>
    <message>
        <source>The language of the window: zh_CN or en; empty: the system&apos;s. Takes effect at the next start.</source>
        <translation>界面语言：zh_CN 或 en；留空表示跟随系统。下次启动时生效。</translation>
    </message>
    <message>
        <source>The name the window shows; empty: the account key.</source>
        <translation>界面中显示的名称；留空则显示账号标识。</translation>
    </message>
    <message>
        <source>The official account&apos;s AppID, such as wx0123456789abcdef; empty: the account runs dry.</source>
        <translation>公众号的 AppID，例如 wx0123456789abcdef；留空则该账号只演练不发送。</translation>
    </message>
    <message>
        <source>The environment variable holding the AppSecret; empty: secretFile or the keychain.</source>
        <translation>保存 AppSecret 的环境变量；留空则使用 secretFile 或钥匙串。</translation>
    </message>
    <message>
        <source>An owner-only file holding the AppSecret.</source>
        <translation>保存 AppSecret 的文件（仅所有者可读）。</translation>
    </message>
    <message>
        <source>How the access token is fetched: stable, classic, or url (the shop&apos;s own token service).</source>
        <translation>获取 access token 的方式：stable、classic 或 url（店铺自己的令牌服务）。</translation>
    </message>
    <message>
        <source>With tokenSource=url: the shop&apos;s own token service.</source>
        <translation>tokenSource=url 时：店铺自己的令牌服务地址。</translation>
    </message>
    <message>
        <source>The kind of message: template, subscribe or miniprogram.</source>
        <translation>消息类型：template（模板消息）、subscribe（订阅消息）或 miniprogram（小程序消息）。</translation>
    </message>
    <message>
        <source>The template the reminders are sent with (required with an AppID).</source>
        <translation>发送提醒所用的模板（填写了 AppID 时必填）。</translation>
    </message>
    <message>
        <source>The page the message opens, such as https://shop.example/order/{order_no}.</source>
        <translation>消息打开的网页，例如 https://shop.example/order/{order_no}。</translation>
    </message>
    <message>
        <source>A mini program the message opens instead of the link.</source>
        <translation>消息打开的小程序（代替网页链接）。</translation>
    </message>
    <message>
        <source>The mini program&apos;s page, such as pages/order?no={order_no}.</source>
        <translation>小程序的页面，例如 pages/order?no={order_no}。</translation>
    </message>
    <message>
        <source>Which version of the mini program a miniprogram message opens: formal, trial or developer.</source>
        <translation>小程序消息打开的小程序版本：formal（正式版）、trial（体验版）或 developer（开发版）。</translation>
    </message>
    <message>
        <source>The language of a miniprogram message.</source>
        <translation>小程序消息的语言。</translation>
    </message>
    <message>
        <source>Render and record the messages only; nothing is sent to customers.</source>
        <translation>只生成并记录消息，不向顾客发送任何内容。</translation>
    </message>
    <message>
        <source>An order number longer than its template key allows (32): shorten (with a visible &quot;...&quot;) or fail the send.</source>
        <translation>订单号超过模板字段允许的长度（32）时：shorten（截短并显示 &quot;...&quot;）或 fail（发送失败）。</translation>
    </message>
    <message>
        <source>What goes into a template key, such as {order_no}; without any, the template is mapped by its key types and labels.</source>
        <translation>模板字段填入的内容，例如 {order_no}；若一个都未设置，则按字段类型和标签自动对应模板。</translation>
    </message>
    <message>
        <source>How long after the order is placed a reminder goes out; several rounds: &quot;10m, 1h30m&quot; (seconds as before: &quot;600, 5400&quot;).</source>
        <translation>下单后多久发送催付提醒；多轮用逗号分隔，例如 &quot;10m, 1h30m&quot;（10 分钟、1 小时 30 分钟；也可以写秒数：&quot;600, 5400&quot;）。</translation>
    </message>
    <message>
        <source>How long after the order is placed it closes, for orders that give no close time, such as 2h (or seconds: 7200).</source>
        <translation>订单未给出关闭时间时，下单后多久视为关闭，例如 2h（2 小时；也可以写秒数：7200）。</translation>
    </message>
    <message>
        <source>How long a request to WeChat may take, such as 10s.</source>
        <translation>每次请求微信接口最多等待多久，例如 10s（10 秒）。</translation>
    </message>
    <message>
        <source>The shop&apos;s own database: mysql (also MariaDB) or postgres.</source>
        <translation>店铺自己的数据库：mysql（也适用于 MariaDB）或 postgres。</translation>
    </message>
    <message>
        <source>The host name or address of the shop&apos;s database.</source>
        <translation>店铺数据库的主机名或地址。</translation>
    </message>
    <message>
        <source>The port of the shop&apos;s database; 0: the driver&apos;s (3306 or 5432).</source>
        <translation>店铺数据库的端口；0：使用驱动默认端口（3306 或 5432）。</translation>
    </message>
    <message>
        <source>The name of the shop&apos;s database; empty: PayNudge does not read the shop&apos;s database.</source>
        <translation>店铺数据库的名称；留空：催付助手不读取店铺数据库。</translation>
    </message>
    <message>
        <source>The database user PayNudge reads with; one with SELECT rights only is enough.</source>
        <translation>催付助手读取数据库所用的用户；只有 SELECT 权限即可。</translation>
    </message>
    <message>
        <source>The environment variable holding the database password; empty: passwordFile or the keychain.</source>
        <translation>存放数据库密码的环境变量；留空：使用 passwordFile 或系统钥匙串。</translation>
    </message>
    <message>
        <source>An owner-only file holding the database password.</source>
        <translation>存放数据库密码的文件（仅所有者可读）。</translation>
    </message>
    <message>
        <source>How often the shop&apos;s database is asked for new orders, such as 5s.</source>
        <translation>多久向店铺数据库查询一次新订单，例如 5s。</translation>
    </message>
    <message>
        <source>New orders read per query (:limit); after downtime they are caught up page by page.</source>
        <translation>每次查询读取的新订单数（:limit）；停机后按页补读。</translation>
    </message>
    <message>
        <source>xg: the built-in queries for the xg_orders tables; custom: ordersQuery and unpaidQuery.</source>
        <translation>xg：使用内置的 xg_orders 表查询；custom：使用 ordersQuery 和 unpaidQuery。</translation>
    </message>
    <message>
        <source>A SELECT of new unpaid orders with columns named like the intake API&apos;s fields and id (the watermark), given :after_id and :limit; empty: no polling.</source>
        <translation>查询新的未付款订单的 SELECT，列名与接单接口字段相同，并含 id（水位线），使用 :after_id 和 :limit；留空：不轮询。</translation>
    </message>
    <message>
        <source>A SELECT of the order_no among :order_nos that are still unpaid, run right before sending.</source>
        <translation>在 :order_nos 中查出仍未付款的 order_no 的 SELECT，在发送前一刻运行。</translation>
    </message>
    <message>
        <source>Ask the shop&apos;s database right before sending whether the orders are still unpaid.</source>
        <translation>发送前一刻向店铺数据库核对订单是否仍未付款。</translation>
    </message>
    <message>
        <source>When the payment check cannot run (database down, hook failing): hold the reminders until it works again, or send without it.</source>
        <translation>付款核对无法进行时（数据库故障、核对接口失败）：暂缓提醒直到恢复，或不经核对照常发送。</translation>
    </message>
    <message>
        <source>profile=xg: the column of xg_orders holding the amount.</source>
        <translation>profile=xg：xg_orders 中存放金额的列。</translation>
    </message>
    <message>
        <source>The unit of the amount column (profile=xg) or of a query&apos;s amount column: yuan or fen.</source>
        <translation>金额列（profile=xg）或查询中 amount 列的单位：yuan（元）或 fen（分）。</translation>
    </message>
    <message>
        <source>profile=xg: the column of xg_orders holding the creation time; empty: the time PayNudge first saw the order.</source>
        <translation>profile=xg：xg_orders 中存放下单时间的列；留空：以催付助手首次看到订单的时间为准。</translation>
    </message>
    <message>
        <source>The shop&apos;s payment check over HTTP: POST {&quot;order_nos&quot;: [...]}, answer {&quot;unpaid&quot;: [...]}; empty: none.</source>
        <translation>店铺通过 HTTP 提供的付款核对：POST {&quot;order_nos&quot;: [...]}，返回 {&quot;unpaid&quot;: [...]}；留空：不使用。</translation>
    </message>
    <message>
        <source>The environment variable holding the bearer token of the payment check.</source>
        <translation>存放付款核对接口令牌（Bearer）的环境变量。</translation>
    </message>
    <message>
        <source>An owner-only file holding the bearer token of the payment check.</source>
        <translation>存放付款核对接口令牌（Bearer）的文件（仅所有者可读）。</translation>
    </message>
    <message>
        <source>How long the payment check may take, such as 3s.</source>
        <translation>付款核对最长可用时间，例如 3s。</translation>
    </message>
    <message>
        <source>The value of the shop database&apos;s token column that means this account.</source>
        <translation>店铺数据库 token 列中代表此账号的值。</translation>
    </message>
    <message>
        <source>sqlite: the store is one file on this computer; postgres: a PostgreSQL database that several PayNudge engines and windows share.</source>
        <translation>sqlite：数据保存在本机的一个文件里；postgres：保存在 PostgreSQL 数据库里，多台电脑上的催付助手可以共用。</translation>
    </message>
    <message>
        <source>backend=postgres: the host name or address of the PostgreSQL server, or the folder of its socket.</source>
        <translation>backend=postgres 时：PostgreSQL 服务器的主机名或地址，或其套接字所在的文件夹。</translation>
    </message>
    <message>
        <source>backend=postgres: the port of the PostgreSQL server.</source>
        <translation>backend=postgres 时：PostgreSQL 服务器的端口。</translation>
    </message>
    <message>
        <source>backend=postgres: the database that holds PayNudge&apos;s store.</source>
        <translation>backend=postgres 时：存放催付助手数据的数据库名。</translation>
    </message>
    <message>
        <source>backend=postgres: the database user; it needs to create tables in the database once.</source>
        <translation>backend=postgres 时：数据库用户；它需要能在该数据库里建表（只在第一次）。</translation>
    </message>
    <message>
        <source>backend=postgres: the environment variable holding the password; empty: passwordFile or the keychain.</source>
        <translation>backend=postgres 时：存放密码的环境变量；留空则用 passwordFile 或系统钥匙串。</translation>
    </message>
    <message>
        <source>backend=postgres: an owner-only file holding the database password.</source>
        <translation>backend=postgres 时：存放数据库密码的文件（仅所有者可读）。</translation>
    </message>
    <message>
        <source>backend=postgres: whether the connection is encrypted (PostgreSQL&apos;s sslmode); verify-full also checks the server&apos;s certificate and name.</source>
        <translation>backend=postgres 时：连接是否加密（PostgreSQL 的 sslmode）；verify-full 还会核对服务器的证书和名称。</translation>
    </message>
    <message>
        <source>This engine&apos;s name, shown in the history as who sent; empty: the computer&apos;s name. Each engine on one store needs its own.</source>
        <translation>这台引擎的名称，发送记录里显示由谁发出；留空则用电脑名。共用一个数据库的每台引擎需要各自的名称。</translation>
    </message>
    <message>
        <source>backend=postgres: how long a reminder an engine took stays its own without a sign of life; after that another engine takes it over as after a crash.</source>
        <translation>backend=postgres 时：引擎领取的提醒在它没有心跳时保留多久；超过后由另一台引擎按崩溃恢复的方式接手。</translation>
    </message>
    <message>
        <source>At most this many reminders to one customer per day (the shop&apos;s time zone), across all their orders and rounds, counting those on their way; 0: no limit.</source>
        <translation>每位顾客每天（按店铺时区）最多收到这么多条提醒，所有订单和轮次合计，正在发送的也算在内；0：不限。</translation>
    </message>
    <message>
        <source>No reminder to a customer who paid another order this recently, such as 1d; 0: off.</source>
        <translation>顾客在这段时间内付过另一笔订单的，不再提醒，例如 1d；0：关闭。</translation>
    </message>
    <message>
        <source>Orders below this amount (in fen: 1000 = ¥10.00) are not reminded; 0: no minimum.</source>
        <translation>金额低于此数（单位：分，1000 = ¥10.00）的订单不提醒；0：不设下限。</translation>
    </message>
    <message>
        <source>Orders above this amount (in fen) are not reminded; 0: no maximum.</source>
        <translation>金额高于此数（单位：分）的订单不提醒；0：不设上限。</translation>
    </message>
    <message>
        <source>Only orders whose product contains one of these words, or whose vars product_id is one of them, are reminded (comma-separated); empty: every product.</source>
        <translation>只提醒商品名包含其中某个词、或 vars 里 product_id 是其中之一的订单（用逗号分隔）；留空：所有商品。</translation>
    </message>
    <message>
        <source>Orders whose product contains one of these words, or whose vars product_id is one of them, are not reminded (comma-separated).</source>
        <translation>商品名包含其中某个词、或 vars 里 product_id 是其中之一的订单不提醒（用逗号分隔）。</translation>
    </message>
    <message>
        <source>This account&apos;s own quiet hours, such as 21:00-09:00, or none; empty: as [reminder] quietHours.</source>
        <translation>本账号自己的免打扰时段，例如 21:00-09:00，或 none（不设）；留空：按 [reminder] quietHours。</translation>
    </message>
    <message>
        <source>This account&apos;s own limit of reminders to one customer per day; empty: as [policy].</source>
        <translation>本账号自己的每位顾客每天提醒上限；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>This account&apos;s own skipIfPaidWithin; empty: as [policy].</source>
        <translation>本账号自己的 skipIfPaidWithin；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>This account&apos;s own minAmountFen; empty: as [policy].</source>
        <translation>本账号自己的 minAmountFen；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>This account&apos;s own maxAmountFen; empty: as [policy].</source>
        <translation>本账号自己的 maxAmountFen；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>This account&apos;s own productsInclude; empty: as [policy].</source>
        <translation>本账号自己的 productsInclude；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>This account&apos;s own productsExclude; empty: as [policy].</source>
        <translation>本账号自己的 productsExclude；留空：按 [policy]。</translation>
    </message>
    <message>
        <source>round2.templateId: the template round 2 is sent with, so the last reminder can say &quot;closes in 30 minutes&quot;; empty: the account&apos;s.</source>
        <translation>round2.templateId：第 2 轮提醒使用的模板，这样最后一条可以写“30 分钟后关闭”；留空：用账号的模板。</translation>
    </message>
    <message>
        <source>round2.fields/thing2: what goes into a template key in round 2; a round with any of its own takes only its own.</source>
        <translation>round2.fields/thing2：第 2 轮提醒填入模板字段的内容；某一轮只要设了自己的字段，就只用自己的。</translation>
    </message>
    <message>
        <source>Two or more texts to compare, such as a,b: each order gets one by its number, and the statistics show which makes more customers pay; empty: one text.</source>
        <translation>要比较的两种或多种文案，例如 a,b：每笔订单按订单号分到一种，统计页显示哪种让更多顾客付款；留空：只有一种文案。</translation>
    </message>
    <message>
        <source>b.weight: how many orders variant b gets relative to the others (1 each: an even split).</source>
        <translation>b.weight：文案 b 相对其他文案分到的订单比例（都为 1：平均分配）。</translation>
    </message>
    <message>
        <source>b.templateId: the template variant b is sent with; empty: the round&apos;s.</source>
        <translation>b.templateId：文案 b 使用的模板；留空：用该轮的模板。</translation>
    </message>
    <message>
        <source>b.fields/thing2: what variant b puts into a template key instead of the round&apos;s text.</source>
        <translation>b.fields/thing2：文案 b 填入模板字段、替换该轮内容的文字。</translation>
    </message>
</context>
<context>
    <name>paynudge::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>paynudge::EnginesLabel</name>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 not answering (%2)</source>
        <translation>%1 无响应（%2）</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 已停止</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3, version %4), started %5, last heartbeat %6</source>
        <translation>%1：电脑 %2（进程 %3，版本 %4），%5 启动，最后心跳 %6</translation>
    </message>
    <message>
        <source>No engine has signed in to the shared store</source>
        <translation>共用数据库上还没有引擎登记</translation>
    </message>
    <message numerus="yes">
        <source>%n engine(s): %1</source>
        <translation>
            <numerusform>%n 个引擎：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the engines in the status bar</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>paynudge::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such reminder</source>
        <translation>找不到这条提醒</translation>
    </message>
    <message>
        <source>no such order</source>
        <translation>找不到这个订单</translation>
    </message>
    <message>
        <source>only a scheduled reminder can be sent now (this one is %1)</source>
        <translation>只有待发送的提醒才能立即发送（这条的状态是 %1）</translation>
    </message>
    <message>
        <source>only a scheduled reminder can be skipped (this one is %1)</source>
        <translation>只有待发送的提醒才能跳过（这条的状态是 %1）</translation>
    </message>
    <message>
        <source>only a reminder in state unknown can be resolved (this one is %1)</source>
        <translation>只有状态未知的提醒才能处理（这条的状态是 %1）</translation>
    </message>
    <message>
        <source>order %1 is %2; nothing is sent for it</source>
        <translation>订单 %1 的状态是 %2，不会再为它发送提醒</translation>
    </message>
    <message>
        <source>order %1 has passed its close time</source>
        <translation>订单 %1 已过关闭时间</translation>
    </message>
    <message>
        <source>a reminder of this order went out %1 ago; send again in %2 at the earliest, so the customer does not get two within %3</source>
        <translation>这个订单 %1 前刚发过一条提醒；最早 %2 后才能再发，以免顾客在 %3 内收到两条</translation>
    </message>
    <message>
        <source>the reminder changed meanwhile; try again</source>
        <translation>这条提醒刚刚有了变化，请再试一次</translation>
    </message>
    <message>
        <source>cannot record the skip</source>
        <translation>无法记录跳过操作</translation>
    </message>
    <message>
        <source>cannot commit the skip: %1</source>
        <translation>无法保存跳过操作：%1</translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation>无法记录处理结果</translation>
    </message>
    <message>
        <source>cannot commit the decision: %1</source>
        <translation>无法保存处理结果：%1</translation>
    </message>
    <message>
        <source>cannot commit the resend: %1</source>
        <translation>无法保存重发操作：%1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>%1 is required and must not be empty</source>
        <translation>%1 必须填写，不能为空</translation>
    </message>
    <message>
        <source>%1 holds an unpaired surrogate (\ud800 and the like)</source>
        <translation>%1 含有无效的字符编码（不成对的代理字符）</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过了 %2 个字符</translation>
    </message>
    <message>
        <source>%1 must not contain control characters or line breaks</source>
        <translation>%1 不能包含控制字符或换行</translation>
    </message>
    <message>
        <source>%1 must be a whole number of fen, e.g. 12850 for ¥128.50</source>
        <translation>%1 必须是以分为单位的整数，例如 ¥128.50 写作 12850</translation>
    </message>
    <message>
        <source>%1 must be a number (whole fen)</source>
        <translation>%1 必须是数字（以分为单位的整数）</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能是负数</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 太大了</translation>
    </message>
    <message>
        <source>%1 must be an RFC 3339 string or epoch seconds</source>
        <translation>%1 必须是带时区的时间文本或秒级时间戳</translation>
    </message>
    <message>
        <source>%1 must be an RFC 3339 time with an offset (2026-03-02T18:00:00+08:00) or whole epoch seconds, between the years 2000 and 2099</source>
        <translation>%1 必须是带时区的时间（如 2026-03-02T18:00:00+08:00）或秒级时间戳，年份在 2000 到 2099 之间</translation>
    </message>
    <message>
        <source>%1 must be an object of strings</source>
        <translation>%1 必须是由文本组成的对象</translation>
    </message>
    <message>
        <source>%1 holds more than %2 variables</source>
        <translation>%1 的变量超过了 %2 个</translation>
    </message>
    <message>
        <source>a variable name is 1-64 letters, digits or &apos;_&apos; and does not start with a digit</source>
        <translation>变量名须为 1 到 64 个字母、数字或下划线，且不能以数字开头</translation>
    </message>
    <message>
        <source>%1 must be a string (vars hold strings only)</source>
        <translation>%1 必须是文本（模板变量只能是文本）</translation>
    </message>
    <message>
        <source>unknown field %1; an order has: %2</source>
        <translation>未知字段 %1；订单的字段有：%2</translation>
    </message>
    <message>
        <source>unknown field %1; the body may hold only %2</source>
        <translation>未知字段 %1；这里只能有 %2</translation>
    </message>
    <message>
        <source>order_no must be 1-64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>订单号（order_no）须为 1 到 64 个字母、数字、下划线或连字符</translation>
    </message>
    <message>
        <source>account %1 is not configured; configured: %2</source>
        <translation>公众号账号 %1 未配置；已配置的有：%2</translation>
    </message>
    <message>
        <source>openid must be the customer&apos;s openid (letters, digits, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>openid 必须是顾客的 openid（字母、数字、下划线或连字符）</translation>
    </message>
    <message>
        <source>close_at must be after placed_at</source>
        <translation>关闭时间（close_at）必须晚于下单时间（placed_at）</translation>
    </message>
    <message>
        <source>url must be an http:// or https:// link</source>
        <translation>链接（url）必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the file is UTF-16 (Excel&apos;s &quot;Unicode text&quot;); save it as &quot;CSV UTF-8&quot; or plain &quot;CSV&quot;</source>
        <translation>这个文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8”或普通“CSV”格式</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>文件开头标明是 UTF-8 编码，但内容不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this system cannot decode GB18030/GBK; save it as &quot;CSV UTF-8&quot;</source>
        <translation>文件不是 UTF-8 编码，而本机无法读取 GB18030/GBK 编码；请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor GB18030/GBK text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>有一个带引号的单元格缺少结尾的引号</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the fields</source>
        <translation>文件是空的；第一行需要是列出各字段名的表头</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2 and vars.NAME for template variables</source>
        <translation>未知的列“%1”；可用的列有 %2，模板变量用 vars.NAME</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>列 %1 出现了两次</translation>
    </message>
    <message>
        <source>the header has no %1 column (required: %2)</source>
        <translation>表头缺少 %1 列（必需的列：%2）</translation>
    </message>
    <message>
        <source>%1 cells, but the header names %2 columns (a comma inside a value needs quotes)</source>
        <translation>这一行有 %1 个单元格，但表头只有 %2 列（内容里有逗号时须用引号括起来）</translation>
    </message>
    <message>
        <source>order_no repeats line %1 with different content</source>
        <translation>订单号与第 %1 行重复，但内容不同</translation>
    </message>
    <message>
        <source>this order number is already stored with different content</source>
        <translation>这个订单号已经存在，但内容不同</translation>
    </message>
    <message>
        <source>WeChat reported a system error (errcode -1); retrying</source>
        <translation>微信报告系统错误（errcode -1）；正在重试</translation>
    </message>
    <message>
        <source>WeChat&apos;s per-minute limit for this API was reached (errcode 45011); retrying next minute</source>
        <translation>已达到微信该接口每分钟的调用上限（errcode 45011）；下一分钟重试</translation>
    </message>
    <message>
        <source>another message to this customer was still being delivered (errcode 43108); retrying</source>
        <translation>给这位顾客的另一条消息还在投递中（errcode 43108）；正在重试</translation>
    </message>
    <message>
        <source>access token invalid or not the latest (errcode 40001)</source>
        <translation>access_token 无效或不是最新的（errcode 40001）</translation>
    </message>
    <message>
        <source>access token invalid (errcode 40014)</source>
        <translation>access_token 无效（errcode 40014）</translation>
    </message>
    <message>
        <source>access token expired (errcode 42001)</source>
        <translation>access_token 已过期（errcode 42001）</translation>
    </message>
    <message>
        <source>the daily quota of this WeChat API is used up for account %1 (errcode 45009); sending resumes at 00:00 Beijing time, or clear the quota in the MP backend (10 times a month)</source>
        <translation>账号 %1 今天的微信发送次数已用完（errcode 45009）：北京时间 0 点自动恢复发送，无需操作；着急时可在微信公众平台「设置与开发 → 接口权限」中清零调用次数（每月最多 10 次）</translation>
    </message>
    <message>
        <source>WeChat does not know the AppID %2 (errcode 40013): check appid in [accounts/%1]</source>
        <translation>微信不认识 AppID %2（errcode 40013）：请检查 [accounts/%1] 中的 appid</translation>
    </message>
    <message>
        <source>WeChat rejected the AppSecret of %2 (errcode 40125): set the current AppSecret (%4), then resume the account</source>
        <translation>微信拒绝了 %2 的 AppSecret（errcode 40125）：请到微信公众平台「设置与开发 → 基本配置」重置 AppSecret，然后在此填写（设置 → 账号；现在取自：%4），再恢复该账号</translation>
    </message>
    <message>
        <source>the AppSecret of %2 is frozen by the account&apos;s admin (errcode 40243): unfreeze or reset it in the MP backend, then resume the account</source>
        <translation>%2 的 AppSecret 已被账号管理员冻结（errcode 40243）：请在公众平台后台解冻或重置，然后恢复该账号</translation>
    </message>
    <message>
        <source>the token request carried no AppID (errcode 41002): set appid in [accounts/%1]</source>
        <translation>获取 access_token 的请求缺少 AppID（errcode 41002）：请在 [accounts/%1] 中设置 appid</translation>
    </message>
    <message>
        <source>the token request carried no AppSecret (errcode 41004): provide it (%4)</source>
        <translation>获取 access_token 的请求缺少 AppSecret（errcode 41004）：请在「设置 → 账号」填写 AppSecret（可在微信公众平台「设置与开发 → 基本配置」查看或重置；现在取自：%4）</translation>
    </message>
    <message>
        <source>WeChat waits for the account&apos;s admin to confirm this computer&apos;s IP (errcode 89503): confirm it in the MP backend, then resume the account</source>
        <translation>微信正在等待账号管理员确认本机的 IP（errcode 89503）：请在公众平台后台确认，然后恢复该账号</translation>
    </message>
    <message>
        <source>the account&apos;s admin rejected this computer&apos;s IP (errcode 89506): WeChat accepts a new request after 24 hours</source>
        <translation>账号管理员拒绝了本机的 IP（errcode 89506）：24 小时后微信才接受新的申请</translation>
    </message>
    <message>
        <source>the account&apos;s admin rejected this computer&apos;s IP (errcode 89507): WeChat accepts a new request after 1 hour</source>
        <translation>账号管理员拒绝了本机的 IP（errcode 89507）：1 小时后微信才接受新的申请</translation>
    </message>
    <message>
        <source>WeChat forbids the token API for %2 (errcode 50004): see the MP backend</source>
        <translation>微信禁止 %2 调用获取 access_token 的接口（errcode 50004）：请查看公众平台后台</translation>
    </message>
    <message>
        <source>the WeChat account %2 is frozen (errcode 50007): see the MP backend</source>
        <translation>微信账号 %2 已被冻结（errcode 50007）：请查看公众平台后台</translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): template messages need a certified service account (认证服务号) with the template-message feature (模板消息) added in the MP backend; check kind= in [accounts/%1]</source>
        <translation>账号 %1 没有调用这个接口的权限（errcode 48001）：发送模板消息需要已认证的服务号，并在公众平台后台添加“模板消息”功能；请检查 [accounts/%1] 中的 kind=</translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): subscription notices need the subscription-notice feature (订阅通知) added to the official account in the MP backend; check kind= in [accounts/%1]</source>
        <translation>账号 %1 没有调用这个接口的权限（errcode 48001）：发送订阅通知需要在公众平台后台为公众号添加“订阅通知”功能；请检查 [accounts/%1] 中的 kind=</translation>
    </message>
    <message>
        <source>account %1 lacks permission for this API (errcode 48001): subscribe messages need the subscribe-message permission (订阅消息) of mini program %2, enabled in the mini program&apos;s MP backend; check kind= in [accounts/%1]</source>
        <translation>账号 %1 没有调用这个接口的权限（errcode 48001）：发送订阅消息需要小程序 %2 的“订阅消息”权限，请在小程序后台开通；请检查 [accounts/%1] 中的 kind=</translation>
    </message>
    <message>
        <source>WeChat no longer supports the API account %1 sends with (errcode 45103, %7): choose a kind= in [accounts/%1] that WeChat still offers (template, subscribe or miniprogram), then resume the account</source>
        <translation>微信已不再支持账号 %1 所用的发送接口（errcode 45103，%7）：请在 [accounts/%1] 中选择微信仍提供的 kind=（template、subscribe 或 miniprogram），然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat has banned this API for account %1 (errcode 48004): see the MP backend</source>
        <translation>微信已禁止账号 %1 调用这个接口（errcode 48004）：请查看公众平台后台</translation>
    </message>
    <message>
        <source>WeChat restricts account %1 (errcode 50002, user limited): see the MP backend</source>
        <translation>微信限制了账号 %1（errcode 50002，账号受限）：请查看公众平台后台</translation>
    </message>
    <message>
        <source>the template id &quot;%3&quot; is empty or malformed (errcode 40036): check templateId in [accounts/%1]</source>
        <translation>模板 ID“%3”为空或格式不对（errcode 40036）：请在「设置 → 账号 → 消息」中点“从微信读取模板”重新选择模板（[accounts/%1] 的 templateId），然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat does not accept template id &quot;%3&quot; for account %1 (errcode 40037): it was deleted, belongs to another account or its category changed; check templateId in [accounts/%1]</source>
        <translation>微信不接受账号 %1 的模板 ID“%3”（errcode 40037）：模板可能已被删除、属于其他公众号或类目已变更。请到微信公众平台「广告与服务 → 模板消息 → 我的模板」确认，再在「设置 → 账号 → 消息」中点“从微信读取模板”重新选择（[accounts/%1] 的 templateId），然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat restricts template &quot;%3&quot; (errcode 43116): choose another template for account %1</source>
        <translation>微信限制了模板“%3”（errcode 43116）：请为账号 %1 另选一个模板</translation>
    </message>
    <message>
        <source>WeChat has banned subscribe messages or this template for account %1 (errcode 43107): see the MP backend</source>
        <translation>微信已禁止账号 %1 发送订阅消息或使用这个模板（errcode 43107）：请查看公众平台后台</translation>
    </message>
    <message>
        <source>WeChat rejected the template&apos;s keywords (errcode 40246): check the template of account %1</source>
        <translation>微信拒绝了模板的关键词（errcode 40246）：请检查账号 %1 的模板</translation>
    </message>
    <message>
        <source>the template of account %1 comes from the retired industry library (errcode 40247): add one from the category library</source>
        <translation>账号 %1 的模板来自已下线的行业模板库（errcode 40247）：请从类目模板库重新添加一个</translation>
    </message>
    <message>
        <source>the request carried no access token (errcode 41001): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>请求中缺少 access_token（errcode 41001）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat rejected the grant_type of the token request (errcode 40002): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>微信拒绝了获取 access_token 请求中的 grant_type（errcode 40002）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat could not parse the request body (errcode 47001): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>微信无法解析请求内容（errcode 47001）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat rejected \u escapes in the request body (errcode 40033): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>微信拒绝了请求内容中的 \u 转义字符（errcode 40033）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat rejected the message type (errcode 40008): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>微信拒绝了消息类型（errcode 40008）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>the API used has been retired by WeChat (errcode 45109): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>所用的接口已被微信下线（errcode 45109）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat requires POST for this API (errcode 43002): PayNudge sent a request WeChat cannot accept, please report it; account %1 is paused so nothing is retried in a loop</source>
        <translation>微信要求这个接口使用 POST 请求（errcode 43002）：催付助手发出了微信无法接受的请求，请反馈这个问题；账号 %1 已暂停，以免反复重试</translation>
    </message>
    <message>
        <source>WeChat does not know this customer&apos;s openid for account %1 (errcode 40003): empty, from another AppID (e.g. a mini program) or the customer is gone</source>
        <translation>对账号 %1 来说，微信不认识这位顾客的 openid（errcode 40003）：openid 为空、来自其他 AppID（例如小程序），或顾客已不存在</translation>
    </message>
    <message>
        <source>the customer does not follow the official account (errcode 43004)</source>
        <translation>顾客没有关注公众号（errcode 43004）：模板消息只能发给关注了公众号的顾客，这位顾客收不到提醒；可以请顾客关注公众号，或用电话、短信等其他方式联系</translation>
    </message>
    <message>
        <source>the customer is on the official account&apos;s blacklist (errcode 43019)</source>
        <translation>顾客在公众号的黑名单中（errcode 43019）：这位顾客收不到提醒；如需提醒，请先在公众平台「用户管理」中把他移出黑名单</translation>
    </message>
    <message>
        <source>the customer has turned off messages from the official account (errcode 48002)</source>
        <translation>顾客已关闭公众号的消息接收（errcode 48002）：这位顾客收不到提醒，请用其他方式联系</translation>
    </message>
    <message>
        <source>the customer has no remaining subscription consent for this template (errcode 43101)</source>
        <translation>顾客对这个模板已没有剩余的订阅授权（errcode 43101）</translation>
    </message>
    <message>
        <source>WeChat rejected a template value (errcode 47003): check the field mapping of account %1</source>
        <translation>微信拒绝了模板中的某个值（errcode 47003）：请检查账号 %1 的字段对应关系</translation>
    </message>
    <message>
        <source>WeChat rejected a template value (errcode 47003): check the field mapping of account %1: %9</source>
        <translation>微信拒绝了模板中的某个值（errcode 47003）：请检查账号 %1 的字段对应关系。微信的说明：%9</translation>
    </message>
    <message>
        <source>WeChat found sensitive words in the message (errcode 45168)</source>
        <translation>微信在消息中发现了敏感词（errcode 45168）</translation>
    </message>
    <message>
        <source>WeChat found sensitive words in the message (errcode 45168): %9</source>
        <translation>微信在消息中发现了敏感词（errcode 45168）。微信的说明：%9</translation>
    </message>
    <message>
        <source>WeChat judged the message to be marketing content (errcode 40249)</source>
        <translation>微信认定这条消息是营销内容（errcode 40249）</translation>
    </message>
    <message>
        <source>WeChat judged the message to be marketing content (errcode 40249): %9</source>
        <translation>微信认定这条消息是营销内容（errcode 40249）。微信的说明：%9</translation>
    </message>
    <message>
        <source>WeChat rejected the link&apos;s length (errcode 40039): check url in [accounts/%1]</source>
        <translation>微信拒绝了链接的长度（errcode 40039）：请检查 [accounts/%1] 中的 url</translation>
    </message>
    <message>
        <source>WeChat rejected the link&apos;s length (errcode 40039): check url in [accounts/%1]: %9</source>
        <translation>微信拒绝了链接的长度（errcode 40039）：请检查 [accounts/%1] 中的 url。微信的说明：%9</translation>
    </message>
    <message>
        <source>WeChat rejected the mini-program page &quot;%5&quot; (errcode 41030): it must be a page of the released version of mini program %6, spelt as in its app.json; check miniprogramPage in [accounts/%1], then resume the account</source>
        <translation>微信拒绝了小程序页面“%5”（errcode 41030）：它必须是小程序 %6 已发布版本中的页面，写法与其 app.json 中一致；请检查 [accounts/%1] 中的 miniprogramPage，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat refused the call from this computer&apos;s IP (errcode 40164): add the computer&apos;s public IP to the IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单) or send through a relay with a fixed IP, then resume the account</source>
        <translation>微信拒绝了来自本机 IP 的调用（errcode 40164）：请登录微信公众平台（mp.weixin.qq.com），在「设置与开发 → 基本配置 → IP白名单」中添加本机的公网 IP（或通过有固定 IP 的中转服务器发送），然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat refused the call from IP %1 (errcode 40164): add %1 to the IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单), then resume the account</source>
        <translation>微信拒绝了来自 IP %1 的调用（errcode 40164）：请登录微信公众平台（mp.weixin.qq.com），在「设置与开发 → 基本配置 → IP白名单」中添加 %1，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejected the AppSecret of %1 (errcode 40001 from the token API): set the current AppSecret (%2), then resume the account</source>
        <translation>微信拒绝了 %1 的 AppSecret（获取 access_token 时返回 errcode 40001）：请到微信公众平台「设置与开发 → 基本配置」重置 AppSecret，然后在此填写（设置 → 账号；现在取自：%2），再恢复该账号</translation>
    </message>
    <message>
        <source>WeChat answered errcode %1: %2</source>
        <translation>微信返回 errcode %1：%2</translation>
    </message>
    <message>
        <source>the token request failed: WeChat answered errcode %1: %2</source>
        <translation>获取 access_token 失败：微信返回 errcode %1：%2</translation>
    </message>
    <message>
        <source>WeChat rejected a freshly fetched access token of account %1 (errcode %2): the shop&apos;s token service may hand out stale tokens; fix it, then resume the account</source>
        <translation>微信拒绝了账号 %1 刚获取的 access_token（errcode %2）：店铺的 access_token 服务可能给出了过期的凭证；请修复后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejected a freshly fetched access token of account %1 (errcode %2): another system may be force-refreshing the token of %3, or the AppSecret changed; fix it, then resume the account</source>
        <translation>微信拒绝了账号 %1 刚获取的 access_token（errcode %2）：可能有其他系统在强制刷新 %3 的 access_token，或者 AppSecret 已更改；请修复后恢复该账号</translation>
    </message>
    <message>
        <source>the disk of the store %1 is full: %2</source>
        <translation>数据库 %1 所在的磁盘已满：%2</translation>
    </message>
    <message>
        <source>the store %1 cannot write: %2</source>
        <translation>数据库 %1 无法写入：%2</translation>
    </message>
    <message>
        <source>WeChat cannot be reached: %1</source>
        <translation>无法连接微信：%1</translation>
    </message>
    <message>
        <source>expected a whole number from %2 to %3</source>
        <translation>应为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected one of: %2</source>
        <translation>应为以下之一：%2</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL</source>
        <translation>应为以 http:// 或 https:// 开头的网址</translation>
    </message>
    <message>
        <source>expected a local time range HH:MM-HH:MM such as 22:00-08:00, or nothing</source>
        <translation>应为形如 HH:MM-HH:MM 的本地时间段，例如 22:00-08:00，或留空</translation>
    </message>
    <message>
        <source>expected an IANA time zone such as Asia/Shanghai, or nothing for the system&apos;s</source>
        <translation>应为 IANA 时区名，例如 Asia/Shanghai，或留空表示使用系统时区</translation>
    </message>
    <message>
        <source>expected an IP address and port such as 127.0.0.1:8787 or [::1]:8787 (port 0: any free port)</source>
        <translation>应为 IP 地址和端口，例如 127.0.0.1:8787 或 [::1]:8787（端口 0：任一空闲端口）</translation>
    </message>
    <message>
        <source>expected at least %2 characters (or leave it empty and let PayNudge generate one)</source>
        <translation>应至少 %2 个字符（或留空，由催付助手生成）</translation>
    </message>
    <message>
        <source>expected a loopback address such as 127.0.0.1:8787, or set [intake] token or tokenFile before accepting requests from other machines</source>
        <translation>应为本机回环地址，例如 127.0.0.1:8787；若要接受其他机器的请求，请先设置 [intake] token 或 tokenFile</translation>
    </message>
    <message>
        <source>expected an account key of 1-64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>应为由 1 到 64 个字母、数字、“_”或“-”组成的账号标识</translation>
    </message>
    <message>
        <source>expected a key no other account uses</source>
        <translation>应为其他账号未使用的标识</translation>
    </message>
    <message>
        <source>expected an AppID like wx0123456789abcdef (wx + 16 hex digits)</source>
        <translation>应为形如 wx0123456789abcdef 的 AppID（wx 加 16 位十六进制数字）</translation>
    </message>
    <message>
        <source>expected either secretEnv or secretFile, not both</source>
        <translation>secretEnv 和 secretFile 只能二选一</translation>
    </message>
    <message>
        <source>expected the URL of the shop&apos;s token service (tokenSource=url needs it)</source>
        <translation>应为店铺令牌服务的地址（tokenSource=url 时必填）</translation>
    </message>
    <message>
        <source>expected the template id to send with (required when appid is set)</source>
        <translation>应为发送所用的模板 ID（填写了 AppID 时必填）</translation>
    </message>
    <message>
        <source>expected a template key such as thing2 or keyword1</source>
        <translation>应为模板字段名，例如 thing2 或 keyword1</translation>
    </message>
    <message>
        <source>expected a well-formed INI file</source>
        <translation>应为格式正确的 INI 文件</translation>
    </message>
    <message>
        <source>expected a readable INI file</source>
        <translation>应为可读取的 INI 文件</translation>
    </message>
    <message>
        <source>expected a configuration PayNudge can read</source>
        <translation>应为催付助手能读取的配置</translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation>无法读取配置文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the configuration %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write a temporary copy of the configuration: %1</source>
        <translation>无法写入配置的临时副本：%1</translation>
    </message>
    <message>
        <source>nothing valid to write</source>
        <translation>没有可写入的有效配置</translation>
    </message>
    <message>
        <source>[%1] = &quot;%2&quot;: %3</source>
        <translation>[%1] = &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>cannot create the folder for the store %1</source>
        <translation>无法为数据库 %1 创建文件夹</translation>
    </message>
    <message>
        <source>another PayNudge (pid %1 on %2) is already using this store; stop it first, or give this one its own --data-dir (lock file: %3)</source>
        <translation>另一个 PayNudge（%2 上的进程 pid %1）正在使用这个数据库；请先停止它，或给这一个另指定 --data-dir（锁文件：%3）</translation>
    </message>
    <message>
        <source>the previous PayNudge (pid %1) is no longer running, but its lock file %2 cannot be replaced because: %3. Free space on the disk that holds %4, or make that folder writable for this user, then start PayNudge again</source>
        <translation>上一个 PayNudge（进程 pid %1）已不在运行，但它的锁文件 %2 无法替换，原因：%3。请清理 %4 所在磁盘的空间，或让当前用户可以写入该文件夹，然后重新启动 PayNudge</translation>
    </message>
    <message>
        <source>no permission to create the lock file %1</source>
        <translation>没有权限创建锁文件 %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 (%2)</source>
        <translation>无法创建锁文件 %1（%2）</translation>
    </message>
    <message>
        <source>the store %1 held orders (PayNudge first opened it %2) and is now empty (0 bytes). Starting would begin with an empty store and those orders would be gone. Stop here: restore the store from a backup (%3, or your own copy) or find out what removed it; if you really want to start with no orders, run PayNudge once with --start-empty</source>
        <translation>数据库 %1 曾保存有订单（PayNudge 首次打开它的时间：%2），现在却是空的（0 字节）。此时启动将从空数据库开始，那些订单就会丢失。请先停下：从备份（%3，或您自己的副本）恢复数据库，或查明是什么删除了它；如果确实要在没有订单的情况下开始，请用 --start-empty 运行一次 PayNudge</translation>
    </message>
    <message>
        <source>the store %1 held orders (PayNudge first opened it %2) and is now missing. Starting would begin with an empty store and those orders would be gone. Stop here: restore the store from a backup (%3, or your own copy) or find out what removed it; if you really want to start with no orders, run PayNudge once with --start-empty</source>
        <translation>数据库 %1 曾保存有订单（PayNudge 首次打开它的时间：%2），现在却不见了。此时启动将从空数据库开始，那些订单就会丢失。请先停下：从备份（%3，或您自己的副本）恢复数据库，或查明是什么删除了它；如果确实要在没有订单的情况下开始，请用 --start-empty 运行一次 PayNudge</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite: %2)</source>
        <translation>数据库 %1 已损坏（SQLite：%2）</translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite: %2). Stop PayNudge and keep a copy of the file (with its -wal and -shm files, if any); then restore the latest backup from %3 (see the README, &quot;Backup and restore&quot;), or run `paynudge doctor` to see what it finds</source>
        <translation>数据库 %1 已损坏（SQLite：%2）。请停止 PayNudge，并保留该文件的副本（如有 -wal 和 -shm 文件，一并保留）；然后从 %3 恢复最近的备份（见 README 的“备份与恢复”），或运行 `paynudge doctor` 查看它发现了什么</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging (is it on a network drive?)</source>
        <translation>无法将 %1 切换为预写日志模式（它是否在网络驱动器上？）</translation>
    </message>
    <message>
        <source>cannot set %1: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the meta table: %1</source>
        <translation>无法创建元数据表：%1</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this PayNudge understands (%3); use a newer PayNudge</source>
        <translation>数据库 %1 的结构版本为 %2，比这个 PayNudge 能识别的版本（%3）更新；请使用更新版本的 PayNudge</translation>
    </message>
    <message>
        <source>cannot start the migration transaction: %1</source>
        <translation>无法开始数据库升级事务：%1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation>无法提交数据库升级：%1</translation>
    </message>
    <message>
        <source>the configuration %1 has %2 problem(s); nothing was started:</source>
        <translation>配置文件 %1 有 %2 个问题；没有启动任何内容：</translation>
    </message>
    <message>
        <source>skipped by %1</source>
        <translation>已由 %1 跳过</translation>
    </message>
    <message>
        <source>skipped by operator</source>
        <translation>已由操作员跳过</translation>
    </message>
    <message>
        <source>marked sent by %1</source>
        <translation>已由 %1 标记为已发送</translation>
    </message>
    <message>
        <source>marked sent by operator</source>
        <translation>已由操作员标记为已发送</translation>
    </message>
    <message>
        <source>order paid</source>
        <translation>订单已支付</translation>
    </message>
    <message>
        <source>order closed</source>
        <translation>订单已关闭</translation>
    </message>
    <message>
        <source>paid before the order arrived</source>
        <translation>订单到达之前已支付</translation>
    </message>
    <message>
        <source>closed before the order arrived</source>
        <translation>订单到达之前已关闭</translation>
    </message>
    <message>
        <source>order closed before the reminder could be sent</source>
        <translation>提醒发出之前订单已关闭</translation>
    </message>
    <message>
        <source>PayNudge stopped while this request was in flight</source>
        <translation>这次请求尚未完成时 PayNudge 停止了</translation>
    </message>
    <message>
        <source>not sent: the account&apos;s settings changed before it was sent</source>
        <translation>未发送：发送之前账号的设置已更改</translation>
    </message>
    <message>
        <source>not sent: account %1 is not configured to send for real</source>
        <translation>未发送：账号 %1 未配置为真实发送</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有回应</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内没有回应</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>服务器回应了 HTTP 状态 %1 %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>回应不是 JSON 对象</translation>
    </message>
    <message>
        <source>the answer carries no errcode</source>
        <translation>回应中没有 errcode</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>订单接收接口没有启动：%1%2</translation>
    </message>
    <message>
        <source>%1 did not answer like WeChat (%2): check apiBase in [wechat]</source>
        <translation>%1 的回应不像微信（%2）：请检查 [wechat] 中的 apiBase</translation>
    </message>
    <message>
        <source>could not get an access token from WeChat&apos;s stable_token API: %1</source>
        <translation>无法从微信的 stable_token 接口获取访问令牌（access_token）：%1</translation>
    </message>
    <message>
        <source>could not get an access token from WeChat&apos;s token API: %1</source>
        <translation>无法从微信的 access_token 接口获取访问令牌（access_token）：%1</translation>
    </message>
    <message>
        <source>could not get an access token from the shop&apos;s token service: %1</source>
        <translation>无法从店铺的令牌服务获取访问令牌（access_token）：%1</translation>
    </message>
    <message>
        <source>Template %2 of account %1 is not among the %3 template(s) WeChat lists for it: every send fails (errcode 40037). Choose the template in Settings → Accounts → Message (Load templates from WeChat), or correct templateId in [accounts/%1].</source>
        <translation>账号 %1 的模板 %2 不在微信为它列出的 %3 个模板中：每次发送都会失败（错误码 40037）。请在“设置 → 账号 → 消息”中选择模板（从微信读取模板），或修正 [accounts/%1] 中的 templateId。</translation>
    </message>
    <message>
        <source>Account %1 names no fields/… and its template %2 is not among the %3 template(s) WeChat lists for it: nothing can be sent. Choose the template in Settings → Accounts → Message (Load templates from WeChat), or set templateId and fields/KEY= in [accounts/%1].</source>
        <translation>账号 %1 没有设置 fields/…，且它的模板 %2 不在微信为它列出的 %3 个模板中：无法发送。请在“设置 → 账号 → 消息”中选择模板（从微信读取模板），或在 [accounts/%1] 中设置 templateId 和 fields/模板键=。</translation>
    </message>
    <message>
        <source>Account %1 names no fields/… and its template list could not be read (%2): nothing is sent until the mapping is known. Set fields/KEY= in [accounts/%1] (Settings → Accounts → Message).</source>
        <translation>账号 %1 没有设置 fields/…，且读不到它的模板列表（%2）：在映射确定之前不会发送。请在 [accounts/%1] 中设置 fields/模板键=（设置 → 账号 → 消息）。</translation>
    </message>
    <message>
        <source>template %1 (%2): %3</source>
        <translation>模板 %1（%2）：%3</translation>
    </message>
    <message>
        <source>The template needs %1, which the mapping leaves empty: WeChat refuses every send (errcode 47003).</source>
        <translation>模板需要 %1，但映射没有填写：微信会拒绝每次发送（错误码 47003）。</translation>
    </message>
    <message>
        <source>The mapping fills %1, which the template does not have: customers never see it.</source>
        <translation>映射填写了 %1，但模板没有这些字段：顾客永远看不到。</translation>
    </message>
    <message>
        <source>%1 takes only the values the template lists: WeChat refuses any other (errcode 47003).</source>
        <translation>%1 只能取模板列出的值：其他值微信会拒绝（错误码 47003）。</translation>
    </message>
    <message>
        <source>No shown key tells when the order closes ({close_at}, {close_in} or {close_after}): the customer is not asked to pay in time.</source>
        <translation>没有任何显示的字段说明订单何时关闭（{close_at}、{close_in} 或 {close_after}）：顾客不知道要及时付款。</translation>
    </message>
    <message>
        <source>No shown key names the order ({order_no} or {product}): the customer cannot tell which order it is.</source>
        <translation>没有任何显示的字段说明是哪笔订单（{order_no} 或 {product}）：顾客无法分辨。</translation>
    </message>
    <message>
        <source>empty; an amount must be shown (check the pattern, e.g. {amount})</source>
        <translation>为空；必须显示金额（请检查填写规则，例如 {amount}）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount WeChat takes (one currency sign and up to 10 digits, e.g. ¥128.50)</source>
        <translation>“%1”不是微信接受的金额（一个货币符号加最多 10 位数字，例如 ¥128.50）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than the 10 digits WeChat takes</source>
        <translation>“%1”超过了微信接受的 10 位数字</translation>
    </message>
    <message>
        <source>empty, and WeChat refuses an empty %1</source>
        <translation>为空，而微信拒绝空的 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 24-hour time WeChat takes (e.g. 15:01 or 2026-03-02 15:01)</source>
        <translation>“%1”不是微信接受的 24 小时制时间（例如 15:01 或 2026-03-02 15:01）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date WeChat takes (e.g. 2026-03-02 or 2026年3月2日)</source>
        <translation>“%1”不是微信接受的日期（例如 2026-03-02 或 2026年3月2日）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values the template allows (%2)</source>
        <translation>“%1”不是模板允许的值之一（%2）</translation>
    </message>
    <message>
        <source>more than 32 digits: a cut number would be a wrong number</source>
        <translation>超过 32 位数字：截断后的数字就是错的数字</translation>
    </message>
    <message>
        <source>%1 characters, WeChat allows %2; not shortened (tooLong=fail)</source>
        <translation>%1 个字符，微信最多允许 %2 个；未缩短（tooLong=fail）</translation>
    </message>
    <message>
        <source>%1 (fixed text in the mapping)</source>
        <translation>%1（映射中的固定文字）</translation>
    </message>
    <message>
        <source>%2. Every reminder of the account would be refused the same way: fix fields/%1 of the account, then resume it.</source>
        <translation>%2。该账号的每条提醒都会同样被拒绝：请修正该账号的 fields/%1，然后恢复该账号。</translation>
    </message>
    <message>
        <source>paused by operator</source>
        <translation>由操作员暂停</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>由 %1 暂停</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>WeChat rejects every message of account %1: template &quot;%2&quot; needs a value for %3, which the field mapping does not fill (errcode 47003: &quot;%4&quot;); add fields/%3 in [accounts/%1], then resume the account</source>
        <translation>微信拒绝账号 %1 的每条消息：模板“%2”需要 %3 的值，但字段映射没有填写（错误码 47003：“%4”）；请在 [accounts/%1] 中添加 fields/%3，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejects every message of account %1: the field mapping fills %2 with the fixed text &quot;%3&quot;, which WeChat does not accept for this key (errcode 47003: &quot;%4&quot;); change fields/%2 in [accounts/%1] to a value of the key&apos;s type, then resume the account</source>
        <translation>微信拒绝账号 %1 的每条消息：字段映射给 %2 填了固定文字“%3”，微信不接受该字段取这个值（错误码 47003：“%4”）；请把 [accounts/%1] 中的 fields/%2 改为符合该字段类型的值，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): the field mapping fields/%5 = &quot;%6&quot; gives values WeChat does not accept for %5; check it in [accounts/%1] against the template&apos;s key types, then resume the account</source>
        <translation>微信连续拒绝了账号 %1 发给 %2 位不同顾客的消息（错误码 %3：“%4”）：字段映射 fields/%5 = “%6” 给出的值微信不接受；请对照模板的字段类型检查 [accounts/%1] 中的这一项，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): check the field mapping of [accounts/%1] against the template &quot;%5&quot;, then resume the account</source>
        <translation>微信连续拒绝了账号 %1 发给 %2 位不同顾客的消息（错误码 %3：“%4”）：请对照模板“%5”检查 [accounts/%1] 的字段映射，然后恢复该账号</translation>
    </message>
    <message>
        <source>WeChat rejected the messages of account %1 to %2 different customers in a row (errcode %3: &quot;%4&quot;): the fixed text of the field mapping or the link of [accounts/%1] is the likely cause; change it, then resume the account</source>
        <translation>微信连续拒绝了账号 %1 发给 %2 位不同顾客的消息（错误码 %3：“%4”）：很可能是 [accounts/%1] 字段映射中的固定文字或链接所致；请修改后恢复该账号</translation>
    </message>
    <message>
        <source>expected a duration from %2 to %3, in seconds (90) or with a unit: 90s, 10m, 1.5h, 2h30m, 1d</source>
        <translation>应为 %2 到 %3 之间的时长，写秒数（90）或带单位：90s（秒）、10m（分钟）、1.5h（小时）、2h30m、1d（天）</translation>
    </message>
    <message>
        <source>superseded: an operator&apos;s send of this order reaches the customer within %1</source>
        <translation>已被取代：操作员手动发送的这笔订单提醒会在 %1 内送达顾客</translation>
    </message>
    <message>
        <source>superseded: a later round of this order is due as well and goes out instead</source>
        <translation>已被取代：这笔订单后面一轮提醒也已到期，改发那一轮</translation>
    </message>
    <message>
        <source>%1 (an earlier attempt of this one may have been delivered)</source>
        <translation>%1（这一轮之前的一次发送可能已经送达）</translation>
    </message>
    <message>
        <source>late: it would go out %1 after its due time, more than [reminder] lateLimit (%2)</source>
        <translation>太迟：它会比预定时间晚 %1 发出，超过了设置的最大延迟（%2，[reminder] lateLimit），因此跳过</translation>
    </message>
    <message>
        <source>%1 must be an amount in yuan such as 128.00 or ¥1,280.50</source>
        <translation>%1 应为以元为单位的金额，例如 128.00 或 ¥1,280.50：请在文件中改正这一行后重新导入</translation>
    </message>
    <message>
        <source>WeChat did not answer in time; check this computer&apos;s network</source>
        <translation>连接微信超时，请检查这台电脑的网络</translation>
    </message>
    <message>
        <source>the connection to WeChat was refused; check this computer&apos;s network and its proxy settings</source>
        <translation>连接微信被拒绝，请检查这台电脑的网络和代理设置</translation>
    </message>
    <message>
        <source>WeChat&apos;s server %1 could not be found; check that this computer is online</source>
        <translation>找不到微信服务器 %1，请检查这台电脑是否已联网</translation>
    </message>
    <message>
        <source>the secure connection to WeChat failed; check this computer&apos;s date and time, and that no proxy or security software intercepts it</source>
        <translation>与微信的安全连接失败，请检查这台电脑的日期和时间，以及代理或安全软件是否拦截了连接</translation>
    </message>
    <message>
        <source>the connection to WeChat broke off; check this computer&apos;s network</source>
        <translation>与微信的连接中断，请检查这台电脑的网络</translation>
    </message>
    <message>
        <source>not sent, retrying: %1</source>
        <translation>未发出，稍后会自动重试：%1</translation>
    </message>
    <message>
        <source>no answer, retrying with the same client_msg_id: %1</source>
        <translation>微信没有回应，稍后会自动重试（同一条消息，顾客不会收到两次）：%1</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>no answer, and this kind of message carries no client_msg_id: a resend could reach the customer twice; last error: %1</source>
        <translation>微信没有回应，而这类消息没有防重编号：再发一次可能让顾客收到两条，请在待付款订单里确认后再决定；最后的错误：%1</translation>
    </message>
    <message>
        <source>an attempt may have been delivered and WeChat drops a repeat only within %1 minutes of it; last error: %2</source>
        <translation>之前的一次发送可能已送达，而微信只在其后 %1 分钟内丢弃重复消息：再发一次可能让顾客收到两条，请在待付款订单里确认后再决定；最后的错误：%2</translation>
    </message>
    <message>
        <source>PayNudge stopped while this request was in flight; retrying with the same client_msg_id</source>
        <translation>发送途中催付助手停止了运行；将用同一防重编号重试，顾客不会收到两条</translation>
    </message>
    <message>
        <source>expected either %2 or %3, not both</source>
        <translation>%2 和 %3 只能填一个</translation>
    </message>
    <message>
        <source>expected [shopdb] database, the name of the shop&apos;s database, which the queries are run in</source>
        <translation>请填写 [shopdb] database，即店铺数据库的名称，查询在其中运行</translation>
    </message>
    <message>
        <source>expected unpaidQuery (or profile=xg) for the payment check; set check=false to send without it</source>
        <translation>付款核对需要 unpaidQuery（或 profile=xg）；若不核对就发送，请设 check=false</translation>
    </message>
    <message>
        <source>expected a column name of letters, digits and _, such as price</source>
        <translation>请填写只含字母、数字和下划线（_）的列名</translation>
    </message>
    <message>
        <source>the shop&apos;s database refused the query: %2</source>
        <translation>店铺数据库拒绝了该查询：%2</translation>
    </message>
    <message>
        <source>the query&apos;s result has no column %2 (name the columns like the intake API&apos;s fields: %3)</source>
        <translation>查询结果缺少列 %2（列名请与接单接口的字段同名：%3）</translation>
    </message>
    <message>
        <source>the query must use the placeholder %2</source>
        <translation>查询必须使用占位符 %2</translation>
    </message>
    <message>
        <source>the database driver %1 is not installed; install the package %2</source>
        <translation>未安装数据库驱动 %1；请安装软件包 %2</translation>
    </message>
    <message>
        <source>cannot connect to the shop&apos;s database %1: %2</source>
        <translation>无法连接店铺数据库 %1：%2</translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; reminders wait for the payment check</source>
        <translation>自 %1 起无法连接店铺数据库：%2；提醒暂缓发送，等待付款核对恢复</translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; reminders go out without the payment check</source>
        <translation>自 %1 起无法连接店铺数据库：%2；提醒不经付款核对照常发送</translation>
    </message>
    <message>
        <source>the shop&apos;s payment check has failed since %1: %2; reminders wait for it</source>
        <translation>自 %1 起店铺的付款核对接口一直失败：%2；提醒暂缓发送，等待其恢复</translation>
    </message>
    <message>
        <source>the shop&apos;s payment check has failed since %1: %2; reminders go out without it</source>
        <translation>自 %1 起店铺的付款核对接口一直失败：%2；提醒不经核对照常发送</translation>
    </message>
    <message>
        <source>shop database unreachable since %1: %2; new orders are read once it answers</source>
        <translation>自 %1 起无法连接店铺数据库：%2；恢复连接后再读取新订单</translation>
    </message>
    <message>
        <source>paid — shop check</source>
        <translation>已付款——店铺核对</translation>
    </message>
    <message>
        <source>skipped: the order closed while the shop&apos;s payment check could not run</source>
        <translation>已跳过：付款核对无法进行期间订单已关闭</translation>
    </message>
    <message>
        <source>PayNudge stopped while the reminder waited for the shop&apos;s payment check</source>
        <translation>PayNudge 停止时，这条提醒还在等待店铺的付款核对</translation>
    </message>
    <message>
        <source>cannot reach the store&apos;s database %1: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <source>the store&apos;s database has not answered since %1: %2; nothing is sent and new orders are refused until it answers again</source>
        <translation>数据库自 %1 起没有响应：%2；在它恢复之前不发送提醒，也不接收新订单</translation>
    </message>
    <message>
        <source>the engine that sent it stopped answering; %1 took the reminder over</source>
        <translation>发送它的引擎已无响应；%1 接手了这条提醒</translation>
    </message>
    <message>
        <source>another PayNudge named %1 is running with this store (on %2, process %3); give each PayNudge on a shared store its own name in [store] instance</source>
        <translation>另一个名为 %1 的催付助手正在使用这个数据库（在 %2 上，进程 %3）；请在 [store] instance 中给共用数据库的每个催付助手设置各自的名称</translation>
    </message>
    <message>
        <source>cannot read the password of the store&apos;s database: %1</source>
        <translation>无法读取数据库的密码：%1</translation>
    </message>
    <message>
        <source>not sent: the order was settled (paid or closed) meanwhile</source>
        <translation>未发送：订单在此期间已结清（已付款或已关闭）</translation>
    </message>
    <message>
        <source>the store %1 already holds orders; store-copy fills only an empty store</source>
        <translation>数据库 %1 里已有订单；store-copy 只能导入到空的数据库</translation>
    </message>
    <message>
        <source>cannot read the SQLite store %1: %2</source>
        <translation>无法读取 SQLite 数据文件 %1：%2</translation>
    </message>
    <message>
        <source>there is no SQLite store at %1</source>
        <translation>%1 处没有 SQLite 数据文件</translation>
    </message>
    <message>
        <source>%1 is not a PayNudge store (it has no schema version)</source>
        <translation>%1 不是催付助手的数据文件（没有结构版本）</translation>
    </message>
    <message>
        <source>a running PayNudge (pid %2 on %3) uses the store %1; stop it first, so that no order it accepts after the copy is left behind</source>
        <translation>一个正在运行的催付助手（%3 上的进程 %2）正在使用数据文件 %1；请先停止它，以免它在复制之后收到的订单被遗漏</translation>
    </message>
    <message>
        <source>the copy into %1 failed and was undone; the store holds nothing of it: %2</source>
        <translation>复制到 %1 失败并已撤销，那里没有留下任何复制的数据：%2</translation>
    </message>
    <message>
        <source>store-copy fills the PostgreSQL store of [store] backend=postgres; this configuration&apos;s backend is %1</source>
        <translation>store-copy 只写入 [store] backend=postgres 所指的 PostgreSQL 数据库；此配置的 backend 是 %1</translation>
    </message>
    <message>
        <source>the store %1 already holds rows in %2; store-copy fills only an empty store</source>
        <translation>数据库 %1 的 %2 表中已有数据；store-copy 只能导入到空的数据库</translation>
    </message>
    <message>
        <source>the customer %1 is on the do-not-remind list (%2); nothing is sent to them, by hand either</source>
        <translation>顾客 %1 在免打扰名单上（%2）；不会给他发送任何提醒，手动发送也不行</translation>
    </message>
    <message>
        <source>expected 1 to %2 different delays after the order is placed, or before it closes (close-30m), each from %3 to %4, in seconds or with a unit (s, m, h, d), e.g. &quot;10m&quot; or &quot;10m, close-30m&quot; (or &quot;600, 5400&quot;)</source>
        <translation>应为 1 到 %2 个互不相同的下单后时长，或关单前时长（close-30m），每个在 %3 到 %4 之间，写秒数或带单位（s 秒、m 分钟、h 小时、d 天），例如 &quot;10m&quot; 或 &quot;10m, close-30m&quot;（或 &quot;600, 5400&quot;）</translation>
    </message>
    <message>
        <source>expected 0 (no maximum) or at least minAmountFen (%2)</source>
        <translation>应为 0（不设上限）或不小于 minAmountFen（%2）</translation>
    </message>
    <message>
        <source>expected two or more different names such as a,b (letters, digits and _, up to 16, not round1…)</source>
        <translation>应为两个或更多互不相同的名称，例如 a,b（字母、数字和 _，最多 16 个字符，不能是 round1…）</translation>
    </message>
    <message>
        <source>expected one of the variants variants= names (%2)</source>
        <translation>应为 variants= 中列出的文案之一（%2）</translation>
    </message>
    <message>
        <source>[reminder] rounds has %2 rounds; this round is never sent</source>
        <translation>[reminder] rounds 只有 %2 轮；这一轮永远不会发送</translation>
    </message>
    <message>
        <source>its time falls before an earlier round of this order</source>
        <translation>它的时间早于本订单更早的一轮提醒</translation>
    </message>
    <message>
        <source>the customer is on the do-not-remind list (since %1, by %2: %3)</source>
        <translation>顾客在免打扰名单上（自 %1 起，由 %2 加入：%3）</translation>
    </message>
    <message>
        <source>the customer already got %1 reminders today; [policy] perCustomerDaily allows %2</source>
        <translation>顾客今天已收到 %1 条提醒；[policy] perCustomerDaily 只允许 %2 条</translation>
    </message>
    <message>
        <source>the customer paid order %1 %2 ago; [policy] skipIfPaidWithin is %3</source>
        <translation>顾客在 %2 前付了订单 %1；[policy] skipIfPaidWithin 为 %3</translation>
    </message>
    <message>
        <source>the order&apos;s amount %1 is below [policy] minAmountFen (%2)</source>
        <translation>订单金额 %1 低于 [policy] minAmountFen（%2）</translation>
    </message>
    <message>
        <source>the order&apos;s amount %1 is above [policy] maxAmountFen (%2)</source>
        <translation>订单金额 %1 高于 [policy] maxAmountFen（%2）</translation>
    </message>
    <message>
        <source>the product %1 matches nothing in [policy] productsInclude (%2)</source>
        <translation>商品 %1 不在 [policy] productsInclude（%2）之内</translation>
    </message>
    <message>
        <source>the product %1 matches [policy] productsExclude (%2)</source>
        <translation>商品 %1 符合 [policy] productsExclude（%2）</translation>
    </message>
    <message>
        <source>account %1 runs no split test with a text named %2</source>
        <translation>账号%1没有名为%2的文案测试</translation>
    </message>
    <message>
        <source>the split test of %1 ended, but the audit log could not record it: %2</source>
        <translation>%1的文案测试已结束，但操作记录没能写入：%2</translation>
    </message>
    <message>
        <source>the header must be &quot;openid&quot; or &quot;openid,reason&quot; (this file has &quot;%1&quot;)</source>
        <translation>表头必须是 &quot;openid&quot; 或 &quot;openid,reason&quot;（此文件是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>this openid repeats line %1 with a different reason</source>
        <translation>此 openid 与第 %1 行重复，但原因不同</translation>
    </message>
    <message>
        <source>its time falls before the order was placed</source>
        <translation>提醒时间早于下单时间</translation>
    </message>
    <message>
        <source>order closes before the reminder is due</source>
        <translation>到提醒时间时订单已关闭</translation>
    </message>
    <message>
        <source>due in quiet hours (policy: skip)</source>
        <translation>提醒时间在免打扰时段内（设置为跳过）</translation>
    </message>
    <message>
        <source>quiet hours last until after the order closes</source>
        <translation>免打扰时段结束时订单已关闭</translation>
    </message>
</context>
<context>
    <name>paynudge::FieldBindings</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>paynudge::GeneralPage</name>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Start PayNudge in the system tray when I log in</source>
        <translation>登录时在系统托盘中启动催付助手</translation>
    </message>
    <message>
        <source>Startup:</source>
        <translation>启动：</translation>
    </message>
    <message>
        <source>Default: in the data folder</source>
        <translation>默认：数据文件夹中</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite)</source>
        <translation>SQLite 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>In use now: %1
A new location is used from the next start; the current store is not moved.</source>
        <translation>当前使用：%1
新位置将在下次启动时使用；现有数据库不会被移动。</translation>
    </message>
    <message>
        <source>Start on login could not be changed: %1</source>
        <translation>无法更改登录时启动设置：%1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryCsv</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Msgid</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>HTTP attempts</source>
        <translation>HTTP 尝试次数</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Sent by engine</source>
        <translation>发送引擎</translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Errcode</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Msgid</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>manual (%1)</source>
        <translation>手动（%1）</translation>
    </message>
    <message>
        <source>rehearsed only: the customer received nothing (double-click to see the message)</source>
        <translation>仅演练，顾客没有收到（双击查看消息）</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送引擎</translation>
    </message>
</context>
<context>
    <name>paynudge::HistoryView</name>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export send history</source>
        <translation>导出发送记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the send history…</source>
        <translation>正在导出发送记录…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未能写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up at WeChat…</source>
        <translation>在微信查询…</translation>
    </message>
    <message>
        <source>WeChat&apos;s own record of the selected failed send: when it arrived, from which IP, what WeChat received and answered (settles a 40164 at once).</source>
        <translation>微信对所选失败发送的记录：何时到达、来自哪个 IP、微信收到了什么又如何回复（可立即查清 40164）。</translation>
    </message>
    <message>
        <source>Order number, customer or product (Ctrl+F)</source>
        <translation>订单号、顾客昵称或商品 (Ctrl+F)</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Skipped by: %1</source>
        <translation>跳过原因：%1</translation>
    </message>
    <message>
        <source>Only the reminders a rule skipped: which rule is the reason of each row.</source>
        <translation>只看被规则跳过的提醒：每一行的原因就是跳过它的规则。</translation>
    </message>
</context>
<context>
    <name>paynudge::ImportDialog</name>
    <message>
        <source>Import orders from CSV</source>
        <translation>从 CSV 导入订单</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The store failed; nothing was stored: %1</source>
        <translation>数据库写入失败，未导入任何订单：%1</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 already there, %4 conflicting</source>
        <translation>已导入 %1：新增 %2 个，已存在 %3 个，冲突 %4 个</translation>
    </message>
    <message numerus="yes">
        <source>%n new order(s) stored.</source>
        <translation>
            <numerusform>已新增 %n 个订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) were already there and were left as they are.</source>
        <translation>
            <numerusform>%n 个订单此前已存在，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name an order number already used for another order; they were not stored.</source>
        <translation>
            <numerusform>%n 行的订单号已被其他订单占用，未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>导入 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.</source>
        <translation>此文件无法导入，未导入任何订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file</source>
        <translation>
            <numerusform>文件共 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n 行可导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad line(s), not imported</source>
        <translation>
            <numerusform>%n 行有误，不导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) counted once</source>
        <translation>
            <numerusform>%n 行重复，只计一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — the first %n row(s) as read</source>
        <translation>
            <numerusform>预览 — 读到的前 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <source>Wrong kind of value</source>
        <translation>值的类型不对</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>值无效</translation>
    </message>
    <message>
        <source>Invalid text</source>
        <translation>文本无效</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>未知的列</translation>
    </message>
    <message>
        <source>Account not configured</source>
        <translation>账号未配置</translation>
    </message>
    <message>
        <source>Order number already used</source>
        <translation>订单号已被占用</translation>
    </message>
    <message>
        <source>Choose a CSV file of orders, such as the unpaid orders exported from the shop&apos;s back office. Its header row names the columns: 订单号, OpenID, 商品, 金额(元), 下单时间, and 昵称, 账号 if there is more than one account (or order_no, account, openid, product, amount_fen, placed_at, …).</source>
        <translation>请选择订单的 CSV 文件，例如从店铺后台导出的待支付订单。首行写列名：订单号、OpenID、商品、金额(元)、下单时间，可选昵称；有多个账号时还需要“账号”列（也可以用英文列名 order_no、account、openid、product、amount_fen、placed_at 等）。</translation>
    </message>
    <message>
        <source>Correct the file (in Excel, save it again as &quot;CSV UTF-8&quot;) and choose it again.</source>
        <translation>请改正文件（在 Excel 中另存为“CSV UTF-8”），然后重新选择它。</translation>
    </message>
    <message>
        <source>Bad lines — not imported (%1); correct them in the file and import it again: orders already imported are not stored twice</source>
        <translation>有误的行 — 不导入（%1）；请在文件中改正后重新导入：已导入的订单不会重复保存</translation>
    </message>
</context>
<context>
    <name>paynudge::IntakePage</name>
    <message>
        <source>Accept orders from the shop&apos;s backend over HTTP</source>
        <translation>通过 HTTP 接收店铺后台推送的订单</translation>
    </message>
    <message>
        <source>Intake API on</source>
        <translation>启用订单接口</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copies the whole token to the clipboard, for the shop&apos;s backend</source>
        <translation>将完整令牌复制到剪贴板，供店铺后台使用</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>重新生成…</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>optional: a file holding the token</source>
        <translation>可选：存放令牌的文件</translation>
    </message>
    <message>
        <source>Token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>The shop&apos;s backend sends every order to POST /api/v1/orders with the header &quot;Authorization: Bearer &lt;token&gt;&quot;. A new address takes effect when saved.</source>
        <translation>店铺后台通过 POST /api/v1/orders 推送每个订单，并带上请求头 &quot;Authorization: Bearer &lt;令牌&gt;&quot;。新地址保存后即生效。</translation>
    </message>
    <message>
        <source>The token cannot be read: %1</source>
        <translation>无法读取令牌：%1</translation>
    </message>
    <message>
        <source>The token is written in the configuration file ([intake] token): change it there, or remove it and PayNudge keeps one in the keychain.</source>
        <translation>令牌写在配置文件中（[intake] token）：请在那里修改，或将其删除，由催付助手在钥匙串中保存一个。</translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation>保存在 %1。</translation>
    </message>
    <message>
        <source>Regenerate the intake token?</source>
        <translation>重新生成订单接口令牌？</translation>
    </message>
    <message>
        <source>The current token stops working at once: the shop&apos;s backend is refused until it sends the new one.</source>
        <translation>当前令牌将立即失效：在店铺后台改用新令牌之前，它的请求都会被拒绝。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>the token is written in the configuration file</source>
        <translation>令牌写在配置文件中</translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation>令牌未更改：%1</translation>
    </message>
    <message>
        <source>PayNudge reminds customers of orders it knows about. Orders get here in one of two ways:
• Automatically: the shop&apos;s system (set up once by the shop&apos;s developer or the company that built the shop) passes each new order, and its payment, to PayNudge.
• By hand: export the unpaid orders from the shop&apos;s back office and import the file (File → Import orders from CSV…); Chinese column names and amounts in yuan are understood.</source>
        <translation>催付助手只会提醒它知道的订单。订单可以通过两种方式进来：
• 自动：由店铺的开发人员（或搭建店铺的服务商）设置一次，店铺系统就会把每笔新订单及其付款情况自动传给催付助手。
• 手动：从店铺后台导出待支付订单，再导入文件（文件 → 从 CSV 导入订单…）；支持中文列名和以元为单位的金额。</translation>
    </message>
    <message>
        <source>For the shop&apos;s developer</source>
        <translation>给店铺开发人员</translation>
    </message>
    <message>
        <source>How orders arrive</source>
        <translation>订单来源</translation>
    </message>
</context>
<context>
    <name>paynudge::ListTab</name>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>paynudge::MainWindow</name>
    <message>
        <source>PayNudge — 催付助手</source>
        <translation>催付助手</translation>
    </message>
    <message>
        <source>&amp;Pending orders</source>
        <translation>待付款订单(&amp;P)</translation>
    </message>
    <message>
        <source>Send &amp;history</source>
        <translation>发送记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;kip reminder</source>
        <translation>跳过提醒(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>重新发送(&amp;R)…</translation>
    </message>
    <message>
        <source>Unknown: &amp;mark sent</source>
        <translation>未知：标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <source>Unknown: resen&amp;d</source>
        <translation>未知：重新发送(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pause all sending</source>
        <translation>暂停全部发送(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export history as CSV…</source>
        <translation>将发送记录导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Pause &amp;account</source>
        <translation>暂停账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resume &amp;all sending</source>
        <translation>恢复全部发送(&amp;A)</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>发送已暂停</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
    <message numerus="yes">
        <source>Running — %n account(s) paused</source>
        <translation>
            <numerusform>运行中——%n 个账号已暂停</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>No reminder scheduled</source>
        <translation>暂无待发提醒</translation>
    </message>
    <message>
        <source>Next reminder in %1</source>
        <translation>%1 后发送下一条提醒</translation>
    </message>
    <message>
        <source>PayNudge — 催付助手 — DEMO (sample data, nothing is sent)</source>
        <translation>催付助手——演示（示例数据，不会发送任何消息）</translation>
    </message>
    <message>
        <source>&amp;Import orders from CSV…</source>
        <translation>从 CSV 导入订单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Check &amp;setup…</source>
        <translation>检查设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Degraded — %1</source>
        <translation>降级运行 — %1</translation>
    </message>
    <message>
        <source>Setup check&amp;list…</source>
        <translation>设置向导(&amp;L)…</translation>
    </message>
    <message>
        <source>Sending paused for every account</source>
        <translation>所有账号都已暂停发送</translation>
    </message>
    <message>
        <source>Sending is paused: no reminder goes out until you resume</source>
        <translation>发送已暂停：恢复之前不会发出任何提醒</translation>
    </message>
    <message>
        <source>Order &amp;details…</source>
        <translation>订单详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About PayNudge</source>
        <translation>关于催付助手(&amp;A)</translation>
    </message>
    <message>
        <source>Do &amp;not remind</source>
        <translation>免打扰(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>操作记录(&amp;U)</translation>
    </message>
    <message>
        <source>Do not remind this customer…</source>
        <translation>不再提醒此顾客…</translation>
    </message>
    <message>
        <source>Import do-not-remind &amp;list…</source>
        <translation>导入免打扰名单(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>paynudge::OperatorActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend reminders</source>
        <translation>重新发送提醒</translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s) now? Each is a new message to the customer, recorded as sent by hand (%1).</source>
        <translation>
            <numerusform>现在发送 %n 条提醒吗？每条都是发给顾客的一条新消息，记录为手动发送（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Some reminders were not resent</source>
        <translation>有些提醒未能重新发送</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued to resend</source>
        <translation>
            <numerusform>%n 条提醒已排队重新发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message numerus="yes">
        <source>Send the next reminder of %n order(s) now instead of at its due time?</source>
        <translation>
            <numerusform>现在就发送 %n 个订单的下一条提醒，而不是等到到期时间吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Some reminders were not sent now</source>
        <translation>有些提醒未能立即发送</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) sent now</source>
        <translation>
            <numerusform>已立即发送 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip reminders</source>
        <translation>跳过提醒</translation>
    </message>
    <message numerus="yes">
        <source>Skip the next reminder of %n order(s)? It will not be sent.</source>
        <translation>
            <numerusform>跳过 %n 个订单的下一条提醒吗？它将不会被发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Some reminders were not skipped</source>
        <translation>有些提醒未能跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reminder(s) as sent? Do this when the customer did get the message (check with them or in the WeChat admin console); nothing is sent.</source>
        <translation>
            <numerusform>将 %n 条提醒标记为已发送吗？请在确认顾客确实收到消息后这样做（可询问顾客或在微信公众平台查看）；不会发送任何消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n reminder(s) again? WeChat may already have delivered the first one: the customer could get it twice.</source>
        <translation>
            <numerusform>再次发送 %n 条提醒吗？微信可能已送达第一条：顾客可能会收到两次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve unknown reminders</source>
        <translation>处理结果未知的提醒</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Some reminders were not resolved</source>
        <translation>有些提醒未能处理</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) marked sent</source>
        <translation>
            <numerusform>已将 %n 条提醒标记为已发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) resent</source>
        <translation>
            <numerusform>已重新发送 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused for all accounts</source>
        <translation>已暂停全部账号的发送</translation>
    </message>
    <message>
        <source>Sending resumed</source>
        <translation>已恢复发送</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 已暂停</translation>
    </message>
    <message>
        <source>%1 resumed</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <source>Dry run: nothing is really sent to the customer; the message is only recorded.</source>
        <translation>演练：不会真正发送给顾客，只记录这条消息。</translation>
    </message>
    <message>
        <source>on the do-not-remind list (%1): nothing will be sent</source>
        <translation>在免打扰名单中（%1）：不会发送</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
</context>
<context>
    <name>paynudge::OptOutDialog</name>
    <message>
        <source>Do not remind this customer</source>
        <translation>不再提醒此顾客</translation>
    </message>
    <message>
        <source>PayNudge will send this customer no reminder at all, in any round, and refuses to send one by hand too, until they are removed from the list.</source>
        <translation>催付助手将不再向此顾客发送任何一轮提醒，手动发送也会被拒绝，直到把此顾客从名单中移除。</translation>
    </message>
    <message>
        <source>The customer&apos;s openid, e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</source>
        <translation>顾客的 openid，例如 oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</translation>
    </message>
    <message>
        <source>Openid:</source>
        <translation>Openid：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>Why, e.g. complained about reminders</source>
        <translation>原因，例如：投诉催付消息太多</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Do not remind</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>The store could not save it: %1</source>
        <translation>数据存储无法保存：%1</translation>
    </message>
    <message>
        <source>%1 will not be reminded</source>
        <translation>%1 将不再收到提醒</translation>
    </message>
    <message>
        <source>Reason changed for %1</source>
        <translation>已修改 %1 的原因</translation>
    </message>
</context>
<context>
    <name>paynudge::OptOutView</name>
    <message>
        <source>Search openid or reason</source>
        <translation>搜索 openid 或原因</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Customers on this list get no reminder at all, and none can be sent to them by hand. A CSV file to import has the header openid,reason.</source>
        <translation>名单中的顾客不会收到任何提醒，也不能手动向他们发送。要导入的 CSV 文件表头为 openid,reason。</translation>
    </message>
    <message>
        <source>The list cannot be read now</source>
        <translation>暂时无法读取名单</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), the newest %1 shown</source>
        <translation>
            <numerusform>共 %n 位顾客，显示最新的 %1 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the do-not-remind list</source>
        <translation>从免打扰名单移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n customer(s) from the list? They will get reminders again for unpaid orders.</source>
        <translation>
            <numerusform>从名单中移除 %n 位顾客？他们的未付款订单将重新收到提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Some customers were not removed</source>
        <translation>部分顾客未能移除</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed from the do-not-remind list</source>
        <translation>
            <numerusform>已从免打扰名单移除 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Import do-not-remind list</source>
        <translation>导入免打扰名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <source>Nothing was added. Fix these lines and import the file again:</source>
        <translation>没有添加任何顾客。请修正以下各行后重新导入：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n customer(s) to the do-not-remind list? Listed ones get the file&apos;s reason.</source>
        <translation>
            <numerusform>将 %n 位顾客加入免打扰名单？已在名单中的顾客将改用文件中的原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The store could not save it; nothing was added: %1</source>
        <translation>数据存储无法保存，没有添加任何顾客：%1</translation>
    </message>
    <message>
        <source>Do-not-remind list: %1 added, %2 changed, %3 already listed</source>
        <translation>免打扰名单：新增 %1 位，修改 %2 位，%3 位已在名单中</translation>
    </message>
</context>
<context>
    <name>paynudge::OrderDetailDialog</name>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Skip reminder</source>
        <translation>跳过提醒</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>重新发送…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>This order is not in the store.</source>
        <translation>找不到这个订单，它不在本机保存的订单里。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>自动关闭时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催付提醒</translation>
    </message>
    <message>
        <source>No reminder is planned for this order.</source>
        <translation>这个订单没有安排催付提醒。</translation>
    </message>
    <message>
        <source>Resent by hand</source>
        <translation>手动重发</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>due</source>
        <translation>计划于</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人 %1</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>操作人 %1：%2</translation>
    </message>
    <message>
        <source>Part of this order could not be read from the store.</source>
        <translation>这个订单的部分记录读取失败，请稍后重新打开。</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经 %1 发送</translation>
    </message>
</context>
<context>
    <name>paynudge::PendingOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>下次提醒</translation>
    </message>
    <message>
        <source>Auto-close in</source>
        <translation>自动关闭倒计时</translation>
    </message>
    <message>
        <source>Rounds sent</source>
        <translation>已发轮次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>retry in %1</source>
        <translation>%1 后重试</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer to this reminder is unknown: mark it sent or resend it (Actions menu)</source>
        <translation>不知道微信对这条提醒的答复：请将其标记为已发送或重新发送（“操作”菜单）</translation>
    </message>
    <message>
        <source>no longer listed</source>
        <translation>已移出列表</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
    <message>
        <source>This order has left the list (%1); the row goes at the next re-sort — click a column header or press F5.</source>
        <translation>此订单已离开待付款列表（%1）；这一行在下次重新排序时移除——点击列标题或按 F5。</translation>
    </message>
    <message>
        <source>A new order, added at the end so that no row moves under the mouse; it takes its place at the next re-sort — click a column header or press F5.</source>
        <translation>新订单：先加在列表末尾，免得鼠标下的行移动；下次重新排序时归位——点击列标题或按 F5。</translation>
    </message>
</context>
<context>
    <name>paynudge::PendingView</name>
    <message>
        <source>Search order number or nickname (Ctrl+F)</source>
        <translation>搜索订单号或昵称（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation>%1 · 合计 %2</translation>
    </message>
</context>
<context>
    <name>paynudge::PolicyPage</name>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Reminders to one customer a day</source>
        <translation>每位顾客每天最多提醒</translation>
    </message>
    <message>
        <source>Counts every order and round of the customer, sent or on its way, per day in the shop&apos;s time zone. A reminder over the limit is skipped, and the history says why.</source>
        <translation>按店铺时区的自然日计算，包括该顾客所有订单、所有轮次中已发送和正在发送的提醒。超过上限的提醒会被跳过，历史记录里会写明原因。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Skip customers who paid within</source>
        <translation>跳过近期已付款的顾客，时长</translation>
    </message>
    <message>
        <source>No reminder to a customer who paid another order this recently (for example 1 day).</source>
        <translation>顾客在这段时间内付过另一笔订单的，不再提醒（例如 1 天）。</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <source>Smallest order reminded</source>
        <translation>提醒的最低订单金额</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Largest order reminded</source>
        <translation>提醒的最高订单金额</translation>
    </message>
    <message>
        <source>In yuan. Orders outside this range get no reminder.</source>
        <translation>单位为元。金额不在此范围内的订单不提醒。</translation>
    </message>
    <message>
        <source>e.g. 会员, 年卡, P1001 — empty: every product</source>
        <translation>例如 会员, 年卡, P1001 —— 留空：所有商品</translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation>只提醒这些商品</translation>
    </message>
    <message>
        <source>e.g. 赠品, P2002 — empty: none left out</source>
        <translation>例如 赠品, P2002 —— 留空：不排除任何商品</translation>
    </message>
    <message>
        <source>Never these products</source>
        <translation>不提醒这些商品</translation>
    </message>
    <message>
        <source>Words or product IDs separated by commas. A product matches when its name contains one of the words, or when the order&apos;s product_id is one of them.</source>
        <translation>用逗号分隔的关键词或商品编号。商品名称包含其中任一关键词，或订单的 product_id 是其中之一，即算匹配。</translation>
    </message>
    <message>
        <source>Each account may have its own rules: Accounts › Own rules.</source>
        <translation>每个账号可以有自己的规则：账号 › 账号规则。</translation>
    </message>
    <message>
        <source>Who is reminded</source>
        <translation>提醒对象</translation>
    </message>
</context>
<context>
    <name>paynudge::QuotaLabel</name>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls of %4 used today (%5 %), %6 left; WeChat said so at %7.</source>
        <translation>%1：今天 %4 已调用 %2 次，共 %3 次（%5 %），剩余 %6 次；微信于 %7 给出此数据。</translation>
    </message>
    <message>
        <source>%1: the quota could not be read: %2</source>
        <translation>%1：无法读取额度：%2</translation>
    </message>
    <message>
        <source>From 80 % used: at 100 % WeChat refuses every send (45009) until midnight Beijing time.</source>
        <translation>已用 80 % 以上：用满 100 % 后，微信会拒绝每次发送（45009），直到北京时间零点。</translation>
    </message>
    <message>
        <source>Quota today: %1</source>
        <translation>今日额度：%1</translation>
    </message>
</context>
<context>
    <name>paynudge::ReminderPage</name>
    <message>
        <source>Orders close after</source>
        <translation>订单自动关闭</translation>
    </message>
    <message>
        <source>e.g. 22:00-08:00; empty: none</source>
        <translation>例如 22:00-08:00；留空：无</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Send when quiet hours end (unless the order has closed)</source>
        <translation>免打扰结束后发送（订单已关闭则不发）</translation>
    </message>
    <message>
        <source>Skip the reminder</source>
        <translation>跳过这次提醒</translation>
    </message>
    <message>
        <source>Due in quiet hours</source>
        <translation>提醒落在免打扰时段</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>系统时区（%1）</translation>
    </message>
    <message>
        <source>Shop time zone</source>
        <translation>店铺时区</translation>
    </message>
    <message>
        <source>Reminders per batch</source>
        <translation>每批提醒数</translation>
    </message>
    <message>
        <source>Safety sweep every</source>
        <translation>兜底检查间隔</translation>
    </message>
    <message>
        <source>Sends in flight at most</source>
        <translation>最多同时发送</translation>
    </message>
    <message>
        <source>Changes apply to orders that arrive after saving; reminders already planned keep their times.</source>
        <translation>更改对保存后到达的订单生效；已排好的提醒保持原定时间。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>After the order is placed: %1</source>
        <translation>下单后：%1</translation>
    </message>
    <message>
        <source>= %1 after the order is placed, when the order gives no close time</source>
        <translation>= 下单后 %1（订单未给出关闭时间时）</translation>
    </message>
    <message>
        <source>Reminder plan</source>
        <translation>提醒计划</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Skip reminders late by more than</source>
        <translation>提醒延迟超过此时长则跳过</translation>
    </message>
    <message>
        <source>Remind after</source>
        <translation>下单后提醒</translation>
    </message>
    <message>
        <source>Advanced (engine tuning; the defaults suit most shops)</source>
        <translation>高级（发送引擎调优；默认值适合大多数店铺）</translation>
    </message>
    <message>
        <source>Two rounds at the same time: change or remove one.</source>
        <translation>有两轮提醒的时间相同：请修改或删除其中一轮。</translation>
    </message>
    <message>
        <source>Before the order closes: %1 (skipped when that is before an earlier round)</source>
        <translation>订单关闭前：%1（若早于前一轮提醒则跳过）</translation>
    </message>
</context>
<context>
    <name>paynudge::RidLookupDialog</name>
    <message>
        <source>WeChat&apos;s record of request %1</source>
        <translation>微信对请求 %1 的记录</translation>
    </message>
    <message>
        <source>Asking WeChat for its record of this request (account %1)…</source>
        <translation>正在向微信查询此请求的记录（账号 %1）…</translation>
    </message>
    <message>
        <source>Request id (rid):</source>
        <translation>请求 ID（rid）：</translation>
    </message>
    <message>
        <source>Arrived at WeChat:</source>
        <translation>到达微信：</translation>
    </message>
    <message>
        <source>Took:</source>
        <translation>耗时：</translation>
    </message>
    <message>
        <source>Caller&apos;s IP:</source>
        <translation>调用方 IP：</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>请求 URL：</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>请求内容：</translation>
    </message>
    <message>
        <source>WeChat answered:</source>
        <translation>微信的回复：</translation>
    </message>
    <message>
        <source>WeChat gave no record of this request: %1. WeChat keeps requests for 7 days and shows them only to the account that made them.</source>
        <translation>微信没有给出此请求的记录：%1。微信只保留 7 天内的请求，且只向发起请求的账号展示。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>WeChat saw this call come from %1, which is not in the account&apos;s IP whitelist: add exactly this address in the WeChat admin console (设置与开发 → 基本配置 → IP白名单).</source>
        <translation>微信看到此次调用来自 %1，该地址不在账号的 IP 白名单中：请在微信公众平台（设置与开发 → 基本配置 → IP白名单）中添加这个地址。</translation>
    </message>
    <message>
        <source>WeChat&apos;s own record of the request: what it received and what it answered.</source>
        <translation>微信自己的请求记录：它收到了什么、回复了什么。</translation>
    </message>
</context>
<context>
    <name>paynudge::RoundTexts</name>
    <message>
        <source>%1 after the order</source>
        <translation>下单后 %1</translation>
    </message>
    <message>
        <source>%1 before it closes</source>
        <translation>关闭前 %1</translation>
    </message>
    <message>
        <source>This round has its own text</source>
        <translation>此轮使用单独的文案</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>A round without a text of its own is sent with the account&apos;s template and fields (Message tab). With its own, it takes only its own fields — e.g. the last round can say that the order closes soon ({close_in}).</source>
        <translation>没有单独文案的轮次使用账号的模板和字段（“消息”页）。有单独文案时只用它自己的字段——例如最后一轮可以提醒订单即将关闭（{close_in}）。</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>不在提醒计划中</translation>
    </message>
    <message>
        <source>%1 › Template ID</source>
        <translation>%1 › 模板 ID</translation>
    </message>
    <message>
        <source>%1 › Template field %2</source>
        <translation>%1 › 模板字段 %2</translation>
    </message>
</context>
<context>
    <name>paynudge::RoundsEdit</name>
    <message>
        <source>Add a round</source>
        <translation>添加一轮</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this round</source>
        <translation>删除这一轮提醒</translation>
    </message>
    <message>
        <source>At most %1 rounds</source>
        <translation>最多 %1 轮</translation>
    </message>
    <message>
        <source>The file&apos;s value &quot;%1&quot; cannot be read: %2</source>
        <translation>配置文件里的值“%1”无法识别：%2</translation>
    </message>
    <message>
        <source>after the order is placed</source>
        <translation>下单后</translation>
    </message>
    <message>
        <source>before the order closes</source>
        <translation>订单关闭前</translation>
    </message>
</context>
<context>
    <name>paynudge::SettingsDialog</name>
    <message>
        <source>PayNudge Settings</source>
        <translation>催付助手设置</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation>已保存并生效。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved, but: %1</source>
        <translation>已保存，但是：%1</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be used — %3.</source>
        <translation>%1：“%2”无法使用——%3。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
</context>
<context>
    <name>paynudge::SetupCheckDialog</name>
    <message>
        <source>Check setup</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <source>Everything that can stop reminders: the configuration, the store, the files around it, the intake API, each WeChat account and the clock.</source>
        <translation>检查所有可能阻碍提醒发送的问题：配置文件、数据库及相关文件、订单接口、每个微信账号和系统时钟。</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Checking the setup…</source>
        <translation>正在检查设置…</translation>
    </message>
    <message>
        <source>Configuration: %1 · Data folder: %2</source>
        <translation>配置文件：%1 · 数据文件夹：%2</translation>
    </message>
</context>
<context>
    <name>paynudge::SetupChecklist</name>
    <message>
        <source>Setup checklist</source>
        <translation>设置向导</translation>
    </message>
    <message>
        <source>What PayNudge needs to remind your customers for real. Each step shows whether it is done; the button next to it leads to where you set it.</source>
        <translation>要真正给顾客发送催付提醒，催付助手需要以下设置。每一步都显示是否完成；旁边的按钮带您去设置的地方。</translation>
    </message>
    <message>
        <source>Check setup…</source>
        <translation>检查设置…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Open Settings → Accounts</source>
        <translation>打开「设置 → 账号」</translation>
    </message>
    <message>
        <source>Enter the AppSecret</source>
        <translation>填写 AppSecret</translation>
    </message>
    <message>
        <source>Open the WeChat admin</source>
        <translation>打开微信公众平台</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Choose the template</source>
        <translation>选择模板</translation>
    </message>
    <message>
        <source>Send a test reminder…</source>
        <translation>发送测试提醒…</translation>
    </message>
    <message>
        <source>I received it</source>
        <translation>我已收到</translation>
    </message>
    <message>
        <source>Import orders from CSV…</source>
        <translation>从 CSV 导入订单…</translation>
    </message>
    <message>
        <source>Open Settings → Intake API</source>
        <translation>打开「设置 → 订单来源」</translation>
    </message>
    <message>
        <source>Open Settings → Shop database</source>
        <translation>打开 设置 → 店铺数据库</translation>
    </message>
</context>
<context>
    <name>paynudge::ShopDbPage</name>
    <message>
        <source>PayNudge can read new orders straight from the shop&apos;s own database, and ask it right before each reminder whether the order is still unpaid, so a customer who has paid is never reminded. It only reads: a database user that may only read is enough.</source>
        <translation>PayNudge 可以直接从店铺自己的数据库读取新订单，并在每次发送提醒前向它确认订单是否仍未付款，这样已付款的顾客绝不会收到提醒。PayNudge 只读取数据：一个只有读取权限的数据库用户就够了。</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>数据库类型</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1 or db.example.com</source>
        <translation>例如 127.0.0.1 或 db.example.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Default (3306 / 5432)</source>
        <translation>默认（3306 / 5432）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>e.g. shop; empty: PayNudge does not read the shop&apos;s database</source>
        <translation>例如 shop；留空：PayNudge 不读取店铺数据库</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>a user that may only read (SELECT)</source>
        <translation>只有读取权限（SELECT）的用户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>e.g. SHOP_DB_PASSWORD</source>
        <translation>例如 SHOP_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Password from variable</source>
        <translation>密码来自环境变量</translation>
    </message>
    <message>
        <source>a file only you can read</source>
        <translation>只有你能读取的文件</translation>
    </message>
    <message>
        <source>Password from file</source>
        <translation>密码来自文件</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The shop&apos;s own queries (written by its developer)</source>
        <translation>店铺自己的查询（由店铺的开发人员编写）</translation>
    </message>
    <message>
        <source>Built in: xg mall (tables xg_orders, xg_user_child, …)</source>
        <translation>内置：xg 商城（xg_orders、xg_user_child 等表）</translation>
    </message>
    <message>
        <source>The shop&apos;s system</source>
        <translation>店铺系统</translation>
    </message>
    <message>
        <source>Look for new orders every</source>
        <translation>查看新订单的间隔</translation>
    </message>
    <message>
        <source>What the xg mall queries assume (change only if the shop&apos;s tables differ)</source>
        <translation>xg 商城查询的默认设定（仅当店铺的表不同时才需修改）</translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation>金额列</translation>
    </message>
    <message>
        <source>yuan (e.g. 88.00)</source>
        <translation>元（例如 88.00）</translation>
    </message>
    <message>
        <source>fen (e.g. 8800)</source>
        <translation>分（例如 8800）</translation>
    </message>
    <message>
        <source>Amount is in</source>
        <translation>金额单位</translation>
    </message>
    <message>
        <source>empty: the time PayNudge first sees the order</source>
        <translation>留空：以 PayNudge 首次看到订单的时间为准</translation>
    </message>
    <message>
        <source>Order time column</source>
        <translation>下单时间列</translation>
    </message>
    <message>
        <source>Each order belongs to the shop account whose “Shop token” (Settings → Accounts) is the order&apos;s token.</source>
        <translation>每个订单归属于“店铺标识”（设置 → 账号）与订单 token 相同的那个账号。</translation>
    </message>
    <message>
        <source>The shop&apos;s own queries (for the shop&apos;s developer)</source>
        <translation>店铺自己的查询（供店铺的开发人员填写）</translation>
    </message>
    <message>
        <source>New orders: a SELECT given :after_id and :limit, returning id, order_no, openid, product and more columns named like the intake API&apos;s fields. Payment check: a SELECT of the order_no among :order_nos that are still unpaid. Values are always bound, never pasted into the text.</source>
        <translation>新订单：一条使用 :after_id 和 :limit 的 SELECT，返回 id、order_no、openid、product 以及其他按接收接口字段命名的列。付款核对：一条 SELECT，从 :order_nos 中选出仍未付款的 order_no。所有值均以参数绑定，绝不拼接进查询文本。</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Still unpaid</source>
        <translation>仍未付款</translation>
    </message>
    <message>
        <source>Right before each reminder, ask the shop&apos;s database whether the order is still unpaid</source>
        <translation>每次发送提醒前，向店铺数据库确认订单是否仍未付款</translation>
    </message>
    <message>
        <source>Payment check</source>
        <translation>付款核对</translation>
    </message>
    <message>
        <source>Hold the reminders until the check works again (recommended)</source>
        <translation>暂缓提醒，等核对恢复后再发（推荐）</translation>
    </message>
    <message>
        <source>Send them without the check</source>
        <translation>不经核对照常发送</translation>
    </message>
    <message>
        <source>When the check cannot run</source>
        <translation>无法核对时</translation>
    </message>
    <message>
        <source>Or check over the web, when PayNudge cannot reach the database (set up by the shop&apos;s developer)</source>
        <translation>或通过网络接口核对：适用于 PayNudge 连不到数据库的情况（由店铺的开发人员设置）</translation>
    </message>
    <message>
        <source>https://… ; empty: none</source>
        <translation>https://… ；留空：不使用</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>核对地址</translation>
    </message>
    <message>
        <source>e.g. PRECHECK_TOKEN</source>
        <translation>例如 PRECHECK_TOKEN</translation>
    </message>
    <message>
        <source>Key from variable</source>
        <translation>密钥来自环境变量</translation>
    </message>
    <message>
        <source>Key from file</source>
        <translation>密钥来自文件</translation>
    </message>
    <message>
        <source>Wait for an answer at most</source>
        <translation>最长等待回复</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Connects with the values above and runs both queries once; nothing is changed in the shop&apos;s database and nothing is sent.</source>
        <translation>用上面的设置连接并各运行一次两个查询；不会修改店铺数据库，也不会发送任何消息。</translation>
    </message>
    <message>
        <source>The password comes from the computer setting “%1” (an environment variable).</source>
        <translation>密码来自电脑设置“%1”（环境变量）。</translation>
    </message>
    <message>
        <source>type to replace the saved password</source>
        <translation>输入以替换已保存的密码</translation>
    </message>
    <message>
        <source>The password is kept in the file %1, readable only by you.</source>
        <translation>密码保存在文件 %1 中，只有你能读取。</translation>
    </message>
    <message>
        <source>type to store the password</source>
        <translation>输入以保存密码</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain (or, on a computer without one, in a file only you can read) — never in the configuration file.</source>
        <translation>密码保存在系统钥匙串中（没有钥匙串的电脑上保存在只有你能读取的文件中），绝不写入配置文件。</translation>
    </message>
    <message>
        <source>The shop database password comes from the computer setting “%1”; empty that setting to enter the password here.</source>
        <translation>店铺数据库密码来自电脑设置“%1”；清空该设置后才能在这里输入密码。</translation>
    </message>
    <message>
        <source>The shop database password could not be stored: %1</source>
        <translation>无法保存店铺数据库密码：%1</translation>
    </message>
    <message>
        <source>The shop database password was saved in the system keychain.</source>
        <translation>店铺数据库密码已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the shop database password was saved in the file %1, which only you can read.</source>
        <translation>这台电脑没有钥匙串，店铺数据库密码已保存到文件 %1，只有你能读取。</translation>
    </message>
    <message>
        <source>The shop database password was saved in the file %1, which only you can read.</source>
        <translation>店铺数据库密码已保存到文件 %1，只有你能读取。</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be used — %3.</source>
        <translation>%1：“%2”无法使用——%3。</translation>
    </message>
    <message>
        <source>Enter the database name first.</source>
        <translation>请先填写数据库名。</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>店铺数据库</translation>
    </message>
</context>
<context>
    <name>paynudge::ShopDbTestView</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation>店铺标识</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Date of use</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Asking the shop&apos;s database…</source>
        <translation>正在询问店铺数据库…</translation>
    </message>
    <message>
        <source>PayNudge cannot reach the shop&apos;s database: %1</source>
        <translation>PayNudge 连不上店铺数据库：%1</translation>
    </message>
    <message>
        <source>Check the server, port, database name, user and password. Until it is reachable, no new orders are read and reminders wait for the payment check.</source>
        <translation>请检查服务器、端口、数据库名、用户名和密码。连上之前不会读取新订单，提醒会等待付款核对。</translation>
    </message>
    <message>
        <source>Connected to the shop&apos;s database (%1 ms).</source>
        <translation>已连接店铺数据库（%1 毫秒）。</translation>
    </message>
    <message>
        <source>New orders: not read from the database (no query set); orders come from the shop&apos;s system or a CSV import.</source>
        <translation>新订单：不从数据库读取（未设置查询）；订单由店铺系统推送或从 CSV 导入。</translation>
    </message>
    <message>
        <source>New orders query: %1</source>
        <translation>新订单查询：%1</translation>
    </message>
    <message>
        <source>New orders query: works (%1 ms); the shop has no unpaid orders now.</source>
        <translation>新订单查询：正常（%1 毫秒）；店铺目前没有未付款订单。</translation>
    </message>
    <message numerus="yes">
        <source>New orders query: works (%1 ms); the first %n unpaid order(s) are below.</source>
        <translation>
            <numerusform>新订单查询：正常（%1 毫秒）；下面是前 %n 个未付款订单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment check: not asked of the database.</source>
        <translation>付款核对：不向数据库查询。</translation>
    </message>
    <message>
        <source>Payment check query: %1</source>
        <translation>付款核对查询：%1</translation>
    </message>
    <message>
        <source>Payment check query: works (%1 ms); it runs right before each reminder.</source>
        <translation>付款核对查询：正常（%1 毫秒）；每次发送提醒前都会运行。</translation>
    </message>
    <message>
        <source>PayNudge does not start with a query the database refuses: ask the shop&apos;s developer to correct it.</source>
        <translation>数据库拒绝的查询会让 PayNudge 无法启动：请店铺的开发人员修改。</translation>
    </message>
</context>
<context>
    <name>paynudge::SkipCountsLabel</name>
    <message>
        <source>Reminders that were due in the period but not sent, by the rule that skipped them. The Send history&apos;s &quot;Skipped by&quot; filter lists them.</source>
        <translation>本期间到期但没有发送的提醒，按跳过它们的规则统计。在发送记录里用“跳过原因”筛选可以查看明细。</translation>
    </message>
    <message>
        <source>Not reminded: none skipped by a rule.</source>
        <translation>未提醒：没有提醒被规则跳过。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not reminded: %1</source>
        <translation>未提醒：%1</translation>
    </message>
</context>
<context>
    <name>paynudge::SkipRule</name>
    <message>
        <source>do-not-remind list</source>
        <translation>免打扰名单</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>paid recently</source>
        <translation>近期已付款</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>late</source>
        <translation>发送太迟</translation>
    </message>
    <message>
        <source>order closed first</source>
        <translation>订单已先关闭</translation>
    </message>
    <message>
        <source>superseded by another send</source>
        <translation>已被另一次发送取代</translation>
    </message>
    <message>
        <source>before an earlier round</source>
        <translation>早于前一轮</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>paynudge::SplitTestPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Which text works</source>
        <translation>哪种文案更有效</translation>
    </message>
    <message>
        <source>Not enough orders yet: no order has been reminded with text %1 yet.</source>
        <translation>订单还不够：还没有订单用文案%1提醒过。</translation>
    </message>
    <message>
        <source>No difference is visible yet: %1 and %2 both recover %3.</source>
        <translation>暂时看不出差别：文案%1和%2的提醒后付款率都是%3。</translation>
    </message>
    <message>
        <source>Not enough orders yet: about %1 more needed.</source>
        <translation>订单还不够：大约还需要%1个订单。</translation>
    </message>
    <message>
        <source>%1 recovers more: %2 vs %3, 95 % sure.</source>
        <translation>文案%1挽回更多：%2 对 %3，有95%的把握。</translation>
    </message>
    <message>
        <source>(With three or more texts, the best, %1, is compared with the runner-up, %2.)</source>
        <translation>（有三种以上文案时，只比较最好的%1和第二名%2。）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Orders reminded</source>
        <translation>已提醒订单</translation>
    </message>
    <message>
        <source>Paid after a reminder</source>
        <translation>提醒后付款</translation>
    </message>
    <message>
        <source>Rate (95 % interval)</source>
        <translation>付款率（95%区间）</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Make %1 the only text</source>
        <translation>只用%1文案</translation>
    </message>
    <message>
        <source>The test has ended; these are its figures in this period.</source>
        <translation>测试已结束；这是它在这段时间的数据。</translation>
    </message>
    <message>
        <source>End the split test</source>
        <translation>结束文案测试</translation>
    </message>
    <message>
        <source>From now on %1 sends only text %2. The split test ends: text %3 is removed from the configuration. The figures so far stay on this page.</source>
        <translation>从现在起，%1只发送文案%2。文案测试结束：文案%3将从配置中删除。已有的数据仍留在本页。</translation>
    </message>
    <message>
        <source>The split test was not ended</source>
        <translation>文案测试没有结束</translation>
    </message>
    <message>
        <source>%1 now sends only text %2</source>
        <translation>%1现在只发送文案%2</translation>
    </message>
</context>
<context>
    <name>paynudge::StatisticsCsv</name>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>已发提醒</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Orders first reminded</source>
        <translation>首次提醒的订单</translation>
    </message>
    <message>
        <source>Orders paid after a reminder</source>
        <translation>提醒后付款的订单</translation>
    </message>
    <message>
        <source>Recovery rate (%)</source>
        <translation>挽回率（%）</translation>
    </message>
    <message>
        <source>Amount recovered (yuan)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
</context>
<context>
    <name>paynudge::StatisticsView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>已发提醒</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Orders paid after a reminder</source>
        <translation>提醒后付款的订单</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>挽回率</translation>
    </message>
    <message>
        <source>Amount recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <source>“Paid after a reminder” counts the orders first reminded in this period that were paid after their first accepted reminder and before their auto-close time. The rate divides them by all orders first reminded in the period; the amount is what they were worth. Dry-run reminders count as sent.</source>
        <translation>“提醒后付款”统计本期间内首次被提醒的订单中，在第一条被接受的提醒之后、自动关闭之前付款的订单。挽回率是它们占本期间内所有首次被提醒订单的比例；挽回金额是这些订单的金额。演练提醒计为已发送。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Paid after a reminder</source>
        <translation>提醒后付款</translation>
    </message>
    <message>
        <source>Reminders and recoveries per hour</source>
        <translation>每小时的提醒与挽回</translation>
    </message>
    <message>
        <source>Reminders and recoveries per day</source>
        <translation>每天的提醒与挽回</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未能写入 %1：%2</translation>
    </message>
    <message>
        <source>Statistics exported to %1</source>
        <translation>统计已导出到 %1</translation>
    </message>
</context>
<context>
    <name>paynudge::StatusBanner</name>
    <message>
        <source>Demo: sample orders arrive every few seconds and nothing is sent to WeChat (dry run). Everything you see is deleted when PayNudge quits.</source>
        <translation>演示：每隔几秒会有示例订单到达，不会向微信发送任何消息（演练）。退出催付助手后，这里的一切都会被删除。</translation>
    </message>
    <message>
        <source>Sending is paused for all accounts: reminders wait until you resume.</source>
        <translation>全部账号的发送已暂停：提醒会一直等到您恢复。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 已暂停</translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 已暂停：%2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: token refresh failing: %2</source>
        <translation>%1：access_token 刷新失败：%2</translation>
    </message>
    <message>
        <source>%1 has used %2 % of today&apos;s WeChat quota (%3 of %4): at 100 % every send fails until midnight Beijing time.</source>
        <translation>%1 已用今日微信额度的 %2 %（%3 / %4）：用满 100 % 后，每次发送都会失败，直到北京时间零点。</translation>
    </message>
    <message>
        <source>%1 (%2): the message WeChat will show: %3</source>
        <translation>%1（%2）：微信将显示的消息：%3</translation>
    </message>
    <message>
        <source>%1: reminders are only recorded here, no customer receives them. Connect a WeChat official account to send them.</source>
        <translation>%1：提醒只在这里记录，顾客收不到。连接微信公众号后才会真正发送。</translation>
    </message>
    <message>
        <source>Setup checklist…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <source>Shop database settings…</source>
        <translation>店铺数据库设置…</translation>
    </message>
</context>
<context>
    <name>paynudge::StoreCopyCommand</name>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>send history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>account pauses</source>
        <translation>账号暂停</translation>
    </message>
    <message>
        <source>paid/closed events before their order</source>
        <translation>早于订单到达的付款/关闭事件</translation>
    </message>
    <message>
        <source>template lists</source>
        <translation>模板列表</translation>
    </message>
    <message>
        <source>shop database read positions</source>
        <translation>店铺数据库读取位置</translation>
    </message>
    <message numerus="yes">
        <source>the configuration %1 has %n problem(s):</source>
        <translation>
            <numerusform>配置文件 %1 有 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>copying %1 into %2</source>
        <translation>正在把 %1 复制到 %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2 (an older PayNudge): its snapshot was brought to version %3 for the copy; the file itself is not changed</source>
        <translation>%1 的结构版本为 %2（较旧的催付助手）：复制时其快照已升级到版本 %3；文件本身未被改动</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 (%4% of all rows)</source>
        <translation>  %1：%2 / %3（全部行的 %4%）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2 in one transaction (%3 s): %4.</source>
        <translation>已在一个事务中把 %1 行复制到 %2（%3 秒）：%4。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 was not changed; keep it as a backup. Every PayNudge with [store] backend=postgres now works on the copy.</source>
        <translation>%1 未被改动，请保留作为备份。所有使用 [store] backend=postgres 的催付助手现在都使用这份副本。</translation>
    </message>
</context>
<context>
    <name>paynudge::TemplateMappingEditor</name>
    <message>
        <source>cut to %1 characters</source>
        <translation>截断为 %1 个字符</translation>
    </message>
    <message>
        <source>line breaks/emoji removed</source>
        <translation>已去除换行/表情符号</translation>
    </message>
    <message>
        <source>currency symbol added</source>
        <translation>已加上货币符号</translation>
    </message>
    <message>
        <source>kept digits only</source>
        <translation>只保留数字</translation>
    </message>
    <message>
        <source>empty, sent as &quot;-&quot;</source>
        <translation>为空，以“-”发送</translation>
    </message>
    <message>
        <source>Template key</source>
        <translation>模板字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Placeholders: {order_no} {product} {amount} {amount_yuan} {nickname} {use_time} {placed_at:yyyy-MM-dd HH:mm} {close_at:HH:mm} {close_after} {close_in}, and any name from the order&apos;s vars. Values are fitted to each key&apos;s type: thing ≤ 20 characters, character_string ≤ 32, amount as ¥128.50.</source>
        <translation>占位符：{order_no} {product} {amount} {amount_yuan} {nickname} {use_time} {placed_at:yyyy-MM-dd HH:mm} {close_at:HH:mm} {close_after} {close_in}，以及订单 vars 中的任意名称。取值会按字段类型调整：thing ≤ 20 个字符，character_string ≤ 32 个字符，amount 形如 ¥128.50。</translation>
    </message>
    <message>
        <source>Sample product:</source>
        <translation>示例商品：</translation>
    </message>
    <message>
        <source>Placeholders: {order_no} {product} {amount} {placed_at:HH:mm} {close_in} …</source>
        <translation>占位符：{order_no} {product} {amount} {placed_at:HH:mm} {close_in} …</translation>
    </message>
    <message>
        <source>Preview — what a customer would receive for a sample order</source>
        <translation>预览——顾客收到的示例订单提醒</translation>
    </message>
    <message>
        <source>WeChat shows it as</source>
        <translation>微信显示为</translation>
    </message>
    <message>
        <source>Suggest a mapping</source>
        <translation>建议映射</translation>
    </message>
    <message>
        <source>Fills each key of the template by its type and label: order number, product, amount, order or close time, the call to pay</source>
        <translation>按类型和名称填写模板的每个字段：订单号、商品、金额、下单或关闭时间、催付语</translation>
    </message>
    <message>
        <source>not in the template</source>
        <translation>模板中没有</translation>
    </message>
    <message>
        <source>%1 — no longer displayed</source>
        <translation>%1 — 已不再显示</translation>
    </message>
    <message>
        <source>No fields mapped: PayNudge sends the mapping it suggests for the template WeChat lists under this ID (or pauses the account when WeChat does not list it).</source>
        <translation>没有映射字段：催付助手按为微信列出的该 ID 模板建议的映射发送（微信没有列出该模板时暂停该账号）。</translation>
    </message>
    <message>
        <source>Every key of the template is filled; the customer sees the order and its deadline.</source>
        <translation>模板的每个字段都已填写；顾客能看到订单及其截止时间。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>不会发送：%1</translation>
    </message>
    <message>
        <source>%1 holds the order number: WeChat takes 32 characters there; a longer order number fails its send (tooLong=fail).</source>
        <translation>%1 填的是订单号：微信在此最多接受 32 个字符；更长的订单号会发送失败（tooLong=fail）。</translation>
    </message>
    <message>
        <source>%1 holds the order number: WeChat takes 32 characters there; a longer one is sent as its first 29 characters and &quot;...&quot; (tooLong=shorten).</source>
        <translation>%1 填的是订单号：微信在此最多接受 32 个字符；更长的订单号只发送前 29 个字符并加上“...”（tooLong=shorten）。</translation>
    </message>
</context>
<context>
    <name>paynudge::TestMessageDialog</name>
    <message>
        <source>Send yourself a test reminder</source>
        <translation>给自己发一条测试提醒</translation>
    </message>
    <message>
        <source>The test reminder goes to your own WeChat, never to a customer, and is no order: it does not appear in the list, the history or the statistics.

It needs your openid — your WeChat&apos;s ID at this official account. To find it: follow the official account with your WeChat, then at mp.weixin.qq.com → 用户管理 find yourself and copy the openid; or place an order in your shop yourself and copy the openid from that order.</source>
        <translation>测试提醒只发给您自己的微信，不会发给顾客；它也不是订单：不会出现在待付款列表、历史记录或统计里。

发送需要您的 openid（您的微信在这个公众号下的编号）。查找方法：先用您的微信关注公众号，再到 mp.weixin.qq.com →「用户管理」里找到您自己，复制 openid；或者自己在店里下一笔订单，从这笔订单里复制 openid。</translation>
    </message>
    <message>
        <source>%1 — dry run</source>
        <translation>%1（仅演练）</translation>
    </message>
    <message>
        <source>e.g. oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</source>
        <translation>例如 oUpF8uMuAJO_M2pxb1Q9zNjWeS6o</translation>
    </message>
    <message>
        <source>Official account:</source>
        <translation>公众号：</translation>
    </message>
    <message>
        <source>Your openid:</source>
        <translation>您的 openid：</translation>
    </message>
    <message>
        <source>Send test reminder</source>
        <translation>发送测试提醒</translation>
    </message>
    <message>
        <source>Enter your own openid first: the test reminder goes to it.</source>
        <translation>请先填写您自己的 openid：测试提醒会发到这个 openid。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>WeChat accepted the test reminder (msgid %1). Look at WeChat on your phone: it should arrive within a minute.</source>
        <translation>微信已接收测试提醒（msgid %1）。请看看手机微信：一分钟内应该会收到。</translation>
    </message>
    <message>
        <source>This account runs as a dry run: the test reminder was only rehearsed, nothing reached WeChat and your phone receives nothing. Enter the account&apos;s AppID and AppSecret in Settings → Accounts to send for real.</source>
        <translation>这个账号只是演练：测试提醒只演练了一遍，没有发到微信，您的手机也不会收到。要真正发送，请在「设置 → 账号」中填写该账号的 AppID 和 AppSecret。</translation>
    </message>
    <message>
        <source>PayNudge could not reach WeChat, so nothing was sent. Check this computer&apos;s internet connection, then send again.</source>
        <translation>PayNudge 连不上微信，所以什么也没有发出。请检查这台电脑的网络连接，然后再发送一次。</translation>
    </message>
    <message>
        <source>WeChat&apos;s answer was lost on the way: the test reminder may or may not have arrived. Look at WeChat on your phone; if nothing came, send again.</source>
        <translation>微信的回复在途中丢失了：测试提醒可能已送达，也可能没有。请看看手机微信；如果没有收到，再发送一次。</translation>
    </message>
    <message>
        <source>Follow the official account with this WeChat first, then send again.</source>
        <translation>请先用这个微信关注公众号，然后再发送一次。</translation>
    </message>
    <message>
        <source>An openid belongs to one official account: copy the one this account&apos;s 用户管理 shows for you, without spaces.</source>
        <translation>openid 只属于一个公众号：请复制这个公众号「用户管理」里显示的您自己的 openid，不要带空格。</translation>
    </message>
    <message>
        <source>WeChat did not accept the test reminder: %1</source>
        <translation>微信没有接收测试提醒：%1</translation>
    </message>
</context>
<context>
    <name>paynudge::TextMappingForm</name>
    <message>
        <source>Template ID:</source>
        <translation>模板 ID：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>empty: the account&apos;s template</source>
        <translation>留空：使用账号的模板</translation>
    </message>
    <message>
        <source>empty: the account&apos;s template (%1)</source>
        <translation>留空：使用账号的模板（%1）</translation>
    </message>
    <message>
        <source>— the account&apos;s template —</source>
        <translation>—— 账号的模板 ——</translation>
    </message>
    <message>
        <source>Load the templates from WeChat on the Message tab to pick one here.</source>
        <translation>先在“消息”页从微信读取模板，才能在这里选择。</translation>
    </message>
</context>
<context>
    <name>paynudge::TrayController</name>
    <message>
        <source>Show PayNudge</source>
        <translation>显示催付助手</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>暂停发送</translation>
    </message>
    <message>
        <source>Send due reminders now</source>
        <translation>立即发送到期提醒</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit PayNudge</source>
        <translation>退出催付助手</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>没有系统托盘</translation>
    </message>
    <message>
        <source>PayNudge was asked to start in the system tray, but this desktop has none. It runs minimised instead.</source>
        <translation>催付助手被要求在系统托盘中启动，但当前桌面没有系统托盘，因此改为最小化运行。</translation>
    </message>
    <message>
        <source>PayNudge is still running</source>
        <translation>催付助手仍在运行</translation>
    </message>
    <message>
        <source>Reminders keep going out while PayNudge runs in the system tray. To stop it, choose Quit PayNudge in the tray icon&apos;s menu.</source>
        <translation>催付助手在系统托盘中运行时会继续发送提醒。要停止它，请在托盘图标的菜单中选择“退出催付助手”。</translation>
    </message>
    <message>
        <source>Keep PayNudge running?</source>
        <translation>让催付助手继续运行？</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so PayNudge cannot hide there. Reminders are only sent while PayNudge runs: minimise it to keep it working, or quit.</source>
        <translation>当前桌面没有系统托盘，催付助手无法隐藏到托盘。只有在催付助手运行时才会发送提醒：最小化即可让它继续工作，或者退出。</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>PayNudge needs your attention</source>
        <translation>催付助手需要您处理</translation>
    </message>
    <message>
        <source>%1 needs your attention</source>
        <translation>%1 需要您处理</translation>
    </message>
    <message>
        <source>Reminders need a decision</source>
        <translation>有提醒需要您决定</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) may or may not have reached the customer. In the history, mark them as sent or send them again.</source>
        <translation>
            <numerusform>%n 条提醒无法确定是否已送达顾客。请在发送记录中将其标记为已发送，或重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 已暂停：%2</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>恢复发送</translation>
    </message>
    <message>
        <source>PayNudge — sending</source>
        <translation>催付助手——发送中</translation>
    </message>
    <message>
        <source>PayNudge — paused</source>
        <translation>催付助手——已暂停</translation>
    </message>
    <message>
        <source>PayNudge — needs attention</source>
        <translation>催付助手——需要处理</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) awaiting payment</source>
        <translation>
            <numerusform>%n 个订单待付款</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>发送已暂停</translation>
    </message>
    <message>
        <source>Next reminder in %1</source>
        <translation>%1 后发送下一条提醒</translation>
    </message>
    <message>
        <source>No reminder scheduled</source>
        <translation>暂无待发提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) need a decision</source>
        <translation>
            <numerusform>%n 条提醒需要您决定</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: token refresh failing: %2</source>
        <translation>%1：access_token 刷新失败：%2</translation>
    </message>
    <message>
        <source>Quit PayNudge?</source>
        <translation>退出催付助手？</translation>
    </message>
    <message>
        <source>Reminders stop until PayNudge runs again: orders that come due meanwhile are reminded only after you start it.</source>
        <translation>退出后将停止发送提醒，直到再次运行催付助手：期间到期的订单要等您重新启动后才会提醒。</translation>
    </message>
    <message>
        <source>To keep reminders going, close the window instead — PayNudge keeps working in the system tray.</source>
        <translation>如要继续提醒，请关闭窗口而不是退出——催付助手会在系统托盘中继续工作。</translation>
    </message>
</context>
<context>
    <name>paynudge::VariantsEditor</name>
    <message>
        <source>Add variant</source>
        <translation>添加文案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A short name the statistics show, such as a or short_text: letters, digits, _</source>
        <translation>统计中显示的简短名称，例如 a 或 short_text：字母、数字、_</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>How many orders this variant gets relative to the others: 1 each is an even split.</source>
        <translation>此文案相对其他文案分到的订单比例：都为 1 即平均分配。</translation>
    </message>
    <message>
        <source>Only the fields given here replace the round&apos;s text; an empty list sends the round&apos;s text unchanged. Its own template takes only its own fields.</source>
        <translation>只有这里填写的字段会替换该轮的文案；列表为空则原样发送该轮文案。使用单独模板时只用这里的字段。</translation>
    </message>
    <message>
        <source>Compare two or more texts: each order gets one variant by its order number (a resend keeps it), and Statistics shows which makes more customers pay. No variants: every order gets the same text.</source>
        <translation>对比两种或更多文案：每个订单按订单号固定分到一种文案（重发时不变），“统计”页显示哪种文案让更多顾客付款。不设文案测试：所有订单使用同一文案。</translation>
    </message>
    <message>
        <source>Split test variants</source>
        <translation>测试的文案</translation>
    </message>
    <message>
        <source>Variant %1 › Weight</source>
        <translation>文案 %1 › 权重</translation>
    </message>
    <message>
        <source>Variant %1 › Template ID</source>
        <translation>文案 %1 › 模板 ID</translation>
    </message>
    <message>
        <source>Variant %1 › Template field %2</source>
        <translation>文案 %1 › 模板字段 %2</translation>
    </message>
</context>
</TS>
