#pragma once

#include "appprocess.h"
#include "common/clock.h"
#include "fakewechat.h"
#include "postgresserver.h"
#include "support/httpclient.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace paynudge::test {

// Several real `paynudge --headless` engines (AppProcess each) on one shared PostgreSQL store of
// the test's own (PostgresServer), every engine with its own intake API and its WeChat account
// pointed at one in-process FakeWeChat, which counts what each customer received. Used by
// tst_cluster and bench_cluster: the process-level setup of issue 16 written once.
//
//   EngineCluster c;
//   if (!c.unavailableReason().isEmpty()) QSKIP(...);
//   QVERIFY2(c.startServers(), qPrintable(c.errorString()));
//   QVERIFY2(c.startEngines(u"db1"_s, 3, {}), qPrintable(c.errorString()));
class EngineCluster
{
public:
    struct Settings
    {
        int leaseSeconds = 5;
        int roundSeconds = 20; // the one reminder round, after placed_at
        int batchSize = 20;
        int maxInFlight = 64; // [reminder], across accounts
        int wechatInFlight = 8; // [wechat], per account
    };
    // What one customer (an order's own openid) received: deliveries the fake made, and repeats it
    // dropped because their client_msg_id had been delivered already (a retry after a crash).
    struct Received
    {
        int deliveries = 0;
        int repeats = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
    };

    static constexpr char kAppid[] = "wx16c0000000000001";
    static constexpr char kTemplate[] = "CLUSTER_TEMPLATE";
    static constexpr char kAccount[] = "shop";

    EngineCluster();
    ~EngineCluster();

    QString unavailableReason() const { return m_pg.unavailableReason(); }
    QString errorString() const { return m_error; }
    // PostgreSQL and the fake WeChat.
    bool startServers();
    PostgresServer &server() { return m_pg; }
    FakeWeChat &fake() { return *m_fake; }

    // A fresh database `database` and `count` engines on it (engine-1 …), each until its event
    // loop runs and its intake API answers. Engines of an earlier call are stopped first.
    bool startEngines(const QString &database, int count, const Settings &settings);
    void stopEngines(); // SIGTERM, then SIGKILL after 10 s
    int engineCount() const { return int(m_engines.size()); }
    AppProcess &engine(int i) { return *m_engines.at(size_t(i))->app; }
    QString instance(int i) const { return QStringLiteral("engine-%1").arg(i + 1); }
    quint16 intakePort(int i) const { return m_engines.at(size_t(i))->port; }
    // Starts engine i again with the same config (after kill()); waits until it answers.
    bool restartEngine(int i);
    QString database() const { return m_database; }

    // The order the tests post: its own openid ("o" + number), so deliveries map to orders.
    static QJsonObject order(const QString &orderNo, qint64 placedAtSec);
    static QString openidOf(const QString &orderNo) { return QStringLiteral("o") + orderNo; }
    // Posts `orders` to engine i in batches of `batch` on `connections` keep-alive connections
    // at once and runs the event loop until all are answered; true when every batch got 2xx.
    bool postBatches(int engine, const QList<QJsonObject> &orders, int batch = 500, int connections = 2);
    // POST /orders/{no}/paid for each to engine i, `connections` at a time; every answer's status
    // lands in `statuses` (order number → HTTP status; 0 = no answer).
    void markPaid(
        int engine, const QStringList &orderNos, QHash<QString, int> *statuses, int connections = 4);
    HttpClient &client(int engine); // one keep-alive connection per engine for single requests

    // What each openid received so far, from the fake's signals.
    const QHash<QString, Received> &received() const { return m_received; }
    int deliveries() const { return m_deliveries; }
    int repeats() const { return m_repeats; }
    void clearReceived();

    // One number from the store (a COUNT(*), say) as the superuser; -1 when it failed.
    qint64 count(const QString &sql, const QVariantList &values = {});
    // Every row of a query as "a|b|c" lines, for failure messages.
    QStringList rows(const QString &sql);

    // Runs the event loop until `done` or `ms` passed; false on timeout.
    static bool waitFor(const std::function<bool()> &done, int ms);

private:
    struct Engine
    {
        std::unique_ptr<AppProcess> app;
        quint16 port = 0;
        std::unique_ptr<HttpClient> client;
    };
    bool startEngine(Engine &e);
    QString config(int i, quint16 port) const;

    SystemClock m_clock;
    PostgresServer m_pg;
    std::unique_ptr<FakeWeChat> m_fake;
    std::vector<std::unique_ptr<Engine>> m_engines;
    Settings m_settings;
    QString m_database;
    QString m_error;
    QHash<QString, Received> m_received;
    int m_deliveries = 0;
    int m_repeats = 0;
};

} // namespace paynudge::test
