// Store and sweep costs at 10k, 100k and 1M pending orders (BENCHMARKS.md, "Store and sweep").
//
//   build/ci/tests/bench/bench_store --benchmark_counters_tabular=true
//
// Each size gets one store (built once per run, in a temp dir, with bulk inserts) shared by the
// benchmarks of that size. Durable means PRAGMA synchronous=FULL in WAL mode: every commit is
// fsync'd, as in the product.
//
// PAYNUDGE_BENCH_STORE=postgres: the stores are databases on a PostgreSQL 15 of the benchmark's
// own (tests/support/postgresserver.h, loopback TCP, synchronous_commit=on) instead of SQLite
// files, for the store benchmarks (durableAcceptOne, bulkInsert, claimBatchOf20; BENCHMARKS.md,
// "Shared PostgreSQL store").
#include "appprocess.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "latencies.h"
#include "postgresserver.h"
#include "store/claimjudge.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "store/reminderqueue.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <map>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

constexpr qint64 kNow = kT0 + 24 * 3600 * 1000LL;

// Orders placed a day before kNow, open for 30 days: every reminder is due at kNow.
QList<OrderInput> makeOrders(const QString &prefix, qint64 from, int count)
{
    QList<OrderInput> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        OrderInput o = sampleOrder(prefix + QString::number(from + i), kT0 + (from + i) % 3600000);
        o.closeAt = kT0 + 30LL * 24 * 3600 * 1000;
        o.openid = u"oBench"_s + prefix + QString::number(from + i); // a customer each: the rules skip none
        out << o;
    }
    return out;
}

// The PostgreSQL server of PAYNUDGE_BENCH_STORE=postgres, started on first use; null for SQLite.
std::unique_ptr<PostgresServer> g_pg;

PostgresServer *postgres()
{
    if (qEnvironmentVariable("PAYNUDGE_BENCH_STORE") != u"postgres"_s)
        return nullptr;
    if (!g_pg) {
        g_pg = std::make_unique<PostgresServer>();
        if (!g_pg->unavailableReason().isEmpty())
            qFatal("%s", qPrintable(g_pg->unavailableReason()));
        if (!g_pg->start())
            qFatal("%s", qPrintable(g_pg->errorString()));
    }
    return g_pg.get();
}

struct SizedStore
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<OrderStore> orders;
    std::unique_ptr<ReminderQueue> queue;
    ReminderPlan plan;
    qint64 next = 0;

    explicit SizedStore(int pending)
    {
        QString error;
        static int n = 0;
        Database::Options options { dir.filePath(u"bench.sqlite"_s), u"bench%1"_s.arg(++n), true };
        if (PostgresServer *pg = postgres()) {
            const QString name = u"bench_%1"_s.arg(pending); // identifiers cannot be bound
            pg->exec(u"DROP DATABASE IF EXISTS %1"_s.arg(name));
            if (!pg->exec(u"CREATE DATABASE %1"_s.arg(name)))
                qFatal("%s", qPrintable(pg->errorString()));
            options.server = StoreServer { pg->host(), pg->port(), name, pg->adminUser(), pg->adminPassword(),
                u"disable"_s };
        }
        if (!db.open(options, &error))
            qFatal("%s", qPrintable(error));
        orders = std::make_unique<OrderStore>(db);
        queue = std::make_unique<ReminderQueue>(db);
        plan.zone = QTimeZone::utc();
        fill(pending);
    }
    ~SizedStore()
    {
        queue.reset();
        orders.reset();
    }
    void fill(int count)
    {
        constexpr int kChunk = 20000;
        for (int done = 0; done < count; done += kChunk) {
            bool committed = false;
            QString error;
            orders->acceptMany(makeOrders(u"P"_s, next, std::min(kChunk, count - done)), plan, kNow,
                BatchMode::AllOrNothing, &committed, &error);
            if (!committed)
                qFatal("fill failed: %s", qPrintable(error));
            next += std::min(kChunk, count - done);
        }
    }
    QString path() const { return dir.filePath(u"bench.sqlite"_s); }
};

// Closed before QCoreApplication goes (Qt Sql connections must not outlive it).
std::map<int, std::unique_ptr<SizedStore>> g_stores;

SizedStore &storeOf(int pending)
{
    auto &s = g_stores[pending];
    if (!s)
        s = std::make_unique<SizedStore>(pending);
    return *s;
}

// The disk's floor under every durable commit: append 128 bytes to a file and fdatasync it.
// A WAL commit with synchronous=FULL costs at least one of these.
void fdatasyncFloor(benchmark::State &state)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"floor"_s));
    if (!file.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot open a file in the temp dir");
        return;
    }
    const QByteArray record(128, 'x');
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            file.write(record);
            file.flush();
            ::fdatasync(file.handle());
        });
    }
    lat.report(state);
}

