// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace stagecraft::model {

/// BuildKit's rule for stage names: `^[a-z][a-z0-9-_\.]*$` after lower-casing, so a letter,
/// then letters, digits, '-', '_' or '.'. The one check of it: the stage graph reports a name
/// that breaks it (InvalidStageName), the edit engine refuses to write one, and the canvas's
/// inline rename asks here before it asks for the edit.
[[nodiscard]] bool isValidStageName(std::string_view name);

/// Names BuildKit gives a meaning of their own (`scratch`, `context`; any case), which a stage
/// should not take.
[[nodiscard]] bool isReservedStageName(std::string_view name);

} // namespace stagecraft::model
