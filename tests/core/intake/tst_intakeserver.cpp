#include "support/intakefixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The transport under hostile or careless clients: timeouts on the manual clock, the connection
// cap and whom it evicts, Connection: close, the token checked on the head, and framing that
// could be read two ways refused.
class TestIntakeServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<IntakeFixture> m_f;

    IntakeServer &server() { return *m_f->server; }
    void advance(qint64 ms) { m_f->fx.clock.advance(ms); } // the clock's jump runs the sweep

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, server().port());
        if (!s->waitForConnected(5000))
            return nullptr;
        return s;
    }

    // Everything the server sends until it closes the connection (or `timeoutMs`). The server runs
    // on this thread's event loop: the wait must spin it, not block in the socket.
    static QByteArray readUntilClosed(QTcpSocket &s, int timeoutMs = 5000)
    {
        if (s.state() == QAbstractSocket::ConnectedState) {
            QSignalSpy closed(&s, &QAbstractSocket::disconnected);
            closed.wait(timeoutMs);
        }
        return s.readAll();
    }

    // One whole response off a connection the server keeps: its head and the body its
    // Content-Length announces (empty after `timeoutMs` without it).
    static QByteArray readResponse(QTcpSocket &s, int timeoutMs = 5000)
    {
        const auto complete = [&s] {
            const QByteArray got = s.peek(s.bytesAvailable());
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            static const QRegularExpression lengthRe(
                u"\r\nContent-Length: (\\d+)\r\n"_s, QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = lengthRe.match(QString::fromLatin1(got.left(end + 2)));
            return m.hasMatch() && got.size() >= end + 4 + m.captured(1).toLongLong();
        };
        const bool ended = QTest::qWaitFor(
            [&] { return complete() || s.state() != QAbstractSocket::ConnectedState; }, timeoutMs);
        return ended && complete() ? s.readAll() : QByteArray();
    }

    // Waits until the server holds `count` connections, `partial` of them with part of a head in:
    // the bytes written after connecting have reached it.
    void waitUntilHeld(int count, int partial = 0)
    {
        QTRY_COMPARE_WITH_TIMEOUT(server().connectionCount(), count, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server().headsInProgress(), partial, 5000);
    }

    // Moves the clock, which runs the server's timeout sweep at once; how many it timed out.
    int sweepAfter(qint64 ms)
    {
        QSignalSpy swept(&server(), &IntakeServer::swept);
        advance(ms);
        return swept.isEmpty() ? -1 : swept.last().at(0).toInt();
    }

    static QByteArray statusLine(const QByteArray &response) { return response.left(response.indexOf('\r')); }

    static QByteArray authorized(const QByteArray &method, const QByteArray &path,
        const QByteArray &extra = {}, const QByteArray &version = "HTTP/1.1")
    {
        return method + ' ' + path + ' ' + version + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + QByteArray(kIntakeToken) + "\r\n" + extra + "\r\n";
    }

private slots:
    void init()
    {
        Config c = intakeConfig();
        c.intake.maxConnections = 8;
        m_f = std::make_unique<IntakeFixture>(c);
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
    }
    void cleanup() { m_f.reset(); }

    void aHeadMustArriveWithinTenSeconds()
    {
        auto slow = connectRaw();
        QVERIFY(slow);
        slow->write("POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and then nothing
        waitUntilHeld(1, 1);
        QCOMPARE(sweepAfter(IntakeServer::kHeadTimeoutMs - 1), 0);
        QCOMPARE(slow->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(sweepAfter(1), 1);
        const QByteArray response = readUntilClosed(*slow);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
        QVERIFY(response.contains("\"code\":\"request_timeout\""));
        QTRY_COMPARE(server().connectionCount(), 0);
    }

    void aSilentNewConnectionGetsTheHeadTimeoutToo()
    {
        auto silent = connectRaw();
        QVERIFY(silent);
        waitUntilHeld(1);
        advance(IntakeServer::kHeadTimeoutMs);
        readUntilClosed(*silent);
        QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);
    }

    // A connection that stalls in its head leaves the event loop's poll set (a thousand of them
    // made every real request dearer) and is still served the moment it goes on, or closed when it goes.
    void aStalledHeadIsParkedAndStillServed()
    {
        auto slow = connectRaw();
        QVERIFY(slow);
        const QByteArray request = authorized("GET", "/api/v1/health");
        slow->write(request.left(30));
        auto gone = connectRaw(); // sends nothing, then leaves
        QVERIFY(gone);
        QTRY_COMPARE_WITH_TIMEOUT(server().parkedCount(), 2, 5 * IntakeServer::kParkCheckMs);
        gone->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(server().connectionCount(), 1, 10 * IntakeServer::kParkCheckMs);

        slow->write(
            request.mid(30)); // parked, it would never be answered: its head timeout is on the manual clock
        QTRY_VERIFY_WITH_TIMEOUT(slow->peek(4096).contains("\r\n\r\n{"), 5000);
        QCOMPARE(statusLine(slow->peek(4096)), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(server().parkedCount(), 0);
    }

    void anIdleKeepAliveConnectionClosesAfterThirtySeconds()
    {
        HttpClient &client = *m_f->client;
        QCOMPARE(client.request("GET", "/api/v1/health").status, 200);
        // More than the head timeout: idle is not "slow".
        QCOMPARE(sweepAfter(IntakeServer::kIdleTimeoutMs - 1), 0);
        QVERIFY(client.isConnected());
        QCOMPARE(client.request("GET", "/api/v1/health").status, 200); // a request restarts the wait
        QCOMPARE(client.connects(), 1);
        QCOMPARE(sweepAfter(IntakeServer::kIdleTimeoutMs - 1), 0);
        QVERIFY(client.isConnected());
        QCOMPARE(sweepAfter(1), 1);
        QTRY_VERIFY(!client.isConnected());
        QTRY_COMPARE(server().connectionCount(), 0);
    }

    void theCapEvictsTheOldestHeadSenderFirst()
    {
        QCOMPARE(server().maxConnections(), 8);
        HttpClient idle(server().port(), kIntakeToken);
        QCOMPARE(idle.request("GET", "/api/v1/health").status, 200);
        advance(1000); // the idle client is older than every slow one
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 7; ++i) {
            slow.push_back(connectRaw());
            QVERIFY(slow.back());
            slow.back()->write("POST /api/v1/orders HTTP/1.1\r\n");
            waitUntilHeld(i + 2, i + 1);
            advance(1000);
        }
        QCOMPARE(server().connectionCount(), 8);

        // The shop's backend gets in: the connection sending its head the longest makes room.
        HttpClient backend(server().port(), kIntakeToken);
        QCOMPARE(backend.request("POST", "/api/v1/orders", toBytes(orderJson(u"CAP-1"_s))).status, 201);
        QTRY_COMPARE(slow.front()->state(), QAbstractSocket::UnconnectedState);
        for (size_t i = 1; i < slow.size(); ++i)
            QCOMPARE(slow[i]->state(), QAbstractSocket::ConnectedState);
        QVERIFY(idle.isConnected());
        QCOMPARE(server().connectionCount(), 8);

        // With no head sender left, the longest idle connection goes.
        slow.clear();
        QTRY_COMPARE(server().connectionCount(), 2);
        std::vector<std::unique_ptr<HttpClient>> more;
        for (int i = 0; i < 6; ++i) {
            more.push_back(std::make_unique<HttpClient>(server().port(), kIntakeToken));
            QCOMPARE(more.back()->request("GET", "/api/v1/health").status, 200);
        }
        QCOMPARE(server().connectionCount(), 8);
        HttpClient late(server().port(), kIntakeToken);
        QCOMPARE(late.request("GET", "/api/v1/health").status, 200);
        QTRY_VERIFY(!idle.isConnected()); // idle since before all the others
        QVERIFY(backend.isConnected());
        for (const auto &c : more)
            QVERIFY(c->isConnected());
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("connection");
        QTest::addColumn<bool>("closes");
        QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("Connection: close\r\n") << true;
        QTest::newRow("1.1 Close, TE")
            << QByteArray("HTTP/1.1") << QByteArray("Connection: TE, Close\r\n") << true;
        QTest::newRow("1.1") << QByteArray("HTTP/1.1") << QByteArray() << false;
        QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QByteArray() << true;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("HTTP/1.0") << QByteArray("Connection: keep-alive\r\n") << false;
    }

    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, connection);
        QFETCH(bool, closes);
        auto s = connectRaw();
        QVERIFY(s);
        s->write(authorized("GET", "/api/v1/health", connection, version));
        const QByteArray response = closes ? readUntilClosed(*s) : readResponse(*s);
        QVERIFY2(response.startsWith("HTTP/1.1 200 "), response.constData());
        QCOMPARE(response.contains("Connection: close\r\n"), closes);
        if (!closes) { // the server kept the connection: a second request on it is answered
            s->write(authorized("GET", "/api/v1/health", connection, version));
            const QByteArray second = readResponse(*s);
            QVERIFY2(second.startsWith("HTTP/1.1 200 "), second.constData());
        }
        QCOMPARE(s->state() == QAbstractSocket::ConnectedState, !closes);
    }

    void theTokenIsCheckedBeforeTheBodyIsRead_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong") << QByteArray("Authorization: Bearer intake-test-token-0123456789abcdeX\r\n");
    }

    void theTokenIsCheckedBeforeTheBodyIsRead()
    {
        QFETCH(QByteArray, authorization);
        auto s = connectRaw();
        QVERIFY(s);
        // A 16 MiB batch announced, not one byte of it sent: the answer cannot wait for it.
        s->write("POST /api/v1/orders:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 16000000\r\n"
            + authorization + "\r\n");
        const QByteArray response = readUntilClosed(*s);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 401 Unauthorized"));
        QVERIFY(response.contains("WWW-Authenticate: Bearer\r\n"));
        QVERIFY(response.contains("Connection: close\r\n"));
        QVERIFY(response.contains("{\"error\":{\"code\":\"unauthorized\""));
        QCOMPARE(s->state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(server().connectionCount(), 0);
    }

    void framingInDoubtIsRefusedAndCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray body = R"({"paid_at":"2026-03-02T18:04:10+08:00"})";
        const QByteArray json = "Content-Type: application/json\r\n";
        QTest::newRow("%2F in order_no")
            << authorized("POST", "/api/v1/orders/PT-1%2Fpaid/paid") << 400 << u"bad_request"_s;
        QTest::newRow("%2f, lower case")
            << authorized("POST", "/api/v1/orders/PT-1%2fpaid") << 400 << u"bad_request"_s;
        QTest::newRow("%5C") << authorized("GET", "/api/v1/orders/PT-1%5Cx") << 400 << u"bad_request"_s;
        QTest::newRow("two equal Content-Length")
            << authorized("POST", "/api/v1/orders/PT-1/paid",
                   json + "Content-Length: " + QByteArray::number(body.size())
                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n")
                + body
            << 400 << u"bad_request"_s;
        QTest::newRow("Content-Length and Transfer-Encoding")
            << authorized("POST", "/api/v1/orders/PT-1/paid",
                   json + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n")
                + "0\r\n\r\n"
            << 400 << u"bad_request"_s;
        QTest::newRow("Content-Length not a number") << authorized("POST", "/api/v1/orders/PT-1/paid",
            "Content-Length: 1x\r\n") << 400 << u"bad_request"_s;
        QByteArray manyHeaders = "GET /api/v1/health HTTP/1.1\r\n"; // and no token: 431 comes first
        for (int i = 0; i < IntakeServer::kMaxHeaderLines + 1; ++i)
            manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 header lines") << manyHeaders + "\r\n" << 431 << u"too_large"_s;
        QByteArray tenThousand = "GET /api/v1/health HTTP/1.1\r\n";
        for (int i = 0; i < 10000; ++i)
            tenThousand += "A: b\r\n";
        QTest::newRow("10,000 header lines, unfinished") << tenThousand << 431 << u"too_large"_s;
    }

    void framingInDoubtIsRefusedAndCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QByteArray before = m_f->storeDigest();
        auto s = connectRaw();
        QVERIFY(s);
        s->write(request);
        const QByteArray response = readUntilClosed(*s);
        QVERIFY2(statusLine(response).startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
            response.constData());
        QVERIFY2(response.contains(QByteArray("{\"error\":{\"code\":\"" + code.toLatin1() + '"')),
            response.constData());
        QVERIFY(response.contains("Connection: close\r\n"));
        QCOMPARE(s->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_f->storeDigest(), before);
    }

    void anEncodedSlashNeverReachesAnotherOrder()
    {
        QCOMPARE(m_f->client->request("POST", "/api/v1/orders", toBytes(orderJson(u"PT-1"_s))).status, 201);
        auto s = connectRaw();
        QVERIFY(s);
        s->write(authorized("POST", "/api/v1/orders/PT-1%2Fpaid"));
        QVERIFY(readUntilClosed(*s).startsWith("HTTP/1.1 400 "));
        const auto order = m_f->client->request("GET", "/api/v1/orders/PT-1");
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json()[u"order"_s][u"status"_s].toString(), u"unpaid"_s);
    }

    void pipelinedRequestsAreFramedByContentLength()
    {
        auto s = connectRaw();
        QVERIFY(s);
        const QByteArray order = toBytes(orderJson(u"PIPE-1"_s));
        // Two requests in one write, the second a 401: its head is found after the first body.
        s->write(authorized("POST", "/api/v1/orders",
                     "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(order.size())
                         + "\r\n")
            + order + "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray response = readUntilClosed(*s);
        QVERIFY2(response.startsWith("HTTP/1.1 201 "), response.constData());
        QVERIFY2(response.contains("HTTP/1.1 401 "), response.constData());
    }

    // With no descriptor left, accept() fails (EMFILE) and Qt stops accepting: logged once,
    // retried after a pause, never a busy loop or an exit.
    void runningOutOfDescriptorsIsSurvived()
    {
        const QDir fds(u"/proc/self/fd"_s);
        if (!fds.exists())
            QSKIP("no /proc/self/fd");
        rlimit saved {};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &saved) == 0);
        int failures = 0;
        static int *s_failures = nullptr;
        s_failures = &failures;
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
                  if (m.contains(u"cannot accept a connection"_s))
                      ++*s_failures;
              });
        rlimit low = saved;
        low.rlim_cur = rlim_t(fds.entryList(QDir::NoDotAndDotDot | QDir::System).size() + 24);
        QVERIFY(setrlimit(RLIMIT_NOFILE, &low) == 0);
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 200; ++i) { // the client side takes what is left; the server finds none
            auto c = std::make_unique<QTcpSocket>();
            c->connectToHost(QHostAddress::LocalHost, server().port());
            clients.push_back(std::move(c));
        }
        QTRY_VERIFY_WITH_TIMEOUT(server().acceptRetries() >= 3, 10000); // several retries
        const int failedAccepts = failures;
        clients.clear();
        setrlimit(RLIMIT_NOFILE, &saved);
        qInstallMessageHandler(previous);
        QCOMPARE(failedAccepts, 1); // once per episode, however many retries
        HttpClient after(server().port(), kIntakeToken);
        QCOMPARE(after.request("GET", "/api/v1/health", {}, 5000).status, 200); // accepting again
    }

    void largeBodiesLeaveNoMemoryBehind()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer holds freed memory in quarantine, so RSS proves nothing here; the release "
              "build checks it");
