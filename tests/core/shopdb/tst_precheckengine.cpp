#include "support/intakefixture.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The whole way: [precheck] in the configuration, the engine asking the shop's hook (a fake on
// 127.0.0.1) right before each send, and GET /api/v1/health saying when the hook fails.
class TestPrecheckEngine : public QObject
{
    Q_OBJECT

    QHttpServer m_hook;
    quint16 m_port = 0;
    int m_status = 200;
    QByteArray m_body;
    int m_asked = 0;
    std::unique_ptr<IntakeFixture> m_f;

    QJsonObject health() { return m_f->client->request("GET", "/api/v1/health").json(); }

    ReminderRecord reminderOf(const QString &orderNo)
    {
        const auto order = m_f->engine().orderByNo(orderNo);
        if (!order)
            return {};
        const QList<ReminderRecord> reminders = m_f->engine().remindersOf(order->id);
        return reminders.isEmpty() ? ReminderRecord() : reminders.first();
    }

private slots:
    void initTestCase()
    {
        qputenv("PAYNUDGE_TEST_HOOK_TOKEN", "hook-token-5b1e0c9a7d3f4e21");
        m_hook.route(u"/unpaid"_s, [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            ++m_asked;
            responder.write(m_body, "application/json", QHttpServerResponder::StatusCode(m_status));
        });
        m_port = m_hook.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_status = 200;
        m_body = R"({"unpaid": []})";
        m_asked = 0;
        Config c = intakeConfig();
        c.precheck.url = QUrl(u"http://127.0.0.1:%1/unpaid"_s.arg(m_port));
        c.precheck.tokenEnv = u"PAYNUDGE_TEST_HOOK_TOKEN"_s;
        c.precheck.timeoutSec = 5;
        m_f = std::make_unique<IntakeFixture>(c);
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
        m_f->engine().start();
    }

    void cleanup() { m_f.reset(); }

    void paidAtTheShopIsNotReminded()
    {
        QCOMPARE(m_f->client->request("POST", "/api/v1/orders", toBytes(orderJson(u"H1"_s))).status, 201);
        QCOMPARE(m_f->client->request("POST", "/api/v1/orders", toBytes(orderJson(u"H2"_s))).status, 201);
        m_body = R"({"unpaid": ["H2"]})";
        m_f->fx.clock.advance(11 * kMinute);
        QTRY_COMPARE(reminderOf(u"H2"_s).state, ReminderState::DryRun);
        QTRY_COMPARE(reminderOf(u"H1"_s).state, ReminderState::Cancelled);
        QCOMPARE(reminderOf(u"H1"_s).reason, u"paid — shop check"_s);
        QCOMPARE(m_asked, 1); // both in one check
        const QJsonObject order = m_f->client->request("GET", "/api/v1/orders/H1").json();
        QCOMPARE(order[u"order"_s][u"status"_s].toString(), u"paid"_s);
    }

    void aFailingHookHoldsAndHealthSaysSince()
    {
        QCOMPARE(m_f->client->request("POST", "/api/v1/orders", toBytes(orderJson(u"F1"_s))).status, 201);
        m_status = 500;
        m_body = "{}";
        m_f->fx.clock.advance(11 * kMinute);
        QTRY_COMPARE(health()[u"status"_s].toString(), u"degraded"_s);
        const QJsonObject reason = health()[u"reasons"_s].toArray().at(0).toObject();
        QCOMPARE(reason[u"kind"_s].toString(), u"precheck_failing"_s);
        QCOMPARE(reason[u"since"_s].toString(), u"2026-03-02T10:11:00Z"_s);
        const QString text = reason[u"text"_s].toString();
        QVERIFY2(text.startsWith(u"the shop's payment check has failed since 2026-03-02 10:11: "_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"HTTP 500"_s), qPrintable(text));
        QVERIFY2(text.endsWith(u"; reminders wait for it"_s), qPrintable(text));
        QVERIFY(!text.contains(u"hook-token"_s));
        QCOMPARE(reminderOf(u"F1"_s).state, ReminderState::Sending);

        // The hook works again: the next try (a second later) sends it, and the health is ok.
        m_body = R"({"unpaid": ["F1"]})";
        m_status = 200;
        m_f->fx.clock.advance(kSecond);
        QTRY_COMPARE(reminderOf(u"F1"_s).state, ReminderState::DryRun);
        QCOMPARE(health()[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(m_asked, 2);
    }
};

QTEST_GUILESS_MAIN(TestPrecheckEngine)
#include "tst_precheckengine.moc"
