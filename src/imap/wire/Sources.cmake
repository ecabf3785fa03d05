# The wire layer, parser half: typed responses, the incremental parser and its limits, and the
# writer that turns typed responses back into bytes (test servers, round-trip fuzzing).
list(APPEND LETTERTRAY_IMAP_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ParserLimits.h
    ${CMAKE_CURRENT_LIST_DIR}/Response.h
    ${CMAKE_CURRENT_LIST_DIR}/Response.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResponseFramer.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseGrammar.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseGrammar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResponseParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResponseWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseWriter.cpp
)
list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS
    ${CMAKE_CURRENT_LIST_DIR}/ParserLimits.h
    ${CMAKE_CURRENT_LIST_DIR}/Response.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseWriter.h
)
