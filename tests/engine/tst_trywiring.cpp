// SPDX-License-Identifier: GPL-3.0-or-later
// Learn's "Try it" compare and "Show Files" against the real engine: a busybox pair of
// Dockerfiles of known sizes (tests/data/wiring) is measured as before and after, the window puts
// the after-run on the Sizes chart and opens the Compare dialog with both, and a measured stage's
// files are read once (not again when shown a second time). Needs stagecraft/busybox
// (`bash scripts/engine.sh up`); under CI=true a missing engine fails, elsewhere it skips.

#include "app/BuildSession.h"
#include "app/MainWindow.h"
#include "app/TemplateTrial.h"
#include "app/dialogs/CompareDialog.h"
#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "engine/EngineEndpoint.h"
#include "engine/StageFilesystem.h"
#include "model/FileTree.h"
#include "tests/TestSupport.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/FilesTreeModel.h"
#include "views/panels/SizesPanel.h"

#include <QDir>
#include <QDockWidget>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

const QString kBase = u"stagecraft/busybox:latest"_s;

QString dataDir()
{
    return QStringLiteral(STAGECRAFT_TEST_DATA_DIR) + u"/wiring"_s;
}

} // namespace

class TestTryWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void compareShowsTheSavingAndFilesOfAStage();

private:
    void forget(const model::MeasureRun &run);

    std::unique_ptr<EngineClient> m_client;
    QString m_baseId;
    QStringList m_images; ///< stage images to remove at the end (oldest first)
};

void TestTryWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    const EngineError error = m_client->negotiate();
    if (error.isError()) {
        const QString message
            = u"no Docker engine (%1): %2 — run `bash scripts/engine.sh up`"_s.arg(
                m_client->endpoint().url, common::EngineMessages::message(error));
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message);
    }
    m_baseId = QJsonDocument::fromJson(m_client->inspectImageSync(kBase).body)
                   .object()
                   .value(u"Id"_s)
                   .toString();
    if (m_baseId.isEmpty()) {
        const QString message
            = u"base image %1 missing — run `bash scripts/engine.sh up`"_s.arg(kBase);
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message);
    }
}

void TestTryWiring::cleanupTestCase()
{
    if (!m_client)
        return;
    // Newest first: a stage image may be the parent of a later one.
    for (auto it = m_images.crbegin(); it != m_images.crend(); ++it)
        (void)m_client->removeImageSync(*it, true);
}

void TestTryWiring::forget(const model::MeasureRun &run)
{
    for (const model::StageMeasure &stage : run.stages) {
        const QString id = QString::fromStdString(stage.imageId);
        if (!id.isEmpty() && id != m_baseId && !m_images.contains(id))
            m_images << id;
    }
}

void TestTryWiring::compareShowsTheSavingAndFilesOfAStage()
{
    MainWindow window;
    window.show();
    // The pair's multi-stage Dockerfile is the document, so its measured stages can show files.
    QVERIFY(window.openFile(dataDir() + u"/Dockerfile"_s));
    window.reparseNow();
    TemplateTrial *trial = window.templateTrial();
    QSignalSpy finished(trial, &TemplateTrial::finished);
    QSignalSpy progress(trial, &TemplateTrial::progress);
    QVERIFY2(trial->startInDirectory(dataDir(), u"busybox pair"_s),
             qPrintable(trial->errorMessage()));
    QVERIFY(finished.wait(300'000) || finished.count() == 1);
    forget(trial->beforeRun());
    forget(trial->afterRun());
    QVERIFY2(finished.first().first().toBool(), qPrintable(trial->errorMessage()));
    QVERIFY(!progress.isEmpty());

    // Known sizes: the single-stage image keeps the 1 MB, the multi-stage one only 5 kB of it.
    const model::StageMeasure *before = trial->beforeRun().finalStage();
    const model::StageMeasure *after = trial->afterRun().finalStage();
    QVERIFY(before && before->built && after && after->built);
    QCOMPARE(trial->beforeRun().stages.size(), std::size_t(1));
    QCOMPARE(trial->afterRun().stages.size(), std::size_t(2));
    const qint64 saving = before->size - after->size;
    QVERIFY2(saving >= 990'000 && saving <= 1'010'000, qPrintable(QString::number(saving)));

    // The after-run is on the Sizes chart; the Compare dialog holds both, before as A.
    QCOMPARE(window.sizesPanel()->run(), trial->afterRun());
    CompareDialog *dialog = window.trialCompareDialog();
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->comparison().a, trial->beforeRun());
    QCOMPARE(dialog->comparison().b, trial->afterRun());
    QCOMPARE(dialog->comparison().final.delta(), -saving);
    QVERIFY(dialog->table()->rowCount() >= 1);

    // The builder stage's files, compared with busybox.
    views::FilesPanel *files = window.filesPanel();
    QSignalSpy loaded(files, &views::FilesPanel::loaded);
    window.showStageFiles(0);
    QVERIFY(window.filesDock()->isVisible());
    QCOMPARE(files->image(), QString::fromStdString(trial->afterRun().stage(0)->imageId));
    QCOMPARE(files->baseImage(), u"stagecraft/busybox"_s);
    QVERIFY2(loaded.wait(120'000), qPrintable(files->statusText()));
    const model::FileNode *big
        = model::FileTree::find(window.buildSession()->fileListing().root, "/big");
    QVERIFY(big != nullptr);
    QVERIFY(big->added);
    QCOMPARE(big->size, 1'000'000);

    // Then its layers, read through the same session: the RUN's layer names line 4 and its
    // stage, and choosing it marks /big added by that layer.
    QTreeWidget *layers = files->layerList();
    QTRY_VERIFY_WITH_TIMEOUT(layers->topLevelItemCount() > 1, 120'000);
    int runRow = -1;
    for (int row = 1; row < layers->topLevelItemCount(); ++row) {
        if (layers->topLevelItem(row)->text(1) == u"4"_s)
            runRow = row;
    }
    QVERIFY2(runRow > 0, qPrintable(files->statusText()));
    QCOMPARE(layers->topLevelItem(runRow)->text(2), u"builder"_s);
    layers->setCurrentItem(layers->topLevelItem(runRow));
    const QModelIndex bigRow = files->model()->indexForPath(u"/big"_s);
    QVERIFY(bigRow.isValid());
    QCOMPARE(static_cast<model::FileChange>(bigRow.data(views::FilesTreeModel::ChangeRole).toInt()),
             model::FileChange::Added);

    // Shown again (a second click, or the block selected again): no new read.
    window.showStageFiles(0);
    QVERIFY(!window.buildSession()->isReadingFiles());
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 1);
}

QTEST_MAIN(TestTryWiring)
#include "tst_trywiring.moc"
