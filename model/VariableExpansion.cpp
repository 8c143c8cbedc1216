// SPDX-License-Identifier: GPL-3.0-or-later
#include "VariableExpansion.h"

#include <cctype>

namespace stagecraft::model {

namespace {

// A small re-implementation of BuildKit's frontend/dockerfile/shell lexer (ProcessWord), for
// one word at a time. Offsets recorded in VariableUse are byte offsets into the original word so
// that callers can point diagnostics at the exact `$NAME` text.
class Lexer
{
public:
    Lexer(std::string_view word, const VariableExpansion::Lookup *lookup, char escape,
          bool keepDollar)
        : m_word(word)
        , m_lookup(lookup)
        , m_escape(escape)
        , m_keepDollar(keepDollar)
    { }

    ExpansionResult run()
    {
        ExpansionResult result;
        bool found = false;
        result.value = processUntil('\0', found);
        result.uses = std::move(m_uses);
        result.ok = m_ok;
        return result;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_word.size(); }
    [[nodiscard]] char peek(std::size_t ahead = 0) const
    {
        return m_pos + ahead < m_word.size() ? m_word[m_pos + ahead] : '\0';
    }

    // Process until an unquoted, unescaped `stop` (consumed); stop == '\0' means end of word.
    std::string processUntil(char stop, bool &found)
    {
        std::string out;
        found = false;
        while (!atEnd()) {
            const char c = m_word[m_pos];
            if (stop != '\0' && c == stop) {
                ++m_pos;
                found = true;
                return out;
            }
            if (c == '\'') {
                processSingleQuote(out);
            } else if (c == '"') {
                processDoubleQuote(out);
            } else if (c == '$' && !m_keepDollar) {
                processDollar(out);
            } else if (c == m_escape) {
                ++m_pos;
                if (atEnd()) {
                    out.push_back(c);
                } else {
                    out.push_back(m_word[m_pos]);
                    ++m_pos;
                }
            } else {
                // A run of plain bytes is copied at once.
                std::size_t end = m_pos + 1;
                while (end < m_word.size() && !isSpecial(m_word[end], stop))
                    ++end;
                out.append(m_word.substr(m_pos, end - m_pos));
                m_pos = end;
            }
        }
        return out;
    }

    /// Whether processUntil must look at `c` itself (quotes, `$`, the escape, `stop`).
    [[nodiscard]] bool isSpecial(char c, char stop) const
    {
        return c == '\'' || c == '"' || (c == '$' && !m_keepDollar) || c == m_escape
            || (stop != '\0' && c == stop);
    }

    void processSingleQuote(std::string &out)
    {
        ++m_pos; // opening quote
        const auto close = m_word.find('\'', m_pos);
        if (close == std::string_view::npos) {
            m_ok = false; // unexpected end of statement while looking for matching single-quote
            out.append(m_word.substr(m_pos));
            m_pos = m_word.size();
            return;
        }
        out.append(m_word.substr(m_pos, close - m_pos));
        m_pos = close + 1;
    }

    void processDoubleQuote(std::string &out)
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_word[m_pos];
            if (c == '"') {
                ++m_pos;
                return;
            }
            if (c == '$' && !m_keepDollar) {
                processDollar(out);
            } else if (c == m_escape) {
                const char next = peek(1);
                if (next == '"' || next == '$' || next == m_escape) {
                    out.push_back(next);
                    m_pos += 2;
                } else {
                    out.push_back(c);
                    ++m_pos;
                }
            } else {
                out.push_back(c);
                ++m_pos;
            }
        }
        m_ok = false; // unexpected end of statement while looking for matching double-quote
    }

    std::optional<std::string> lookup(std::string_view name) const
    {
        if (m_lookup == nullptr || !*m_lookup)
            return std::nullopt;
        return (*m_lookup)(name);
    }

