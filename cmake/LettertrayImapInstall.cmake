# Installs Lettertray::Imap as a development package: the shared library (SONAME
# liblettertray-imap.so.<major>), its public headers under include/lettertray/ (so that
# `#include "imap/LibraryInfo.h"` works as in the source tree), a CMake package
# (find_package(LettertrayImap) → Lettertray::Imap) and a pkg-config file.
#
# Components: the runtime library goes with the "app" component (the program needs it), the
# namelink, headers, CMake and pkg-config files with "dev".
#
# The list of public headers is the library's own (LETTERTRAY_IMAP_PUBLIC_HEADERS in
# src/imap), read here from that directory's scope, so a header added there is installed
# without touching this file.

include(CMakePackageConfigHelpers)

set(LETTERTRAY_QT_MINIMUM_VERSION 6.4)
set(LETTERTRAY_IMAP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/LettertrayImap)

install(TARGETS LettertrayImap
    EXPORT LettertrayImapTargets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT app NAMELINK_COMPONENT dev
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)

get_directory_property(lettertray_imap_headers DIRECTORY ${PROJECT_SOURCE_DIR}/src/imap
                       DEFINITION LETTERTRAY_IMAP_PUBLIC_HEADERS)
foreach(header IN LISTS lettertray_imap_headers)
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR}/src ${header})
    get_filename_component(subdir ${relative} DIRECTORY)
    install(FILES ${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/lettertray/${subdir}
            COMPONENT dev)
endforeach()

install(EXPORT LettertrayImapTargets
    NAMESPACE Lettertray::
    DESTINATION ${LETTERTRAY_IMAP_CMAKE_DIR}
    COMPONENT dev)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/LettertrayImapConfig.cmake.in
    ${PROJECT_BINARY_DIR}/cmake/LettertrayImapConfig.cmake
    INSTALL_DESTINATION ${LETTERTRAY_IMAP_CMAKE_DIR})
# 0.x releases may change the API with every minor version; from 1.0 on, the major counts.
if(PROJECT_VERSION_MAJOR EQUAL 0)
    set(lettertray_imap_compatibility SameMinorVersion)
else()
    set(lettertray_imap_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cmake/LettertrayImapConfigVersion.cmake
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY ${lettertray_imap_compatibility})
install(FILES ${PROJECT_BINARY_DIR}/cmake/LettertrayImapConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/LettertrayImapConfigVersion.cmake
        DESTINATION ${LETTERTRAY_IMAP_CMAKE_DIR}
        COMPONENT dev)

configure_file(${CMAKE_CURRENT_LIST_DIR}/lettertray-imap.pc.in
               ${PROJECT_BINARY_DIR}/pkgconfig/lettertray-imap.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pkgconfig/lettertray-imap.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT dev)
