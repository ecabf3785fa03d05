# Installation layout and packages (CPack): what `cmake --install` puts where, and how
# `cmake --build <dir> --target package` turns that into .deb, .rpm and .tar.gz files.
#
# Packages (DEB and RPM are split by install component):
#   lettertray            component "app": lettertray, lettertray-imap, liblettertray-imap.so.0,
#                         desktop entry, AppStream metainfo, icons, man pages, docs
#   lettertray-imap-dev   component "dev": headers, the .so link, CMake package, pkg-config
#                         (lettertray-imap-devel for RPM)
# The .tar.gz holds everything in one tree.
#
# Windows (NSIS) and macOS (DragNDrop) are configured at the end; docs/packaging.md says how
# to run windeployqt/macdeployqt and what was verified.

include(GNUInstallDirs)

set(LETTERTRAY_APP_ID io.github.lettertray.Lettertray)
set(LETTERTRAY_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

# --- the library as a development package -------------------------------------------------
include(LettertrayImapInstall)

# --- desktop integration --------------------------------------------------------------------
if(TARGET lettertray)
    install(FILES ${LETTERTRAY_RESOURCES}/desktop/${LETTERTRAY_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
    install(FILES ${LETTERTRAY_RESOURCES}/desktop/${LETTERTRAY_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
    install(FILES ${LETTERTRAY_RESOURCES}/icons/${LETTERTRAY_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
    install(FILES ${LETTERTRAY_RESOURCES}/icons/${LETTERTRAY_APP_ID}-symbolic.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/symbolic/apps COMPONENT app)
    # Monochrome tray icons for panels whose tray takes themed icon names (the running app
    # draws its own, with the unread badge, where it can).
    install(FILES ${LETTERTRAY_RESOURCES}/icons/lettertray-tray-dark-panel.svg
                  ${LETTERTRAY_RESOURCES}/icons/lettertray-tray-light-panel.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/status COMPONENT app)
    # PNG sizes rendered from the SVG at build time (src/app: lettertray-icons).
    get_directory_property(lettertray_icon_sizes DIRECTORY ${PROJECT_SOURCE_DIR}/src/app
                           DEFINITION LETTERTRAY_ICON_SIZES)
    foreach(size IN LISTS lettertray_icon_sizes)
        install(FILES ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${LETTERTRAY_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
    endforeach()
endif()

# --- man pages and Debian docs (compressed, as Debian policy wants) ----------------------
find_program(LETTERTRAY_GZIP gzip)
if(LETTERTRAY_GZIP)
    set(lettertray_gz_files)
    foreach(page lettertray.1 lettertray-imap.1)
        set(out ${PROJECT_BINARY_DIR}/man/${page}.gz)
        add_custom_command(OUTPUT ${out}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
            COMMAND ${LETTERTRAY_GZIP} -9nc ${LETTERTRAY_RESOURCES}/man/${page} > ${out}
            DEPENDS ${LETTERTRAY_RESOURCES}/man/${page} VERBATIM)
        list(APPEND lettertray_gz_files ${out})
        install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
    endforeach()
    set(out ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/debian
        COMMAND ${LETTERTRAY_GZIP} -9nc ${LETTERTRAY_RESOURCES}/debian/changelog > ${out}
        DEPENDS ${LETTERTRAY_RESOURCES}/debian/changelog VERBATIM)
    list(APPEND lettertray_gz_files ${out})
    add_custom_target(lettertray-compressed-docs ALL DEPENDS ${lettertray_gz_files})
    foreach(package lettertray lettertray-imap-dev)
        set(component app)
        if(package STREQUAL "lettertray-imap-dev")
            set(component dev)
        endif()
        install(FILES ${out} ${LETTERTRAY_RESOURCES}/debian/copyright
                DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    endforeach()
endif()

# --- CPack: common --------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME lettertray)
set(CPACK_PACKAGE_VENDOR "The Lettertray developers")
set(CPACK_PACKAGE_CONTACT "The Lettertray developers <lettertray@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# No CPACK_PACKAGE_DESCRIPTION_SUMMARY: CPack would put it before every package's own
# description (lintian: description-synopsis-is-duplicated). The project's DESCRIPTION serves
# the generators that want one summary.
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Lettertray)
set(CPACK_PACKAGE_EXECUTABLES lettertray Lettertray)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/\\\\.cache/")
if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS ZIP)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    else()
        set(CPACK_GENERATOR DEB RPM TGZ)
    endif()
endif()

set(CPACK_COMPONENTS_ALL app dev)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Lettertray")
set(CPACK_COMPONENT_APP_DESCRIPTION "The tray mail notifier and the lettertray-imap command")
set(CPACK_COMPONENT_DEV_DISPLAY_NAME "Lettertray IMAP library development files")
set(CPACK_COMPONENT_DEV_DESCRIPTION "Headers, CMake package and pkg-config file of Lettertray::Imap")
set(CPACK_COMPONENT_DEV_DEPENDS app)

# --- DEB ------------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)              # lettertray_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)                # real dependencies, from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)          # shlibs + ldconfig trigger for our .so
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
# dpkg-shlibdeps must find our own liblettertray-imap.so.0 inside the package being built.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib)

set(CPACK_DEBIAN_APP_PACKAGE_NAME lettertray)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION mail)
# First line: the synopsis; then paragraphs separated by empty lines (CPack indents them).
set(CPACK_DEBIAN_APP_DESCRIPTION "mail notifier for the system tray
Lettertray watches the IMAP folders of several mail accounts from the
system tray. Within a second of new mail arriving it shows who wrote and
what about, with buttons that mark the message read, delete it or open
it. The tray icon shows the number of unread messages. Passwords are kept
in the system keychain.

This package also contains lettertray-imap, a command-line IMAP client,
and the shared Lettertray::Imap library both programs use.")
# The shared library in this package needs the ldconfig trigger (lintian error otherwise).
set(CPACK_DEBIAN_APP_PACKAGE_CONTROL_EXTRA ${LETTERTRAY_RESOURCES}/debian/triggers)
# Qt finds tray icons, the keychain and notifications through these at run time; they are
# not linked, so shlibdeps cannot see them.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-svg-plugins")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "dunst | notification-daemon")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME lettertray-imap-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "qt6-base-dev (>= 6.4)")
set(CPACK_DEBIAN_DEV_PACKAGE_SHLIBDEPS OFF)           # headers and text files only
set(CPACK_DEBIAN_DEV_DESCRIPTION "development files for the Lettertray IMAP library
Lettertray::Imap is an asynchronous IMAP client library for Qt 6: signals
and slots over QSslSocket, one reply object per command, typed responses
and IDLE.

This package contains the headers, the CMake package (find_package
LettertrayImap, target Lettertray::Imap) and the pkg-config file
lettertray-imap.pc.")

# --- RPM ------------------------------------------------------------------------------------
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Not yet chosen")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)                     # rpmbuild computes library requirements
set(CPACK_RPM_APP_PACKAGE_NAME lettertray)
set(CPACK_RPM_APP_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_APP_PACKAGE_SUMMARY "Mail notifier for the system tray")
set(CPACK_RPM_DEV_PACKAGE_NAME lettertray-imap-devel)
set(CPACK_RPM_DEV_PACKAGE_GROUP "Development/Libraries")
set(CPACK_RPM_DEV_PACKAGE_SUMMARY "Development files for the Lettertray IMAP library")
set(CPACK_RPM_DEV_PACKAGE_REQUIRES "lettertray = ${PROJECT_VERSION}")
# Directories every system already owns must not be claimed by our package.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/lib64/cmake /usr/lib/x86_64-linux-gnu
    /usr/lib/x86_64-linux-gnu/cmake /usr/lib/x86_64-linux-gnu/pkgconfig /usr/share/doc
    /usr/include)

# --- TGZ: one tree with everything ----------------------------------------------------------
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# --- Windows: NSIS installer ------------------------------------------------------------------
# Before `cpack -G NSIS`, run windeployqt on the installed lettertray.exe (see
# docs/packaging.md) so Qt's DLLs and plugins are in the install tree.
set(CPACK_NSIS_DISPLAY_NAME Lettertray)
set(CPACK_NSIS_PACKAGE_NAME Lettertray)
set(CPACK_NSIS_MUI_ICON ${LETTERTRAY_RESOURCES}/icons/lettertray.ico)
set(CPACK_NSIS_MUI_UNIICON ${LETTERTRAY_RESOURCES}/icons/lettertray.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/lettertray.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Lettertray.lnk' '$INSTDIR\\\\bin\\\\lettertray.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Lettertray.lnk'")

# --- macOS: DragNDrop disk image ------------------------------------------------------------
# lettertray becomes Lettertray.app when built with MACOSX_BUNDLE (see docs/packaging.md);
# macdeployqt copies Qt's frameworks into the bundle before `cpack -G DragNDrop`.
set(CPACK_DMG_VOLUME_NAME Lettertray)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
