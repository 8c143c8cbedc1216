// SPDX-License-Identifier: GPL-3.0-or-later
// The window's first ten minutes: the canvas first (docks hidden until they have something to
// show), the example readable at its zoom, the layout remembered only once the user changed it
// (versioned), View → Reset Layout, the problem count opening the list, the empty canvas's
// buttons, and a window restored off-screen moved onto a screen.

#include "app/BuildSession.h"
#include "app/DockLayout.h"
#include "app/LessonsPanel.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "views/canvas/CanvasEmptyState.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using stagecraft::app::DockLayout;
using stagecraft::app::MainWindow;
using stagecraft::app::Settings;

namespace {

QAction *actionNamed(const QWidget &window, const QString &text)
{
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void forgetLayout()
{
    Settings::setWindowGeometry({});
    Settings::setWindowState({});
    Settings::setSplitterState({});
}

} // namespace

class TestDockLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstStartShowsCanvasAndEditorOnly();
    void exampleIsDrawnReadable();
    void buildStartOpensTheBuildDock();
    void problemCountOpensTheList();
    void layoutIsRememberedOnlyOnceChanged();
    void olderLayoutVersionIsIgnored();
    void resetLayoutGoesBackToTheFirstStart();
    void emptyCanvasOffersWaysToStart();
    void placeOnScreens_data();
    void placeOnScreens();
};

void TestDockLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDockLayout::init()
{
    forgetLayout();
}

void TestDockLayout::firstStartShowsCanvasAndEditorOnly()
{
    MainWindow window;
    window.resize(1280, 800);
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (QDockWidget *dock : {window.buildDock(), window.sizesDock(), window.diagnosticsDock(),
                              window.lessonsDock(), window.filesDock()})
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(window.paletteDock()->isVisible());
    // The canvas gets the larger share of what the palette leaves.
    QVERIFY(window.canvas()->width() > window.editor()->width());
    QVERIFY(window.canvas()->width() >= window.width() * 45 / 100);
    QVERIFY(!window.dockLayout()->isCustomized());
}

void TestDockLayout::exampleIsDrawnReadable()
{
    // The example's two stages at 1280×800: block titles at least 8 px tall (cap height) and
    // the zoom never below 80 %.
    MainWindow window;
    window.resize(1280, 800);
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.canvas()->stageScene()->blocks().empty());
    QTest::qWait(100); // the automatic fit runs after the first layout
    const qreal zoom = window.canvas()->zoomFactor();
    qInfo("example zoom: %.2f", zoom);
    QVERIFY2(zoom >= stagecraft::views::StageCanvas::SmallGraphMinZoom - 1e-9,
             qPrintable(QString::number(zoom)));
    const QFont titleFont = window.canvas()->stageScene()->theme().titleFont;
    const qreal capHeight = QFontMetricsF(titleFont).capHeight() * zoom;
    qInfo("block title cap height on screen: %.1f px", capHeight);
    QVERIFY2(capHeight >= 8.0, qPrintable(QString::number(capHeight)));
}

void TestDockLayout::buildStartOpensTheBuildDock()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.buildDock()->isVisible());
    Q_EMIT window.buildSession()->buildStarted();
    QVERIFY(window.buildDock()->isVisible());
    // The dock opened for the build stands beside the canvas, which keeps most of the width.
    QTRY_VERIFY(window.buildDock()->width() <= window.width() / 2);
    QVERIFY(!window.dockLayout()->isCustomized());
    Q_EMIT window.buildSession()->measureBusyChanged(true);
    QVERIFY(window.sizesDock()->isVisible());
}

void TestDockLayout::problemCountOpensTheList()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->setPlainText(u"FROM alpine AS a\nFROM alpine AS a\n"_s);
    window.reparseNow();
    auto *count = window.findChild<QToolButton *>(u"problemCount"_s);
    QVERIFY(count);
    QVERIFY(window.problemCount() > 0);
    QVERIFY(count->text().contains(QString::number(window.problemCount())));
    QVERIFY(!window.diagnosticsDock()->isVisible());
    QTest::mouseClick(count, Qt::LeftButton);
    QVERIFY(window.diagnosticsDock()->isVisible());
    QTest::mouseClick(count, Qt::LeftButton);
    QVERIFY(!window.diagnosticsDock()->isVisible());
}

