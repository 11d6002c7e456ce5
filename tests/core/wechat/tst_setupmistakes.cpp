// A mistake of an account's setup against one bad order (issue 11 §2): which rejections pause
// the account at once, which only after kCustomersInARow different customers, what resets the
// count, and that the reason names the key and what WeChat said.
#include "wechat/setupmistakes.h"
#include "wechattestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::wechat;

class TestSetupMistakes : public QObject
{
    Q_OBJECT

    // character_string1 = {order_no}, thing2 = {product}, amount3 = {amount}, time4 = {placed_at:…}
    static AccountConfig account()
    {
        AccountConfig a = test::wechatAccount(u"shop1"_s, test::kTestAppid, u"SHOP1_SECRET"_s);
        a.fields.append({ u"thing5"_s, u"请尽快付款"_s });
        return a;
    }

    static SendResult rejected(int errcode, const QString &errmsg)
    {
        SendResult r;
        r.account = u"shop1"_s;
        r.status = SendStatus::MessageRejected;
        r.errcode = errcode;
        r.errmsg = errmsg;
        return r;
    }

    static SendResult accepted()
    {
        SendResult r;
        r.account = u"shop1"_s;
        r.status = SendStatus::Accepted;
        r.errcode = 0;
        return r;
    }

    // The pause's English, as the log and the account's stored reason say it.
    static std::optional<QString> english(const std::optional<Error> &problem)
    {
        return problem ? std::optional<QString>(problem->englishText()) : std::nullopt;
    }

private slots:
    void findsTheKeyWeChatNames_data()
    {
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << u"argument invalid! data.thing3.value is empty"_s << u"thing3"_s;
        QTest::newRow("invalid") << u"argument invalid! data.character_string1.value invalid"_s
                                 << u"character_string1"_s;
        QTest::newRow("no key") << u"argument invalid!"_s << QString();
        QTest::newRow("not data") << u"argument invalid! miniprogram_state invalid"_s << QString();
    }

    void findsTheKeyWeChatNames()
    {
        QFETCH(QString, errmsg);
        QFETCH(QString, key);
        QCOMPARE(SetupMistakes::keyNamedIn(errmsg), key);
    }

    void keyTheMappingDoesNotFillPausesAtOnce()
    {
        SetupMistakes m;
        const auto problem
            = m.judge(account(), u"oA"_s, rejected(47003, u"argument invalid! data.thing7.value is empty"_s));
        QVERIFY(problem && problem->is(ErrorCode::SetupKeyNotFilled));
        const auto reason = english(problem);
        QVERIFY2(reason->contains(u"thing7"_s) && reason->contains(u"does not fill"_s)
                && reason->contains(u"\"argument invalid! data.thing7.value is empty\""_s)
                && reason->contains(u"fields/thing7 in [accounts/shop1]"_s),
            qPrintable(*reason));
    }

    void keyFilledWithFixedTextPausesAtOnce()
    {
        SetupMistakes m;
        const auto problem
            = m.judge(account(), u"oA"_s, rejected(47003, u"argument invalid! data.thing5.value invalid"_s));
        QVERIFY(problem && problem->is(ErrorCode::SetupKeyFixedText));
        const auto reason = english(problem);
        QVERIFY2(reason->contains(u"fixed text \"请尽快付款\""_s) && reason->contains(u"thing5"_s)
                && reason->contains(u"data.thing5.value invalid"_s),
            qPrintable(*reason));
    }

    void orderDataKeyPausesAfterThreeDifferentCustomersInARow()
    {
        SetupMistakes m;
        const SendResult bad = rejected(47003, u"argument invalid! data.thing2.value invalid"_s);
        QVERIFY(!m.judge(account(), u"oA"_s, bad));
        QVERIFY(!m.judge(account(), u"oA"_s, bad)); // the same customer again is no new evidence
        QVERIFY(!m.judge(account(), u"oB"_s, bad));
        // Other errors and other keys do not count for thing2.
        QVERIFY(!m.judge(account(), u"oX"_s, rejected(43004, u"require subscribe"_s)));
        QVERIFY(
            !m.judge(account(), u"oY"_s, rejected(47003, u"argument invalid! data.time4.value invalid"_s)));
        const auto reason = english(m.judge(account(), u"oC"_s, bad));
        QVERIFY(reason);
        QVERIFY2(reason->contains(u"3 different customers in a row"_s)
                && reason->contains(u"fields/thing2 = \"{product}\""_s)
                && reason->contains(u"data.thing2.value invalid"_s),
            qPrintable(*reason));
        // Until a send is accepted, the next alike failure pauses again.
        QVERIFY(m.judge(account(), u"oD"_s, bad));
    }

    void anAcceptedSendStartsTheCountAfresh()
    {
        SetupMistakes m;
        const SendResult bad = rejected(47003, u"argument invalid! data.thing2.value invalid"_s);
        QVERIFY(!m.judge(account(), u"oA"_s, bad));
        QVERIFY(!m.judge(account(), u"oB"_s, bad));
        QVERIFY(!m.judge(account(), u"oZ"_s, accepted()));
        QVERIFY(!m.judge(account(), u"oC"_s, bad));
        QVERIFY(!m.judge(account(), u"oD"_s, bad));
        QVERIFY(m.judge(account(), u"oE"_s, bad));
        m.forget(u"shop1"_s); // a changed mapping is judged afresh
        QVERIFY(!m.judge(account(), u"oF"_s, bad));
    }

    void accountsAreCountedApart()
    {
        SetupMistakes m;
        AccountConfig other = account();
        other.key = u"shop2"_s;
        const SendResult bad = rejected(45168, u"命中敏感词"_s);
        QVERIFY(!m.judge(account(), u"oA"_s, bad));
        QVERIFY(!m.judge(other, u"oB"_s, bad));
        QVERIFY(!m.judge(account(), u"oC"_s, bad));
        QVERIFY(!m.judge(other, u"oD"_s, bad));
        const auto reason = english(m.judge(account(), u"oE"_s, bad));
        QVERIFY(reason);
        QVERIFY2(
            reason->contains(u"errcode 45168: \"命中敏感词\""_s) && reason->contains(u"[accounts/shop1]"_s),
            qPrintable(*reason));
    }

    void customerAndTransportErrorsNeverPause()
    {
        SetupMistakes m;
        for (const QString &openid : { u"oA"_s, u"oB"_s, u"oC"_s, u"oD"_s }) {
            QVERIFY(!m.judge(account(), openid, rejected(43101, u"user refuse to accept the msg"_s)));
            SendResult lost;
            lost.status = SendStatus::OutcomeUnknown;
            QVERIFY(!m.judge(account(), openid, lost));
        }
    }
};

QTEST_GUILESS_MAIN(TestSetupMistakes)
#include "tst_setupmistakes.moc"
