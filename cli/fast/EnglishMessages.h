// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <optional>
#include <string>
#include <string_view>

namespace stagecraft::model {
class SyntaxTree;
}

namespace stagecraft::cli::fast {

/// The English texts of the `stagecraft-cli` front, without Qt: exactly what the full CLI prints
/// when its language is English (the source strings of common::DiagnosticMessages and of the
/// "Cli" context, with the plural forms of translations/stagecraft_en.ts). tests/app/tst_clifront
/// compares both programs' output byte for byte.
///
/// Each function returns std::nullopt when it cannot give the same bytes as Qt would (a text
/// that is not valid UTF-8, which Qt would repair, or a count that Qt would group with a
/// separator): the front then hands the whole run to the full CLI.
namespace english {

/// common::DiagnosticMessages::message() in English.
[[nodiscard]] std::optional<std::string> message(const model::Diagnostic &diagnostic);

/// Cli::diagnosticLine() in English: `FILE:LINE:COL: severity: message [Code]`, no newline.
/// `shownFile` is the file as shown (`<stdin>` for "-").
[[nodiscard]] std::optional<std::string> diagnosticLine(std::string_view shownFile,
                                                        const model::SyntaxTree &tree,
                                                        const model::Diagnostic &diagnostic);

/// The lint summary line "N error(s), N warning(s), N note(s)" (no newline).
[[nodiscard]] std::optional<std::string> lintSummary(long errors, long warnings, long notes);

/// "No problems found."
[[nodiscard]] std::string_view noProblems();

/// "%1: BuildKit would reject this file." with `shownFile`.
[[nodiscard]] std::string buildkitRejects(std::string_view shownFile);

/// True when `text` is well-formed UTF-8.
[[nodiscard]] bool validUtf8(std::string_view text);

} // namespace english

} // namespace stagecraft::cli::fast
