# The client layer: connection, scheduler, replies, mailbox state.
set(_imap_client_public
    ImapExport.h LibraryInfo.h
    AppendReply.h CapabilityReply.h Client.h Clock.h ClockTimer.h CommandScheduler.h
    CommandTable.h CommandTraits.h ConnectionError.h ConnectionSettings.h EnableReply.h
    FakeClock.h FetchReply.h IdReply.h IdleReply.h ListReply.h MailboxState.h RawReply.h
    Reply.h SearchReply.h SelectReply.h SignalWatch.h StatusReply.h)
set(_imap_client_sources
    LibraryInfo.cpp
    AppendReply.cpp CapabilityReply.cpp Client.cpp Clock.cpp CommandScheduler.cpp
    CommandBuilding_p.h CommandTable.cpp Connection.cpp Connection_p.h ConnectionError.cpp ConnectionSettings.cpp
    EnableReply.cpp FakeClock.cpp FetchReply.cpp IdReply.cpp IdleReply.cpp ListReply.cpp
    MailboxState.cpp RawReply.cpp Reply.cpp SaslAuthenticator.cpp SaslAuthenticator_p.h
    SearchReply.cpp SelectReply.cpp StatusReply.cpp)
foreach(_file IN LISTS _imap_client_public)
    list(APPEND LETTERTRAY_IMAP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_file})
    list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS ${CMAKE_CURRENT_LIST_DIR}/${_file})
endforeach()
foreach(_file IN LISTS _imap_client_sources)
    list(APPEND LETTERTRAY_IMAP_SOURCES ${CMAKE_CURRENT_LIST_DIR}/${_file})
endforeach()
