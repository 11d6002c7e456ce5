#include "intake/intakeapi.h"
#include "intake/intakeerror.h"
#include "intake/requestheadguard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

// What the intake server decides from a request head before any body is read, without a socket.
class TestRequestHeadGuard : public QObject
{
    Q_OBJECT

    // A head as the server hands it over: CRLF lines, without the blank line that ends it.
    static QByteArray head(const QByteArray &requestLine, const QList<QByteArray> &headers)
    {
        QByteArray h = requestLine;
        for (const QByteArray &line : headers)
            h += "\r\n" + line;
        return h;
    }

    static RequestHeadGuard::Head post(const QList<QByteArray> &headers,
        const QByteArray &target = "/api/v1/orders", const QByteArray &version = "HTTP/1.1")
    {
        return RequestHeadGuard::read(head("POST " + target + ' ' + version, headers));
    }

private slots:
    void readsWhatTheServerActsOn()
    {
        const auto h = post({ "Host: x", "Authorization: Bearer abc", "Content-Type: application/json",
                                "Content-Length: 12" },
            "/api/v1/orders/A1/paid?x=1");
        QVERIFY(!h.refusal);
        QCOMPARE(h.method, "POST");
        QCOMPARE(h.path, "/api/v1/orders/A1/paid"); // without the query
        QCOMPARE(h.version, "HTTP/1.1");
        QCOMPARE(h.authorization, "Bearer abc");
        QCOMPARE(h.contentType, "application/json");
        QCOMPARE(h.contentLength, 12);
        QCOMPARE(h.bodyLength(), 12);
        QVERIFY(!h.expectContinue);
        QVERIFY(!h.closeAfter);
        QVERIFY(!RequestHeadGuard::admit(h));
    }

    void noBodyAndChunkedBodies()
    {
        QCOMPARE(post({}).bodyLength(), 0);
        const auto chunked = post({ "Transfer-Encoding: chunked" });
        QVERIFY(!chunked.refusal);
        QCOMPARE(chunked.bodyLength(), -1);
    }

