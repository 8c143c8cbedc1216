// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace stagecraft::model {

/// A unified diff (as `diff -u` writes it) of two texts, line by line, with `context` lines
/// around each change. Empty when the texts are equal. Lines keep their own line ends; a last
/// line without one is followed by "\ No newline at end of file".
[[nodiscard]] std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                                      std::string_view oldName, std::string_view newName,
                                      int context = 3);

} // namespace stagecraft::model
