// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// What every check reads and where it reports (internal to the model): the tree, the graph,
/// the options, and the diagnostics found so far. Lint's checks (model/Lint.cpp) and the
/// multi-stage advice (model/Advice.cpp) run over one context per lint().
class CheckContext
{
public:
    CheckContext(const SyntaxTree &tree, const StageGraph &graph, const LintOptions &options);

    [[nodiscard]] const SyntaxTree &tree() const { return m_tree; }
    [[nodiscard]] const StageGraph &graph() const { return m_graph; }
    [[nodiscard]] const LintOptions &options() const { return m_options; }
    /// The source text (UTF-8).
    [[nodiscard]] const std::string &text() const { return m_text; }
    /// The escape character (`# escape=` directive, else '\').
    [[nodiscard]] char escape() const { return m_escape; }
    /// Instruction `index` of the tree (must be in range).
    [[nodiscard]] const Instruction &instruction(int index) const;
    /// The source bytes of `range`; empty when the range is not inside the text.
    [[nodiscard]] std::string_view source(Range range) const;
    /// The stage a build targets: options().target when it names a stage, else the last stage
    /// (-1 when there are none).
    [[nodiscard]] int target() const;

    /// Reports `code` at `range` with the code's catalog severity (warning when it has none).
    /// A fix's edits are kept sorted by position.
    void add(std::string_view code, Range range, std::vector<std::string> args,
             std::optional<FixIt> fix = std::nullopt);
    /// Everything reported so far.
    [[nodiscard]] std::vector<Diagnostic> &diagnostics() { return m_out; }

private:
    const SyntaxTree &m_tree;
    const StageGraph &m_graph;
    const LintOptions &m_options;
    const std::string &m_text;
    char m_escape;
    std::vector<Diagnostic> m_out;
};

} // namespace stagecraft::model