    void processDollar(std::string &out)
    {
        const auto start = static_cast<std::uint32_t>(m_pos);
        ++m_pos; // '$'
        if (atEnd()) {
            out.push_back('$');
            return;
        }
        if (peek() == '{')
            processBraced(out, start);
        else
            processPlainName(out, start);
    }

    /// `$NAME` or `$1` (one digit), the '$' at `start` already consumed.
    void processPlainName(std::string &out, std::uint32_t start)
    {
        std::string name;
        if (std::isdigit(static_cast<unsigned char>(peek())) != 0) {
            name.push_back(peek());
            ++m_pos;
        } else {
            while (!atEnd() && VariableExpansion::isNameChar(peek())) {
                name.push_back(peek());
                ++m_pos;
            }
        }
        if (name.empty()) {
            out.push_back('$');
            return;
        }
        const auto value = lookup(name);
        m_uses.push_back(
            {name, start, static_cast<std::uint32_t>(m_pos), value.has_value(), false});
        if (value)
            out.append(*value);
    }

    /// `${NAME}` and `${NAME<modifier>…}`, the '$' at `start` already consumed.
    void processBraced(std::string &out, std::uint32_t start)
    {
        ++m_pos; // '{'
        std::string name;
        while (!atEnd() && VariableExpansion::isNameChar(peek())) {
            name.push_back(peek());
            ++m_pos;
        }
        if (name.empty() || atEnd()) {
            m_ok = false; // bad substitution
            out.append(m_word.substr(start, m_pos - start));
            return;
        }
        const auto useIndex = m_uses.size();
        const auto value = lookup(name);
        m_uses.push_back({name, start, 0, value.has_value(), false});
        char op = peek();
        if (op == '}') {
            ++m_pos;
            m_uses[useIndex].end = static_cast<std::uint32_t>(m_pos);
            if (value)
                out.append(*value);
            return;
        }
        bool colon = false;
        if (op == ':') {
            colon = true;
            ++m_pos;
            op = peek();
            if (op != '-' && op != '+' && op != '?') {
                m_ok = false;
                bool found = false;
                (void)processUntil('}', found);
                m_uses[useIndex].end = static_cast<std::uint32_t>(m_pos);
                return;
            }
        }
        processModifier(out, op, colon, value, useIndex);
        m_uses[useIndex].end = static_cast<std::uint32_t>(m_pos);
    }

    /// The modifier `op` of `${NAME…}` (at m_pos) up to and including the closing '}'; `colon`:
    /// it followed a ':' (an empty value counts as unset); `value`: NAME's value when set.
    void processModifier(std::string &out, char op, bool colon,
                         const std::optional<std::string> &value, std::size_t useIndex)
    {
        bool found = false;
        switch (op) {
        case '-':
        case '+':
        case '?': {
            ++m_pos;
            m_uses[useIndex].guarded = true;
            const std::string word = processUntil('}', found);
            if (!found)
                m_ok = false;
            const bool isSet = value.has_value() && (!colon || !value->empty());
            if (op == '-') {
                out.append(isSet ? *value : word);
            } else if (op == '+') {
                if (isSet)
                    out.append(word);
            } else {
                if (isSet)
                    out.append(*value);
                else
                    m_ok = false; // ${X:?message} fails the build when X is unset
            }
            return;
        }
        case '#':
        case '%': {
            ++m_pos;
            bool longest = false;
            if (peek() == op) {
                longest = true;
                ++m_pos;
            }
            const std::string pattern = processUntil('}', found);
            if (!found)
                m_ok = false;
            out.append(trim(value.value_or(std::string()), pattern, op == '#', longest));
            return;
        }
        case '/': {
            ++m_pos;
            bool all = false;
            if (peek() == '/') {
                all = true;
                ++m_pos;
            }
            const std::string pattern = processUntil('/', found);
            std::string replacement;
            if (found) {
                replacement = processUntil('}', found);
            }
            if (!found)
                m_ok = false;
            out.append(replace(value.value_or(std::string()), pattern, replacement, all));
            return;
        }
        default:
            m_ok = false; // unsupported modifier
            (void)processUntil('}', found);
            return;
        }
    }

