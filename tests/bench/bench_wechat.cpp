// Sends per second through the real WeChat sender (rendering, token cache, HTTP, parsing,
// classification) against the fake WeChat server on loopback, with the default concurrency
// ([wechat] maxInFlight=8), and how many token requests those sends cost.
//   bench_wechat --benchmark_counters_tabular=true
// The fake runs in its own thread, as WeChat runs on its own machine.
#include "common/clock.h"
#include "fakewechat.h"
#include "wechat/wechatsender.h"
#include "wechattestkit.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

const char *const kEnv = "PN_BENCH_SECRET";

// The fake WeChat server on a thread of its own.
class FakeOnThread
{
public:
    FakeOnThread()
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        run([this] {
            m_clock = std::make_unique<SystemClock>();
            m_fake = std::make_unique<FakeWeChat>(*m_clock);
            m_fake->setRecording(false);
            m_fake->listen();
        });
    }
    ~FakeOnThread()
    {
        run([this] {
            m_fake.reset();
            m_clock.reset();
        });
        m_thread.quit();
        m_thread.wait();
    }

    template<typename F> void run(F f)
    {
        QMetaObject::invokeMethod(&m_anchor, f, Qt::BlockingQueuedConnection);
    }
    QUrl baseUrl()
    {
        QUrl url;
        run([&] { url = m_fake->baseUrl(); });
        return url;
    }
    int tokenRequests()
    {
        int n = 0;
        run([&] { n = m_fake->tokenRequestCount(); });
        return n;
    }
    int connections()
    {
        int n = 0;
        run([&] { n = m_fake->connectionCount(); });
        return n;
    }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<FakeWeChat> m_fake;
};

void BM_WeChatSendThroughput(benchmark::State &state)
{
    const int accounts = int(state.range(0));
    const int batch = 2000;
    qputenv(kEnv, "bench-secret-0123456789abcdef");
    FakeOnThread fake;
    SystemClock clock;
    wechat::WeChatSender sender(clock);
    WeChatSettings settings; // defaults: maxInFlight 8, timeout 10 s
    settings.apiBase = fake.baseUrl();
    sender.setSettings(settings);
    QList<AccountConfig> configured;
    for (int a = 0; a < accounts; ++a)
        configured << wechatAccount(
            u"shop%1"_s.arg(a), u"wx%1"_s.arg(a, 16, 16, QLatin1Char('0')), QString::fromLatin1(kEnv));
    sender.setAccounts(configured);
    QTimeZone zone("Asia/Shanghai");
    sender.setTimeZone(zone);

    int finished = 0;
    int accepted = 0;
    QEventLoop loop;
    QObject::connect(&sender, &Sender::finished, &loop, [&](const SendResult &r) {
        ++finished;
        accepted += r.status == SendStatus::Accepted ? 1 : 0;
        if (finished % batch == 0)
            loop.quit();
    });

    qint64 id = 0;
    qint64 sent = 0;
    for (auto _ : state) {
        for (int i = 0; i < batch; ++i) {
            ++id;
            sender.send(
                outgoingMessage(id, configured.at(int(id % accounts)).key, u"oCustomer%1"_s.arg(id % 5000)));
        }
        loop.exec();
        sent += batch;
    }
    if (accepted != finished)
        state.SkipWithError("not every send was accepted");
    state.SetItemsProcessed(sent);
    state.counters["msgs_per_s"] = benchmark::Counter(double(sent), benchmark::Counter::kIsRate);
    // Per account: the one initial fetch, then the cache serves every send.
    state.counters["token_requests_per_10k_per_account"] = benchmark::Counter(
        double(sender.client().tokens().fetchCount()) * 10000.0 / double(sent) / accounts);
    state.counters["tcp_connections"] = benchmark::Counter(double(fake.connections()));
    state.counters["sends"] = benchmark::Counter(double(sent));
}
// 5 × 2,000 = 10,000 sends per run, so the token counter reads per 10,000 sends.
BENCHMARK(BM_WeChatSendThroughput)
    ->Arg(1)
    ->Arg(4)
    ->ArgName("accounts")
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(3)
    ->ReportAggregatesOnly(false);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
