// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstructionReader.h"

#include <string_view>
#include <vector>

namespace stagecraft::model {

/// Result of reading an exec-form (JSON) argument list the way Go's encoding/json would.
enum class JsonResult { NotJson, NotStringArray, StringArray };

/// Reads `s` as one JSON array (BuildKit's parseJSON for CMD, RUN, COPY, … in exec form): the
/// whole of `s`, after trailing JSON whitespace, must be that array. Its strings (decoded with Go's
/// rules: invalid UTF-8 and lone surrogates become U+FFFD) are appended to `out` with their
/// offsets in `s`; with NotStringArray or NotJson `out` may hold some of them.
[[nodiscard]] JsonResult readExecFormJson(std::string_view s,
                                          std::vector<InstructionReader::Word> &out);

} // namespace stagecraft::model
