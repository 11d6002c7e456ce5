#include "engineinternals.h"
#include "intake/timestamps.h"
#include "support/intakefixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The do-not-remind list over the intake API (issue 17): PUT / DELETE / GET /api/v1/optout/{openid},
// GET /api/v1/optout, their validation, and that what the API lists the operator cannot send to.
class TestOptOutApi : public QObject
{
    Q_OBJECT

    static constexpr auto kCustomer = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"; // orderJson's openid

    std::unique_ptr<IntakeFixture> m_f;
    HttpClient &client() { return *m_f->client; }

    HttpClient::Response put(const QByteArray &openid, const QJsonObject &body)
    {
        return client().request("PUT", "/api/v1/optout/" + openid, toBytes(body));
    }

private slots:
    void init()
    {
        m_f = std::make_unique<IntakeFixture>();
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
    }
    void cleanup() { m_f.reset(); }

    void putCreatesThenUpdatesAndGetReads()
    {
        auto r = put("oAAA", { { u"reason"_s, u"complained"_s } });
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"result"_s).toString(), u"created"_s);
        QCOMPARE(r.json().value(u"actor"_s).toString(), u"api"_s);
        QCOMPARE(r.json().value(u"created_at"_s).toString(), timestamps::toRfc3339(kT0));

        // Committed before the answer: the store has it, with its audit line.
        QCOMPARE(m_f->engine().optOut(u"oAAA"_s)->reason, u"complained"_s);
        QCOMPARE(
            countWhere(m_f->engine(),
                u"SELECT COUNT(*) FROM audit_log WHERE kind = 'optout' AND subject = 'oAAA' AND actor = 'api'"_s),
            1);

        r = put("oAAA", { { u"reason"_s, u"  asked by phone  "_s }, { u"actor"_s, u"crm"_s } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"result"_s).toString(), u"updated"_s);
        QCOMPARE(r.json().value(u"actor"_s).toString(), u"api:crm"_s);
        QCOMPARE(r.json().value(u"reason"_s).toString(), u"asked by phone"_s);

        r = client().request("GET", "/api/v1/optout/oAAA");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"openid"_s).toString(), u"oAAA"_s);
        QCOMPARE(r.json().value(u"reason"_s).toString(), u"asked by phone"_s);
        QCOMPARE(client().request("GET", "/api/v1/optout/oZZZ").status, 404);
    }

    void deleteRemovesAndSaysWhenNotListed()
    {
        QCOMPARE(put("oAAA", { { u"reason"_s, QString() } }).status, 201);
        auto r = client().request("DELETE", "/api/v1/optout/oAAA");
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!m_f->engine().optOut(u"oAAA"_s));
        r = client().request("DELETE", "/api/v1/optout/oAAA");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
        QCOMPARE(client().request("GET", "/api/v1/optout/oAAA").status, 404);
    }

    void listSearchesAndPages()
    {
        const QList<std::pair<QByteArray, QString>> entries0 { { "oA1", u"complained"_s },
            { "oB2", u"blocked"_s }, { "oC3", u"Complained twice"_s } };
        for (const auto &[openid, reason] : entries0) {
            QCOMPARE(put(openid, { { u"reason"_s, reason } }).status, 201);
            m_f->fx.clock.advance(kSecond);
        }
        auto r = client().request("GET", "/api/v1/optout");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 3);
        QCOMPARE(r.json().value(u"entries"_s).toArray().first().toObject().value(u"openid"_s).toString(),
            u"oC3"_s);

        r = client().request("GET", "/api/v1/optout?search=complained&limit=1&offset=1");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 2);
        const QJsonArray entries = r.json().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(u"openid"_s).toString(), u"oA1"_s);

        for (const QByteArray query : { "limit=0", "limit=abc", "limit=1001", "offset=-1" }) {
            r = client().request("GET", "/api/v1/optout?" + query);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"error"_s).toObject().value(u"field"_s).toString(),
                QString::fromLatin1(query.split('=').first()));
        }
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        QCOMPARE(put("oKeep", { { u"reason"_s, u"x"_s } }).status, 201);
        QCOMPARE(put("oLong", { { u"reason"_s, QString(200, u'好') } }).status, 201); // 200 is fine
        const QByteArray before = m_f->storeDigest();
        const auto fieldOf = [](const HttpClient::Response &r) {
            return r.json().value(u"error"_s).toObject().value(u"field"_s).toString();
        };
        // An openid not shaped like one (the order intake's rule), or too long.
        auto r = put("o.bad", { { u"reason"_s, u"x"_s } });
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"openid"_s);
        QCOMPARE(put(QByteArray(129, 'o'), { { u"reason"_s, u"x"_s } }).status, 400);
        QCOMPARE(client().request("GET", "/api/v1/optout/o.bad").status, 400);
        // A reason over 200 characters, of more than one line, missing, or not a string.
        r = put("oNew", { { u"reason"_s, QString(201, u'x') } });
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"reason"_s);
        QCOMPARE(put("oNew", { { u"reason"_s, u"two\nlines"_s } }).status, 400);
        r = put("oNew", {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"missing_field"_s);
        QCOMPARE(put("oNew", { { u"reason"_s, 5 } }).status, 400);
        QCOMPARE(put("oNew", { { u"reason"_s, u"x"_s }, { u"who"_s, u"y"_s } }).status, 400);
        QCOMPARE(put("oNew", { { u"reason"_s, u"x"_s }, { u"actor"_s, u"a b"_s } }).status, 400);
        QCOMPARE(client().request("PUT", "/api/v1/optout/oNew", "{not json").status, 400);
        // A wrong method names the right ones.
        r = client().request("POST", "/api/v1/optout/oNew", toBytes({ { u"reason"_s, u"x"_s } }));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("PUT, DELETE, GET"));
        // No token (the connection closes after it).
        r = client().requestRaw(
            HttpClient::build("PUT", "/api/v1/optout/oNew", toBytes({ { u"reason"_s, u"x"_s } }), {}));
        QCOMPARE(r.status, 401);
        QCOMPARE(m_f->storeDigest(), before);
    }

    void storeFailureIs503()
    {
        QSqlQuery q(EngineInternals::connection(m_f->engine()));
        QVERIFY(q.exec(u"DROP TABLE optouts"_s));
        auto r = put("oAAA", { { u"reason"_s, u"x"_s } });
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"store_error"_s);
        QCOMPARE(client().request("GET", "/api/v1/optout").status, 503);
        QCOMPARE(client().request("DELETE", "/api/v1/optout/oAAA").status, 503);
    }

    void listedOverTheApiTheOperatorCannotSend()
    {
        // The test: an opt-out through the API, then a manual resend is refused, and send now.
        auto r = client().request("POST", "/api/v1/orders", toBytes(orderJson(u"OPT-1"_s)));
        QCOMPARE(r.status, 201);
        const auto order = m_f->engine().orderByNo(u"OPT-1"_s);
        QVERIFY(order);
        QCOMPARE(put(kCustomer, { { u"reason"_s, u"complained"_s } }).status, 201);
        const Error resend = m_f->engine().resendOrder(order->id, u"op"_s);
        QVERIFY(resend.is(ErrorCode::CustomerOptedOut));
        QVERIFY2(resend.englishText().contains(u"oUpF…eS6o"_s), qPrintable(resend.englishText()));
        QVERIFY(resend.englishText().contains(u"complained"_s));
        const qint64 reminderId = m_f->engine().remindersOf(order->id).first().id;
        QVERIFY(m_f->engine().sendNow(reminderId, u"op"_s).is(ErrorCode::CustomerOptedOut));
        // Off the list again (DELETE), the operator may.
        QCOMPARE(client().request("DELETE", QByteArray("/api/v1/optout/") + kCustomer).status, 204);
        const Error now = m_f->engine().sendNow(reminderId, u"op"_s);
        QVERIFY2(!now, qPrintable(now.englishText()));
    }
};

QTEST_GUILESS_MAIN(TestOptOutApi)
#include "tst_optoutapi.moc"
