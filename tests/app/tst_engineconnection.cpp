// SPDX-License-Identifier: GPL-3.0-or-later
//
// EngineConnection (the window's asynchronous link to the engine), the status-bar indicator and
// the settings dialog: a fake engine on a local socket (Podman-shaped /version, garbage, a
// stall), a missing socket (failed, retried with back-off, recovers when the engine appears),
// the override and its TLS choices, the settings round trip, the dialog's validation, and the
// real engine (CTest label "engine" too; under CI=true a missing engine fails the test).

#include "app/EngineConnection.h"
#include "app/EngineStatusWidget.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/dialogs/SettingsDialog.h"
#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "tests/TestSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;

namespace {

/// A scripted engine on a Unix socket: each request gets the reply its request line maps to
/// (falling back to `fallback`); an empty reply means "say nothing" (a stalled engine).
class FakeEngine : public QObject
{
public:
    explicit FakeEngine(const QString &path)
        : m_server(this)
    {
        QLocalServer::removeServer(path);
        m_ok = m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    void route(const QByteArray &requestLine, const QByteArray &reply)
    {
        m_routes.insert(requestLine, reply);
    }
    QByteArray fallback;
    QByteArrayList requests;

private:
    void onRead(QLocalSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n") || m_answered.contains(socket))
            return;
        m_answered.insert(socket);
        const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
        const QByteArray requestLine = line.left(line.lastIndexOf(' ')); // drop " HTTP/1.1"
        requests.append(requestLine);
        const QByteArray reply = m_routes.value(requestLine, fallback);
        if (reply.isEmpty())
            return;
        socket->write(reply);
        socket->flush();
        socket->disconnectFromServer();
    }

    QLocalServer m_server;
    bool m_ok = false;
    QHash<QByteArray, QByteArray> m_routes;
    QHash<QLocalSocket *, QByteArray> m_buffers;
    QSet<QLocalSocket *> m_answered;
};

QByteArray jsonReply(const QByteArray &json)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

/// What Podman 4.3's compat API answers (trimmed).
const QByteArray kPodmanVersion
    = R"({"Platform":{"Name":"linux/amd64/debian-12"},"Components":[{"Name":"Podman Engine",)"
      R"("Version":"4.3.1","Details":{"APIVersion":"4.3.1","Arch":"amd64","Os":"linux"}}],)"
      R"("Version":"4.3.1","ApiVersion":"1.40","MinAPIVersion":"1.24","Os":"linux",)"
      R"("Arch":"amd64","KernelVersion":"6.1.0"})";

void servePodman(FakeEngine &engine)
{
    engine.route("HEAD /_ping",
                 "HTTP/1.1 200 OK\r\nApi-Version: 1.40\r\nLibpod-Api-Version: 4.3.1\r\n"
                 "Content-Length: 2\r\n\r\n");
    engine.route("GET /v1.40/version", jsonReply(kPodmanVersion));
}

/// Waits until `connection` leaves Unknown/Connecting; the time it took in `elapsedMs`.
bool waitSettled(EngineConnection &connection, int timeoutMs, qint64 *elapsedMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const bool settled = QTest::qWaitFor(
        [&] {
            return connection.state() == EngineConnection::State::Connected
                || connection.state() == EngineConnection::State::Failed;
        },
        timeoutMs);
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return settled;
}

Settings::Engine overrideTo(const QString &host)
{
    Settings::Engine settings;
    settings.host = host;
    return settings;
}

} // namespace

class TestEngineConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fakeEngineConnects();
    void missingSocketFailsAndBacksOff();
    void recoversWhenTheEngineAppears();
    void garbageAndStallFailWithoutHanging_data();
    void garbageAndStallFailWithoutHanging();
    void invalidOverrideIsNotRetried();
    void overrideAndTlsAreApplied();
    void settingsRoundTrip();
    void sourcesAreDescribed();
    void asyncAndBlockingNegotiationAgree();
    void dialogValidation_data();
    void dialogValidation();
    void dialogDisablesOkAndApplies();
    void dialogTestsConnection();
    void statusIndicator();
    void windowUsesTheOverride();
    void realEngine();

private:
    QTemporaryDir m_dir;
    QString socketPath(const QString &name) const { return m_dir.filePath(name); }
    QString socketUrl(const QString &name) const { return u"unix://"_s + socketPath(name); }
};

void TestEngineConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StagecraftTest"_s);
    QCoreApplication::setApplicationName(u"tst_engineconnection"_s);
    QVERIFY(m_dir.isValid());
}

void TestEngineConnection::init()
{
    Settings::setEngine({});
}

void TestEngineConnection::fakeEngineConnects()
{
    FakeEngine engine(socketPath(u"podman.sock"_s));
    QVERIFY(engine.ok());
    servePodman(engine);

    EngineConnection connection;
    connection.setAutomaticChecks(false);
    QSignalSpy changed(&connection, &EngineConnection::changed);
    connection.setEngineSettings(overrideTo(socketUrl(u"podman.sock"_s)));
    // Asynchronous: the call returns at once, reporting "connecting".
    QCOMPARE(connection.state(), EngineConnection::State::Connecting);
    QVERIFY(waitSettled(connection, 5000));
    QCOMPARE(connection.state(), EngineConnection::State::Connected);
    QVERIFY2(!connection.error().isError(),
             qPrintable(common::EngineMessages::message(connection.error())));
    QCOMPARE(changed.count(), 2); // connecting, connected
    QCOMPARE(connection.endpoint().url, socketUrl(u"podman.sock"_s));
    QCOMPARE(connection.endpoint().source, u"settings"_s);
    QCOMPARE(connection.info().product, u"Podman"_s);
    QCOMPARE(connection.info().name, u"Podman Engine"_s);
    QCOMPARE(connection.info().version, u"4.3.1"_s);
    QCOMPARE(connection.info().os, u"linux"_s);
    QCOMPARE(connection.info().arch, u"amd64"_s);
    QCOMPARE(connection.apiVersion(), u"1.40"_s); // min(engine's 1.40, ours 1.41)
    QCOMPARE(engine.requests, (QByteArrayList{"HEAD /_ping", "GET /v1.40/version"}));
}

void TestEngineConnection::missingSocketFailsAndBacksOff()
{
    EngineConnection connection;
    connection.setCheckIntervals(100, 400, 30'000);
    const QString url = socketUrl(u"missing.sock"_s);
    connection.setEngineSettings(overrideTo(url));
    qint64 elapsed = 0;
    QVERIFY(waitSettled(connection, 5000, &elapsed));
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(connection.state(), EngineConnection::State::Failed);
    QCOMPARE(EngineError::kindName(connection.error().kind()), u"not-running"_s);
    QVERIFY(common::EngineMessages::message(connection.error())
                .contains(socketPath(u"missing.sock"_s)));
    // Retried with a doubling delay, capped.
    QCOMPARE(connection.nextCheckMs(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(connection.nextCheckMs(), 200, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(connection.nextCheckMs(), 400, 2000);
    QTest::qWait(600);
    QCOMPARE(connection.nextCheckMs(), 400);
    QCOMPARE(connection.state(), EngineConnection::State::Failed);
    // An explicit refresh starts over.
    connection.refresh();
    QVERIFY(waitSettled(connection, 5000));
    QCOMPARE(connection.nextCheckMs(), 100);
}

void TestEngineConnection::recoversWhenTheEngineAppears()
{
    EngineConnection connection;
    connection.setCheckIntervals(50, 100, 30'000);
    connection.setEngineSettings(overrideTo(socketUrl(u"late.sock"_s)));
    QVERIFY(waitSettled(connection, 5000));
    QCOMPARE(connection.state(), EngineConnection::State::Failed);

    QSignalSpy changed(&connection, &EngineConnection::changed);
    FakeEngine engine(socketPath(u"late.sock"_s));
    QVERIFY(engine.ok());
    servePodman(engine);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), EngineConnection::State::Connected, 5000);
    // A background check does not pass through "connecting".
    QCOMPARE(changed.count(), 1);
    QCOMPARE(connection.nextCheckMs(), 30'000);
}

void TestEngineConnection::garbageAndStallFailWithoutHanging_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("kind");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << u"garbage-reply"_s;
    QTest::newRow("stalled") << QByteArray() << u"timeout"_s;
    QTest::newRow("refused") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 26\r\n\r\n"
                                           "{\"message\":\"not allowed\"}\n")
                             << u"http-error"_s;
    QTest::newRow("version without Version")
        << QByteArray("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\n{}")
        << u"garbage-reply"_s;
}

void TestEngineConnection::garbageAndStallFailWithoutHanging()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, kind);
    FakeEngine engine(socketPath(u"odd.sock"_s));
    QVERIFY(engine.ok());
    engine.fallback = reply;
    EngineConnection connection;
    connection.setAutomaticChecks(false);
    connection.setTimeouts(1000, 300);
    connection.setEngineSettings(overrideTo(socketUrl(u"odd.sock"_s)));
    qint64 elapsed = 0;
    QVERIFY(waitSettled(connection, 5000, &elapsed));
    QCOMPARE(connection.state(), EngineConnection::State::Failed);
    QCOMPARE(EngineError::kindName(connection.error().kind()), kind);
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(!common::EngineMessages::message(connection.error()).isEmpty());
}

