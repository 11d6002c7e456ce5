#include "support/intakefixture.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// Many clients at once: eight keep-alive connections posting 1,000 orders each, every order
// stored exactly once, replies only after commits, commits grouped.
class TestIntakeLoad : public QObject
{
    Q_OBJECT

private slots:
    void eightClientsThousandOrdersEach()
    {
        constexpr int kClients = 8;
        constexpr int kPerClient = 1000;
        IntakeFixture f;
        QVERIFY2(f.ok, qPrintable(f.error));
        int groups = 0;
        int largestGroup = 0;
        connect(&f.server->api().committer(), &GroupCommitter::groupCommitted, this, [&](int orders) {
            ++groups;
            largestGroup = std::max(largestGroup, orders);
        });

        std::vector<std::unique_ptr<HttpClient>> clients;
        QList<int> sent(kClients, 0);
        QHash<int, int> statuses;
        int finished = 0;
        int notCommittedAtReply = 0;
        QEventLoop loop;
        std::function<void(int)> next = [&](int c) {
            if (sent[c] == kPerClient) {
                if (++finished == kClients)
                    loop.quit();
                return;
            }
            const QString orderNo = u"L%1-%2"_s.arg(c).arg(sent[c]++);
            QJsonObject o = orderJson(orderNo, c % 2 ? u"shop2"_s : u"shop1"_s);
            clients[size_t(c)]->send(
                "POST", "/api/v1/orders", toBytes(o), [&, c, orderNo](const HttpClient::Response &r) {
                    ++statuses[r.status];
                    // The reply comes after the commit: the order is already in the store.
                    if (r.status == 201 && !f.engine().orderByNo(orderNo))
                        ++notCommittedAtReply;
                    next(c);
                });
        };
        for (int c = 0; c < kClients; ++c)
            clients.push_back(std::make_unique<HttpClient>(f.server->port(), QByteArray(kIntakeToken)));
        for (int c = 0; c < kClients; ++c)
            next(c);
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();

        QCOMPARE(finished, kClients);
        QCOMPARE(statuses.value(201), kClients * kPerClient);
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(notCommittedAtReply, 0);
        for (const auto &client : clients)
            QCOMPARE(client->connects(), 1); // keep-alive held for all 1,000 requests
        QCOMPARE(countWhere(f.engine(), u"SELECT COUNT(*) FROM orders"_s), kClients * kPerClient);
        QCOMPARE(
            countWhere(f.engine(), u"SELECT COUNT(DISTINCT order_no) FROM orders"_s), kClients * kPerClient);
        QCOMPARE(countWhere(f.engine(), u"SELECT COUNT(*) FROM reminders"_s), kClients * kPerClient);
        // Concurrent requests shared transactions.
        QVERIFY2(largestGroup > 1, qPrintable(u"largest group %1"_s.arg(largestGroup)));
        QVERIFY2(groups < kClients * kPerClient, qPrintable(u"%1 groups"_s.arg(groups)));
        qInfo("%d orders in %d commits (largest group %d)", kClients * kPerClient, groups, largestGroup);

        // Everything again: every retry is recognised, nothing is stored twice.
        for (int c = 0; c < kClients; ++c)
            sent[c] = 0;
        finished = 0;
        statuses.clear();
        for (int c = 0; c < kClients; ++c)
            next(c);
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(statuses.value(200), kClients * kPerClient);
        QCOMPARE(countWhere(f.engine(), u"SELECT COUNT(*) FROM orders"_s), kClients * kPerClient);
    }
};

QTEST_GUILESS_MAIN(TestIntakeLoad)
#include "tst_intakeload.moc"
