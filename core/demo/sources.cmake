# core/demo: `paynudge --demo` — a throw-away store, sample accounts and a stream of sample orders.
target_sources(paynudge_core PRIVATE
    demo/demosession.h demo/demosession.cpp
    demo/demosender.h demo/demosender.cpp
    demo/demofeed.h demo/demofeed.cpp
)
