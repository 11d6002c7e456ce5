#include "appprocess.h"
#include "support/httpclient.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace paynudge::test;

// The intake API as the app starts it: in headless mode, on the configured address, with the
// token from the configuration or generated on first run; refusing to start when it cannot.
class TestIntakeApp : public QObject
{
    Q_OBJECT

    static constexpr char kOrder[]
        = R"({"order_no":"APP-1","account":"shop1","openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",)"
          R"("product":"apples","amount_fen":100,"placed_at":"2026-03-02T18:00:00+08:00"})";

    // The port the app says it listens on (0 when it never says).
    static quint16 listeningPort(AppProcess &app)
    {
        static const QRegularExpression re(u"intake API listening on 127\\.0\\.0\\.1:(\\d+)"_s);
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            const auto m = re.match(app.output());
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
            if (app.process().state() == QProcess::NotRunning)
                return 0;
            app.process().waitForReadyRead(50);
        }
        return 0;
    }

    static QString logFile(const AppProcess &app)
    {
        QFile f(app.dataDir() + u"/logs/paynudge.log"_s);
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }

    // No keychain for the child: the token must end up in the owner-only file.
    static void withoutKeychain(AppProcess &app)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/paynudge-test-bus"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        app.process().setProcessEnvironment(env);
    }

