# SPDX-License-Identifier: GPL-3.0-or-later
#
# STAGECRAFT_VERSION: `git describe --tags --dirty` when the checkout has a tag, otherwise the
# project() version. Evaluated at configure time (re-run CMake after tagging). Consumers link the
# INTERFACE target `stagecraft_version` and either use the STAGECRAFT_VERSION define directly or
# include "stagecraft_version.h".

set(STAGECRAFT_VERSION_STRING "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" describe --tags --dirty
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _stagecraft_git_describe
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET
        RESULT_VARIABLE _stagecraft_git_result)
    if(_stagecraft_git_result EQUAL 0 AND _stagecraft_git_describe)
        string(REGEX REPLACE "^v" "" STAGECRAFT_VERSION_STRING "${_stagecraft_git_describe}")
    endif()
endif()

set(STAGECRAFT_GENERATED_DIR "${PROJECT_BINARY_DIR}/generated")
configure_file("${CMAKE_CURRENT_LIST_DIR}/stagecraft_version.h.in"
               "${STAGECRAFT_GENERATED_DIR}/stagecraft_version.h" @ONLY)

add_library(stagecraft_version INTERFACE)
target_include_directories(stagecraft_version INTERFACE "${STAGECRAFT_GENERATED_DIR}")
target_compile_definitions(stagecraft_version INTERFACE
    "STAGECRAFT_VERSION=\"${STAGECRAFT_VERSION_STRING}\"")
