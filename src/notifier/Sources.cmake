list(APPEND LETTERTRAY_NOTIFIER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationIdentity.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationIdentity.cpp
)
