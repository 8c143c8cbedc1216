# SPDX-License-Identifier: GPL-3.0-or-later
#
# Packaging, part 2: install rules and CPack (the icons and bundle settings are in
# packaging/CMakeLists.txt). packaging/README.md has the commands for each platform:
#   Linux    cpack -G DEB / -G TGZ   /usr/bin, desktop entry, metainfo, MIME type, hicolor icons;
#                                    Depends from dpkg-shlibdeps plus fonts-noto-core
#   macOS    cpack -G DragNDrop      Stagecraft.app (macdeployqt) with stagecraft-cli inside
#   Windows  cpack -G NSIS           bin\ (windeployqt), Start-menu entry, .dockerfile association

include(GNUInstallDirs)

# tests/app/tst_packaging.cpp checks the files below and the rendered icons.
if(TARGET app_tst_packaging)
    add_dependencies(app_tst_packaging stagecraft_icons)
    target_compile_definitions(app_tst_packaging PRIVATE
        "STAGECRAFT_APP_ID=\"${STAGECRAFT_APP_ID}\""
        "STAGECRAFT_SOURCE_DIR=\"${PROJECT_SOURCE_DIR}\""
        "STAGECRAFT_PACKAGING_DIR=\"${PROJECT_SOURCE_DIR}/packaging\""
        "STAGECRAFT_ICONS_DIR=\"${STAGECRAFT_ICONS_DIR}\""
        "STAGECRAFT_PROJECT_VERSION=\"${PROJECT_VERSION}\"")
endif()

if(NOT TARGET stagecraft OR NOT TARGET stagecraft-cli)
    return()
endif()

# --- Version for the packages -----------------------------------------------------------------
# A tagged checkout gives `git describe` output (0.1.0, or 0.1.0-12-gabc1234[-dirty] after the
# tag); Debian and NSIS want a plain version, so the part after the tag becomes +12.gabc1234.
set(STAGECRAFT_PACKAGE_VERSION "${STAGECRAFT_VERSION_STRING}")
if(STAGECRAFT_PACKAGE_VERSION MATCHES "^([0-9]+\\.[0-9]+\\.[0-9]+)-(.+)$")
    string(REPLACE "-" "." _stagecraft_local "${CMAKE_MATCH_2}")
    set(STAGECRAFT_PACKAGE_VERSION "${CMAKE_MATCH_1}+${_stagecraft_local}")
endif()

# --- Install rules ----------------------------------------------------------------------------
if(APPLE)
    # The bundle at the top of the DMG; the CLI inside it, next to the GUI, sharing its Qt.
    install(TARGETS stagecraft BUNDLE DESTINATION . COMPONENT Runtime)
    install(TARGETS stagecraft-cli RUNTIME DESTINATION Stagecraft.app/Contents/MacOS
            COMPONENT Runtime)
else()
    install(TARGETS stagecraft stagecraft-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
            COMPONENT Runtime)
    # On Linux the `stagecraft-cli` front executes the full CLI next to it (cli/CMakeLists.txt).
    if(TARGET stagecraft-cli-full)
        install(TARGETS stagecraft-cli-full RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
                COMPONENT Runtime)
    endif()
endif()

