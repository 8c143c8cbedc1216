// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Without Qt: shared by common/FileLoader and the Qt-free `stagecraft-cli` front (cli/fast/).

#include <cstddef>
#include <string_view>

namespace stagecraft::common {

/// How many leading bytes looksBinary() looks at (8 KiB).
inline constexpr std::size_t binarySniffSize = 8 * 1024;

/// True when `head` (the first bytes of a file; only the first binarySniffSize count) starts with
/// the magic number of a common binary format or a tar header, or when more than 30% of those
/// bytes are control bytes. The rule is documented on common::FileLoader.
[[nodiscard]] bool looksBinary(std::string_view head);

} // namespace stagecraft::common
