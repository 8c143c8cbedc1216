// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Measurement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stagecraft::engine {

/// The measurement history of a Dockerfile, kept in its sidecar `<Dockerfile>.stagecraft.json`
/// (model::Sidecar: shared with the canvas layout) under the key "measurements": an array
/// of runs (Measurement::toJson), oldest first, capped at kMaxRuns. Every other key of the
/// sidecar is kept as it is; writes are atomic (QSaveFile). A sidecar that is not valid JSON is
/// never overwritten.
class MeasureHistory
{
    Q_DECLARE_TR_FUNCTIONS(MeasureHistory)

public:
    static constexpr int kMaxRuns = 50;

    /// `<dockerfile>.stagecraft.json`.
    [[nodiscard]] static QString pathFor(const QString &dockerfilePath);

    /// Reads the runs of a sidecar. A missing file, or one without "measurements", gives no runs
    /// and an empty string. Otherwise the runs that could be read, and a translated message for
    /// the first that could not (or for a file that is not a sidecar at all).
    [[nodiscard]] static QString load(const QString &sidecarPath, QList<MeasureRun> &runs);
    /// The same rules on the sidecar's text.
    [[nodiscard]] static QString parse(const QByteArray &text, QList<MeasureRun> &runs);
    /// Appends `run`, drops the oldest beyond `cap`, and writes the sidecar atomically, keeping
    /// every other key (and every stored entry, even one load() cannot read). Returns an empty
    /// string, or a translated message (then the file is untouched).
    [[nodiscard]] static QString append(const QString &sidecarPath, const MeasureRun &run,
                                        int cap = kMaxRuns);
};

} // namespace stagecraft::engine
