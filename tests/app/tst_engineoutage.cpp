// SPDX-License-Identifier: GPL-3.0-or-later
//
// Faults from outside the process, against a PRIVATE dockerd this test starts and kills (its
// own --host socket, --data-root, --exec-root and --pidfile under build/fault-engine/,
// `--bridge=none --iptables=false`, in its own network namespace (`unshare --net`: with
// --bridge=none dockerd deletes any "docker0" link, the shared engine's too); the base image
// loaded into it from the shared engine) —
// never the shared /var/run/docker.sock one:
// - dockerd killed (SIGKILL) in the middle of a build (classic and BuildKit), and of a
//   measurement: each ends with a clear ConnectionLost error, no hang; in the window, the
//   BuildKit build's error is in the Build dock, the window stays usable and the file intact;
// - the engine restarted while the app stays open: the connection (and the status bar) goes
//   to "No engine" by itself, then back to the engine, without any user action;
// - a stalled engine (SIGSTOP: the socket still accepts, nothing answers): a Timeout error with
//   advice instead of a hang.
// Needs root and dockerd (Debian's docker.io); skipped otherwise, failed under CI=true.
#include "app/BuildSession.h"
#include "app/EngineConnection.h"
#include "app/EngineStatusWidget.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "engine/StageMeasurer.h"
#include "tests/TestSupport.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/BuildPanel.h"

#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace stagecraft;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

const QString kBase = QStringLiteral("stagecraft/busybox:latest");

/// A dockerd of our own. Every path is under build/fault-engine/ of this checkout.
class PrivateEngine
{
public:
    PrivateEngine()
        : m_dir(QDir::cleanPath(QStringLiteral(STAGECRAFT_TEST_DATA_DIR)
                                + u"/../../build/fault-engine"))
    { }
    ~PrivateEngine() { stop(); }

    [[nodiscard]] QString url() const { return u"unix://"_s + m_dir + u"/docker.sock"_s; }
    [[nodiscard]] EngineEndpoint endpoint() const
    {
        return EngineEndpoint::fromUrl(url(), QStringLiteral("test"));
    }

    /// Starts dockerd and waits until it answers. Returns why not, or an empty string. After a
    /// kill -9 the old containerd may still hold the exec root: it is stopped first, and a
    /// start that dockerd gives up on ("timeout waiting for containerd") is tried again.
    QString start()
    {
        const QString dockerd = QStandardPaths::findExecutable(QStringLiteral("dockerd"));
        if (dockerd.isEmpty())
            return QStringLiteral("dockerd not found (Debian: docker.io)");
        if (::geteuid() != 0)
            return QStringLiteral("a private dockerd needs root");
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            return QStringLiteral("unshare not found (Debian: util-linux)");
        QDir().mkpath(m_dir);
        QString why;
        for (int attempt = 0; attempt < 3; ++attempt) {
            stopOrphanedContainerd();
            why = startOnce(dockerd);
            if (why.isEmpty())
                return {};
        }
        return why;
    }

