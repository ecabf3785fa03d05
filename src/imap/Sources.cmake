# The client layer: connection, scheduler, replies, mailbox state.
list(APPEND LETTERTRAY_IMAP_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ImapExport.h
    ${CMAKE_CURRENT_LIST_DIR}/LibraryInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/LibraryInfo.cpp
)
list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS
    ${CMAKE_CURRENT_LIST_DIR}/ImapExport.h
    ${CMAKE_CURRENT_LIST_DIR}/LibraryInfo.h
)
