// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// One `$NAME` / `${NAME…}` reference found while expanding a word.
struct VariableUse
{
    std::string name;
    std::uint32_t begin = 0; ///< offset of '$' in the word
    std::uint32_t end = 0;   ///< one past the reference ('}' included)
    bool set = false;        ///< the lookup knew the variable
    bool guarded = false; ///< `${X-…}`, `${X:-…}`, `${X+…}`, `${X:+…}`, `${X?…}`: unset is handled
};

/// The result of expanding one word.
struct ExpansionResult
{
    std::string value;
    std::vector<VariableUse> uses;
    bool ok = true; ///< false on a syntax error (unterminated `${`, bad modifier) or `${X:?msg}`
};

/// Shell-like word processing as BuildKit's `shell.Lex.ProcessWord` does it for Dockerfile
/// instructions: quote removal, the escape character, and `$VAR`, `${VAR}`, `${VAR:-word}`,
/// `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?word}`, `${VAR#pat}`, `${VAR##pat}`,
/// `${VAR%pat}`, `${VAR%%pat}`, `${VAR/pat/repl}`, `${VAR//pat/repl}` (patterns: `*`, `?`).
/// An unknown variable expands to the empty string, as in BuildKit.
class VariableExpansion
{
public:
    /// Returns the value of a variable, or nullopt when it is not set.
    using Lookup = std::function<std::optional<std::string>(std::string_view name)>;

    /// Expand `word`. `escape` is the Dockerfile escape character ('\\' or '`').
    [[nodiscard]] static ExpansionResult expand(std::string_view word, const Lookup &lookup,
                                                char escape = '\\');

    /// The variable references in `word` (expansion with nothing set).
    [[nodiscard]] static std::vector<VariableUse> references(std::string_view word,
                                                             char escape = '\\');

    /// Quote and escape removal only: `$` references are kept as written.
    [[nodiscard]] static std::string unquote(std::string_view word, char escape = '\\');

    /// True when `c` may appear in a variable name (ASCII letter, digit or '_').
    [[nodiscard]] static bool isNameChar(char c);

    /// Glob match (`*`, `?`, `\x`) of a whole string, as used by `${VAR#pat}` and friends.
    [[nodiscard]] static bool globMatch(std::string_view pattern, std::string_view text);
};

} // namespace stagecraft::model
