// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::common {

/// The translated message table for the model's diagnostic codes (context "Diagnostics").
/// The model returns a code and arguments; this class turns them into a sentence in the current
/// language with %1, %2, … filled in, and names each code's fix-it. Used by the CLI and the GUI.
class DiagnosticMessages
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)

public:
    /// The translated message for `diagnostic`.
    [[nodiscard]] static QString message(const model::Diagnostic &diagnostic);
    /// The translated message for `code` with `args`. Trailing empty arguments (an optional
    /// "did you mean" suggestion the model left empty) are dropped, then the template for that
    /// many arguments is used. An unknown code gives "code: arg1, arg2".
    [[nodiscard]] static QString message(std::string_view code,
                                         const std::vector<std::string> &args);
    /// A translated paragraph on why the finding matters (the advice codes have one); empty when
    /// the message says it all.
    [[nodiscard]] static QString explanation(std::string_view code);
    /// The translated title of the fix-it that diagnostics with `code` carry ("Use lower case").
    [[nodiscard]] static QString fixTitle(std::string_view code);
    /// Translated severity word for human output ("error", "warning", "note").
    [[nodiscard]] static QString severityName(model::Severity severity);
    /// True when the table has a message for `code`.
    [[nodiscard]] static bool hasMessage(std::string_view code);
    /// The argument counts the table has templates for, for `code` (empty when unknown).
    /// Compare with the argument count after dropping trailing empty arguments.
    [[nodiscard]] static std::vector<int> argumentCounts(std::string_view code);
    /// The untranslated template used for `code` with `argumentCount` args (empty when unknown).
    [[nodiscard]] static QString sourceTemplate(std::string_view code, int argumentCount);
};

} // namespace stagecraft::common
