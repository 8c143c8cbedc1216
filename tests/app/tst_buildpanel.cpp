// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Build dock in the main window, against RECORDED engine replies
// (tests/data/engine/recordings/build-*.json, recorded once from dockerd 20.10 through
// tests/EngineReplay.h: run this test with STAGECRAFT_RECORD_ENGINE=/var/run/docker.sock to record
// them again). Checks what the user sees: targets and build args offered, the step highlight
// moving through the canvas and the editor, a failure jumping to its instruction with the
// engine's message, and Cancel.
#include "tests/EngineReplay.h"

#include "app/BuildSession.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "common/EngineMessages.h"
#include "engine/BuildOptions.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"

#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/BuildPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

// Line numbers matter: the tests check them.
const char *const kStepsDockerfile = "ARG BASE=stagecraft/busybox\n"           // 1
                                     "FROM ${BASE} AS builder\n"               // 2
                                     "ARG SIZE=300000\n"                       // 3
                                     "RUN head -c ${SIZE} /dev/zero > /blob\n" // 4
                                     "RUN echo built > /done\n"                // 5
                                     "FROM stagecraft/busybox\n"               // 6
                                     "COPY --from=builder /done /done\n";      // 7

const char *const kFailingDockerfile = "FROM stagecraft/busybox AS base\n"  // 1
                                       "RUN echo ok > /ok\n"                // 2
                                       "FROM base AS broken\n"              // 3
                                       "RUN echo about to fail && exit 3\n" // 4
                                       "RUN echo never\n"                   // 5
                                       "FROM stagecraft/busybox\n"          // 6
                                       "COPY --from=broken /ok /ok\n";      // 7

const char *const kSlowDockerfile = "FROM stagecraft/busybox\n"
                                    "RUN echo start && sleep 30\n";

struct Sample
{
    int stage;
    int blockLine;  ///< active line on that stage's block
    int editorLine; ///< 1-based line of the editor's build highlight
};

int editorLineOf(const views::DockerfileEditor *editor, int position)
{
    return editor->document()->findBlock(position).blockNumber() + 1;
}

} // namespace

class TestBuildPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersTargetsTagAndArgs();
    void stepHighlightMoves();
    void failureJumpsToInstruction();
    void cancelStopsTheBuild();
    void untitledDocumentIsNotBuilt();

private:
    QString writeDockerfile(const char *text);
    EngineEndpoint endpoint() const
    {
        return EngineEndpoint::fromUrl(u"unix://"_s + m_socket, u"test"_s);
    }
    QTemporaryDir m_dir;
    QString m_socket;
};

void TestBuildPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The recordings are of the classic builder (dockerd 20.10 would offer BuildKit to "auto").
    Settings::Engine engineSettings = Settings::engine();
    engineSettings.builder = QStringLiteral("classic");
    Settings::setEngine(engineSettings);
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(u"engine.sock"_s);
}

