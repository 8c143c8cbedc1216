# SPDX-License-Identifier: GPL-3.0-or-later
#
# stagecraft_strict: the one INTERFACE target that carries the house warnings and the strict Qt
# defines (STYLE.md, habit 9). Every first-party target links it PRIVATE, the model library
# included: the Qt defines are inert there, and the warnings are the point.

add_library(stagecraft_strict INTERFACE)
add_library(Stagecraft::strict ALIAS stagecraft_strict)

target_compile_definitions(stagecraft_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(stagecraft_strict INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual)
    if(STAGECRAFT_WERROR)
        target_compile_options(stagecraft_strict INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(stagecraft_strict INTERFACE /W4 /permissive- /utf-8)
    if(STAGECRAFT_WERROR)
        target_compile_options(stagecraft_strict INTERFACE /WX)
    endif()
endif()

# --- Sanitizers (asan preset) -----------------------------------------------------------------
# Applied to every target in the tree so that instrumented and uninstrumented code never mix
# inside one binary (Qt itself stays uninstrumented, which ASan tolerates).
if(STAGECRAFT_SANITIZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "STAGECRAFT_SANITIZERS needs GCC or Clang")
    endif()
    add_compile_options(-fsanitize=${STAGECRAFT_SANITIZERS} -fno-omit-frame-pointer
                        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${STAGECRAFT_SANITIZERS})
endif()

# --- Fuzzing (fuzz preset) --------------------------------------------------------------------
# The libraries get coverage instrumentation without libFuzzer's main; only the fuzz executables
# link the fuzzer runtime (see tests/fuzz/CMakeLists.txt).
set(STAGECRAFT_FUZZ_LIBRARY_FLAGS "")
set(STAGECRAFT_FUZZ_EXECUTABLE_FLAGS "")
if(STAGECRAFT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "STAGECRAFT_FUZZ needs clang (use the fuzz preset)")
    endif()
    set(STAGECRAFT_FUZZ_LIBRARY_FLAGS
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    set(STAGECRAFT_FUZZ_EXECUTABLE_FLAGS
        -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
endif()
