target_sources(paynudge_ui PRIVATE
    console/mainwindow.h console/mainwindow.cpp
)
target_include_directories(paynudge_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/console)
