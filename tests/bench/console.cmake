paynudge_add_benchmark(bench_console SOURCES bench_console.cpp LIBS paynudge_ui Qt6::Widgets)
