# The desktop shell around the console: tray, settings dialog, single instance, start on login,
# translations, and the icons and desktop entry they use. Included from ui/CMakeLists.txt.
target_sources(paynudge_ui PRIVATE
    shell/translations.h shell/translations.cpp
    shell/singleinstance.h shell/singleinstance.cpp
    shell/autostart.h shell/autostart.cpp
    shell/traycontroller.h shell/traycontroller.cpp
    shell/durationedit.h shell/durationedit.cpp
    shell/roundsedit.h shell/roundsedit.cpp
    shell/fieldbindings.h shell/fieldbindings.cpp
    shell/settingspage.h shell/settingspage.cpp
    shell/templatemappingeditor.h shell/templatemappingeditor.cpp
    shell/accounteditor.h shell/accounteditor.cpp
    shell/accountspage.h shell/accountspage.cpp
    shell/reminderpage.h shell/reminderpage.cpp
    shell/yuanspinbox.h shell/yuanspinbox.cpp
    shell/policypage.h shell/policypage.cpp
    shell/accountkeycheck.h shell/accountkeycheck.cpp
    shell/accountrules.h shell/accountrules.cpp
    shell/textmappingform.h shell/textmappingform.cpp
    shell/roundtexts.h shell/roundtexts.cpp
    shell/variantseditor.h shell/variantseditor.cpp
    shell/intakepage.h shell/intakepage.cpp
    shell/generalpage.h shell/generalpage.cpp
    shell/shopdbtestview.h shell/shopdbtestview.cpp
    shell/shopdbpage.h shell/shopdbpage.cpp
    shell/settingsdialog.h shell/settingsdialog.cpp
    shell/startfailure.h shell/startfailure.cpp
)

# Icons (SVG: sharp at any scale) and the desktop entry the autostart entry is made from.
set(_paynudge_resources ${PROJECT_SOURCE_DIR}/resources)
qt_add_resources(paynudge_ui paynudge_shell_resources
    PREFIX "/"
    BASE ${_paynudge_resources}
    FILES
        ${_paynudge_resources}/icons/paynudge.svg
        ${_paynudge_resources}/icons/tray-running.svg
        ${_paynudge_resources}/icons/tray-paused.svg
        ${_paynudge_resources}/icons/tray-attention.svg
        ${_paynudge_resources}/icons/tray-dryrun.svg
        ${_paynudge_resources}/paynudge.desktop
)

# Translations of every tr() string in ui/ and every marked text of core/, compiled at build time and
# embedded under :/i18n. `cmake --build <dir> --target update_translations` refreshes the .ts
# files from the sources (README: "Translations").
file(GLOB_RECURSE _paynudge_ui_tr_sources CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/*.ui)
# Core marks the texts it gives the operator (errors in common/errorcodes.h, the setup report of
# core/doctor, the template checks of core/templates) with QT_TRANSLATE_NOOP/tr(): they are translated
# with the UI's and shown in its language.
# So do the commands' texts in app/ (store-copy's progress).
file(GLOB_RECURSE _paynudge_core_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(APPEND _paynudge_ui_tr_sources ${_paynudge_core_tr_sources})
qt_add_translations(paynudge_ui
    TS_FILES
        ${_paynudge_resources}/translations/paynudge_zh_CN.ts
        ${_paynudge_resources}/translations/paynudge_en.ts
    SOURCES ${_paynudge_ui_tr_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none
)
