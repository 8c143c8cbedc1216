// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SyntaxTree.h"

#include <string>
#include <string_view>

namespace stagecraft::model {

/// The AST dump BuildKit's parser test prints (`AST.Dump() + "\n"`), byte for byte.
[[nodiscard]] std::string buildkitDump(const SyntaxTree &tree);

/// Go's strconv.Quote of `s` (UTF-8; invalid bytes become \xHH).
[[nodiscard]] std::string goQuote(std::string_view s);

} // namespace stagecraft::model
