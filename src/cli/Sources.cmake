# lettertray-imap's client commands (capability, login, list, select, fetch, idle, raw, ...).
list(APPEND LETTERTRAY_CLI_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ClientCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientCommand.cpp
)
