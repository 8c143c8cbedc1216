// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window under BuildKit, against BuildKit streams RECORDED from dockerd 20.10
// (tests/data/buildkit-trace/*.jsonl) replayed by a fake engine that answers as that dockerd
// does (ping without Builder-Version, API 1.41: BuildKit offered). Checks what the user sees: the
// builder chosen in the Build dock is the one setting of Preferences and the status bar; the
// lines the engine's frontend cannot build are in the Problems dock; every running step's block
// is lit, even two stages at once; each stage's time or "cached" after the build; one step's
// log; a failure jumps to its line with BuildKit's message; a corrupt stream gives a clear error
// and leaves the window usable, the file untouched.
#include "tests/EngineReplay.h"

#include "app/BuildSession.h"
#include "app/DiagnosticsModel.h"
#include "app/DiagnosticsPanel.h"
#include "app/EngineConnection.h"
#include "app/EngineStatusWidget.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/dialogs/SettingsDialog.h"
#include "common/Translation.h"

#include "views/SizeFormat.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/BuildPanel.h"

#include <QComboBox>
#include <QDebug>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace Qt::StringLiterals;

namespace {

QByteArray readTrace(const QString &name)
{
    QFile file(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/buildkit-trace/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kBuildRequest = "POST /v1.41/build?version=2&dockerfile=Dockerfile&rm=1&forcerm=1";

/// dockerd 20.10.24 as the window meets it: the ping (no Builder-Version: BuildKit is there on
/// version=2) and /version; then one exchange per build body given, in order.
tests::EngineRecording dockerd2010(const QList<QByteArray> &buildBodies)
{
    tests::EngineRecording recording;
    tests::RecordedExchange ping;
    ping.request = "HEAD /_ping";
    ping.chunks << QByteArray("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 0\r\n"
                              "Server: Docker/20.10.24+dfsg1 (linux)\r\nConnection: close\r\n\r\n");
    recording.exchanges << ping;
    tests::RecordedExchange version;
    version.request = "GET /v1.41/version";
    const QByteArray json = R"({"Version":"20.10.24+dfsg1","ApiVersion":"1.41",)"
                            R"("MinAPIVersion":"1.12","Os":"linux","Arch":"amd64",)"
                            R"("Components":[{"Name":"Engine","Version":"20.10.24+dfsg1"}]})";
    version.chunks << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
    recording.exchanges << version;
    for (const QByteArray &body : buildBodies) {
        tests::RecordedExchange build;
        build.request = kBuildRequest;
        build.chunks << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                   "Connection: close\r\n\r\n");
        // One line per chunk: the window sees the progress as it streams.
        for (const QByteArray &line : body.split('\n')) {
            if (!line.isEmpty())
                build.chunks << line + '\n';
        }
        recording.exchanges << build;
    }
    return recording;
}

int editorLineOf(const views::DockerfileEditor *editor, int position)
{
    return editor->document()->findBlock(position).blockNumber() + 1;
}

} // namespace

class TestBuildKitPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void builderChoiceIsOneSetting();
    void frontendLimitsInProblemsDock();
    void progressLightsEveryRunningStep();
    void failureJumpsToItsLine();
    void corruptStreamLeavesWindowUsable_data();
    void corruptStreamLeavesWindowUsable();
    void screenshotsInEnglishAndHindi_data();
    void screenshotsInEnglishAndHindi();

private:
    /// A window on the fake engine, connected, with `text` open from a new directory.
    std::unique_ptr<MainWindow> openWindow(const QByteArray &text);
    QTemporaryDir m_dir;
    QString m_socket;
    QString m_path;
};

void TestBuildKitPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::setLanguage(u"en"_s);
    QVERIFY(m_dir.isValid());
    m_socket = m_dir.filePath(u"engine.sock"_s);
}