QString TestBuildPanel::writeDockerfile(const char *text)
{
    static int counter = 0;
    const QString dir = m_dir.filePath(u"ctx%1"_s.arg(++counter));
    QDir().mkpath(dir);
    const QString path = dir + u"/Dockerfile"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

void TestBuildPanel::offersTargetsTagAndArgs()
{
    MainWindow window;
    QVERIFY(window.openFile(writeDockerfile(kStepsDockerfile)));
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    BuildSession *buildSession = window.buildSession();
    QCOMPARE(window.buildDock()->widget(), panel);
    QVERIFY(window.buildDock()->toggleViewAction() != nullptr);

    QCOMPARE(panel->targetBox()->count(), 2);
    QCOMPARE(panel->targetBox()->itemData(0).toString(), u"builder"_s);
    QCOMPARE(panel->targetBox()->currentIndex(), 1); // the final stage by default
    QVERIFY(panel->targetBox()->currentText().contains(u"#1"_s));

    QTableWidget *args = panel->argsTable();
    QCOMPARE(args->rowCount(), 2);
    QCOMPARE(args->item(0, 1)->text(), u"BASE"_s);
    QCOMPARE(args->item(0, 2)->text(), u"stagecraft/busybox"_s);
    QCOMPARE(args->item(0, 3)->text(), u"global"_s);
    QCOMPARE(args->item(1, 1)->text(), u"SIZE"_s);
    QCOMPARE(args->item(1, 2)->text(), u"300000"_s);
    QCOMPARE(args->item(1, 3)->text(), u"builder"_s);

    // Nothing ticked: no build args, no target (the last stage), the tag as typed.
    views::BuildRequest options = panel->request();
    QVERIFY(options.buildArgs.isEmpty());
    QVERIFY(options.target.isEmpty());
    panel->tagEdit()->setText(u"  stagecraft-test/measuregui-x:1 "_s);
    panel->targetBox()->setCurrentIndex(0);
    args->item(1, 2)->setText(u"5"_s); // editing a value ticks it
    panel->noCacheBox()->setChecked(true);
    options = panel->request();
    QCOMPARE(options.tags, QStringList{u"stagecraft-test/measuregui-x:1"_s});
    QCOMPARE(options.target, u"builder"_s);
    QCOMPARE(options.buildArgs.value(u"SIZE"_s), u"5"_s);
    QCOMPARE(options.buildArgs.size(), 1);
    QVERIFY(options.noCache);
    QVERIFY(!options.pull);

    // A reparse keeps what the user chose.
    window.controller()->document()->setPlainText(QString::fromUtf8(kStepsDockerfile)
                                                  + u"LABEL x=y\n"_s);
    window.reparseNow();
    QCOMPARE(panel->targetBox()->currentData().toString(), u"builder"_s);
    QCOMPARE(panel->request().buildArgs.value(u"SIZE"_s), u"5"_s);
    // What the session sends: the file on disk and its folder, the choices as made.
    const BuildOptions sent = buildSession->buildOptions(panel->request());
    QCOMPARE(sent.dockerfile, window.filePath());
    QCOMPARE(sent.contextDir, QFileInfo(window.filePath()).absolutePath());
    QCOMPARE(sent.target, u"builder"_s);
    QCOMPARE(sent.buildArgs.value(u"SIZE"_s), u"5"_s);
    QCOMPARE(sent.tags, QStringList{u"stagecraft-test/measuregui-x:1"_s});
    QVERIFY(sent.noCache);
}

void TestBuildPanel::stepHighlightMoves()
{
    tests::EngineSession session(u"build-steps"_s, m_socket);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    MainWindow window;
    window.setEngineEndpoint(endpoint());
    QVERIFY(window.openFile(writeDockerfile(kStepsDockerfile)));
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    BuildSession *buildSession = window.buildSession();
    panel->tagEdit()->setText(u"stagecraft-test/measuregui-steps"_s);
    panel->noCacheBox()->setChecked(true);

    views::StageScene *scene = window.canvas()->stageScene();
    QList<Sample> samples;
    // Connected after the window's own handler: samples what the user sees at each step.
    connect(buildSession, &BuildSession::stepStarted, this, [&](int stage, int, model::Range) {
        Sample sample{stage, 0, 0};
        if (views::StageBlockItem *block = scene->blockForStage(stage))
            sample.blockLine = block->activeLine();
        for (int other = 0; other < 2; ++other) {
            if (other != stage)
                QCOMPARE(scene->blockForStage(other)->activeLine(), 0);
        }
        sample.editorLine = editorLineOf(window.editor(), window.editor()->buildHighlight().first);
        samples.append(sample);
    });
    QSignalSpy finished(buildSession, &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY2(!panel->buildButton()->isEnabled(), qPrintable(panel->statusLabel()->text()));
    QVERIFY(panel->cancelButton()->isEnabled());
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().first().toBool(), true);

    // Step N of 7 is line N: the meta ARG (no block), then stage 0, then stage 1.
    QCOMPARE(samples.size(), 7);
    const QList<int> stages{-1, 0, 0, 0, 0, 1, 1};
    for (int i = 0; i < samples.size(); ++i) {
        QCOMPARE(samples[i].stage, stages[i]);
        QCOMPARE(samples[i].editorLine, i + 1);
        if (stages[i] >= 0)
            QCOMPARE(samples[i].blockLine, i + 1);
    }
    // Done: highlights gone, the log has the engine's lines, the status names the image.
    QCOMPARE(window.editor()->buildHighlight().first, -1);
    QCOMPARE(scene->blockForStage(1)->activeLine(), 0);
    QVERIFY(panel->logView()->toPlainText().contains(u"Step 4/7 : RUN head -c ${SIZE}"_s));
    QVERIFY(panel->logView()->toPlainText().contains(u"Successfully tagged "
                                                     "stagecraft-test/measuregui-steps:latest"_s));
    QVERIFY(panel->statusLabel()->text().startsWith(u"Built "_s));
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(!panel->cancelButton()->isEnabled());
    if (session.server()) {
        QVERIFY(session.server()->unknownRequests().isEmpty());
        const QByteArray build = session.server()->lastRequest("POST /v1.41/build");
        QVERIFY(build.contains("t=stagecraft-test%2Fmeasuregui-steps"));
        QVERIFY(build.contains("nocache=1"));
        QVERIFY(!build.contains("target="));
    }
}

void TestBuildPanel::failureJumpsToInstruction()
{
    tests::EngineSession session(u"build-fail"_s, m_socket);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    MainWindow window;
    window.setEngineEndpoint(endpoint());
    QVERIFY(window.openFile(writeDockerfile(kFailingDockerfile)));
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    BuildSession *buildSession = window.buildSession();
    panel->targetBox()->setCurrentIndex(panel->targetBox()->findData(u"broken"_s));
    panel->noCacheBox()->setChecked(true);
    window.editor()->goToLine(7);

    QSignalSpy failed(buildSession, &BuildSession::buildFailed);
    QSignalSpy finished(buildSession, &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 1); // stage "broken"
    QCOMPARE(failed.first().at(1).toInt(), 4); // RUN … exit 3

    // The editor jumped to line 4 and marks it as the failure; the canvas marks the block.
    QCOMPARE(window.editor()->textCursor().blockNumber() + 1, 4);
    QVERIFY(window.editor()->buildHighlightFailed());
    QCOMPARE(editorLineOf(window.editor(), window.editor()->buildHighlight().first), 4);
    QCOMPARE(window.canvas()->stageScene()->blockForStage(1)->activeLine(), 4);
    // The engine's own message, with the step and the line.
    const QString status = panel->statusLabel()->text();
    QVERIFY2(status.contains(u"returned a non-zero code: 3"_s), qPrintable(status));
    QVERIFY2(status.contains(u"4"_s), qPrintable(status));
    QVERIFY(panel->statusLabel()->property("error").toBool());
    if (session.server()) {
        QVERIFY(session.server()->unknownRequests().isEmpty());
        QVERIFY(session.server()->lastRequest("POST /v1.41/build").contains("target=broken"));
    }
}

void TestBuildPanel::cancelStopsTheBuild()
{
    tests::EngineSession session(u"build-cancel"_s, m_socket);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    MainWindow window;
    window.setEngineEndpoint(endpoint());
    QVERIFY(window.openFile(writeDockerfile(kSlowDockerfile)));
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    BuildSession *buildSession = window.buildSession();
    panel->noCacheBox()->setChecked(true);

    QSignalSpy finished(buildSession, &BuildSession::buildFinished);
    QSignalSpy steps(buildSession, &BuildSession::stepStarted);
    panel->buildButton()->click();
    // Wait for the RUN to be running (its output line), then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().split(u'\n').contains(u"start"_s),
                             60'000);
    QCOMPARE(steps.size(), 2);
    panel->cancelButton()->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(panel->statusLabel()->text(),
             common::EngineMessages::message(EngineError(EngineError::Kind::Cancelled)));
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(!panel->cancelButton()->isEnabled());
    QVERIFY(!panel->isBuilding());
    QVERIFY(!buildSession->isBuilding());
    QCOMPARE(window.canvas()->stageScene()->blockForStage(0)->activeLine(), 0);
}

void TestBuildPanel::untitledDocumentIsNotBuilt()
{
    MainWindow window;
    window.setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    window.controller()->document()->setPlainText(u"FROM stagecraft/busybox\n"_s);
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    BuildSession *buildSession = window.buildSession();
    buildSession->setSaveHandler([] { return false; }); // the user cancels Save As
    QSignalSpy started(buildSession, &BuildSession::buildStarted);
    panel->buildButton()->click();
    QCOMPARE(started.size(), 0);
    QVERIFY(panel->statusLabel()->text().contains(u"saved"_s));
    QVERIFY(!panel->isBuilding());
    QVERIFY(!buildSession->isBuilding());
}

QTEST_MAIN(TestBuildPanel)
#include "tst_buildpanel.moc"
