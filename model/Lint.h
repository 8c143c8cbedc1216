// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/BuildContext.h"
#include "model/Diagnostic.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <memory>
#include <string_view>
#include <vector>

namespace stagecraft::model {

struct LintOptions
{
    LintOptions() = default;
    /// Options for a build of stage `targetStage` (-1: the last stage).
    explicit LintOptions(int targetStage)
        : target(targetStage)
    { }

    int target = -1; ///< stage the build targets; -1 = the default target (last stage)
    /// The build context listing, for the checks that look at files (SecretInContext,
    /// CopySourceMissing, CopySourceExcluded); null: those checks are off.
    std::shared_ptr<const BuildContext> context;
};

/// Every diagnostic for a file: the tree's syntax diagnostics, the graph's, the checks
/// (BuildKit's check names where one exists) and the multi-stage advice (model/Advice.h).
/// Sorted by range.begin, then code.
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
