# One INTERFACE target carries the flags every project target shares (the qBittorrent habit):
# warnings, Qt's strict string/cast macros and hardening. Every target links pd_flags PRIVATE.
add_library(pd_flags INTERFACE)

target_compile_options(pd_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    # GCC's local-shadowing check; clang has no such option and would warn about an unknown one.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<BOOL:${PD_WARNINGS_AS_ERRORS}>:-Werror>
    -fstack-protector-strong)

target_compile_definitions(pd_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    _GLIBCXX_ASSERTIONS
    # _FORTIFY_SOURCE needs optimisation; sanitizer builds run at -O1 and define their own.
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)

target_link_options(pd_flags INTERFACE -Wl,-z,relro,-z,now)

# Sanitizers for the asan preset (ASan + UBSan).
option(PD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(Sanitizers PD_SANITIZE "ASan + UBSan instrumentation")
if(PD_SANITIZE)
    target_compile_options(pd_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=undefined)
    target_link_options(pd_flags INTERFACE -fsanitize=address,undefined)
    # For tests that measure time or memory: GCC says __SANITIZE_ADDRESS__, clang does not.
    target_compile_definitions(pd_flags INTERFACE PD_SANITIZED=1)
endif()

# libFuzzer (the asan preset, clang only): every library gets the fuzzer's coverage
# instrumentation, so the fuzz targets (pd_add_fuzz_target) link against instrumented code.
option(PD_FUZZ "Build the fuzz targets as libFuzzer executables (clang only)" OFF)
add_feature_info(Fuzzing PD_FUZZ "libFuzzer coverage instrumentation and fuzz executables")
if(PD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PD_FUZZ needs clang (libFuzzer); use the asan preset")
    endif()
    target_compile_options(pd_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
