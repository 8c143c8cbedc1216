// SPDX-License-Identifier: GPL-3.0-or-later
// The window's wiring between the docks (offscreen, no engine): the Files panel follows the
// engine settings, a measured block shows its files with the right base, an unmeasured one says
// to build first, and Learn's "Try it" starts a measure or a template trial (whose failures name
// the variant and the engine's message). The real-engine run of a trial is
// tests/engine/tst_trywiring.cpp.

#include "app/BuildSession.h"
#include "app/EngineConnection.h"
#include "app/LessonsPanel.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/TemplateTrial.h"
#include "engine/EngineEndpoint.h"
#include "engine/StageFilesystem.h"
#include "model/Measurement.h"
#include "views/canvas/StageCanvas.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/SizesPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

// Stage 0 from an image, stage 1 based on stage 0, stage 2 from scratch.
const QByteArray kDockerfile = "FROM stagecraft/busybox:latest AS build\n"
                               "RUN true\n"
                               "FROM build AS test\n"
                               "RUN true\n"
                               "FROM scratch AS final\n"
                               "COPY --from=build /bin/sh /sh\n";

model::StageMeasure stage(int index, const char *name, const char *imageId, bool built = true)
{
    model::StageMeasure s;
    s.index = index;
    s.name = name;
    s.imageId = imageId;
    s.size = 1000 * (index + 1);
    s.built = built;
    return s;
}

} // namespace

class TestWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesPanelFollowsEngineSettings();
    void selectingMeasuredBlockShowsItsFiles();
    void showFilesButtonRaisesFilesDock();
    void unmeasuredStageSaysBuildFirst();
    void runOfAnotherDockerfileIsNotUsed();
    void tryBuildStartsMeasure();
    void tryCompareNamesVariantAndEngineMessage();
    void tryCompareUnknownTemplate();

private:
    /// A window on m_path, its engine set to a socket nobody listens on.
    std::unique_ptr<MainWindow> makeWindow();
    [[nodiscard]] model::MeasureRun measuredRun() const;

    QTemporaryDir m_dir;
    QString m_path;
    QString m_deadUrl;
};

void TestWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"Dockerfile"_s);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kDockerfile);
    m_deadUrl = u"unix://"_s + m_dir.filePath(u"nobody.sock"_s);
}

std::unique_ptr<MainWindow> TestWiring::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->engineConnection()->setAutomaticChecks(false);
    Settings::Engine engine;
    engine.host = m_deadUrl;
    window->engineConnection()->setEngineSettings(engine);
    QString error;
    if (!window->openFile(m_path, &error))
        qWarning("%s", qPrintable(error));
    window->reparseNow();
    return window;
}

model::MeasureRun TestWiring::measuredRun() const
{
    model::MeasureRun run;
    run.dockerfilePath = m_path.toStdString();
    run.stages = {stage(0, "build", "sha256:aaaa"), stage(1, "test", "sha256:bbbb"),
                  stage(2, "final", "sha256:cccc")};
    run.finalIndex = 2;
    return run;
}

void TestWiring::filesPanelFollowsEngineSettings()
{
    auto window = makeWindow();
    // One session does the engine work of the Build, Sizes and Files panels.
    BuildSession *session = window->buildSession();
    QCOMPARE(session->endpoint().url, m_deadUrl);
    QCOMPARE(session->filesystem()->endpoint().url, m_deadUrl);
    QCOMPARE(session->templateTrial(), window->templateTrial());
    // A settings change reaches the file listing like builds and measurements.
    const QString other = u"unix://"_s + m_dir.filePath(u"other.sock"_s);
    Settings::Engine engine;
    engine.host = other;
    window->engineConnection()->setEngineSettings(engine);
    QTRY_COMPARE(session->endpoint().url, other);
    QCOMPARE(session->filesystem()->endpoint().url, other);
}

void TestWiring::selectingMeasuredBlockShowsItsFiles()
{
    auto window = makeWindow();
    window->buildSession()->setRun(measuredRun());
    window->show();
    window->filesDock()->show();
    window->filesDock()->raise();
    QTRY_VERIFY(window->filesDock()->isVisible());
    views::FilesPanel *files = window->filesPanel();

    Q_EMIT window->canvas()->stageSelected(0);
    QCOMPARE(files->stageIndex(), 0);
    QCOMPARE(files->image(), u"sha256:aaaa"_s);
    QCOMPARE(files->baseImage(), u"stagecraft/busybox:latest"_s); // its FROM image

    Q_EMIT window->canvas()->stageSelected(1);
    QCOMPARE(files->image(), u"sha256:bbbb"_s);
    QCOMPARE(files->baseImage(), u"sha256:aaaa"_s); // FROM build: the build stage's image

    Q_EMIT window->canvas()->stageSelected(2);
    QCOMPARE(files->image(), u"sha256:cccc"_s);
    QCOMPARE(files->baseImage(), QString()); // FROM scratch: nothing to compare with

    // With the Files dock closed, selecting a block leaves the panel alone.
    window->filesDock()->hide();
    Q_EMIT window->canvas()->stageSelected(0);
    QCOMPARE(files->image(), u"sha256:cccc"_s);
}

