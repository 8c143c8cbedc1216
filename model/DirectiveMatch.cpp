// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectiveMatch.h"

namespace stagecraft::model {

namespace {

bool isDirectiveKeyChar(char c, bool first)
{
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? alpha : (alpha || (c >= '0' && c <= '9'));
}

bool isReSpace(char c) // RE2 \s
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

} // namespace

bool matchDirective(std::string_view line, DirectiveMatch &m)
{
    if (line.empty() || line.front() != '#')
        return false;
    std::size_t i = 1;
    while (i < line.size() && isReSpace(line[i]))
        ++i;
    const std::size_t keyBegin = i;
    if (i >= line.size() || !isDirectiveKeyChar(line[i], true))
        return false;
    while (i < line.size() && isDirectiveKeyChar(line[i], false))
        ++i;
    m.key = line.substr(keyBegin, i - keyBegin);
    while (i < line.size() && isReSpace(line[i]))
        ++i;
    if (i >= line.size() || line[i] != '=')
        return false;
    ++i;
    const std::size_t afterEq = i;
    while (i < line.size() && isReSpace(line[i]))
        ++i;
    std::size_t end = line.size();
    while (end > i && isReSpace(line[end - 1]))
        --end;
    if (end == i) {
        // (.+?) needs one character: all-blank values keep one blank.
        if (afterEq >= line.size())
            return false;
        m.value = line.substr(afterEq, 1);
        return true;
    }
    m.value = line.substr(i, end - i);
    return true;
}

} // namespace stagecraft::model
