# core/console: the read-only query layer the operator console uses (the UI never talks SQL).
target_sources(paynudge_core PRIVATE
    console/querytools.h console/querytools.cpp
    console/sortkey.h console/sortkey.cpp
    console/sortedidlist.h console/sortedidlist.cpp
    console/pendingquery.h console/pendingquery.cpp
    console/historyquery.h console/historyquery.cpp
    console/historycsv.h console/historycsv.cpp
    console/statisticsquery.h console/statisticsquery.cpp
    console/backgroundreader.h console/backgroundreader.cpp
    console/openidmask.h console/openidmask.cpp
)
