# Unity builds of the product libraries: the CI compiles paynudge_core and paynudge_ui twice
# (release and sanitizers), and most of each of their ~170 files' time goes to what every file
# includes and instantiates alike (Qt's templates, our headers). Compiled a few files per unit, that
# is done once per unit. The tests stay one file per executable. Off: one object per file (editing
# one file rebuilds only it, the way to work on the code).
option(PAYNUDGE_UNITY "Compile paynudge_core and paynudge_ui as unity builds (the presets turn it on)" OFF)
set(PAYNUDGE_UNITY_BATCH 8 CACHE STRING "Source files per unity unit")

# paynudge_unity(<target>)
function(paynudge_unity target)
    if(PAYNUDGE_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${PAYNUDGE_UNITY_BATCH})
    endif()
endfunction()
