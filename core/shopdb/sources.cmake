# The shop's own database and payment check (issue 15): polling new orders, the check right before
# each send over the database or an HTTP hook.
target_sources(paynudge_core PRIVATE
    shopdb/paymentcheck.h
    shopdb/shopdbconnect.h shopdb/shopdbconnect.cpp
    shopdb/shopdbqueries.h shopdb/shopdbqueries.cpp
    shopdb/shopdbprobe.h shopdb/shopdbprobe.cpp
)
