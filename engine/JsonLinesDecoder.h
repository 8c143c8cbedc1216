// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure (std only, no Qt, no I/O): compiled into the fuzzers as well as stagecraft_app.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::engine {

/// Splits a stream of newline-delimited JSON (the Engine API's progress streams: one object per
/// line, ended by "\r\n" or "\n") into lines, however the bytes are split across reads. Blank
/// lines are skipped; a line over maxLineSize() sets the overflow flag and is dropped (the
/// decoder then resumes at the next newline). It does not parse JSON itself.
class JsonLinesDecoder
{
public:
    explicit JsonLinesDecoder(std::size_t maxLineSize = 16 * 1024 * 1024)
        : m_maxLine(maxLineSize)
    { }

    /// Appends every complete line in `data` (without its line end) to `lines`.
    void feed(std::string_view data, std::vector<std::string> &lines);
    /// End of stream: appends the last line when it had no line end.
    void finish(std::vector<std::string> &lines);

    /// True when a line was dropped for being too long.
    [[nodiscard]] bool overflowed() const { return m_overflowed; }
    /// Bytes of the current, incomplete line.
    [[nodiscard]] std::size_t pending() const { return m_partial.size(); }

private:
    void emit(std::vector<std::string> &lines);

    std::string m_partial;
    std::size_t m_maxLine;
    bool m_skipping = false; ///< inside an over-long line, waiting for its end
    bool m_overflowed = false;
};

} // namespace stagecraft::engine
