// SPDX-License-Identifier: GPL-3.0-or-later
#include "WasteView.h"

#include "views/SizeFormat.h"

#include "model/WasteAnalysis.h"

#include <QEvent>

#include <cmath>

namespace stagecraft::views {

namespace {

QString percentText(double percent)
{
    return QLocale().toString(std::round(percent * 10.0) / 10.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

WasteView::WasteView(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("wasteView"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void WasteView::setWaste(const model::StageWaste &waste)
{
    m_waste = waste;
    retranslateUi();
}

QString WasteView::advice(const std::string &code)
{
    using model::WasteAnalysis;
    if (code == WasteAnalysis::kAdviceSameRun)
        return tr("Download, use and delete in one RUN.");
    if (code == WasteAnalysis::kAdviceNarrowCopy)
        return tr("Copy less, or COPY into a builder stage and COPY --from only the result.");
    if (code == WasteAnalysis::kAdviceBuilderStage)
        return tr("Move the step to a builder stage and COPY --from only the result.");
    if (code == WasteAnalysis::kAdviceSlimmerBase)
        return tr("Pick a slimmer base image: deleting its files saves nothing.");
    return {};
}

void WasteView::retranslateUi()
{
    if (!m_waste.analysed) {
        clear();
        hide();
        return;
    }
    //: Sizes dock. %1 = efficiency (percent), %2 = wasted size, %3 = wasted share of the
    //: stage's own bytes (percent)
    QString text
        = tr("Wasted space: efficiency %1, wasted %2 (%3 of the stage's own bytes)")
              .arg(percentText(m_waste.efficiency * 100.0), SizeFormat::size(m_waste.wastedBytes),
                   percentText(m_waste.userWastedPercent));
    int shown = 0;
    for (const model::WasteFinding &finding : m_waste.findings) {
        if (shown++ == kShownFindings)
            break;
        const QString added = finding.addedLine > 0
            ? tr("line %1").arg(QLocale().toString(finding.addedLine))
            : tr("the base image");
        const QString removed = finding.removedLine > 0
            ? tr("line %1").arg(QLocale().toString(finding.removedLine))
            : tr("the base image");
        QStringList paths;
        for (const std::string &path : finding.largest)
            paths << QString::fromStdString(path);
        //: %1 = "line 2", %2 = size, %3 = "line 3", %4 = the largest files
        const QString line = finding.overwritten ? tr("%1 added %2 that %3 replaced (%4)")
                                                 : tr("%1 added %2 that %3 removed (%4)");
        text += u'\n' + QStringLiteral("• ")
            + line.arg(added, SizeFormat::size(finding.bytes), removed,
                       paths.join(QStringLiteral(", ")));
        const QString fix = advice(finding.advice);
        if (!fix.isEmpty())
            text += u' ' + fix;
    }
    setText(text);
    show();
}

void WasteView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace stagecraft::views
