# The full command set and extensions (issue 5): one small reply class per command family,
# the Client methods in ClientCommands.cpp, NOTIFY and COMPRESS=DEFLATE.
set(_imap_commands_public
    AclReply.h CopyReply.h ESearchReply.h MailboxListReply.h MetadataReply.h
    NamespaceReply.h NotifyWatcher.h QuotaReply.h SortReply.h ThreadReply.h)
set(_imap_commands_sources
    AclReply.cpp ClientCommands.cpp CompressionLayer.cpp CompressionLayer.h CopyReply.cpp ESearchReply.cpp
    MailboxListReply.cpp MetadataReply.cpp NamespaceReply.cpp NotifyWatcher.cpp QuotaReply.cpp
    SortReply.cpp ThreadReply.cpp)
foreach(_file IN LISTS _imap_commands_public)
    list(APPEND LETTERTRAY_IMAP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_file})
    list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS ${CMAKE_CURRENT_LIST_DIR}/${_file})
endforeach()
foreach(_file IN LISTS _imap_commands_sources)
    list(APPEND LETTERTRAY_IMAP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_file})
endforeach()

# COMPRESS=DEFLATE needs zlib. This file is read before the library target exists, so the
# link is deferred to the end of this directory (CMake >= 3.19).
find_package(ZLIB REQUIRED)
cmake_language(DEFER CALL target_link_libraries LettertrayImap PRIVATE ZLIB::ZLIB)
