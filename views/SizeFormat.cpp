// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/SizeFormat.h"

#include <cmath>

namespace stagecraft::views {

namespace {

const QChar kMinus(0x2212);
const QChar kNoBreakSpace(0x00A0);

} // namespace

QString SizeFormat::size(qint64 bytes, const QLocale &locale)
{
    // Base 1000 and one decimal, as `docker image ls` counts (see shared HINDI.md §3).
    QString text
        = locale.formattedDataSize(std::max<qint64>(bytes, 0), 1, QLocale::DataSizeSIFormat);
    text.replace(u' ', kNoBreakSpace);
    return text;
}

QString SizeFormat::exactBytes(qint64 bytes, const QLocale &locale)
{
    //: %1 = a byte count with the locale's digit grouping (1,234,567; Hindi 12,34,567)
    return tr("%1 bytes").arg(locale.toString(bytes)).replace(u' ', kNoBreakSpace);
}

QString SizeFormat::delta(qint64 bytes, const QLocale &locale)
{
    if (bytes == 0)
        return QStringLiteral("±") + size(0, locale);
    const QString magnitude = size(bytes < 0 ? -bytes : bytes, locale);
    return (bytes < 0 ? QString(kMinus) : QStringLiteral("+")) + magnitude;
}

QString SizeFormat::percent(double value, const QLocale &locale)
{
    const double rounded = std::round(value);
    if (rounded == 0.0 || !std::isfinite(rounded))
        return locale.toString(0) + locale.percent();
    const QString magnitude = locale.toString(std::abs(rounded), 'f', 0);
    return (rounded < 0 ? QString(kMinus) : QStringLiteral("+")) + magnitude + locale.percent();
}

QString SizeFormat::duration(qint64 ms, const QLocale &locale)
{
    ms = std::max<qint64>(ms, 0);
    if (ms < 60'000)
        //: A wall time under a minute: %1 = seconds with one decimal ("12.3")
        return tr("%1 s")
            .arg(locale.toString(double(ms) / 1000.0, 'f', 1))
            .replace(u' ', kNoBreakSpace);
    const qint64 seconds = (ms + 500) / 1000;
    //: A wall time of a minute or more: %1 = minutes, %2 = seconds (CLDR short: "2 मि॰ 5 से॰")
    return tr("%1 min %2 s")
        .arg(locale.toString(seconds / 60), locale.toString(seconds % 60))
        .replace(u' ', kNoBreakSpace);
}

QString SizeFormat::saving(const QString &from, qint64 fromBytes, const QString &to, qint64 toBytes,
                           const QLocale &locale)
{
    if (fromBytes <= 0)
        return {};
    const double change
        = 100.0 * static_cast<double>(toBytes - fromBytes) / static_cast<double>(fromBytes);
    //: Size saving of a multi-stage build. %1 = the biggest stage's name, %2 = its size,
    //: %3 = the final stage's name, %4 = its size, %5 = signed percentage ("−96%").
    return tr("%1 %2 → %3 %4, %5")
        .arg(from, size(fromBytes, locale), to, size(toBytes, locale), percent(change, locale));
}

} // namespace stagecraft::views
