# The desktop shell around the console: tray, settings dialog, single instance, start on login,
# translations, and the icons and desktop entry they use. Included from ui/CMakeLists.txt.
target_sources(paynudge_ui PRIVATE
    shell/translations.h shell/translations.cpp
    shell/singleinstance.h shell/singleinstance.cpp
    shell/autostart.h shell/autostart.cpp
    shell/pendingcounter.h shell/pendingcounter.cpp
    shell/traycontroller.h shell/traycontroller.cpp
    shell/fieldbindings.h shell/fieldbindings.cpp
    shell/configerrortext.h shell/configerrortext.cpp
    shell/settingspage.h shell/settingspage.cpp
    shell/templatemappingeditor.h shell/templatemappingeditor.cpp
    shell/accounteditor.h shell/accounteditor.cpp
    shell/accountspage.h shell/accountspage.cpp
    shell/reminderpage.h shell/reminderpage.cpp
    shell/intakepage.h shell/intakepage.cpp
    shell/generalpage.h shell/generalpage.cpp
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
        ${_paynudge_resources}/paynudge.desktop
)

# Translations of every tr() string in ui/ (console and shell) and core/doctor, compiled at build time and
# embedded under :/i18n. `cmake --build <dir> --target update_translations` refreshes the .ts
# files from the sources (README: "Translations").
file(GLOB_RECURSE _paynudge_ui_tr_sources CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h ${CMAKE_CURRENT_SOURCE_DIR}/*.ui)
# The setup report (core/doctor) is shown in the window and printed by `paynudge doctor`: its
# texts are translated with the UI's (context "Doctor").
file(GLOB _paynudge_doctor_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/doctor/*.cpp ${PROJECT_SOURCE_DIR}/core/doctor/*.h)
list(APPEND _paynudge_ui_tr_sources ${_paynudge_doctor_tr_sources})
# The template mapping's check and its reasons (core/templates) are shown in the settings, printed
# by doctor and logged: contexts "MappingCheck" and "TemplateMappings".
file(GLOB _paynudge_templates_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/templates/*.cpp ${PROJECT_SOURCE_DIR}/core/templates/*.h)
list(APPEND _paynudge_ui_tr_sources ${_paynudge_templates_tr_sources})
qt_add_translations(paynudge_ui
    TS_FILES
        ${_paynudge_resources}/translations/paynudge_zh_CN.ts
        ${_paynudge_resources}/translations/paynudge_en.ts
    SOURCES ${_paynudge_ui_tr_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none
)
