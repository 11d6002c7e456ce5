// The WeChat sender against the fake server, without the engine: request bodies per message
// kind, fitting, msgid, the in-flight bound and per-customer serialisation, token retry, and
// the classification of every kind of answer.
#include "fakewechat.h"
#include "testsupport.h"
#include "wechat/errorclassifier.h"
#include "wechat/wechatsender.h"
#include "wechattestkit.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;
using namespace paynudge::wechat;

Q_DECLARE_METATYPE(paynudge::SendStatus)

class TestWeChatSender : public FakeWeChatTest
{
    Q_OBJECT

    std::unique_ptr<WeChatSender> m_sender;
    QList<SendResult> m_results;
    qint64 m_nextId = 0;

    static AccountConfig account(MessageKind kind = MessageKind::Template)
    {
        return wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv), kind);
    }

    WeChatSettings settings(int maxInFlight = 8, int timeoutMs = 300) const
    {
        WeChatSettings s;
        s.apiBase = m_fake->baseUrl();
        s.maxInFlight = maxInFlight;
        s.timeoutOverrideMs = timeoutMs;
        return s;
    }

    OutgoingMessage message(
        const QString &openid = u"oCustomer1"_s, const QString &product = u"有机苹果 5kg"_s)
    {
        return outgoingMessage(++m_nextId, u"shop1"_s, openid, product);
    }

    SendResult sendOne(const OutgoingMessage &m)
    {
        const qsizetype before = m_results.size();
        m_sender->send(m);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), before + 1, 5000); }();
        return m_results.value(before);
    }

    QJsonObject lastSendBody() const
    {
        for (qsizetype i = m_fake->requests().size() - 1; i >= 0; --i) {
            const FakeWeChat::Request &r = m_fake->requests().at(i);
            if (r.api != FakeWeChat::Api::Token && r.api != FakeWeChat::Api::StableToken)
                return QJsonDocument::fromJson(r.body).object();
        }
        return {};
    }

    void useKind(MessageKind kind)
    {
        AccountConfig a = account(kind);
        a.miniprogramAppid = u"wxfedcba9876543210"_s;
        a.miniprogramPage = u"pages/order?no={order_no}"_s;
        a.lang = u"en_US"_s;
        a.miniprogramState = u"trial"_s;
        m_sender->setAccounts({ a });
    }