void TestBuildKitPanel::init()
{
    Settings::Engine engine;
    engine.host = u"unix://"_s + m_socket;
    engine.builder = u"auto"_s;
    Settings::setEngine(engine);
}

void TestBuildKitPanel::cleanupTestCase()
{
    // The settings are shared by the test programs: leave the defaults behind, not this socket.
    Settings::setEngine(Settings::Engine{});
    Settings::setLanguage(QString());
}

std::unique_ptr<MainWindow> TestBuildKitPanel::openWindow(const QByteArray &text)
{
    static int counter = 0;
    const QString dir = m_dir.filePath(u"ctx%1"_s.arg(++counter));
    QDir().mkpath(dir);
    m_path = dir + u"/Dockerfile"_s;
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(text);
    file.close();
    auto window = std::make_unique<MainWindow>();
    window->engineConnection()->setAutomaticChecks(false);
    if (!window->openFile(m_path))
        return nullptr;
    window->reparseNow();
    if (!QTest::qWaitFor(
            [&] {
                return window->engineConnection()->state() == EngineConnection::State::Connected;
            },
            10'000))
        return nullptr;
    return window;
}

void TestBuildKitPanel::builderChoiceIsOneSetting()
{
    tests::FakeEngineServer engine(m_socket, dockerd2010({}));
    QVERIFY(engine.ok());
    const auto window = openWindow("FROM stagecraft/busybox\n");
    QVERIFY(window);
    views::BuildPanel *panel = window->buildPanel();
    auto *status = window->statusBar()->findChild<EngineStatusWidget *>(u"engineStatus"_s);
    QVERIFY(status);
    QCOMPARE(panel->builderBox()->count(), 3);
    QCOMPARE(panel->builder(), u"auto"_s);
    // dockerd 20.10 offers BuildKit: automatic means BuildKit, and the status bar says so.
    QCOMPARE(status->text(), u"Docker 20.10.24+dfsg1 · BuildKit · unix://"_s + m_socket);
    QVERIFY2(status->toolTip().contains(u"automatic: the engine offers it"_s),
             qPrintable(status->toolTip()));

    // The Build dock's choice is the setting: the status bar and Preferences follow.
    panel->builderBox()->setCurrentIndex(panel->builderBox()->findData(u"classic"_s));
    Q_EMIT panel->builderBox()->activated(panel->builderBox()->currentIndex());
    QCOMPARE(Settings::engine().builder, u"classic"_s);
    QCOMPARE(window->engineConnection()->builderInUse(), engine::Builder::Classic);
    QVERIFY2(status->text().contains(u" · classic builder · "_s), qPrintable(status->text()));
    SettingsDialog dialog;
    auto *preferences = dialog.findChild<QComboBox *>(u"engineBuilder"_s);
    QVERIFY(preferences);
    QCOMPARE(preferences->currentData().toString(), u"classic"_s);

    // Preferences' choice reaches the Build dock.
    Settings::Engine chosen = window->engineConnection()->engineSettings();
    chosen.builder = u"buildkit"_s;
    window->engineConnection()->setEngineSettings(chosen);
    QCOMPARE(panel->builder(), u"buildkit"_s);
    QTRY_VERIFY(status->text().contains(u" · BuildKit · "_s));
    // While a build runs the choice is locked.
    panel->setBuilding(true);
    QVERIFY(!panel->builderBox()->isEnabled());
    panel->setBuilding(false);
    QVERIFY(panel->builderBox()->isEnabled());
}

void TestBuildKitPanel::frontendLimitsInProblemsDock()
{
    tests::FakeEngineServer engine(m_socket, dockerd2010({}));
    QVERIFY(engine.ok());
    const auto window = openWindow("# syntax=docker/dockerfile:1.4\n" // 1
                                   "FROM stagecraft/busybox\n"        // 2
                                   "RUN <<EOF\necho hi\nEOF\n"        // 3-5
                                   "COPY --link a /a\n");             // 6
    QVERIFY(window);
    DiagnosticsPanel *problems = window->diagnosticsPanel();
    const auto limitRows = [&] {
        QList<int> lines;
        DiagnosticsModel *model = problems->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DiagnosticsModel::CodeColumn).data().toString()
                != QLatin1String(DiagnosticsModel::FrontendLimitCode))
                continue;
            lines << model->index(row, DiagnosticsModel::LineColumn).data().toInt();
            const QString message
                = model->index(row, DiagnosticsModel::MessageColumn).data().toString();
            if (!message.startsWith(u"BuildKit: "_s))
                lines << -1; // not the frontend's reason
        }
        return lines;
    };
    // Under BuildKit (automatic, dockerd 20.10: frontend 1.2) each line is named with its reason.
    QCOMPARE(limitRows(), (QList<int>{1, 3, 6}));
    const DiagnosticsModel *model = problems->model();
    const int heredocRow = model->rowCount() - 2;
    QVERIFY(model->index(heredocRow, DiagnosticsModel::MessageColumn)
                .data()
                .toString()
                .contains(u"heredocs (RUN <<EOF)"_s));
    // Activating the row reveals its line, like any problem.
    const auto &shown = problems->diagnostics();
    QCOMPARE(shown.size(), std::size_t(model->rowCount()));
    Q_EMIT problems->diagnosticActivated(heredocRow);
    QCOMPARE(editorLineOf(window->editor(), window->editor()->textCursor().selectionStart()), 3);

    // The classic builder has no such limits here; back to BuildKit brings them back.
    window->engineConnection()->setBuilder(u"classic"_s);
    QCOMPARE(limitRows(), QList<int>{});
    window->engineConnection()->setBuilder(u"buildkit"_s);
    QCOMPARE(limitRows(), (QList<int>{1, 3, 6}));
    // Editing follows: the heredoc gone, its row goes.
    QTextCursor cursor(window->editor()->document());
    cursor.setPosition(window->editor()->document()->findBlockByNumber(2).position());
    cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor, 3);
    cursor.insertText(u"RUN echo hi\n"_s);
    window->reparseNow();
    QCOMPARE(limitRows(), (QList<int>{1, 4}));
}

