# The Debian package (`cpack` in a build dir configured with -DCMAKE_INSTALL_PREFIX=/usr):
# paynudge_<version>_amd64.deb of what `cmake --install` lays out (app/, packaging/).
# packaging/test-deb.sh builds it and installs it into a fresh Debian 12 root.

# Installed, the binary has no RUNPATH: all it links is in the system's library path.
# (qt_standard_project_setup points one at $ORIGIN/../lib, which holds nothing of ours and does
# not fit in the space the build reserved for it, so installing failed.)
set_target_properties(paynudge PROPERTIES INSTALL_RPATH "")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME paynudge)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "PayNudge maintainers <maintainers@users.noreply.r-seed-04866dc8.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "unpaid-order reminders for WeChat shops (催付助手)")
set(CPACK_PACKAGE_DESCRIPTION "PayNudge reminds a WeChat shop's customers of orders they placed and did not
pay: a set time after an unpaid order arrives over its HTTP intake API, it
sends the customer a WeChat template or subscribe message. A desktop console
shows pending orders, the send history and statistics; paynudge.service runs
it headless on a server (off until enabled).")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The unit and the configuration name /usr/bin and /etc, which only the prefix /usr gives.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)
# The build is RelWithDebInfo; the package carries the program, not its debug information.
set(CPACK_STRIP_FILES ON)

# Libraries the binary links are found by dpkg-shlibdeps. Listed by hand is only what it cannot
# see: what the maintainer scripts run, and what is loaded or read at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    # postinst creates the service's system user.
    "adduser"
    # The store's Qt Sql driver, QSQLITE.
    "libqt6sql6-sqlite"
    # [shopdb]: the shop's own database, QMYSQL for MySQL/MariaDB and QPSQL for PostgreSQL (small;
    # a missing driver would only show when a shop turns the section on).
    "libqt6sql6-mysql"
    "libqt6sql6-psql"
    # Qt's TLS backend checks WeChat's HTTPS certificate against the system's CA certificates.
    "ca-certificates"
    # The SVG icon engine and image plugin: the window and tray icons are SVG. (The xcb platform
    # plugin is in libqt6gui6 in Debian 12, which shlibdeps finds; qt6-qpa-plugins holds only
    # vnc and tuio there.)
    "libqt6svg6")
string(REPLACE ";" ", " CPACK_DEBIAN_PACKAGE_DEPENDS "${CPACK_DEBIAN_PACKAGE_DEPENDS}")
# The Chinese UI needs a CJK font; Qt's own dialogs translated come from qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")

set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles
    ${PROJECT_SOURCE_DIR}/packaging/debian/postinst
    ${PROJECT_SOURCE_DIR}/packaging/debian/prerm
    ${PROJECT_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
