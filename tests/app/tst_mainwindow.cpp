// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with the real canvas and editor (offscreen): typing in the editor reaches the
// graph the canvas shows, each canvas gesture edits the text as one undo step, selection follows
// between the two sides, diagnostics reveal their text, files dropped on the window open,
// unsaved changes are asked about, crash recovery, light/dark switching and the Hindi catalogue.

#include "app/AutosaveManager.h"
#include "app/DiagnosticsModel.h"
#include "app/DiagnosticsPanel.h"
#include "app/DocumentController.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/Theme.h"
#include "common/Translation.h"

#include "views/ModelMetaTypes.h"
#include "views/StageColors.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using stagecraft::app::MainWindow;
namespace model = stagecraft::model;

namespace {

std::string textOf(const MainWindow &window)
{
    return window.controller()->modelText();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstWindowFitsALaptopScreen();
    void exampleShowsItsTwoStages();
    void typingReachesTheCanvas();
    void canvasOperationIsOneUndoStep_data();
    void canvasOperationIsOneUndoStep();
    void canvasRefusalGoesToTheStatusBar();
    void renameAndReorderInOneEditKeepEachBlock();
    void invalidCanvasRenameGoesToTheStatusBar();
    void editorCursorSelectsTheBlock();
    void selectedBlockRevealsItsFromLine();
    void diagnosticsPanelRevealsTheRange();
    void brokenTextKeepsTheCanvas();
    void droppedFileOpens();
    void unsavedChangesAreAskedAbout();
    void crashRecoveryIsOffered();
    void canvasAndEditorCanBeHidden();
    void recentFilesAndLayoutAreRemembered();
    void themeSwitchesLive();
    void hindiCatalogueRetranslatesTheWindow();
    void unknownLanguageIsRefused();
    void cleanup();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::firstWindowFitsALaptopScreen()
{
    // No remembered geometry: the window opens at 1280×800 with every dock it starts with, so
    // it fits a 1366×768 screen's work area once maximised and a 1280×800 one as is; on a
    // smaller screen (the offscreen platform's is 800×600) it takes the screen's available size.
    stagecraft::app::Settings::setWindowGeometry({});
    stagecraft::app::Settings::setWindowState({});
    MainWindow window;
    const QSize expected = QSize(1280, 800).boundedTo(window.screen()->availableGeometry().size());
    QCOMPARE(window.size(), expected);
    QVERIFY(window.minimumSizeHint().height() <= 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), expected);
}

void TestMainWindow::exampleShowsItsTwoStages()
{
    MainWindow window;
    window.openExample();
    QVERIFY(window.filePath().isEmpty());
    QVERIFY(window.editor()->toPlainText().contains(u"COPY --from=builder"_s));
    QCOMPARE(window.stageGraph().stages().size(), std::size_t{2});
    QCOMPARE(window.canvas()->stageScene()->blocks().size(), std::size_t{2});
    QVERIFY(window.windowTitle().startsWith(u"Example Dockerfile"_s));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.editor()->document(), window.controller()->document());
}

void TestMainWindow::typingReachesTheCanvas()
{
    MainWindow window;
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.editor()->moveCursor(QTextCursor::End);
    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_Return);
    QTest::keyClicks(window.editor(), u"FROM alpine:3.20 AS test"_s);
    QTest::keyClick(window.editor(), Qt::Key_Escape); // closes a completion popup, if any
    // Coalesced: the canvas sees the new stage at the next frame.
    QTRY_COMPARE(window.canvas()->stageScene()->graph().stages().size(), std::size_t{3});
    QCOMPARE(window.canvas()->stageScene()->blocks().size(), std::size_t{3});
    QCOMPARE(window.stageGraph().stages()[2].name, std::string("test"));
    QVERIFY(window.isWindowModified());
}

void TestMainWindow::canvasOperationIsOneUndoStep_data()
{
    QTest::addColumn<model::EditOperation>("operation");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("add stage") << model::EditOperation(
        model::AddStage{"alpine:3.20", "test", "", "", ""})
                               << u"FROM alpine:3.20 AS test"_s;
    QTest::newRow("rename stage") << model::EditOperation(model::RenameStage{"builder", "compile"})
                                  << u"COPY --from=compile"_s;
    QTest::newRow("add copy") << model::EditOperation(
        model::AddCopy{"builder", "1", {"/app/extra"}, "/app/extra", "", "", false})
                              << u"COPY --from=builder /app/extra /app/extra"_s;
    QTest::newRow("remove stage") << model::EditOperation(model::RemoveStage{"builder", true})
                                  << QString();
    QTest::newRow("move stage") << model::EditOperation(
        model::AddStage{"busybox", "tools", "", "", "builder"})
                                << u"FROM busybox AS tools"_s;
}

