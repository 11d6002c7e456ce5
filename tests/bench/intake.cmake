# Intake API throughput and latency over HTTP keep-alive (BENCHMARKS.md, "Intake API").
paynudge_add_benchmark(bench_intake
    SOURCES bench_intake.cpp ${CMAKE_CURRENT_SOURCE_DIR}/../intake/support/httpclient.cpp
    LIBS Qt6::Network)
target_include_directories(bench_intake PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../intake)
