# Order intake: the HTTP API the shop's backend calls, and CSV import (issue 4).
target_sources(paynudge_core PRIVATE
    intake/intakeerror.h intake/intakeerror.cpp
    intake/timestamps.h intake/timestamps.cpp
    intake/jsonbody.h intake/jsonbody.cpp
    intake/orderparser.h intake/orderparser.cpp
    intake/jsonwriter.h intake/jsonwriter.cpp
    intake/orderview.h intake/orderview.cpp
    intake/groupcommitter.h intake/groupcommitter.cpp
    intake/intaketoken.h intake/intaketoken.cpp
    intake/intakeapi.h intake/intakeapi.cpp
    intake/requestheadguard.h intake/requestheadguard.cpp
    intake/intakeserver.h intake/intakeserver.cpp
    intake/csvreader.h intake/csvreader.cpp
    intake/csvcolumns.h intake/csvcolumns.cpp
    intake/csvimport.h intake/csvimport.cpp
    intake/csvimportstore.h intake/csvimportstore.cpp
    intake/optoutentry.h intake/optoutentry.cpp
    intake/optoutcsv.h intake/optoutcsv.cpp
)