    void refusesAContentLengthThatIsNotANumber_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("words") << QByteArray("twelve");
        QTest::newRow("negative") << QByteArray("-1");
        QTest::newRow("plus") << QByteArray("+12");
    }

    void refusesAContentLengthThatIsNotANumber()
    {
        QFETCH(QByteArray, value);
        const auto h = post({ "Content-Length: " + value });
        QVERIFY(h.refusal);
        QCOMPARE(h.refusal->status, 400);
        QCOMPARE(h.refusal->code, errorcode::BadRequest);
        QCOMPARE(h.refusal->message, u"Content-Length is not a number of bytes"_s);
    }

    void refusesFramingTwoHopsCouldReadDifferently()
    {
        auto h = post({ "Content-Length: 5", "content-length: 5" });
        QVERIFY(h.refusal);
        QCOMPARE(h.refusal->status, 400);
        QCOMPARE(h.refusal->message, u"more than one Content-Length header"_s);
        h = post({ "Content-Length: 5", "Transfer-Encoding: chunked" });
        QVERIFY(h.refusal);
        QCOMPARE(h.refusal->status, 400);
        QCOMPARE(h.refusal->message, u"both Content-Length and Transfer-Encoding"_s);
    }

    void refusesMoreThanAHundredHeaderLines()
    {
        QList<QByteArray> headers;
        for (int i = 0; i < RequestHeadGuard::kMaxHeaderLines; ++i)
            headers << "X-Filler-" + QByteArray::number(i) + ": 1";
        QVERIFY(!post(headers).refusal); // 100 is allowed
        headers << "X-One-Too-Many: 1";
        const auto h = post(headers);
        QVERIFY(h.refusal);
        QCOMPARE(h.refusal->status, 431);
        QCOMPARE(h.refusal->code, errorcode::TooLarge);
        QCOMPARE(h.refusal->message, u"more than 100 header lines"_s);
    }

    void refusesAnEncodedSeparatorInThePath_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("%2F") << QByteArray("/api/v1/orders/A%2F1/paid");
        QTest::newRow("%2f") << QByteArray("/api/v1/orders/A%2f1/paid");
        QTest::newRow("%5C") << QByteArray("/api/v1/orders/A%5C1/paid");
        QTest::newRow("%5c") << QByteArray("/api/v1/orders/A%5c1/paid");
    }

    void refusesAnEncodedSeparatorInThePath()
    {
        QFETCH(QByteArray, target);
        const auto h = post({}, target);
        QVERIFY(!h.refusal); // the framing is fine; the path is judged once the token is
        const auto refusal = RequestHeadGuard::admit(h);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 400);
        QCOMPARE(refusal->message, u"an encoded '/' or '\\' in the path"_s);
        QVERIFY(!RequestHeadGuard::admit(post({}, "/api/v1/orders/A%201/paid"))); // other escapes pass
    }

    void bodyLimitsBeforeTheBodyIsRead()
    {
        const QByteArray overOrder = "Content-Length: " + QByteArray::number(IntakeApi::kMaxBodyBytes + 1);
        // Over the endpoint's limit without Expect: read and answered by the API (the connection stays).
        QVERIFY(!RequestHeadGuard::admit(post({ overOrder })));
        // With Expect: 100-continue the client waits: refused now, the body never sent.
        auto refusal = RequestHeadGuard::admit(post({ overOrder, "Expect: 100-continue" }));
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 413);
        QCOMPARE(refusal->code, errorcode::TooLarge);
        QCOMPARE(refusal->message, u"the body is larger than %1 bytes"_s.arg(IntakeApi::kMaxBodyBytes));
        // The batch endpoint takes more.
        QVERIFY(
            !RequestHeadGuard::admit(post({ overOrder, "Expect: 100-continue" }, "/api/v1/orders:batch")));
        // Past the hard cap nothing is read, Expect or not.
        const QByteArray overCap
            = "Content-Length: " + QByteArray::number(RequestHeadGuard::kHardBodyCap + 1);
        refusal = RequestHeadGuard::admit(post({ overCap }, "/api/v1/orders:batch"));
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 413);
        QCOMPARE(refusal->message, u"the body is larger than %1 bytes"_s.arg(IntakeApi::kMaxBatchBodyBytes));
        QVERIFY(!RequestHeadGuard::admit(
            post({ "Content-Length: " + QByteArray::number(RequestHeadGuard::kHardBodyCap) },
                "/api/v1/orders:batch")));
    }

    void expectContinue()
    {
        QVERIFY(post({ "Expect: 100-continue", "Content-Length: 2" }).expectContinue);
        QVERIFY(post({ "expect: 100-Continue", "Content-Length: 2" }).expectContinue);
        QVERIFY(!post({ "Expect: something-else", "Content-Length: 2" }).expectContinue);
    }

    void whetherTheReplyClosesTheConnection_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<bool>("closeAfter");
        QTest::newRow("1.1") << QByteArray("HTTP/1.1") << QList<QByteArray>() << false;
        QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QList<QByteArray> { "Connection: close" }
                                   << true;
        QTest::newRow("1.1 Close, listed")
            << QByteArray("HTTP/1.1") << QList<QByteArray> { "Connection: TE, Close" } << true;
        QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QList<QByteArray>() << true;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("HTTP/1.0") << QList<QByteArray> { "Connection: Keep-Alive" } << false;
    }

    void whetherTheReplyClosesTheConnection()
    {
        QFETCH(QByteArray, version);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(bool, closeAfter);
        QCOMPARE(post(headers, "/api/v1/health", version).closeAfter, closeAfter);
    }
};

QTEST_GUILESS_MAIN(TestRequestHeadGuard)
#include "tst_requestheadguard.moc"
