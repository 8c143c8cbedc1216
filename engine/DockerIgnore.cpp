// SPDX-License-Identifier: GPL-3.0-or-later
#include "DockerIgnore.h"

#include <algorithm>

// Semantics follow the docker CLI (cli/command/image/build: ReadDockerignore and
// TrimBuildFilesFromExcludes) and moby/patternmatcher (pattern syntax, MatchesOrParentMatches,
// and the tar walker's rule for descending into excluded directories). Written from the
// documented behaviour; see docs/engine.md for the cases we test against the real CLI.

namespace stagecraft::engine {

namespace {

std::string_view trimSpace(std::string_view s)
{
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string DockerIgnore::cleanPath(std::string_view path)
{
    if (path.empty())
        return ".";
    const bool rooted = path.front() == '/';
    std::vector<std::string_view> parts;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos)
            slash = path.size();
        const std::string_view part = path.substr(pos, slash - pos);
        if (part.empty() || part == ".") {
            // skip
        } else if (part == "..") {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else if (!rooted)
                parts.push_back(part);
        } else {
            parts.push_back(part);
        }
        pos = slash + 1;
    }
    std::string out = rooted ? "/" : "";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += '/';
        out += parts[i];
    }
    if (out.empty())
        out = ".";
    return out;
}

DockerIgnore DockerIgnore::parse(std::string_view contents)
{
    DockerIgnore ignore;
    // A UTF-8 byte order mark on the first line is dropped, as the CLI's reader does.
    if (contents.substr(0, 3) == "\xEF\xBB\xBF")
        contents.remove_prefix(3);
    std::size_t pos = 0;
    while (pos < contents.size()) {
        std::size_t newline = contents.find('\n', pos);
        if (newline == std::string_view::npos)
            newline = contents.size();
        ignore.addLine(contents.substr(pos, newline - pos));
        pos = newline + 1;
    }
    return ignore;
}

void DockerIgnore::addLine(std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (!line.empty() && line.front() == '#')
        return; // a comment only when '#' is the very first byte
    line = trimSpace(line);
    if (line.empty())
        return;
    Pattern pattern;
    const std::string written(line);
    if (line.front() == '!') {
        pattern.exception = true;
        line = trimSpace(line.substr(1));
        if (line.empty()) {
            if (m_error.empty())
                m_error = written;
            return;
        }
    }
    std::string cleaned = cleanPath(line);
    if (cleaned.size() > 1 && cleaned.front() == '/')
        cleaned.erase(0, 1);
    pattern.text = cleaned;
    if (!compile(pattern)) {
        if (m_error.empty())
            m_error = written;
        return;
    }
    m_hasExceptions = m_hasExceptions || pattern.exception;
    m_patterns.push_back(std::move(pattern));
}

bool DockerIgnore::compile(Pattern &pattern)
{
    const std::string &p = pattern.text;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        Element e;
        if (c == '*') {
            if (i + 1 < p.size() && p[i + 1] == '*') {
                while (i + 1 < p.size() && p[i + 1] == '*')
                    ++i;
                if (i + 1 < p.size() && p[i + 1] == '/') {
                    e.kind = Element::Kind::DirsPrefix; // "**/": zero or more directories
                    ++i;
                } else {
                    e.kind = Element::Kind::AnyDepth; // "**": anything, '/' included
                }
            } else {
                e.kind = Element::Kind::Star;
            }
        } else if (c == '?') {
            e.kind = Element::Kind::Question;
        } else if (c == '\\') {
            e.kind = Element::Kind::Literal;
            if (i + 1 < p.size())
                e.literal = p[++i];
            else
                e.literal = '\\';
        } else if (c == '[') {
            e.kind = Element::Kind::Class;
            std::size_t j = i + 1;
            if (j < p.size() && p[j] == '^') {
                e.negated = true;
                ++j;
            }
            bool closed = false;
            bool first = true;
            while (j < p.size()) {
                unsigned char lo = static_cast<unsigned char>(p[j]);
                if (lo == ']' && !first) {
                    closed = true;
                    break;
                }
                first = false;
                if (lo == '\\' && j + 1 < p.size())
                    lo = static_cast<unsigned char>(p[++j]);
                unsigned char hi = lo;
                if (j + 2 < p.size() && p[j + 1] == '-' && p[j + 2] != ']') {
                    j += 2;
                    hi = static_cast<unsigned char>(p[j]);
                    if (hi == '\\' && j + 1 < p.size())
                        hi = static_cast<unsigned char>(p[++j]);
                    if (hi < lo)
                        return false; // Go's regexp rejects an inverted range
                }
                e.ranges.emplace_back(lo, hi);
                ++j;
            }
            if (!closed || e.ranges.empty())
                return false;
            i = j;
        } else {
            e.kind = Element::Kind::Literal;
            e.literal = c;
        }
        pattern.elements.push_back(std::move(e));
    }
    return true;
}

