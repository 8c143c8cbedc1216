// SPDX-License-Identifier: GPL-3.0-or-later
// The Files panel without an engine (the engine side is tests/engine/tst_stagefilesystem): the
// tree model's order, sizes, added marks and filter, and the drag of a file or folder onto a
// block of the real canvas in the main window → one COPY --from edit (one undo step), refusals
// for the same or an earlier stage, and --from=<image> for an image that is not a stage.
#include "app/DocumentController.h"
#include "app/MainWindow.h"
#include "engine/StageFilesystem.h"
#include "model/FileTree.h"
#include "views/canvas/ArtifactDrag.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/FilesTreeModel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using stagecraft::app::MainWindow;
using stagecraft::views::FilesTreeModel;
namespace model = stagecraft::model;
namespace views = stagecraft::views;

namespace {

model::FileEntry entry(const char *path, qint64 size, bool directory = false)
{
    model::FileEntry e;
    e.path = path;
    e.type = directory ? model::FileType::Directory : model::FileType::File;
    e.size = directory ? 0 : size;
    e.mode = 0644;
    return e;
}

/// A base with /bin/busybox; the stage adds /app (app.sh and lib/big.so).
model::FileNode sampleTree()
{
    const std::vector<model::FileEntry> base{entry("/bin", 0, true), entry("/bin/busybox", 1000)};
    std::vector<model::FileEntry> stage = base;
    stage.push_back(entry("/app", 0, true));
    stage.push_back(entry("/app/app.sh", 30));
    stage.push_back(entry("/app/lib/big.so", 5000));
    return model::FileTree::build(stage, &base);
}

const QString kDockerfile = u"FROM stagecraft/busybox:latest AS builder\n"
                            "RUN echo hi > /app/app.sh\n"
                            "\n"
                            "FROM stagecraft/busybox:latest AS runtime\n"
                            "CMD [\"sh\"]\n"_s;

void deliverDrop(views::StageCanvas *canvas, const QMimeData *mime, const QPoint &pos,
                 bool expectAccepted)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas->viewport(), &drop);
    QCOMPARE(drop.isAccepted(), expectAccepted);
}

QPoint blockCentre(const views::StageCanvas *canvas, int stage)
{
    const views::StageBlockItem *block = canvas->stageScene()->blockForStage(stage);
    return canvas->mapFromScene(block->mapToScene(
        QPointF(views::StageBlockItem::Width / 2, views::StageBlockItem::HeaderHeight / 2)));
}

} // namespace

class TestFilesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void modelOrdersAndMarks();
    void filterKeepsParents();
    void dragOntoLaterStageAddsCopy();
    void dropOnSameOrEarlierStageIsRefused();
    void imageSourceCopiesFromTheImage();
    void malformedPayloadIsIgnored();
};

void TestFilesPanel::modelOrdersAndMarks()
{
    FilesTreeModel model;
    model.setRoot(sampleTree(), true);
    QCOMPARE(model.rowCount(), 2);
    // Largest first: /app (5030) before /bin (1000).
    QCOMPARE(model.index(0, 0).data(FilesTreeModel::PathRole).toString(), u"/app"_s);
    QCOMPARE(model.index(0, 0).data(FilesTreeModel::SizeRole).toLongLong(), 5030);
    QCOMPARE(model.index(0, 0).data(FilesTreeModel::AddedRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(FilesTreeModel::AddedRole).toBool(), false);
    QVERIFY(model.index(0, FilesTreeModel::AddedColumn).data().toString().contains(u"added"_s));
    QVERIFY(model.index(1, FilesTreeModel::AddedColumn).data().toString().isEmpty());
    const QModelIndex lib = model.indexForPath(u"/app/lib"_s);
    QVERIFY(lib.isValid());
    QCOMPARE(model.parent(lib), model.index(0, 0));
    QCOMPARE(model.index(0, 0, lib).data(FilesTreeModel::PathRole).toString(),
             u"/app/lib/big.so"_s);
    // Without a base, nothing is marked.
    model.setRoot(sampleTree(), false);
    QVERIFY(model.index(0, FilesTreeModel::AddedColumn).data().toString().isEmpty());
}

void TestFilesPanel::filterKeepsParents()
{
    FilesTreeModel model;
    model.setRoot(sampleTree(), true);
    model.setFilter(u"BIG"_s, false);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.indexForPath(u"/app/lib/big.so"_s).isValid());
    QVERIFY(!model.indexForPath(u"/app/app.sh"_s).isValid());
    QVERIFY(!model.indexForPath(u"/bin"_s).isValid());
    model.setFilter(QString(), true);
    QVERIFY(model.indexForPath(u"/app/app.sh"_s).isValid());
    QVERIFY(!model.indexForPath(u"/bin/busybox"_s).isValid());
    model.setFilter(u"nothing-like-this"_s, false);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString(), false);
    QCOMPARE(model.rowCount(), 2);
}

