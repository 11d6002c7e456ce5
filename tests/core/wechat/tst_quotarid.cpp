// The account's send quota (POST /cgi-bin/openapi/quota/get) and WeChat's record of a failed
// request (POST /cgi-bin/openapi/rid/get), read through the real sender's client from the fake.
#include "fakewechat.h"
#include "wechat/ridlookup.h"
#include "wechat/wechatsender.h"
#include "wechattestkit.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;
using namespace paynudge::wechat;

class TestQuotaRid : public FakeWeChatTest
{
    Q_OBJECT

    std::unique_ptr<WeChatSender> m_sender;
    std::unique_ptr<QSignalSpy> m_quotaReads; // every read the watcher starts, from before setAccounts
    QList<SendResult> m_results;
    qint64 m_nextId = 0;

    static AccountConfig account()
    {
        return wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
    }

    SendResult sendOne(const QString &openid = u"oCustomer1"_s)
    {
        const qsizetype before = m_results.size();
        m_sender->send(outgoingMessage(++m_nextId, u"shop1"_s, openid));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), before + 1, 5000); }();
        return m_results.value(before);
    }

    std::optional<ApiQuota> readQuota()
    {
        QSignalSpy changed(&m_sender->quota(), &QuotaWatcher::quotaChanged);
        m_sender->quota().refresh(u"shop1"_s);
        if (!changed.wait(5000))
            return std::nullopt;
        return m_sender->quota().quota(u"shop1"_s);
    }

    RidRecord lookup(const QString &rid)
    {
        RidRecord out;
        bool done = false;
        RidLookup::lookup(m_sender->client(), account(), rid, this, [&](const RidRecord &r) {
            out = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 5000); }();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(startFake());
        m_sender = std::make_unique<WeChatSender>(*m_clock);
        WeChatSettings s;
        s.apiBase = m_fake->baseUrl();
        s.timeoutOverrideMs = 2000;
        m_sender->setSettings(s);
        m_quotaReads = std::make_unique<QSignalSpy>(&m_sender->quota(), &QuotaWatcher::readStarted);
        m_sender->setAccounts({ account() });
        m_results.clear();
        connect(m_sender.get(), &Sender::finished, this, [this](const SendResult &r) { m_results << r; });
    }

    void cleanup()
    {
        m_quotaReads.reset();
        m_sender.reset();
        stopFake();
    }

    void notReadAtOnce()
    {
        // Setting the accounts asks nothing: the first sends of a starting engine go first.
        QCOMPARE(m_quotaReads->size(), 0);
        QCOMPARE(m_fake->tokenRequestCount(), 0);
        QCOMPARE(sendOne().status, SendStatus::Accepted); // a whole send went out and came back
        QCOMPARE(m_quotaReads->size(), 0);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::QuotaGet), 0);
        QCOMPARE(m_fake->tokenRequestCount(), 1); // the send's own
    }

    void quotaCountsSendsAndWarnsAt80Percent()
    {
        m_fake->setDailyQuota(FakeWeChat::Api::TemplateSend, 10);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(sendOne(u"oC%1"_s.arg(i)).status, SendStatus::Accepted);
        auto q = readQuota();
        QVERIFY(q && q->known());
        QCOMPARE(q->cgiPath, u"/cgi-bin/message/template/send"_s);
        QCOMPARE(q->dailyLimit, 10);
        QCOMPARE(q->used, 7);
        QCOMPARE(q->remain, 3);
        QVERIFY(!q->nearLimit());
        QCOMPARE(sendOne(u"oC7"_s).status, SendStatus::Accepted);
        q = readQuota();
        QCOMPARE(q->used, 8);
        QVERIFY(q->nearLimit());
        QCOMPARE(q->percentUsed(), 80);
        // The request asked for the account kind's send path.
        for (const FakeWeChat::Request &r : m_fake->requests())
            if (r.api == FakeWeChat::Api::QuotaGet)
                QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"cgi_path"_s).toString(),
                    u"/cgi-bin/message/template/send"_s);
    }

    void quotaErrorsStopAsking_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::newRow("76021 unknown path") << 76021;
        QTest::newRow("76022 token of another account") << 76022;
    }

    void quotaErrorsStopAsking()
    {
        QFETCH(int, errcode);
        m_fake->failNext(FakeWeChat::Api::QuotaGet, errcode);
        const auto q = readQuota();
        QVERIFY(q && !q->known());
        QVERIFY2(q->error.contains(QString::number(errcode)), qPrintable(q->error));
        const int asked = m_fake->requestCount(FakeWeChat::Api::QuotaGet);
        const qsizetype started = m_quotaReads->size();
        m_sender->quota().refresh(); // a read goes out from here or not at all
        QCOMPARE(m_quotaReads->size(), started); // the same answer would come
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::QuotaGet), asked);
        m_sender->setAccounts({ account() }); // settings changed: asked again
        QVERIFY(readQuota()->known());
    }

    void transientQuotaErrorKeepsTheLastFigures()
    {
        QVERIFY(readQuota()->known());
        m_fake->failNext(FakeWeChat::Api::QuotaGet, -1);
        const auto q = readQuota();
        QVERIFY(q->known());
        QCOMPARE(q->dailyLimit, 100000);
        QVERIFY(q->error.contains(u"-1"_s));
    }

    void ridLookupShowsWeChatsRecord()
    {
        m_fake->setCallerIp(u"203.0.113.7"_s);
        m_fake->setRecipient(u"oGone"_s, 43004);
        const SendResult failed = sendOne(u"oGone"_s);
        QCOMPARE(failed.errcode, 43004);
        QVERIFY(!failed.rid.isEmpty());

        const RidRecord r = lookup(failed.rid);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.clientIp, u"203.0.113.7"_s);
        QCOMPARE(r.invokeTime, m_clock->nowMs() / 1000 * 1000);
        QVERIFY(r.requestUrl.startsWith(u"/cgi-bin/message/template/send?access_token=***"_s));
        for (const QString &token : m_fake->issuedTokens()) // the token is a secret, even WeChat's copy
            QVERIFY(!r.requestUrl.contains(token) && !r.requestBody.contains(token));
        QVERIFY(r.requestBody.contains(u"\"touser\": \"oGone\""_s)); // laid out for reading
        QVERIFY(r.responseBody.contains(u"43004"_s));
    }

    void ridLookupRefusals()
    {
        QVERIFY(lookup(u"0000-not-a-rid"_s).error.contains(u"76001"_s));
        QVERIFY(lookup(QString()).error.contains(u"76002"_s));
    }

    void redactsSecretsInBodies()
    {
        const QString body = u"{\"appid\":\"wx1\",\"secret\":\"S3CR3T\",\"access_token\":\"TOK\"}"_s;
        const QString clean = RidLookup::redact(body);
        QVERIFY(!clean.contains(u"S3CR3T"_s) && !clean.contains(u"TOK"_s));
        QVERIFY(clean.contains(u"\"appid\":\"wx1\""_s));
    }
};

QTEST_GUILESS_MAIN(TestQuotaRid)
#include "tst_quotarid.moc"
