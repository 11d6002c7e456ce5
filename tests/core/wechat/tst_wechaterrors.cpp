#include "testsupport.h"
#include "wechat/errorclassifier.h"
#include "wechattestkit.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::wechat;

Q_DECLARE_METATYPE(paynudge::SendStatus)
Q_DECLARE_METATYPE(paynudge::wechat::Endpoint)
Q_DECLARE_METATYPE(paynudge::MessageKind)

class TestWeChatErrors : public QObject
{
    Q_OBJECT

    static AccountConfig account()
    {
        AccountConfig a
            = paynudge::test::wechatAccount(u"shop1"_s, u"wx0123456789abcdef"_s, u"SHOP1_SECRET"_s);
        a.templateId = u"TPL-ORDER"_s;
        return a;
    }

private slots:
    void splitsTheRequestIdOff_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("rid");
        QTest::newRow("rid") << u"require subscribe rid: 6530d2a6-0b3c4d5e-1f2a3b4c"_s
                             << u"require subscribe"_s << u"6530d2a6-0b3c4d5e-1f2a3b4c"_s;
        QTest::newRow("old hint") << u"invalid credential hint: [Ayc0Ba0745vr29!]"_s
                                  << u"invalid credential"_s << u"Ayc0Ba0745vr29!"_s;
        QTest::newRow("2023 40001 text")
            << u"invalid credential, access_token is invalid or not latest, could get access_token by "
               u"getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r rid: 64f1-2a3b"_s
            << u"invalid credential, access_token is invalid or not latest, could get access_token by "
               u"getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r"_s
            << u"64f1-2a3b"_s;
        QTest::newRow("whitelist") << u"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: abc"_s
                                   << u"invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist"_s
                                   << u"abc"_s;
        QTest::newRow("none") << u"ok"_s << u"ok"_s << QString();
        QTest::newRow("chinese") << u"命中敏感词 rid: 1-2-3"_s << u"命中敏感词"_s << u"1-2-3"_s;
    }

    void splitsTheRequestIdOff()
    {
        QFETCH(QString, errmsg);
        QFETCH(QString, message);
        QFETCH(QString, rid);
        const SplitErrmsg s = splitErrmsg(errmsg);
        QCOMPARE(s.message, message);
        QCOMPARE(s.rid, rid);
    }

    void findsTheIpToWhitelist()
    {
        QCOMPARE(
            whitelistIpFrom(u"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: x"_s),
            u"203.0.113.7"_s);
        QCOMPARE(whitelistIpFrom(u"invalid ip 2001:db8::7, not in whitelist"_s), u"2001:db8::7"_s);
        QCOMPARE(whitelistIpFrom(u"invalid ip, not in whitelist"_s), QString());
        QCOMPARE(whitelistIpFrom(u"require subscribe"_s), QString());
    }

    void classifiesByErrcode_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::addColumn<Endpoint>("where");
        QTest::addColumn<SendStatus>("status");
        QTest::addColumn<bool>("tokenRejected");
        const auto send = Endpoint::Send;
        const auto token = Endpoint::Token;
        QTest::newRow("-1") << -1 << send << SendStatus::Transient << false;
        QTest::newRow("45011") << 45011 << send << SendStatus::Transient << false;
        QTest::newRow("43108") << 43108 << send << SendStatus::Transient << false;
        QTest::newRow("40001 send") << 40001 << send << SendStatus::AccountConfig << true;
        QTest::newRow("40014 send") << 40014 << send << SendStatus::AccountConfig << true;
        QTest::newRow("42001 send") << 42001 << send << SendStatus::AccountConfig << true;
        QTest::newRow("40001 token = wrong secret") << 40001 << token << SendStatus::AccountConfig << false;
        QTest::newRow("45009") << 45009 << send << SendStatus::AccountQuota << false;
        QTest::newRow("45009 token") << 45009 << token << SendStatus::AccountQuota << false;
        for (int code :
            { 40013, 40125, 40164, 40037, 40036, 48001, 50002, 40243, 89503, 50007, 43107, 41030, 45103 })
            QTest::addRow("%d", code) << code << send << SendStatus::AccountConfig << false;
        for (int code : { 41001, 47001, 40033, 45109 }) // bugs: pause, never loop
            QTest::addRow("bug %d", code) << code << send << SendStatus::AccountConfig << false;
        for (int code : { 40003, 43004, 43019, 43101, 48002 })
            QTest::addRow("%d", code) << code << send << SendStatus::RecipientRejected << false;
        for (int code : { 47003, 45168, 40249 })
            QTest::addRow("%d", code) << code << send << SendStatus::MessageRejected << false;
        QTest::newRow("unknown send") << 61234 << send << SendStatus::MessageRejected << false;
        QTest::newRow("unknown token") << 61234 << token << SendStatus::AccountConfig << false;
    }

    void classifiesByErrcode()
    {
        QFETCH(int, errcode);
        QFETCH(Endpoint, where);
        QFETCH(SendStatus, status);
        QFETCH(bool, tokenRejected);
        const Verdict v = classify(errcode, u"whatever rid: 1"_s, where, account());
        QCOMPARE(v.status, status);
        QCOMPARE(v.tokenRejected, tokenRejected);
        QVERIFY(!v.hint.isEmpty());
        QVERIFY2(
            v.hint.contains(QString::number(errcode)), qPrintable(v.hint)); // the operator can look it up
        QVERIFY(!v.hint.contains(u"rid"_s));
    }

    void whitelistHintNamesTheIp()
    {
        const Verdict v
            = classify(40164, u"invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 9"_s,
                Endpoint::Token, account());
        QCOMPARE(v.status, SendStatus::AccountConfig);
        QVERIFY2(v.hint.contains(u"add 203.0.113.7 to the IP whitelist"_s), qPrintable(v.hint));
        // Without an IP in the errmsg the hint still says what to do.
        const Verdict bare = classify(40164, u"not in whitelist"_s, Endpoint::Token, account());
        QVERIFY(bare.hint.contains(u"IP whitelist"_s));
        QVERIFY(!bare.hint.contains(u"203."_s));
    }

    void hintsNameWhatToFix()
    {
        QVERIFY(classify(40037, {}, Endpoint::Send, account()).hint.contains(u"TPL-ORDER"_s));
        QVERIFY(classify(40013, {}, Endpoint::Token, account()).hint.contains(u"wx0123456789abcdef"_s));
        QVERIFY(classify(40125, {}, Endpoint::Token, account()).hint.contains(u"SHOP1_SECRET"_s));
        QVERIFY(classify(40001, {}, Endpoint::Token, account()).hint.contains(u"AppSecret"_s));
        QVERIFY(tokenRejectedTwiceHint(40001, account()).contains(u"force-refreshing"_s));
        AccountConfig viaUrl = account();
        viaUrl.tokenSource = TokenSource::Url;
        QVERIFY(tokenRejectedTwiceHint(42001, viaUrl).contains(u"token service"_s));
        // A rejected value names what WeChat complained about.
        QVERIFY(classify(
            47003, u"argument invalid! data.thing2.value invalid rid: 1"_s, Endpoint::Send, account())
                    .hint.contains(u"data.thing2"_s));
    }

    void permissionHintSpeaksOfTheAccountsKind_data()
    {
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<QString>("needed");
        QTest::addColumn<QString>("notMentioned");
        QTest::newRow("template") << MessageKind::Template << u"certified service account"_s << u"订阅"_s;
        QTest::newRow("bizsend") << MessageKind::Subscribe << u"subscription-notice feature (订阅通知)"_s
                                 << u"模板消息"_s;
        QTest::newRow("mini program") << MessageKind::MiniProgram
                                      << u"subscribe-message permission (订阅消息) of mini program "
                                         u"wx0123456789abcdef"_s
                                      << u"模板消息"_s;
    }

    void permissionHintSpeaksOfTheAccountsKind()
    {
        QFETCH(MessageKind, kind);
        QFETCH(QString, needed);
        QFETCH(QString, notMentioned);
        AccountConfig a = account();
        a.kind = kind;
        const Verdict v = classify(48001, u"api unauthorized rid: 1"_s, Endpoint::Send, a);
        QCOMPARE(v.status, SendStatus::AccountConfig);
        QVERIFY2(v.hint.contains(needed), qPrintable(v.hint));
        QVERIFY2(!v.hint.contains(notMentioned), qPrintable(v.hint));
        QVERIFY2(v.hint.contains(u"[accounts/shop1]"_s), qPrintable(v.hint));
    }

    void retiredApiAndBadPageNameWhatToFix()
    {
        AccountConfig a = account();
        a.kind = MessageKind::MiniProgram;
        a.miniprogramPage = u"pages/order/detail"_s;
        const Verdict retired = classify(45103, u"This API has been unsupported rid: 1"_s, Endpoint::Send, a);
        QCOMPARE(retired.status, SendStatus::AccountConfig);
        QVERIFY2(retired.hint.contains(u"no longer supports"_s)
                && retired.hint.contains(u"/cgi-bin/message/subscribe/send"_s)
                && retired.hint.contains(u"kind="_s),
            qPrintable(retired.hint));
        QVERIFY2(!retired.hint.contains(u"please report"_s),
            qPrintable(retired.hint)); // a setup matter, not a bug
        const Verdict page = classify(41030, u"invalid page rid: 1"_s, Endpoint::Send, a);
        QCOMPARE(page.status, SendStatus::AccountConfig);
        QVERIFY2(page.hint.contains(u"\"pages/order/detail\""_s)
                && page.hint.contains(u"wx0123456789abcdef"_s) && page.hint.contains(u"miniprogramPage"_s),
            qPrintable(page.hint));
    }

    void quotaResetsAtBeijingMidnight_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("reset");
        const QTimeZone utc = QTimeZone::utc();
        // 00:00 in Beijing is 16:00 UTC the day before.
        QTest::newRow("evening in Beijing")
            << QDateTime({ 2026, 3, 2 }, { 10, 0 }, utc) << QDateTime({ 2026, 3, 2 }, { 16, 0 }, utc);
        QTest::newRow("just before") << QDateTime({ 2026, 3, 2 }, { 15, 59, 59, 999 }, utc)
                                     << QDateTime({ 2026, 3, 2 }, { 16, 0 }, utc);
        QTest::newRow("at midnight: the next one")
            << QDateTime({ 2026, 3, 2 }, { 16, 0 }, utc) << QDateTime({ 2026, 3, 3 }, { 16, 0 }, utc);
        QTest::newRow("early morning in Beijing")
            << QDateTime({ 2026, 3, 2 }, { 17, 30 }, utc) << QDateTime({ 2026, 3, 3 }, { 16, 0 }, utc);
    }

    void quotaResetsAtBeijingMidnight()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, reset);
        QCOMPARE(
            QDateTime::fromMSecsSinceEpoch(nextQuotaReset(now.toMSecsSinceEpoch()), QTimeZone::utc()), reset);
        const QDateTime inBeijing = QDateTime::fromMSecsSinceEpoch(
            nextQuotaReset(now.toMSecsSinceEpoch()), QTimeZone("Asia/Shanghai"));
        QCOMPARE(inBeijing.time(), QTime(0, 0));
    }

    void rateLimitWaitsForTheNextMinute()
    {
        using paynudge::test::kT0;
        QCOMPARE(nextMinute(kT0), kT0 + 60000);
        QCOMPARE(nextMinute(kT0 + 59999), kT0 + 60000);
        QCOMPARE(nextMinute(kT0 + 1), kT0 + 60000);
    }
};

QTEST_GUILESS_MAIN(TestWeChatErrors)
#include "tst_wechaterrors.moc"
