# Test support library (owned by the test harness): the scripted IMAP server, generated test
# certificates, the Dovecot fixture and the probes of the real desktop services.
list(APPEND LETTERTRAY_TEST_SUPPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/DovecotFixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DovecotFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/ImapScript.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImapScript.h
    ${CMAKE_CURRENT_LIST_DIR}/NotificationDaemonProbe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotificationDaemonProbe.h
    ${CMAKE_CURRENT_LIST_DIR}/OAuthStandIn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OAuthStandIn.h
    ${CMAKE_CURRENT_LIST_DIR}/ScriptDeflate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptDeflate.h
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedImapServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedImapServer.h
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedSession.h
    ${CMAKE_CURRENT_LIST_DIR}/ServiceRequirement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceRequirement.h
    ${CMAKE_CURRENT_LIST_DIR}/TestCertificates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TestCertificates.h
)
