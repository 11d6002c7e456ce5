// PayNudge's value fitting (MessageRenderer::fit) checked against the fake's reading of
// WeChat's keyword type table: whatever a shop's data looks like, the fitted value must be one
// WeChat accepts, so a send is never rejected with 47003 for its form.
#include "fakevaluerules.h"
#include "send/messagerenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestValueFitting : public QObject
{
    Q_OBJECT

private slots:
    void fittedValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");
        const QStringList products {
            u"有机苹果 5kg"_s,
            u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大果现摘现发顺丰包邮"_s,
            u"苹果🍎\n好吃👍🏻\t限时"_s,
            u"Organic apples, 5 kg — family box with a very long English description"_s,
            u"  "_s,
            QString(),
        };
        for (const QString &p : products) {
            QTest::addRow("thing %s", qPrintable(p.left(8))) << u"thing2"_s << p;
            QTest::addRow("keyword %s", qPrintable(p.left(8))) << u"keyword2"_s << p;
        }
        const QStringList orderNumbers { u"202410010001"_s, u"XG-2024-10-01-000123456789012345678"_s,
            u"订单202410010001"_s, u"A 1\n2"_s };
        for (const QString &n : orderNumbers)
            QTest::addRow("character_string %s", qPrintable(n.left(8))) << u"character_string1"_s << n;
        QTest::newRow("amount formatted") << u"amount3"_s << MessageRenderer::formatAmount(12850);
        QTest::newRow("amount plain") << u"amount3"_s << u"128.50"_s;
        QTest::newRow("amount big") << u"amount3"_s << MessageRenderer::formatAmount(99999999);
        QTest::newRow("time") << u"time4"_s << u"2026-03-02 18:00"_s;
        QTest::newRow("date") << u"date5"_s << u"2026-03-02"_s;
        QTest::newRow("number") << u"number6"_s << u"12 件"_s;
        QTest::newRow("phrase long") << u"phrase7"_s << u"待支付订单提醒"_s;
        QTest::newRow("phrase mixed") << u"phrase7"_s << u"待付 款!"_s;
        QTest::newRow("name cjk") << u"name8"_s << u"欧阳上官司马诸葛东方慕容"_s;
        QTest::newRow("name latin") << u"name8"_s << u"Wang Xiaoming of the Eastern Hills"_s;
        QTest::newRow("phone") << u"phone_number9"_s << u"+86-0766-66888866-1234567"_s;
    }

    void fittedValuesAreAccepted()
    {
        QFETCH(QString, key);
        QFETCH(QString, raw);
        const QString fitted = MessageRenderer::fit(key, raw);
        const auto problem = FakeValueRules::check(key, fitted);
        QVERIFY2(!problem, qPrintable(u"%1 → \"%2\": %3"_s.arg(raw, fitted, problem.value_or(QString()))));
    }

    // Every rule of the type table with values that break it: what fitting makes of them, or
    // that it refuses them (an empty string = refused, the send fails with the reason).
    void typeRulesRepairOrRefuse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("fitted");
        QTest::newRow("number unit") << u"number1"_s << u"12 件"_s << u"12"_s;
        QTest::newRow("number thousands") << u"number1"_s << u"1,280.50"_s << u"1280.50"_s;
        QTest::newRow("number two points") << u"number1"_s << u"1.2.3"_s << u"1.23"_s;
        QTest::newRow("number sign") << u"number1"_s << u"-5"_s << u"-5"_s;
        QTest::newRow("number inner minus") << u"number1"_s << u"5-3"_s << u"53"_s;
        QTest::newRow("number no digits") << u"number1"_s << u"很多"_s << QString();
        QTest::newRow("number 33 digits") << u"number1"_s << QString(33, u'9') << QString();
        QTest::newRow("letter digits") << u"letter2"_s << u"A1b2-C"_s << u"AbC"_s;
        QTest::newRow("letter long") << u"letter2"_s << QString(40, u'x') << QString(32, u'x');
        QTest::newRow("letter none") << u"letter2"_s << u"123"_s << QString();
        QTest::newRow("symbol letters") << u"symbol3"_s << u"a!b?c"_s << u"!?"_s;
        QTest::newRow("symbol long") << u"symbol3"_s << u"!!!!!!!!"_s << u"!!!!!"_s;
        QTest::newRow("phone letters")
            << u"phone_number4"_s << u"Tel: +86 (0766) 6688"_s << u"+86 (0766) 6688"_s;
        QTest::newRow("phone long") << u"phone_number4"_s << u"+86-0766-66888866-123"_s
                                    << u"+86-0766-66888866"_s;
        QTest::newRow("car middle cjk") << u"car_number5"_s << u"粤B·12挂345"_s << u"粤B12345"_s;
        QTest::newRow("car last cjk") << u"car_number5"_s << u"粤B1234学"_s << u"粤B1234学"_s;
        QTest::newRow("car long") << u"car_number5"_s << u"粤B1234567"_s << u"粤B123456"_s;
        QTest::newRow("car none") << u"car_number5"_s << u"·"_s << QString();
        QTest::newRow("name mixed") << u"name6"_s << u"王Xiao明"_s << u"王明"_s;
        QTest::newRow("name latin digits") << u"name6"_s << u"Li Lei 2"_s << u"Li Lei"_s;
        QTest::newRow("phrase latin") << u"phrase7"_s << u"ok"_s << QString();
        QTest::newRow("time 24h") << u"time8"_s << u"2026-03-02 18:00"_s << u"2026-03-02 18:00"_s;
        QTest::newRow("time iso") << u"time8"_s << u"2026-03-02T18:00:00"_s << u"2026-03-02 18:00"_s;
        QTest::newRow("time 12h") << u"time8"_s << u"6:00 PM"_s << QString();
        QTest::newRow("time 25h") << u"time8"_s << u"25:00"_s << QString();
        QTest::newRow("time empty") << u"time8"_s << QString() << QString();
        QTest::newRow("date words") << u"date9"_s << u"明天"_s << QString();
        QTest::newRow("date cjk") << u"date9"_s << u"2026年3月2日"_s << u"2026年3月2日"_s;
        QTest::newRow("amount plain") << u"amount10"_s << u"1,280.50"_s << u"¥1280.50"_s;
        QTest::newRow("amount empty") << u"amount10"_s << u" "_s << QString();
        QTest::newRow("amount words") << u"amount10"_s << u"免费"_s << QString();
        QTest::newRow("amount 11 digits") << u"amount10"_s << u"¥123456789.01"_s << QString();
        QTest::newRow("amount negative") << u"amount10"_s << MessageRenderer::formatAmount(-100) << QString();
    }

    void typeRulesRepairOrRefuse()
    {
        QFETCH(QString, key);
        QFETCH(QString, raw);
        QFETCH(QString, fitted);
        const FittedValue f = MessageRenderer::fitValue(key, raw);
        if (fitted.isEmpty()) {
            QVERIFY2(!f.error.isEmpty(), qPrintable(u"\"%1\" was let through as \"%2\""_s.arg(raw, f.value)));
            QVERIFY(!f.setupError);
            // What fitting refuses, WeChat refuses too: the fake agrees it is no value to send.
            QVERIFY(FakeValueRules::check(key, f.value).has_value());
            return;
        }
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.value, fitted);
        QVERIFY2(!FakeValueRules::check(key, f.value), qPrintable(f.value));
        QCOMPARE(f.adjustment.isEmpty(), raw == fitted);
    }

    void enumOnlyFromTheTemplatesValues()
    {
        const FitOptions options { { u"待支付"_s, u"已关闭"_s } };
        QCOMPARE(MessageRenderer::fitValue(u"enum3"_s, u"待支付"_s, options).value, u"待支付"_s);
        const FittedValue bad = MessageRenderer::fitValue(u"enum3"_s, u"待付款"_s, options);
        QVERIFY(bad.setupError);
        QVERIFY2(bad.error.contains(u"待支付, 已关闭"_s), qPrintable(bad.error));
        QVERIFY(MessageRenderer::fitValue(u"const4"_s, u"x"_s, options).setupError);
        // Without the template's list nothing is known to refuse.
        QVERIFY(MessageRenderer::fitValue(u"enum3"_s, u"待付款"_s).error.isEmpty());
    }

    void tooLongOrderNumberShortenedVisibly()
    {
        const QString orderNo = u"XG-2024-10-01-0001234567890123456789"_s; // 36 characters
        const FittedValue f = MessageRenderer::fitValue(u"character_string1"_s, orderNo);
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.value, orderNo.left(29) + u"..."_s);
        QVERIFY2(f.adjustment.contains(u"tooLong=shorten"_s), qPrintable(f.adjustment));
        QVERIFY(!FakeValueRules::check(u"character_string1"_s, f.value));
        // 32 is not too long.
        QCOMPARE(MessageRenderer::fitValue(u"character_string1"_s, orderNo.left(32)).value, orderNo.left(32));
    }

    void tooLongOrderNumberFailsWhenChosen()
    {
        const QString orderNo = u"XG-2024-10-01-0001234567890123456789"_s;
        FitOptions options;
        options.tooLong = TooLongPolicy::Fail;
        const FittedValue f = MessageRenderer::fitValue(u"character_string1"_s, orderNo, options);
        QVERIFY2(
            f.error.contains(u"36 characters"_s) && f.error.contains(u"tooLong=fail"_s), qPrintable(f.error));
        QVERIFY(!f.setupError); // one order's number: the account goes on
        QVERIFY(MessageRenderer::fitValue(u"character_string1"_s, orderNo.left(32), options).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValueFitting)
#include "tst_valuefitting.moc"
