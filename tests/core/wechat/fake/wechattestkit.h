#pragma once

#include "common/clock.h"
#include "config/config.h"
#include "fakewechat.h"
#include "send/sender.h"

#include <QObject>
#include <memory>

namespace paynudge {
class Engine;
}

namespace paynudge::test {

// What the WeChat tests and the benchmark share.

inline const QString kTestAppid = QStringLiteral("wx0123456789abcdef");
inline const QString kTestSecret = QStringLiteral("5ecre7-0123456789abcdef0123456789");
inline constexpr char kTestSecretEnv[] = "PN_TEST_WECHAT_SECRET";

// The fake WeChat server on a manual clock, listening on a free port and knowing the test
// account (kTestAppid with kTestSecret, which the environment variable kTestSecretEnv holds).
struct FakeWeChatFixture
{
    FakeWeChatFixture();
    ManualClock clock;
    FakeWeChat fake;
    bool listening = false;
};

// Base of the tests that run against a fake WeChat server of their own: startFake() in init(),
// stopFake() in cleanup(); m_clock and m_fake point into it in between.
class FakeWeChatTest : public QObject
{
protected:
    bool startFake();
    void stopFake();
    ManualClock *m_clock = nullptr;
    FakeWeChat *m_fake = nullptr;

private:
    std::unique_ptr<FakeWeChatFixture> m_fixture;
};

// A template account mapped the way DESIGN.md's example is (order number, product, amount, time).
AccountConfig wechatAccount(const QString &key, const QString &appid, const QString &secretEnv,
    MessageKind kind = MessageKind::Template);

// Adds `account` (kTestAppid, sending for real through `fake`) to the engine and lets it fetch
// its token; then moves `clock` into the token's last five minutes, has the fake refuse token
// requests (40164) and asks for the token as a send would: the background refresh fails.
// The engine's clock must be `clock`, and kTestSecretEnv must hold kTestSecret.
void failTokenRefresh(Engine &engine, ManualClock &clock, FakeWeChat &fake, const QString &account);
// The fake accepts token requests again; once the retry's wait has passed the refresh works.
void fixTokenRefresh(Engine &engine, ManualClock &clock, FakeWeChat &fake, const QString &account);

// One reminder ready for a sender, as the sweeper hands it over (ids = `id`, round 1).
OutgoingMessage outgoingMessage(qint64 id, const QString &account, const QString &openid,
    const QString &product = QStringLiteral("有机苹果 5kg"));

} // namespace paynudge::test
