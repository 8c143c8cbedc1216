// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace stagecraft::model {

/// A parser directive line split into its key and value (views into the line).
struct DirectiveMatch
{
    std::string_view key;
    std::string_view value;
};

/// Whether `line` (a comment line, leading blanks trimmed) has the form of a parser directive,
/// BuildKit's reDirective: `#` [ \t]* key \s* `=` \s* value \s*   (key: [a-zA-Z][a-zA-Z0-9]*).
/// Whether the key is a known directive is the caller's business.
bool matchDirective(std::string_view line, DirectiveMatch &m);

} // namespace stagecraft::model