    static std::string trim(const std::string &value, const std::string &pattern, bool prefix,
                            bool longest)
    {
        const std::size_t n = value.size();
        if (prefix) {
            if (longest) {
                for (std::size_t i = n + 1; i-- > 0;)
                    if (VariableExpansion::globMatch(pattern, std::string_view(value).substr(0, i)))
                        return value.substr(i);
            } else {
                for (std::size_t i = 0; i <= n; ++i)
                    if (VariableExpansion::globMatch(pattern, std::string_view(value).substr(0, i)))
                        return value.substr(i);
            }
        } else {
            if (longest) {
                for (std::size_t i = 0; i <= n; ++i)
                    if (VariableExpansion::globMatch(pattern, std::string_view(value).substr(i)))
                        return value.substr(0, i);
            } else {
                for (std::size_t i = n + 1; i-- > 0;)
                    if (VariableExpansion::globMatch(pattern, std::string_view(value).substr(i)))
                        return value.substr(0, i);
            }
        }
        return value;
    }

    static std::string replace(const std::string &value, const std::string &pattern,
                               const std::string &replacement, bool all)
    {
        if (pattern.empty())
            return value;
        std::string out;
        std::size_t i = 0;
        bool replaced = false;
        while (i < value.size()) {
            std::size_t matchEnd = std::string::npos;
            if (!replaced || all) {
                for (std::size_t j = value.size(); j > i; --j) {
                    if (VariableExpansion::globMatch(pattern,
                                                     std::string_view(value).substr(i, j - i))) {
                        matchEnd = j;
                        break;
                    }
                }
            }
            if (matchEnd != std::string::npos) {
                out.append(replacement);
                i = matchEnd;
                replaced = true;
            } else {
                out.push_back(value[i]);
                ++i;
            }
        }
        return out;
    }

    std::string_view m_word;
    const VariableExpansion::Lookup *m_lookup;
    char m_escape;
    bool m_keepDollar;
    std::size_t m_pos = 0;
    bool m_ok = true;
    std::vector<VariableUse> m_uses;
};

bool globMatchAt(std::string_view p, std::string_view t)
{
    std::size_t pi = 0;
    std::size_t ti = 0;
    std::size_t starP = std::string_view::npos;
    std::size_t starT = 0;
    while (ti < t.size()) {
        if (pi < p.size() && p[pi] == '*') {
            starP = pi++;
            starT = ti;
            continue;
        }
        if (pi < p.size()) {
            if (p[pi] == '?') {
                ++pi;
                ++ti;
                continue;
            }
            if (p[pi] == '\\' && pi + 1 < p.size()) {
                if (p[pi + 1] == t[ti]) {
                    pi += 2;
                    ++ti;
                    continue;
                }
            } else if (p[pi] == t[ti]) {
                ++pi;
                ++ti;
                continue;
            }
        }
        if (starP != std::string_view::npos) {
            pi = starP + 1;
            ti = ++starT;
            continue;
        }
        return false;
    }
    while (pi < p.size() && p[pi] == '*')
        ++pi;
    return pi == p.size();
}

} // namespace

ExpansionResult VariableExpansion::expand(std::string_view word, const Lookup &lookup, char escape)
{
    return Lexer(word, &lookup, escape, false).run();
}

std::vector<VariableUse> VariableExpansion::references(std::string_view word, char escape)
{
    return Lexer(word, nullptr, escape, false).run().uses;
}

std::string VariableExpansion::unquote(std::string_view word, char escape)
{
    return Lexer(word, nullptr, escape, true).run().value;
}

bool VariableExpansion::isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool VariableExpansion::globMatch(std::string_view pattern, std::string_view text)
{
    return globMatchAt(pattern, text);
}

} // namespace stagecraft::model
