# The shop's own database and payment check (issue 15): polling new orders, the check right before
# each send over the database or an HTTP hook.
target_sources(paynudge_core PRIVATE
    shopdb/paymentcheck.h
    shopdb/shopdbconnect.h shopdb/shopdbconnect.cpp
    shopdb/shopdbqueries.h shopdb/shopdbqueries.cpp
    shopdb/shopdbworker.h shopdb/shopdbworker.cpp
    shopdb/shopdbcheck.h shopdb/shopdbcheck.cpp
    shopdb/shopdbpoller.h shopdb/shopdbpoller.cpp
    shopdb/shoplinkstate.h shopdb/shoplinkstate.cpp
    shopdb/paymentgate.h shopdb/paymentgate.cpp
    shopdb/precheckhook.h shopdb/precheckhook.cpp
    shopdb/paymentchecks.h shopdb/paymentchecks.cpp
    shopdb/shopdbprobe.h shopdb/shopdbprobe.cpp
)
