// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/BuildContext.h"
#include "model/Diagnostic.h"
#include "model/DiagnosticCatalog.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <memory>
#include <optional>
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

struct TreeSplice;

/// lint(tree, graph, options) from `previous`, the diagnostics lint(previousTree, previousGraph,
/// options) returned, when `tree` is `previousTree` with `splice` read again (model/
/// IncrementalParse.h), `graph` came from StageGraph::afterSplice() and the options are the same:
/// when the instructions read again are, one for one, of the same kind and keyword, and only
/// RUN, ONBUILD or unknown ones without empty continuation lines (none of the checks but the
/// keyword casing looks at them), the diagnostics outside them are moved and those inside them
/// (the parser's and the casing check's) taken from the new tree. nullopt when it cannot tell
/// (then lint()).
[[nodiscard]] std::optional<std::vector<Diagnostic>>
lintAfterSplice(const std::vector<Diagnostic> &previous, const SyntaxTree &previousTree,
                const SyntaxTree &tree, const TreeSplice &splice);

} // namespace stagecraft::model
