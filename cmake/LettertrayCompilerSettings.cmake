# Compiler settings shared by every target of the project.

find_program(LETTERTRAY_CCACHE ccache)
if(LETTERTRAY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${LETTERTRAY_CCACHE})
endif()

set(CMAKE_CXX_VISIBILITY_PRESET hidden)
set(CMAKE_VISIBILITY_INLINES_HIDDEN ON)

add_compile_options(-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
                    -Wimplicit-fallthrough)
if(LETTERTRAY_WERROR)
    add_compile_options(-Werror)
endif()

# Qt: no implicit ASCII casts, no deprecated API, no keywords that collide with other libraries.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
                        QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
                        QT_DISABLE_DEPRECATED_UP_TO=0x060400
                        LETTERTRAY_VERSION="${PROJECT_VERSION}")

if(LETTERTRAY_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    # Sanitizer reports need file and line, not full debug info: line tables alone make the
    # CI build (hundreds of test objects on 2 cores) compile and link markedly faster.
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        add_compile_options(-gline-tables-only)
    endif()
    add_link_options(-fsanitize=address,undefined)
endif()

if(LETTERTRAY_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LETTERTRAY_BUILD_FUZZERS needs clang (libFuzzer)")
endif()
