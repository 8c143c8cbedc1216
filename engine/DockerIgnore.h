// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure (std only, no Qt, no I/O).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::engine {

/// The `.dockerignore` rules exactly as the docker CLI applies them to a build context
/// (moby/patternmatcher and the CLI's ignorefile reader):
/// - one pattern per line; lines starting with '#' are comments; surrounding blanks are trimmed;
///   a leading '!' makes an exception; patterns are cleaned like Go's filepath.Clean and a
///   leading '/' is dropped;
/// - `*` matches within one path segment, `?` one non-'/' character, `[...]` a class (`^`
///   negates), `\` escapes, `**` any number of segments (`**/` also none);
/// - a path is excluded when it or any of its parent directories matches, and the last pattern
///   that matches decides (exceptions re-include);
/// - an excluded directory is skipped entirely unless an exception pattern names something
///   below it literally (`!dir/keep`), as the CLI's tar walker does;
/// - the Dockerfile and `.dockerignore` are always sent (keepBuildFiles()).
class DockerIgnore
{
public:
    /// Parses the contents of a .dockerignore file. Check isValid() afterwards.
    [[nodiscard]] static DockerIgnore parse(std::string_view contents);

    /// Adds one pattern as written in the file (comments and blank lines ignored).
    void addLine(std::string_view line);
    /// The CLI's TrimBuildFilesFromExcludes: re-include `.dockerignore` and the Dockerfile (a
    /// path relative to the context, '/'-separated) when the patterns exclude them.
    void keepBuildFiles(std::string_view dockerfile);

    /// False when a pattern is malformed (a lone "!", an unterminated '[' class).
    [[nodiscard]] bool isValid() const { return m_error.empty(); }
    /// The first malformed pattern, as written.
    [[nodiscard]] const std::string &error() const { return m_error; }
    /// True when no pattern was given.
    [[nodiscard]] bool isEmpty() const { return m_patterns.empty(); }
    /// True when at least one exception ('!') pattern exists.
    [[nodiscard]] bool hasExceptions() const { return m_hasExceptions; }
    /// The cleaned patterns, '!' kept, in order.
    [[nodiscard]] std::vector<std::string> patterns() const;

    /// MatchesOrParentMatches: true when `path` (relative to the context, '/'-separated, no
    /// leading "./") is excluded from the context.
    [[nodiscard]] bool excludes(std::string_view path) const;
    /// For an excluded directory: true when the walker must still look inside it because an
    /// exception pattern could re-include something below it.
    [[nodiscard]] bool mustDescend(std::string_view directory) const;

    /// Go's path.Clean on a '/'-separated path ("a//b/./c/.." -> "a/b").
    [[nodiscard]] static std::string cleanPath(std::string_view path);

private:
    struct Element
    {
        enum class Kind : std::uint8_t { Literal, Star, Question, Class, AnyDepth, DirsPrefix };
        Kind kind = Kind::Literal;
        char literal = 0;
        bool negated = false;
        std::vector<std::pair<unsigned char, unsigned char>> ranges; ///< for Class
    };
    struct Pattern
    {
        std::string text; ///< cleaned, without '!'
        bool exception = false;
        std::vector<Element> elements;
    };

    bool compile(Pattern &pattern);
    [[nodiscard]] static bool matches(const Pattern &pattern, std::string_view path);

    std::vector<Pattern> m_patterns;
    std::string m_error;
    bool m_hasExceptions = false;
};

} // namespace stagecraft::engine
