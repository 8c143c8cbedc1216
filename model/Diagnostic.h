// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Token.h"

#include <optional>
#include <string>
#include <vector>

namespace stagecraft::model {

enum class Severity : std::uint8_t { Error, Warning, Info };

[[nodiscard]] std::string_view severityName(Severity severity);

/// Replace the bytes in `range` with `replacement` (UTF-8).
struct TextEdit
{
    Range range;
    std::string replacement;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

/// A machine-applicable fix. Its title is derived from the diagnostic code by the UI.
struct FixIt
{
    std::vector<TextEdit> edits;
};

/// A finding about the text. The model never formats human text: the UI (and the CLI) owns the
/// translated message for each code and fills in `args` (%1, %2, … in order).
struct Diagnostic
{
    std::string code; ///< stable code, BuildKit's check name where one exists
    Severity severity = Severity::Warning;
    Range range;                   ///< exact bytes the finding is about
    std::vector<std::string> args; ///< message arguments, in order
    std::optional<FixIt> fix;
};

} // namespace stagecraft::model
