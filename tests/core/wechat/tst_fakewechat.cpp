// The fake WeChat server checked against wechat-api.md on its own, with plain HTTP requests
// (not PayNudge's client), so client and fake are each right by the reference.
#include "fakewechat.h"
#include "httpprobe.h"
#include "testsupport.h"
#include "wechattestkit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
const QString kOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
} // namespace

class TestFakeWeChat : public FakeWeChatTest
{
    Q_OBJECT

    HttpProbe m_http;

    QUrl url(FakeWeChat::Api api, const QUrlQuery &query = {}) const
    {
        QUrl u = m_fake->baseUrl();
        u.setPath(FakeWeChat::path(api));
        u.setQuery(query);
        return u;
    }

    HttpProbe::Result stable(
        bool force = false, const QString &secret = kTestSecret, const QString &appid = kTestAppid)
    {
        return m_http.postJson(url(FakeWeChat::Api::StableToken),
            { { u"grant_type"_s, u"client_credential"_s }, { u"appid"_s, appid }, { u"secret"_s, secret },
                { u"force_refresh"_s, force } });
    }

    HttpProbe::Result classic(const QString &secret = kTestSecret)
    {
        QUrlQuery q;
        q.addQueryItem(u"grant_type"_s, u"client_credential"_s);
        q.addQueryItem(u"appid"_s, kTestAppid);
        q.addQueryItem(u"secret"_s, secret);
        return m_http.get(url(FakeWeChat::Api::Token, q));
    }

    static QString tokenOf(const HttpProbe::Result &r) { return r.json.value(u"access_token"_s).toString(); }

    static QJsonObject templateBody(const QString &openid = kOpenid, const QString &clientMsgId = u"pn-1-1"_s,
        const QJsonObject &data = { { u"thing2"_s, QJsonObject { { u"value"_s, u"有机苹果"_s } } } })
    {
        return { { u"touser"_s, openid }, { u"template_id"_s, u"TPL"_s }, { u"client_msg_id"_s, clientMsgId },
            { u"data"_s, data } };
    }

    HttpProbe::Result sendTo(FakeWeChat::Api api, const QString &token, const QJsonObject &body)
    {
        QUrlQuery q;
        q.addQueryItem(u"access_token"_s, token);
        return m_http.postJson(url(api, q), body);
    }

    HttpProbe::Result sendTemplate(const QString &token, const QJsonObject &body = templateBody())
    {
        return sendTo(FakeWeChat::Api::TemplateSend, token, body);
    }

    static QJsonObject value(const QString &v) { return { { u"value"_s, v } }; }

private slots:
    void init()
    {
        QVERIFY(startFake());
        QVERIFY(m_fake->port() != 0);
    }

    void cleanup() { stopFake(); }

    void errorsAreHttp200WithJsonAndRid()
    {
        const auto r = stable(false, kTestSecret, u"wx1111111111111111"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.errcode(), 40013);
        QVERIFY(r.json.value(u"errmsg"_s).toString().startsWith(u"invalid appid rid: "_s));
    }