#endif
        const auto rssKiB = [] {
            QFile f(u"/proc/self/status"_s);
            if (!f.open(QIODevice::ReadOnly))
                return qint64(-1);
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    return line.mid(6).trimmed().split(' ').first().toLongLong();
            return qint64(-1);
        };
        if (rssKiB() < 0)
            QSKIP("no /proc/self/status");
        // A 16 MiB batch body that is not JSON: read whole, refused, nothing stored.
        const QByteArray body = "{\"orders\":[" + QByteArray(16 * 1024 * 1024 - 64, ' ') + "x";
        {
            HttpClient warmup(server().port(), kIntakeToken);
            QCOMPARE(warmup.request("POST", "/api/v1/orders:batch", body).status, 400);
        }
        QTRY_COMPARE(server().connectionCount(), 0);
        // The memory trim a large connection's end queues (a zero-time call) has run.
        QCoreApplication::sendPostedEvents();
        const qint64 before = rssKiB();
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<HttpClient>> clients;
            for (int i = 0; i < 5; ++i) {
                clients.push_back(std::make_unique<HttpClient>(server().port(), kIntakeToken));
                QCOMPARE(clients.back()->request("POST", "/api/v1/orders:batch", body).status, 400);
            }
        }
        QTRY_COMPARE(server().connectionCount(), 0);
        // The memory trim a large connection's end queues (a zero-time call) has run.
        QCoreApplication::sendPostedEvents();
        const qint64 after = rssKiB();
        qInfo(
            "RSS after 1 warm-up: %lld KiB; after 15 more 16 MiB bodies and their connections gone: %lld KiB",
            before, after);
        QVERIFY2(after - before < 48 * 1024, qPrintable(u"RSS grew by %1 KiB"_s.arg(after - before)));
    }
};

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "tst_intakeserver.moc"
