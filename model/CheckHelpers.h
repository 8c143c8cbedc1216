// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SyntaxTree.h"
#include "model/Token.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Helpers shared by the stage graph and the checks (internal to the model).
namespace stagecraft::model::check {

/// Levenshtein distance, ASCII case-insensitive.
[[nodiscard]] std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `name` within `maxDistance` (case-insensitive), or empty. Ties go to
/// the first candidate.
[[nodiscard]] std::string closestName(std::string_view name,
                                      const std::vector<std::string> &candidates,
                                      std::size_t maxDistance = 2);

/// Whether `ref` parses as a Docker image reference (docker/distribution reference grammar, as
/// BuildKit's reference.ParseNormalizedNamed accepts it).
[[nodiscard]] bool isValidImageReference(std::string_view ref);

/// BuildKit's predefined platform ARGs (BUILDPLATFORM, TARGETARCH, …).
[[nodiscard]] bool isPlatformArg(std::string_view name);
[[nodiscard]] const std::vector<std::string> &platformArgs();

/// One `key=value` field of a `--mount` flag value (Go encoding/csv rules).
struct CsvField
{
    std::string key;
    std::string value;
    std::uint32_t valueBegin = 0; ///< offsets of the value inside the parsed string
    std::uint32_t valueEnd = 0;
};

/// Split a CSV flag value into fields; quotes around a field are removed ("" is a quote).
[[nodiscard]] std::vector<CsvField> parseCsv(std::string_view value);

/// Source range of bytes [begin, end) of `arg.value`, when the source text of the argument is
/// exactly its value; otherwise the whole argument range.
[[nodiscard]] Range subRange(const std::string &source, const Argument &arg, std::uint32_t begin,
                             std::uint32_t end);

/// Source range of a flag's value (after '=' and without surrounding quotes), or the flag range.
[[nodiscard]] Range flagValueRange(const std::string &source, const Flag &flag);

/// Source range of the value of field `key` inside a CSV flag (e.g. `from` in `--mount=…`), or
/// the flag range when it cannot be located.
[[nodiscard]] Range csvFieldValueRange(const std::string &source, const Flag &flag,
                                       std::string_view key);

/// True for `[+-]?[0-9]+` (Go strconv.Atoi syntax).
[[nodiscard]] bool isDecimal(std::string_view s);

/// Whether the word is one of the heredoc words of `ins`.
[[nodiscard]] bool isHeredocWord(const Instruction &ins, std::string_view word);

} // namespace stagecraft::model::check