void TestDockLayout::layoutIsRememberedOnlyOnceChanged()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A build opened the Build dock: not the user's doing, so nothing is remembered.
        Q_EMIT window.buildSession()->buildStarted();
        QVERIFY(window.close());
    }
    QVERIFY(Settings::windowState().isEmpty());
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.buildDock()->isVisible());
        // The user opens Learn from the View menu: remembered.
        window.lessonsDock()->toggleViewAction()->trigger();
        QVERIFY(window.lessonsDock()->isVisible());
        QVERIFY(window.dockLayout()->isCustomized());
        QVERIFY(window.close());
    }
    QVERIFY(!Settings::windowState().isEmpty());
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.lessonsDock()->isVisible());
    QVERIFY(again.dockLayout()->isCustomized());
}

void TestDockLayout::olderLayoutVersionIsIgnored()
{
    {
        MainWindow window;
        window.diagnosticsDock()->show();
        // What a version before the canvas-first layout saved (no version: 0).
        Settings::setWindowState(window.saveState());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.diagnosticsDock()->isVisible());
    QVERIFY(!window.dockLayout()->isCustomized());
}

void TestDockLayout::resetLayoutGoesBackToTheFirstStart()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.filesDock()->toggleViewAction()->trigger();
    window.paletteDock()->toggleViewAction()->trigger();
    QVERIFY(window.filesDock()->isVisible());
    QVERIFY(!window.paletteDock()->isVisible());
    QAction *reset = actionNamed(window, u"Reset La&yout"_s);
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!window.filesDock()->isVisible());
    QVERIFY(window.paletteDock()->isVisible());
    QVERIFY(!window.dockLayout()->isCustomized());
    window.saveSettings();
    QVERIFY(Settings::windowState().isEmpty());
}

void TestDockLayout::emptyCanvasOffersWaysToStart()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    stagecraft::views::CanvasEmptyState *empty = window.canvas()->emptyState();
    QVERIFY(empty->isVisible());
    // Centred on the canvas, and within it.
    QVERIFY(window.canvas()->viewport()->rect().contains(empty->geometry()));
    // New from Template… opens the template chooser.
    bool chooserOpened = false;
    QTimer::singleShot(200, this, [&chooserOpened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            chooserOpened = true;
            dialog->reject();
        }
    });
    QTest::mouseClick(empty->templateButton(), Qt::LeftButton);
    QVERIFY(chooserOpened);
    // Start Lesson 1 opens Learn at the first lesson, and its example on the canvas.
    QTest::mouseClick(empty->lessonButton(), Qt::LeftButton);
    QVERIFY(window.lessonsDock()->isVisible());
    window.reparseNow();
    QTRY_VERIFY(!window.canvas()->stageScene()->blocks().empty());
    QVERIFY(!empty->isVisible());
}

void TestDockLayout::placeOnScreens_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QList<QRect>>("screens");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1366, 768);
    const QRect projector(0, 0, 1024, 768);
    const QRect wide(1366, 0, 1920, 1080);
    QTest::newRow("fits where it is")
        << QRect(50, 40, 1280, 700) << QList<QRect>{laptop} << QRect(50, 40, 1280, 700);
    QTest::newRow("on a screen that is gone")
        << QRect(1500, 100, 1280, 800) << QList<QRect>{laptop} << QRect(86, 0, 1280, 768);
    QTest::newRow("larger than the projector")
        << QRect(0, 0, 1280, 800) << QList<QRect>{projector} << QRect(0, 0, 1024, 768);
    QTest::newRow("mostly on the second screen")
        << QRect(1400, 100, 1280, 800) << QList<QRect>{laptop, wide} << QRect(1400, 100, 1280, 800);
    QTest::newRow("far above every screen")
        << QRect(200, -3000, 800, 600) << QList<QRect>{laptop, wide} << QRect(200, 0, 800, 600);
}

void TestDockLayout::placeOnScreens()
{
    QFETCH(QRect, frame);
    QFETCH(QList<QRect>, screens);
    QFETCH(QRect, expected);
    QCOMPARE(DockLayout::placeOnScreens(frame, screens), expected);
}

QTEST_MAIN(TestDockLayout)
#include "tst_docklayout.moc"
