#include "intake/jsonwriter.h"
#include "intake/orderview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// The hand-written JSON of the hot replies must be JSON that says exactly what Qt's would.
class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QJsonDocument parse(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << bytes;
        return doc;
    }

private slots:
    void stringsSurviveTheRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ C:\\path\\"_s;
        QTest::newRow("control characters") << u"a\nb\rc\td\x01\x1f\x7f"_s;
        QTest::newRow("Chinese and emoji") << u"有机苹果 🍎 5kg"_s;
        QTest::newRow("SQL") << u"x'); DROP TABLE orders; --"_s;
        QTest::newRow("slash and angle brackets") << u"</script><b>&amp;"_s;
    }

    void stringsSurviveTheRoundTrip()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject();
        w.member("s"_L1, text);
        w.endObject();
        const QByteArray bytes = w.take();
        QCOMPARE(parse(bytes).object().value(u"s"_s).toString(), text);
        QVERIFY(!bytes.contains("\\u4e")); // UTF-8 as is, not \u escapes
    }

    void structure()
    {
        JsonWriter w;
        w.beginObject();
        w.member("n"_L1, qint64(-9007199254740991));
        w.member("t"_L1, true);
        w.key("x"_L1);
        w.null();
        w.key("a"_L1);
        w.beginArray();
        w.value(1);
        w.beginObject();
        w.endObject();
        w.beginArray();
        w.endArray();
        w.value(u"z"_s);
        w.endArray();
        w.member("o"_L1, QJsonObject { { u"k"_s, u"v"_s } });
        w.endObject();
        const QByteArray bytes = w.take();
        QCOMPARE(bytes,
            QByteArray(R"({"n":-9007199254740991,"t":true,"x":null,"a":[1,{},[],"z"],"o":{"k":"v"}})"));
    }

    void acceptedOrderReadsBackWhole()
    {
        AcceptResult r;
        r.kind = AcceptResult::Kind::Created;
        r.order.input.orderNo = u"A-1"_s;
        r.order.input.account = u"shop1"_s;
        r.order.input.openid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
        r.order.input.nickname = u"\"小王\"\\"_s;
        r.order.input.product = u"有机苹果 5kg"_s;
        r.order.input.amountFen = 12850;
        r.order.input.placedAt = 1772445600000;
        r.order.input.vars = { { u"coupon"_s, u"满100减10"_s } };
        r.order.closeAt = 1772452800000;
        r.order.status = OrderStatus::Paid;
        r.order.statusAt = 1772445700000;
        r.order.createdAt = 1772445600123;
        ReminderRecord rem;
        rem.round = 1;
        rem.dueAt = 1772446200000;
        rem.state = ReminderState::Cancelled;
        rem.clientMsgId = u"pn-A-1-1"_s;
        rem.reason = u"paid before the order arrived"_s;
        r.reminders = { rem };

        const QJsonObject got = parse(OrderView::accepted(r)).object();
        const QJsonObject order = got.value(u"order"_s).toObject();
        QCOMPARE(order.value(u"nickname"_s).toString(), r.order.input.nickname);
        QCOMPARE(order.value(u"amount_fen"_s).toInteger(), 12850);
        QCOMPARE(order.value(u"placed_at"_s).toString(), u"2026-03-02T10:00:00Z"_s);
        QCOMPARE(order.value(u"status_at"_s).toString(), u"2026-03-02T10:01:40Z"_s);
        QCOMPARE(order.value(u"created_at"_s).toString(), u"2026-03-02T10:00:00.123Z"_s);
        QCOMPARE(order.value(u"status"_s).toString(), u"paid"_s);
        QCOMPARE(order.value(u"vars"_s).toObject(), r.order.input.vars);
        QCOMPARE(order.size(), 14);
        const QJsonArray reminders = got.value(u"reminders"_s).toArray();
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(reminders.at(0).toObject(),
            (QJsonObject { { u"round"_s, 1 }, { u"due_at"_s, u"2026-03-02T10:10:00Z"_s },
                { u"state"_s, u"cancelled"_s }, { u"client_msg_id"_s, u"pn-A-1-1"_s },
                { u"reason"_s, u"paid before the order arrived"_s } }));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
