# `lettertray-imap parse` and the typed-response -> JSON mapping (reused by other commands).
list(APPEND LETTERTRAY_CLI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ParseCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ParseCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResponseJson.h
    ${CMAKE_CURRENT_LIST_DIR}/ResponseJson.cpp
)
