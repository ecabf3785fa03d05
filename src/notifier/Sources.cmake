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
)
