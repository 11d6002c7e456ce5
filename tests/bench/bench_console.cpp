// The operator console at scale: 1,000,000 pending orders and 1,000,000 history rows
// (BENCHMARKS.md, "Operator console at scale").
//
//   build/ci/tests/bench/bench_console --benchmark_counters_tabular=true
//
// The store is built once (bulk acceptMany in 20,000-order transactions, then the history rows
// in bulk) and kept in $PAYNUDGE_BENCH_CONSOLE_DIR (default <tmp>/paynudge-bench-console);
// delete that folder to build it again. Pending orders close 30 days after they were placed, so
// a kept store stays valid for a month.
//
// First the real `paynudge` binary is started on that store (offscreen, sending paused) and timed
// until both lists are read, and its resident memory is read from /proc. Then the window, its
// models and views are measured in this process.
#include "common/clock.h"
#include "console/consoletable.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/statisticsview.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "readmodel/pendingquery.h"
#include "store/database.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

constexpr int kPending = 1000000;
constexpr int kHistory = 1000000;
constexpr int kChunk = 20000;
constexpr qint64 kDay = 24 * 3600 * 1000LL;

QString benchDir()
{
    const QString dir = qEnvironmentVariable("PAYNUDGE_BENCH_CONSOLE_DIR");
    return dir.isEmpty() ? QDir::temp().filePath(u"paynudge-bench-console"_s) : dir;
}

QString configText()
{
    return uR"([reminder]
timeZone=Asia/Shanghai
[intake]
enabled=false
[accounts/shop1]
name=西瓜乐园
dryRun=true
[accounts/shop2]
name=山野茶舍
dryRun=true
[accounts/shop3]
name=椰林小铺
dryRun=true
)"_s;
}

Config benchConfig()
{
    QFile f(QDir(benchDir()).filePath(u"paynudge.ini"_s));
    QList<Error> errors;
    return Config::load(f.fileName(), &errors);
}

qint64 vmKb(qint64 pid, const char *field)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

const QStringList kProducts { u"有机苹果 5kg"_s, u"云南普洱茶饼 357g"_s, u"新疆和田大枣 2kg"_s,
    u"手工牛轧糖礼盒"_s, u"麒麟西瓜 1个"_s, u"五常大米 10kg"_s, u"阳澄湖大闸蟹 8只装"_s, u"安溪铁观音 250g"_s,
    u"赣南脐橙 5kg"_s, u"内蒙古牛肉干 500g"_s };
const QStringList kNames { u"小王"_s, u"李雷"_s, u"韩梅梅"_s, u"阿明"_s, u"陈小姐"_s, u"老周"_s, u"张三"_s,
    u"赵敏"_s, u"Tommy"_s, u"刘阿姨"_s, u"王五"_s, u"静静"_s, u"Kevin"_s, u"欧阳小芸"_s };

// The benchmark's store, opened by an engine on `clock`.
void openEngine(Engine &engine, ManualClock &clock)
{
    Engine::Options options;
    options.config = benchConfig();
    options.dataDir = QDir(benchDir()).filePath(u"data"_s);
    options.clock = &clock;
    QString error;
    if (!engine.open(options, &error))
        qFatal("%s", qPrintable(error));
}

QList<OrderInput> makeOrders(
    const QString &prefix, int from, int count, qint64 first, qint64 spanMs, std::optional<qint64> openFor)
{
    QRandomGenerator random(quint32(from + 1));
    QList<OrderInput> out;
    out.reserve(count);
    for (int i = from; i < from + count; ++i) {
        OrderInput o;
        o.orderNo = prefix + QString::number(i).rightJustified(8, u'0');
        o.account = u"shop%1"_s.arg(1 + i % 3);
        o.openid = u"oBench"_s + QString::number(i).rightJustified(22, u'0');
        o.nickname = kNames.at(i % kNames.size()) + QString::number(i % 997);
        o.product = kProducts.at(i % kProducts.size());
        o.amountFen = 100 + random.bounded(200000);
        o.placedAt = first + qint64(i - from) * spanMs / count + qint64(from) * 0;
        if (openFor)
            o.closeAt = o.placedAt + *openFor;
        out << o;
    }
    return out;
}