void TestEngineConnection::invalidOverrideIsNotRetried()
{
    EngineConnection connection;
    connection.setCheckIntervals(50, 100, 30'000);
    connection.setEngineSettings(overrideTo(u"fd://"_s));
    QVERIFY(waitSettled(connection, 2000));
    QCOMPARE(connection.state(), EngineConnection::State::Failed);
    QCOMPARE(connection.error().kind(), EngineError::Kind::UnsupportedEndpoint);
    QCOMPARE(connection.nextCheckMs(), 0);
}

void TestEngineConnection::overrideAndTlsAreApplied()
{
    // The override wins over everything, DOCKER_HOST included.
    qputenv("DOCKER_HOST", "unix:///nonexistent/from-env.sock");
    Settings::setEngine(overrideTo(socketUrl(u"x.sock"_s)));
    {
        EngineConnection connection;
        QCOMPARE(connection.endpoint().url, socketUrl(u"x.sock"_s));
        QCOMPARE(connection.endpoint().source, u"settings"_s);
    }
    Settings::setEngine({});
    {
        EngineConnection connection;
        QCOMPARE(connection.endpoint().url, u"unix:///nonexistent/from-env.sock"_s);
        QCOMPARE(connection.endpoint().source, u"DOCKER_HOST"_s);
    }
    qunsetenv("DOCKER_HOST");

    Settings::Engine tcp = overrideTo(u"tcp://build-box"_s);
    EngineEndpoint plain = EngineConnection::resolve(tcp);
    QCOMPARE(plain.kind, EngineEndpoint::Kind::Tcp);
    QCOMPARE(plain.port, quint16(2375));
    QVERIFY(!plain.tls);

    QVERIFY(QDir(m_dir.path()).mkpath(u"certs"_s));
    for (const QString &name : {u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s}) {
        QFile file(m_dir.filePath(u"certs/"_s + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    tcp.tls = true;
    tcp.tlsVerify = false;
    tcp.certPath = m_dir.filePath(u"certs"_s);
    const EngineEndpoint secure = EngineConnection::resolve(tcp);
    QVERIFY(secure.tls);
    QVERIFY(!secure.tlsVerify);
    QCOMPARE(secure.port, quint16(2376));
    QCOMPARE(secure.caFile, m_dir.filePath(u"certs/ca.pem"_s));
    QCOMPARE(secure.certFile, m_dir.filePath(u"certs/cert.pem"_s));
    QCOMPARE(secure.keyFile, m_dir.filePath(u"certs/key.pem"_s));
    tcp.host = u"tcp://build-box:12376"_s;
    QCOMPARE(EngineConnection::resolve(tcp).port, quint16(12376));
    // TLS choices do not touch a unix:// override.
    Settings::Engine unix = tcp;
    unix.host = socketUrl(u"x.sock"_s);
    QVERIFY(!EngineConnection::resolve(unix).tls);
}

void TestEngineConnection::settingsRoundTrip()
{
    Settings::Engine settings;
    settings.host = u"  tcp://10.0.0.5:2376 "_s;
    settings.tls = true;
    settings.tlsVerify = false;
    settings.certPath = u"/etc/docker/certs"_s;
    Settings::setEngine(settings);
    const Settings::Engine back = Settings::engine();
    QCOMPARE(back.host, u"tcp://10.0.0.5:2376"_s); // trimmed
    QCOMPARE(back.tls, true);
    QCOMPARE(back.tlsVerify, false);
    QCOMPARE(back.certPath, u"/etc/docker/certs"_s);
    Settings::setEngine({});
    QVERIFY(Settings::engine() == Settings::Engine{});
}

void TestEngineConnection::sourcesAreDescribed()
{
    QCOMPARE(EngineConnection::describeSource(u"DOCKER_HOST"_s), u"the DOCKER_HOST variable"_s);
    QCOMPARE(EngineConnection::describeSource(u"context colima"_s),
             u"the docker context “colima”"_s);
    QCOMPARE(EngineConnection::describeSource(u"default"_s), u"the platform default"_s);
    QCOMPARE(EngineConnection::describeSource(u"settings"_s), u"the settings"_s);
}

void TestEngineConnection::asyncAndBlockingNegotiationAgree()
{
    FakeEngine engine(socketPath(u"both.sock"_s));
    QVERIFY(engine.ok());
    // No Api-Version header on the ping: the version comes from /version.
    engine.route("HEAD /_ping", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n");
    engine.route("GET /version", jsonReply(R"({"ApiVersion":"1.39","Version":"18.09.1"})"));
    const EngineEndpoint endpoint = EngineEndpoint::fromUrl(socketUrl(u"both.sock"_s), u"t"_s);

    EngineClient blocking(endpoint);
    QVERIFY(!blocking.negotiate().isError());
    QCOMPARE(blocking.apiVersion(), u"1.39"_s);

    EngineClient async(endpoint);
    QSignalSpy negotiated(&async, &EngineClient::negotiated);
    async.negotiateAsync();
    QVERIFY(async.isNegotiating());
    QCOMPARE(negotiated.count(), 0); // nothing synchronous
    QVERIFY(negotiated.wait(5000));
    QCOMPARE(negotiated.count(), 1);
    QVERIFY(!negotiated.at(0).at(0).value<EngineError>().isError());
    QCOMPARE(async.apiVersion(), u"1.39"_s);
    QVERIFY(!async.isNegotiating());

    // A second negotiateAsync() abandons the first: exactly one report.
    negotiated.clear();
    async.negotiateAsync();
    async.negotiateAsync();
    QVERIFY(negotiated.wait(5000));
    QTest::qWait(100);
    QCOMPARE(negotiated.count(), 1);
}

void TestEngineConnection::dialogValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("certPath");
    QTest::addColumn<QString>("expected"); // empty: valid; else a part of the message

    QTest::newRow("automatic") << QString() << false << QString() << QString();
    QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << false << QString() << QString();
    QTest::newRow("tcp") << u"tcp://10.0.0.5:2376"_s << true << QString() << QString();
    QTest::newRow("npipe") << u"npipe:////./pipe/docker_engine"_s << false << QString()
                           << QString();
    QTest::newRow("ssh") << u"ssh://me@build-box"_s << false << QString() << QString();
    QTest::newRow("ssh with port and socket")
        << u"ssh://me@build-box:2222/run/user/1000/docker.sock"_s << false << QString()
        << QString();
    QTest::newRow("ssh without host")
        << u"ssh://"_s << false << QString() << u"is not a valid endpoint URL"_s;
    QTest::newRow("fd") << u"fd://"_s << false << QString()
                        << u"fd:// endpoints are not supported"_s;
    QTest::newRow("no scheme") << u"/var/run/docker.sock"_s << false << QString()
                               << u"is not an endpoint URL"_s;
    QTest::newRow("unknown scheme")
        << u"ftp://host"_s << false << QString() << u"Unknown endpoint type ftp://"_s;
    QTest::newRow("tcp without host")
        << u"tcp://"_s << false << QString() << u"is not a valid endpoint URL"_s;
    QTest::newRow("bad port") << u"tcp://host:99999"_s << false << QString()
                              << u"is not a valid endpoint URL"_s;
    QTest::newRow("relative socket")
        << u"unix://var/run/docker.sock"_s << false << QString() << u"must be absolute"_s;
    QTest::newRow("missing cert folder")
        << u"tcp://host:2376"_s << true << u"/nonexistent/certs"_s << u"does not exist"_s;
    QTest::newRow("cert folder ignored without TLS")
        << u"tcp://host:2375"_s << false << u"/nonexistent/certs"_s << QString();
}

void TestEngineConnection::dialogValidation()
{
    QFETCH(QString, host);
    QFETCH(bool, tls);
    QFETCH(QString, certPath);
    QFETCH(QString, expected);
    Settings::Engine settings;
    settings.host = host;
    settings.tls = tls;
    settings.certPath = certPath;
    const QString message = SettingsDialog::validate(settings);
    if (expected.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestEngineConnection::dialogDisablesOkAndApplies()
{
    SettingsDialog dialog;
    auto *host = dialog.findChild<QLineEdit *>(u"engineHost"_s);
    auto *tls = dialog.findChild<QCheckBox *>(u"engineTls"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(host && tls && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    // Automatic: the hint says what that resolves to and where it came from.
    QVERIFY2(dialog.endpointHint().contains(EngineConnection::resolve({}).url),
             qPrintable(dialog.endpointHint()));
    QVERIFY(!tls->isEnabled());

    host->setText(u"fd://"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.endpointHint().contains(u"not supported"_s));
    QVERIFY(!dialog.apply());
    QVERIFY(Settings::engine().host.isEmpty()); // nothing stored

    host->setText(u"tcp://build-box:2376"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(tls->isEnabled());
    tls->setChecked(true);
    QSignalSpy applied(&dialog, &SettingsDialog::engineSettingsApplied);
    QVERIFY(dialog.apply());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(Settings::engine().host, u"tcp://build-box:2376"_s);
    QVERIFY(Settings::engine().tls);

    // A new dialog shows the stored values.
    SettingsDialog again;
    QCOMPARE(again.engineSettings().host, u"tcp://build-box:2376"_s);
    QVERIFY(again.engineSettings().tls);
}

void TestEngineConnection::dialogTestsConnection()
{
    FakeEngine engine(socketPath(u"dialog.sock"_s));
    QVERIFY(engine.ok());
    servePodman(engine);
    SettingsDialog dialog;
    QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
    dialog.findChild<QLineEdit *>(u"engineHost"_s)->setText(socketUrl(u"dialog.sock"_s));
    dialog.testConnection();
    QVERIFY(finished.wait(5000));
    QVERIFY2(dialog.testResult().contains(u"Connected: Podman Engine 4.3.1 (API 1.40)"_s),
             qPrintable(dialog.testResult()));
    // Testing does not store anything.
    QVERIFY(Settings::engine().host.isEmpty());

    finished.clear();
    dialog.findChild<QLineEdit *>(u"engineHost"_s)->setText(socketUrl(u"nobody.sock"_s));
    dialog.testConnection();
    QVERIFY(finished.wait(5000));
    QVERIFY2(dialog.testResult().contains(socketPath(u"nobody.sock"_s))
                 && dialog.testResult().contains(u"not running"_s),
             qPrintable(dialog.testResult()));
}

void TestEngineConnection::statusIndicator()
{
    FakeEngine engine(socketPath(u"status.sock"_s));
    QVERIFY(engine.ok());
    servePodman(engine);
    EngineConnection connection;
    connection.setAutomaticChecks(false);
    EngineStatusWidget widget(&connection);
    QSignalSpy requested(&widget, &EngineStatusWidget::settingsRequested);
    connection.setEngineSettings(overrideTo(socketUrl(u"status.sock"_s)));
    QCOMPARE(widget.text(), u"Engine: checking…"_s);
    QVERIFY(waitSettled(connection, 5000));
    // Podman has only the classic builder: automatic means that one.
    QCOMPARE(widget.text(), u"Podman 4.3.1 · classic builder · "_s + socketUrl(u"status.sock"_s));
    QVERIFY2(widget.toolTip().contains(u"automatic: the engine does not offer BuildKit"_s),
             qPrintable(widget.toolTip()));
    QVERIFY2(widget.toolTip().contains(u"Podman Engine 4.3.1 on linux/amd64"_s),
             qPrintable(widget.toolTip()));
    QVERIFY(widget.toolTip().contains(u"API version 1.40 (engine 1.40, Stagecraft 1.41)"_s));
    QVERIFY(widget.toolTip().contains(u"(from the settings)"_s));

    connection.setEngineSettings(overrideTo(socketUrl(u"gone.sock"_s)));
    QVERIFY(waitSettled(connection, 5000));
    QCOMPARE(widget.text(), u"No engine · "_s + socketUrl(u"gone.sock"_s));
    // The tooltip carries the error's advice.
    QVERIFY2(widget.toolTip().contains(u"Start Docker"_s), qPrintable(widget.toolTip()));
    QTest::mouseClick(&widget, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestEngineConnection::windowUsesTheOverride()
{
    FakeEngine engine(socketPath(u"window.sock"_s));
    QVERIFY(engine.ok());
    servePodman(engine);
    Settings::setEngine(overrideTo(socketUrl(u"window.sock"_s)));
    MainWindow window;
    EngineConnection *connection = window.engineConnection();
    QVERIFY(connection);
    QCOMPARE(connection->endpoint().url, socketUrl(u"window.sock"_s));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), EngineConnection::State::Connected, 5000);
    auto *indicator = window.statusBar()->findChild<EngineStatusWidget *>(u"engineStatus"_s);
    QVERIFY(indicator);
    QVERIFY(indicator->text().startsWith(u"Podman 4.3.1"_s));
    // Applying other settings re-resolves and re-negotiates live.
    connection->setEngineSettings(overrideTo(socketUrl(u"elsewhere.sock"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), EngineConnection::State::Failed, 5000);
    QVERIFY(indicator->text().contains(u"elsewhere.sock"_s));
}

void TestEngineConnection::realEngine()
{
    EngineConnection connection;
    connection.setAutomaticChecks(false);
    connection.refresh();
    QVERIFY(waitSettled(connection, 15'000));
    if (connection.state() != EngineConnection::State::Connected) {
        const QString message
            = u"no Docker engine (%1): %2 — run `bash scripts/engine.sh up`"_s.arg(
                connection.endpoint().url, common::EngineMessages::message(connection.error()));
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message);
    }
    // The same facts as a direct GET /version.
    EngineClient client(EngineEndpoint::resolveFromSystem());
    QVERIFY(!client.negotiate().isError());
    const EngineClient::Result version = client.versionSync();
    QVERIFY(version.ok());
    const QJsonObject v = QJsonDocument::fromJson(version.body).object();
    QCOMPARE(connection.info().version, v.value(u"Version"_s).toString());
    QCOMPARE(connection.info().apiVersion, v.value(u"ApiVersion"_s).toString());
    QCOMPARE(connection.info().os, v.value(u"Os"_s).toString());
    QCOMPARE(connection.info().arch, v.value(u"Arch"_s).toString());
    QCOMPARE(connection.apiVersion(), client.apiVersion());
    QCOMPARE(connection.endpoint().url, client.endpoint().url);
    const bool podman = v.value(u"Components"_s)
                            .toArray()
                            .first()
                            .toObject()
                            .value(u"Name"_s)
                            .toString()
                            .contains(u"Podman"_s);
    QCOMPARE(connection.info().product, podman ? u"Podman"_s : u"Docker"_s);
    QVERIFY(!connection.info().name.isEmpty());
}

QTEST_MAIN(TestEngineConnection)
#include "tst_engineconnection.moc"
