// SPDX-License-Identifier: GPL-3.0-or-later
// The Sizes dock's wasted-space part: shown for a stage whose waste was analysed (efficiency,
// wasted bytes, the lines that added and removed files, the fix), hidden otherwise; the
// "Wasted space" context-menu toggle is off by default and reports its changes.
#include "views/SizeFormat.h"
#include "views/panels/SizesPanel.h"
#include "views/panels/WasteView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

model::MeasureRun run(bool analysed)
{
    model::MeasureRun run;
    model::StageMeasure stage;
    stage.index = 0;
    stage.name = "app";
    stage.imageId = "sha256:0123456789abcdef";
    stage.size = 5'000'000;
    stage.baseSize = 2'000'000;
    stage.built = true;
    stage.waste.analysed = analysed;
    stage.waste.efficiency = 0.421;
    stage.waste.wastedBytes = 3'000'000;
    stage.waste.userWastedPercent = 100;
    stage.waste.findings.push_back(
        {2, 3, "COPY big /big", "RUN rm /big", 3'000'000, 1, false, "same-run", {"/big"}});
    run.stages = {stage};
    run.finalIndex = 0;
    return run;
}

} // namespace

class TestWasteView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheAnalysedStagesWaste()
    {
        views::SizesPanel panel;
        panel.setRun(run(true));
        const QLabel *label = panel.wasteLabel();
        QVERIFY(!label->isHidden());
        const QString text = label->text();
        QVERIFY2(text.contains(u"efficiency 42.1 %"), qPrintable(text));
        const QString finding = u"line 2 added "_s + views::SizeFormat::size(3'000'000)
            + u" that line 3 removed (/big)"_s;
        QVERIFY2(text.contains(finding), qPrintable(text));
        QVERIFY(text.contains(views::WasteView::advice("same-run")));
    }

    void hiddenWithoutAnalysis()
    {
        views::SizesPanel panel;
        panel.setRun(run(false));
        QVERIFY(panel.wasteLabel()->isHidden());
        QVERIFY(panel.wasteLabel()->text().isEmpty());
    }

    void toggleIsOffAndReportsChanges()
    {
        views::SizesPanel panel;
        QVERIFY(!panel.analyseWasteAction()->isChecked());
        QVERIFY(panel.actions().contains(panel.analyseWasteAction()));
        QSignalSpy toggled(&panel, &views::SizesPanel::analyseWasteToggled);
        panel.analyseWasteAction()->setChecked(true);
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.at(0).at(0).toBool(), true);
    }

    void everyAdviceHasWords()
    {
        for (const char *code : {"same-run", "narrow-copy", "builder-stage", "slimmer-base"})
            QVERIFY(!views::WasteView::advice(code).isEmpty());
        QVERIFY(views::WasteView::advice("").isEmpty());
    }
};

QTEST_MAIN(TestWasteView)
#include "tst_wasteview.moc"