// Builds the store: 1M pending orders placed over the last 100 minutes (open for 30 days, all
// sending paused), and 1M orders of the last 30 days that were reminded (5% failed with 43004,
// a third paid 15 minutes after their reminder) — the history.
void buildStore()
{
    QDir().mkpath(benchDir());
    QFile ini(QDir(benchDir()).filePath(u"paynudge.ini"_s));
    if (!ini.open(QIODevice::WriteOnly) || ini.write(configText().toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(ini.fileName()));
    ini.close();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ManualClock clock(now);
    Engine engine;
    openEngine(engine, clock);
    QString error;
    engine.pauseAll(u"benchmark store: nothing is sent"_s);
    QElapsedTimer timer;
    timer.start();
    auto fill
        = [&](const QString &prefix, int total, qint64 first, qint64 span, std::optional<qint64> openFor) {
              for (int done = 0; done < total; done += kChunk) {
                  const int n = std::min(kChunk, total - done);
                  bool committed = false;
                  EngineInternals::orders(engine).acceptMany(
                      makeOrders(prefix, done, n, first + done * (span / total), span * n / total, openFor),
                      engine.config().reminder.plan, now, BatchMode::AllOrNothing, &committed, &error);
                  if (!committed)
                      qFatal("fill failed: %s", qPrintable(error));
              }
          };
    fill(u"H"_s, kHistory, now - 30 * kDay, 30 * kDay - 3 * 3600 * 1000LL, std::nullopt);
    const qint64 lastHistoryOrder = PendingQuery::lastOrderId(EngineInternals::connection(engine));
    fill(u"P"_s, kPending, now - 100 * 60 * 1000LL, 100 * 60 * 1000LL, 30 * kDay);
    const double acceptSec = timer.elapsed() / 1000.0;

    // The history rows: what the sweeper would have written, in bulk.
    QSqlQuery q(EngineInternals::connection(engine));
    const QStringList steps {
        u"BEGIN"_s,
        u"UPDATE reminders SET state = CASE WHEN order_id % 20 = 0 THEN 'failed' ELSE 'dry_run' END, "
        u"attempts = 1, "
        u"first_attempt_at = due_at, last_attempt_at = due_at, errcode = CASE WHEN order_id % 20 = 0 THEN "
        u"43004 END "
        u"WHERE order_id <= %1"_s.arg(lastHistoryOrder),
        u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errcode, errmsg, "
        u"latency_ms, detail) "
        u"SELECT id, due_at, due_at + 180, state, errcode, CASE WHEN errcode = 43004 THEN 'require "
        u"subscribe' ELSE '' END, "
        u"180, '' FROM reminders WHERE order_id <= %1 ORDER BY due_at"_s.arg(lastHistoryOrder),
        u"UPDATE orders SET status = 'paid', status_at = placed_at + 25 * 60 * 1000 "
        u"WHERE id <= %1 AND id % 3 = 0 AND id % 20 != 0"_s.arg(lastHistoryOrder),
        u"COMMIT"_s,
        u"ANALYZE"_s,
    };
    for (const QString &sql : steps)
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    fprintf(stderr,
        "built the console benchmark store in %s: %d + %d orders accepted in %.1f s, %.1f s in all\n",
        qPrintable(benchDir()), kHistory, kPending, acceptSec, timer.elapsed() / 1000.0);
}

void ensureStore()
{
    const QString store = QDir(benchDir()).filePath(u"data/paynudge.sqlite"_s);
    if (!QFile::exists(store))
        buildStore();
}

// ---------------------------------------------------------------------------------------------
// The real binary.

// From start until both lists have been read (the models log it), then its memory.
void realBinaryOpensTheWindow(benchmark::State &state)
{
    ensureStore();
    const QString log = QDir(benchDir()).filePath(u"data/logs/paynudge.log"_s);
    for (auto _ : state) {
        QFile::remove(log);
        QFile::remove(QDir(benchDir()).filePath(u"data/ui-state.ini"_s)); // a first start: default layout
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(QString::fromUtf8(PAYNUDGE_BINARY),
            { u"--config"_s, QDir(benchDir()).filePath(u"paynudge.ini"_s), u"--data-dir"_s,
                QDir(benchDir()).filePath(u"data"_s) });
        if (!app.waitForStarted())
            state.SkipWithError("paynudge did not start");
        qint64 pendingMs = -1;
        qint64 historyMs = -1;
        const QDeadlineTimer deadline(60000);
        while (
            (pendingMs < 0 || historyMs < 0) && !deadline.hasExpired() && app.state() == QProcess::Running) {
            QThread::msleep(20);
            QFile f(log);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = f.readAll();
            if (pendingMs < 0 && text.contains("PendingOrdersModel list read"))
                pendingMs = timer.elapsed();
            if (historyMs < 0 && text.contains("HistoryModel list read"))
                historyMs = timer.elapsed();
        }
        QThread::msleep(500); // first pages painted, statistics on their way
        state.counters["pending_read_ms"] = double(pendingMs);
        state.counters["history_read_ms"] = double(historyMs);
        state.counters["rss_MB"] = vmKb(app.processId(), "VmRSS:") / 1024.0;
        state.counters["peak_rss_MB"] = vmKb(app.processId(), "VmHWM:") / 1024.0;
        ::kill(pid_t(app.processId()), SIGTERM);
        app.waitForFinished(20000);
        if (pendingMs < 0 || historyMs < 0)
            state.SkipWithError("the lists were not read within a minute");
    }
}

// ---------------------------------------------------------------------------------------------
// In this process: one engine and one window over the store, shared by the benchmarks below.

struct Console
{
    ManualClock clock { QDateTime::currentMSecsSinceEpoch() };
    Engine engine;
    std::unique_ptr<MainWindow> window;
    double openMs = 0;

    Console()
    {
        ensureStore();
        openEngine(engine, clock);
    }
    void open()
    {
        QFile::remove(QDir(benchDir()).filePath(u"data/ui-state.ini"_s));
        QElapsedTimer timer;
        timer.start();
        window = std::make_unique<MainWindow>(engine);
        window->resize(1400, 900);
        window->show();
        waitLoaded();
        window->pendingView().table().viewport()->repaint();
        window->historyView().table().viewport()->repaint();
        openMs = double(timer.nsecsElapsed()) / 1e6;
    }
    void waitLoaded()
    {
        while (pending().isLoading() || history().isLoading())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    PendingOrdersModel &pending() { return window->pendingView().model(); }
    HistoryModel &history() { return window->historyView().model(); }
};

std::unique_ptr<Console> g_console;

Console &console()
{
    if (!g_console) {
        g_console = std::make_unique<Console>();
        g_console->open();
    }
    return *g_console;
}

void openWindow(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        g_console.reset();
        state.ResumeTiming();
        console();
    }
    state.counters["pending_rows"] = console().pending().rowCount();
    state.counters["history_rows"] = console().history().rowCount();
    state.counters["rss_MB"] = vmKb(QCoreApplication::applicationPid(), "VmRSS:") / 1024.0;
}

// Lets the window repaint what changed, as the event loop does between ticks.
void paintPending()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Dragging the scroll bar anywhere: a page read and painted.
void scrollJump(benchmark::State &state)
{
    Console &c = console();
    ConsoleTable &table = c.window->pendingView().table();
    QRandomGenerator random(7);
    for (auto _ : state) {
        const int row = int(random.bounded(c.pending().rowCount()));
        table.scrollTo(c.pending().index(row, 0), QAbstractItemView::PositionAtTop);
        paintPending();
    }
    state.counters["rss_MB"] = vmKb(QCoreApplication::applicationPid(), "VmRSS:") / 1024.0;
}

// Scrolling a row at a time (the wheel, the arrow keys).
void scrollStep(benchmark::State &state)
{
    Console &c = console();
    ConsoleTable &table = c.window->pendingView().table();
    int row = c.pending().rowCount() / 2;
    for (auto _ : state) {
        table.scrollTo(c.pending().index(row += 3, 0), QAbstractItemView::PositionAtTop);
        paintPending();
    }
}

// A countdown tick: dataChanged for the countdown cells of the visible rows, and their repaint.
void countdownTick(benchmark::State &state)
{
    Console &c = console();
    ConsoleTable &table = c.window->pendingView().table();
    table.scrollTo(c.pending().index(c.pending().rowCount() / 3, 0), QAbstractItemView::PositionAtTop);
    paintPending();
    for (auto _ : state) {
        c.clock.advance(1000);
        c.pending().tick();
        paintPending();
    }
    state.counters["visible_rows"] = c.pending().lastVisibleRow() - c.pending().firstVisibleRow() + 1;
}

// Sorting the million pending orders by a column (SQL on the reader thread; the window stays live).
void sortPending(benchmark::State &state)
{
    Console &c = console();
    const int column = int(state.range(0));
    for (auto _ : state) {
        c.pending().sort(column,
            c.pending().sortColumn() == column && c.pending().sortOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder);
        c.waitLoaded();
        paintPending();
    }
    state.SetLabel(c.pending().headerData(column, Qt::Horizontal).toString().toStdString());
}

void sortHistory(benchmark::State &state)
{
    Console &c = console();
    const int column = int(state.range(0));
    for (auto _ : state) {
        c.history().sort(
            column, c.history().sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        c.waitLoaded();
    }
    state.SetLabel(c.history().headerData(column, Qt::Horizontal).toString().toStdString());
}

// Where a change's time goes: the pending list, the history list, the repaint.
struct Split
{
    double pendingUs = 0, historyUs = 0, paintUs = 0;
    int n = 0;
    template<typename F> static double us(F &&f)
    {
        const auto start = std::chrono::steady_clock::now();
        f();
        return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    }
    void report(benchmark::State &state) const
    {
        state.counters["pending_list_us"] = pendingUs / n;
        state.counters["history_list_us"] = historyUs / n;
        state.counters["repaint_us"] = paintUs / n;
    }
};

// Runs `change` (untimed) and times how both lists take it in and the window repaints.
template<typename Change> void measureChange(benchmark::State &state, Console &c, Change &&change)
{
    Split split;
    for (auto _ : state) {
        state.PauseTiming();
        change();
        state.ResumeTiming();
        split.pendingUs += Split::us([&] { c.pending().flushChanges(); });
        split.historyUs += Split::us([&] { c.history().flushChanges(); });
        split.paintUs += Split::us(paintPending);
        ++split.n;
    }
    split.report(state);
}

// An order paid: its row leaves the pending list (found among a million, rowsRemoved), its
// cancelled reminder joins the history (placed by binary search, rowsInserted), repaint.
void orderPaidLeaves(benchmark::State &state)
{
    Console &c = console();
    c.pending().sort(int(PendingColumn::PlacedAt), Qt::DescendingOrder);
    c.waitLoaded();
    QRandomGenerator random(11);
    measureChange(state, c, [&] {
        const qint64 id = c.pending().idAt(int(random.bounded(c.pending().rowCount())));
        c.engine.orderPaid(c.engine.orderById(id)->input.orderNo);
    });
}

// A new order arrives: placed by binary search among a million, rowsInserted, repaint.
void orderArrives(benchmark::State &state)
{
    Console &c = console();
    // Numbers of their own per run: the kept store already holds earlier runs' arrivals.
    const QString prefix = u"N%1-"_s.arg(QDateTime::currentMSecsSinceEpoch());
    int serial = 0;
    measureChange(state, c, [&] {
        c.engine.acceptOrder(makeOrders(prefix, serial++, 1, c.clock.nowMs(), 1, 30 * kDay).first());
    });
}

void filterHistoryByOutcome(benchmark::State &state)
{
    Console &c = console();
    HistoryView &view = c.window->historyView();
    c.window->tabs().setCurrentWidget(&view);
    for (auto _ : state) {
        view.outcomeBox().setCurrentIndex(view.outcomeBox().findData(u"failed"_s));
        c.waitLoaded();
        state.counters["failed_rows"] = c.history().rowCount();
        view.outcomeBox().setCurrentIndex(0);
        c.waitLoaded();
    }
}

void searchPending(benchmark::State &state)
{
    Console &c = console();
    for (auto _ : state) {
        c.pending().setFilter({ u"小王12"_s, {} });
        c.waitLoaded();
        state.counters["matches"] = c.pending().rowCount();
        c.pending().setFilter({});
        c.waitLoaded();
    }
}

// The history searched for a customer (nickname, product and order number: a substring scan of
// the joined orders, on the reader thread).
void searchHistory(benchmark::State &state)
{
    Console &c = console();
    for (auto _ : state) {
        HistoryFilter f;
        f.search = u"小王12"_s;
        c.history().setFilter(f);
        c.waitLoaded();
        state.counters["matches"] = c.history().rowCount();
        c.history().setFilter({});
        c.waitLoaded();
    }
}

void statistics30Days(benchmark::State &state)
{
    Console &c = console();
    StatisticsView &view = c.window->statisticsView();
    for (auto _ : state) {
        bool done = false;
        const auto connection
            = QObject::connect(&view, &StatisticsView::updated, &view, [&] { done = true; });
        view.setPeriod(StatisticsPeriod::Last30Days);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QObject::disconnect(connection);
    }
    state.counters["sent"] = double(view.current().sent);
    state.counters["rss_MB"] = vmKb(QCoreApplication::applicationPid(), "VmRSS:") / 1024.0;
    state.counters["peak_rss_MB"] = vmKb(QCoreApplication::applicationPid(), "VmHWM:") / 1024.0;
}

} // namespace

BENCHMARK(realBinaryOpensTheWindow)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(openWindow)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(scrollJump)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(scrollStep)->Iterations(500)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(countdownTick)->Iterations(300)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(sortPending)
    ->DenseRange(0, kPendingColumnCount - 1)
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(sortHistory)
    ->Arg(int(HistoryColumn::Time))
    ->Arg(int(HistoryColumn::Order))
    ->Arg(int(HistoryColumn::Outcome))
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(orderPaidLeaves)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(orderArrives)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(filterHistoryByOutcome)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(searchPending)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(searchHistory)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(statistics30Days)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"paynudge.*.info=false"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_console.reset(); // Qt Sql connections go before the application object
    return 0;
}
