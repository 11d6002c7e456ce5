// What the tray costs the UI thread at 10k, 100k and 1M pending orders (BENCHMARKS.md, "Tray").
//
//   build/ci/tests/bench/bench_tray --benchmark_counters_tabular=true
//
// refresh: what the window's thread runs after a burst of engine signals (unknown count, next
// due reminder, account states, tooltip). pendingCount: the count of orders awaiting payment,
// which runs on a thread of its own (the ReadService's status lane). tooltip: the once-a-second countdown.
#include "common/clock.h"
#include "engine/engine.h"
#include "shell/traycontroller.h"
#include "store/orderstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QSettings>
#include <QThread>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

// An engine whose store holds `pending` unpaid orders, each with its reminder still ahead.
struct PendingStore
{
    explicit PendingStore(int pending)
    {
        if (!engine.ok)
            qFatal("%s", qPrintable(engine.error));
        constexpr int kChunk = 20000;
        for (int done = 0; done < pending; done += kChunk) {
            QList<OrderInput> orders;
            for (int i = done; i < std::min(pending, done + kChunk); ++i) {
                OrderInput o = sampleOrder(u"P"_s + QString::number(i), kT0 - (i % 300) * kSecond);
                o.closeAt = kT0 + 24 * 3600 * kSecond;
                orders << o;
            }
            bool committed = false;
            QString error;
            engine.engine->acceptOrders(orders, BatchMode::Independent, &committed, &error);
            if (!committed)
                qFatal("fill failed: %s", qPrintable(error));
        }
        state = std::make_unique<QSettings>(engine.dir.filePath(u"ui-state.ini"_s), QSettings::IniFormat);
        TrayController::Options options;
        options.trayAvailable = [] { return true; };
        tray = std::make_unique<TrayController>(*engine.engine, window, *state, options);
    }

    EngineFixture engine;
    QWidget window;
    std::unique_ptr<QSettings> state;
    std::unique_ptr<TrayController> tray;
};

std::map<int, std::unique_ptr<PendingStore>> g_stores; // closed before the application goes

PendingStore &storeOf(int pending)
{
    auto &s = g_stores[pending];
    if (!s)
        s = std::make_unique<PendingStore>(pending);
    return *s;
}

void refresh(benchmark::State &state)
{
    PendingStore &s = storeOf(int(state.range(0)));
    for (auto _ : state)
        s.tray->refresh();
    // The count arrives from its thread.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && !s.tray->toolTip().contains(QString::number(state.range(0)))) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }
    if (!s.tray->toolTip().contains(QString::number(state.range(0))))
        state.SkipWithError("the tooltip does not count the pending orders");
    state.counters["pending"] = double(state.range(0));
}
BENCHMARK(refresh)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

void pendingCount(benchmark::State &state)
{
    PendingStore &s = storeOf(int(state.range(0)));
    qint64 counted = 0;
    for (auto _ : state)
        counted = s.engine.engine->pendingCount(s.engine.clock.nowMs());
    if (counted != state.range(0))
        state.SkipWithError("wrong count");
    state.counters["pending"] = double(state.range(0));
}
BENCHMARK(pendingCount)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void tooltip(benchmark::State &state)
{
    PendingStore &s = storeOf(int(state.range(0)));
    for (auto _ : state) {
        s.engine.clock.blockSignals(true);
        s.engine.clock.advance(kSecond); // the countdown moves: the text changes every time
        s.engine.clock.blockSignals(false);
        s.tray->updateToolTip();
    }
    state.counters["pending"] = double(state.range(0));
}
BENCHMARK(tooltip)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_stores.clear();
    return 0;
}