bool DockerIgnore::matches(const Pattern &pattern, std::string_view path)
{
    // Backtracking over the element list with a memo of failed (element, offset) pairs, so the
    // cost stays O(elements × path length) whatever the stars.
    const std::size_t n = pattern.elements.size();
    const std::size_t m = path.size();
    std::vector<char> failed((n + 1) * (m + 1), 0);
    auto recurse = [&](auto &self, std::size_t ei, std::size_t pi) -> bool {
        if (ei == n)
            return pi == m;
        char &memo = failed[ei * (m + 1) + pi];
        if (memo)
            return false;
        const Element &e = pattern.elements[ei];
        bool ok = false;
        switch (e.kind) {
        case Element::Kind::Literal:
            ok = pi < m && path[pi] == e.literal && self(self, ei + 1, pi + 1);
            break;
        case Element::Kind::Question:
            ok = pi < m && path[pi] != '/' && self(self, ei + 1, pi + 1);
            break;
        case Element::Kind::Class:
            if (pi < m && path[pi] != '/') {
                const auto c = static_cast<unsigned char>(path[pi]);
                bool in = std::any_of(e.ranges.begin(), e.ranges.end(),
                                      [c](const auto &r) { return c >= r.first && c <= r.second; });
                if (e.negated)
                    in = !in;
                ok = in && self(self, ei + 1, pi + 1);
            }
            break;
        case Element::Kind::Star:
            for (std::size_t k = pi;; ++k) {
                if (self(self, ei + 1, k)) {
                    ok = true;
                    break;
                }
                if (k >= m || path[k] == '/')
                    break;
            }
            break;
        case Element::Kind::AnyDepth:
            for (std::size_t k = pi; k <= m; ++k) {
                if (self(self, ei + 1, k)) {
                    ok = true;
                    break;
                }
            }
            break;
        case Element::Kind::DirsPrefix:
            // (.*/)? : nothing, or anything up to and including a '/'.
            if (self(self, ei + 1, pi)) {
                ok = true;
                break;
            }
            for (std::size_t k = pi; k < m; ++k) {
                if (path[k] == '/' && self(self, ei + 1, k + 1)) {
                    ok = true;
                    break;
                }
            }
            break;
        }
        if (!ok)
            memo = 1;
        return ok;
    };
    return recurse(recurse, 0, 0);
}

bool DockerIgnore::excludes(std::string_view path) const
{
    bool excluded = false;
    const std::string cleaned = cleanPath(path);
    for (const Pattern &pattern : m_patterns) {
        // Only a pattern that could change the answer needs evaluating.
        if (pattern.exception != excluded)
            continue;
        bool match = matches(pattern, cleaned);
        if (!match) {
            // Parent directories: "a", "a/b", … of "a/b/c".
            for (std::size_t slash = cleaned.find('/'); slash != std::string::npos && !match;
                 slash = cleaned.find('/', slash + 1)) {
                match = matches(pattern, std::string_view(cleaned).substr(0, slash));
            }
        }
        if (match)
            excluded = !pattern.exception;
    }
    return excluded;
}

bool DockerIgnore::mustDescend(std::string_view directory) const
{
    if (!m_hasExceptions)
        return false;
    const std::string dirSlash = cleanPath(directory) + '/';
    for (const Pattern &pattern : m_patterns) {
        if (!pattern.exception)
            continue;
        const std::string withSlash = pattern.text + '/';
        if (withSlash.compare(0, dirSlash.size(), dirSlash) == 0)
            return true;
    }
    return false;
}

void DockerIgnore::keepBuildFiles(std::string_view dockerfile)
{
    if (excludes(".dockerignore"))
        addLine("!.dockerignore");
    const std::string cleaned = cleanPath(dockerfile);
    if (excludes(cleaned))
        addLine("!" + cleaned);
}

std::vector<std::string> DockerIgnore::patterns() const
{
    std::vector<std::string> out;
    out.reserve(m_patterns.size());
    for (const Pattern &pattern : m_patterns)
        out.push_back(pattern.exception ? "!" + pattern.text : pattern.text);
    return out;
}

} // namespace stagecraft::engine
