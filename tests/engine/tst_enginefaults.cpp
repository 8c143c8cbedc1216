// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fault injection: a QLocalServer on a Unix socket plays a broken engine, and every failure must
// end in a specific, user-actionable EngineError — never a hang, never a crash.
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace stagecraft;
using namespace stagecraft::engine;

namespace {

/// Replies to each request with a scripted answer once the request head has arrived.
class FakeEngine : public QObject
{
public:
    enum class After { Close, Abort, Stall };

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
    bool ok() const { return m_ok; }
    void script(const QByteArray &reply, After after)
    {
        m_reply = reply;
        m_after = after;
    }
    QByteArray lastRequest;

private:
    void onRead(QLocalSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_answered.contains(socket) || !buffer.contains("\r\n\r\n"))
            return;
        m_answered.insert(socket);
        lastRequest = buffer;
        socket->write(m_reply);
        socket->flush();
        if (m_after == After::Close) {
            socket->disconnectFromServer();
        } else if (m_after == After::Abort) {
            socket->waitForBytesWritten(1000);
            socket->abort();
        }
    }

    QLocalServer m_server;
    bool m_ok = false;
    QByteArray m_reply;
    After m_after = After::Close;
    QHash<QLocalSocket *, QByteArray> m_buffers;
    QSet<QLocalSocket *> m_answered;
};

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultsBecomeErrors_data();
    void faultsBecomeErrors();
    void requestHeadIsWellFormed();
    void engineNotRunning();
    void permissionDenied();
    void negotiationRefusesOldEngine();
    void negotiationFallsBackToGet();
    void negotiationPicksLowerVersion();
    void buildRefusedBeforeStream();
    void buildStreamCutOff();
    void cancelClosesConnection();

private:
    QTemporaryDir m_dir;
    QString m_path;
    EngineEndpoint endpoint() const
    {
        return EngineEndpoint::fromUrl(QStringLiteral("unix://") + m_path, QStringLiteral("test"));
    }
};

void TestEngineFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("engine.sock"));
}

void TestEngineFaults::faultsBecomeErrors_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("after");
    QTest::addColumn<EngineError::Kind>("kind");
    QTest::addColumn<QString>("detail");

    const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("truncated chunk")
        << chunkedHead + "10\r\n{\"stream\":" << int(FakeEngine::After::Close)
        << EngineError::Kind::ConnectionLost << QString();
    QTest::newRow("garbage status line")
        << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << int(FakeEngine::After::Close)
        << EngineError::Kind::GarbageReply << QStringLiteral("bad status line");
    QTest::newRow("bad chunk") << chunkedHead + "zz\r\n"
                               << int(FakeEngine::After::Stall) << EngineError::Kind::GarbageReply
                               << QStringLiteral("bad chunk");
    QTest::newRow("stall past timeout")
        << chunkedHead + "2\r\n{}\r\n"
        << int(FakeEngine::After::Stall) << EngineError::Kind::Timeout << QString();
    QTest::newRow("stall before head")
        << QByteArray() << int(FakeEngine::After::Stall) << EngineError::Kind::Timeout << QString();
    QTest::newRow("reset mid-stream")
        << chunkedHead + "40\r\n{\"stream\":\"Step 1/2" << int(FakeEngine::After::Abort)
        << EngineError::Kind::ConnectionLost << QString();
    QTest::newRow("closed before reply") << QByteArray() << int(FakeEngine::After::Close)
                                         << EngineError::Kind::ConnectionLost << QString();
    QTest::newRow("500 with JSON")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                      "Content-Length: 33\r\n\r\n{\"message\":\"storage driver died\"}")
        << int(FakeEngine::After::Stall) << EngineError::Kind::HttpError
        << QStringLiteral("storage driver died");
    QTest::newRow("404 plain text")
        << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot here\n")
        << int(FakeEngine::After::Close) << EngineError::Kind::HttpError
        << QStringLiteral("not here");
}

void TestEngineFaults::faultsBecomeErrors()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, after);
    QFETCH(EngineError::Kind, kind);
    QFETCH(QString, detail);

    FakeEngine engine(m_path);
    QVERIFY(engine.ok());
    engine.script(reply, FakeEngine::After(after));
    EngineCall call(endpoint(), "GET", "/v1.41/version");
    call.setTimeouts(2000, 300);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(call.waitForFinished(10'000));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(EngineError::kindName(call.error().kind()), EngineError::kindName(kind));
    if (!detail.isEmpty())
        QCOMPARE(call.error().detail(), detail);
    QVERIFY(!common::EngineMessages::message(call.error()).isEmpty());
    if (kind == EngineError::Kind::HttpError)
        QVERIFY(common::EngineMessages::message(call.error()).contains(detail));
}

void TestEngineFaults::requestHeadIsWellFormed()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", FakeEngine::After::Close);
    EngineCall call(endpoint(), "POST", "/v1.41/containers/create");
    call.setBody("{\"Image\":\"x\"}", "application/json");
    QVERIFY(call.waitForFinished(5000));
    QVERIFY(!call.error().isError());
    QVERIFY(engine.lastRequest.startsWith("POST /v1.41/containers/create HTTP/1.1\r\n"));
    QVERIFY(engine.lastRequest.contains("\r\nHost: api.moby.localhost\r\n"));
    QVERIFY(engine.lastRequest.contains("\r\nContent-Length: 13\r\n"));
    QVERIFY(!engine.lastRequest.toLower().contains("expect:"));
    QCOMPARE(call.json().is_object(), true);
}

