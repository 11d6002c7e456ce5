# Intake API throughput and latency over HTTP keep-alive (BENCHMARKS.md, "Intake API").
paynudge_add_benchmark(bench_intake SOURCES bench_intake.cpp
    LIBS Qt6::Network paynudge_intake_test_support paynudge_app_test_support)
