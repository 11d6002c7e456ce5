# WeChat sender throughput against the fake server on loopback (issue 3; figures in BENCHMARKS.md).
paynudge_add_benchmark(bench_wechat SOURCES bench_wechat.cpp LIBS paynudge_fake_wechat)
