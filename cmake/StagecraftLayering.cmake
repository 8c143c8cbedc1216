# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layers of docs/architecture.md, enforced: after every target exists, each library's link
# closure (what it links, directly or through other targets) is checked against the table below
# and the configure step fails on a violation. The closures are also written to
# ${PROJECT_BINARY_DIR}/layering/links.txt, which the CTest layering/links checks again, next to
# layering/includes (the same rules over the sources' #include lines; cmake/CheckLayering.cmake).
#
#   target              must not link
#   stagecraft_model    anything Qt
#   stagecraft_engine   Qt Gui, Widgets, Charts, Svg; views, common, app, cli
#   stagecraft_common   Qt Gui, Widgets, Charts, Svg; views, app, cli
#   stagecraft_views    the engine, common, app, cli; Qt Network
#   stagecraft_cli      Qt Gui, Widgets, Charts, Svg; views, app
#   stagecraft-cli      the same as stagecraft_cli (on Linux the Qt-free front: see cli/)
#   stagecraft-cli-full the same as stagecraft_cli

set(STAGECRAFT_LAYER_RULES
    "stagecraft_model|Qt6?::.*"
    "stagecraft_engine|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|common|app|cli)"
    "stagecraft_common|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app|cli)"
    "stagecraft_views|stagecraft_(engine|common|app|cli)|Qt6?::Network"
    "stagecraft_cli|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app)"
    "stagecraft-cli|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app)"
    "stagecraft-cli-full|Qt6?::(Gui|Widgets|Charts|Svg|OpenGLWidgets)|stagecraft_(views|app)")

# stagecraft_link_closure(<target> <out-var>): every target `target` links, directly or through
# the targets it links (their INTERFACE_LINK_LIBRARIES), generator expressions such as
# $<LINK_ONLY:…> unwrapped. Plain library files and flags are left out.
function(stagecraft_link_closure target out_var)
    set(seen "")
    set(queue "${target}")
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET "${current}")
            continue()
        endif()
        get_target_property(aliased "${current}" ALIASED_TARGET)
        if(aliased)
            set(current "${aliased}")
        endif()
        set(links "")
        get_target_property(type "${current}" TYPE)
        get_target_property(imported "${current}" IMPORTED)
        if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct "${current}" LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(interface "${current}" INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND links ${interface})
        endif()
        foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(link MATCHES "^\\$<" OR link MATCHES "^-" OR NOT TARGET "${link}")
                continue()
            endif()
            get_target_property(link_aliased "${link}" ALIASED_TARGET)
            if(link_aliased)
                set(link "${link_aliased}")
            endif()
            if(NOT link IN_LIST seen AND NOT link STREQUAL target)
                list(APPEND seen "${link}")
                list(APPEND queue "${link}")
            endif()
        endforeach()
    endwhile()
    list(SORT seen)
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

# stagecraft_check_layering(): checks every rule's target (those that exist), fails the
# configure step on a violation, and writes layering/links.txt ("target|link,link,…" per line).
function(stagecraft_check_layering)
    set(report "")
    set(violations "")
    foreach(rule IN LISTS STAGECRAFT_LAYER_RULES)
        string(FIND "${rule}" "|" bar)
        string(SUBSTRING "${rule}" 0 ${bar} target)
        math(EXPR start "${bar} + 1")
        string(SUBSTRING "${rule}" ${start} -1 forbidden)
        if(NOT TARGET "${target}")
            continue()
        endif()
        stagecraft_link_closure("${target}" closure)
        list(JOIN closure "," joined)
        string(APPEND report "${target}|${joined}\n")
        foreach(link IN LISTS closure)
            if(link MATCHES "^(${forbidden})$")
                list(APPEND violations "${target} links ${link}")
            endif()
        endforeach()
    endforeach()
    file(WRITE "${PROJECT_BINARY_DIR}/layering/links.txt" "${report}")
    if(violations)
        list(JOIN violations "\n  " lines)
        message(FATAL_ERROR "Layering violated (see cmake/StagecraftLayering.cmake):\n  ${lines}")
    endif()
endfunction()
