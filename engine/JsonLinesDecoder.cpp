// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLinesDecoder.h"

namespace stagecraft::engine {

namespace {

bool isBlank(std::string_view s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

void JsonLinesDecoder::emit(std::vector<std::string> &lines)
{
    if (!m_partial.empty() && m_partial.back() == '\r')
        m_partial.pop_back();
    if (!isBlank(m_partial))
        lines.push_back(std::move(m_partial));
    m_partial.clear();
}

void JsonLinesDecoder::feed(std::string_view data, std::vector<std::string> &lines)
{
    std::size_t pos = 0;
    while (pos < data.size()) {
        const std::size_t newline = data.find('\n', pos);
        const std::size_t end = newline == std::string_view::npos ? data.size() : newline;
        if (m_skipping) {
            if (newline != std::string_view::npos)
                m_skipping = false;
        } else if (m_partial.size() + (end - pos) > m_maxLine) {
            m_partial.clear();
            m_overflowed = true;
            m_skipping = newline == std::string_view::npos;
        } else {
            m_partial.append(data.substr(pos, end - pos));
            if (newline != std::string_view::npos)
                emit(lines);
        }
        pos = newline == std::string_view::npos ? data.size() : newline + 1;
    }
}

void JsonLinesDecoder::finish(std::vector<std::string> &lines)
{
    if (!m_skipping)
        emit(lines);
    m_partial.clear();
    m_skipping = false;
}

} // namespace stagecraft::engine
