# `paynudge doctor` and Help → Check setup (issue 10): every setup check, the report and its writers.
target_sources(paynudge_core PRIVATE
    doctor/setupcheck.h doctor/setupcheck.cpp
    doctor/reportjson.h doctor/reportjson.cpp
    doctor/reporttext.h doctor/reporttext.cpp
    doctor/storechecks.h doctor/storechecks.cpp
    doctor/filechecks.h doctor/filechecks.cpp
    doctor/intakecheck.h doctor/intakecheck.cpp
    doctor/accountcheck.h doctor/accountcheck.cpp
    doctor/ordernocheck.h doctor/ordernocheck.cpp
    doctor/clockcheck.h doctor/clockcheck.cpp
    doctor/shopdbcheck.h doctor/shopdbcheck.cpp
    doctor/sharedstorecheck.h doctor/sharedstorecheck.cpp
    doctor/doctor.h doctor/doctor.cpp
)
