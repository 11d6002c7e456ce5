# core/readmodel: the read-only query layer the operator console uses (the UI never talks SQL).
target_sources(paynudge_core PRIVATE
    readmodel/querytools.h readmodel/querytools.cpp
    readmodel/sortkey.h readmodel/sortkey.cpp
    readmodel/sortedidlist.h readmodel/sortedidlist.cpp
    readmodel/pendingquery.h readmodel/pendingquery.cpp
    readmodel/historyquery.h readmodel/historyquery.cpp
    readmodel/quickrange.h readmodel/quickrange.cpp
    readmodel/csvtable.h readmodel/csvtable.cpp
    readmodel/historycsv.h readmodel/historycsv.cpp
    readmodel/statisticsquery.h readmodel/statisticsquery.cpp
    readmodel/skiprules.h readmodel/skiprules.cpp
    readmodel/statisticscsv.h readmodel/statisticscsv.cpp
    readmodel/splittest.h readmodel/splittest.cpp
    readmodel/splittestquery.h readmodel/splittestquery.cpp
    readmodel/readerthread.h readmodel/readerthread.cpp
    readmodel/readservice.h readmodel/readservice.cpp
    readmodel/openidmask.h readmodel/openidmask.cpp
    readmodel/engineliveness.h readmodel/engineliveness.cpp
    readmodel/optoutquery.h readmodel/optoutquery.cpp
    readmodel/auditquery.h readmodel/auditquery.cpp
)