void TestBuildKitPanel::progressLightsEveryRunningStep()
{
    // The recorded build, with the start of stage 1's RUN moved before the end of stage 0's:
    // two stages running at once, as BuildKit does with independent stages.
    QList<QByteArray> lines = readTrace(u"three-stages.jsonl"_s).split('\n');
    QVERIFY(lines.size() > 15);
    lines.swapItemsAt(13, 14);
    tests::FakeEngineServer engine(
        m_socket, dockerd2010({lines.join('\n'), readTrace(u"three-stages-cached.jsonl"_s)}));
    QVERIFY(engine.ok());
    const auto window = openWindow(readTrace(u"three-stages.Dockerfile"_s));
    QVERIFY(window);
    views::BuildPanel *panel = window->buildPanel();
    BuildSession *session = window->buildSession();
    views::StageScene *scene = window->canvas()->stageScene();

    // What the canvas and the editor show each time the running steps change.
    QList<QList<int>> lit;
    QList<int> editorLines;
    connect(session, &BuildSession::runningStepsChanged, this, [&] {
        QList<int> active;
        for (int stage = 0; stage < 3; ++stage)
            active << scene->blockForStage(stage)->activeLine();
        lit << active;
        editorLines << editorLineOf(window->editor(), window->editor()->buildHighlight().first);
    });
    QSignalSpy finished(session, &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(30'000));
    QVERIFY2(finished.first().first().toBool(),
             qPrintable(panel->statusLabel()->text() + u" / "_s
                        + QString::fromUtf8(engine.unknownRequests().join(' '))));
    // Stage 0's RUN (line 2) and stage 1's RUN (line 5) lit at once; the editor follows the
    // step that started last.
    const qsizetype both = lit.indexOf(QList<int>{2, 5, 0});
    QVERIFY2(both >= 0, qPrintable(QDebug::toString(lit)));
    QCOMPARE(editorLines.at(both), 5);
    QCOMPARE(lit.at(both + 1), (QList<int>{0, 5, 0})); // stage 0's RUN done
    QVERIFY(lit.contains(QList<int>{0, 0, 10}));       // the final stage's RUN --mount=bind
    QCOMPARE(lit.constLast(), (QList<int>{0, 0, 0}));
    // Each stage's time in its pill, none from the cache.
    for (int stage = 0; stage < 3; ++stage) {
        const views::StageTime time = scene->blockForStage(stage)->measuredTime();
        QVERIFY(time.ms >= 0);
        QVERIFY(!time.cached);
        QCOMPARE(scene->blockForStage(stage)->pillText(), views::SizeFormat::duration(time.ms));
    }
    // One step's log: the output of the final stage's RUN alone.
    QComboBox *steps = panel->stepBox();
    int runStep = -1;
    for (int i = 0; i < steps->count(); ++i) {
        if (steps->itemText(i).startsWith(u"[final 3/4] RUN"_s))
            runStep = i;
    }
    QVERIFY(runStep > 0);
    QVERIFY(steps->itemText(runStep).endsWith(u" s)"_s));
    steps->setCurrentIndex(runStep);
    QCOMPARE(panel->logView()->toPlainText(), u"data"_s);
    steps->setCurrentIndex(0);
    QVERIFY(panel->logView()->toPlainText().contains(u"Successfully tagged"_s));

    // The same again, from the cache: every stage and step says so.
    finished.clear();
    panel->buildButton()->click();
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().toBool());
    for (int stage = 0; stage < 3; ++stage) {
        QVERIFY(scene->blockForStage(stage)->measuredTime().cached);
        QCOMPARE(scene->blockForStage(stage)->pillText(), u"cached"_s);
    }
    QVERIFY(steps->findText(u"[final 4/4] WORKDIR /app (cached)"_s) > 0);
}

void TestBuildKitPanel::failureJumpsToItsLine()
{
    tests::FakeEngineServer engine(m_socket, dockerd2010({readTrace(u"failing-run.jsonl"_s)}));
    QVERIFY(engine.ok());
    const auto window = openWindow(readTrace(u"failing-run.Dockerfile"_s));
    QVERIFY(window);
    views::BuildPanel *panel = window->buildPanel();
    BuildSession *session = window->buildSession();
    window->editor()->goToLine(1);
    QSignalSpy failed(session, &BuildSession::buildFailed);
    QSignalSpy finished(session, &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toInt(), 3);
    QCOMPARE(window->editor()->textCursor().blockNumber() + 1, 3);
    QVERIFY(window->editor()->buildHighlightFailed());
    QCOMPARE(window->canvas()->stageScene()->blockForStage(0)->activeLine(), 3);
    const QString status = panel->statusLabel()->text();
    QVERIFY2(status.contains(u"exit code: 3"_s), qPrintable(status));
    QVERIFY(panel->statusLabel()->property("error").toBool());
    // The failed step's own log, and its state.
    QComboBox *steps = panel->stepBox();
    const int failedStep = steps->findText(u"[3/3] RUN echo failing-now && exit 3 (failed)"_s);
    QVERIFY2(failedStep > 0, qPrintable(steps->itemText(steps->count() - 1)));
    steps->setCurrentIndex(failedStep);
    QCOMPARE(panel->logView()->toPlainText(), u"failing-now"_s);
}

void TestBuildKitPanel::corruptStreamLeavesWindowUsable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QList<QByteArray> recorded = readTrace(u"three-stages.jsonl"_s).split('\n');
    const QByteArray start = recorded.mid(0, 13).join('\n') + '\n';
    QTest::newRow("garbage base64") << start + R"({"id":"moby.buildkit.trace","aux":"#garbage#"})"
            + '\n' + recorded.at(13) << u"progress"_s;
    QTest::newRow("truncated trace line, then the engine goes away")
        << start + recorded.at(13).left(recorded.at(13).size() / 2) << u"connection"_s;
}

