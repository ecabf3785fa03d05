# SASL mechanisms for AUTHENTICATE, implemented on QtCore/QtNetwork crypto (see Mechanism.h
# for why not GNU SASL).
set(_lettertray_sasl_headers
    ${CMAKE_CURRENT_LIST_DIR}/CramMd5Mechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/Credentials.h
    ${CMAKE_CURRENT_LIST_DIR}/LoginMechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/Mechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/MechanismChooser.h
    ${CMAKE_CURRENT_LIST_DIR}/OAuthBearerMechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/PlainMechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/SaslPrep.h
    ${CMAKE_CURRENT_LIST_DIR}/ScramMechanism.h
    ${CMAKE_CURRENT_LIST_DIR}/SecureMemory.h
    ${CMAKE_CURRENT_LIST_DIR}/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/XOAuth2Mechanism.h
)
list(APPEND LETTERTRAY_IMAP_SOURCES
    ${_lettertray_sasl_headers}
    ${CMAKE_CURRENT_LIST_DIR}/CramMd5Mechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LoginMechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MechanismChooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OAuthBearerMechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlainMechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SaslName_p.h
    ${CMAKE_CURRENT_LIST_DIR}/SaslPrep.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScramMechanism.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecureMemory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XOAuth2Mechanism.cpp
)
list(APPEND LETTERTRAY_IMAP_PUBLIC_HEADERS ${_lettertray_sasl_headers})
unset(_lettertray_sasl_headers)
