// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Without Qt: the table is shared by common/DiagnosticMessages (which translates its entries)
// and the Qt-free `stagecraft-cli` front (cli/fast/), which prints them in English.

#include <span>
#include <string_view>

namespace stagecraft::common {

/// One message template: the model's `code` with `argumentCount` arguments (%1, %2, …). `source`
/// is the English text, the translation source in context "Diagnostics".
struct DiagnosticTemplate
{
    const char *code;
    int argumentCount;
    const char *source;
};

/// A translatable text for a key (a code, or an argument word); context "Diagnostics".
struct DiagnosticKeyedText
{
    const char *key;
    const char *source;
};

/// Every template, one row per code and argument count, in the order of
/// model::diagnosticCatalog().
[[nodiscard]] std::span<const DiagnosticTemplate> diagnosticTemplates();

/// Argument values the model emits as English words ("lowercase", "git-history", …), with the
/// text they stand for; translated before they are filled in.
[[nodiscard]] std::span<const DiagnosticKeyedText> diagnosticArgumentWords();

/// The template for `code`: the one for exactly `argumentCount` arguments, else the one with the
/// most arguments that are all present, else the one with the fewest; nullptr for an unknown code.
[[nodiscard]] const DiagnosticTemplate *findDiagnosticTemplate(std::string_view code,
                                                               int argumentCount);

} // namespace stagecraft::common
