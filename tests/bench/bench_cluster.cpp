// Several engines on one shared PostgreSQL store (BENCHMARKS.md, "Shared PostgreSQL store").
//
//   build/ci/tests/bench/bench_cluster --benchmark_counters_tabular=true
//
// The real `paynudge --headless` engines (EngineCluster: tests/app/enginecluster.h) on the
// benchmark's own PostgreSQL 15 on loopback TCP (synchronous_commit=on), sending through the
// fake WeChat in this process. The claim of 20 at 10k / 100k / 1M pending is bench_store's, run
// on PostgreSQL: PAYNUDGE_BENCH_STORE=postgres bench_store --benchmark_filter=claimBatchOf20.
#include "enginecluster.h"
#include "store/changenotice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlDriver>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

std::unique_ptr<EngineCluster> g_cluster;

// Orders placed now are due in 50 minutes: nothing is sent while these benchmarks run.
EngineCluster::Settings noSending()
{
    EngineCluster::Settings s;
    s.roundSeconds = 3000;
    return s;
}
int g_database = 0;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

EngineCluster *cluster(benchmark::State &state)
{
    if (!g_cluster) {
        g_cluster = std::make_unique<EngineCluster>();
        if (!g_cluster->unavailableReason().isEmpty() || !g_cluster->startServers()) {
            state.SkipWithError("no PostgreSQL here");
            g_cluster.reset();
            return nullptr;
        }
    }
    g_cluster->clearReceived();
    return g_cluster.get();
}

bool startEngines(benchmark::State &state, EngineCluster &c, int engines, const EngineCluster::Settings &s)
{
    if (c.startEngines(u"bench_%1"_s.arg(++g_database), engines, s))
        return true;
    state.SkipWithError(qPrintable(c.errorString()));
    return false;
}

void percentiles(benchmark::State &state, std::vector<double> ms, const char *prefix = "")
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters[std::string(prefix) + "p50_ms"] = ms[ms.size() / 2];
    state.counters[std::string(prefix) + "p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    state.counters[std::string(prefix) + "max_ms"] = ms.back();
}

// Intake API → 201 for one order at a time, on `clients` keep-alive connections, one engine:
// every 201 comes after PostgreSQL committed the order (synchronous_commit=on).
void durableAccept(benchmark::State &state)
{
    EngineCluster *c = cluster(state);
    if (!c || !startEngines(state, *c, 1, noSending()))
        return;
    const int clients = int(state.range(0));
    constexpr int kPerClient = 1000;
    std::vector<std::unique_ptr<HttpClient>> conns;
    for (int i = 0; i < clients; ++i)
        conns.push_back(std::make_unique<HttpClient>(c->intakePort(0), AppProcess::kTestIntakeToken));
    std::vector<double> ms;
    int failures = 0;
    int run = 0;
    for (auto _ : state) {
        ++run;
        std::vector<int> sent(size_t(clients), 0);
        int finished = 0;
        QEventLoop loop;
        std::function<void(int)> next = [&](int i) {
            if (sent[size_t(i)] == kPerClient) {
                if (++finished == clients)
                    loop.quit();
                return;
            }
            const QString no = u"A%1-%2-%3"_s.arg(run).arg(i).arg(sent[size_t(i)]++);
            conns[size_t(i)]->send("POST", "/api/v1/orders",
                QJsonDocument(EngineCluster::order(no, nowMs() / 1000)).toJson(QJsonDocument::Compact),
                [&, i](const HttpClient::Response &r) {
                    if (r.status == 201)
                        ms.push_back(double(r.latencyNs) / 1e6);
                    else
                        ++failures;
                    next(i);
                });
        };
        for (int i = 0; i < clients; ++i)
            next(i);
        loop.exec();
    }
    percentiles(state, ms);
    state.counters["orders_per_s"] = benchmark::Counter(double(ms.size()), benchmark::Counter::kIsRate);
    state.counters["failures"] = failures;
    c->stopEngines();
}

// N orders all due at one moment (after they are stored), spread over the engines' intake APIs;
// the time from that moment to the last delivery at the fake WeChat. duplicates: deliveries
// beyond one per order plus repeats the fake dropped by client_msg_id (both must be 0).
void sendsPerSecond(benchmark::State &state)
{
    EngineCluster *c = cluster(state);
    const int engines = int(state.range(0));
    constexpr int kOrders = 3000;
    EngineCluster::Settings s;
    s.roundSeconds = 20;
    if (!c || !startEngines(state, *c, engines, s))
        return;
    for (auto _ : state) {
        const qint64 dueAtMs = (nowMs() / 1000 + 8) * 1000; // a whole second, after posting
        const qint64 placed = dueAtMs / 1000 - s.roundSeconds;
        QList<QList<QJsonObject>> per(engines);
        for (int k = 0; k < kOrders; ++k)
            per[k % engines] << EngineCluster::order(
                u"S%1-%2"_s.arg(engines).arg(k, 5, 10, QChar(u'0')), placed);
        for (int e = 0; e < engines; ++e)
            if (!c->postBatches(e, per[e])) {
                state.SkipWithError(qPrintable(c->errorString()));
                return;
            }
        const qint64 posted = nowMs();
        if (!EngineCluster::waitFor([&] { return c->received().size() >= kOrders; }, 300000)) {
            state.SkipWithError("not every order got its reminder within 5 minutes");
            return;
        }
        qint64 last = 0;
        qint64 first = std::numeric_limits<qint64>::max();
        for (const auto &r : c->received()) {
            last = std::max(last, r.lastAt);
            first = std::min(first, r.firstAt);
        }
        const double seconds = double(last - std::max(dueAtMs, first)) / 1000;
        state.SetIterationTime(seconds);
        state.counters["sends_per_s"] = kOrders / seconds;
        state.counters["posted_before_due_ms"] = double(dueAtMs - posted);
        state.counters["duplicates"] = c->deliveries() - kOrders + c->repeats();
        // A claim opens all its attempts at one moment: distinct (engine, started_at) ≈ claims.
        const qint64 claims = c->count(u"SELECT COUNT(DISTINCT a.engine || ':' || a.started_at) FROM "
                                       u"send_attempts a JOIN reminders r ON r.id = a.reminder_id JOIN "
                                       u"orders o ON o.id = r.order_id WHERE o.order_no LIKE ?"_s,
            { u"S%1-%"_s.arg(engines) });
        state.counters["sends_per_claim"] = claims > 0 ? double(kOrders) / double(claims) : 0;
    }
    c->stopEngines();
}

