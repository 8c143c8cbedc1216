// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/fast/InputReader.h"

#include <optional>

namespace stagecraft::cli::fast {

/// The file name of the full CLI (cli/main.cpp: Qt Core, the engine, translations), installed
/// next to `stagecraft-cli`.
inline constexpr const char *fullCliName = "stagecraft-cli-full";

/// Replaces this process with the full CLI found next to this executable, with the same
/// arguments (`argv[0]` included) and environment. When the front has read standard input, the
/// full CLI gets the same bytes on its standard input again (or, after a read error, an input
/// that fails to read as well). Returns only when that fails, with the exit code to use after
/// writing why to standard error.
[[nodiscard]] int runFullCli(char *argv[], const std::optional<StandardInput> &standardInput);

} // namespace stagecraft::cli::fast
