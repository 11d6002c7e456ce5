// The shop's own database (BENCHMARKS.md, "Shop database"): profile=xg's poll query on a shop
// table of 10,000 and 1,000,000 orders (with its EXPLAIN), the pre-send check for a batch of 20
// order numbers (its query, and ShopDbCheck as the gate asks it), and the lag from an order's
// INSERT to its reminder in the engine's store at 50 orders/s, on a real MariaDB over loopback.
//
//   build/ci/tests/bench/bench_shopdb --benchmark_counters_tabular=true
//
// One MariaDB for the run (tests/support/mariadbserver.h, Debian's defaults: 128 MiB buffer pool,
// a durable commit). Each size gets a fresh `shop` database filled from MariaDB's sequence engine;
// the queries run as a SELECT-only user through the product's own connection (shopdb::open) and
// query texts (shopdb::ordersQuery / unpaidQuery).
#include "common/error.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "latencies.h"
#include "mariadbserver.h"
#include "shopdb/shopdbcheck.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbpoller.h"
#include "shopdb/shopdbqueries.h"
#include "testsupport.h"
#include "xgfixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

constexpr int kPage = 500; // [shopdb] pageSize's default
constexpr int kUnpaidTail = 1000; // the newest orders, not paid yet
const QString kReader = u"paynudge_reader"_s;
const QString kConnection = u"bench-shopdb-reader"_s;
const char *const kPasswordEnv = "PAYNUDGE_BENCH_SHOPDB_PASSWORD";

QString orderSn(qint64 seq)
{
    return u"SN%1"_s.arg(seq, 8, 10, QChar(u'0'));
}

// A MariaDB with a `shop` of `orders` orders: the newest kUnpaidTail unpaid, of the older ones
// every tenth cancelled and the rest paid; 1,000 buyers, 5 products of 2 ticket types each.
struct Shop
{
    MariaDbServer server;
    XgFixture fixture { server };
    ShopDbSettings settings;
    QString password = u"bench-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    int orders = -1;
    QString error;

    bool start()
    {
        if (!server.unavailableReason().isEmpty()) {
            error = server.unavailableReason();
            return false;
        }
        if (!server.start()) {
            error = server.errorString();
            return false;
        }
        return true;
    }

    bool resize(int count)
    {
        if (orders == count)
            return true;
        QSqlDatabase::removeDatabase(kConnection);
        orders = -1;
        if (!fixture.create() || !fixture.createReadOnlyUser(kReader, password)) {
            error = fixture.error();
            return false;
        }
        for (int p = 1; p <= 5; ++p) {
            fixture.addProduct(p, u"门票%1"_s.arg(p));
            fixture.addType(2 * p - 1, p, u"成人票"_s);
            fixture.addType(2 * p, p, u"儿童票"_s);
        }
        // The sequence engine's seq_1_to_N makes the rows inside the server: a million in seconds.
        const QList<std::pair<QString, QVariantList>> fill {
            { u"INSERT INTO xg_user_child (user_id, token, openid, nickname) "
              "SELECT seq, ?, CONCAT(?, seq), CONCAT(?, seq) FROM seq_1_to_1000"_s,
                { u"tok"_s, u"o-bench-"_s, u"买家"_s } },
            { u"INSERT INTO xg_orders (order_sn, user_id, token, product_id, type_id, num, price, state, "
              "use_time, create_time) "
              "SELECT CONCAT(?, LPAD(seq, 8, '0')), 1 + seq % 1000, ?, 1 + seq % 5, 1 + seq % 10, 1, 88.00, "
              "IF(seq > ?, 0, IF(seq % 10 = 0, 2, 1)), ?, ? + seq FROM seq_1_to_1000000 WHERE seq <= ?"_s,
                { u"SN"_s, u"tok"_s, count - kUnpaidTail, u"2026-03-05"_s, 1772445600, count } },
            { u"ANALYZE TABLE xg_orders, xg_user_child"_s, {} },
        };
        for (const auto &[sql, values] : fill) {
            if (!server.exec(sql, values, QString::fromLatin1(XgFixture::kDatabase))) {
                error = server.errorString();
                return false;
            }
        }
        settings = fixture.settings(kReader, {});
        Error openError;
        if (!shopdb::open(settings, password, kConnection, 10, &openError)) {
            error = openError.englishText();
            return false;
        }
        orders = count;
        return true;
    }