if(UNIX AND NOT APPLE)
    set(linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
    install(FILES "${linux_dir}/${STAGECRAFT_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/applications" COMPONENT Runtime)
    install(FILES "${linux_dir}/${STAGECRAFT_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/metainfo" COMPONENT Runtime)
    install(FILES "${linux_dir}/${STAGECRAFT_APP_ID}.mime.xml"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/mime/packages"
            RENAME "${STAGECRAFT_APP_ID}.xml" COMPONENT Runtime)
    install(FILES "${STAGECRAFT_ICON_SVG}"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps"
            RENAME "${STAGECRAFT_APP_ID}.svg" COMPONENT Runtime)
    foreach(size IN LISTS STAGECRAFT_ICON_SIZES)
        install(FILES "${STAGECRAFT_ICONS_DIR}/hicolor/${size}x${size}/apps/${STAGECRAFT_APP_ID}.png"
                DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps"
                COMPONENT Runtime)
    endforeach()
    # Debian's copyright file (machine-readable), and the licence itself for the .tar.gz.
    install(FILES "${linux_dir}/copyright"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/stagecraft" COMPONENT Runtime)
endif()

# --- Qt deployment on macOS and Windows (the Linux packages use the distribution's Qt) ---------
if(APPLE OR WIN32)
    get_target_property(_stagecraft_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_stagecraft_qt_bin "${_stagecraft_qmake}" DIRECTORY)
    if(APPLE)
        find_program(STAGECRAFT_MACDEPLOYQT macdeployqt HINTS "${_stagecraft_qt_bin}" REQUIRED)
        # -executable: fix the CLI's library paths too, so it runs from inside the bundle.
        install(CODE "
            set(app \"\${CMAKE_INSTALL_PREFIX}/Stagecraft.app\")
            execute_process(
                COMMAND \"${STAGECRAFT_MACDEPLOYQT}\" \"\${app}\"
                        \"-executable=\${app}/Contents/MacOS/stagecraft-cli\" -always-overwrite
                RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed (\${result})\")
            endif()" COMPONENT Runtime)
    else()
        find_program(STAGECRAFT_WINDEPLOYQT windeployqt HINTS "${_stagecraft_qt_bin}" REQUIRED)
        # Both executables share bin\: one windeployqt run over both copies what they need.
        install(CODE "
            set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            execute_process(
                COMMAND \"${STAGECRAFT_WINDEPLOYQT}\" --no-compiler-runtime --no-opengl-sw
                        --no-system-d3d-compiler --translations en,hi
                        \"\${bin}/stagecraft.exe\" \"\${bin}/stagecraft-cli.exe\"
                RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed (\${result})\")
            endif()" COMPONENT Runtime)
        # The MSVC runtime DLLs next to the executables.
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT Runtime)
        include(InstallRequiredSystemLibraries)
    endif()
endif()

# --- CPack ------------------------------------------------------------------------------------
set(STAGECRAFT_PACKAGE_CONTACT
    "The Stagecraft developers <https://github.com/stagecraft/stagecraft/issues>"
    CACHE STRING "Maintainer of the packages (Debian Maintainer field)")

# Values reach CPackConfig.cmake escaped: the NSIS registry paths below keep their backslashes
# and $INSTDIR as written.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "stagecraft")
set(CPACK_PACKAGE_VENDOR "The Stagecraft developers")
set(CPACK_PACKAGE_CONTACT "${STAGECRAFT_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${STAGECRAFT_PACKAGE_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Stagecraft shows a Dockerfile as a graph of build stages and as text, side by side, and
keeps both in step: edit either one and the other follows. It lints with BuildKit's check
names, offers fix-its, and comes with stagecraft-cli to parse, lint, edit, render and build
Dockerfiles through the Docker Engine. English and Hindi user interface.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Stagecraft")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_PACKAGE_EXECUTABLES "stagecraft;Stagecraft")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Debian: Depends computed by dpkg-shlibdeps (Qt, libarchive, libstdc++ …), plus what no ELF
# file names: fonts with Devanagari glyphs for the Hindi interface.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # stagecraft_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker.io")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# .tar.gz (and the DMG and NSIS file names): stagecraft-<version>-<system>-<cpu>; the archive
# holds bin/ and share/ under a directory of that name.
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# macOS: a drag-and-drop disk image with Stagecraft.app and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Stagecraft ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON "${STAGECRAFT_ICONS_DIR}/${STAGECRAFT_APP_ID}.icns") # volume icon
endif()

# Windows: NSIS installer, Start-menu entry (CPACK_PACKAGE_EXECUTABLES), optional PATH entry for
# stagecraft-cli, and the .dockerfile / .containerfile association (a ProgID opened by
# stagecraft.exe). Files named exactly "Dockerfile" have no extension to associate: they open
# by "Open with" or by dropping them on the window.
set(CPACK_NSIS_PACKAGE_NAME "Stagecraft")
set(CPACK_NSIS_DISPLAY_NAME "Stagecraft ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_MUI_ICON "${STAGECRAFT_ICONS_DIR}/${STAGECRAFT_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${STAGECRAFT_ICONS_DIR}/${STAGECRAFT_APP_ID}.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\stagecraft.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "stagecraft.exe")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\Stagecraft.Dockerfile" "" "Dockerfile"
  WriteRegStr HKLM "Software\Classes\Stagecraft.Dockerfile\DefaultIcon" "" "$INSTDIR\bin\stagecraft.exe,0"
  WriteRegStr HKLM "Software\Classes\Stagecraft.Dockerfile\shell\open\command" "" '"$INSTDIR\bin\stagecraft.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.dockerfile\OpenWithProgids" "Stagecraft.Dockerfile" ""
  WriteRegStr HKLM "Software\Classes\.containerfile\OpenWithProgids" "Stagecraft.Dockerfile" ""
  WriteRegStr HKLM "Software\Classes\Applications\stagecraft.exe\shell\open\command" "" '"$INSTDIR\bin\stagecraft.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM "Software\Classes\Stagecraft.Dockerfile"
  DeleteRegValue HKLM "Software\Classes\.dockerfile\OpenWithProgids" "Stagecraft.Dockerfile"
  DeleteRegValue HKLM "Software\Classes\.containerfile\OpenWithProgids" "Stagecraft.Dockerfile"
  DeleteRegKey HKLM "Software\Classes\Applications\stagecraft.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

if(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

include(CPack)
