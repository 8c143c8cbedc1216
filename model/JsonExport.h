// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace stagecraft::model {

/// Returns the human message for a diagnostic (the app supplies its translated table).
using DiagnosticMessageFunction = std::function<std::string(const Diagnostic &)>;

/// `{"start":{"line","column"},"end":{"line","column"}}`: 1-based lines, 1-based columns in
/// Unicode code points; `end` is exclusive (the position just after the last byte).
[[nodiscard]] nlohmann::ordered_json rangeToJson(const SyntaxTree &tree, Range range);

/// One diagnostic: `{"code","severity","message","range","args","fix"}`. `fix` is
/// `{"edits":[{"range","replacement"}]}` or null. `message` is omitted when `message` is empty.
[[nodiscard]] nlohmann::ordered_json
diagnosticToJson(const SyntaxTree &tree, const Diagnostic &diagnostic, std::string_view message);

/// The `parse` shape: file, escape, bom, directives, instructions (keyword, kind, flags,
/// arguments, json, heredocs, range, sub) and the tree's diagnostics.
[[nodiscard]] nlohmann::ordered_json
syntaxTreeToJson(const SyntaxTree &tree, std::string_view fileName,
                 const DiagnosticMessageFunction &message = {});

/// One instruction as in syntaxTreeToJson() (ONBUILD's inner instruction under "sub").
[[nodiscard]] nlohmann::ordered_json instructionToJson(const SyntaxTree &tree,
                                                       const Instruction &instruction);

/// The `graph` shape: `{"stages":[{"index","name","base","baseStage","platform","line"}],
/// "edges":[{"kind","from","to","line"}],"target","needed"}`. `from` is a stage index or
/// "image:<ref>"; absent name/baseStage/platform and a missing target are null.
[[nodiscard]] nlohmann::ordered_json stageGraphToJson(const StageGraph &graph, int target);

/// Serialises `value` as UTF-8 text and never throws: invalid UTF-8 in strings becomes U+FFFD.
/// `indent` < 0 gives the compact form. No trailing newline.
[[nodiscard]] std::string jsonText(const nlohmann::ordered_json &value, int indent = 2);

} // namespace stagecraft::model
