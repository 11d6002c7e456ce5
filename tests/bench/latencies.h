#pragma once

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <vector>

namespace paynudge::test {

// Per-iteration latencies, reported as median and 99th percentile next to Google Benchmark's mean.
struct Latencies
{
    std::vector<double> us;
    template<typename F> void time(F &&f)
    {
        const auto start = std::chrono::steady_clock::now();
        f();
        us.push_back(
            std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    void report(benchmark::State &state)
    {
        if (us.empty())
            return;
        std::sort(us.begin(), us.end());
        state.counters["p50_us"] = us[us.size() / 2];
        state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    }
};

} // namespace paynudge::test