    /// kill -9 of dockerd (its containerd survives, as it would on a real machine).
    void kill9()
    {
        signal(SIGKILL);
        m_process.waitForFinished(10'000);
    }
    /// SIGSTOP, then waits until every thread of dockerd is stopped: kill() returns before a
    /// running thread has taken the stop, and such a thread could still answer the next call.
    void pause()
    {
        signal(SIGSTOP);
        const QString tasks = u"/proc/%1/task"_s.arg(m_process.processId());
        const QDeadlineTimer deadline(5'000);
        while (!deadline.hasExpired()) {
            bool allStopped = true;
            for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile stat(tasks + u'/' + task + u"/stat"_s);
                if (!stat.open(QIODevice::ReadOnly))
                    continue; // the thread ended
                const QByteArray text = stat.readAll();
                const qsizetype close = text.lastIndexOf(')'); // "pid (comm) S …"
                if (close < 0 || close + 2 >= text.size() || text.at(close + 2) != 'T')
                    allStopped = false;
            }
            if (allStopped)
                return;
            QThread::msleep(10);
        }
    }
    void resume() { signal(SIGCONT); }

    /// Stops dockerd (and so the containerd it manages) and waits for it.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        resume();
        m_process.terminate();
        if (!m_process.waitForFinished(30'000))
            kill9();
        stopOrphanedContainerd();
    }

    [[nodiscard]] bool running() const { return m_process.state() != QProcess::NotRunning; }

    /// The base image, saved from the shared engine and loaded into ours (seconds).
    QString loadBase()
    {
        EngineClient client(endpoint());
        if (client.inspectImageSync(kBase).ok())
            return {};
        QProcess shell;
        shell.start(u"sh"_s, {u"-c"_s, u"docker save %1 | docker -H %2 load"_s.arg(kBase, url())});
        if (!shell.waitForFinished(120'000) || shell.exitCode() != 0)
            return QStringLiteral("could not load %1 from the shared engine: %2 — run `bash "
                                  "scripts/engine.sh images`")
                .arg(kBase, QString::fromLocal8Bit(shell.readAllStandardError()));
        return {};
    }

private:
    /// Sends `signalNumber` to our dockerd, and only to it (never to pid 0, the group).
    void signal(int signalNumber)
    {
        const qint64 pid = m_process.processId();
        if (m_process.state() != QProcess::NotRunning && pid > 0)
            ::kill(static_cast<pid_t>(pid), signalNumber);
    }

    QString startOnce(const QString &dockerd)
    {
        // Its own network namespace: dockerd --bridge=none deletes a "docker0" link it finds,
        // and in the host's namespace that is the shared engine's bridge.
        m_process.setProgram(QStandardPaths::findExecutable(u"unshare"_s));
        m_process.setArguments({u"--net"_s, u"--"_s, dockerd, u"--host"_s, url(), u"--data-root"_s,
                                m_dir + u"/data"_s, u"--exec-root"_s, m_dir + u"/exec"_s,
                                u"--pidfile"_s, m_dir + u"/docker.pid"_s, u"--bridge=none"_s,
                                u"--iptables=false"_s, u"--ip-masq=false"_s});
        m_process.setStandardOutputFile(m_dir + u"/dockerd.log"_s, QIODevice::Append);
        m_process.setStandardErrorFile(m_dir + u"/dockerd.log"_s, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return QStringLiteral("dockerd did not start: ") + m_process.errorString();
        const QDeadlineTimer deadline(90'000);
        while (!deadline.hasExpired()) {
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("dockerd exited; see %1/dockerd.log").arg(m_dir);
            EngineClient client(endpoint());
            client.setTimeouts(2'000, 5'000);
            if (!client.negotiate().isError())
                return {};
            QTest::qWait(300);
        }
        return QStringLiteral("dockerd did not answer within 90 s; see %1/dockerd.log").arg(m_dir);
    }

    /// The containerd our killed dockerd left running (its pid file is in our exec root, and
    /// its command line names it): stopped, so the next dockerd starts its own.
    void stopOrphanedContainerd()
    {
        if (running())
            return;
        QFile pidFile(m_dir + u"/exec/containerd/containerd.pid"_s);
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (pid <= 0 || !cmdline.open(QIODevice::ReadOnly)
            || !cmdline.readAll().contains((m_dir + u"/exec"_s).toUtf8()))
            return;
        ::kill(pid, SIGTERM);
        const QDeadlineTimer deadline(15'000);
        while (QFileInfo::exists(u"/proc/%1"_s.arg(pid)) && !deadline.hasExpired())
            QTest::qWait(200);
        if (QFileInfo::exists(u"/proc/%1"_s.arg(pid)))
            ::kill(pid, SIGKILL);
    }

    QString m_dir;
    QProcess m_process;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Waits until `connection` is in `state` (automatic checks only; nobody calls refresh()).
bool waitForState(const app::EngineConnection &connection, app::EngineConnection::State state,
                  int timeoutMs)
{
    return QTest::qWaitFor([&] { return connection.state() == state; }, timeoutMs);
}

} // namespace

class TestEngineOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void killedMidBuild_data();
    void killedMidBuild();
    void killedMidBuildKitBuildInTheWindow();
    void killedMidMeasure();
    void restartReconnectsByItself();
    void stalledEngineTimesOutWithAdvice();

private:
    std::unique_ptr<PrivateEngine> m_engine;
};

void TestEngineOutage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    m_engine = std::make_unique<PrivateEngine>();
    if (const QString why = m_engine->start(); !why.isEmpty())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(why);
    if (const QString why = m_engine->loadBase(); !why.isEmpty())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(why);
}

void TestEngineOutage::init()
{
    if (!m_engine->running())
        QVERIFY2(m_engine->start().isEmpty(), "the private dockerd did not come back");
}

void TestEngineOutage::cleanupTestCase()
{
    m_engine.reset();
}

void TestEngineOutage::killedMidBuild_data()
{
    QTest::addColumn<QString>("builder");
    QTest::newRow("classic") << u"classic"_s;
    QTest::newRow("buildkit") << u"buildkit"_s;
}

void TestEngineOutage::killedMidBuild()
{
    QFETCH(QString, builder);
    QTemporaryDir context;
    writeFile(context.filePath(u"Dockerfile"_s),
              "FROM stagecraft/busybox\nRUN echo running-now && sleep 120\n");
    EngineClient client(m_engine->endpoint());
    QVERIFY(!client.negotiate().isError());
    BuildOptions options;
    options.contextDir = context.path();
    options.dockerfile = context.filePath(u"Dockerfile"_s);
    options.noCache = true;
    QVERIFY(builderFromName(builder, options.builder));
    if (options.builder == Builder::BuildKit)
        options.networkMode = u"none"_s; // this dockerd has no bridge
    BuildJob *job = client.build(options, &client);
    QCOMPARE(job->isBuildKit(), options.builder == Builder::BuildKit);
    bool killed = false;
    connect(job, &BuildJob::logLine, this, [this, &killed](const QString &line) {
        if (!killed && line.contains(u"running-now"_s)) {
            killed = true;
            m_engine->kill9();
        }
    });
    job->start();
    QVERIFY(job->waitForFinished(180'000));
    QVERIFY(killed);
    QVERIFY(!job->succeeded());
    QCOMPARE(EngineError::kindName(job->error().kind()),
             EngineError::kindName(EngineError::Kind::ConnectionLost));
    QVERIFY(!common::EngineMessages::message(job->error()).isEmpty());
}

void TestEngineOutage::killedMidBuildKitBuildInTheWindow()
{
    QTemporaryDir context;
    const QString path = context.filePath(u"Dockerfile"_s);
    const QByteArray text = "FROM stagecraft/busybox\nRUN echo running-now && sleep 120\n";
    writeFile(path, text);
    app::Settings::Engine settings;
    settings.host = m_engine->url();
    settings.builder = u"buildkit"_s;
    app::Settings::setEngine(settings);
    app::MainWindow window;
    QVERIFY(window.openFile(path));
    window.reparseNow();
    views::BuildPanel *panel = window.buildPanel();
    panel->noCacheBox()->setChecked(true);
    bool killed = false;
    connect(window.buildSession(), &app::BuildSession::buildLog, this,
            [this, &killed](const QString &line) {
                if (!killed && line.contains(u"running-now"_s)) {
                    killed = true;
                    m_engine->kill9();
                }
            });
    QSignalSpy finished(window.buildSession(), &app::BuildSession::buildFinished);
    panel->buildButton()->click();
    QVERIFY(finished.wait(180'000));
    QVERIFY2(killed, qPrintable(panel->logView()->toPlainText()));
    QCOMPARE(finished.first().first().toBool(), false);
    // A clear error where the user looks, the window usable, nothing lost.
    QVERIFY(panel->statusLabel()->property("error").toBool());
    QCOMPARE(panel->statusLabel()->text(),
             common::EngineMessages::message(EngineError(EngineError::Kind::ConnectionLost)));
    QVERIFY(panel->logView()->toPlainText().contains(u"running-now"_s));
    QVERIFY(panel->buildButton()->isEnabled());
    QVERIFY(!panel->cancelButton()->isEnabled());
    QCOMPARE(window.editor()->toPlainText().toUtf8(), text);
    QVERIFY(!window.editor()->document()->isModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

void TestEngineOutage::killedMidMeasure()
{
    QTemporaryDir context;
    writeFile(context.filePath(u"Dockerfile"_s),
              "FROM stagecraft/busybox AS first\nRUN echo measuring-now && sleep 120\n"
              "FROM stagecraft/busybox\nCOPY --from=first /bin/busybox /b\n");
    EngineClient client(m_engine->endpoint());
    QVERIFY(!client.negotiate().isError());
    BuildOptions options;
    options.contextDir = context.path();
    options.dockerfile = context.filePath(u"Dockerfile"_s);
    options.noCache = true;
    StageMeasurer measurer(&client, options);
    bool killed = false;
    connect(&measurer, &StageMeasurer::logLine, this, [this, &killed](const QString &line) {
        if (!killed && line.contains(u"measuring-now"_s)) {
            killed = true;
            m_engine->kill9();
        }
    });
    const EngineError error = measurer.runSync(180'000);
    QVERIFY(killed);
    QVERIFY(error.isError());
    QCOMPARE(EngineError::kindName(error.kind()),
             EngineError::kindName(EngineError::Kind::ConnectionLost));
}

void TestEngineOutage::restartReconnectsByItself()
{
    app::EngineConnection connection;
    app::Settings::Engine settings;
    settings.host = m_engine->url();
    connection.setCheckIntervals(200, 500, 300);
    connection.setTimeouts(2'000, 3'000);
    connection.setEngineSettings(settings);
    app::EngineStatusWidget status(&connection);
    using State = app::EngineConnection::State;
    QVERIFY(waitForState(connection, State::Connected, 30'000));
    const QString green = status.text();
    QVERIFY2(green.contains(m_engine->url()), qPrintable(green));

    m_engine->kill9();
    QVERIFY(waitForState(connection, State::Failed, 30'000)); // red, by itself
    QVERIFY2(status.text() != green, qPrintable(status.text()));

    QVERIFY(m_engine->start().isEmpty());
    QVERIFY(waitForState(connection, State::Connected, 30'000)); // green again, by itself
    QCOMPARE(status.text(), green);
}

void TestEngineOutage::stalledEngineTimesOutWithAdvice()
{
    m_engine->pause();
    EngineCall call(m_engine->endpoint(), "GET", "/_ping");
    call.setTimeouts(3'000, 2'000);
    call.start();
    const bool finished = call.waitForFinished(60'000);
    m_engine->resume();
    QVERIFY(finished);
    QCOMPARE(EngineError::kindName(call.error().kind()),
             EngineError::kindName(EngineError::Kind::Timeout));
    const QString message = common::EngineMessages::message(call.error());
    QVERIFY2(message.contains(u"systemctl"_s), qPrintable(message));
    // And it answers again once it runs.
    EngineClient client(m_engine->endpoint());
    QVERIFY(!client.negotiate().isError());
}

QTEST_MAIN(TestEngineOutage)
#include "tst_engineoutage.moc"
