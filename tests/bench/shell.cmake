paynudge_add_benchmark(bench_tray SOURCES bench_tray.cpp LIBS paynudge_ui)
