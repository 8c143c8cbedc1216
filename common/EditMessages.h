// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditOperation.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace stagecraft::common {

/// Translated texts for the edit engine's refusals (context "EditMessages"), shared by the CLI and
/// the canvas.
class EditMessages
{
    Q_DECLARE_TR_FUNCTIONS(EditMessages)

public:
    /// The sentence that explains why an operation was refused, with its arguments filled in.
    [[nodiscard]] static QString refusal(const std::string &code,
                                         const std::vector<std::string> &args);
    /// The sentence that explains why a JSON operation (model::operationFromJson()) is not one.
    [[nodiscard]] static QString jsonError(const model::JsonOperationError &error);
};

} // namespace stagecraft::common