void TestEngineFaults::engineNotRunning()
{
    const EngineEndpoint nowhere = EngineEndpoint::fromUrl(
        QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("missing.sock")),
        QStringLiteral("test"));
    EngineClient client(nowhere);
    const EngineError error = client.negotiate();
    QCOMPARE(error.kind(), EngineError::Kind::NotRunning);
    QVERIFY(common::EngineMessages::message(error).contains(QStringLiteral("missing.sock")));
}

void TestEngineFaults::permissionDenied()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("running as root: socket permissions are not enforced");
#else
    QSKIP("Unix sockets only");
#endif
    FakeEngine engine(m_path);
    QFile::setPermissions(m_path, QFileDevice::Permissions());
    EngineClient client(endpoint());
    const EngineError error = client.negotiate();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(error.kind(), EngineError::Kind::PermissionDenied);
}

void TestEngineFaults::negotiationRefusesOldEngine()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 200 OK\r\nApi-Version: 1.12\r\nContent-Length: 2\r\n\r\n",
                  FakeEngine::After::Close);
    EngineClient client(endpoint());
    const EngineError error = client.negotiate();
    QCOMPARE(error.kind(), EngineError::Kind::ApiTooOld);
    QVERIFY(common::EngineMessages::message(error).contains(QStringLiteral("1.12")));
    QVERIFY(engine.lastRequest.startsWith("HEAD /_ping HTTP/1.1\r\n"));
}

void TestEngineFaults::negotiationFallsBackToGet()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n",
                  FakeEngine::After::Close);
    EngineClient client(endpoint());
    // The fake answers every request the same way, so GET fails too; but it must have been tried.
    const EngineError error = client.negotiate();
    QCOMPARE(error.kind(), EngineError::Kind::HttpError);
    QVERIFY(engine.lastRequest.startsWith("GET /_ping HTTP/1.1\r\n"));
}

void TestEngineFaults::negotiationPicksLowerVersion()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 200 OK\r\nApi-Version: 1.50\r\nContent-Length: 2\r\n\r\n",
                  FakeEngine::After::Close);
    EngineClient client(endpoint());
    QVERIFY(!client.negotiate().isError());
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
    engine.script("HTTP/1.1 200 OK\r\nApi-Version: 1.30\r\nContent-Length: 2\r\n\r\n",
                  FakeEngine::After::Close);
    QVERIFY(!client.negotiate().isError());
    QCOMPARE(client.apiVersion(), QStringLiteral("1.30"));
    EngineCall *call = client.call("GET", QStringLiteral("/images/json"));
    QVERIFY(call->target().startsWith("/v1.30/images/json"));
    delete call;
}

static BuildOptions tinyContext(const QTemporaryDir &dir)
{
    QFile dockerfile(dir.filePath(QStringLiteral("ctx/Dockerfile")));
    QDir().mkpath(dir.filePath(QStringLiteral("ctx")));
    if (dockerfile.open(QIODevice::WriteOnly))
        dockerfile.write("FROM scratch\nCOPY . /\n");
    dockerfile.close();
    BuildOptions options;
    options.contextDir = dir.filePath(QStringLiteral("ctx"));
    options.idleTimeoutMs = 2000;
    return options;
}

void TestEngineFaults::buildRefusedBeforeStream()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 500 Internal Server Error\r\nContent-Length: "
                  "26\r\n\r\n{\"message\":\"no space left\"}",
                  FakeEngine::After::Close);
    BuildJob job(endpoint(), QStringLiteral("/v1.41"), tinyContext(m_dir));
    QVERIFY(job.waitForFinished(10'000));
    QCOMPARE(job.error().kind(), EngineError::Kind::HttpError);
    QCOMPARE(job.error().httpStatus(), 500);
    QVERIFY(engine.lastRequest.contains("Transfer-Encoding: chunked"));
    QVERIFY(engine.lastRequest.contains("version=1"));
}

void TestEngineFaults::buildStreamCutOff()
{
    FakeEngine engine(m_path);
    const QByteArray line = "{\"stream\":\"Step 1/2 : FROM scratch\\n\"}\r\n";
    engine.script("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n0\r\n\r\n",
                  FakeEngine::After::Close);
    BuildJob job(endpoint(), QStringLiteral("/v1.41"), tinyContext(m_dir));
    QVERIFY(job.waitForFinished(10'000));
    // A clean end of stream without "built" is a lost connection, not a success.
    QCOMPARE(job.error().kind(), EngineError::Kind::ConnectionLost);
}

void TestEngineFaults::cancelClosesConnection()
{
    FakeEngine engine(m_path);
    engine.script("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                  FakeEngine::After::Stall);
    EngineCall call(endpoint(), "GET", "/v1.41/events");
    call.setStreaming(true);
    call.setTimeouts(2000, 0);
    call.start();
    QTimer::singleShot(200, &call, [&call] { call.cancel(); });
    QVERIFY(call.waitForFinished(5000));
    QCOMPARE(call.error().kind(), EngineError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
