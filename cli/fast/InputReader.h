// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stagecraft::cli::fast {

/// Files larger than this (64 MiB, common::FileLoader::MaxSize) are refused.
inline constexpr std::size_t maxInputSize = std::size_t(64) * 1024 * 1024;

/// Standard input, read to its end (at most maxInputSize + 1 bytes, as common::FileLoader does).
struct StandardInput
{
    std::string bytes;
    bool failed = false; ///< a read failed (what came before it is in `bytes`)
};

/// Reads standard input (file descriptor 0).
[[nodiscard]] StandardInput readStandardInput();

/// The bytes of the regular file at `path`, read with one read() when it holds still; nullopt
/// when it is not a regular file, cannot be opened or read, or is not acceptableInput() — every
/// case in which common::FileLoader refuses it (the full CLI then says why) or reads it in a way
/// of its own (a FIFO, a device).
[[nodiscard]] std::optional<std::string> readRegularFile(const std::string &path);

/// True when common::FileLoader would accept `bytes`: at most 64 MiB, and not binary.
[[nodiscard]] bool acceptableInput(std::string_view bytes);

} // namespace stagecraft::cli::fast