void durableAcceptOne(benchmark::State &state)
{
    SizedStore &s = storeOf(int(state.range(0)));
    Latencies lat;
    for (auto _ : state) {
        const OrderInput order = makeOrders(u"A"_s, s.next++, 1).first();
        lat.time([&] {
            if (s.orders->accept(order, s.plan, kNow).kind != AcceptResult::Kind::Created)
                state.SkipWithError("accept failed");
        });
    }
    lat.report(state);
    state.counters["pending"] = double(state.range(0));
}

void bulkInsert(benchmark::State &state)
{
    constexpr int kBatch = 10000;
    SizedStore &s = storeOf(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        const QList<OrderInput> batch = makeOrders(u"B"_s, s.next, kBatch);
        s.next += kBatch;
        state.ResumeTiming();
        bool committed = false;
        QString error;
        s.orders->acceptMany(batch, s.plan, kNow, BatchMode::AllOrNothing, &committed, &error);
        if (!committed)
            state.SkipWithError("bulk insert failed");
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
    state.counters["pending"] = double(state.range(0));
}

void claimBatchOf20(benchmark::State &state)
{
    SizedStore &s = storeOf(int(state.range(0)));
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            if (s.queue->claimDue(kNow, 20, {}).claimed.size() != 20)
                state.SkipWithError("ran out of due reminders");
        });
    }
    lat.report(state);
    state.counters["pending"] = double(state.range(0));
    // PAYNUDGE_BENCH_EXPLAIN=1 on PostgreSQL: one more claim, every statement's plan with its
    // timings and buffers on stderr (auto_explain), as the claim ran it after the timed ones.
    if (postgres() && qEnvironmentVariableIsSet("PAYNUDGE_BENCH_EXPLAIN")) {
        QSqlQuery e(s.db.db());
        e.exec(u"LOAD 'auto_explain'"_s);
        e.exec(u"SET auto_explain.log_min_duration = 0"_s);
        e.exec(u"SET auto_explain.log_analyze = on"_s);
        e.exec(u"SET auto_explain.log_buffers = on"_s);
        e.exec(u"SET auto_explain.log_nested_statements = on"_s);
        e.exec(u"SET client_min_messages = log"_s);
        e.exec(u"SET auto_explain.log_level = warning"_s);
        s.queue->claimDue(kNow, 20, {});
        e.exec(u"SET auto_explain.log_min_duration = -1"_s);
    }
    // Put the claimed ones back so a rerun (or a later benchmark) finds the same queue.
    QSqlQuery q(s.db.db());
    q.exec(u"UPDATE reminders SET state = 'scheduled' WHERE state = 'sending'"_s);
    q.exec(u"DELETE FROM send_attempts"_s);
}

// The same claim with the rules of issue 17 on (BENCHMARKS.md, "claim with the rules on"): a daily cap
// of 2, skipIfPaidWithin one day, and a do-not-remind list of 100,000 customers. Every rule reads the
// batch's customers by index, so the claim must stay as flat as without them. The rules' plans go
// to stderr once per size (PostgreSQL's at scale: tst_claimrules checks SQLite's).
void claimWithRules(benchmark::State &state)
{
    SizedStore &s = storeOf(int(state.range(0)));
    QSqlQuery fill(s.db.db());
    fill.prepare(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        u"INSERT INTO optouts (openid, reason, actor, created_at) "
        u"SELECT 'oOptOut' || i, 'bench', 'bench', ? FROM n WHERE NOT EXISTS (SELECT 1 FROM optouts)"_s);
    fill.addBindValue(100000);
    fill.addBindValue(kT0);
    if (!fill.exec())
        qFatal("optouts: %s", qPrintable(fill.lastError().text()));
    if (postgres())
        QSqlQuery(s.db.db()).exec(u"ANALYZE optouts"_s);
    ClaimRules rules;
    rules.enabled = true;
    rules.defaults.perCustomerDaily = 2;
    rules.defaults.skipIfPaidWithinSec = 24 * 3600;
    rules.zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    s.queue->setClaimRules(rules);
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            if (s.queue->claimDue(kNow, 20, {}).claimed.size() != 20)
                state.SkipWithError("ran out of due reminders, or a rule skipped one");
        });
    }
    lat.report(state);
    state.counters["pending"] = double(state.range(0));
    s.queue->setClaimRules({});
    fprintf(stderr, "rule plans at %d pending:\n%s\n", int(state.range(0)),
        qPrintable(ClaimJudge::queryPlans(s.db, kNow)));
    QSqlQuery q(s.db.db());
    q.exec(u"UPDATE reminders SET state = 'scheduled', first_attempt_at = NULL WHERE state = 'sending'"_s);
    q.exec(u"DELETE FROM send_attempts"_s);
}

