// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SyntaxTree.h"

#include <memory>
#include <string>

namespace stagecraft::model {

/// The tree SyntaxTree::parse(text) returns, built from `previous`, the tree of an earlier
/// version of the text: only the instructions around the bytes that differ are read again; what
/// comes before them is copied and what comes after them copied with its offsets moved. A change
/// that can reach further (the parser directives and the lines up to the second instruction, a
/// line over BuildKit's limit, invalid UTF-8, a file without instructions) gets a whole parse;
/// `incremental`, when given, tells which it was.
[[nodiscard]] std::shared_ptr<const SyntaxTree>
reparse(const SyntaxTree &previous, std::string text, bool *incremental = nullptr);

} // namespace stagecraft::model
