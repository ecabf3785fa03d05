# lettertray_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [LABELS <labels...>]
#                     [TIMEOUT <seconds>] [GUI])
#
# One Qt Test executable per class or feature. Test names say which real part a test needs
# (dovecot_*, keychain_*, notification_*, app_xvfb_*), so the ctest summary shows what ran.
# Non-GUI tests run on the offscreen platform; GUI tests use the DISPLAY the session harness
# (scripts/lib/session.sh) provides.
function(lettertray_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "LETTERTRAY_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "LETTERTRAY_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(NOT ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}"
                         ENVIRONMENT "${env}")
endfunction()
