#include "demo/demofeed.h"

#include "common/clock.h"
#include "engine/engine.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "paynudge.core.demo")

namespace paynudge {
namespace {

const QStringList &products()
{
    static const QStringList p { u"有机苹果 5kg"_s, u"云南普洱茶饼 357g"_s, u"新疆和田大枣 2kg"_s,
        u"手工牛轧糖礼盒"_s, u"麒麟西瓜 1个"_s, u"五常大米 10kg"_s, u"阳澄湖大闸蟹 8只装"_s,
        u"安溪铁观音 250g"_s, u"赣南脐橙 5kg"_s, u"内蒙古牛肉干 500g"_s, u"东北松子 1kg"_s,
        u"西湖龙井 明前 100g"_s, u"海南椰子 6个"_s, u"烟台樱桃 2斤"_s, u"宁夏枸杞 500g"_s };
    return p;
}

const QStringList &nicknames()
{
    static const QStringList n { u"小王"_s, u"李雷"_s, u"韩梅梅"_s, u"阿明"_s, u"陈小姐"_s, u"老周"_s,
        u"张三"_s, u"Lily"_s, u"赵敏"_s, u"Tommy"_s, u"刘阿姨"_s, u"孙悟空"_s, u"王五"_s, u"静静"_s,
        u"Kevin"_s, u"欧阳小芸"_s };
    return n;
}

QString openidFor(QRandomGenerator &random)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
    QString id = u"oDemo"_s;
    for (int i = 0; i < 23; ++i)
        id += alphabet.at(random.bounded(int(alphabet.size())));
    return id;
}

} // namespace

DemoFeed::DemoFeed(Engine &engine, quint32 seed, QObject *parent)
    : DemoFeed(engine, seed, Timing {}, parent)
{ }

DemoFeed::DemoFeed(Engine &engine, quint32 seed, Timing timing, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_random(seed)
    , m_timing(timing)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, [this] {
        placeOrder(m_engine.clock().nowMs());
        scheduleNext();
    });
}

void DemoFeed::start(int backlog)
{
    // Orders placed over the last minute and a half: the first ones are reminded (and some paid)
    // right away, so every view has something to show from the first second.
    const qint64 now = m_engine.clock().nowMs();
    for (int i = backlog; i > 0; --i)
        placeOrder(now - qint64(i) * 90 * 1000 / backlog);
    scheduleNext();
}

void DemoFeed::stop()
{
    m_next.stop();
}

void DemoFeed::scheduleNext()
{
    m_next.start(int(m_random.bounded(m_timing.minGapMs, m_timing.maxGapMs)));
}

void DemoFeed::placeOrder(qint64 placedAt)
{
    ++m_placed;
    OrderInput o;
    o.orderNo = u"DEMO%1%2"_s.arg(QDateTime::fromMSecsSinceEpoch(placedAt).toString(u"MMddHHmmss"_s))
                    .arg(m_placed, 3, 10, QLatin1Char('0'));
    o.account = m_random.bounded(3) == 0 ? u"shop2"_s : u"shop1"_s;
    o.openid = openidFor(m_random);
    o.nickname = nicknames().at(m_random.bounded(int(nicknames().size())));
    o.product = products().at(m_random.bounded(int(products().size())));
    o.amountFen = 990 + m_random.bounded(60000);
    o.placedAt = placedAt;
    if (m_random.bounded(100) < 12)
        m_unfollowed.insert(o.openid);

    const AcceptResult r = m_engine.acceptOrder(o);
    if (r.kind != AcceptResult::Kind::Created) {
        qCWarning(lcDemo).noquote() << "sample order" << o.orderNo << "not stored:" << r.error;
        return;
    }
    emit orderPlaced(o.orderNo);

    // The customer's fate, in seconds after placing the order.
    const int fate = m_random.bounded(100);
    const int first = m_timing.firstReminderSec;
    const int second = m_timing.secondReminderSec;
    int paysAfterSec = -1;
    if (fate < 20)
        paysAfterSec = m_random.bounded(4, first - 4); // before the first reminder
    else if (fate < 52)
        paysAfterSec = first + m_random.bounded(6, second - first - 4); // after the first
    else if (fate < 62)
        paysAfterSec = second + m_random.bounded(6, m_timing.closeAfterSec - second - 10); // after the second
    if (paysAfterSec < 0)
        return; // never pays: the order closes
    const qint64 delay = placedAt + paysAfterSec * 1000LL - m_engine.clock().nowMs();
    const QString orderNo = o.orderNo;
    QTimer::singleShot(
        int(std::max<qint64>(0, delay)), this, [this, orderNo] { m_engine.orderPaid(orderNo); });
}

} // namespace paynudge
