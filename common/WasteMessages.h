// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Measurement.h"
#include "model/SizeBudget.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stagecraft::common {

/// The words for wasted space and the measure gates, shared by the CLI's reports and the GUI:
/// each stage's efficiency and wasted bytes, the files one instruction added and a later one
/// removed (with the fix-it advice), and the gates a run broke. Numbers use the locale's digits
/// and grouping.
class WasteMessages
{
    Q_DECLARE_TR_FUNCTIONS(WasteMessages)

public:
    /// The fix-it sentence for a model::WasteAnalysis advice code ("" for none or unknown).
    [[nodiscard]] static QString advice(const std::string &code);
    /// "93.5 %" for 0.935.
    [[nodiscard]] static QString efficiency(double ratio, const QLocale &locale = {});
    /// "efficiency 93.5 %, wasted 3 MB (12 % of its own bytes)".
    [[nodiscard]] static QString summary(const model::StageWaste &waste,
                                         const QLocale &locale = {});
    /// "line 2 `COPY …` added 3 MB (1 file: /big) that line 3 `RUN rm …` removed".
    [[nodiscard]] static QString finding(const model::WasteFinding &finding,
                                         const QLocale &locale = {});
    /// The waste part of the text report (empty when no stage was analysed).
    [[nodiscard]] static QString text(const model::MeasureRun &run, const QLocale &locale = {});
    /// The waste part of the Markdown report (empty when no stage was analysed).
    [[nodiscard]] static QString markdown(const model::MeasureRun &run, const QLocale &locale = {});
    /// One line for a broken gate.
    [[nodiscard]] static QString violation(const model::GateViolation &violation,
                                           const QLocale &locale = {});
};

} // namespace stagecraft::common
