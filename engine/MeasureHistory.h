// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineError.h"

#include "model/Measurement.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace stagecraft::engine {

/// The measurement history of a Dockerfile, kept in its sidecar `<Dockerfile>.stagecraft.json`
/// (model::Sidecar: shared with the canvas layout) under the key "measurements": an array of
/// runs (model::Measurement::toJson), oldest first, capped at kMaxRuns. The model reads and
/// writes the JSON; this class reads and writes the file. Every other key of the sidecar is
/// kept; writes are atomic (QSaveFile). A sidecar that is not valid JSON is never overwritten.
class MeasureHistory
{
public:
    static constexpr int kMaxRuns = model::Sidecar::kMaxRuns;

    /// `<dockerfile>.stagecraft.json`.
    [[nodiscard]] static QString pathFor(const QString &dockerfilePath);

    /// Reads the runs of a sidecar. A missing file, or one without "measurements", gives no runs
    /// and no error. Otherwise the runs that could be read, and FileUnreadable or SidecarInvalid
    /// (with the path) for the first that could not, or for a file that is not a sidecar at all.
    [[nodiscard]] static EngineError load(const QString &sidecarPath,
                                          std::vector<model::MeasureRun> &runs);
    /// The same rules on the sidecar's text (SidecarInvalid without a path).
    [[nodiscard]] static EngineError parse(const QByteArray &text,
                                           std::vector<model::MeasureRun> &runs);
    /// Appends `run`, drops the oldest beyond `cap`, and writes the sidecar atomically, keeping
    /// every other key (and every stored entry, even one load() cannot read). FileUnreadable,
    /// FileUnwritable or SidecarNotSaved when it cannot (then the file is untouched).
    [[nodiscard]] static EngineError append(const QString &sidecarPath,
                                            const model::MeasureRun &run, int cap = kMaxRuns);
};

} // namespace stagecraft::engine
