# Several engines on one shared PostgreSQL store (BENCHMARKS.md, "Shared PostgreSQL store").
paynudge_add_benchmark(bench_cluster SOURCES bench_cluster.cpp LIBS paynudge_cluster_test_support)
