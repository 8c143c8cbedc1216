// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/SyntaxTree.h"

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace stagecraft::model {

/// BuildKit's check directive, `# check=skip=A,B;error=true`, as lint() applies it to every
/// diagnostic it returns.
class CheckDirective
{
public:
    /// The check directives of `tree` (none: every diagnostic kept as it is).
    explicit CheckDirective(const SyntaxTree &tree);

    /// False when the directive drops `d` (skipped); else true, `d` made an error when
    /// `error=true` applies to it.
    bool apply(Diagnostic &d) const;

private:
    void read(const std::string &value);

    std::set<std::string, std::less<>> m_skip;
    bool m_skipAll = false;
    bool m_asErrors = false;
};

/// lint()'s order: sorted by range.begin, then code (stable), exact duplicates (same code and
/// range) dropped.
[[nodiscard]] std::vector<Diagnostic> lintOrder(std::vector<Diagnostic> all);

} // namespace stagecraft::model
