# The tray application's classes. Everything but main.cpp goes into a static library so that
# the tests in tests/app link exactly the code the program runs.
list(APPEND LETTERTRAY_APP_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/AppIcon.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AppIcon.h
    ${CMAKE_CURRENT_LIST_DIR}/AppSettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AppSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/Application.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Application.h
    ${CMAKE_CURRENT_LIST_DIR}/Autostart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Autostart.h
    ${CMAKE_CURRENT_LIST_DIR}/CertificateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CertificateDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CommandLine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommandLine.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionTest.h
    ${CMAKE_CURRENT_LIST_DIR}/DoNotDisturb.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DoNotDisturb.h
    ${CMAKE_CURRENT_LIST_DIR}/FallbackWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FallbackWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/MessageFilterProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageFilterProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/MessageListWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageListWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/SelfTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SelfTest.h
    ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SingleInstance.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/Translations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Translations.h
    ${CMAKE_CURRENT_LIST_DIR}/TrayController.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrayController.h
    ${CMAKE_CURRENT_LIST_DIR}/TrayIconEngine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrayIconEngine.h
    ${CMAKE_CURRENT_LIST_DIR}/TrayIconRenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrayIconRenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/WelcomeDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WelcomeDialog.h
)
# Qt Designer forms: AUTOUIC finds them in ui/; listed here for lupdate, not as target sources.
list(APPEND LETTERTRAY_APP_FORMS
    ${PROJECT_SOURCE_DIR}/ui/AboutDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/AccountDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/CertificateDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/WelcomeDialog.ui
)
