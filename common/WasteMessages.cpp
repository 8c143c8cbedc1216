// SPDX-License-Identifier: GPL-3.0-or-later
#include "WasteMessages.h"

#include "MeasureReport.h"

#include "model/WasteAnalysis.h"

#include <cmath>

namespace stagecraft::common {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString lineName(int line, const std::string &instruction)
{
    if (line <= 0)
        return WasteMessages::tr("the base image");
    //: A Dockerfile line and its instruction. %1 = line, %2 = instruction
    return WasteMessages::tr("line %1 `%2`").arg(line).arg(q(instruction));
}

QString stageName(const model::StageMeasure &stage)
{
    return stage.name.empty() ? QStringLiteral("#%1").arg(stage.index) : q(stage.name);
}

QString ratio(double value, const QLocale &locale)
{
    return locale.toString(std::round(value * 1000.0) / 10.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QString WasteMessages::advice(const std::string &code)
{
    using model::WasteAnalysis;
    if (code == WasteAnalysis::kAdviceSameRun)
        return tr("Download, use and delete in the same RUN (or use a cache mount): a file "
                  "deleted by a later RUN still ships in the earlier layer.");
    if (code == WasteAnalysis::kAdviceNarrowCopy)
        return tr("Copy only what the image needs (a narrower COPY, .dockerignore), or COPY it "
                  "into a builder stage and COPY --from only the result.");
    if (code == WasteAnalysis::kAdviceBuilderStage)
        return tr("Move the step to a builder stage and COPY --from only the result: replaced "
                  "files still ship in the earlier layer.");
    if (code == WasteAnalysis::kAdviceSlimmerBase)
        return tr("Deleting files of the base image does not make the image smaller: pick a "
                  "slimmer base image instead.");
    return {};
}

QString WasteMessages::efficiency(double value, const QLocale &locale)
{
    return ratio(value, locale);
}

QString WasteMessages::summary(const model::StageWaste &waste, const QLocale &locale)
{
    //: %1 = efficiency (percent), %2 = wasted size, %3 = the wasted share of the stage's own
    //: bytes (percent)
    return tr("efficiency %1, wasted %2 (%3 of its own bytes)")
        .arg(ratio(waste.efficiency, locale), MeasureReport::size(waste.wastedBytes, locale),
             ratio(waste.userWastedPercent / 100.0, locale));
}

QString WasteMessages::finding(const model::WasteFinding &finding, const QLocale &locale)
{
    QStringList paths;
    for (const std::string &path : finding.largest)
        paths << q(path);
    //: %1 = the files, e.g. "/big, /tmp/x"
    const QString files
        = tr("%n file(s): %1", nullptr, finding.files).arg(paths.join(QStringLiteral(", ")));
    if (finding.overwritten)
        //: %1 = line and instruction that added files, %2 = size, %3 = the files,
        //: %4 = line and instruction that replaced them
        return tr("%1 added %2 (%3) that %4 replaced")
            .arg(lineName(finding.addedLine, finding.addedBy),
                 MeasureReport::size(finding.bytes, locale), files,
                 lineName(finding.removedLine, finding.removedBy));
    //: %1 = line and instruction that added files, %2 = size, %3 = the files,
    //: %4 = line and instruction that removed them
    return tr("%1 added %2 (%3) that %4 removed")
        .arg(lineName(finding.addedLine, finding.addedBy),
             MeasureReport::size(finding.bytes, locale), files,
             lineName(finding.removedLine, finding.removedBy));
}

QString WasteMessages::text(const model::MeasureRun &run, const QLocale &locale)
{
    QString text;
    for (const model::StageMeasure &stage : run.stages) {
        if (!stage.waste.analysed)
            continue;
        //: Plain-text report. %1 = stage, %2 = the summary
        text += u'\n' + tr("Waste of %1: %2").arg(stageName(stage), summary(stage.waste, locale))
            + u'\n';
        for (const model::WasteFinding &item : stage.waste.findings) {
            text += QStringLiteral("  ") + finding(item, locale) + u'\n';
            const QString fix = advice(item.advice);
            if (!fix.isEmpty())
                text += QStringLiteral("    ") + tr("Fix: %1").arg(fix) + u'\n';
        }
    }
    return text;
}

QString WasteMessages::markdown(const model::MeasureRun &run, const QLocale &locale)
{
    QString text;
    for (const model::StageMeasure &stage : run.stages) {
        if (!stage.waste.analysed)
            continue;
        //: Markdown heading. %1 = stage
        text += u'\n' + QStringLiteral("## ") + tr("Wasted space of %1").arg(stageName(stage))
            + QStringLiteral("\n\n") + summary(stage.waste, locale) + QStringLiteral("\n\n");
        for (const model::WasteFinding &item : stage.waste.findings) {
            text += QStringLiteral("- ") + finding(item, locale);
            const QString fix = advice(item.advice);
            if (!fix.isEmpty())
                text += QStringLiteral(" — ") + fix;
            text += u'\n';
        }
    }
    return text;
}

QString WasteMessages::violation(const model::GateViolation &violation, const QLocale &locale)
{
    using Kind = model::GateViolation::Kind;
    const QString stage = q(violation.stage);
    const auto bytes
        = [&](double value) { return MeasureReport::size(static_cast<qint64>(value), locale); };
    switch (violation.kind) {
    case Kind::Efficiency:
        //: %1 = stage, %2 = its efficiency, %3 = the minimum asked for
        return tr("%1: efficiency %2 is below the minimum %3")
            .arg(stage, ratio(violation.actual, locale), ratio(violation.limit, locale));
    case Kind::Wasted:
        //: %1 = stage, %2 = wasted size, %3 = the most allowed
        return tr("%1: wasted %2 is over the limit %3")
            .arg(stage, bytes(violation.actual), bytes(violation.limit));
    case Kind::Budget:
        //: %1 = stage, %2 = its size, %3 = its budget
        return tr("%1: size %2 is over its budget %3")
            .arg(stage, bytes(violation.actual), bytes(violation.limit));
    case Kind::UnknownStage:
        //: %1 = the stage a budget names
        return tr("budget for %1: no stage has that name (use a stage name, #index or final)")
            .arg(stage);
    case Kind::NotMeasured:
        //: %1 = stage
        return tr("%1: not measured, so its gate cannot pass").arg(stage);
    }
    return {};
}

} // namespace stagecraft::common