void TestMainWindow::canvasOperationIsOneUndoStep()
{
    QFETCH(model::EditOperation, operation);
    QFETCH(QString, expectedLine);
    MainWindow window;
    window.openExample();
    const std::string before = textOf(window);

    Q_EMIT window.canvas()->operationRequested(operation);
    const std::string after = textOf(window);
    QVERIFY(after != before);
    if (expectedLine.isEmpty())
        QVERIFY(!window.editor()->toPlainText().contains(u"builder"_s, Qt::CaseInsensitive));
    else
        QVERIFY2(window.editor()->toPlainText().contains(expectedLine), after.c_str());
    // The canvas already shows the result.
    QCOMPARE(window.canvas()->stageScene()->analysis()->text(), after);
    window.controller()->document()->undo();
    QCOMPARE(QByteArray::fromStdString(textOf(window)), QByteArray::fromStdString(before));
    QVERIFY(!window.controller()->document()->isUndoAvailable()); // it was one step
    QVERIFY(!window.isWindowModified());
    window.reparseNow();
    QCOMPARE(window.canvas()->stageScene()->analysis()->text(), before);
    window.controller()->document()->redo();
    QCOMPARE(QByteArray::fromStdString(textOf(window)), QByteArray::fromStdString(after));

    // A MoveStage on the result as well: moving the new stage back after the builder.
    if (QTest::currentDataTag() == QByteArrayLiteral("move stage")) {
        window.reparseNow();
        const std::string beforeMove = textOf(window);
        Q_EMIT window.canvas()->operationRequested(
            model::EditOperation(model::MoveStage{"tools", "builder", ""}));
        const std::string moved = textOf(window);
        QVERIFY(moved != beforeMove);
        QVERIFY(moved.find("AS builder") < moved.find("AS tools"));
        window.controller()->document()->undo();
        QCOMPARE(QByteArray::fromStdString(textOf(window)), QByteArray::fromStdString(beforeMove));
    }
}

void TestMainWindow::canvasRefusalGoesToTheStatusBar()
{
    MainWindow window;
    window.openExample();
    const std::string before = textOf(window);
    Q_EMIT window.canvas()->operationRequested(
        model::EditOperation(model::RenameStage{"1", "Builder"}));
    QCOMPARE(textOf(window), before);
    QVERIFY(window.statusBar()->currentMessage().contains(u"Builder"_s));
}

void TestMainWindow::renameAndReorderInOneEditKeepEachBlock()
{
    // The real keystroke path: one replacement in the editor's document (a paste over the first
    // two stages) renames the build stage and moves it first. Each block stays the same item,
    // where it was, and the selected one stays selected (the editor's cursor stays in the last
    // stage, so it does not move the selection).
    MainWindow window;
    window.controller()->openBytes("FROM alpine:3.20 AS deps\nRUN apk add git\n\n"
                                   "FROM golang:1.22 AS build\nRUN go build -o /app .\n\n"
                                   "FROM scratch AS final\nCOPY --from=build /app /app\n",
                                   u"test"_s);
    window.editor()->moveCursor(QTextCursor::End);
    stagecraft::views::StageScene *scene = window.canvas()->stageScene();
    QCOMPARE(scene->blocks().size(), std::size_t{3});
    stagecraft::views::StageBlockItem *deps = scene->blockForStage(0);
    stagecraft::views::StageBlockItem *build = scene->blockForStage(1);
    stagecraft::views::StageBlockItem *final = scene->blockForStage(2);
    deps->setPos(-400, 300);
    build->setPos(500, -200);
    final->setPos(900, 40);
    // Selected as the editor's cursor selects (selecting by hand would move the cursor there).
    window.canvas()->selectStage(1);
    QVERIFY(build->isSelected());

    QTextCursor cursor(window.controller()->document());
    cursor.setPosition(static_cast<int>(window.editor()->toPlainText().indexOf(u"FROM scratch"_s)),
                       QTextCursor::KeepAnchor);
    cursor.insertText(u"FROM golang:1.22 AS compile\nRUN go build -o /app .\n\n"
                      "FROM alpine:3.20 AS deps\nRUN apk add git\n\n"_s);
    window.reparseNow();
    QCOMPARE(window.stageGraph().stages()[0].name, std::string("compile"));
    QCOMPARE(scene->blockForStage(0), build);
    QCOMPARE(scene->blockForStage(1), deps);
    QCOMPARE(scene->blockForStage(2), final);
    QCOMPARE(build->pos(), QPointF(500, -200));
    QCOMPARE(deps->pos(), QPointF(-400, 300));
    QCOMPARE(final->pos(), QPointF(900, 40));
    QVERIFY(build->isSelected());
    QVERIFY(!deps->isSelected());
    // The ids are the analysis's, published once for every reader.
    const auto analysis = window.controller()->analysis();
    QCOMPARE(build->id(), analysis->stageId(0));
    QCOMPARE(window.editor()->analysis(), analysis);
    QCOMPARE(scene->analysis(), analysis);
}