    QSqlDatabase reader() const { return QSqlDatabase::database(kConnection, false); }
};

// Stopped before QCoreApplication goes (Qt Sql connections must not outlive it).
std::unique_ptr<Shop> g_shop;

Shop *shopOf(benchmark::State &state, int orders)
{
    if (!g_shop) {
        g_shop = std::make_unique<Shop>();
        if (!g_shop->start()) {
            state.SkipWithError(qPrintable(g_shop->error));
            return nullptr;
        }
    }
    if (!g_shop->resize(orders)) {
        state.SkipWithError(qPrintable(g_shop->error));
        return nullptr;
    }
    return g_shop.get();
}

// Runs the poll query once after `afterId`; the number of rows, or -1.
int poll(Shop &shop, qint64 afterId)
{
    QSqlQuery q(shop.reader());
    q.setForwardOnly(true);
    QString missing;
    if (!shopdb::prepareOrders(q, shopdb::ordersQuery(shop.settings), afterId, kPage, &missing) || !q.exec())
        return -1;
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

// The poll query's plan, printed; true when xg_orders is read as a range of its primary key.
bool explainPoll(Shop &shop, qint64 afterId)
{
    QSqlQuery q(shop.reader());
    QString missing;
    if (!shopdb::prepareOrders(
            q, u"EXPLAIN "_s + shopdb::ordersQuery(shop.settings), afterId, kPage, &missing)
        || !q.exec())
        return false;
    bool primaryRange = false;
    std::fprintf(stderr, "EXPLAIN of the poll query at %d orders (after_id = %lld):\n", shop.orders,
        static_cast<long long>(afterId));
    const QSqlRecord header = q.record();
    QStringList names;
    for (int i = 0; i < header.count(); ++i)
        names << header.fieldName(i);
    std::fprintf(stderr, "  %s\n", qPrintable(names.join(u" | "_s)));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < header.count(); ++i)
            values << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        std::fprintf(stderr, "  %s\n", qPrintable(values.join(u" | "_s)));
        if (q.value(u"table"_s).toString() == u"o"_s)
            primaryRange
                = q.value(u"key"_s).toString() == u"PRIMARY"_s && q.value(u"type"_s).toString() == u"range"_s;
    }
    return primaryRange;
}

// A page of new orders: the poll at the tail of the table, where new orders arrive.
void pollPage(benchmark::State &state)
{
    Shop *shop = shopOf(state, int(state.range(0)));
    if (!shop)
        return;
    const qint64 afterId = shop->orders - kUnpaidTail;
    state.counters["pk_range"] = explainPoll(*shop, afterId) ? 1 : 0;
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            if (poll(*shop, afterId) != kPage)
                state.SkipWithError("the poll did not return a full page");
        });
    }
    lat.report(state);
    state.counters["orders"] = shop->orders;
}

// The poll every pollInterval when nothing is new: the watermark at the newest order.
void pollNothingNew(benchmark::State &state)
{
    Shop *shop = shopOf(state, int(state.range(0)));
    if (!shop)
        return;
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            if (poll(*shop, shop->orders) != 0)
                state.SkipWithError("the poll found orders past the newest");
        });
    }
    lat.report(state);
    state.counters["orders"] = shop->orders;
}

// A database's first read (watermark 0): the query reads every paid or cancelled row before the
// first unpaid one, once; the watermark then passes them (the newest row comes paid or not).
void pollFirstRead(benchmark::State &state)
{
    Shop *shop = shopOf(state, int(state.range(0)));
    if (!shop)
        return;
    Latencies lat;
    for (auto _ : state) {
        lat.time([&] {
            if (poll(*shop, 0) != kPage)
                state.SkipWithError("the poll did not return a full page");
        });
    }
    lat.report(state);
    state.counters["orders"] = shop->orders;
    state.counters["rows_skipped"] = shop->orders - kUnpaidTail;
}

// Ten order numbers of the newest (unpaid) orders and ten of the older (paid or cancelled) ones.
QStringList batchOf20(const Shop &shop, QRandomGenerator &random)
{
    QStringList batch;
    for (int i = 0; i < 10; ++i) {
        batch << orderSn(shop.orders - kUnpaidTail + 1 + random.bounded(kUnpaidTail));
        batch << orderSn(1 + random.bounded(shop.orders - kUnpaidTail));
    }
    return batch;
}

