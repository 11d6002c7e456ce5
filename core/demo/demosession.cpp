#include "demo/demosession.h"

#include "demo/demofeed.h"
#include "demo/demosender.h"
#include "engine/engine.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemoSession, "paynudge.core.demo.session")

namespace paynudge {

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
    , m_dir(QDir::temp().filePath(u"paynudge-demo-XXXXXX"_s))
{ }

DemoSession::~DemoSession() = default;

QString DemoSession::configText()
{
    return uR"(; PayNudge demo — written by `paynudge --demo`, deleted when it quits.
[reminder]
rounds=20, 75
closeAfter=180
safetyTick=1

[intake]
enabled=false

[dryrun]
latencyMs=250

[accounts/shop1]
name=西瓜乐园
dryRun=true
templateId=DEMO_TEMPLATE_UNPAID
url=https://shop.example/order/{order_no}
fields/character_string1={order_no}
fields/thing2={product}
fields/amount3={amount}
fields/time4={placed_at:yyyy-MM-dd HH:mm}

[accounts/shop2]
name=山野茶舍
dryRun=true
templateId=DEMO_TEMPLATE_UNPAID
url=https://tea.example/o/{order_no}
fields/character_string1={order_no}
fields/thing2={product}
fields/amount3={amount}
fields/thing4=还有{close_in}订单将自动关闭
)"_s;
}

bool DemoSession::prepare(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"cannot create a temporary folder for the demo: "_s + m_dir.errorString();
        return false;
    }
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(configText().toUtf8()) < 0) {
        *error = u"cannot write the demo configuration %1: %2"_s.arg(configPath(), file.errorString());
        return false;
    }
    qCInfo(lcDemoSession).noquote() << "demo data in" << m_dir.path() << "(deleted on exit)";
    return true;
}

QString DemoSession::dataDir() const
{
    return m_dir.filePath(u"data"_s);
}

QString DemoSession::configPath() const
{
    return m_dir.filePath(u"paynudge-demo.ini"_s);
}

void DemoSession::attach(Engine &engine, quint32 seed)
{
    m_sender = new DemoSender(engine.dryRunSender(), this);
    // A settings change re-routes every account: the demo shops come back to the demo sender.
    auto route = [this, &engine] {
        for (const AccountConfig &a : engine.config().accounts)
            if (!a.sendsForReal())
                engine.routeAccount(a.key, m_sender);
    };
    route();
    connect(&engine, &Engine::configApplied, this, route);
    m_feed = new DemoFeed(engine, seed, this);
    // The feed draws who does not follow the account as orders arrive.
    connect(
        m_feed, &DemoFeed::orderPlaced, m_sender, [this] { m_sender->setUnfollowed(m_feed->unfollowed()); });
    m_feed->start();
}

} // namespace paynudge
