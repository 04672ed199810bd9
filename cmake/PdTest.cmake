# pd_add_test(NAME <TestClass> LABEL unit|integration|gui|fuzz|bench SOURCES ... LIBS ... [TIMEOUT s]
#             [LAUNCHER command...])
# One executable per test class (TestExposure.cpp -> TestExposure), run headless in a fixed locale;
# LAUNCHER runs it inside another command (e.g. scripts/with-test-keyring.sh).
function(pd_add_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENV;LAUNCHER" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test pd_flags ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        PD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PD_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>)
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;${ARG_ENV}")
endfunction()

# pd_add_script_test(NAME n LABEL l COMMAND ...): a test driven by a script (e.g. schema validation).
function(pd_add_script_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "COMMAND" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_COMMAND})
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC")
endfunction()

# pd_add_fuzz_target(NAME n SOURCE f.cpp LIBS ... SEEDS dir...): a libFuzzer target
# (LLVMFuzzerTestOneInput). Built by every build: with PD_FUZZ (the clang asan preset) as a
# libFuzzer executable that FuzzShort runs; otherwise with a replay driver that runs it once over
# each seed, as the unit test <n>Seeds, so a harness that no longer compiles or a seed that
# crashes shows in the ordinary build.
function(pd_add_fuzz_target)
    cmake_parse_arguments(ARG "" "NAME;SOURCE" "LIBS;SEEDS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCE})
    target_link_libraries(${ARG_NAME} PRIVATE pd_flags ${ARG_LIBS})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin")
    if(PD_FUZZ)
        target_link_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer)
    else()
        target_link_libraries(${ARG_NAME} PRIVATE pd_fuzz_replay)
        add_test(NAME ${ARG_NAME}Seeds COMMAND ${ARG_NAME} ${ARG_SEEDS})
        set_tests_properties(${ARG_NAME}Seeds PROPERTIES LABELS unit TIMEOUT 120
                             ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC")
    endif()
endfunction()

# pd_add_postgres_variant(<Test> [ENV ...]): <Test> once more as <Test>PostgreSQL, with the
# reference servers it starts on PostgreSQL instead of SQLite (a throw-away cluster, see
# scripts/postgres-test-cluster.sh; tests/support/TestDatabase.h). Only where PostgreSQL is
# installed (Debian package postgresql; scripts/setup-deps.sh installs it).
file(GLOB PD_POSTGRES_INITDB /usr/lib/postgresql/*/bin/initdb)
function(pd_add_postgres_variant test)
    cmake_parse_arguments(ARG "" "" "ENV" ${ARGN})
    if(NOT PD_POSTGRES_INITDB)
        message(STATUS "PostgreSQL not installed: ${test}PostgreSQL not registered")
        return()
    endif()
    get_test_property(${test} LABELS labels)
    get_test_property(${test} TIMEOUT timeout)
    add_test(NAME ${test}PostgreSQL
        COMMAND "${PROJECT_SOURCE_DIR}/scripts/postgres-test-cluster.sh" run "$<TARGET_FILE:${test}>")
    set_tests_properties(${test}PostgreSQL PROPERTIES LABELS "${labels}" TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;${ARG_ENV}")
endfunction()
