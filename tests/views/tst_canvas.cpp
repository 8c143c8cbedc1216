// SPDX-License-Identifier: GPL-3.0-or-later
// Canvas gestures driven with real mouse and key events on the view's viewport: each gesture must
// become exactly one edit operation whose text result is asserted, and one undo restores the
// text byte for byte. Also: the scene reconciles in place (same items, positions, selection).

#include "CanvasHarness.h"
#include "tests/TestSupport.h"

#include "views/canvas/ArrowDialog.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/CanvasPalette.h"
#include "views/canvas/ImageNodeItem.h"
#include "views/canvas/InlineRenameEditor.h"
#include "views/canvas/StageBlockItem.h"

#include <QDirIterator>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace stagecraft;
using tests::CanvasHarness;
using tests::readTestFile;

namespace {

const std::string ThreeStages = "FROM alpine:3.19 AS a\n"
                                "RUN echo a > /a\n"
                                "\n"
                                "FROM alpine:3.19 AS b\n"
                                "RUN echo b > /b\n"
                                "\n"
                                "FROM scratch\n"
                                "COPY --from=a /a /a\n"
                                "COPY --from=b /b /b\n";

QPoint viewportPoint(const views::StageCanvas &canvas, const QPointF &scenePos)
{
    return canvas.mapFromScene(scenePos);
}

QPoint blockCentre(const views::StageCanvas &canvas, const views::StageBlockItem *block)
{
    return viewportPoint(canvas,
                         block->mapToScene(QPointF(views::StageBlockItem::Width / 2,
                                                   views::StageBlockItem::HeaderHeight + 4)));
}

/// A viewport point with no item under it.
QPoint emptyPoint(const views::StageCanvas &canvas)
{
    const QSize size = canvas.viewport()->size();
    for (int y = size.height() - 20; y > 20; y -= 15) {
        for (int x = size.width() - 20; x > 20; x -= 15) {
            if (canvas.items(QPoint(x, y)).isEmpty())
                return QPoint(x, y);
        }
    }
    return QPoint(-1, -1);
}

void deliverDrop(views::StageCanvas &canvas, QMimeData *mime, const QPoint &pos)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CanvasHarness> m_doc;

    void open(const std::string &text)
    {
        m_doc = std::make_unique<CanvasHarness>();
        m_doc->load(text);
        m_doc->canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_doc->canvas));
        m_doc->canvas.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_doc->canvas));
        m_doc->canvas.setFocus();
        QCoreApplication::processEvents();
    }

    /// One undo gives back `original` exactly, and the canvas shows it again.
    void checkUndo(const std::string &original, std::size_t stages)
    {
        QCOMPARE(m_doc->undoStack.size(), std::size_t(1));
        m_doc->undo();
        QCOMPARE(m_doc->text, original);
        QCOMPARE(m_doc->scene()->blocks().size(), stages);
    }