    void stableTokenNormalModeKeepsTheToken()
    {
        const auto first = stable();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"expires_in"_s).toInt(), 7200);
        const QString token = tokenOf(first);
        QVERIFY(!token.isEmpty());
        m_clock->advance(1000 * kSecond);
        const auto again = stable();
        QCOMPARE(tokenOf(again), token); // same token, remaining lifetime
        QCOMPARE(again.json.value(u"expires_in"_s).toInt(), 6200);
        // Within 5 minutes of expiry the platform rotates; the old token runs out on its own.
        m_clock->advance(5950 * kSecond);
        const auto rotated = stable();
        QVERIFY(tokenOf(rotated) != token);
        QCOMPARE(rotated.json.value(u"expires_in"_s).toInt(), 7200);
        QCOMPARE(sendTemplate(token).errcode(), 0);
        m_clock->advance(250 * kSecond + 1);
        QCOMPARE(sendTemplate(token).errcode(), 42001);
        QCOMPARE(sendTemplate(tokenOf(rotated), templateBody(kOpenid, u"pn-2-1"_s)).errcode(), 0);
    }

    void forceRefreshKillsTheTokenAndIsLimited()
    {
        const QString old = tokenOf(stable());
        const auto forced = stable(true);
        QVERIFY(tokenOf(forced) != old);
        QCOMPARE(sendTemplate(old).errcode(), 40001);
        QCOMPARE(stable(true).errcode(), 45011); // 30 s apart
        for (int i = 2; i <= 20; ++i) {
            m_clock->advance(31 * kSecond);
            QCOMPARE(stable(true).errcode(), 0);
        }
        m_clock->advance(31 * kSecond);
        QCOMPARE(stable(true).errcode(), 45009); // 20 a day
        QCOMPARE(stable(false).errcode(), 0); // normal mode is not limited by it
    }

    void classicTokenRotatesWithAGracePeriod()
    {
        const QString t1 = tokenOf(classic());
        const QString t2 = tokenOf(classic());
        QVERIFY(!t1.isEmpty() && t1 != t2);
        QCOMPARE(sendTemplate(t1, templateBody(kOpenid, u"a"_s)).errcode(), 0); // both work for ~5 minutes
        QCOMPARE(sendTemplate(t2, templateBody(kOpenid, u"b"_s)).errcode(), 0);
        m_clock->advance(5 * kMinute);
        QCOMPARE(sendTemplate(t1, templateBody(kOpenid, u"c"_s)).errcode(), 40001);
        QCOMPARE(sendTemplate(t2, templateBody(kOpenid, u"d"_s)).errcode(), 0);
    }

    void stableAndClassicAreIsolated()
    {
        const QString s = tokenOf(stable());
        classic();
        const QString c = tokenOf(classic());
        m_clock->advance(6 * kMinute);
        QCOMPARE(sendTemplate(s, templateBody(kOpenid, u"a"_s)).errcode(), 0);
        QVERIFY(tokenOf(stable(true)) != s);
        QCOMPARE(sendTemplate(c, templateBody(kOpenid, u"b"_s)).errcode(), 0);
    }

    void sendsCheckTheToken()
    {
        QCOMPARE(sendTemplate(QString()).errcode(), 41001);
        const auto unknown = sendTemplate(u"not-a-token"_s);
        QCOMPARE(unknown.errcode(), 40001);
        QVERIFY(unknown.json.value(u"errmsg"_s).toString().contains(u"getStableAccessToken"_s));
        const QString token = tokenOf(stable());
        m_clock->advance(7200 * kSecond);
        QCOMPARE(sendTemplate(token).errcode(), 42001);
        const QString fresh = tokenOf(stable());
        m_fake->invalidateTokens(kTestAppid);
        QCOMPARE(sendTemplate(fresh).errcode(), 40001);
    }

    void tokenEndpointsCheckTheirInput()
    {
        QCOMPARE(m_http.get(url(FakeWeChat::Api::StableToken)).errcode(), 43002); // POST only
        QCOMPARE(m_http.post(url(FakeWeChat::Api::StableToken), "{not json").errcode(), 47001);
        QCOMPARE(m_http
                     .postJson(url(FakeWeChat::Api::StableToken),
                         { { u"grant_type"_s, u"password"_s }, { u"appid"_s, kTestAppid },
                             { u"secret"_s, kTestSecret } })
                     .errcode(),
            40002);
        QCOMPARE(stable(false, kTestSecret, QString()).errcode(), 41002);
        QCOMPARE(stable(false, QString()).errcode(), 41004);
        QCOMPARE(stable(false, u"wrong"_s).errcode(), 40125);
        QCOMPARE(classic(u"wrong"_s).errcode(), 40001); // /cgi-bin/token: a wrong secret is 40001

        m_fake->setCallerIp(u"203.0.113.7"_s);
        m_fake->setWhitelist({ u"198.51.100.1"_s });
        const auto refused = stable();
        QCOMPARE(refused.errcode(), 40164);
        QVERIFY(refused.json.value(u"errmsg"_s)
                    .toString()
                    .startsWith(u"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: "_s));
        m_fake->setWhitelist({ u"198.51.100.1"_s, u"203.0.113.7"_s });
        QCOMPARE(stable().errcode(), 0);
    }

    void openModeAcceptsAnyWellFormedAppid()
    {
        ManualClock clock(kT0);
        FakeWeChat open(clock);
        QVERIFY(open.listen());
        QUrl u = open.baseUrl();
        u.setPath(FakeWeChat::path(FakeWeChat::Api::StableToken));
        const auto body = [](const QString &appid) {
            return QJsonObject { { u"grant_type"_s, u"client_credential"_s }, { u"appid"_s, appid },
                { u"secret"_s, u"s"_s } };
        };
        QCOMPARE(m_http.postJson(u, body(u"wxaaaaaaaaaaaaaaaa"_s)).errcode(), 0);
        QCOMPARE(m_http.postJson(u, body(u"shop"_s)).errcode(), 40013);
    }

    void clientMsgIdDeduplicatesForTenMinutes()
    {
        const QString token = tokenOf(stable());
        const auto first = sendTemplate(token);
        QCOMPARE(first.errcode(), 0);
        const auto repeat = sendTemplate(token);
        QCOMPARE(repeat.errcode(), 0);
        QCOMPARE(repeat.json.value(u"msgid"_s).toInteger(), first.json.value(u"msgid"_s).toInteger());
        QCOMPARE(m_fake->deliveries().size(), 1);
        // Another customer with the same id is another message.
        QCOMPARE(sendTemplate(token, templateBody(u"oOther"_s)).errcode(), 0);
        QCOMPARE(m_fake->deliveries().size(), 2);
        // After the window the id no longer protects.
        m_clock->advance(10 * kMinute);
        QCOMPARE(sendTemplate(token).errcode(), 0);
        QCOMPARE(m_fake->deliveriesTo(kOpenid).size(), 2);
    }

    void valuesAreCheckedByType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("thing 20") << u"thing2"_s << QString(20, u'果') << true;
        QTest::newRow("thing 21") << u"thing2"_s << QString(21, u'果') << false;
        QTest::newRow("thing line break") << u"thing2"_s << u"a\nb"_s << false;
        QTest::newRow("thing emoji stripped") << u"thing2"_s << u"苹果🍎"_s << true;
        QTest::newRow("empty") << u"thing2"_s << QString() << false;
        QTest::newRow("character_string") << u"character_string1"_s << u"202410010001-A"_s << true;
        QTest::newRow("character_string 33") << u"character_string1"_s << QString(33, u'9') << false;
        QTest::newRow("character_string cjk") << u"character_string1"_s << u"订单1"_s << false;
        QTest::newRow("amount") << u"amount3"_s << u"¥128.50"_s << true;
        QTest::newRow("amount yuan") << u"amount3"_s << u"¥128.50元"_s << true;
        QTest::newRow("amount no symbol") << u"amount3"_s << u"128.50"_s << false;
        QTest::newRow("amount 11 digits") << u"amount3"_s << u"¥123456789.01"_s << false;
        QTest::newRow("time") << u"time4"_s << u"2024-10-01 15:01"_s << true;
        QTest::newRow("time cn") << u"time4"_s << u"2019年10月1日 15:01"_s << true;
        QTest::newRow("time only") << u"time4"_s << u"15:01:05"_s << true;
        QTest::newRow("time range") << u"time4"_s << u"15:01~16:00"_s << true;
        QTest::newRow("time iso") << u"time4"_s << u"2024-10-01T15:01:00Z"_s << false;
        QTest::newRow("date") << u"date5"_s << u"2024/10/01"_s << true;
        QTest::newRow("date text") << u"date5"_s << u"tomorrow"_s << false;
        QTest::newRow("number") << u"number6"_s << u"12.5"_s << true;
        QTest::newRow("number text") << u"number6"_s << u"12 件"_s << false;
        QTest::newRow("phrase") << u"phrase7"_s << u"待支付"_s << true;
        QTest::newRow("phrase 6") << u"phrase7"_s << u"待支付订单啊"_s << false;
        QTest::newRow("name cjk") << u"name8"_s << u"欧阳小明"_s << true;
        QTest::newRow("name 11 cjk") << u"name8"_s << QString(11, u'王') << false;
        QTest::newRow("letter") << u"letter9"_s << u"abc1"_s << false;
        QTest::newRow("symbol") << u"symbol10"_s << u"!?"_s << true;
        QTest::newRow("legacy keyword long") << u"keyword1"_s << QString(30, u'x') << true;
        QTest::newRow("legacy first") << u"first"_s << QString() << true;
    }

    void valuesAreCheckedByType()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QString token = tokenOf(stable());
        const auto r
            = sendTemplate(token, templateBody(kOpenid, u"v"_s, { { key, TestFakeWeChat::value(value) } }));
        QCOMPARE(r.status, 200);
        if (accepted) {
            QCOMPARE(r.errcode(), 0);
            return;
        }
        QCOMPARE(r.errcode(), 47003);
        QVERIFY2(
            r.json.value(u"errmsg"_s).toString().startsWith(u"argument invalid! data.%1.value"_s.arg(key)),
            qPrintable(r.json.value(u"errmsg"_s).toString()));
        QVERIFY(m_fake->deliveries().isEmpty());
    }

    void templatesAndRecipientsAreChecked()
    {
        m_fake->addTemplate(kTestAppid, u"TPL"_s, { u"thing2"_s, u"time4"_s });
        const QString token = tokenOf(stable());
        const auto missing = sendTemplate(token); // time4 not sent
        QCOMPARE(missing.errcode(), 47003);
        QVERIFY(missing.json.value(u"errmsg"_s)
                    .toString()
                    .startsWith(u"argument invalid! data.time4.value is empty"_s));
        QJsonObject body = templateBody(
            kOpenid, u"x"_s, { { u"thing2"_s, value(u"苹果"_s) }, { u"time4"_s, value(u"15:01"_s) } });
        QCOMPARE(sendTemplate(token, body).errcode(), 0);
        body[u"template_id"_s] = u"OTHER"_s;
        QCOMPARE(sendTemplate(token, body).errcode(), 40037);
        body[u"template_id"_s] = QString();
        QCOMPARE(sendTemplate(token, body).errcode(), 40036);
        body[u"template_id"_s] = u"TPL"_s;
        body[u"touser"_s] = QString();
        QCOMPARE(sendTemplate(token, body).errcode(), 40003);
        m_fake->setRecipient(u"oGone"_s, 43004);
        body[u"touser"_s] = u"oGone"_s;
        QCOMPARE(sendTemplate(token, body).errcode(), 43004);
        QCOMPARE(m_http.get(url(FakeWeChat::Api::TemplateSend)).errcode(), 43002);
        QUrlQuery q;
        q.addQueryItem(u"access_token"_s, token);
        QCOMPARE(m_http.post(url(FakeWeChat::Api::TemplateSend, q), "{oops").errcode(), 47001);
    }

    void templateListShowsTheAccountsTemplates()
    {
        m_fake->addTemplate(
            kTestAppid, u"TPL"_s, { u"first"_s, u"character_string1"_s, u"thing2"_s }, u"待付款提醒"_s);
        m_fake->addTemplate(u"wx1111111111111111"_s, u"ELSEWHERE"_s, { u"thing1"_s });
        const QString token = tokenOf(stable());
        QUrlQuery q;
        q.addQueryItem(u"access_token"_s, token);
        const auto r = m_http.get(url(FakeWeChat::Api::TemplateList, q));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(u"errcode"_s)); // a success has no errcode, as WeChat's
        const QJsonArray list = r.json.value(u"template_list"_s).toArray();
        QCOMPARE(list.size(), 1); // only this appid's
        const QJsonObject t = list.at(0).toObject();
        QCOMPARE(t.value(u"template_id"_s).toString(), u"TPL"_s);
        QCOMPARE(t.value(u"title"_s).toString(), u"待付款提醒"_s);
        for (const char *field : { "primary_industry", "deputy_industry", "example" })
            QVERIFY2(t.contains(QLatin1String(field)), field);
        QCOMPARE(t.value(u"content"_s).toString(),
            u"{{first.DATA}}\n订单编号：{{character_string1.DATA}}\n商品名称：{{thing2.DATA}}"_s);

        // The token is checked as the send endpoints check it; POST is refused.
        q.clear();
        q.addQueryItem(u"access_token"_s, u"forged"_s);
        QCOMPARE(m_http.get(url(FakeWeChat::Api::TemplateList, q)).errcode(), 40001);
        QCOMPARE(m_http.get(url(FakeWeChat::Api::TemplateList)).errcode(), 41001);
        m_fake->failNext(FakeWeChat::Api::TemplateList, 48001);
        q.clear();
        q.addQueryItem(u"access_token"_s, token);
        QCOMPARE(m_http.get(url(FakeWeChat::Api::TemplateList, q)).errcode(), 48001);
        QCOMPARE(m_http.post(url(FakeWeChat::Api::TemplateList, q), "{}").errcode(), 43002);
        QCOMPARE(m_fake->tokenRequestCount(), 1); // the list is not a token request
    }

    void getTemplateListsSubscribeTemplatesWithTheirEnums()
    {
        FakeWeChat::SubscribeTemplate t;
        t.id = u"sub-1"_s;
        t.title = u"待支付提醒"_s;
        t.keys = { { u"character_string1"_s, u"订单号"_s }, { u"enum2"_s, u"支付状态"_s } };
        t.enumValues.insert(u"enum2"_s, { u"待支付"_s, u"已支付"_s });
        t.type = 3;
        m_fake->addSubscribeTemplate(kTestAppid, t);
        m_fake->addTemplate(kTestAppid, u"TPL"_s, { u"thing2"_s });
        const QString token = tokenOf(stable());
        QUrlQuery q;
        q.addQueryItem(u"access_token"_s, token);
        const auto r = m_http.get(url(FakeWeChat::Api::SubscribeTemplateList, q));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.errcode(), 0); // newtmpl answers carry errcode 0 and errmsg "ok"
        QCOMPARE(r.json.value(u"errmsg"_s).toString(), u"ok"_s);
        const QJsonArray data = r.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1); // the template message TPL is not a subscribe template
        const QJsonObject o = data.at(0).toObject();
        QCOMPARE(o.value(u"priTmplId"_s).toString(), u"sub-1"_s);
        QCOMPARE(o.value(u"type"_s).toInt(), 3);
        QCOMPARE(o.value(u"content"_s).toString(),
            u"订单号:{{character_string1.DATA}}\n支付状态:{{enum2.DATA}}\n"_s);
        const QJsonObject e = o.value(u"keywordEnumValueList"_s).toArray().at(0).toObject();
        QCOMPARE(e.value(u"keywordCode"_s).toString(), u"enum2"_s);
        QCOMPARE(e.value(u"enumValueList"_s).toArray().size(), 2);
        // …and the template-message list does not show it.
        const auto list = m_http.get(url(FakeWeChat::Api::TemplateList, q));
        QCOMPARE(list.json.value(u"template_list"_s).toArray().size(), 1);

        QCOMPARE(m_http.post(url(FakeWeChat::Api::SubscribeTemplateList, q), "{}").errcode(), 43002);
        QCOMPARE(m_http.get(url(FakeWeChat::Api::SubscribeTemplateList)).errcode(), 41001);
    }

    void everyAnswerCarriesADateFromTheFakesClock()
    {
        m_clock->setNow(kT0 + 1234); // 2026-03-02 10:00:01.234 UTC
        QCOMPARE(stable().date, QByteArray("Mon, 02 Mar 2026 10:00:01 GMT"));
        m_clock->advance(-3600 * kSecond);
        QCOMPARE(stable(false, u"wrong"_s).date, QByteArray("Mon, 02 Mar 2026 09:00:01 GMT")); // errors too
        QUrl root = m_fake->baseUrl();
        root.setPath(u"/"_s);
        const auto notFound = m_http.get(root);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.date, QByteArray("Mon, 02 Mar 2026 09:00:01 GMT"));
    }

    void subscribeKindsAnswerWithoutMsgid()
    {
        const QString token = tokenOf(stable());
        QJsonObject body = templateBody();
        body.remove(u"client_msg_id"_s);
        const auto biz = sendTo(FakeWeChat::Api::BizSend, token, body);
        QCOMPARE(biz.errcode(), 0);
        QVERIFY(!biz.json.contains(u"msgid"_s));
        body[u"miniprogram_state"_s] = u"beta"_s;
        QCOMPARE(sendTo(FakeWeChat::Api::SubscribeSend, token, body).errcode(), 47003);
        body[u"miniprogram_state"_s] = u"trial"_s;
        body[u"lang"_s] = u"fr_FR"_s;
        QCOMPARE(sendTo(FakeWeChat::Api::SubscribeSend, token, body).errcode(), 47003);
        body[u"lang"_s] = u"en_US"_s;
        QCOMPARE(sendTo(FakeWeChat::Api::SubscribeSend, token, body).errcode(), 0);
        QCOMPARE(m_fake->deliveries().size(), 2);
    }

    void concurrentMiniProgramSendsToOneUserAreRefused()
    {
        const QString token = tokenOf(stable());
        m_fake->delayNext(FakeWeChat::Api::SubscribeSend, 300);
        QNetworkAccessManager nam;
        QUrlQuery q;
        q.addQueryItem(u"access_token"_s, token);
        QNetworkRequest request(url(FakeWeChat::Api::SubscribeSend, q));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> slow(nam.post(request, QJsonDocument(templateBody()).toJson()));
        QTRY_COMPARE(m_fake->requestCount(FakeWeChat::Api::SubscribeSend), 1);
        const auto second = sendTo(FakeWeChat::Api::SubscribeSend, token, templateBody());
        QCOMPARE(second.errcode(), 43108);
        QTRY_VERIFY(slow->isFinished());
        QCOMPARE(QJsonDocument::fromJson(slow->readAll()).object().value(u"errcode"_s).toInt(), 0);
        QCOMPARE(m_fake->maxConcurrentPerOpenid(), 2);
    }

    void faultsAreInjected()
    {
        const QString token = tokenOf(stable());
        m_fake->failNext(FakeWeChat::Api::AnySend, 45009, 2);
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"a"_s)).errcode(), 45009);
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"b"_s)).errcode(), 45009);
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"c"_s)).errcode(), 0);
        QCOMPARE(stable().errcode(), 0); // AnySend leaves the token endpoints alone

        m_fake->failNext(FakeWeChat::Api::AnyToken, 40164);
        m_fake->setCallerIp(u"198.51.100.23"_s);
        QVERIFY(stable().json.value(u"errmsg"_s).toString().contains(u"invalid ip 198.51.100.23"_s));

        m_fake->httpErrorNext(FakeWeChat::Api::TemplateSend, 502);
        const auto gateway = sendTemplate(token, templateBody(kOpenid, u"d"_s));
        QCOMPARE(gateway.status, 502);
        QVERIFY(gateway.json.isEmpty());

        // QNetworkAccessManager silently resends a request whose connection closed unanswered
        // (a few times): drop more often than that to reach the client.
        const int before = m_fake->deliveries().size();
        const int requestsBefore = m_fake->requestCount(FakeWeChat::Api::TemplateSend);
        m_fake->dropNext(FakeWeChat::Api::TemplateSend, FakeWeChat::Drop::BeforeHandling, 10);
        QVERIFY(sendTemplate(token, templateBody(kOpenid, u"e"_s)).error != QNetworkReply::NoError);
        QCOMPARE(m_fake->deliveries().size(), before);
        qInfo() << "attempts QNetworkAccessManager made:"
                << m_fake->requestCount(FakeWeChat::Api::TemplateSend) - requestsBefore;
        m_fake->clearFaults();
        m_fake->dropNext(FakeWeChat::Api::TemplateSend, FakeWeChat::Drop::AfterHandling, 10);
        QVERIFY(sendTemplate(token, templateBody(kOpenid, u"f"_s)).error != QNetworkReply::NoError);
        QCOMPARE(m_fake->deliveries().size(), before + 1); // delivered once (client_msg_id), but nobody heard
        m_fake->clearFaults();

        m_fake->delayNext(FakeWeChat::Api::TemplateSend, 150);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"g"_s)).errcode(), 0);
        QVERIFY(timer.elapsed() >= 140);
        QCOMPARE(m_fake->deliveries().size(), before + 2);
    }

    void dailyQuotaResetsAtBeijingMidnight()
    {
        m_fake->setDailyQuota(FakeWeChat::Api::TemplateSend, 2);
        const QString token = tokenOf(stable());
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"a"_s)).errcode(), 0);
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"b"_s)).errcode(), 0);
        QCOMPARE(sendTemplate(token, templateBody(kOpenid, u"c"_s)).errcode(), 45009);
        // kT0 is 18:00 in Beijing; midnight there is 6 hours later.
        m_clock->advance(6 * 60 * kMinute - 1);
        const QString late = tokenOf(stable());
        QCOMPARE(sendTemplate(late, templateBody(kOpenid, u"d"_s)).errcode(), 45009);
        m_clock->advance(1);
        QCOMPARE(sendTemplate(late, templateBody(kOpenid, u"e"_s)).errcode(), 0);
    }

    void msgidAbove2To53IsWrittenExactly()
    {
        const qint64 big = (qint64(1) << 53) + 1;
        m_fake->setNextMsgId(big);
        const auto r = sendTemplate(tokenOf(stable()));
        QVERIFY2(r.body.contains("\"msgid\":9007199254740993"), r.body.constData());
    }

    void shopTokenServiceRelaysTheStableToken()
    {
        const QString s = tokenOf(stable());
        QUrlQuery q;
        q.addQueryItem(u"appid"_s, kTestAppid);
        const auto r = m_http.get(url(FakeWeChat::Api::ShopToken, q));
        QCOMPARE(tokenOf(r), s);
        QVERIFY(r.json.value(u"expires_in"_s).toInt() > 0);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::ShopToken), 1);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFakeWeChat)
#include "tst_fakewechat.moc"
