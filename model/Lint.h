// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "StageGraph.h"
#include "SyntaxTree.h"

#include <string_view>
#include <vector>

namespace stagecraft::model {

struct LintOptions
{
    int target = -1; ///< stage the build targets; -1 = the default target (last stage)
};

/// Every diagnostic for a file: the tree's syntax diagnostics, the graph's, and the checks
/// (BuildKit's check names where one exists). Sorted by range.begin, then code.
[[nodiscard]] std::vector<Diagnostic> lint(const SyntaxTree &tree, const StageGraph &graph,
                                           const LintOptions &options = {});

/// Static facts about a diagnostic code, for documentation, SARIF rules and the UI.
struct DiagnosticInfo
{
    std::string_view code;
    Severity severity;
    std::string_view summary; ///< one-line English summary (the UI translates its own copy)
    std::string_view url;     ///< documentation link (BuildKit's rule page, or ours)
};

/// All codes the model can emit, in a stable order.
[[nodiscard]] const std::vector<DiagnosticInfo> &diagnosticCatalog();
/// Info for one code, or nullptr.
[[nodiscard]] const DiagnosticInfo *diagnosticInfo(std::string_view code);

} // namespace stagecraft::model
