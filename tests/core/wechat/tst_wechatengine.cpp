// The WeChat sender end to end through the engine (EngineFixture: a temp store, a manual
// clock) against the fake WeChat server: every class of outcome, the token under load, quota
// and configuration pauses, fitting, 64-bit msgids, secrets kept out of logs and history.
#include "common/logging.h"
#include "engineinternals.h"
#include "fakewechat.h"
#include "store/database.h"
#include "testsupport.h"
#include "wechat/errorclassifier.h"
#include "wechat/wechatsender.h"
#include "wechattestkit.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
constexpr qint64 kRound = 600 * kSecond; // the default plan: one reminder 10 minutes after placed_at
} // namespace

class TestWeChatEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<FakeWeChat> m_fake;
    QStringList m_problems;

    Engine &engine() { return *m_f->engine; }
    qint64 now() const { return m_f->clock.nowMs(); }

    Config config(const QList<AccountConfig> &accounts) const
    {
        Config c = testConfig();
        c.accounts = accounts;
        c.wechat.apiBase = m_fake->baseUrl();
        c.wechat.timeoutOverrideMs = 200; // tests wait milliseconds, not the 10 s default
        return c;
    }

    static AccountConfig shop(MessageKind kind = MessageKind::Template)
    {
        return wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv), kind);
    }

    // A fixture whose engine sends through the fake: the fake shares the engine's manual clock,
    // so it is created after the fixture and the engine is then reconfigured to use it.
    void start(const QList<AccountConfig> &accounts = { shop() })
    {
        m_f = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*m_f);
        m_fake = std::make_unique<FakeWeChat>(m_f->clock);
        m_fake->addAccount(kTestAppid, kTestSecret);
        QVERIFY(m_fake->listen());
        engine().applyConfig(config(accounts));
        connect(&engine(), &Engine::problem, this, [this](const QString &account, const QString &message) {
            m_problems << account + u": "_s + message;
        });
        engine().start();
    }

    // An order whose reminder is due now.
    void placeDue(const QString &orderNo, const QString &openid = u"oCustomer1"_s,
        const QString &account = u"shop1"_s, const QString &product = u"有机苹果 5kg"_s)
    {
        OrderInput o = sampleOrder(orderNo, now() - kRound, account);
        o.openid = openid;
        o.product = product;
        o.closeAt = now() + 48 * 3600 * kSecond; // long enough to outlive a quota pause
        QCOMPARE(engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
    }

    ReminderRecord reminder(const QString &orderNo) { return m_f->onlyReminder(orderNo); }
    ReminderState state(const QString &orderNo) { return reminder(orderNo).state; }

    QStringList clientMsgIdsSent() const
    {
        QStringList ids;
        for (const FakeWeChat::Request &r : m_fake->requests())
            if (r.api == FakeWeChat::Api::TemplateSend)
                ids << QJsonDocument::fromJson(r.body).object().value(u"client_msg_id"_s).toString();
        return ids;
    }

    QString storeText(const QString &sql)
    {
        QSqlQuery q(EngineInternals::connection(engine()));
        QStringList out;
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out.join(u'\n');
    }

private slots:
    void initTestCase() { qputenv(kTestSecretEnv, kTestSecret.toUtf8()); }

    void cleanup()
    {
        m_fake.reset();
        m_f.reset();
        m_problems.clear();
    }

    void acceptedIsRecorded()
    {
        start();
        placeDue(u"A1"_s);
        QTRY_COMPARE(state(u"A1"_s), ReminderState::Sent);
        const ReminderRecord r = reminder(u"A1"_s);
        QCOMPARE(m_fake->deliveries().size(), 1);
        const FakeWeChat::Delivery &d = m_fake->deliveries().first();
        QCOMPARE(d.clientMsgId, r.clientMsgId);
        QCOMPARE(d.openid, u"oCustomer1"_s);
        QCOMPARE(r.msgid, d.msgid);
        QCOMPARE(countWhere(engine(),
                     u"SELECT count(*) FROM send_attempts WHERE outcome = 'sent' AND errcode = 0 "
                     u"AND latency_ms IS NOT NULL"_s),
            1);
        QVERIFY(m_problems.isEmpty());
    }

    void transientErrorsAreRetriedWithTheSameClientMsgId()
    {
        start();
        m_fake->failNext(FakeWeChat::Api::AnySend, -1);
        placeDue(u"T1"_s);
        QTRY_COMPARE(state(u"T1"_s), ReminderState::RetryWait);
        m_f->clock.advance(1 * kSecond); // the first backoff
        QTRY_COMPARE(state(u"T1"_s), ReminderState::Sent);

        // 45011: not before the next minute.
        m_fake->failNext(FakeWeChat::Api::AnySend, 45011);
        placeDue(u"T2"_s);
        QTRY_COMPARE(state(u"T2"_s), ReminderState::RetryWait);
        QCOMPARE(reminder(u"T2"_s).dueAt, wechat::nextMinute(now()));
        m_f->clock.setNow(wechat::nextMinute(now()));
        QTRY_COMPARE(state(u"T2"_s), ReminderState::Sent);

        // HTTP 5xx from a gateway: WeChat may have taken it, so the dedupe window starts.
        m_fake->httpErrorNext(FakeWeChat::Api::TemplateSend, 502);
        placeDue(u"T3"_s);
        QTRY_COMPARE(state(u"T3"_s), ReminderState::RetryWait);
        QCOMPARE(reminder(u"T3"_s).maybeSentAt, now());
        QVERIFY(!reminder(u"T1"_s).maybeSentAt); // -1 and 45011 certainly delivered nothing
        QVERIFY(!reminder(u"T2"_s).maybeSentAt);
        m_f->clock.advance(1 * kSecond);
        QTRY_COMPARE(state(u"T3"_s), ReminderState::Sent);

        const QStringList ids = clientMsgIdsSent();
        QCOMPARE(ids.size(), 6);
        QCOMPARE(ids.count(reminder(u"T1"_s).clientMsgId), 2);
        QCOMPARE(ids.count(reminder(u"T2"_s).clientMsgId), 2);
        QCOMPARE(m_fake->deliveries().size(), 3);
        QVERIFY(m_problems.isEmpty());
    }

    // A payment stops every message of its order that has not started; one already on its way
    // is counted in the answer, since it may still reach the customer.
    void aPaymentStopsMessagesWaitingForTheirTurn()
    {
        start();
        Config c = config({ shop() });
        c.wechat.maxInFlight = 1;
        c.wechat.timeoutOverrideMs = 30000; // W1 stays in flight until the test lets it answer
        engine().applyConfig(c);
        m_fake->holdNext(FakeWeChat::Api::AnySend); // the first send holds the only slot
        placeDue(u"W1"_s, u"oCustomerA"_s);
        placeDue(u"W2"_s, u"oCustomerB"_s);
        QTRY_COMPARE(state(u"W2"_s), ReminderState::Sending); // claimed, waiting behind W1
        QTRY_COMPARE(m_fake->heldCount(), 1); // W1 reached WeChat
        QCOMPARE(state(u"W1"_s), ReminderState::Sending);

        const OrderEventResult waiting = engine().orderPaid(u"W2"_s, std::nullopt);
        QVERIFY2(waiting.ok, qPrintable(waiting.error));
        QCOMPARE(waiting.cancelledReminderIds, QList<qint64> { reminder(u"W2"_s).id });
        QCOMPARE(waiting.inFlight, 0);
        QCOMPARE(state(u"W2"_s), ReminderState::Cancelled);
        const OrderEventResult started = engine().orderPaid(u"W1"_s, std::nullopt);
        QVERIFY(started.cancelledReminderIds.isEmpty());
        QCOMPARE(started.inFlight, 1);

        m_fake->releaseHeld();
        QTRY_COMPARE(state(u"W1"_s), ReminderState::Sent); // it had started: it went out
        placeDue(u"W3"_s, u"oCustomerC"_s); // the freed slot serves the next order
        QTRY_COMPARE(state(u"W3"_s), ReminderState::Sent);
        QStringList delivered;
        for (const FakeWeChat::Delivery &d : m_fake->deliveries())
            delivered << d.clientMsgId;
        QCOMPARE(delivered, (QStringList { reminder(u"W1"_s).clientMsgId, reminder(u"W3"_s).clientMsgId }));
        QCOMPARE(storeText(u"SELECT outcome || ' ' || errmsg || ' ' || (CASE WHEN finished_at IS NULL THEN 0 "
                           u"ELSE 1 END) FROM send_attempts "
                           u"a JOIN reminders r ON r.id = a.reminder_id JOIN orders o ON o.id = r.order_id "
                           u"WHERE o.order_no = 'W2'"_s),
            u"cancelled order paid 1"_s);
    }

    void timeoutAfterDeliveryDeliversOnce()
    {
        start();
        m_fake->delayNext(
            FakeWeChat::Api::TemplateSend, 600); // delivered now, answered after the 200 ms timeout
        placeDue(u"U1"_s);
        QTRY_COMPARE(state(u"U1"_s), ReminderState::RetryWait);
        QCOMPARE(m_fake->deliveries().size(), 1);
        QVERIFY(storeText(u"SELECT errmsg FROM send_attempts"_s).contains(u"200 ms"_s));
        m_f->clock.advance(1 * kSecond);
        QTRY_COMPARE(state(u"U1"_s), ReminderState::Sent);
        // WeChat dropped the repeat: one message, both attempts under the same client_msg_id.
        QCOMPARE(m_fake->deliveries().size(), 1);
        QCOMPARE(clientMsgIdsSent(), QStringList(2, reminder(u"U1"_s).clientMsgId));
        QCOMPARE(reminder(u"U1"_s).msgid, m_fake->deliveries().first().msgid);
    }

    void unreachableForFifteenMinutesSendsEverythingOnceItAnswers()
    {
        start();
        placeDue(u"W0"_s, u"oWarm"_s);
        QTRY_COMPARE(
            state(u"W0"_s), ReminderState::Sent); // the token is cached: the sends themselves are refused
        QVERIFY(m_fake->setReachable(false));
        // Six reminders fall due during the outage: now and every 3 minutes.
        const qint64 outageStart = now();
        for (int i = 0; i < 6; ++i) {
            OrderInput o = sampleOrder(u"N%1"_s.arg(i), outageStart - kRound + i * 3 * kMinute, u"shop1"_s);
            o.openid = u"oOffline%1"_s.arg(i);
            o.closeAt = outageStart + 2 * 3600 * kSecond;
            QCOMPARE(engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
        }
        const auto inState = [this](const QString &s) {
            return countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = '%1'"_s.arg(s));
        };
        while (now() < outageStart + 15 * kMinute) {
            QVERIFY(sweepAfter(*m_f, 30 * kSecond)); // what fell due has been claimed and handed over
            QTRY_COMPARE(inState(u"sending"_s), 0);
            QCOMPARE(inState(u"unknown"_s), 0);
        }
        QCOMPARE(inState(u"retry_wait"_s), 6);
        QCOMPARE(m_fake->deliveries().size(), 1); // W0 only
        // Tried all along, every attempt certainly undelivered.
        QVERIFY(
            countWhere(engine(), u"SELECT count(*) FROM send_attempts WHERE outcome = 'retrying'"_s) > 6 * 3);
        QCOMPARE(
            countWhere(engine(), u"SELECT count(*) FROM reminders WHERE maybe_sent_at IS NOT NULL"_s), 0);
        // Said while it lasts: WeChat unreachable since the first send it did not answer.
        const Health down = engine().health();
        QCOMPARE(down.reasons.size(), 1);
        QCOMPARE(down.reasons[0].kind, HealthReason::Kind::WeChatUnreachable);
        QVERIFY(down.reasons[0].since > outageStart && down.reasons[0].since <= outageStart + kMinute);
        QVERIFY2(down.reasons[0].text.startsWith(u"WeChat cannot be reached: "_s),
            qPrintable(down.reasons[0].text));
        QVERIFY(!down.reasons[0].text.contains(u"access_token"_s));

        QVERIFY(m_fake->setReachable(true));
        m_f->clock.advance(60 * kSecond); // the longest backoff
        QTRY_COMPARE(inState(u"sent"_s), 7);
        QVERIFY(engine().health().ok());
        QCOMPARE(inState(u"unknown"_s), 0);
        QStringList delivered;
        for (const FakeWeChat::Delivery &d : m_fake->deliveries())
            delivered << d.clientMsgId;
        QCOMPARE(delivered.size(), 7);
        QCOMPARE(QSet<QString>(delivered.cbegin(), delivered.cend()).size(), 7); // each exactly once
        QCOMPARE(clientMsgIdsSent().size(), 7); // and each asked once it answered: nothing sent twice
        QVERIFY(m_problems.isEmpty());
    }

    void aCrashMidSendResendsOnlyWhatWeChatDeduplicates()
    {
        start({ shop(),
            wechatAccount(
                u"shopBiz"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv), MessageKind::Subscribe) });
        Config c = config({ shop(),
            wechatAccount(
                u"shopBiz"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv), MessageKind::Subscribe) });
        c.wechat.timeoutOverrideMs = 30000; // the crash comes before any timeout
        engine().applyConfig(c);
        m_fake->delayNext(FakeWeChat::Api::AnySend, 20000, 2); // delivered, never answered in time
        placeDue(u"X1"_s, u"oA"_s, u"shop1"_s);
        placeDue(u"X2"_s, u"oB"_s, u"shopBiz"_s);
        QTRY_COMPARE(m_fake->deliveries().size(), 2);
        QCOMPARE(state(u"X1"_s), ReminderState::Sending);
        QCOMPARE(state(u"X2"_s), ReminderState::Sending);

        // The crash: the engine goes without settling what is in flight, and comes back a minute later.
        m_f->engine.reset();
        m_fake->clearFaults();
        m_f->clock.advance(1 * kMinute);
        m_f->engine = std::make_unique<Engine>();
        Engine::Options options;
        options.config = m_f->onSameStore(c);
        options.dataDir = m_f->dir.path();
        options.clock = &m_f->clock;
        QVERIFY2(engine().open(options, &m_f->error), qPrintable(m_f->error));
        QCOMPARE(engine().lastRecovery().retried.size(), 1);
        QCOMPARE(engine().lastRecovery().unknown.size(), 1);
        engine().start();
        QTRY_COMPARE(
            state(u"X1"_s), ReminderState::Sent); // retried with its client_msg_id: WeChat dropped it
        QCOMPARE(state(u"X2"_s), ReminderState::Unknown); // bizsend has none: never resent by itself
        QVERIFY(reminder(u"X2"_s).reason.contains(u"client_msg_id"_s));
        QVERIFY(idleAfter(*m_f, 5 * kMinute));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::BizSend), 1);
        QCOMPARE(m_fake->deliveries().size(), 2); // nothing reached a customer twice
        QCOMPARE(reminder(u"X1"_s).msgid, m_fake->deliveries().first().msgid);
    }

    void timeoutWithoutDedupeKeyIsLeftToAnOperator()
    {
        start({ shop(MessageKind::Subscribe) });
        m_fake->delayNext(FakeWeChat::Api::BizSend, 600);
        placeDue(u"U2"_s);
        QTRY_COMPARE(state(u"U2"_s), ReminderState::Unknown); // never resent blindly
        QVERIFY(reminder(u"U2"_s).reason.contains(u"client_msg_id"_s));
        QVERIFY(idleAfter(*m_f, 1 * kMinute));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::BizSend), 1);
    }

    void fiftySendsAtTokenExpiryFetchOneToken()
    {
        start();
        placeDue(u"E0"_s);
        QTRY_COMPARE(state(u"E0"_s), ReminderState::Sent);
        QCOMPARE(m_fake->tokenRequestCount(), 1);

        m_f->clock.advance(7200 * kSecond); // the cached token and WeChat's have expired
        for (int i = 1; i <= 50; ++i)
            placeDue(u"E%1"_s.arg(i), u"oCustomer%1"_s.arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(
            countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sent'"_s), 51, 20000);
        QCOMPARE(m_fake->tokenRequestCount(), 2); // one for all 50
        QCOMPARE(m_fake->deliveries().size(), 51);
        QVERIFY(m_fake->maxConcurrentPerAppid() <= 8);
    }

    void rejectedTokenIsRefreshedAndRetriedOnce()
    {
        start();
        placeDue(u"K1"_s);
        QTRY_COMPARE(state(u"K1"_s), ReminderState::Sent);
        m_fake->invalidateTokens(kTestAppid); // another system force-refreshed it
        placeDue(u"K2"_s);
        QTRY_COMPARE(state(u"K2"_s), ReminderState::Sent);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
        QVERIFY(m_problems.isEmpty());

        // Rejected again after the refresh: a configuration problem, not a loop.
        m_fake->failNext(FakeWeChat::Api::AnySend, 40001, 2);
        placeDue(u"K3"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"K3"_s), ReminderState::Scheduled);
        QCOMPARE(m_problems.size(), 1);
        QVERIFY(m_problems.first().contains(wechat::tokenRejectedTwiceHint(40001, shop())));
        QCOMPARE(
            m_fake->requestCount(FakeWeChat::Api::TemplateSend), 5); // K1; K2 twice; K3 twice, never a third
    }

    void quotaPausesTheAccountUntilBeijingMidnight()
    {
        start();
        m_fake->setDailyQuota(FakeWeChat::Api::TemplateSend, 1);
        placeDue(u"Q1"_s, u"o1"_s);
        placeDue(u"Q2"_s, u"o2"_s);
        placeDue(u"Q3"_s, u"o3"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QTRY_COMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sending'"_s), 0);
        QCOMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sent'"_s), 1);
        QCOMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'scheduled'"_s), 2);
        const AccountState s = engine().accountStates().value(u"shop1"_s);
        QCOMPARE(s.until, wechat::nextQuotaReset(kT0)); // 00:00 Beijing = 16:00 UTC
        QVERIFY(s.reason.contains(u"45009"_s));
        QCOMPARE(m_problems.size(), 1);

        QVERIFY(idleAfter(*m_f, 60 * kMinute)); // still before midnight: nothing moves
        QCOMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sent'"_s), 1);

        m_f->clock.setNow(*s.until);
        QTRY_VERIFY(!engine().isAccountPaused(u"shop1"_s));
        QTRY_COMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sent'"_s), 2);
        QCOMPARE(m_fake->deliveries().size(), 2); // the new day's quota of one
    }

    void whitelistErrorPausesAndNamesTheIp()
    {
        start();
        m_fake->setCallerIp(u"203.0.113.7"_s);
        m_fake->setWhitelist({ u"198.51.100.1"_s });
        placeDue(u"W1"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"W1"_s), ReminderState::Scheduled);
        QCOMPARE(m_problems.size(), 1);
        QVERIFY2(m_problems.first().contains(u"add 203.0.113.7 to the IP whitelist"_s),
            qPrintable(m_problems.first()));
        QVERIFY(engine().accountStates().value(u"shop1"_s).reason.contains(u"203.0.113.7"_s));
        QVERIFY(!engine().accountStates().value(u"shop1"_s).until); // until an operator resumes

        // Never retried in a loop while paused.
        for (int i = 0; i < 4; ++i)
            m_f->clock.advance(1 * kMinute);
        QVERIFY(idleAfter(*m_f, 1 * kMinute));
        QCOMPARE(m_fake->tokenRequestCount(), 1);

        m_fake->setWhitelist({ u"198.51.100.1"_s, u"203.0.113.7"_s });
        engine().resumeAccount(u"shop1"_s);
        QTRY_COMPARE(state(u"W1"_s), ReminderState::Sent);
    }

    void configurationErrorOnSendPausesTheAccount()
    {
        start();
        m_fake->addTemplate(kTestAppid, u"SOME-OTHER-TEMPLATE"_s);
        placeDue(u"C1"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"C1"_s), ReminderState::Scheduled);
        QVERIFY(m_problems.value(0).contains(u"\"TPL\""_s));
        QVERIFY(m_problems.value(0).contains(u"40037"_s));
    }

    // One send at a time, so "after the first send" can be counted.
    void sendOneAtATime(const AccountConfig &account)
    {
        Config c = config({ account });
        c.wechat.maxInFlight = 1;
        engine().applyConfig(c);
    }

    void fixedTextWeChatRejectsPausesAfterTheFirstSend()
    {
        AccountConfig a = shop();
        a.fields[1].second = u"见订单详情"_s; // thing2: fixed text PayNudge accepts, this template does not
        start({ a });
        sendOneAtATime(a);
        m_fake->failNext(
            FakeWeChat::Api::AnySend, 47003, 3, u"argument invalid! data.thing2.value invalid"_s);
        placeDue(u"S1"_s, u"oA"_s);
        placeDue(u"S2"_s, u"oB"_s);
        placeDue(u"S3"_s, u"oC"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QVERIFY(idleAfter(*m_f)); // anything else would have gone out by now
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 1);
        QCOMPARE(m_fake->deliveries().size(), 0);
        for (const QString &no : { u"S1"_s, u"S2"_s, u"S3"_s })
            QCOMPARE(state(no), ReminderState::Scheduled); // none burnt: they go once the mapping is fixed
        const QString reason = engine().accountStates().value(u"shop1"_s).reason;
        QVERIFY2(reason.contains(u"thing2"_s) && reason.contains(u"\"见订单详情\""_s)
                && reason.contains(u"argument invalid! data.thing2.value invalid"_s),
            qPrintable(reason));
        QCOMPARE(m_problems.size(), 1);

        m_fake->clearFaults();
        a.fields[1].second = u"{product}"_s; // fixed
        engine().applyConfig(config({ a }));
        engine().resumeAccount(u"shop1"_s);
        for (const QString &no : { u"S1"_s, u"S2"_s, u"S3"_s })
            QTRY_COMPARE(state(no), ReminderState::Sent);
    }

    // PayNudge itself sees that fixed text can never be a valid amount: the account pauses
    // before anything reaches WeChat, and no reminder is burnt.
    void fixedTextNoOrderCanFillPausesBeforeSending()
    {
        AccountConfig a = shop();
        a.fields[2].second = u"见订单"_s; // amount3: fixed text, not an amount
        start({ a });
        placeDue(u"F1"_s, u"oA"_s);
        placeDue(u"F2"_s, u"oB"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QVERIFY(idleAfter(*m_f));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 0);
        for (const QString &no : { u"F1"_s, u"F2"_s })
            QCOMPARE(state(no), ReminderState::Scheduled);
        const QString reason = engine().accountStates().value(u"shop1"_s).reason;
        QVERIFY2(
            reason.contains(u"fields/amount3"_s) && reason.contains(u"fixed text"_s), qPrintable(reason));
    }

    void valueOfOneOrderFailsOneUntilThreeCustomersInARow()
    {
        start();
        sendOneAtATime(shop());
        const QString said = u"argument invalid! data.thing2.value invalid"_s;
        m_fake->failNext(FakeWeChat::Api::AnySend, 47003, 1, said);
        placeDue(u"V1"_s, u"oA"_s);
        QTRY_COMPARE(state(u"V1"_s), ReminderState::Failed);
        placeDue(u"V2"_s, u"oB"_s);
        QTRY_COMPARE(state(u"V2"_s), ReminderState::Sent);
        QVERIFY(!engine().isAccountPaused(u"shop1"_s));

        m_fake->failNext(FakeWeChat::Api::AnySend, 47003, 3, said);
        placeDue(u"V3"_s, u"oA"_s);
        QTRY_COMPARE(state(u"V3"_s), ReminderState::Failed);
        placeDue(u"V4"_s, u"oB"_s);
        QTRY_COMPARE(state(u"V4"_s), ReminderState::Failed);
        QVERIFY(!engine().isAccountPaused(u"shop1"_s));
        placeDue(u"V5"_s, u"oC"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"V5"_s), ReminderState::Scheduled);
        placeDue(u"V6"_s, u"oD"_s);
        QVERIFY(idleAfter(*m_f));
        QCOMPARE(state(u"V6"_s), ReminderState::Scheduled);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 5);
        QVERIFY2(m_problems.value(0).contains(u"3 different customers in a row"_s)
                && m_problems.value(0).contains(u"fields/thing2"_s) && m_problems.value(0).contains(said),
            qPrintable(m_problems.value(0)));
    }

    void pageMissingFromTheReleasedMiniProgramPauses()
    {
        AccountConfig a = shop(MessageKind::MiniProgram);
        a.miniprogramPage = u"pages/pay?no={order_no}"_s;
        start({ a });
        m_fake->setReleasedPages(kTestAppid, { u"pages/index"_s });
        placeDue(u"P1"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"P1"_s), ReminderState::Scheduled);
        QVERIFY2(m_problems.value(0).contains(u"41030"_s) && m_problems.value(0).contains(u"pages/pay"_s),
            qPrintable(m_problems.value(0)));
    }

    void retiredApiPausesWithItsReason()
    {
        start();
        m_fake->failNext(FakeWeChat::Api::AnySend, 45103);
        placeDue(u"X1"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QCOMPARE(state(u"X1"_s), ReminderState::Scheduled);
        const QString reason = engine().accountStates().value(u"shop1"_s).reason;
        QVERIFY2(reason.contains(u"45103"_s) && reason.contains(u"no longer supports"_s)
                && reason.contains(u"/cgi-bin/message/template/send"_s),
            qPrintable(reason));
    }

    void failingTokenRefreshWarnsWithoutPausing()
    {
        start();
        placeDue(u"K1"_s);
        QTRY_COMPARE(state(u"K1"_s), ReminderState::Sent);
        QList<QString> changed;
        connect(&engine(), &Engine::accountStateChanged, this, [&](const QString &a) { changed << a; });
        m_f->clock.advance(6900 * kSecond); // the token's last five minutes
        m_fake->setWhitelist({ u"198.51.100.1"_s });
        placeDue(u"K2"_s);
        QTRY_COMPARE(state(u"K2"_s), ReminderState::Sent); // the still valid token serves
        QTRY_VERIFY(engine().tokenRefreshProblems().contains(u"shop1"_s));
        QVERIFY2(engine().tokenRefreshProblems().value(u"shop1"_s).contains(u"40164"_s),
            qPrintable(engine().tokenRefreshProblems().value(u"shop1"_s)));
        QVERIFY(changed.contains(u"shop1"_s));
        QVERIFY(!engine().isAccountPaused(u"shop1"_s));

        m_fake->setWhitelist({});
        m_f->clock.advance(38 * kSecond); // past the first retry's wait (30 s plus up to a quarter)
        placeDue(u"K3"_s);
        QTRY_COMPARE(state(u"K3"_s), ReminderState::Sent);
        QTRY_VERIFY(engine().tokenRefreshProblems().isEmpty());
    }

    void recipientErrorFailsOneAndTheBatchGoesOn()
    {
        start();
        m_fake->setRecipient(u"oUnfollowed"_s, 43004);
        placeDue(u"R1"_s, u"oA"_s);
        placeDue(u"R2"_s, u"oUnfollowed"_s);
        placeDue(u"R3"_s, u"oB"_s);
        QTRY_COMPARE(state(u"R2"_s), ReminderState::Failed);
        QTRY_COMPARE(state(u"R1"_s), ReminderState::Sent);
        QTRY_COMPARE(state(u"R3"_s), ReminderState::Sent);
        QVERIFY(reminder(u"R2"_s).reason.contains(u"does not follow"_s));
        QCOMPARE(reminder(u"R2"_s).errcode, 43004);
        QVERIFY(!engine().isAccountPaused(u"shop1"_s));
        QVERIFY(m_problems.isEmpty());
    }

    void longValuesAreFittedAndRejectedContentFailsOne()
    {
        start();
        const QString longName = u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大果现摘现发顺丰包邮"_s;
        placeDue(u"F1"_s, u"oA"_s, u"shop1"_s, longName);
        QTRY_COMPARE(state(u"F1"_s), ReminderState::Sent); // cut, not rejected with 47003
        const QString thing = m_fake->deliveries()
                                  .first()
                                  .body.value(u"data"_s)
                                  .toObject()
                                  .value(u"thing2"_s)
                                  .toObject()
                                  .value(u"value"_s)
                                  .toString();
        QCOMPARE(thing.size(), 20);

        m_fake->failNext(FakeWeChat::Api::AnySend, 45168);
        placeDue(u"F2"_s, u"oB"_s);
        QTRY_COMPARE(state(u"F2"_s), ReminderState::Failed);
        QVERIFY(reminder(u"F2"_s).reason.contains(u"sensitive"_s));
        placeDue(u"F3"_s, u"oC"_s);
        QTRY_COMPARE(state(u"F3"_s), ReminderState::Sent);
        QVERIFY(!engine().isAccountPaused(u"shop1"_s));
    }

    void everyTokenSourceWorks()
    {
        const QString classicAppid = u"wx1111111111111111"_s;
        const QString urlAppid = u"wx2222222222222222"_s;
        AccountConfig stable = shop();
        AccountConfig classic = wechatAccount(u"shopC"_s, classicAppid, QString::fromLatin1(kTestSecretEnv));
        classic.tokenSource = TokenSource::Classic;
        AccountConfig viaUrl = wechatAccount(u"shopU"_s, urlAppid, QString());
        viaUrl.tokenSource = TokenSource::Url;
        start({ stable });
        m_fake->addAccount(classicAppid, kTestSecret);
        m_fake->addAccount(urlAppid, u"the shop keeps this one"_s);
        viaUrl.tokenUrl = m_fake->baseUrl();
        viaUrl.tokenUrl.setPath(FakeWeChat::path(FakeWeChat::Api::ShopToken));
        viaUrl.tokenUrl.setQuery(u"appid="_s + urlAppid);
        engine().applyConfig(config({ stable, classic, viaUrl }));

        placeDue(u"S1"_s, u"oA"_s, u"shop1"_s);
        placeDue(u"S2"_s, u"oA"_s, u"shopC"_s);
        placeDue(u"S3"_s, u"oA"_s, u"shopU"_s);
        QTRY_COMPARE(countWhere(engine(), u"SELECT count(*) FROM reminders WHERE state = 'sent'"_s), 3);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::StableToken), 1);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::Token), 1);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::ShopToken), 1);
        QStringList appids;
        for (const FakeWeChat::Delivery &d : m_fake->deliveries())
            appids << d.appid;
        appids.sort();
        QCOMPARE(appids, (QStringList { kTestAppid, classicAppid, urlAppid }));
    }

    void msgidAbove2To53IsStoredExactly()
    {
        start();
        const qint64 big = (qint64(1) << 53) + 1;
        m_fake->setNextMsgId(big);
        placeDue(u"M1"_s);
        QTRY_COMPARE(state(u"M1"_s), ReminderState::Sent);
        QCOMPARE(reminder(u"M1"_s).msgid, big);
        QCOMPARE(countWhere(engine(), u"SELECT msgid FROM send_attempts"_s), big);
    }

    // rounds=10m, close-30m; round 2 (the one before the close) has its own template.
    static AccountConfig withLastRoundTemplate(AccountConfig a)
    {
        a.rounds[2].templateId = u"TPL_LAST"_s;
        a.rounds[2].fields
            = { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"soon: {product}"_s } };
        return a;
    }

    void planRounds(const AccountConfig &a)
    {
        Config c = config({ a });
        c.reminder.plan.roundOffsetsSec = { 600 };
        c.reminder.plan.closeRoundsSec = { 1800 };
        engine().applyConfig(c);
    }

    // Placed now, closing in two hours: round 1 at +10 min, round 2 at +90 min.
    void placeTwoHourOrder(const QString &orderNo)
    {
        OrderInput o = sampleOrder(orderNo, now(), u"shop1"_s);
        o.closeAt = now() + 7200 * kSecond;
        QCOMPARE(engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
    }

    void roundTwoGoesOutWithItsOwnTemplate()
    {
        const AccountConfig a = withLastRoundTemplate(shop());
        start({ a });
        planRounds(a);
        placeTwoHourOrder(u"R1"_s);
        const auto order = engine().orderByNo(u"R1"_s);
        QVERIFY(order);
        const QList<ReminderRecord> planned = engine().remindersOf(order->id);
        QCOMPARE(planned.size(), 2);
        QCOMPARE(planned[1].dueAt, order->closeAt - 1800 * kSecond);
        QVERIFY(sweepAfter(*m_f, kRound));
        QTRY_COMPARE(m_fake->deliveries().size(), 1);
        QCOMPARE(m_fake->deliveries()[0].templateId, u"TPL"_s);
        QVERIFY(sweepAfter(*m_f, 80 * kMinute));
        QTRY_COMPARE(m_fake->deliveries().size(), 2);
        const FakeWeChat::Delivery &last = m_fake->deliveries()[1];
        QCOMPARE(last.templateId, u"TPL_LAST"_s);
        QCOMPARE(
            last.body.value(u"data"_s).toObject().value(u"thing2"_s).toObject().value(u"value"_s).toString(),
            u"soon: 有机苹果 5kg"_s);
        // Both recorded (the second a moment after WeChat answered it), neither with a variant.
        QTRY_COMPARE(storeText(u"SELECT variant FROM send_attempts WHERE outcome = 'sent'"_s),
            u"\n"_s); // no split test
    }

    void roundTwoOfADryRunShowsItsOwnTemplate()
    {
        AccountConfig a = withLastRoundTemplate(shop());
        a.appid.clear(); // runs dry
        start({ a });
        planRounds(a);
        placeTwoHourOrder(u"D1"_s);
        QVERIFY(sweepAfter(*m_f, kRound));
        QVERIFY(sweepAfter(*m_f, 80 * kMinute));
        QTRY_COMPARE(
            countWhere(engine(), u"SELECT count(*) FROM send_attempts WHERE outcome = 'dry_run'"_s), 2);
        const QStringList details
            = storeText(u"SELECT detail FROM send_attempts WHERE outcome = 'dry_run' ORDER BY id"_s)
                  .split(u'\n');
        QVERIFY2(details.value(0).contains(u"TPL"_s) && !details.value(0).contains(u"TPL_LAST"_s),
            qPrintable(details.value(0)));
        QVERIFY2(details.value(1).contains(u"TPL_LAST"_s) && details.value(1).contains(u"soon: "_s),
            qPrintable(details.value(1)));
        QCOMPARE(m_fake->deliveries().size(), 0);
    }

    void theVariantIsRecordedAndAResendKeepsIt()
    {
        AccountConfig a = shop();
        TextVariant va;
        va.name = u"a"_s;
        va.fields = { { u"thing2"_s, u"A {product}"_s } };
        TextVariant vb = va;
        vb.name = u"b"_s;
        vb.fields = { { u"thing2"_s, u"B {product}"_s } };
        a.variants = { va, vb };
        start({ a });
        placeDue(u"V1"_s);
        QTRY_COMPARE(state(u"V1"_s), ReminderState::Sent);
        const QString variant = a.variantOf(u"V1"_s);
        QVERIFY(variant == u"a" || variant == u"b");
        const auto order = engine().orderByNo(u"V1"_s);
        QVERIFY(order);
        QCOMPARE(engine().attemptsOf(order->id).value(0).variant, variant);
        const QString thing2 = m_fake->deliveries()[0]
                                   .body.value(u"data"_s)
                                   .toObject()
                                   .value(u"thing2"_s)
                                   .toObject()
                                   .value(u"value"_s)
                                   .toString();
        QVERIFY2(thing2.startsWith(variant.toUpper() + u' '), qPrintable(thing2));
        // An operator's resend, later: the account's own mapping, in the same variant.
        m_f->clock.advance(6 * kMinute);
        QVERIFY(!engine().resendOrder(order->id, u"op"_s));
        QTRY_COMPARE(m_fake->deliveries().size(), 2);
        QTRY_COMPARE(engine().attemptsOf(order->id).size(), 2);
        QTRY_VERIFY(engine().attemptsOf(order->id).value(1).finishedAt.has_value());
        QCOMPARE(engine().attemptsOf(order->id).value(1).variant, variant);
        QCOMPARE(storeText(u"SELECT variant FROM send_attempts ORDER BY id"_s), variant + u'\n' + variant);
    }

    void settingsChangesApplyWithoutRestart()
    {
        AccountConfig dry = shop();
        dry.appid.clear();
        start({ dry });
        placeDue(u"G1"_s);
        QTRY_COMPARE(state(u"G1"_s), ReminderState::DryRun);
        QVERIFY(!engine().wechatSender());

        engine().applyConfig(config({ shop() }));
        placeDue(u"G2"_s);
        QTRY_COMPARE(state(u"G2"_s), ReminderState::Sent);

        engine().applyConfig(config({ dry }));
        placeDue(u"G3"_s);
        QTRY_COMPARE(state(u"G3"_s), ReminderState::DryRun);
        QCOMPARE(m_fake->deliveries().size(), 1);
    }

    // Last: it swaps the process's message handler.
    void secretsNeverReachLogsOrHistory()
    {
        QTemporaryDir logs;
        const QtMessageHandler testHandler = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(testHandler);
        logging::install({ logs.path(), false });
        QLoggingCategory::setFilterRules(u"paynudge.*=true"_s);

        start();
        placeDue(u"L1"_s, u"oA"_s);
        QTRY_COMPARE(state(u"L1"_s), ReminderState::Sent);
        m_fake->invalidateTokens(kTestAppid); // refreshed: a second token to keep out of the log
        placeDue(u"L2"_s, u"oB"_s);
        QTRY_COMPARE(state(u"L2"_s), ReminderState::Sent);
        m_fake->httpErrorNext(FakeWeChat::Api::TemplateSend, 502);
        placeDue(u"L3"_s, u"oC"_s);
        QTRY_COMPARE(state(u"L3"_s), ReminderState::RetryWait);
        m_fake->dropNext(FakeWeChat::Api::TemplateSend, FakeWeChat::Drop::AfterHandling, 3);
        m_f->clock.advance(1 * kSecond);
        QTRY_COMPARE(reminder(u"L3"_s).attempts, 2);
        QTRY_VERIFY(reminder(u"L3"_s).state != ReminderState::Sending);
        m_fake->clearFaults();
        m_fake->failNext(FakeWeChat::Api::AnyToken, 40125);
        m_fake->invalidateTokens(kTestAppid);
        placeDue(u"L4"_s, u"oD"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        const QString history
            = storeText(u"SELECT errmsg || ' ' || rid || ' ' || detail FROM send_attempts"_s)
            + storeText(u"SELECT reason FROM reminders"_s) + storeText(u"SELECT reason FROM account_state"_s)
            + m_problems.join(u'\n');
        const QStringList tokens = m_fake->issuedTokens();

        m_fake.reset();
        m_f.reset();
        QLoggingCategory::setFilterRules(QString());
        logging::uninstall();
        qInstallMessageHandler(testHandler);

        QFile file(logs.filePath(u"paynudge.log"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(file.readAll());
        QVERIFY(tokens.size() >= 2);
        // The log saw the token-bearing URLs and the failures, with the query (and the token in it) blanked.
        QVERIFY(log.contains(u"/cgi-bin/message/template/send?***"_s));
        QVERIFY(log.contains(u"40125"_s));
        QVERIFY(history.contains(u"40125"_s));
        QStringList secrets = tokens;
        secrets << kTestSecret;
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!log.contains(secret), "a secret reached the log");
            QVERIFY2(!history.contains(secret), "a secret reached the history");
        }
    }
};

QTEST_GUILESS_MAIN(TestWeChatEngine)
#include "tst_wechatengine.moc"
