// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace stagecraft::views {

/// Image and layer sizes as people read them, in the UI locale: decimal units like
/// `docker image ls` (1 MB = 1,000,000 bytes), the locale's digit grouping (Hindi: 12,34,567) and
/// its word for bytes. One helper for the canvas, the panels and the reports.
class SizeFormat
{
    Q_DECLARE_TR_FUNCTIONS(SizeFormat)

public:
    /// "45.0 MB", "1.1 GB", "512 bytes" (hi: "512 बाइट"). Negative sizes are shown as 0.
    [[nodiscard]] static QString size(qint64 bytes, const QLocale &locale = QLocale());
    /// Every byte, grouped: "1,234,567 bytes" (hi: "12,34,567 बाइट").
    [[nodiscard]] static QString exactBytes(qint64 bytes, const QLocale &locale = QLocale());
    /// A signed change: "+1.2 MB", "−45.0 MB" (U+2212), "±0 bytes" for no change.
    [[nodiscard]] static QString delta(qint64 bytes, const QLocale &locale = QLocale());
    /// A signed percentage rounded to a whole number: "−96%", "+12%", "0%".
    [[nodiscard]] static QString percent(double value, const QLocale &locale = QLocale());
    /// A stage's or step's wall time: "0.4 s", "12.3 s", "2 min 5 s" (hi: "2 मि॰ 5 से॰"), the
    /// locale's digits and grouping. Negative times are shown as 0.
    [[nodiscard]] static QString duration(qint64 ms, const QLocale &locale = QLocale());
    /// The saving line of a chart: "builder 1.1 GB → final 45.0 MB, −96%". `from`/`to` are
    /// stage names (or "final"); an empty string when `fromBytes` is not positive.
    [[nodiscard]] static QString saving(const QString &from, qint64 fromBytes, const QString &to,
                                        qint64 toBytes, const QLocale &locale = QLocale());
};

} // namespace stagecraft::views