// kill -9 of one of three engines while it has sends in flight (WeChat answers in 20 ms) → the
// moment no reminder is left claimed by it (the others took its claims over after the lease).
void killToTakeover(benchmark::State &state)
{
    EngineCluster *c = cluster(state);
    EngineCluster::Settings s;
    s.leaseSeconds = int(state.range(0));
    if (!c || !startEngines(state, *c, 3, s))
        return;
    c->fake().setReplyDelay(20);
    for (auto _ : state) {
        const qint64 placed = nowMs() / 1000 - s.roundSeconds;
        for (int e = 0; e < 3; ++e) {
            QList<QJsonObject> orders;
            for (int k = 0; k < 2000; ++k)
                orders << EngineCluster::order(u"K%1-%2"_s.arg(e).arg(k), placed);
            c->postBatches(e, orders);
        }
        const QString held = u"SELECT COUNT(*) FROM reminders WHERE state = 'sending' AND claimed_by = ?"_s;
        const QString victim = c->instance(1);
        if (!EngineCluster::waitFor(
                [&] { return c->deliveries() > 500 && c->count(held, { victim }) > 0; }, 60000)) {
            state.SkipWithError("the engine to kill never held a claim");
            break;
        }
        c->engine(1).kill();
        const qint64 killedAt = nowMs();
        c->engine(1).waitForExit(10000);
        const qint64 stranded = c->count(held, { victim });
        qint64 takenAt = 0;
        EngineCluster::waitFor(
            [&] {
                if (c->count(held, { victim }) != 0)
                    return false;
                takenAt = nowMs();
                return true;
            },
            (s.leaseSeconds + 60) * 1000);
        if (takenAt == 0) {
            state.SkipWithError("never taken over");
            break;
        }
        state.SetIterationTime(double(takenAt - killedAt) / 1000);
        state.counters["takeover_s"] = double(takenAt - killedAt) / 1000;
        state.counters["stranded"] = double(stranded);
        EngineCluster::waitFor([&] { return c->received().size() >= 6000; }, 120000);
        state.counters["missing"] = 6000 - double(c->received().size());
        state.counters["duplicates"] = c->deliveries() - 6000;
        state.counters["repeats_dropped"] = c->repeats();
    }
    c->fake().setReplyDelay(0);
    c->stopEngines();
}

// A paid event on engine-1's intake API → the NOTIFY that moves every console and wakes the
// other engines' sweepers, as a listener on the store sees it (a console's own connection).
void notifyLagAfterPaid(benchmark::State &state)
{
    EngineCluster *c = cluster(state);
    if (!c || !startEngines(state, *c, 2, noSending()))
        return;
    constexpr int kOrders = 200;
    QList<QJsonObject> orders;
    for (int k = 0; k < kOrders; ++k)
        orders << EngineCluster::order(u"N%1"_s.arg(k), nowMs() / 1000);
    c->postBatches(0, orders);
    QSqlDatabase listener = c->server().admin(c->database());
    QSqlDriver *driver = listener.driver();
    qint64 arrived = 0; // ns on `clock`
    QElapsedTimer clock;
    clock.start();
    QObject guard;
    QObject::connect(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        &guard, [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
            const auto notice = ChangeNotice::decode(payload.toString());
            if (notice && notice->kind == ChangeNotice::Kind::Orders && arrived == 0)
                arrived = clock.nsecsElapsed();
        });
    if (!driver->subscribeToNotification(Database::changeChannel())) {
        state.SkipWithError("cannot LISTEN");
        return;
    }
    std::vector<double> ms;
    int k = 0;
    for (auto _ : state) {
        arrived = 0;
        const qint64 sent = clock.nsecsElapsed();
        const HttpClient::Response r
            = c->client(0).request("POST", "/api/v1/orders/N" + QByteArray::number(k++) + "/paid", "{}");
        if (r.status != 200) {
            state.SkipWithError("paid refused");
            break;
        }
        if (!EngineCluster::waitFor([&] { return arrived != 0; }, 5000)) {
            state.SkipWithError("no NOTIFY for a paid order within 5 s");
            break;
        }
        ms.push_back(double(arrived - sent) / 1e6);
    }
    driver->unsubscribeFromNotification(Database::changeChannel());
    percentiles(state, ms);
    c->stopEngines();
}

} // namespace

BENCHMARK(durableAccept)->Arg(1)->Arg(8)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(sendsPerSecond)
    ->Arg(1)
    ->Arg(2)
    ->Arg(4)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime();
BENCHMARK(killToTakeover)->Arg(5)->Iterations(1)->Unit(benchmark::kMillisecond)->UseManualTime();
BENCHMARK(notifyLagAfterPaid)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_cluster.reset(); // engines and servers stop before QCoreApplication goes
    return 0;
}
