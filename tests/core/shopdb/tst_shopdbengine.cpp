// The shop's database end to end, against a real MariaDB with the xg tables: orders polled in,
// and the database payment check (ShopDbCheck) in the engine's payment gate right before sending.
// Paid in the shop's books before the due time → nothing sent, the history says why; the
// database down when reminders fall due → held, then sent once it is back, a payment made
// meanwhile caught at the retry.
#include "engine/engine.h"
#include "engineinternals.h"
#include "mariadbserver.h"
#include "scriptedsender.h"
#include "shopdb/paymentgate.h"
#include "shopdb/shopdbcheck.h"
#include "shopdb/shopdbpoller.h"
#include "shopdbtesting.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestShopDbEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paidInShopBeforeDueNothingSent();
    void databaseDownRemindersHeldThenSent();

private:
    // The engine polling the shop, its gate asking the shop's database, sends going to m_sender.
    bool startEngine();
    bool poll() { return pollAndWait(m_f->engine->shopDbPoller()); }
    ReminderRecord reminderOf(const QString &orderNo) { return m_f->onlyReminder(orderNo); }

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<XgFixture> m_shop;
    QTemporaryDir m_dir;
    ShopDbSettings m_settings;
    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<ScriptedSender> m_sender;
};

void TestShopDbEngine::initTestCase()
{
    m_server = std::make_unique<MariaDbServer>();
    if (!m_server->unavailableReason().isEmpty())
        QSKIP(qPrintable(m_server->unavailableReason()));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_shop = std::make_unique<XgFixture>(*m_server);
}

void TestShopDbEngine::init()
{
    QVERIFY2(m_server->isRunning() || m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(fillShop(*m_shop), qPrintable(m_shop->error()));
    QString error;
    m_settings = readOnlySettings(*m_shop, m_dir, &error);
    QVERIFY2(m_settings.enabled(), qPrintable(error));
    m_settings.pollIntervalSec = 3600; // the tests poll when they want to
    QVERIFY(startEngine());
}

void TestShopDbEngine::cleanup()
{
    m_f.reset();
    m_sender.reset();
}

bool TestShopDbEngine::startEngine()
{
    Config config = testConfig();
    config.shopdb = m_settings;
    m_f = std::make_unique<EngineFixture>(config);
    if (!m_f->ok)
        return false;
    m_sender = std::make_unique<ScriptedSender>();
    m_sender->setRule(
        [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
    m_f->engine->routeAccount(Config::implicitAccountKey(), m_sender.get());
    // The engine makes the database check from [shopdb] itself (createPaymentCheck).
    if (!dynamic_cast<shopdb::ShopDbCheck *>(EngineInternals::gate(*m_f->engine).check()))
        return false;
    m_f->engine->start();
    return poll();
}

void TestShopDbEngine::paidInShopBeforeDueNothingSent()
{
    QVERIFY(m_shop->insertOrder(u"P1"_s, 7, kToken, 1, 2, 20, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"P2"_s, 7, kToken, 1, 2, 30, u""_s) > 0);
    QVERIFY(poll());
    QCOMPARE(reminderOf(u"P1"_s).state, ReminderState::Scheduled);
    QCOMPARE(reminderOf(u"P2"_s).state, ReminderState::Scheduled);
    // The shop's notify handler never told PayNudge; only the shop's books know.
    QVERIFY(m_shop->setState(u"P1"_s, XgPaid));

    QVERIFY(idleAfter(*m_f, 600 * kSecond));
    QCOMPARE(m_sender->sent.size(), 1);
    QCOMPARE(m_sender->sent.first().order.input.orderNo, u"P2"_s);
    const ReminderRecord paid = reminderOf(u"P1"_s);
    QCOMPARE(paid.state, ReminderState::Cancelled);
    QCOMPARE(paid.reason, u"paid — shop check"_s);
    QCOMPARE(m_f->engine->orderByNo(u"P1"_s)->status, OrderStatus::Paid);
    QCOMPARE(reminderOf(u"P2"_s).state, ReminderState::Sent);
}

void TestShopDbEngine::databaseDownRemindersHeldThenSent()
{
    QVERIFY(m_shop->insertOrder(u"H1"_s, 7, kToken, 1, 2, 20, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"H2"_s, 7, kToken, 1, 2, 30, u""_s) > 0);
    QVERIFY(poll());
    QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));

    QVERIFY(sweepAfter(*m_f, 600 * kSecond));
    PaymentGate &gate = EngineInternals::gate(*m_f->engine);
    QTRY_VERIFY_WITH_TIMEOUT(gate.linkState().failing(), 20000);
    QCOMPARE(gate.waiting(), 2);
    QCOMPARE(m_sender->sent.size(), 0);
    const Health health = m_f->engine->health();
    QVERIFY(std::any_of(health.reasons.cbegin(), health.reasons.cend(),
        [](const HealthReason &r) { return r.kind == HealthReason::Kind::ShopDbUnreachable; }));

    // A minute later the database is back; H1 was paid meanwhile (the shop's books know it).
    m_f->clock.advance(60 * kSecond);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_shop->setState(u"H1"_s, XgPaid));
    // The gate asks again on the engine's clock; the worker connects again on the real one
    // (its backoff): a second on the first for each answer, or each second of waiting for one.
    QSignalSpy answers(gate.check(), &PaymentCheck::answered);
    QElapsedTimer t;
    t.start();
    while (gate.waiting() > 0 && t.elapsed() < 90000) {
        m_f->clock.advance(kSecond);
        answers.wait(1000);
    }
    QVERIFY(idleAfter(*m_f));
    QVERIFY(!gate.linkState().failing());
    QCOMPARE(m_sender->sent.size(), 1);
    QCOMPARE(m_sender->sent.first().order.input.orderNo, u"H2"_s);
    QCOMPARE(reminderOf(u"H1"_s).state, ReminderState::Cancelled);
    QCOMPARE(reminderOf(u"H1"_s).reason, u"paid — shop check"_s);
    QCOMPARE(reminderOf(u"H2"_s).state, ReminderState::Sent);

    // Nothing is sent a second time later.
    QVERIFY(idleAfter(*m_f, 3600 * kSecond));
    QCOMPARE(m_sender->sent.size(), 1);
}

QTEST_GUILESS_MAIN(TestShopDbEngine)
#include "tst_shopdbengine.moc"
