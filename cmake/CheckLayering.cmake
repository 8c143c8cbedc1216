# SPDX-License-Identifier: GPL-3.0-or-later
#
# CTests layering/includes and layering/links: the layers of docs/architecture.md.
#
#   cmake -DSOURCE_DIR=<repository or a tree shaped like it> -P CheckLayering.cmake
#       fails on an #include that crosses a layer the wrong way:
#         model/   -> app/, cli/, common/, engine/, views/, or any Qt header
#         engine/  -> app/, cli/, common/, views/, or a Qt Gui/Widgets/Charts/Svg header
#         common/  -> app/, cli/, views/, or a Qt Gui/Widgets/Charts/Svg header
#         views/   -> app/, cli/, common/, engine/
#         cli/     -> app/, views/, or a Qt Gui/Widgets/Charts/Svg header
#       (and on any "../" include, which would hide the layer).
#   cmake -DLINKS_FILE=<build>/layering/links.txt -P CheckLayering.cmake
#       fails when a target's link closure (written at configure time by
#       cmake/StagecraftLayering.cmake) holds what its layer must not link.
#   -DEXPECT=<file> turns the check around, for testing it: it succeeds only when the problems
#       found are exactly the lines of <file> (tests/data/layering/ breaks each rule once).

cmake_minimum_required(VERSION 3.25) # policies (IN_LIST) for a -P script

set(gui_headers "QtGui/|QtWidgets/|QtCharts/|QtSvg/|QtSvgWidgets/|QApplication|QGuiApplication|QWidget|QPainter|QPixmap|QImage|QColor|QFont|QIcon|QPalette|QGraphics|QChart|QSvg")
set(include_rules
    "model|\"(app|cli|common|engine|views)/|<Q"
    "engine|\"(app|cli|common|views)/|<(${gui_headers})"
    "common|\"(app|cli|views)/|<(${gui_headers})"
    "views|\"(app|cli|common|engine)/"
    "cli|\"(app|views)/|<(${gui_headers})")

set(problems "")

if(DEFINED SOURCE_DIR)
    foreach(rule IN LISTS include_rules)
        string(FIND "${rule}" "|" bar)
        string(SUBSTRING "${rule}" 0 ${bar} layer)
        math(EXPR start "${bar} + 1")
        string(SUBSTRING "${rule}" ${start} -1 forbidden)
        file(GLOB_RECURSE sources LIST_DIRECTORIES false
             "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
        list(SORT sources)
        foreach(source IN LISTS sources)
            file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
            file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*" "" target "${line}")
                string(REGEX MATCH "^[<\"][^>\"]*[>\"]" target "${target}")
                if(target MATCHES "^(${forbidden})" OR target MATCHES "\\.\\./")
                    list(APPEND problems "${name}: #include ${target} (${layer}/ must not)")
                endif()
            endforeach()
        endforeach()
    endforeach()
endif()

if(DEFINED LINKS_FILE)
    # The rules of cmake/StagecraftLayering.cmake, checked again on what the build links.
    set(link_rules
        "stagecraft_model|Qt6?::.*"
        "stagecraft_engine|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|common|app|cli)"
        "stagecraft_common|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app|cli)"
        "stagecraft_views|stagecraft_(engine|common|app|cli)|Qt6?::Network"
        "stagecraft_cli|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app)"
        "stagecraft-cli|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app)")
    if(NOT EXISTS "${LINKS_FILE}")
        message(FATAL_ERROR "${LINKS_FILE} is missing: configure the build first")
    endif()
    file(STRINGS "${LINKS_FILE}" entries)
    set(checked "")
    foreach(entry IN LISTS entries)
        string(FIND "${entry}" "|" bar)
        string(SUBSTRING "${entry}" 0 ${bar} target)
        math(EXPR start "${bar} + 1")
        string(SUBSTRING "${entry}" ${start} -1 closure)
        string(REPLACE "," ";" closure "${closure}")
        list(APPEND checked "${target}")
        foreach(rule IN LISTS link_rules)
            if(NOT rule MATCHES "^${target}\\|")
                continue()
            endif()
            string(LENGTH "${target}|" skip)
            string(SUBSTRING "${rule}" ${skip} -1 forbidden)
            foreach(link IN LISTS closure)
                if(link MATCHES "^(${forbidden})$")
                    list(APPEND problems "${target} links ${link}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    foreach(required IN ITEMS stagecraft_model stagecraft_engine stagecraft_views stagecraft_cli)
        if(NOT required IN_LIST checked)
            list(APPEND problems "${LINKS_FILE} does not list ${required}")
        endif()
    endforeach()
endif()

if(DEFINED EXPECT)
    file(STRINGS "${EXPECT}" expected)
    set(missing "")
    foreach(line IN LISTS expected)
        if(NOT line IN_LIST problems)
            list(APPEND missing "${line}")
        endif()
    endforeach()
    set(unexpected "")
    foreach(line IN LISTS problems)
        if(NOT line IN_LIST expected)
            list(APPEND unexpected "${line}")
        endif()
    endforeach()
    if(missing OR unexpected)
        list(JOIN missing "\n  " missing_text)
        list(JOIN unexpected "\n  " unexpected_text)
        message(FATAL_ERROR "The layering check missed:\n  ${missing_text}\n"
                            "and reported what it should not:\n  ${unexpected_text}")
    endif()
    list(LENGTH problems count)
    message(STATUS "layering: all ${count} planted violations reported")
    return()
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering violated:\n  ${text}")
endif()
message(STATUS "layering: ok")
