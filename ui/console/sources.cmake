# ui/console: the main window, its models and views.
target_sources(paynudge_ui PRIVATE
    console/mainwindow.h console/mainwindow.cpp
    console/messagecard.h console/messagecard.cpp
    console/idtablemodel.h console/idtablemodel.cpp
    console/rowcache.h
    console/pendingordersmodel.h console/pendingordersmodel.cpp
    console/historymodel.h console/historymodel.cpp
    console/consoletext.h console/consoletext.cpp
    console/engineslabel.h console/engineslabel.cpp
    console/consoletable.h console/consoletable.cpp
    console/listtab.h console/listtab.cpp
    console/pendingview.h console/pendingview.cpp
    console/historyview.h console/historyview.cpp
    console/ridlookupdialog.h console/ridlookupdialog.cpp
    console/quotalabel.h console/quotalabel.cpp
    console/statisticsview.h console/statisticsview.cpp
    console/quickrangebox.h console/quickrangebox.cpp
    console/splittestpanel.h console/splittestpanel.cpp
    console/optoutview.h console/optoutview.cpp
    console/optoutdialog.h console/optoutdialog.cpp
    console/skipcountslabel.h console/skipcountslabel.cpp
    console/auditview.h console/auditview.cpp
    console/statusbanner.h console/statusbanner.cpp
    console/operatoractions.h console/operatoractions.cpp
    console/messagebox.h console/messagebox.cpp
    console/filedialog.h console/filedialog.cpp
    console/importdialog.h console/importdialog.cpp
    console/setupcheckdialog.h console/setupcheckdialog.cpp
    console/setupsteps.h console/setupsteps.cpp
    console/setupchecklist.h console/setupchecklist.cpp
    console/testmessagedialog.h console/testmessagedialog.cpp
    console/uistate.h console/uistate.cpp
    console/orderdetaildialog.h console/orderdetaildialog.cpp
    console/aboutbox.h console/aboutbox.cpp
    console/manual.h console/manual.cpp
)
# Charts are drawn only here; statisticsview.h shows QtCharts types to whoever includes it.
target_link_libraries(paynudge_ui PUBLIC Qt6::Charts)