void TestMainWindow::invalidCanvasRenameGoesToTheStatusBar()
{
    MainWindow window;
    window.openExample();
    const std::string before = textOf(window);
    stagecraft::views::StageScene *scene = window.canvas()->stageScene();
    scene->requestRename(scene->blockForStage(0)->id(), u"9lives"_s);
    QCOMPARE(textOf(window), before);
    // The UI's one message for the code (EditMessages), as for the edit engine's refusal.
    QVERIFY(window.statusBar()->currentMessage().contains(u"9lives"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"not a valid stage name"_s));
}

void TestMainWindow::editorCursorSelectsTheBlock()
{
    MainWindow window;
    window.openExample();
    const QString text = window.editor()->toPlainText();
    QTextCursor cursor = window.editor()->textCursor();
    cursor.setPosition(static_cast<int>(text.lastIndexOf(u"COPY --from=builder"_s)));
    window.editor()->setTextCursor(cursor);
    QTRY_VERIFY(window.canvas()->stageScene()->blockForStage(1)->isSelected());
    QVERIFY(!window.canvas()->stageScene()->blockForStage(0)->isSelected());
}

void TestMainWindow::selectedBlockRevealsItsFromLine()
{
    MainWindow window;
    window.openExample();
    Q_EMIT window.canvas()->stageSelected(1);
    const QTextCursor cursor = window.editor()->textCursor();
    QVERIFY(cursor.block().text().startsWith(u"FROM python:3.11-slim"_s));

    const model::Edge &edge = window.stageGraph().edges().front();
    Q_EMIT window.canvas()->rangeActivated(edge.referenceRange);
    QCOMPARE(window.editor()->textCursor().block().blockNumber() + 1, edge.line);
}

void TestMainWindow::diagnosticsPanelRevealsTheRange()
{
    MainWindow window;
    window.openExample();
    window.editor()->setPlainText(u"from alpine as Base\nRUN apt-get install curl\nFROM base\n"_s);
    window.reparseNow();
    auto *panel = window.diagnosticsPanel();
    QCOMPARE(panel->model()->rowCount(), window.problemCount());
    QVERIFY(window.problemCount() > 0);
    const int row = panel->model()->rowCount() - 1;
    const model::Diagnostic &diagnostic = panel->diagnostics()[static_cast<std::size_t>(row)];
    Q_EMIT panel->view()->activated(panel->model()->index(row, 0));
    const auto [begin, end] = window.controller()->analysis()->offsets().toUtf16(diagnostic.range);
    Q_UNUSED(end);
    QCOMPARE(window.editor()->textCursor().block().blockNumber(),
             window.editor()->document()->findBlock(begin).blockNumber());
    QVERIFY(
        !panel->model()
             ->data(panel->model()->index(row, stagecraft::app::DiagnosticsModel::MessageColumn))
             .toString()
             .isEmpty());
}

void TestMainWindow::brokenTextKeepsTheCanvas()
{
    MainWindow window;
    window.openExample();
    QTextCursor cursor(window.controller()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"COPY --from= [\"oops\nRUN <<EOF\nFROM\n"_s);
    window.reparseNow();
    QCOMPARE(window.canvas()->stageScene()->blocks().size(), std::size_t{2});
    QVERIFY(window.problemCount() > 0);
}

void TestMainWindow::droppedFileOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine AS one\nFROM one AS two\nFROM two\n"));
    MainWindow window;
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.editor()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.editor()->viewport(), &drop);
    QTRY_COMPARE(window.filePath(), path);
    QCOMPARE(window.stageGraph().stages().size(), std::size_t{3});
    QVERIFY(!window.editor()->toPlainText().contains(u"file://"_s));
    QVERIFY(window.windowTitle().startsWith(u"Dockerfile"_s));
}

void TestMainWindow::unsavedChangesAreAskedAbout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    MainWindow window;
    QVERIFY(window.openFile(path));
    int asked = 0;
    MainWindow::UnsavedChoice answer = MainWindow::UnsavedChoice::Cancel;
    window.setUnsavedChangesHandler([&] {
        ++asked;
        return answer;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close()); // nothing to ask
    QCOMPARE(asked, 0);

    window.show();
    QTextCursor cursor(window.controller()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"RUN true\n"_s);
    QVERIFY(window.windowTitle().contains(u"[*]"_s));
    QVERIFY(window.isWindowModified());
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());

    answer = MainWindow::UnsavedChoice::Save;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("FROM alpine\nRUN true\n"));
}

