// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <string_view>
#include <vector>

namespace stagecraft::model {

/// Static facts about a diagnostic code, for documentation, SARIF rules and the UI.
struct DiagnosticInfo
{
    std::string_view code;
    Severity severity;
    std::string_view summary; ///< one-line English summary (the UI translates its own copy)
    std::string_view url;     ///< documentation link (BuildKit's rule page, or ours)
};

/// All codes the model can emit, in a stable order.
[[nodiscard]] const std::vector<DiagnosticInfo> &diagnosticCatalog();
/// Info for one code, or nullptr.
[[nodiscard]] const DiagnosticInfo *diagnosticInfo(std::string_view code);

} // namespace stagecraft::model