// The pre-send check's query for a claimed batch of 20: `order_sn IN (20 bound placeholders)
// AND state = 0`; half the numbers unpaid (the newest orders), half paid long ago, each batch
// drawn anew so the server's caches see a spread of the table.
void unpaidBatchOf20(benchmark::State &state)
{
    Shop *shop = shopOf(state, int(state.range(0)));
    if (!shop)
        return;
    const QString text = shopdb::unpaidQuery(shop->settings);
    QRandomGenerator random(15);
    Latencies lat;
    for (auto _ : state) {
        const QStringList batch = batchOf20(*shop, random);
        lat.time([&] {
            QSqlQuery q(shop->reader());
            q.setForwardOnly(true);
            if (!shopdb::prepareUnpaid(q, text, batch) || !q.exec()) {
                state.SkipWithError(qPrintable(q.lastError().text()));
                return;
            }
            int unpaid = 0;
            while (q.next())
                ++unpaid;
            if (unpaid < 1 || unpaid > 10) // ten unpaid numbers, some perhaps drawn twice
                state.SkipWithError("the check found a paid order unpaid, or missed the unpaid ones");
        });
    }
    lat.report(state);
    state.counters["orders"] = shop->orders;
}

// The same batch as the gate asks it: ShopDbCheck::check() to answered(), its query on the
// check's own connection on a worker thread (the answer crosses back to this thread).
void shopDbCheckBatchOf20(benchmark::State &state)
{
    Shop *shop = shopOf(state, int(state.range(0)));
    if (!shop)
        return;
    shopdb::ShopDbCheck check(shop->settings, shop->password);
    QRandomGenerator random(15);
    QEventLoop loop;
    PaymentCheckAnswer last;
    QObject::connect(&check, &PaymentCheck::answered, &loop, [&](quint64, const PaymentCheckAnswer &answer) {
        last = answer;
        loop.quit();
    });
    // The first check opens the connection: not part of a batch's cost.
    check.check(0, batchOf20(*shop, random));
    loop.exec();
    Latencies lat;
    quint64 ticket = 0;
    for (auto _ : state) {
        const QStringList batch = batchOf20(*shop, random);
        lat.time([&] {
            check.check(++ticket, batch);
            loop.exec();
        });
        if (!last.ok || last.unpaid.isEmpty() || last.unpaid.size() > 10) {
            state.SkipWithError(qPrintable(u"the check failed or answered wrong: "_s + last.error));
            break;
        }
    }
    lat.report(state);
    state.counters["orders"] = shop->orders;
}