private Q_SLOTS:
    void cleanup() { m_doc.reset(); }

    void paletteImageDropOnEmptyCanvasAddsStage()
    {
        const std::string original = readTestFile(QStringLiteral("go.Dockerfile"));
        open(original);
        views::CanvasPalette palette;
        QTreeWidgetItem *entry = palette.findEntry(QStringLiteral("python:3.12-slim"));
        QVERIFY(entry);
        const QPoint pos = emptyPoint(m_doc->canvas);
        QVERIFY(pos.x() >= 0);
        QMimeData *mime = palette.mimeDataFor(entry);
        deliverDrop(m_doc->canvas, mime, pos);
        delete mime;
        QCOMPARE(m_doc->refusals, QStringList());
        QCOMPARE(m_doc->text, original + "\nFROM python:3.12-slim AS python\n");
        // The new block sits where it was dropped (snapped to the grid).
        views::StageBlockItem *block = m_doc->scene()->blockNamed(QStringLiteral("python"));
        QVERIFY(block);
        const QPointF dropped = m_doc->canvas.mapToScene(pos);
        QVERIFY(std::abs(block->pos().x() - dropped.x()) <= m_doc->scene()->gridSize());
        QVERIFY(std::abs(block->pos().y() - dropped.y()) <= m_doc->scene()->gridSize());
        checkUndo(original, 2);
    }

    void paletteInstructionDropOnBlockAddsInstruction()
    {
        const std::string original = readTestFile(QStringLiteral("go.Dockerfile"));
        open(original);
        views::CanvasPalette palette;
        QMimeData *mime = palette.mimeDataFor(palette.findEntry(QStringLiteral("EXPOSE 8080")));
        QVERIFY(mime);
        deliverDrop(m_doc->canvas, mime,
                    blockCentre(m_doc->canvas, m_doc->scene()->blockForStage(1)));
        delete mime;
        QCOMPARE(m_doc->refusals, QStringList());
        std::string expected = original;
        const std::string anchor = "USER nonroot\n";
        expected.insert(expected.find(anchor) + anchor.size(), "EXPOSE 8080\n");
        QCOMPARE(m_doc->text, expected);
        checkUndo(original, 2);
    }

    void dragFromPortToBlockAddsArtifactArrow()
    {
        const std::string original = readTestFile(QStringLiteral("react.Dockerfile"));
        open(original);
        views::StageBlockItem *deps = m_doc->scene()->blockForStage(0);
        views::StageBlockItem *web = m_doc->scene()->blockForStage(2);
        const QPoint port = viewportPoint(m_doc->canvas, deps->outputAnchor());
        QTest::mousePress(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier, port);
        QTest::mouseMove(m_doc->canvas.viewport(), (port + blockCentre(m_doc->canvas, web)) / 2);
        QTest::mouseMove(m_doc->canvas.viewport(), blockCentre(m_doc->canvas, web));
        QTest::mouseRelease(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier,
                            blockCentre(m_doc->canvas, web));
        auto *dialog = m_doc->canvas.findChild<views::ArrowDialog *>();
        QVERIFY(dialog);
        // Pre-filled for a node stage: the build output into nginx's web root.
        QCOMPARE(dialog->sources(), QStringList{QStringLiteral("/app/build")});
        QCOMPARE(dialog->destination(), QStringLiteral("/usr/share/nginx/html"));
        dialog->setSources({QStringLiteral("/app/node_modules/.bin")});
        dialog->setDestination(QStringLiteral("/opt/bin/"));
        dialog->accept();
        QCOMPARE(m_doc->refusals, QStringList());
        std::string expected = original;
        const std::string anchor = "COPY --from=build /app/build /usr/share/nginx/html\n";
        expected.insert(expected.find(anchor) + anchor.size(),
                        "COPY --from=deps /app/node_modules/.bin /opt/bin/\n");
        QCOMPARE(m_doc->text, expected);
        checkUndo(original, 3);
    }

    void dragArrowEndRetargetsCopy()
    {
        const std::string original = readTestFile(QStringLiteral("react.Dockerfile"));
        open(original);
        // COPY --from=deps /app/node_modules ./node_modules (line 9) goes into "build"; drag its
        // end onto the nginx stage.
        views::ArrowItem *arrow = m_doc->scene()->arrowForLine(9);
        QVERIFY(arrow);
        QCOMPARE(arrow->content().toStage, 1);
        const QPoint end = viewportPoint(m_doc->canvas, arrow->endPoint() - QPointF(4, 0));
        const QPoint target = blockCentre(m_doc->canvas, m_doc->scene()->blockForStage(2));
        QTest::mousePress(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier, end);
        QTest::mouseMove(m_doc->canvas.viewport(), target);
        QTest::mouseRelease(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier, target);
        QCOMPARE(m_doc->refusals, QStringList());
        QCOMPARE(m_doc->operations.size(), std::size_t(1));
        QVERIFY(std::holds_alternative<model::RetargetCopy>(m_doc->operations.front()));
        std::string expected = original;
        const std::string moved = "COPY --from=deps /app/node_modules ./node_modules\n";
        expected.erase(expected.find(moved), moved.size());
        const std::string anchor = "COPY --from=build /app/build /usr/share/nginx/html\n";
        expected.insert(expected.find(anchor) + anchor.size(), moved);
        QCOMPARE(m_doc->text, expected);
        checkUndo(original, 3);
    }

    void deleteKeyRemovesSelectedBlock()
    {
        open(ThreeStages);
        views::StageBlockItem *b = m_doc->scene()->blockForStage(1);
        QTest::mouseClick(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier,
                          blockCentre(m_doc->canvas, b));
        QCOMPARE(m_doc->scene()->selectedItems().size(), qsizetype(1));
        QTest::keyClick(&m_doc->canvas, Qt::Key_Delete);
        QCOMPARE(m_doc->refusals, QStringList());
        QCOMPARE(m_doc->text,
                 std::string("FROM alpine:3.19 AS a\n"
                             "RUN echo a > /a\n"
                             "\n"
                             "FROM scratch\n"
                             "COPY --from=a /a /a\n"
                             "COPY --from=b /b /b\n"));
        checkUndo(ThreeStages, 3);
    }

    void deleteKeyRemovesSelectedArrow()
    {
        open(ThreeStages);
        views::ArrowItem *arrow = m_doc->scene()->arrowForLine(9);
        QVERIFY(arrow);
        const QPoint label = viewportPoint(m_doc->canvas, arrow->labelRect().center());
        QTest::mouseClick(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier, label);
        QVERIFY(arrow->isSelected());
        QTest::keyClick(&m_doc->canvas, Qt::Key_Delete);
        QCOMPARE(m_doc->refusals, QStringList());
        std::string expected = ThreeStages;
        expected.erase(expected.find("COPY --from=b /b /b\n"));
        QCOMPARE(m_doc->text, expected);
        checkUndo(ThreeStages, 3);
    }

    void doubleClickTitleRenamesInline()
    {
        const std::string original = readTestFile(QStringLiteral("go.Dockerfile"));
        open(original);
        views::StageBlockItem *build = m_doc->scene()->blockForStage(0);
        views::StageBlockItem *final = m_doc->scene()->blockForStage(1);
        const QPointF position = build->pos();
        const QPoint title
            = viewportPoint(m_doc->canvas, build->mapToScene(build->titleRect().center()));
        QTest::mouseDClick(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier, title);
        QVERIFY(build->renameEditor());
        QTRY_VERIFY(build->renameEditor()->hasFocus());
        QTest::keyClicks(&m_doc->canvas, QStringLiteral("compile"));
        QTest::keyClick(&m_doc->canvas, Qt::Key_Return);
        QCOMPARE(m_doc->refusals, QStringList());
        std::string expected = original;
        expected.replace(expected.find("AS build"), 8, "AS compile");
        expected.replace(expected.find("--from=build"), 12, "--from=compile");
        QCOMPARE(m_doc->text, expected);
        // Reconciled in place: the same item under its new key, where it was.
        QCOMPARE(m_doc->scene()->blockForStage(0), build);
        QCOMPARE(m_doc->scene()->blockNamed(QStringLiteral("compile")), build);
        QCOMPARE(m_doc->scene()->blockForStage(1), final);
        QCOMPARE(build->pos(), position);
        QCOMPARE(build->title(), QStringLiteral("compile"));
        checkUndo(original, 2);
    }

    void contextMenuMovesStageEarlier()
    {
        open(ThreeStages);
        views::StageBlockItem *b = m_doc->scene()->blockForStage(1);
        std::unique_ptr<QMenu> menu(m_doc->canvas.createContextMenu(blockCentre(m_doc->canvas, b)));
        auto *earlier = menu->findChild<QAction *>(QStringLiteral("moveEarlier"));
        QVERIFY(earlier);
        QVERIFY(earlier->isEnabled());
        earlier->trigger();
        QCOMPARE(m_doc->refusals, QStringList());
        QCOMPARE(m_doc->text,
                 std::string("FROM alpine:3.19 AS b\n"
                             "RUN echo b > /b\n"
                             "\n"
                             "FROM alpine:3.19 AS a\n"
                             "RUN echo a > /a\n"
                             "\n"
                             "FROM scratch\n"
                             "COPY --from=a /a /a\n"
                             "COPY --from=b /b /b\n"));
        // Same items, now at swapped indices.
        QCOMPARE(m_doc->scene()->blockNamed(QStringLiteral("b")), b);
        QCOMPARE(b->content().index, 0);
        checkUndo(ThreeStages, 3);
    }

    void contextMenuDuplicatesStage()
    {
        open(ThreeStages);
        std::unique_ptr<QMenu> menu(m_doc->canvas.createContextMenu(
            blockCentre(m_doc->canvas, m_doc->scene()->blockForStage(0))));
        menu->findChild<QAction *>(QStringLiteral("duplicate"))->trigger();
        QCOMPARE(m_doc->refusals, QStringList());
        QVERIFY(m_doc->text.find("FROM alpine:3.19 AS a-copy\nRUN echo a > /a\n")
                != std::string::npos);
        QCOMPARE(m_doc->scene()->blocks().size(), std::size_t(4));
        checkUndo(ThreeStages, 3);
    }

    void reconcileKeepsItemsPositionsAndSelection()
    {
        const std::string original = readTestFile(QStringLiteral("python.Dockerfile"));
        open(original);
        views::StageBlockItem *builder = m_doc->scene()->blockForStage(0);
        views::StageBlockItem *final = m_doc->scene()->blockForStage(1);
        const QList<views::ArrowItem *> arrowsBefore = m_doc->scene()->arrows();
        builder->setPos(400, 300);
        builder->setSelected(true);
        m_doc->apply(model::AddInstruction{"final", "EXPOSE 8000", -1});
        QCOMPARE(m_doc->refusals, QStringList());
        QCOMPARE(m_doc->scene()->blockForStage(0), builder);
        QCOMPARE(m_doc->scene()->blockForStage(1), final);
        QCOMPARE(builder->pos(), QPointF(400, 300));
        QVERIFY(builder->isSelected());
        QCOMPARE(final->content().rows.back().text, QStringLiteral("[\"python\", \"run.py\"]"));
        // The arrows are the same objects too.
        for (views::ArrowItem *arrow : arrowsBefore)
            QVERIFY(m_doc->scene()->arrows().contains(arrow));
    }

    void renameAndReorderInOneEditKeepEachBlock()
    {
        // One text replacement renames a stage and moves it above another: stage ids carry each
        // block over (the same item), with its position and its selection.
        open("FROM alpine:3.20 AS deps\nRUN apk add git\n\nFROM golang:1.22 AS build\n"
             "RUN go build -o /app .\n\nFROM scratch AS final\nCOPY --from=build /app /app\n");
        views::StageScene *scene = m_doc->scene();
        views::StageBlockItem *deps = scene->blockForStage(0);
        views::StageBlockItem *build = scene->blockForStage(1);
        views::StageBlockItem *final = scene->blockForStage(2);
        deps->setPos(-400, 300);
        build->setPos(500, -200);
        final->setPos(900, 40);
        scene->clearSelection();
        build->setSelected(true);

        m_doc->load("FROM golang:1.22 AS compile\nRUN go build -o /app .\n\n"
                    "FROM alpine:3.20 AS deps\nRUN apk add git\n\n"
                    "FROM scratch AS final\nCOPY --from=compile /app /app\n");
        QCOMPARE(scene->blockForStage(0), build);
        QCOMPARE(scene->blockForStage(1), deps);
        QCOMPARE(scene->blockForStage(2), final);
        QCOMPARE(build->content().name, QStringLiteral("compile"));
        QCOMPARE(build->content().index, 0);
        QCOMPARE(scene->blockNamed(QStringLiteral("compile")), build);
        QCOMPARE(build->pos(), QPointF(500, -200));
        QCOMPARE(deps->pos(), QPointF(-400, 300));
        QCOMPARE(final->pos(), QPointF(900, 40));
        QVERIFY(build->isSelected());
        QVERIFY(!deps->isSelected());
        QVERIFY(!final->isSelected());
    }

    void invalidInlineRenameIsRefusedWithACode()
    {
        // The rename editor asks the model's one stage-name rule; a refusal carries the edit
        // engine's code and arguments for the UI's message table, and no operation is made.
        open("FROM alpine AS build\n");
        QSignalSpy refused(m_doc->scene(), &views::StageScene::operationRefused);
        m_doc->scene()->requestRename(m_doc->scene()->blockForStage(0)->id(),
                                      QStringLiteral("9lives"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).value<std::string>(), std::string("InvalidStageName"));
        QCOMPARE(refused.at(0).at(1).value<std::vector<std::string>>(),
                 std::vector<std::string>{"9lives"});
        QVERIFY(m_doc->operations.empty());
        m_doc->scene()->requestRename(m_doc->scene()->blockForStage(0)->id(),
                                      QStringLiteral("Compile"));
        QCOMPARE(m_doc->text, std::string("FROM alpine AS Compile\n"));
    }

    void reconcileShowsWhatAFreshSceneShows()
    {
        // The scene reuses the rows of stages whose text only moved and skips repainting what
        // did not change: after every edit its blocks and arrows must still show exactly what a
        // scene built from scratch shows, and every arrow must end at its nodes' anchors.
        const std::string base = "FROM alpine:3.19 AS a\n"
                                 "RUN echo a \\\n"
                                 "  && echo b\n"
                                 "COPY <<EOF /x\n"
                                 "hello\n"
                                 "EOF\n"
                                 "\n"
                                 "FROM a AS b\n"
                                 "COPY --from=a /a /b\n"
                                 "RUN echo b `\n"
                                 "  && echo c\n"
                                 "\n"
                                 "FROM scratch\n"
                                 "COPY --from=b /b /c\n"
                                 "COPY --from=a /a /d\n";
        std::vector<std::string> texts{base};
        auto edit = [&texts](const std::string &from, const std::string &to) {
            std::string next = texts.back();
            const auto at = next.find(from);
            QVERIFY(at != std::string::npos);
            next.replace(at, from.size(), to);
            texts.push_back(next);
        };
        edit("echo a", "echo ax");                      // typing in the first stage
        edit("RUN echo a", "# note\nRUN echo a");       // a line that moves b and the last one
        texts.push_back("# escape=`\n" + texts.back()); // other continuations
        edit("echo b `", "echo c `");                   // same length, other bytes
        edit("COPY <<EOF /x", "COPY <EOF /x");          // no heredoc any more
        edit("FROM a AS b", "FROM a AS bb");            // a rename
        edit("--from=b /b /c", "--from=bb /b /c");
        edit("COPY --from=a /a /d\n", ""); // an arrow less
        texts.push_back(base);

        views::StageScene kept;
        std::shared_ptr<const model::Analysis> analysis;
        for (const std::string &text : texts) {
            analysis = model::Analysis::build(text, {}, analysis.get());
            kept.setAnalysis(analysis);
            views::StageScene fresh;
            fresh.setAnalysis(analysis);
            QCOMPARE(kept.blocks().size(), fresh.blocks().size());
            for (std::size_t i = 0; i < fresh.blocks().size(); ++i)
                QVERIFY2(kept.blocks()[i]->content() == fresh.blocks()[i]->content(), text.c_str());
            QCOMPARE(kept.arrows().size(), fresh.arrows().size());
            for (const views::ArrowItem *arrow : fresh.arrows()) {
                const views::ArrowItem *same = kept.arrow(arrow->key());
                QVERIFY2(same, qPrintable(arrow->key()));
                QVERIFY(same->content() == arrow->content());
                QCOMPARE(same->labelRect().size(), arrow->labelRect().size());
                QCOMPARE(same->startPoint(), same->fromNode()->outputAnchor());
                QCOMPARE(same->endPoint(),
                         same->toNode()->inputAnchor(same->content().kind == model::EdgeKind::From
                                                         ? 0
                                                         : same->content().line));
            }
        }
    }

    void rowTextElidesAsQtDoes()
    {
        // Rows elide a prefix of long texts; the result must be what eliding the whole text
        // gives, for every instruction row of the real corpus and a few scripts and widths.
        STAGECRAFT_REQUIRE_SHARED();
        QStringList texts{QString(300, u'x'),
                          QString(70, u'\u0915'),
                          QStringLiteral("echo \u0928\u092e\u0938\u094d\u0924\u0947 ").repeated(20),
                          QStringLiteral("a\u0301").repeated(100),
                          QStringLiteral("\U0001F600 emoji ").repeated(30),
                          QStringLiteral("\u05e9\u05dc\u05d5\u05dd mixed ").repeated(20)};
        QDirIterator it(tests::sharedDir() + QStringLiteral("/corpus/real"), QDir::Files,
                        QDirIterator::Subdirectories);
        views::StageScene scene;
        while (it.hasNext()) {
            scene.setAnalysis(model::Analysis::build(tests::readFile(it.next())));
            for (const views::StageBlockItem *block : scene.blocks())
                for (const views::StageBlockItem::Row &row : block->content().rows)
                    texts << row.text;
        }
        QVERIFY(texts.size() > 1000);
        QFont bold = scene.theme().smallFont;
        bold.setBold(true);
        for (const QFont &font : {scene.theme().smallFont, bold, QFont()}) {
            const QFontMetricsF metrics(font);
            for (const qreal width : {40.0, 150.0, 220.0, 400.0}) {
                for (const QString &text : std::as_const(texts))
                    QCOMPARE(views::StageBlockItem::elidedRowText(metrics, text, width),
                             metrics.elidedText(text, Qt::ElideRight, width));
            }
        }
    }

    void blockShowsFamilyFinalMarkDimmingAndDiagnostics()
    {
        open("FROM golang:1.22 AS build\nRUN go build\n\nFROM node:20 AS unused\nRUN npm ci\n\n"
             "FROM alpine:3.19\ncopy --from=build /out/app /app\n");
        const auto &blocks = m_doc->scene()->blocks();
        QCOMPARE(blocks.size(), std::size_t(3));
        QCOMPARE(blocks[0]->content().family, views::ImageFamily::Go);
        QCOMPARE(blocks[1]->content().family, views::ImageFamily::Node);
        QCOMPARE(blocks[2]->content().family, views::ImageFamily::Alpine);
        QVERIFY(blocks[2]->content().isFinal);
        QVERIFY(!blocks[1]->content().needed);
        QVERIFY(blocks[1]->opacity() < 1.0);
        QCOMPARE(blocks[2]->title(), QStringLiteral("#2"));
        // The lower-case keyword draws a lint warning in the final stage.
        QVERIFY(blocks[2]->content().warnings + blocks[2]->content().errors > 0);
        QVERIFY(m_doc->scene()->imageNode(QStringLiteral("golang:1.22")));
        QVERIFY(m_doc->scene()->imageNode(QStringLiteral("alpine:3.19")));
    }

    void keyboardWalksBetweenBlocks()
    {
        open(ThreeStages);
        QSignalSpy selected(&m_doc->canvas, &views::StageCanvas::stageSelected);
        QTest::keyClick(&m_doc->canvas, Qt::Key_Tab);
        QCOMPARE(m_doc->scene()->selectedItems().value(0), m_doc->scene()->blockForStage(0));
        QTest::keyClick(&m_doc->canvas, Qt::Key_Tab);
        QCOMPARE(m_doc->scene()->selectedItems().value(0), m_doc->scene()->blockForStage(1));
        QTest::keyClick(&m_doc->canvas, Qt::Key_Right);
        QCOMPARE(m_doc->scene()->selectedItems().value(0), m_doc->scene()->blockForStage(2));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).toInt(), 2);
        // selectStage() selects without emitting.
        const auto count = selected.count();
        m_doc->canvas.selectStage(0);
        QCOMPARE(selected.count(), count);
        QVERIFY(m_doc->scene()->blockForStage(0)->isSelected());
    }

    void ctrlWheelZoomsAndResetGoesBackTo100()
    {
        open(ThreeStages);
        m_doc->canvas.resetZoom();
        QCOMPARE(m_doc->canvas.zoomFactor(), 1.0);
        const QPoint centre = m_doc->canvas.viewport()->rect().center();
        QWheelEvent wheel(QPointF(centre), m_doc->canvas.viewport()->mapToGlobal(QPointF(centre)),
                          QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_doc->canvas.viewport(), &wheel);
        QVERIFY(m_doc->canvas.zoomFactor() > 1.0);
        m_doc->canvas.resetZoom();
        QCOMPARE(m_doc->canvas.zoomFactor(), 1.0);
    }

    void firstFitFollowsTheViewSizeUntilTheUserZooms()
    {
        // The window is laid out after the file is opened: the first fit must use the size the
        // view ends up with, not the one it had when the model arrived.
        m_doc = std::make_unique<CanvasHarness>();
        m_doc->canvas.resize(120, 90);
        m_doc->load(ThreeStages);
        m_doc->canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_doc->canvas));
        QCoreApplication::processEvents();
        QVERIFY(m_doc->canvas.zoomFactor() < 1.0); // squeezed into 120×90
        m_doc->canvas.resize(2000, 1500);
        QCoreApplication::processEvents();
        QCOMPARE(m_doc->canvas.zoomFactor(), 1.0); // everything fits at 100 %
        // Once the user zooms, a resize leaves the zoom alone.
        m_doc->canvas.zoomOut();
        const qreal zoom = m_doc->canvas.zoomFactor();
        m_doc->canvas.resize(1900, 1400);
        QCoreApplication::processEvents();
        QCOMPARE(m_doc->canvas.zoomFactor(), zoom);
    }

    void selectingAnArrowRevealsItsInstruction()
    {
        open(ThreeStages);
        QSignalSpy ranges(&m_doc->canvas, &views::StageCanvas::rangeActivated);
        views::ArrowItem *arrow = m_doc->scene()->arrowForLine(8);
        QVERIFY(arrow);
        QTest::mouseClick(m_doc->canvas.viewport(), Qt::LeftButton, Qt::NoModifier,
                          viewportPoint(m_doc->canvas, arrow->labelRect().center()));
        QCOMPARE(ranges.count(), 1);
        const auto range = ranges.first().at(0).value<model::Range>();
        QCOMPARE(m_doc->text.substr(range.begin, range.size()), std::string("COPY --from=a /a /a"));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