void TestWiring::showFilesButtonRaisesFilesDock()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(!window->filesDock()->isVisible());
    views::SizesPanel *sizes = window->sizesPanel();
    QVERIFY(!sizes->showFilesButton()->isEnabled());
    model::MeasureRun run = measuredRun();
    run.stages[1].built = false;
    run.stages[1].imageId.clear();
    window->buildSession()->setRun(run);
    // The Sizes dock starts hidden (canvas first): the user opens it to press its button.
    window->sizesDock()->show();
    QComboBox *box = sizes->stageBox();
    box->setCurrentIndex(box->findData(0));
    QVERIFY(sizes->showFilesButton()->isEnabled());
    box->setCurrentIndex(box->findData(1));
    QVERIFY(!sizes->showFilesButton()->isEnabled()); // not built: nothing to show
    box->setCurrentIndex(box->findData(0));
    QTest::mouseClick(sizes->showFilesButton(), Qt::LeftButton);
    QTRY_VERIFY(window->filesDock()->isVisible());
    QCOMPARE(window->filesPanel()->image(), u"sha256:aaaa"_s);
    QCOMPARE(window->filesPanel()->stageIndex(), 0);
}

void TestWiring::unmeasuredStageSaysBuildFirst()
{
    auto window = makeWindow();
    window->show();
    window->showStageFiles(1);
    QTRY_VERIFY(window->filesDock()->isVisible());
    views::FilesPanel *files = window->filesPanel();
    QVERIFY(files->image().isEmpty());
    QVERIFY2(files->statusText().contains(u"Build & Measure All Stages"_s),
             qPrintable(files->statusText()));
    QVERIFY(files->statusText().contains(u"test"_s)); // names the stage

    // A stage the measurement did not build is not shown either.
    model::MeasureRun run = measuredRun();
    run.stages[1].built = false;
    window->buildSession()->setRun(run);
    Q_EMIT window->canvas()->stageSelected(1);
    QVERIFY(files->image().isEmpty());
    QVERIFY(files->statusText().contains(u"Build & Measure All Stages"_s));
    // …while a built one is.
    Q_EMIT window->canvas()->stageSelected(0);
    QCOMPARE(files->image(), u"sha256:aaaa"_s);
}

void TestWiring::runOfAnotherDockerfileIsNotUsed()
{
    auto window = makeWindow();
    window->show();
    model::MeasureRun run = measuredRun();
    run.dockerfilePath = m_dir.filePath(u"elsewhere/Dockerfile"_s).toStdString();
    run.dockerfileSha256 = std::string(64, '0');
    window->buildSession()->setRun(run);
    window->showStageFiles(0);
    QVERIFY(window->filesPanel()->image().isEmpty());
    QVERIFY2(window->filesPanel()->statusText().contains(u"another Dockerfile"_s),
             qPrintable(window->filesPanel()->statusText()));

    // The same bytes measured elsewhere (a lesson's template) count as this document.
    run.dockerfileSha256
        = QCryptographicHash::hash(kDockerfile, QCryptographicHash::Sha256).toHex().toStdString();
    window->buildSession()->setRun(run);
    window->showStageFiles(0);
    QCOMPARE(window->filesPanel()->image(), u"sha256:aaaa"_s);
}

void TestWiring::tryBuildStartsMeasure()
{
    auto window = makeWindow();
    window->show();
    QSignalSpy finished(window->buildSession(), &BuildSession::measureFinished);
    Q_EMIT window->lessonsPanel()->tryBuildRequested();
    QVERIFY(window->sizesDock()->isVisible());
    // Nobody listens on the socket: the measure started, and ended with the engine's message.
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString status = window->sizesPanel()->statusLabel()->text();
    QVERIFY2(status.contains(m_dir.filePath(u"nobody.sock"_s)), qPrintable(status));
}

void TestWiring::tryCompareNamesVariantAndEngineMessage()
{
    auto window = makeWindow();
    window->show();
    QSignalSpy finished(window->templateTrial(), &TemplateTrial::finished);
    Q_EMIT window->lessonsPanel()->tryCompareRequested(u"python"_s);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(window->sizesDock()->isVisible());
    const QString status = window->sizesPanel()->statusLabel()->text();
    QVERIFY2(status.contains(u"Dockerfile.before"_s), qPrintable(status));
    QVERIFY2(status.contains(u"\"before\""_s), qPrintable(status));
    QVERIFY2(status.contains(m_dir.filePath(u"nobody.sock"_s)), qPrintable(status));
    QVERIFY(!window->buildSession()->isMeasuring());
    QVERIFY(window->sizesPanel()->measureButton()->isEnabled());
    QVERIFY(window->trialCompareDialog() == nullptr);
    // The template was written into the session's temporary folder.
    QVERIFY(QFile::exists(window->templateTrial()->directory() + u"/Dockerfile.before"_s));
}

void TestWiring::tryCompareUnknownTemplate()
{
    auto window = makeWindow();
    Q_EMIT window->lessonsPanel()->tryCompareRequested(u"no-such-template"_s);
    QVERIFY(!window->templateTrial()->isRunning());
    QVERIFY2(window->sizesPanel()->statusLabel()->text().contains(u"no-such-template"_s),
             qPrintable(window->sizesPanel()->statusLabel()->text()));
    QVERIFY(!window->buildSession()->isMeasuring());
    QVERIFY(window->sizesPanel()->measureButton()->isEnabled());
}

QTEST_MAIN(TestWiring)
#include "tst_wiring.moc"