void TestBuildKitPanel::corruptStreamLeavesWindowUsable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    tests::FakeEngineServer engine(m_socket, dockerd2010({body}));
    QVERIFY(engine.ok());
    const QByteArray text = readTrace(u"three-stages.Dockerfile"_s);
    const auto window = openWindow(text);
    QVERIFY(window);
    views::BuildPanel *panel = window->buildPanel();
    QSignalSpy finished(window->buildSession(), &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().first().toBool(), false);
    // A clear error, what arrived before it kept, nothing left lit.
    const QString status = panel->statusLabel()->text();
    QVERIFY2(status.contains(says, Qt::CaseInsensitive), qPrintable(status));
    QVERIFY(panel->statusLabel()->property("error").toBool());
    QVERIFY(panel->logView()->toPlainText().contains(u"[base 2/2] RUN"_s));
    for (int stage = 0; stage < 3; ++stage)
        QCOMPARE(window->canvas()->stageScene()->blockForStage(stage)->activeLine(), 0);
    // The window is usable and nothing is lost: Build again possible, the text and file intact.
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(!panel->cancelButton()->isEnabled());
    QVERIFY(panel->builderBox()->isEnabled());
    QCOMPARE(window->editor()->toPlainText().toUtf8(), text);
    QVERIFY(!window->editor()->document()->isModified());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestBuildKitPanel::screenshotsInEnglishAndHindi_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("hi") << u"hi"_s;
}

