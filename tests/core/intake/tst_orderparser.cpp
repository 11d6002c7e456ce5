#include "intake/jsonbody.h"
#include "intake/orderparser.h"
#include "intake/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// The rules an order must meet, the times the intake reads, and the JSON body reader — without
// HTTP, so every edge is cheap to pin down.
class TestOrderParser : public QObject
{
    Q_OBJECT

    static constexpr qint64 kT0 = 1772445600000LL; // 2026-03-02T10:00:00Z

    static OrderParser parser(bool text = false)
    {
        OrderParser::Options o;
        o.accounts = { u"shop1"_s, u"shop2"_s };
        o.textValues = text;
        o.localZone = QTimeZone("Asia/Shanghai");
        return OrderParser(o);
    }

    static QJsonObject valid()
    {
        return { { u"order_no"_s, u"A-1_b"_s }, { u"account"_s, u"shop1"_s },
            { u"openid"_s, u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s }, { u"product"_s, u" 苹果 "_s },
            { u"amount_fen"_s, 0 }, { u"placed_at"_s, u"2026-03-02T18:00:00+08:00"_s } };
    }

private slots:
    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("Z") << u"2026-03-02T10:00:00Z"_s << kT0;
        QTest::newRow("lower z") << u"2026-03-02t10:00:00z"_s << kT0;
        QTest::newRow("+08:00") << u"2026-03-02T18:00:00+08:00"_s << kT0;
        QTest::newRow("-05:30") << u"2026-03-02T04:30:00-05:30"_s << kT0;
        QTest::newRow("fraction") << u"2026-03-02T10:00:00.25Z"_s << kT0 + 250;
        QTest::newRow("nanoseconds cut") << u"2026-03-02T10:00:00.123456789Z"_s << kT0 + 123;
        QTest::newRow("space separator") << u"2026-03-02 18:00:00+08:00"_s << kT0;
        QTest::newRow("leap day") << u"2028-02-29T00:00:00Z"_s << 1835395200000LL;
        QTest::newRow("no offset") << u"2026-03-02T10:00:00"_s << -1LL;
        QTest::newRow("no seconds") << u"2026-03-02T10:00Z"_s << -1LL;
        QTest::newRow("offset 24h") << u"2026-03-02T10:00:00+24:00"_s << -1LL;
        QTest::newRow("Feb 30") << u"2026-02-30T10:00:00Z"_s << -1LL;
        QTest::newRow("hour 24") << u"2026-03-02T24:00:00Z"_s << -1LL;
        QTest::newRow("leap second") << u"2026-03-02T23:59:60Z"_s << -1LL;
        QTest::newRow("before 2000") << u"1999-12-31T23:59:59Z"_s << -1LL;
        QTest::newRow("2100") << u"2100-01-01T00:00:00Z"_s << -1LL;
        QTest::newRow("trailing text") << u"2026-03-02T10:00:00Z!"_s << -1LL;
        QTest::newRow("empty") << QString() << -1LL;
    }

    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto got = timestamps::parseRfc3339(text);
        QCOMPARE(got.value_or(-1), ms);
    }

    void epochSeconds()
    {
        QCOMPARE(timestamps::fromEpochSeconds(1772445600).value_or(-1), kT0);
        QVERIFY(!timestamps::fromEpochSeconds(1772445600.5));
        QVERIFY(!timestamps::fromEpochSeconds(1772445600000.0)); // milliseconds by mistake
        QVERIFY(!timestamps::fromEpochSeconds(-1));
        QVERIFY(!timestamps::fromEpochSeconds(std::numeric_limits<double>::infinity()));
        QVERIFY(!timestamps::fromEpochSeconds(std::numeric_limits<double>::quiet_NaN()));
    }

    void localTimes()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        QCOMPARE(timestamps::parseLocal(u"2026/3/2 18:00"_s, shanghai).value_or(-1), kT0);
        QCOMPARE(timestamps::parseLocal(u"2026-03-02 18:00:00"_s, shanghai).value_or(-1), kT0);
        QCOMPARE(timestamps::parseLocal(u"2026-03-02 10:00"_s, QTimeZone::utc()).value_or(-1), kT0);
        QVERIFY(!timestamps::parseLocal(u"2026/13/2 18:00"_s, shanghai));
        QVERIFY(!timestamps::parseLocal(u"2/3/2026 18:00"_s, shanghai));
        // A wall time inside a daylight-saving gap never happened.
        QVERIFY(!timestamps::parseLocal(u"2026-03-08 02:30"_s, QTimeZone("America/New_York")));
    }

    void formatting()
    {
        QCOMPARE(timestamps::toRfc3339(kT0), u"2026-03-02T10:00:00Z"_s);
        QCOMPARE(timestamps::toRfc3339(kT0 + 5), u"2026-03-02T10:00:00.005Z"_s);
        QCOMPARE(timestamps::toRfc3339(0), u"1970-01-01T00:00:00Z"_s);
        QCOMPARE(timestamps::toRfc3339(-1), u"1969-12-31T23:59:59.999Z"_s);
        QCOMPARE(timestamps::toRfc3339(951782400000LL), u"2000-02-29T00:00:00Z"_s);
        // The hand-written formatter agrees with QDateTime everywhere, leap years and centuries included.
        QRandomGenerator rng(20260302);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = qint64((rng.bounded(1000.0) - 370.0) * 365.25 * 86400000.0); // years 1600–2600
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString expected = t.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
            QCOMPARE(timestamps::toRfc3339(ms), expected);
        }
    }

    void validOrder()
    {
        QJsonObject o = valid();
        o.insert(u"close_at"_s, 1772449200);
        o.insert(u"vars"_s, QJsonObject { { u"coupon"_s, u"满100减10"_s }, { u"_x1"_s, u""_s } });
        o.insert(u"nickname"_s, QJsonValue::Null); // null optional field: absent
        IntakeError error;
        const auto order = parser().parse(o, &error);
        QVERIFY2(order, qPrintable(error.field + u": "_s + error.message));
        QCOMPARE(order->orderNo, u"A-1_b"_s);
        QCOMPARE(order->product, u"苹果"_s); // trimmed
        QCOMPARE(order->amountFen, 0); // zero is a valid amount
        QCOMPARE(order->placedAt, kT0);
        QCOMPARE(order->closeAt.value_or(-1), kT0 + 3600 * 1000);
        QVERIFY(order->nickname.isEmpty());
        QCOMPARE(order->vars.size(), 2);
    }

    void fieldErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("order_no empty")
            << u"order_no"_s << QJsonValue(u"  "_s) << u"missing_field"_s << u"order_no"_s;
        QTest::newRow("order_no 64 ok")
            << u"order_no"_s << QJsonValue(QString(64, u'z')) << QString() << QString();
        QTest::newRow("order_no unicode")
            << u"order_no"_s << QJsonValue(u"订单1"_s) << u"invalid_value"_s << u"order_no"_s;
        QTest::newRow("account array")
            << u"account"_s << QJsonValue(QJsonArray { u"shop1"_s }) << u"wrong_type"_s << u"account"_s;
        QTest::newRow("account case")
            << u"account"_s << QJsonValue(u"Shop1"_s) << u"unknown_account"_s << u"account"_s;
        QTest::newRow("openid spaces")
            << u"openid"_s << QJsonValue(u"o a"_s) << u"invalid_value"_s << u"openid"_s;
        QTest::newRow("openid too long")
            << u"openid"_s << QJsonValue(QString(129, u'o')) << u"invalid_value"_s << u"openid"_s;
        QTest::newRow("product too long")
            << u"product"_s << QJsonValue(QString(257, u'货')) << u"invalid_value"_s << u"product"_s;
        QTest::newRow("product tab") << u"product"_s << QJsonValue(u"a\tb"_s) << u"invalid_value"_s
                                     << u"product"_s;
        QTest::newRow("amount 2^53") << u"amount_fen"_s << QJsonValue(9007199254740992.0)
                                     << u"invalid_value"_s << u"amount_fen"_s;
        QTest::newRow("amount object")
            << u"amount_fen"_s << QJsonValue(QJsonObject {}) << u"wrong_type"_s << u"amount_fen"_s;
        QTest::newRow("amount max ok")
            << u"amount_fen"_s << QJsonValue(9007199254740991.0) << QString() << QString();
        QTest::newRow("url ftp") << u"url"_s << QJsonValue(u"ftp://shop.example/x"_s) << u"invalid_value"_s
                                 << u"url"_s;
        QTest::newRow("url relative")
            << u"url"_s << QJsonValue(u"/order/1"_s) << u"invalid_value"_s << u"url"_s;
        QTest::newRow("vars array") << u"vars"_s << QJsonValue(QJsonArray {}) << u"wrong_type"_s << u"vars"_s;
        QTest::newRow("vars bad name") << u"vars"_s << QJsonValue(QJsonObject { { u"1x"_s, u"v"_s } })
                                       << u"invalid_value"_s << u"vars.1x"_s;
        QJsonObject many;
        for (int i = 0; i < 33; ++i)
            many.insert(u"v%1"_s.arg(i), u"x"_s);
        QTest::newRow("vars 33") << u"vars"_s << QJsonValue(many) << u"invalid_value"_s << u"vars"_s;
        QTest::newRow("use_time number")
            << u"use_time"_s << QJsonValue(5) << u"wrong_type"_s << u"use_time"_s;
        QTest::newRow("close_at equal")
            << u"close_at"_s << QJsonValue(u"2026-03-02T10:00:00Z"_s) << u"invalid_value"_s << u"close_at"_s;
    }

    void fieldErrors()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, errorField);
        QJsonObject o = valid();
        o.insert(field, value);
        IntakeError error;
        const auto order = parser().parse(o, &error);
        QCOMPARE(order.has_value(), code.isEmpty());
        QCOMPARE(error.code, code);
        QCOMPARE(error.field, errorField);
        QCOMPARE(error.status, 400);
    }

    void textValues()
    {
        QHash<QString, QString> row { { u"order_no"_s, u"T1"_s }, { u"account"_s, u"shop2"_s },
            { u"openid"_s, u"oUpF8u"_s }, { u"product"_s, u"梨"_s }, { u"amount_fen"_s, u" 990 "_s },
            { u"placed_at"_s, u"2026/3/2 18:00"_s }, { u"close_at"_s, u"1772449200"_s },
            { u"nickname"_s, QString() }, { u"vars.coupon"_s, u"c1"_s }, { u"vars.empty"_s, QString() } };
        IntakeError error;
        const auto order = parser(true).parseText(row, &error);
        QVERIFY2(order, qPrintable(error.field + u": "_s + error.message));
        QCOMPARE(order->amountFen, 990);
        QCOMPARE(order->placedAt, kT0); // local time in the shop's zone
        QCOMPARE(order->closeAt.value_or(-1), kT0 + 3600 * 1000);
        QCOMPARE(order->vars, (QJsonObject { { u"coupon"_s, u"c1"_s } }));

        row.insert(u"amount_fen"_s, u"9.90"_s);
        QVERIFY(!parser(true).parseText(row, &error));
        QCOMPARE(error.field, u"amount_fen"_s);
        QCOMPARE(error.code, u"wrong_type"_s);
        // The API does not read local times: they are ambiguous without the shop's zone.
        QJsonObject o = valid();
        o.insert(u"placed_at"_s, u"2026/3/2 18:00"_s);
        QVERIFY(!parser(false).parse(o, &error));
        QCOMPARE(error.field, u"placed_at"_s);
    }

    void eventBodies()
    {
        std::optional<qint64> at;
        IntakeError error;
        QVERIFY(OrderParser::parseEvent({}, u"paid_at"_s, &at, &error));
        QVERIFY(!at);
        QVERIFY(OrderParser::parseEvent({ { u"paid_at"_s, 1772445600 } }, u"paid_at"_s, &at, &error));
        QCOMPARE(at.value_or(-1), kT0);
        QVERIFY(!OrderParser::parseEvent({ { u"closed_at"_s, 1772445600 } }, u"paid_at"_s, &at, &error));
        QCOMPARE(error.code, u"unknown_field"_s);
        QCOMPARE(error.field, u"closed_at"_s);
    }

    void jsonBodies()
    {
        IntakeError error;
        QVERIFY(JsonBody::parseObject(R"({"a":"文"})", &error));
        QVERIFY(!JsonBody::parseObject(
            R"({"orders":[{"product":"ok"},{"product":"X"}]})"_ba.replace("X", "\xC0\xAF"), &error));
        QCOMPARE(error.code, u"invalid_utf8"_s);
        QCOMPARE(error.field, u"orders[1].product"_s); // found inside a batch
        QVERIFY(!JsonBody::parseObject("{\"k\xFF\":1}", &error));
        QCOMPARE(error.field, u"k\uFFFD"_s); // a bad key: named as far as it can be read
        // A literal U+FFFD written by the sender leaves the field unnamed rather than guessed.
        QVERIFY(!JsonBody::parseObject("{\"a\":\"\xEF\xBF\xBD\",\"b\":\"\xFF\"}", &error));
        QCOMPARE(error.field, QString());
        QVERIFY(!JsonBody::parseObject("\"just a string\"", &error));
        QCOMPARE(error.code, u"invalid_json"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrderParser)
#include "tst_orderparser.moc"
