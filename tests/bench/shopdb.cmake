# The shop's own database on a real MariaDB: the poll query, the pre-send check, the lag from an
# order's INSERT to its reminder (BENCHMARKS.md, "Shop database").
paynudge_add_benchmark(bench_shopdb SOURCES bench_shopdb.cpp latencies.h)