void TestBuildKitPanel::screenshotsInEnglishAndHindi()
{
    // The Build dock after a BuildKit build: builder, step list, one step's log, times on the
    // blocks. Every label gets the room its text asks for (Hindi is longer and taller); with
    // STAGECRAFT_SCREENSHOT_DIR set the window is written there (the README's screenshot).
    QFETCH(QString, language);
    Settings::setLanguage(language); // the window applies the remembered language
    QVERIFY(common::installTranslator(*qApp, language));
    tests::FakeEngineServer engine(m_socket, dockerd2010({readTrace(u"three-stages.jsonl"_s)}));
    QVERIFY(engine.ok());
    const auto window = openWindow(readTrace(u"three-stages.Dockerfile"_s));
    QVERIFY(window);
    window->resize(1440, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->buildDock()->show();
    window->buildDock()->raise();
    views::BuildPanel *panel = window->buildPanel();
    QSignalSpy finished(window->buildSession(), &BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.first().first().toBool());
    QComboBox *steps = panel->stepBox();
    for (int i = 0; i < steps->count(); ++i) {
        if (steps->itemText(i).startsWith(u"[final 3/4] RUN"_s))
            steps->setCurrentIndex(i);
    }
    QVERIFY(steps->currentIndex() > 0);
    QCoreApplication::processEvents();
    QStringList clipped;
    const auto labels = panel->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QSize need = label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
                                             : label->minimumSizeHint();
        if (label->width() + 1 < need.width() || label->height() + 1 < need.height())
            clipped << label->text();
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    const QString dir = qEnvironmentVariable("STAGECRAFT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // The three blocks in view, with their times: the palette and the editor make room.
        window->paletteDock()->hide();
        window->editor()->hide();
        window->resize(1700, 860); // the canvas does not zoom out below its legible minimum
        QTest::qWait(300);
        window->canvas()->fitToView();
        QTest::qWait(300);
        QVERIFY(window->grab().save(dir + u"/buildkit-build-"_s + language + u".png"_s));
    }
    Settings::setLanguage(u"en"_s);
    QVERIFY(common::installTranslator(*qApp, u"en"_s));
}

QTEST_MAIN(TestBuildKitPanel)
#include "tst_buildkitpanel.moc"