private slots:
    void init()
    {
        QVERIFY(startFake());
        m_sender = std::make_unique<WeChatSender>(*m_clock);
        m_sender->setTimeZone(QTimeZone("Asia/Shanghai"));
        m_sender->setSettings(settings());
        m_sender->setAccounts({ account() });
        m_results.clear();
        connect(m_sender.get(), &Sender::finished, this, [this](const SendResult &r) { m_results << r; });
    }

    void cleanup()
    {
        m_sender.reset();
        stopFake();
    }

    void sendsATemplateMessage()
    {
        const OutgoingMessage m = message();
        const SendResult r = sendOne(m);
        QCOMPARE(r.status, SendStatus::Accepted);
        QCOMPARE(r.reminderId, m.reminderId);
        QCOMPARE(r.attemptId, m.attemptId);
        QCOMPARE(r.account, u"shop1"_s);
        QCOMPARE(r.errcode, 0);
        QCOMPARE(r.msgid, 200228332);
        QVERIFY(r.detail.contains(u"thing2=有机苹果 5kg"_s));

        const QJsonObject body = lastSendBody();
        QCOMPARE(body.value(u"touser"_s).toString(), u"oCustomer1"_s);
        QCOMPARE(body.value(u"template_id"_s).toString(), u"TPL"_s);
        QCOMPARE(body.value(u"client_msg_id"_s).toString(), m.reminder.clientMsgId);
        QCOMPARE(body.value(u"url"_s).toString(), u"https://shop.example/order/"_s + m.order.input.orderNo);
        const QJsonObject data = body.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"character_string1"_s).toObject().value(u"value"_s).toString(),
            m.order.input.orderNo);
        QCOMPARE(data.value(u"amount3"_s).toObject().value(u"value"_s).toString(), u"¥128.50"_s);
        QCOMPARE(data.value(u"time4"_s).toObject().value(u"value"_s).toString(), u"2026-03-02 18:00"_s);
        // Raw UTF-8, no \u escapes (40033), as JSON.
        const FakeWeChat::Request &request = m_fake->requests().constLast();
        QVERIFY(request.body.contains("有机苹果"));
        QVERIFY(!request.body.contains("\\u"));
        QVERIFY(request.contentType.startsWith("application/json"));
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.query.hasQueryItem(u"access_token"_s));
        QCOMPARE(m_fake->deliveries().size(), 1);
    }

    void bodiesFollowTheMessageKind()
    {
        useKind(MessageKind::Template);
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted);
        QJsonObject body = lastSendBody();
        QCOMPARE(
            body.value(u"miniprogram"_s).toObject().value(u"appid"_s).toString(), u"wxfedcba9876543210"_s);
        QVERIFY(body.value(u"miniprogram"_s)
                    .toObject()
                    .value(u"pagepath"_s)
                    .toString()
                    .startsWith(u"pages/order?no="_s));
        QVERIFY(body.contains(u"url"_s));

        useKind(MessageKind::Subscribe);
        const SendResult biz = sendOne(message());
        QCOMPARE(biz.status, SendStatus::Accepted);
        QVERIFY(!biz.msgid); // bizsend documents none
        QCOMPARE(m_fake->requests().constLast().api, FakeWeChat::Api::BizSend);
        body = lastSendBody();
        QVERIFY(body.value(u"page"_s).toString().startsWith(u"https://shop.example/order/"_s));
        QVERIFY(body.contains(u"miniprogram"_s));
        QVERIFY(!body.contains(u"client_msg_id"_s));
        QVERIFY(!body.contains(u"url"_s));

        useKind(MessageKind::MiniProgram);
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted);
        QCOMPARE(m_fake->requests().constLast().api, FakeWeChat::Api::SubscribeSend);
        body = lastSendBody();
        QVERIFY(body.value(u"page"_s).toString().startsWith(u"pages/order?no="_s));
        QCOMPARE(body.value(u"miniprogram_state"_s).toString(), u"trial"_s);
        QCOMPARE(body.value(u"lang"_s).toString(), u"en_US"_s);
        QVERIFY(!body.contains(u"miniprogram"_s));
        QCOMPARE(m_fake->deliveries().size(), 3);
    }

    void longValuesAreFittedNotRejected()
    {
        const QString longName = u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大果现摘现发顺丰包邮"_s;
        const SendResult r = sendOne(message(u"oCustomer1"_s, longName + u"\n🍎"_s));
        QCOMPARE(r.status, SendStatus::Accepted); // the fake would answer 47003 to the raw value
        const QString sent = m_fake->deliveries()
                                 .constLast()
                                 .body.value(u"data"_s)
                                 .toObject()
                                 .value(u"thing2"_s)
                                 .toObject()
                                 .value(u"value"_s)
                                 .toString();
        QCOMPARE(sent.size(), 20);
        QVERIFY(sent.startsWith(longName.left(19)));
        QVERIFY(r.detail.contains(u"fitted"_s));
    }

    void msgidIsReadAs64Bits()
    {
        const qint64 big = (qint64(1) << 53) + 1; // a double would round it to 2^53
        m_fake->setNextMsgId(big);
        QCOMPARE(sendOne(message()).msgid, big);
        QCOMPARE(sendOne(message()).msgid, big + 1);
    }

    void boundsInFlightAndNeverTwoToOneCustomer()
    {
        m_fake->setReplyDelay(40);
        for (int i = 0; i < 20; ++i)
            m_sender->send(message(u"oCustomer%1"_s.arg(i)));
        for (int i = 0; i < 10; ++i)
            m_sender->send(message(u"oSameCustomer"_s));
        QCOMPARE(m_sender->inFlight(u"shop1"_s), 8);
        QCOMPARE(m_sender->waiting(u"shop1"_s), 22);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 30, 10000);
        for (const SendResult &r : std::as_const(m_results))
            QCOMPARE(r.status, SendStatus::Accepted);
        QCOMPARE(m_fake->maxConcurrentPerOpenid(), 1);
        // Parallel, within the bound (over HTTP/1.1 QNetworkAccessManager itself opens at most 6
        // connections per host, so the server may see fewer than 8 at once).
        QVERIFY(m_fake->maxConcurrentPerAppid() >= 2);
        QVERIFY(m_fake->maxConcurrentPerAppid() <= 8);
        QCOMPARE(m_fake->deliveriesTo(u"oSameCustomer"_s).size(), 10);
        QCOMPARE(m_sender->inFlight(u"shop1"_s), 0);
        QCOMPARE(m_sender->waiting(u"shop1"_s), 0);
    }

    void smallerBoundIsHonoured()
    {
        m_sender->setSettings(settings(2));
        m_fake->setReplyDelay(20);
        for (int i = 0; i < 10; ++i)
            m_sender->send(message(u"o%1"_s.arg(i)));
        QCOMPARE(m_sender->inFlight(u"shop1"_s), 2);
        QTRY_COMPARE(m_results.size(), 10);
        QCOMPARE(m_fake->maxConcurrentPerAppid(), 2);
    }

    void rejectedTokenIsRefreshedOnceAndRetriedOnce()
    {
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted);
        m_fake->invalidateTokens(kTestAppid); // someone else force-refreshed
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::Accepted);
        QVERIFY(r.detail.contains(u"token refresh"_s));
        QCOMPARE(m_fake->tokenRequestCount(), 2);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 3);
    }

    void tokenRejectedTwiceStopsTheAccount()
    {
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted);
        m_fake->failNext(FakeWeChat::Api::AnySend, 40001, 5);
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::AccountConfig);
        QCOMPARE(r.errcode, 40001);
        QCOMPARE(r.operatorHint, wechat::tokenRejectedTwiceHint(40001, account()));
        QCOMPARE(
            m_fake->requestCount(FakeWeChat::Api::TemplateSend), 3); // the first, then two: never a third
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }

    void answersAreClassified_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<SendStatus>("status");
        QTest::newRow("-1") << -1 << SendStatus::Transient;
        QTest::newRow("45011") << 45011 << SendStatus::Transient;
        QTest::newRow("45009") << 45009 << SendStatus::AccountQuota;
        QTest::newRow("40037") << 40037 << SendStatus::AccountConfig;
        QTest::newRow("48001") << 48001 << SendStatus::AccountConfig;
        QTest::newRow("40164") << 40164 << SendStatus::AccountConfig;
        QTest::newRow("43004") << 43004 << SendStatus::RecipientRejected;
        QTest::newRow("40003") << 40003 << SendStatus::RecipientRejected;
        QTest::newRow("43101") << 43101 << SendStatus::RecipientRejected;
        QTest::newRow("47003") << 47003 << SendStatus::MessageRejected;
        QTest::newRow("41030") << 41030 << SendStatus::AccountConfig;
        QTest::newRow("45103") << 45103 << SendStatus::AccountConfig;
        QTest::newRow("45168") << 45168 << SendStatus::MessageRejected;
    }

    void answersAreClassified()
    {
        QFETCH(int, errcode);
        QFETCH(SendStatus, status);
        m_fake->failNext(FakeWeChat::Api::AnySend, errcode);
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, status);
        QCOMPARE(r.errcode, errcode);
        QVERIFY(!r.rid.isEmpty());
        QVERIFY(!r.errmsg.contains(u"rid"_s));
        QVERIFY(!r.operatorHint.isEmpty());
        QCOMPARE(r.notBefore.has_value(), errcode == 45011);
        if (errcode == 45011)
            QCOMPARE(*r.notBefore, wechat::nextMinute(m_clock->nowMs()));
        QCOMPARE(r.pauseUntil.has_value(), errcode == 45009);
        if (errcode == 45009)
            QCOMPARE(*r.pauseUntil, wechat::nextQuotaReset(m_clock->nowMs()));
        QCOMPARE(m_fake->deliveries().size(), 0);
    }

    void timeoutIsAnUnknownOutcome()
    {
        m_fake->delayNext(FakeWeChat::Api::TemplateSend, 1000);
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::OutcomeUnknown);
        QVERIFY(r.errmsg.contains(u"300 ms"_s));
        QVERIFY(r.idempotent); // template/send dedupes by client_msg_id: the engine may retry
        QVERIFY(!r.notBefore);
        QCOMPARE(m_fake->deliveries().size(), 1); // it was delivered all the same
    }

    void timeoutWithoutDedupeKeyIsLeftToAnOperator()
    {
        useKind(MessageKind::Subscribe);
        m_fake->delayNext(FakeWeChat::Api::BizSend, 1000);
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::OutcomeUnknown);
        QVERIFY(!r.idempotent); // bizsend has no client_msg_id: the outcome policy leaves it to an operator
        QVERIFY(!r.notBefore);
    }

    void brokenConnectionIsAnUnknownOutcome()
    {
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted); // token cached
        m_fake->dropNext(FakeWeChat::Api::TemplateSend, FakeWeChat::Drop::AfterHandling, 5);
        QCOMPARE(sendOne(message()).status, SendStatus::OutcomeUnknown);
        m_fake->clearFaults();
        m_fake->httpErrorNext(FakeWeChat::Api::TemplateSend, 502);
        const SendResult gateway = sendOne(message());
        // A gateway's error page says nothing of whether WeChat behind it took the message.
        QCOMPARE(gateway.status, SendStatus::OutcomeUnknown);
        QVERIFY(gateway.errmsg.contains(u"502"_s));
    }

    void refusedConnectionIsCertainlyNotSent()
    {
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted); // token cached: the send itself is refused
        QVERIFY(m_fake->setReachable(false));
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::Transient);
        QVERIFY2(r.errmsg.startsWith(u"not sent"_s), qPrintable(r.errmsg));
        QVERIFY(r.operatorHint.isEmpty()); // not a token failure
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 1);
        QVERIFY(m_fake->setReachable(true));
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 2);
    }

    void unreachableServerIsTransient()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        WeChatSettings s = settings();
        s.apiBase = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        m_sender->setSettings(s);
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::Transient);
        QVERIFY(r.operatorHint.contains(u"could not get an access token"_s));
        // The same as a code, for the console's language.
        QVERIFY2(
            r.operatorProblem.codeName().startsWith(u"token_"_s), qPrintable(r.operatorProblem.codeName()));
        QCOMPARE(r.operatorProblem.englishText(), r.operatorHint);
    }

    void quotaReturnsTheWaitingRemindersUnsent()
    {
        m_sender->setSettings(settings(1));
        m_fake->failNext(FakeWeChat::Api::AnySend, 45009);
        for (int i = 0; i < 5; ++i)
            m_sender->send(message(u"o%1"_s.arg(i)));
        QTRY_COMPARE(m_results.size(), 5);
        for (const SendResult &r : std::as_const(m_results)) {
            QCOMPARE(r.status, SendStatus::AccountQuota);
            QVERIFY(r.pauseUntil.has_value());
        }
        QCOMPARE(
            m_fake->requestCount(FakeWeChat::Api::TemplateSend), 1); // one hit the wall; the rest never went
    }

    void setupMistakeReturnsTheWaitingRemindersUnsent()
    {
        // The template needs thing9, which the mapping does not fill: every message would fail.
        m_fake->addTemplate(kTestAppid, u"TPL"_s,
            { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s, u"thing9"_s });
        m_sender->setSettings(settings(1));
        for (int i = 0; i < 4; ++i)
            m_sender->send(message(u"o%1"_s.arg(i)));
        QTRY_COMPARE(m_results.size(), 4);
        for (const SendResult &r : std::as_const(m_results)) {
            QCOMPARE(r.status, SendStatus::AccountConfig);
            QVERIFY2(r.operatorHint.contains(u"thing9"_s), qPrintable(r.operatorHint));
        }
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateSend), 1); // the rest never went
        QVERIFY(m_results.first().operatorHint.contains(u"data.thing9.value is empty"_s));
        // The pause carries the mistake's code; its English is the hint.
        QVERIFY(m_results.first().operatorProblem.is(ErrorCode::SetupKeyNotFilled));
        QCOMPARE(m_results.first().operatorProblem.englishText(), m_results.first().operatorHint);
    }

    void valueOfOneOrderFailsAloneUntilThreeCustomersInARow()
    {
        const QString said = u"argument invalid! data.thing2.value invalid"_s;
        m_fake->failNext(FakeWeChat::Api::AnySend, 47003, 1, said);
        QCOMPARE(sendOne(message(u"oA"_s)).status, SendStatus::MessageRejected);
        QCOMPARE(sendOne(message(u"oB"_s)).status, SendStatus::Accepted);
        m_fake->failNext(FakeWeChat::Api::AnySend, 47003, 3, said);
        QCOMPARE(sendOne(message(u"oA"_s)).status, SendStatus::MessageRejected);
        QCOMPARE(sendOne(message(u"oB"_s)).status, SendStatus::MessageRejected);
        const SendResult third = sendOne(message(u"oC"_s));
        QCOMPARE(third.status, SendStatus::AccountConfig);
        QCOMPARE(third.errcode, 47003);
        QVERIFY2(third.operatorHint.contains(u"fields/thing2"_s) && third.operatorHint.contains(said),
            qPrintable(third.operatorHint));
        // A changed mapping is judged afresh.
        AccountConfig changed = account();
        changed.fields[1].second = u"{product} "_s;
        m_sender->setAccounts({ changed });
        m_fake->failNext(FakeWeChat::Api::AnySend, 47003, 1, said);
        QCOMPARE(sendOne(message(u"oD"_s)).status, SendStatus::MessageRejected);
    }

    void pageMissingFromTheReleasedMiniProgramPausesTheAccount()
    {
        useKind(MessageKind::MiniProgram); // page pages/order?no={order_no}
        m_fake->setReleasedPages(kTestAppid, { u"pages/index"_s });
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::AccountConfig);
        QCOMPARE(r.errcode, 41030);
        QVERIFY2(r.operatorHint.contains(u"pages/order?no={order_no}"_s), qPrintable(r.operatorHint));
        m_fake->setReleasedPages(kTestAppid, { u"pages/index"_s, u"pages/order"_s });
        QCOMPARE(sendOne(message()).status, SendStatus::Accepted); // the query is the page's business
    }

    void accountDroppedWhileWaitingComesBackTransient()
    {
        m_sender->setSettings(settings(1));
        m_fake->setReplyDelay(50);
        for (int i = 0; i < 3; ++i)
            m_sender->send(message(u"o%1"_s.arg(i)));
        m_sender->setAccounts({});
        QTRY_COMPARE(m_results.size(), 3);
        int transient = 0;
        for (const SendResult &r : std::as_const(m_results))
            transient += r.status == SendStatus::Transient ? 1 : 0;
        QCOMPARE(transient, 2); // the one in flight finishes as it was sent
    }

    void neverFinishesInsideSend()
    {
        m_sender->setAccounts({});
        m_sender->send(message());
        QCOMPARE(m_results.size(), 0);
        QTRY_COMPARE(m_results.size(), 1);
        QCOMPARE(m_results.first().status, SendStatus::Transient);
    }

    // A value WeChat would refuse is not sent at all: the reminder fails with the reason (an
    // amount that is no amount), or — the mapping's fault, an enum value the template does not
    // list — the account's setup is named, so the engine pauses it.
    void unsendableValueIsNotSent()
    {
        AccountConfig a = account();
        a.fields.append({ u"amount3"_s, u"{coupon}"_s }); // the order has no such var: "{coupon}" stays
        a.fields.removeIf([](const auto &f) { return f.first == u"amount3" && f.second == u"{amount}"; });
        m_sender->setAccounts({ a });
        SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::MessageRejected);
        QVERIFY2(r.errmsg.startsWith(u"not sent: amount3: "_s), qPrintable(r.errmsg));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0);

        a = account();
        a.fields.append({ u"enum5"_s, u"待付款"_s });
        a.allowedValues.insert(u"enum5"_s, { u"待支付"_s, u"已关闭"_s });
        m_sender->setAccounts({ a });
        r = sendOne(message());
        QCOMPARE(r.status, SendStatus::AccountConfig);
        QVERIFY2(r.operatorHint.contains(u"fields/enum5"_s), qPrintable(r.operatorHint));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0);
        // The pause's code words the refused value inside it; its English is the hint.
        QVERIFY(r.operatorProblem.is(ErrorCode::RenderSetupError));
        const std::shared_ptr<const Error> refused = r.operatorProblem.cause; // fixed text, refused
        QVERIFY(refused && refused->is(ErrorCode::RenderFixedText));
        QCOMPARE(refused->field, u"enum5"_s);
        QVERIFY(refused->cause && refused->cause->is(ErrorCode::RenderNotAllowed));
        QCOMPARE(r.operatorProblem.englishText(), r.operatorHint);
    }

    // An account without fields/… whose template WeChat does not list pauses with the code.
    void unlistedTemplateOfAnUnmappedAccountCarriesItsCode()
    {
        m_fake->addTemplate(kTestAppid, u"SOME-OTHER"_s, { u"thing2"_s });
        AccountConfig a = account();
        a.fields.clear();
        m_sender->setAccounts({ a });
        const SendResult r = sendOne(message());
        QCOMPARE(r.status, SendStatus::AccountConfig);
        QVERIFY(r.operatorProblem.is(ErrorCode::TemplateNotListedNoFields));
        QCOMPARE(r.operatorHint, r.operatorProblem.englishText());
        QCOMPARE(r.errmsg, u"not sent: "_s + r.operatorHint);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0);
    }
};

QTEST_GUILESS_MAIN(TestWeChatSender)
#include "tst_wechatsender.moc"
