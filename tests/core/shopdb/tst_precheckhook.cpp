#include "common/logging.h"
#include "shopdb/paymentchecks.h"
#include "shopdb/precheckhook.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

namespace {
constexpr auto kToken = "pc-9f2b7c41e0d84a6b93aa5f17c2d08e66";

// Log lines of PayNudge's own categories, to show that the token never reaches one.
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    if (QByteArray(context.category).startsWith("paynudge"))
        g_log << text;
}
} // namespace

// The payment check over HTTP against a shop's hook faked with QHttpServer on 127.0.0.1.
class TestPrecheckHook : public QObject
{
    Q_OBJECT

    QHttpServer m_http;
    quint16 m_port = 0;
    // What the fake answers: status and body, or no answer at all (held).
    int m_status = 200;
    QByteArray m_body;
    bool m_hold = false;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
    QByteArray m_lastBody;
    QByteArray m_lastAuthorization;
    QTemporaryDir m_dir;
    QtMessageHandler m_previous = nullptr;

    PrecheckSettings settings()
    {
        PrecheckSettings s;
        s.url = QUrl(u"http://127.0.0.1:%1/paynudge/unpaid"_s.arg(m_port));
        s.tokenEnv = u"PAYNUDGE_TEST_PRECHECK_TOKEN"_s;
        s.timeoutSec = 1;
        return s;
    }

    PaymentCheckAnswer ask(PrecheckHook &hook, const QStringList &orders, quint64 ticket = 7)
    {
        QSignalSpy answered(&hook, &PaymentCheck::answered);
        hook.check(ticket, orders);
        if (!answered.size() && !answered.wait(10000))
            return {};
        const auto args = answered.takeFirst();
        if (args.at(0).toULongLong() != ticket)
            return {};
        return args.at(1).value<PaymentCheckAnswer>();
    }

private slots:
    void initTestCase()
    {
        m_previous = qInstallMessageHandler(capture);
        qputenv("PAYNUDGE_TEST_PRECHECK_TOKEN", kToken);
        m_http.route(u"/paynudge/unpaid"_s,
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                m_lastBody = request.body();
                m_lastAuthorization = request.value("Authorization");
                if (m_hold) {
                    m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
                    return;
                }
                responder.write(m_body, "application/json", QHttpServerResponder::StatusCode(m_status));
            });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase() { qInstallMessageHandler(m_previous); }

    void init()
    {
        m_status = 200;
        m_body.clear();
        m_hold = false;
        m_lastBody.clear();
        m_lastAuthorization.clear();
        g_log.clear();
    }

    void cleanup() { m_held.clear(); }

    void goodAnswer()
    {
        PrecheckHook hook(settings());
        // A number not asked about is ignored; a numeric column's whole number counts.
        m_body = R"({"unpaid": ["S1", 20260302, "NOT-ASKED"]})";
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s, u"S2"_s, u"20260302"_s });
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.unpaid, (QSet<QString> { u"S1"_s, u"20260302"_s }));
        const QJsonObject sent = QJsonDocument::fromJson(m_lastBody).object();
        QCOMPARE(sent.value(u"order_nos"_s).toArray(), QJsonArray({ u"S1"_s, u"S2"_s, u"20260302"_s }));
        QCOMPARE(m_lastAuthorization, "Bearer " + QByteArray(kToken));
        QVERIFY(hook.describe().contains(u"127.0.0.1"_s));
    }

    void emptyUnpaidMeansAllPaid()
    {
        PrecheckHook hook(settings());
        m_body = R"({"unpaid": []})";
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(a.ok);
        QVERIFY(a.unpaid.isEmpty());
    }

    void serverErrorFails()
    {
        PrecheckHook hook(settings());
        m_status = 500;
        m_body = QByteArray("{\"error\": \"") + kToken + "\"}"; // an echoed token is not repeated
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(u"HTTP 500"_s), qPrintable(a.error));
        QVERIFY(!a.error.contains(QLatin1String(kToken)));
    }

    void timeoutFails()
    {
        PrecheckHook hook(settings());
        m_hold = true;
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(u"no answer within 1 s"_s), qPrintable(a.error));
    }

    void badJsonFails_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << u"JSON object"_s;
        QTest::newRow("array") << QByteArray("[\"S1\"]") << u"JSON object"_s;
        QTest::newRow("no unpaid") << QByteArray(R"({"paid": ["S1"]})") << u"\"unpaid\""_s;
        QTest::newRow("unpaid not a list") << QByteArray(R"({"unpaid": "S1"})") << u"\"unpaid\""_s;
    }
    void badJsonFails()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        PrecheckHook hook(settings());
        m_body = body;
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(says), qPrintable(a.error));
    }

    void unreachableFails()
    {
        QTcpServer probe; // a port nobody listens on: bound, then closed
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        PrecheckSettings s = settings();
        s.url.setPort(closed);
        PrecheckHook hook(s);
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(u"cannot be reached"_s), qPrintable(a.error));
    }

    void tokenFromAnOwnerOnlyFile()
    {
        const QString path = m_dir.filePath(u"precheck-token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kToken) + '\n');
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        PrecheckSettings s = settings();
        s.tokenEnv.clear();
        s.tokenFile = path;
        m_body = R"({"unpaid": ["S1"]})";
        {
            PrecheckHook hook(s);
            const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
            QVERIFY2(a.ok, qPrintable(a.error));
            QCOMPARE(m_lastAuthorization, "Bearer " + QByteArray(kToken));
        }
        // Readable by others: refused before anything is sent, and said so.
        QVERIFY(
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        m_lastAuthorization.clear();
        PrecheckHook hook(s);
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY2(a.error.startsWith(u"[precheck] tokenFile: "_s), qPrintable(a.error));
        QVERIFY(a.error.contains(u"chmod 600"_s));
        QVERIFY(m_lastAuthorization.isEmpty());
    }

    void tokenNeverInErrorsOrLog()
    {
        PrecheckSettings s = settings();
        // Even a URL that carries the token (a misconfiguration) does not show it.
        s.url.setQuery(u"key="_s + QLatin1String(kToken));
        PrecheckHook hook(s);
        m_status = 403;
        m_body = "{}";
        const PaymentCheckAnswer a = ask(hook, { u"S1"_s });
        QVERIFY(!a.ok);
        QVERIFY(!a.error.contains(QLatin1String(kToken)));
        QVERIFY(!hook.describe().contains(QLatin1String(kToken)));
        m_status = 200;
        m_body = R"({"unpaid": ["S1", "other"]})";
        QVERIFY(ask(hook, { u"S1"_s }).ok);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QLatin1String(kToken)), qPrintable(line));
    }

    void createdFromTheConfiguration()
    {
        Config c = Config::defaults();
        QVERIFY(!createPaymentCheck(c).check);
        c.precheck = settings();
        const ConfiguredCheck made = createPaymentCheck(c);
        QVERIFY(qobject_cast<PrecheckHook *>(made.check.get()));
        QCOMPARE(made.kind, HealthReason::Kind::PrecheckFailing);
        Config other = c;
        QVERIFY(!paymentCheckSettingsDiffer(c, other));
        other.precheck.timeoutSec = 5;
        QVERIFY(paymentCheckSettingsDiffer(c, other));
        other = c;
        other.reminder.batchSize = 7; // not the check's
        QVERIFY(!paymentCheckSettingsDiffer(c, other));
    }
};

QTEST_GUILESS_MAIN(TestPrecheckHook)
#include "tst_precheckhook.moc"
