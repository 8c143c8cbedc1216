// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Measurement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stagecraft::common {

/// Reports of a measurement run and of a comparison of two runs: Markdown (for people: sizes
/// human-readable and in bytes), CSV (one row per record, bytes only, for spreadsheets) and JSON
/// (model::Measurement::toJson). Markdown and the text table are translated, with the problems
/// of stages and arrows worded by EngineMessages; CSV headers and JSON keys are not. The CLI's
/// measure and compare print them, the Sizes panel exports them.
class MeasureReport
{
    Q_DECLARE_TR_FUNCTIONS(MeasureReport)

public:
    [[nodiscard]] static QString markdown(const model::MeasureRun &run, const QLocale &locale = {});
    [[nodiscard]] static QString csv(const model::MeasureRun &run);
    [[nodiscard]] static QByteArray json(const model::MeasureRun &run);

    [[nodiscard]] static QString markdown(const model::RunComparison &comparison,
                                          const QLocale &locale = {});
    [[nodiscard]] static QString csv(const model::RunComparison &comparison);
    [[nodiscard]] static QByteArray json(const model::RunComparison &comparison);

    /// A plain-text table (stage, size, layers, time), the arrows and the saving line: what
    /// `stagecraft-cli measure` prints.
    [[nodiscard]] static QString text(const model::MeasureRun &run, const QLocale &locale = {});
    /// The same for a comparison (`stagecraft-cli compare`).
    [[nodiscard]] static QString text(const model::RunComparison &comparison,
                                      const QLocale &locale = {});

    /// "1.1 GB" (SI units, as `docker images` shows them).
    [[nodiscard]] static QString size(qint64 bytes, const QLocale &locale = {});
    /// "+12.5 MB" / "−3 kB" / "0 B".
    [[nodiscard]] static QString signedSize(qint64 bytes, const QLocale &locale = {});
    /// "builder 1.1 GB → final 45 MB, −96 %"; empty when the run has no built final stage.
    [[nodiscard]] static QString savingLine(const model::MeasureRun &run,
                                            const QLocale &locale = {});
    /// One CSV field, quoted when needed (RFC 4180).
    [[nodiscard]] static QString csvField(const QString &field);
};

} // namespace stagecraft::common
