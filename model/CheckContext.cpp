// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CheckContext.h"

#include <algorithm>

namespace stagecraft::model {

CheckContext::CheckContext(const SyntaxTree &tree, const StageGraph &graph,
                           const LintOptions &options)
    : m_tree(tree)
    , m_graph(graph)
    , m_options(options)
    , m_text(tree.text())
    , m_escape(tree.escapeChar())
{ }

const Instruction &CheckContext::instruction(int index) const
{
    return m_tree.instructions()[static_cast<std::size_t>(index)];
}

std::string_view CheckContext::source(Range range) const
{
    if (range.end > m_text.size() || range.begin > range.end)
        return {};
    return std::string_view(m_text).substr(range.begin, range.size());
}

int CheckContext::target() const
{
    const int count = static_cast<int>(m_graph.stages().size());
    return m_options.target >= 0 && m_options.target < count ? m_options.target
                                                             : m_graph.defaultTarget();
}

void CheckContext::add(std::string_view code, Range range, std::vector<std::string> args,
                       std::optional<FixIt> fix)
{
    Diagnostic d;
    d.code = std::string(code);
    const DiagnosticInfo *info = diagnosticInfo(code);
    d.severity = info != nullptr ? info->severity : Severity::Warning;
    d.range = range;
    d.args = std::move(args);
    if (fix) {
        std::stable_sort(
            fix->edits.begin(), fix->edits.end(),
            [](const TextEdit &a, const TextEdit &b) { return a.range.begin < b.range.begin; });
        d.fix = std::move(fix);
    }
    m_out.push_back(std::move(d));
}

} // namespace stagecraft::model
