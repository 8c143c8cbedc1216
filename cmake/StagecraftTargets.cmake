# SPDX-License-Identifier: GPL-3.0-or-later
#
# Helpers that implement the layout conventions (docs/architecture.md):
#   model/*.cpp                      -> static lib stagecraft_model (no Qt)
#   engine/*.cpp                     -> static lib stagecraft_engine (Qt Core + Network)
#   common/*.cpp                     -> static lib stagecraft_common (Qt Core; CLI + GUI share it)
#   views/**/*.cpp                   -> static lib stagecraft_views (canvas/, editor/, panels/)
#   app/*.cpp minus main.cpp         -> static lib stagecraft_app; app/main.cpp -> stagecraft
#   cli/*.cpp minus main.cpp         -> static lib stagecraft_cli; cli/main.cpp -> stagecraft-cli
# Sources are globbed with CONFIGURE_DEPENDS, so adding a file needs no CMake edit: the next
# build re-runs the glob and reconfigures.

# stagecraft_glob(<out-var> [RECURSE] <pattern>... [EXCLUDE <file-name>...])
# Globs `pattern`s (relative to the current source dir) into a sorted list of absolute paths;
# with RECURSE, in subdirectories too.
function(stagecraft_glob out_var)
    cmake_parse_arguments(PARSE_ARGV 1 arg "RECURSE" "" "EXCLUDE")
    set(patterns "")
    foreach(pattern IN LISTS arg_UNPARSED_ARGUMENTS)
        list(APPEND patterns "${CMAKE_CURRENT_SOURCE_DIR}/${pattern}")
    endforeach()
    if(arg_RECURSE)
        file(GLOB_RECURSE files CONFIGURE_DEPENDS LIST_DIRECTORIES false ${patterns})
    else()
        file(GLOB files CONFIGURE_DEPENDS LIST_DIRECTORIES false ${patterns})
    endif()
    foreach(excluded IN LISTS arg_EXCLUDE)
        list(FILTER files EXCLUDE REGEX "/${excluded}$")
    endforeach()
    list(SORT files)
    set(${out_var} "${files}" PARENT_SCOPE)
endfunction()

# stagecraft_add_library(<name> SOURCES <files>... [QT] [PUBLIC <libs>...] [PRIVATE <libs>...])
# A static library when `SOURCES` holds at least one .cpp, otherwise an INTERFACE library that
# forwards its PUBLIC dependencies (so a layer that has only headers so far still links).
# The repository root is on the include path: `#include "model/StageGraph.h"`.
function(stagecraft_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "QT" "" "SOURCES;PUBLIC;PRIVATE")
    set(cpp_sources "${arg_SOURCES}")
    list(FILTER cpp_sources INCLUDE REGEX "\\.cpp$")
    if(cpp_sources)
        add_library(${name} STATIC ${arg_SOURCES})
        target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
        target_link_libraries(${name} PUBLIC ${arg_PUBLIC} PRIVATE stagecraft_strict ${arg_PRIVATE})
        set_target_properties(${name} PROPERTIES AUTOMOC ${arg_QT} AUTOUIC OFF AUTORCC OFF)
        if(STAGECRAFT_FUZZ)
            target_compile_options(${name} PRIVATE ${STAGECRAFT_FUZZ_LIBRARY_FLAGS})
        endif()
    else()
        add_library(${name} INTERFACE)
        target_include_directories(${name} INTERFACE "${PROJECT_SOURCE_DIR}")
        target_link_libraries(${name} INTERFACE ${arg_PUBLIC})
        if(arg_SOURCES)
            # Headers only: keep them visible in IDEs.
            target_sources(${name} PRIVATE ${arg_SOURCES})
        endif()
    endif()
endfunction()

# stagecraft_add_executable(<name> SOURCES <files>... LIBS <libs>...)
function(stagecraft_add_executable name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBS")
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE stagecraft_strict ${arg_LIBS})
    set_target_properties(${name} PROPERTIES
        AUTOMOC ON
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
endfunction()
