# Read by cpack (CPACK_PROJECT_CONFIG_FILE): refuses a Debian package whose paths are not the
# ones its systemd unit and configuration name.
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT CPACK_PACKAGING_INSTALL_PREFIX STREQUAL "/usr")
    message(FATAL_ERROR "The Debian package needs the prefix /usr; this build has "
                        "${CPACK_PACKAGING_INSTALL_PREFIX}. Configure it with -DCMAKE_INSTALL_PREFIX=/usr "
                        "(packaging/test-deb.sh does) and run cpack again.")
endif()
