// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/BuildKitFrontend.h"
#include "engine/EngineError.h"
#include "engine/StageFilesystem.h"
#include "engine/StageMeasurer.h"
#include "model/Measurement.h"
#include "model/Sidecar.h"

#include <QCoreApplication>
#include <QString>

namespace stagecraft::common {

/// The translated message table for what the engine reports as codes (context "EngineMessages"):
/// its errors, the problems a measurement keeps for a stage or an arrow, the JSON and sidecar
/// refusals of the model, the measurer's progress and the steps of reading a stage's files. The
/// GUI and the CLI word them the same way.
class EngineMessages
{
    Q_DECLARE_TR_FUNCTIONS(EngineMessages)

public:
    /// The translated, actionable sentence for `error` (empty for no error).
    [[nodiscard]] static QString message(const engine::EngineError &error);
    /// Why a stage was not built or an arrow not measured.
    [[nodiscard]] static QString problem(const model::MeasureProblem &problem);
    /// Why a run's JSON could not be read: "stages[1].size: expected an integer".
    [[nodiscard]] static QString readError(const model::MeasureReadError &error);
    /// What is wrong with a sidecar's text, as a clause ("not valid JSON").
    [[nodiscard]] static QString sidecar(const model::SidecarError &error);
    /// What the measurer does now: "Building…", "Step 2/5: RUN make", …
    [[nodiscard]] static QString progress(const engine::MeasureProgress &progress);
    /// Why the engine's built-in BuildKit frontend cannot build `limit`'s line, and what to do.
    [[nodiscard]] static QString frontendLimit(const engine::FrontendLimit &limit);
    /// The same without the line number (the Problems dock has a line column).
    [[nodiscard]] static QString frontendLimitReason(const engine::FrontendLimit &limit);
    /// The step of reading an image's files: "Inspecting alpine …".
    [[nodiscard]] static QString filesPhase(engine::StageFilesystem::Phase phase,
                                            const QString &image);

private:
    /// message() for the ssh:// errors (SshMissing … SshFailed).
    [[nodiscard]] static QString sshMessage(const engine::EngineError &error);
    /// BuildKit's progress, builder and session errors.
    [[nodiscard]] static QString buildKitMessage(const engine::EngineError &error);
};

} // namespace stagecraft::common
