#include "wechattestkit.h"

#include "domain/clientmsgid.h"
#include "engine/engine.h"
#include "testsupport.h"
#include "wechat/wechatsender.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace paynudge::test {

FakeWeChatFixture::FakeWeChatFixture()
    : clock(kT0)
    , fake(clock)
{
    qputenv(kTestSecretEnv, kTestSecret.toUtf8());
    fake.addAccount(kTestAppid, kTestSecret);
    listening = fake.listen();
}

bool FakeWeChatTest::startFake()
{
    m_fixture = std::make_unique<FakeWeChatFixture>();
    m_clock = &m_fixture->clock;
    m_fake = &m_fixture->fake;
    return m_fixture->listening;
}

void FakeWeChatTest::stopFake()
{
    m_clock = nullptr;
    m_fake = nullptr;
    m_fixture.reset();
}

AccountConfig wechatAccount(
    const QString &key, const QString &appid, const QString &secretEnv, MessageKind kind)
{
    AccountConfig a;
    a.key = key;
    a.appid = appid;
    a.secretEnv = secretEnv;
    a.kind = kind;
    a.templateId = u"TPL"_s;
    a.url = u"https://shop.example/order/{order_no}"_s;
    a.fields = { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
        { u"amount3"_s, u"{amount}"_s }, { u"time4"_s, u"{placed_at:yyyy-MM-dd HH:mm}"_s } };
    return a;
}

namespace {

// Asks for the account's token as a send does and waits for any fetch that started.
bool askForToken(Engine &engine, const QString &account)
{
    wechat::AccessTokens &tokens = engine.wechatSender()->client().tokens();
    tokens.get(account, &engine, [](const wechat::TokenResult &) {});
    return QTest::qWaitFor([&] { return !tokens.fetching(account); }, 5000);
}

} // namespace

void failTokenRefresh(Engine &engine, ManualClock &clock, FakeWeChat &fake, const QString &account)
{
    Config config = engine.config();
    config.accounts << wechatAccount(account, kTestAppid, QString::fromLatin1(kTestSecretEnv));
    config.wechat.apiBase = fake.baseUrl();
    engine.applyConfig(config);
    askForToken(engine, account);
    clock.advance(7200 * kSecond - wechat::AccessTokens::kRefreshMarginMs);
    fake.setWhitelist({ u"198.51.100.1"_s });
    askForToken(engine, account);
}

void fixTokenRefresh(Engine &engine, ManualClock &clock, FakeWeChat &fake, const QString &account)
{
    fake.setWhitelist({});
    clock.advance(
        wechat::AccessTokens::kRefreshRetryFirstMs * 5 / 4 + kSecond); // jitter adds up to a quarter
    askForToken(engine, account);
}

OutgoingMessage outgoingMessage(
    qint64 id, const QString &account, const QString &openid, const QString &product)
{
    OutgoingMessage m;
    m.reminderId = id;
    m.attemptId = id;
    m.order.id = id;
    m.order.input = sampleOrder(u"20241001%1"_s.arg(id, 6, 10, QLatin1Char('0')), kT0, account);
    m.order.input.openid = openid;
    m.order.input.product = product;
    m.order.closeAt = kT0 + 7200 * kSecond;
    m.reminder.id = id;
    m.reminder.orderId = id;
    m.reminder.orderNo = m.order.input.orderNo;
    m.reminder.account = account;
    m.reminder.round = 1;
    m.reminder.clientMsgId = clientMsgIdFor(m.order.input.orderNo, 1);
    return m;
}

} // namespace paynudge::test
