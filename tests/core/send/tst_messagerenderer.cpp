#include "send/messagerenderer.h"
#include "send/unsendable.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestMessageRenderer : public QObject
{
    Q_OBJECT

    static OrderRecord order()
    {
        OrderRecord o;
        o.input = sampleOrder(u"202410010001"_s, kT0);
        o.input.useTime = u"2026-03-05"_s;
        o.input.vars = QJsonObject { { u"coupon"_s, u"SPRING"_s } };
        o.closeAt = kT0 + 7200 * kSecond;
        return o;
    }

private slots:
    void expandsPlaceholders()
    {
        const OrderRecord o = order();
        const QTimeZone shanghai("Asia/Shanghai");
        QCOMPARE(MessageRenderer::expand(
                     u"{order_no}/{product}/{amount}/{amount_yuan}/{amount_fen}"_s, o, kT0, shanghai),
            u"202410010001/有机苹果 5kg/¥128.50/128.50/12850"_s);
        // 10:00 UTC is 18:00 in Shanghai.
        QCOMPARE(MessageRenderer::expand(u"{placed_at}"_s, o, kT0, shanghai), u"2026-03-02 18:00"_s);
        QCOMPARE(MessageRenderer::expand(u"{placed_at:HH:mm}"_s, o, kT0, shanghai), u"18:00"_s);
        QCOMPARE(MessageRenderer::expand(u"{close_after}"_s, o, kT0, shanghai), u"2小时"_s);
        QCOMPARE(MessageRenderer::expand(u"{close_in}"_s, o, kT0 + 10 * kMinute, shanghai), u"1小时50分钟"_s);
        QCOMPARE(MessageRenderer::expand(u"{coupon} {nope}"_s, o, kT0, shanghai), u"SPRING {nope}"_s);
    }

    void urlValuesAreEncoded()
    {
        OrderRecord o = order();
        o.input.vars = QJsonObject { { u"q"_s, u"a b&c"_s } };
        QCOMPARE(MessageRenderer::expand(u"https://x/{order_no}?q={q}"_s, o, kT0, QTimeZone::utc(), true),
            u"https://x/202410010001?q=a%20b%26c"_s);
    }

    void fitsValuesToTheirType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fitted");
        QTest::newRow("thing short") << u"thing2"_s << u"有机苹果 5kg"_s << u"有机苹果 5kg"_s;
        QTest::newRow("thing long") << u"thing2"_s << u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大果现摘现发"_s
                                    << u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大…"_s;
        QTest::newRow("thing newline") << u"thing1"_s << u"a\nb\r\nc"_s << u"a b c"_s;
        QTest::newRow("thing emoji") << u"thing1"_s << u"苹果🍎好吃👍🏻"_s << u"苹果好吃"_s;
        // Never cut silently: the customer sees that the number is shortened (tooLong=shorten).
        QTest::newRow("character_string")
            << u"character_string1"_s << QString(40, u'9') << QString(29, u'9') + u"..."_s;
        QTest::newRow("amount plain") << u"amount3"_s << u"128.50"_s << u"¥128.50"_s;
        QTest::newRow("amount formatted") << u"amount3"_s << u"¥128.50"_s << u"¥128.50"_s;
        QTest::newRow("number") << u"number5"_s << u"12 件"_s << u"12"_s;
        QTest::newRow("phrase") << u"phrase3"_s << u"待支付订单提醒"_s << u"待支付订单"_s; // CJK only: no "…"
        QTest::newRow("name cjk") << u"name1"_s << u"欧阳上官司马诸葛东方慕容"_s << u"欧阳上官司马诸葛东方"_s;
        QTest::newRow("keyword legacy") << u"keyword2"_s << QString(25, u'x') << QString(19, u'x') + u'…';
        QTest::newRow("empty") << u"thing4"_s << u""_s << u"-"_s;
        QTest::newRow("time untouched") << u"time4"_s << u"2026-03-02 18:00"_s << u"2026-03-02 18:00"_s;
    }

    void fitsValuesToTheirType()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, fitted);
        QString adjustment;
        QCOMPARE(MessageRenderer::fit(key, value, &adjustment), fitted);
        QCOMPARE(adjustment.isEmpty(), fitted == value);
    }

    void unsendableValueFailsTheMessage()
    {
        AccountConfig a;
        a.fields = { { u"amount3"_s, u"{coupon_value}"_s }, { u"thing2"_s, u"{product}"_s } };
        OrderRecord o = order();
        o.input.vars.insert(u"coupon_value"_s, QString());
        RenderedMessage m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY2(m.error.startsWith(u"amount3: empty"_s), qPrintable(m.error)); // never "-"
        QVERIFY(!m.setupError);
        QVERIFY(!m.sendable());

        a.fields = { { u"enum4"_s, u"待付款"_s } };
        a.allowedValues.insert(u"enum4"_s, { u"待支付"_s });
        m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY(m.setupError);
        QVERIFY2(m.error.startsWith(u"enum4: "_s), qPrintable(m.error));

        a.fields = { { u"character_string1"_s, u"{order_no}-{order_no}-{order_no}"_s } };
        a.allowedValues.clear();
        a.tooLong = TooLongPolicy::Fail;
        m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY2(m.error.contains(u"tooLong=fail"_s), qPrintable(m.error));
        a.tooLong = TooLongPolicy::Shorten;
        m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY(m.sendable());
        QVERIFY(m.data.first().second.endsWith(u"..."_s));
        QVERIFY2(
            m.adjustments.join(u'|').contains(u"tooLong=shorten"_s), qPrintable(m.adjustments.join(u'|')));
        QCOMPARE(MessageRenderer::tooLongRisks(a), QStringList { u"character_string1"_s });
    }

    // What the operator reads is worded where it is shown: the refusal is a code whose field is the
    // key; its English is the words the history keeps.
    void anUnsendableValueCarriesItsCode()
    {
        AccountConfig a;
        a.fields = { { u"amount3"_s, u"{coupon_value}"_s } };
        OrderRecord o = order();
        o.input.vars.insert(u"coupon_value"_s, QString());
        RenderedMessage m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY(m.problem.is(ErrorCode::RenderAmountEmpty));
        QCOMPARE(m.problem.field, u"amount3"_s);
        QCOMPARE(m.error, m.problem.englishText());

        // Fixed text refused: the same refusal, said to be the mapping's.
        a.fields = { { u"number2"_s, u"none"_s } };
        m = MessageRenderer::render(a, o, kT0, QTimeZone::utc());
        QVERIFY(m.setupError);
        QVERIFY(m.problem.is(ErrorCode::RenderFixedText));
        QVERIFY(m.problem.cause && m.problem.cause->is(ErrorCode::RenderEmpty));
        QCOMPARE(m.problem.cause->args, QStringList { u"number"_s });
        QCOMPARE(
            m.error, u"number2: empty, and WeChat refuses an empty number (fixed text in the mapping)"_s);

        // The account pauses with a code that words the refusal inside it.
        SendResult r;
        refuseUnsendable(m, r);
        QCOMPARE(r.status, SendStatus::AccountConfig);
        QCOMPARE(r.errmsg, u"not sent: "_s + m.error);
        QVERIFY(r.operatorProblem.is(ErrorCode::RenderSetupError));
        QCOMPARE(r.operatorHint, r.operatorProblem.englishText());
        QCOMPARE(r.operatorHint,
            u"number2: empty, and WeChat refuses an empty number (fixed text in the mapping). Every reminder "
            u"of the account would be refused the same way: fix fields/number2 of the account, then resume it."_s);
    }

    void rendersTheAccountsMapping()
    {
        AccountConfig a;
        a.key = u"shop1"_s;
        a.templateId = u"TPL"_s;
        a.url = u"https://shop.example/order/{order_no}"_s;
        a.fields = { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
            { u"amount3"_s, u"{amount}"_s } };
        const RenderedMessage m = MessageRenderer::render(a, order(), kT0, QTimeZone::utc());
        QCOMPARE(m.templateId, u"TPL"_s);
        QCOMPARE(m.data.size(), 3);
        QCOMPARE(m.data[2].second, u"¥128.50"_s);
        QCOMPARE(m.url, u"https://shop.example/order/202410010001"_s);
        QVERIFY(m.adjustments.isEmpty());
        QVERIFY(m.toText().contains(u"thing2=有机苹果 5kg"_s));
    }

    void noMappingFillsNoKey()
    {
        // The legacy first/keyword1/keyword2/remark default is gone: WeChat hides first and remark
        // (the call to pay) and a category template has none of these keys (47003 on every send).
        AccountConfig a;
        a.templateId = u"TPL"_s;
        const RenderedMessage m = MessageRenderer::render(a, order(), kT0, QTimeZone::utc());
        QVERIFY(m.data.isEmpty());
    }

    void perOrderUrlWins()
    {
        AccountConfig a;
        a.url = u"https://shop.example/{order_no}"_s;
        OrderRecord o = order();
        o.input.url = u"https://other.example/pay"_s;
        QCOMPARE(MessageRenderer::render(a, o, kT0, QTimeZone::utc()).url, u"https://other.example/pay"_s);
    }
};

QTEST_APPLESS_MAIN(TestMessageRenderer)
#include "tst_messagerenderer.moc"
