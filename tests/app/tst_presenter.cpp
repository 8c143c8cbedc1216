// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode in the main window (offscreen): the toggle enlarges the application font, zooms
// the editor, switches the canvas theme to high contrast with thick lines — and restores all of
// it; Next/Previous Stage walk the stages a build needs, in build order; the packet animation
// runs along the arrows into the current stage and stops cleanly.
#include "app/DocumentController.h"
#include "app/MainWindow.h"
#include "app/PresenterMode.h"
#include "views/PresenterStepper.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using stagecraft::app::MainWindow;
namespace views = stagecraft::views;

namespace {

// "unused" is not needed by the final stage: a build of the target skips it.
const QString kDockerfile = u"FROM alpine:3.19 AS deps\n"
                            "RUN echo deps > /deps\n"
                            "FROM alpine:3.19 AS build\n"
                            "COPY --from=deps /deps /deps\n"
                            "RUN echo app > /app\n"
                            "FROM alpine:3.19 AS unused\n"
                            "RUN echo no\n"
                            "FROM scratch\n"
                            "COPY --from=build /app /app\n"
                            "COPY --from=deps /deps /deps\n"_s;

int selectedStage(const MainWindow &window)
{
    const QList<QGraphicsItem *> selected = window.canvas()->stageScene()->selectedItems();
    if (selected.size() != 1 || selected.first()->type() != views::StageBlockItem::Type)
        return -100;
    return static_cast<views::StageBlockItem *>(selected.first())->content().index;
}

int packetCount(const MainWindow &window)
{
    int count = 0;
    const QList<QGraphicsItem *> items = window.canvas()->stageScene()->items();
    for (QGraphicsItem *item : items)
        count += qgraphicsitem_cast<QGraphicsEllipseItem *>(item) != nullptr ? 1 : 0;
    return count;
}

} // namespace

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void toggleEnlargesAndRestores();
    void steppingFollowsTheBuildOrder();
    void packetsMoveAlongArrowsAndStop();
};

void TestPresenter::toggleEnlargesAndRestores()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    const QFont before = QApplication::font();
    const QFont editorBefore = window.editor()->font();
    const QTransform canvasBefore = window.canvas()->transform();
    QCOMPARE(window.presenterAction()->shortcut(), QKeySequence(u"Ctrl+Shift+F5"_s));
    QVERIFY(!views::CanvasTheme::presenterMode());
    QCOMPARE(window.canvas()->stageScene()->theme().lineScale, 1.0);

    window.presenterAction()->trigger();
    QVERIFY(window.presenterMode()->isEnabled());
    QVERIFY(views::CanvasTheme::presenterMode());
    QVERIFY(QApplication::font().pointSizeF() >= 16.0);
    QVERIFY(QApplication::font().pointSizeF() >= before.pointSizeF() * 1.5);
    QCOMPARE(window.editor()->zoomLevel(), 8);
    QVERIFY(window.editor()->font().pointSizeF() >= editorBefore.pointSizeF() + 8);
    const views::CanvasTheme &theme = window.canvas()->stageScene()->theme();
    QVERIFY(theme.presenter);
    QVERIFY(theme.lineScale >= 2.0);
    QVERIFY(theme.font.bold());
    QVERIFY(window.canvas()->zoomFactor() >= 1.5);
    // Charts and others read the flag from a fresh theme.
    QVERIFY(views::CanvasTheme::fromPalette(QApplication::palette()).presenter);

    window.presenterAction()->trigger();
    QVERIFY(!window.presenterMode()->isEnabled());
    QVERIFY(!views::CanvasTheme::presenterMode());
    QCOMPARE(QApplication::font(), before);
    QCOMPARE(window.editor()->zoomLevel(), 0);
    QCOMPARE(window.editor()->font().pointSizeF(), editorBefore.pointSizeF());
    QCOMPARE(window.canvas()->stageScene()->theme().lineScale, 1.0);
    QVERIFY(!window.canvas()->stageScene()->theme().presenter);
    QCOMPARE(window.canvas()->transform(), canvasBefore);
}

void TestPresenter::steppingFollowsTheBuildOrder()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    views::PresenterStepper *stepper = window.presenterMode()->stepper();
    stepper->setAnimationsEnabled(false);
    QCOMPARE(stepper->buildOrder(), (std::vector<int>{0, 1, 3}));
    QSignalSpy shown(stepper, &views::PresenterStepper::stageShown);
    window.nextStageAction()->trigger();
    QCOMPARE(selectedStage(window), 0);
    window.nextStageAction()->trigger();
    QCOMPARE(selectedStage(window), 1);
    window.nextStageAction()->trigger();
    QCOMPARE(selectedStage(window), 3); // "unused" is skipped
    QCOMPARE(shown.last().value(1).toInt(), 2);
    QCOMPARE(shown.last().value(2).toInt(), 3);
    window.nextStageAction()->trigger(); // wraps
    QCOMPARE(selectedStage(window), 0);
    window.previousStageAction()->trigger();
    QCOMPARE(selectedStage(window), 3);
    window.previousStageAction()->trigger();
    QCOMPARE(selectedStage(window), 1);
    QCOMPARE(packetCount(window), 0); // animations off
    QVERIFY(!stepper->isAnimating());
}

void TestPresenter::packetsMoveAlongArrowsAndStop()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    views::PresenterStepper *stepper = window.presenterMode()->stepper();
    stepper->setAnimationsEnabled(true);
    stepper->setDuration(400);
    stepper->showStage(3);
    // Two COPY --from arrows and the FROM scratch has no arrow: two packets.
    QCOMPARE(packetCount(window), 2);
    QVERIFY(stepper->isAnimating());
    QList<QPointF> starts;
    const QList<QGraphicsItem *> items = window.canvas()->stageScene()->items();
    for (QGraphicsItem *item : items) {
        if (qgraphicsitem_cast<QGraphicsEllipseItem *>(item))
            starts << item->pos();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!stepper->isAnimating(), 5000);
    // Each packet ended at the head of an arrow into stage 3.
    QList<QPointF> ends;
    for (QGraphicsItem *item : window.canvas()->stageScene()->items()) {
        if (qgraphicsitem_cast<QGraphicsEllipseItem *>(item))
            ends << item->pos();
    }
    QCOMPARE(ends.size(), 2);
    for (const QPointF &end : ends) {
        bool atHead = false;
        for (views::ArrowItem *arrow : window.canvas()->stageScene()->arrows()) {
            if (arrow->content().toStage == 3)
                atHead = atHead || QLineF(arrow->mapToScene(arrow->endPoint()), end).length() < 1.0;
        }
        QVERIFY(atHead);
        QVERIFY(!starts.contains(end));
    }
    // A reparse that removes an arrow mid-flight stops the packets.
    stepper->showStage(3);
    QVERIFY(stepper->isAnimating());
    window.editor()->setPlainText(u"FROM alpine:3.19 AS deps\nFROM scratch\n"_s);
    window.reparseNow();
    QTRY_VERIFY_WITH_TIMEOUT(!stepper->isAnimating(), 2000);
    QCOMPARE(packetCount(window), 0);
    // Leaving presenter mode stops everything too.
    window.presenterAction()->trigger();
    window.presenterAction()->trigger();
    QCOMPARE(packetCount(window), 0);
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