private slots:
    // Issue 12: ~1,000 slow connections under `ulimit -n 1024` took every descriptor; the next
    // reminder's thread could not get a wakeup pipe and GLib aborted the process. Here the child
    // has 256 descriptors and is offered 400 slow connections (more keep coming) while a
    // reminder falls due and the shop's backend keeps posting orders.
    void survivesMoreSlowClientsThanDescriptors()
    {
        rlimit own {};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &own) == 0);
        if (own.rlim_max != RLIM_INFINITY && own.rlim_max < 2048)
            QSKIP("this test needs 2,048 descriptors of its own for the slow clients");
        own.rlim_cur = own.rlim_max == RLIM_INFINITY ? 4096 : qMin<rlim_t>(own.rlim_max, 4096);
        QVERIFY(setrlimit(RLIMIT_NOFILE, &own) == 0);

        AppProcess app;
        app.writeConfig(u"[accounts/shop1]\nname=S\ndryRun=true\n[reminder]\nrounds=3\nsafetyTick=1\n"_s);
        app.process().setChildProcessModifier([] {
            const rlimit low { 256, 256 }; // soft and hard: PayNudge cannot raise it
            setrlimit(RLIMIT_NOFILE, &low);
        });
        QVERIFY(app.start());
        const quint16 port = listeningPort(app);
        QVERIFY2(port != 0, qPrintable(app.output()));
        static const QRegularExpression capRe(u"intake API takes at most (\\d+) connections"_s);
        QTRY_VERIFY(capRe.match(logFile(app)).hasMatch());
        const int cap = capRe.match(logFile(app)).captured(1).toInt();
        QVERIFY2(cap > 0 && cap < 256 - 64, qPrintable(logFile(app)));

        std::vector<std::unique_ptr<QTcpSocket>> slow;
        const auto addSlow = [&](int n) {
            for (int i = 0; i < n; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                s->connectToHost(QHostAddress::LocalHost, port);
                s->write("POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // the rest never comes
                slow.push_back(std::move(s));
            }
            // Each is connected with its bytes on the wire, or already closed by the full server.
            return QTest::qWaitFor(
                [&] {
                    return std::all_of(slow.cbegin(), slow.cend(), [](const auto &s) {
                        return s->state() == QAbstractSocket::UnconnectedState
                            || (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() == 0);
                    });
                },
                10000);
        };
        QVERIFY(addSlow(400));

        HttpClient backend(port, AppProcess::kTestIntakeToken);
        const qint64 placed = QDateTime::currentSecsSinceEpoch() - 1; // the reminder is due in ~2 s
        const QByteArray due = QByteArray(kOrder)
                                   .replace("APP-1", "DUE-1")
                                   .replace(R"("2026-03-02T18:00:00+08:00")", QByteArray::number(placed));
        QCOMPARE(backend.request("POST", "/api/v1/orders", due).status, 201);
        for (int round = 0; round < 10; ++round) {
            QVERIFY(addSlow(40));
            const QByteArray order
                = QByteArray(kOrder).replace("APP-1", QByteArray("LOAD-" + QByteArray::number(round)));
            const auto r = backend.request("POST", "/api/v1/orders", order, 5000);
            QVERIFY2(r.status == 201,
                qPrintable(u"round %1: %2; %3"_s.arg(round).arg(r.status).arg(app.output().right(2000))));
            QCOMPARE(app.process().state(), QProcess::Running);
        }
        const auto state = [&] {
            return backend.request("GET", "/api/v1/orders/DUE-1", {}, 5000)
                .json()[u"reminders"_s][0][u"state"_s]
                .toString();
        };
        // The reminder went out with the descriptors all but spoken for.
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"dry_run"_s, 15000);
        QCOMPARE(app.process().state(), QProcess::Running);
        QVERIFY(!app.output().contains(u"GLib-ERROR"_s));

        slow.clear();
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }

    void headlessServesTheApi()
    {
        AppProcess app;
        app.writeConfig(u"[accounts/shop1]\nname=店1\n"_s); // [intake]: any free port, the test token
        QVERIFY(app.start());
        const quint16 port = listeningPort(app);
        QVERIFY2(port != 0, qPrintable(app.output()));
        HttpClient client(port, AppProcess::kTestIntakeToken);
        QCOMPARE(client.request("POST", "/api/v1/orders", kOrder).status, 201);
        const auto health = client.request("GET", "/api/v1/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json()[u"accounts"_s][0][u"account"_s].toString(), u"shop1"_s);
        QCOMPARE(HttpClient(port, "wrong-token-0123456789").request("GET", "/api/v1/health").status, 401);
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
        const QString token = QString::fromLatin1(AppProcess::kTestIntakeToken);
        QVERIFY(!app.output().contains(token));
        QVERIFY(!logFile(app).contains(token));
        QVERIFY(logFile(app).contains(u"intake token read from the configuration"_s));
    }

    void aTakenAddressStopsStartup()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        AppProcess app;
        app.writeConfig(u"[intake]\nlisten=127.0.0.1:%1\ntoken=%2\n"_s.arg(squatter.serverPort())
                            .arg(QString::fromLatin1(AppProcess::kTestIntakeToken)));
        QVERIFY(app.start());
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 1);
        QVERIFY2(app.output().contains(u"cannot listen on 127.0.0.1:%1"_s.arg(squatter.serverPort())),
            qPrintable(app.output()));
    }

    void beyondLoopbackNeedsAChosenToken()
    {
        AppProcess app;
        app.writeConfig(u"[intake]\nlisten=0.0.0.0:0\n"_s);
        QVERIFY(app.start());
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(app.output().contains(u"[intake/listen] = \"0.0.0.0:0\""_s), qPrintable(app.output()));
    }

    void tokenGeneratedOnFirstRunAndKept()
    {
        AppProcess app;
        app.writeConfig(u"[intake]\nlisten=127.0.0.1:0\n"_s);
        withoutKeychain(app);
        QVERIFY(app.start());
        const quint16 port = listeningPort(app);
        QVERIFY2(port != 0, qPrintable(app.output()));
        const QString file = app.dataDir() + u"/intake-token"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray token = f.readAll().trimmed();
        QCOMPARE(token.size(), 64);
        QVERIFY(!(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        QVERIFY(app.output().contains(u"intake token generated; kept in "_s + file));
        HttpClient client(port, token);
        QCOMPARE(client.request("GET", "/api/v1/health").status, 200);
        app.terminate();
        QVERIFY(app.waitForExit());
        QVERIFY(!app.output().contains(QString::fromLatin1(token)));
        QVERIFY(!logFile(app).contains(QString::fromLatin1(token)));

        // The next start uses the same token.
        withoutKeychain(app);
        QVERIFY(app.start());
        const quint16 again = listeningPort(app);
        QVERIFY(again != 0);
        QVERIFY(app.output().contains(u"intake token read from "_s + file));
        QCOMPARE(HttpClient(again, token).request("GET", "/api/v1/health").status, 200);
        app.terminate();
        QVERIFY(app.waitForExit());
    }

    void disabledIntakeDoesNotListen()
    {
        AppProcess app;
        app.writeConfig(u"[intake]\nenabled=false\n"_s);
        QVERIFY(app.start());
        QVERIFY(app.waitUntilReady());
        QVERIFY2(app.waitUntilRunning(), qPrintable(app.output())); // start-up is done
        QVERIFY(!app.output().contains(u"intake API listening"_s));
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntakeApp)
#include "tst_intakeapp.moc"
