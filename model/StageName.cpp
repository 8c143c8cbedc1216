// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StageName.h"

#include "model/Text.h"

#include <algorithm>

namespace stagecraft::model {

bool isValidStageName(std::string_view name)
{
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (name.empty() || !letter(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), [&](char c) {
        return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

bool isReservedStageName(std::string_view name)
{
    return text::equalsIgnoreCase(name, "scratch") || text::equalsIgnoreCase(name, "context");
}

} // namespace stagecraft::model