void TestMainWindow::crashRecoveryIsOffered()
{
    QTemporaryDir dir;
    const QString autosave = dir.filePath(u"autosave"_s);
    const QString path = dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    {
        stagecraft::app::DocumentController crashed;
        crashed.autosave()->setDirectory(autosave);
        QVERIFY(crashed.openFile(path));
        QTextCursor cursor(crashed.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"RUN unsaved\n"_s);
        crashed.autosaveNow();
    }
    MainWindow window;
    window.controller()->autosave()->setDirectory(autosave);
    window.openExample();
    QString offered;
    window.setRecoveryHandler([&](const stagecraft::app::AutosaveManager::Entry &entry) {
        offered = entry.originalPath;
        return true;
    });
    QVERIFY(window.offerRecovery(autosave));
    QCOMPARE(offered, path);
    QCOMPARE(window.filePath(), path);
    QCOMPARE(textOf(window), std::string("FROM alpine\nRUN unsaved\n"));
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.stageGraph().stages().size(), std::size_t{1});
    // Offered once: the entry was taken over by this window's own autosave.
    QVERIFY(stagecraft::app::AutosaveManager::recoverable(autosave).isEmpty());
    QVERIFY(!window.offerRecovery(autosave));
}

void TestMainWindow::canvasAndEditorCanBeHidden()
{
    MainWindow window;
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto actions = window.findChildren<QAction *>();
    const auto find = [&](const QString &text) {
        const auto it = std::find_if(actions.begin(), actions.end(),
                                     [&](const QAction *a) { return a->text() == text; });
        return it == actions.end() ? nullptr : *it;
    };
    QAction *canvas = find(u"Stage &Canvas"_s);
    QAction *editor = find(u"Dockerfile &Editor"_s);
    QVERIFY(canvas && editor);
    canvas->trigger();
    QVERIFY(!window.canvas()->isVisible());
    QVERIFY(window.editor()->isVisible());
    editor->trigger(); // the last one visible: the canvas comes back
    QVERIFY(!window.editor()->isVisible());
    QVERIFY(window.canvas()->isVisible());
    editor->trigger();
    QVERIFY(window.editor()->isVisible() && window.canvas()->isVisible());
}

void TestMainWindow::recentFilesAndLayoutAreRemembered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"remembered.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The user opens the Diagnostics list (it starts hidden): the layout is remembered.
        window.findChild<QDockWidget *>(u"diagnosticsDock"_s)->toggleViewAction()->trigger();
        QVERIFY(window.close());
    }
    QCOMPARE(stagecraft::app::Settings::recentFiles().value(0), path);
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.findChild<QDockWidget *>(u"diagnosticsDock"_s)->isVisible());
    const auto actions = again.findChildren<QAction *>();
    const bool listed = std::any_of(actions.begin(), actions.end(),
                                    [&](const QAction *a) { return a->data().toString() == path; });
    QVERIFY(listed);
    again.findChild<QDockWidget *>(u"diagnosticsDock"_s)->toggleViewAction()->trigger();
    again.saveSettings();
}

void TestMainWindow::themeSwitchesLive()
{
    MainWindow window;
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    using stagecraft::app::Theme;
    using stagecraft::views::StageColors;
    Theme::apply(Theme::Mode::Dark);
    QCoreApplication::processEvents();
    QVERIFY(StageColors::isDark(window.editor()->palette()));
    QVERIFY(StageColors::isDark(window.canvas()->palette()));
    QVERIFY(StageColors::isDark(window.diagnosticsPanel()->palette()));
    Theme::apply(Theme::Mode::Light);
    QCoreApplication::processEvents();
    QVERIFY(!StageColors::isDark(window.editor()->palette()));
    Theme::apply(Theme::Mode::System);
    QCoreApplication::processEvents();
    QCOMPARE(Theme::current(), Theme::Mode::System);
}

void TestMainWindow::hindiCatalogueRetranslatesTheWindow()
{
    MainWindow window;
    window.openExample();
    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"hi"_s));
    QCoreApplication::processEvents(); // delivers QEvent::LanguageChange
    const QString file = u"फ़ाइल (&F)"_s;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(),
             file.normalized(QString::NormalizationForm_C));
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    const bool hasStageCount = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == u"2 stages"_s;
    });
    QVERIFY(hasStageCount);
    QVERIFY(!window.windowTitle().startsWith(u"Example"_s)); // "उदाहरण Dockerfile"

    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), u"&File"_s);
}

void TestMainWindow::unknownLanguageIsRefused()
{
    QVERIFY(!stagecraft::common::installTranslator(*QCoreApplication::instance(), u"xx"_s));
    QCOMPARE(QCoreApplication::translate("stagecraft::app::MainWindowActions", "&File"),
             u"&File"_s);
}

void TestMainWindow::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
