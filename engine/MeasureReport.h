// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Measurement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stagecraft::engine {

/// Reports of a measurement run and of a comparison of two runs: Markdown (for people: sizes
/// human-readable and in bytes), CSV (one row per record, bytes only, for spreadsheets) and JSON
/// (Measurement::toJson). Markdown and the text table are translated; CSV headers and JSON keys
/// are not.
class MeasureReport
{
    Q_DECLARE_TR_FUNCTIONS(MeasureReport)

public:
    [[nodiscard]] static QString markdown(const MeasureRun &run, const QLocale &locale = {});
    [[nodiscard]] static QString csv(const MeasureRun &run);
    [[nodiscard]] static QByteArray json(const MeasureRun &run);

    [[nodiscard]] static QString markdown(const RunComparison &comparison,
                                          const QLocale &locale = {});
    [[nodiscard]] static QString csv(const RunComparison &comparison);
    [[nodiscard]] static QByteArray json(const RunComparison &comparison);

    /// A plain-text table (stage, size, layers, time), the arrows and the saving line: what
    /// `stagecraft-cli measure` prints.
    [[nodiscard]] static QString text(const MeasureRun &run, const QLocale &locale = {});
    /// The same for a comparison (`stagecraft-cli compare`).
    [[nodiscard]] static QString text(const RunComparison &comparison, const QLocale &locale = {});

    /// "1.1 GB" (SI units, as `docker images` shows them).
    [[nodiscard]] static QString size(qint64 bytes, const QLocale &locale = {});
    /// "+12.5 MB" / "−3 kB" / "0 B".
    [[nodiscard]] static QString signedSize(qint64 bytes, const QLocale &locale = {});
    /// "builder 1.1 GB → final 45 MB, −96 %"; empty when the run has no built final stage.
    [[nodiscard]] static QString savingLine(const MeasureRun &run, const QLocale &locale = {});
    /// One CSV field, quoted when needed (RFC 4180).
    [[nodiscard]] static QString csvField(const QString &field);
};

} // namespace stagecraft::engine
