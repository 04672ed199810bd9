# One INTERFACE target carries the flags every project target shares (the qBittorrent habit):
# warnings, Qt's strict string/cast macros and hardening. Every target links pd_flags PRIVATE.
add_library(pd_flags INTERFACE)

target_compile_options(pd_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
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

# Sanitizers for the asan preset (ASan + UBSan); never mixed with the fuzzer build.
option(PD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(Sanitizers PD_SANITIZE "ASan + UBSan instrumentation")
if(PD_SANITIZE)
    target_compile_options(pd_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=undefined)
    target_link_options(pd_flags INTERFACE -fsanitize=address,undefined)
endif()
