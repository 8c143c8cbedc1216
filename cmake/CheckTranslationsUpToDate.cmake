# SPDX-License-Identifier: GPL-3.0-or-later
#
# CTest "translations/lupdate": fails when `update_translations` (lupdate over the sources) would
# change translations/*.ts, i.e. when a tr() string was added, changed or removed without running
# lupdate (and filling the Hindi). Runs lupdate on temporary copies and compares them with the
# committed files, ignoring <location> lines and the whitespace between tags: the project keeps
# relative line numbers, which move with every edit and mean nothing here.
#
#   cmake -DLUPDATE=<lupdate> -DSOURCES_LIST=<file with one source per line> -DINCLUDE_DIR=<dir>
#         -DTS_FILES=<a.ts;b.ts> -DWORK_DIR=<scratch dir> -P CheckTranslationsUpToDate.cmake

foreach(variable IN ITEMS LUPDATE SOURCES_LIST INCLUDE_DIR TS_FILES WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "CheckTranslationsUpToDate: ${variable} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" -silent -locations relative -I "${INCLUDE_DIR}" "@${SOURCES_LIST}"
            -ts ${copies}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

# The file without its <location .../> lines (read whole: a .ts line may hold ';' or '[', which
# CMake lists mangle).
function(strip_locations path out)
    file(READ "${path}" content)
    string(REGEX REPLACE "\n[ \t]*<location [^>]*/>" "" content "${content}")
    # Layout between tags is lupdate's business (fill scripts write plural forms on one line).
    string(REGEX REPLACE ">[ \t\n]+<" "><" content "${content}")
    set(${out} "${content}" PARENT_SCOPE)
endfunction()

set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    strip_locations("${ts}" committed)
    strip_locations("${WORK_DIR}/${name}" updated)
    if(NOT committed STREQUAL updated)
        list(APPEND stale "${name}")
        file(WRITE "${WORK_DIR}/committed-${name}.nolocations" "${committed}")
        file(WRITE "${WORK_DIR}/lupdate-${name}.nolocations" "${updated}")
        message(STATUS "${name} differs; see: diff ${WORK_DIR}/committed-${name}.nolocations "
                       "${WORK_DIR}/lupdate-${name}.nolocations")
    endif()
endforeach()

if(stale)
    message(FATAL_ERROR "Out of date: ${stale}. Run `cmake --build --preset dev --target "
                        "update_translations`, translate the new messages, and commit the .ts "
                        "files (lupdate's result is in ${WORK_DIR}).")
endif()
message(STATUS "translations up to date: ${TS_FILES}")