void TestFilesPanel::dragOntoLaterStageAddsCopy()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::string original = window.controller()->modelText();
    FilesTreeModel *model = window.filesPanel()->model();
    model->setSource(u"builder"_s, QString());
    model->setRoot(sampleTree(), true);

    // A folder.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForPath(u"/app"_s)}));
    QVERIFY(mime);
    deliverDrop(window.canvas(), mime.get(), blockCentre(window.canvas(), 1), true);
    window.reparseNow();
    // Where a person would put it: before the CMD.
    QCOMPARE(QString::fromStdString(window.controller()->modelText()),
             u"FROM stagecraft/busybox:latest AS builder\n"
             "RUN echo hi > /app/app.sh\n"
             "\n"
             "FROM stagecraft/busybox:latest AS runtime\n"
             "COPY --from=builder /app /app\n"
             "CMD [\"sh\"]\n"_s);
    QCOMPARE(window.stageGraph().edges().size(), std::size_t(1));
    // One undo step.
    window.controller()->document()->undo();
    window.reparseNow();
    QCOMPARE(window.controller()->modelText(), original);

    // A file.
    mime.reset(model->mimeData({model->indexForPath(u"/app/app.sh"_s)}));
    deliverDrop(window.canvas(), mime.get(), blockCentre(window.canvas(), 1), true);
    window.reparseNow();
    QVERIFY(QString::fromStdString(window.controller()->modelText())
                .contains(u"COPY --from=builder /app/app.sh /app/app.sh\n"_s));
}

void TestFilesPanel::dropOnSameOrEarlierStageIsRefused()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::string original = window.controller()->modelText();
    FilesTreeModel *model = window.filesPanel()->model();
    model->setRoot(sampleTree(), true);

    model->setSource(u"builder"_s, QString());
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForPath(u"/app/app.sh"_s)}));
    deliverDrop(window.canvas(), mime.get(), blockCentre(window.canvas(), 0), false);
    QCOMPARE(window.controller()->modelText(), original);
    QVERIFY(window.statusBar()->currentMessage().contains(u"/app/app.sh"_s));

    model->setSource(u"runtime"_s, QString());
    mime.reset(model->mimeData({model->indexForPath(u"/app/app.sh"_s)}));
    deliverDrop(window.canvas(), mime.get(), blockCentre(window.canvas(), 0), false);
    QCOMPARE(window.controller()->modelText(), original);
    QVERIFY(window.statusBar()->currentMessage().contains(u"before"_s));

    // The mapping itself, without a window.
    views::ArtifactDrag drag;
    drag.stage = u"gone"_s;
    drag.path = u"/x"_s;
    views::ArtifactDrag::Refusal refusal = views::ArtifactDrag::Refusal::None;
    QVERIFY(!drag.operationFor(window.stageGraph(), 1, &refusal));
    QCOMPARE(refusal, views::ArtifactDrag::Refusal::NoSource);
    drag.stage = u"0"_s; // by index
    const auto copy = drag.operationFor(window.stageGraph(), 1, &refusal);
    QVERIFY(copy);
    QCOMPARE(copy->from, std::string("builder"));
    QCOMPARE(copy->to, std::string("runtime"));
}

void TestFilesPanel::imageSourceCopiesFromTheImage()
{
    MainWindow window;
    window.editor()->setPlainText(kDockerfile);
    window.reparseNow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FilesTreeModel *model = window.filesPanel()->model();
    model->setSource(QString(), u"stagecraft/busybox:latest"_s);
    model->setRoot(sampleTree(), false);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexForPath(u"/bin/busybox"_s)}));
    // Any stage may copy from an image, the first one too.
    deliverDrop(window.canvas(), mime.get(), blockCentre(window.canvas(), 0), true);
    window.reparseNow();
    QVERIFY(QString::fromStdString(window.controller()->modelText())
                .contains(u"COPY --from=stagecraft/busybox:latest /bin/busybox /bin/busybox\n"_s));
}

void TestFilesPanel::malformedPayloadIsIgnored()
{
    QMimeData mime;
    mime.setData(QLatin1String(views::ArtifactDrag::MimeType), "{not json");
    QVERIFY(!views::ArtifactDrag::fromMimeData(&mime));
    mime.setData(QLatin1String(views::ArtifactDrag::MimeType),
                 R"({"stage":"a","path":"relative/path"})");
    QVERIFY(!views::ArtifactDrag::fromMimeData(&mime));
    mime.setData(QLatin1String(views::ArtifactDrag::MimeType), R"({"path":"/x"})");
    QVERIFY(!views::ArtifactDrag::fromMimeData(&mime));
}

QTEST_MAIN(TestFilesPanel)
#include "tst_files_panel.moc"