// Resident memory of the real engine (`paynudge --headless`) on a store of this size, after it
// has opened the store, recovered, and swept a few times (nothing is due: round far away).
void engineMemory(benchmark::State &state)
{
    const int pending = int(state.range(0));
    SizedStore &s = storeOf(pending);
    s.db.close(); // the engine opens it itself
    for (auto _ : state) {
        AppProcess app;
        QFile::remove(app.storePath());
        QDir().mkpath(app.dataDir());
        QFile::copy(s.path(), app.storePath());
        QFile::copy(s.path() + u"-wal"_s, app.storePath() + u"-wal"_s);
        {
            // Pending, not due: the engine should hold none of it in memory.
            Database copy;
            QString error;
            copy.open({ app.storePath(), u"copy"_s, false }, &error);
            QSqlQuery(copy.db()).exec(u"UPDATE reminders SET due_at = due_at + 315360000000"_s);
        }
        app.writeConfig(u"[reminder]\nsafetyTick=1\n[intake]\nenabled=false\n"_s);
        if (!app.start() || !app.waitUntilReady(120000)) {
            state.SkipWithError("engine did not start");
            break;
        }
        QThread::msleep(2500); // two safety sweeps
        QFile status(u"/proc/%1/status"_s.arg(app.process().processId()));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                state.counters["rss_MiB"] = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        app.terminate();
        app.waitForExit();
    }
    state.counters["pending"] = double(pending);
}

// A real engine (test configuration: dry-run sender, system clock) on a fresh store in `dataDir`.
bool openEngine(Engine &engine, const QString &dataDir)
{
    Engine::Options options;
    options.config = testConfig();
    options.dataDir = dataDir;
    QString error;
    return engine.open(options, &error);
}

// Reminders due over ~10 seconds, swept by the real engine (system clock, dry-run sender,
// default batch size and safety tick): lateness = when the attempt started − when it was due.
void sweepLateness(benchmark::State &state)
{
    const int count = int(state.range(0));
    for (auto _ : state) {
        QTemporaryDir dir;
        Engine engine;
        if (!openEngine(engine, dir.path())) {
            state.SkipWithError("open failed");
            break;
        }
        const qint64 start = engine.clock().nowMs() + 1000;
        QList<OrderInput> orders;
        for (int i = 0; i < count; ++i) // due times spread evenly over 10 s, 600 s after placement
            orders << sampleOrder(
                u"L"_s + QString::number(i), start + qint64(i) * 10000 / count - 600 * 1000);
        bool committed = false;
        QString error;
        engine.acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        engine.start();
        QElapsedTimer waited;
        waited.start();
        while (engine.countInState(ReminderState::DryRun) < count && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        engine.stop();
        QSqlQuery q(EngineInternals::connection(engine));
        q.exec(
            u"SELECT a.started_at - r.due_at FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id "
            u"ORDER BY 1"_s);
        std::vector<double> late;
        while (q.next())
            late.push_back(q.value(0).toDouble());
        if (late.size() != size_t(count)) {
            state.SkipWithError("not every reminder was sent");
            break;
        }
        state.counters["late_p50_ms"] = late[late.size() / 2];
        state.counters["late_p99_ms"] = late[late.size() * 99 / 100];
        state.counters["late_max_ms"] = late.back();
    }
    state.counters["reminders"] = count;
}

// A backlog all due at once (the engine was down, or an account was paused): how long until
// every reminder has been handed to the sender and its outcome recorded.
void drainBacklog(benchmark::State &state)
{
    const int count = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        Engine engine;
        if (!openEngine(engine, dir.path())) {
            state.SkipWithError("open failed");
            break;
        }
        const qint64 now = engine.clock().nowMs();
        QList<OrderInput> orders;
        for (int i = 0; i < count; ++i)
            orders << sampleOrder(u"D"_s + QString::number(i), now - 11 * 60 * 1000);
        bool committed = false;
        QString error;
        engine.acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        state.ResumeTiming();
        engine.start();
        while (engine.countInState(ReminderState::DryRun) < count)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        engine.stop();
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["backlog"] = count;
}

} // namespace

BENCHMARK(sweepLateness)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(drainBacklog)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(fdatasyncFloor)->Unit(benchmark::kMillisecond)->Iterations(300);
BENCHMARK(durableAcceptOne)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(300);
BENCHMARK(bulkInsert)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->UseRealTime();
BENCHMARK(claimBatchOf20)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMicrosecond)
    ->Iterations(300);
BENCHMARK(claimWithRules)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMicrosecond)
    ->Iterations(300);
BENCHMARK(engineMemory)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_stores.clear();
    g_pg.reset();
    return 0;
}