// Lets the engine work for `ms` (its timers and the worker threads' answers), without spinning.
void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The shop's PHP: `count` orders INSERTed at `perSecond`, each in its own transaction, on a
// connection of this thread's own; when each was committed (ms since the epoch), by index.
std::vector<qint64> insertPaced(const TestDbServer &server, int count, int perSecond)
{
    const QString name = u"bench-shopdb-php"_s;
    std::vector<qint64> committedAt;
    {
        QSqlDatabase db = server.adminConnection(name, QString::fromLatin1(XgFixture::kDatabase));
        QSqlQuery q(db);
        if (db.open()
            && q.prepare(u"INSERT INTO xg_orders (order_sn, user_id, token, product_id, type_id, num, price, "
                         "state, use_time, create_time) VALUES (?, ?, ?, 1, 1, 1, 88.00, 0, ?, ?)"_s)) {
            const auto start = std::chrono::steady_clock::now();
            for (int i = 0; i < count; ++i) {
                std::this_thread::sleep_until(
                    start + std::chrono::microseconds(qint64(i) * 1000000 / perSecond));
                q.addBindValue(u"LAG%1"_s.arg(i, 6, 10, QChar(u'0')));
                q.addBindValue(1 + i % 1000);
                q.addBindValue(u"tok"_s);
                q.addBindValue(u"2026-03-05"_s);
                q.addBindValue(QDateTime::currentSecsSinceEpoch());
                if (!q.exec())
                    break;
                committedAt.push_back(QDateTime::currentMSecsSinceEpoch());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return committedAt;
}

// From an order's INSERT (committed) in the shop's database to its reminder stored by the engine
// (orders.created_at: the poll's transaction), at 50 orders/s for 30 s, polled every range(0)
// seconds by the real engine (system clock, dry-run sender) with profile=xg.
void insertToScheduled(benchmark::State &state)
{
    constexpr int kPerSecond = 50;
    constexpr int kCount = 30 * kPerSecond;
    const int pollSec = int(state.range(0));
    Shop *shop = shopOf(state, 10000);
    if (!shop)
        return;
    qputenv(kPasswordEnv, shop->password.toUtf8());
    for (auto _ : state) {
        QTemporaryDir dir;
        Engine engine;
        Engine::Options options;
        options.config = testConfig();
        options.config.shopdb = shop->settings;
        options.config.shopdb.passwordEnv = QString::fromLatin1(kPasswordEnv);
        options.config.shopdb.pollIntervalSec = pollSec;
        options.dataDir = dir.path();
        QString error;
        if (!engine.open(options, &error)) {
            state.SkipWithError(qPrintable(error));
            break;
        }
        engine.start();
        // The first read (it leaves the watermark at the newest order) before the first INSERT.
        QElapsedTimer waited;
        waited.start();
        while (engine.shopDbPoller()
            && (!engine.shopDbPoller()->stats().lastPollAt || engine.shopDbPoller()->isPolling())
            && waited.elapsed() < 30000)
            runEventsFor(50);
        if (!engine.shopDbPoller() || !engine.shopDbPoller()->stats().lastPollAt) {
            state.SkipWithError("the engine's first poll did not end");
            break;
        }

        std::vector<qint64> committedAt;
        std::thread php([&] { committedAt = insertPaced(shop->server, kCount, kPerSecond); });
        const QString countSql = u"SELECT COUNT(*) FROM orders WHERE order_no LIKE 'LAG%'"_s;
        waited.restart();
        while (countWhere(engine, countSql) < kCount
            && waited.elapsed() < (kCount / kPerSecond + pollSec + 60) * 1000)
            runEventsFor(100);
        php.join();
        engine.stop();
        // The shop as it was, for the next run (order_sn is unique).
        shop->server.exec(u"DELETE FROM xg_orders WHERE order_sn LIKE ?"_s, { u"LAG%"_s },
            QString::fromLatin1(XgFixture::kDatabase));
        if (committedAt.size() != size_t(kCount)) {
            state.SkipWithError("the INSERTs failed");
            break;
        }
        QSqlQuery q(EngineInternals::connection(engine));
        q.exec(u"SELECT order_no, created_at FROM orders WHERE order_no LIKE 'LAG%'"_s);
        std::vector<double> lag;
        while (q.next())
            lag.push_back(
                double(q.value(1).toLongLong() - committedAt[size_t(q.value(0).toString().mid(3).toInt())]));
        if (lag.size() != size_t(kCount)) {
            state.SkipWithError("not every order became a reminder");
            break;
        }
        std::sort(lag.begin(), lag.end());
        state.counters["lag_p50_ms"] = lag[lag.size() / 2];
        state.counters["lag_p99_ms"] = lag[lag.size() * 99 / 100];
        state.counters["lag_max_ms"] = lag.back();
    }
    state.counters["orders"] = kCount;
    state.counters["poll_s"] = pollSec;
}

} // namespace

// Every benchmark of one size before the next: each size fills its own table.
BENCHMARK(pollPage)->Arg(10000)->Unit(benchmark::kMicrosecond)->Iterations(500);
BENCHMARK(pollNothingNew)->Arg(10000)->Unit(benchmark::kMicrosecond)->Iterations(2000);
BENCHMARK(pollFirstRead)->Arg(10000)->Unit(benchmark::kMicrosecond)->Iterations(50);
BENCHMARK(unpaidBatchOf20)->Arg(10000)->Unit(benchmark::kMicrosecond)->Iterations(2000);
BENCHMARK(insertToScheduled)->Arg(5)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(pollPage)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(500);
BENCHMARK(pollNothingNew)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(2000);
BENCHMARK(pollFirstRead)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(10);
BENCHMARK(unpaidBatchOf20)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(2000);
BENCHMARK(shopDbCheckBatchOf20)->Arg(1000000)->Unit(benchmark::kMicrosecond)->Iterations(2000);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The poller says what each poll read: a line per poll would bury the table.
    QLoggingCategory::setFilterRules(u"paynudge.*.info=false"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    QSqlDatabase::removeDatabase(kConnection);
    g_shop.reset();
    return 0;
}
