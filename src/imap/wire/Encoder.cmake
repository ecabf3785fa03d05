# The command encoder and its value types: typed arguments, mUTF-7 mailbox names, sequence
# sets, dates, search keys. (The parser lists its own files in Sources.cmake.)
set(_lettertray_encoder_headers
    ${CMAKE_CURRENT_LIST_DIR}/CommandArgument.h
    ${CMAKE_CURRENT_LIST_DIR}/CommandEncoder.h
    ${CMAKE_CURRENT_LIST_DIR}/EncodedCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapDateTime.h
    ${CMAKE_CURRENT_LIST_DIR}/MailboxName.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchKey.h
    ${CMAKE_CURRENT_LIST_DIR}/SequenceSet.h
)
list(APPEND LETTERTRAY_IMAP_SOURCES
    ${_lettertray_encoder_headers}
    ${CMAKE_CURRENT_LIST_DIR}/CommandArgument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommandEncoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EncodedCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImapDateTime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MailboxName.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchKey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SequenceSet.cpp
)
list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS ${_lettertray_encoder_headers})
unset(_lettertray_encoder_headers)
