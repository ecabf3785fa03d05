list(APPEND LETTERTRAY_NOTIFIER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationIdentity.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationIdentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Account.h
    ${CMAKE_CURRENT_LIST_DIR}/Account.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountStore.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NotificationRules.h
    ${CMAKE_CURRENT_LIST_DIR}/NotificationRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsLocation.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsLocation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.h
    ${CMAKE_CURRENT_LIST_DIR}/SecretStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SrvResolver.h
    ${CMAKE_CURRENT_LIST_DIR}/SrvResolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerDiscovery.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerDiscovery.cpp
)
