// SPDX-License-Identifier: GPL-3.0-or-later
//
// The BuildKit session (issue #16): the gRPC framing, the HTTP/2 server fed garbage, the
// file-sync sender's choice of files, the session against a fake engine that plays the
// engine's side over HTTP/2 (refusing, sending garbage, calling health/unknown/DiffCopy, and
// dropping the connection mid-transfer), and, against the real engine (skipped without one,
// failing under CI=true), builds over the session: tagged, .dockerignore'd files never offered,
// and a rebuild after changing one file transfers that file only.
#include "FakeSessionEngine.h"

#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/BuildKitSession.h"
#include "engine/EngineClient.h"
#include "engine/FileSyncSender.h"
#include "engine/GrpcFrameDecoder.h"
#include "engine/GrpcServer.h"
#include "tests/TestSupport.h"

#include "filesync.pb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::engine;
using Packet = stagecraft::filesync::Packet;

namespace {

const QString kNoEngine = QStringLiteral("no Docker engine — run `bash scripts/engine.sh up`");
const std::string kDiffCopy = "/moby.filesync.v1.FileSync/DiffCopy";

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
}

/// A context: a Dockerfile, a.txt, sub/b.txt, a big file, and secrets .dockerignore excludes.
void makeContext(const QString &dir, const QByteArray &dockerfile)
{
    writeFile(dir + QStringLiteral("/Dockerfile"), dockerfile);
    writeFile(dir + QStringLiteral("/a.txt"), "first\n");
    writeFile(dir + QStringLiteral("/sub/b.txt"), "bee\n");
    writeFile(dir + QStringLiteral("/secret.key"), "TOP SECRET\n");
    writeFile(dir + QStringLiteral("/private/id_rsa"), "KEY\n");
    writeFile(dir + QStringLiteral("/.dockerignore"), "*.key\nprivate\n");
}

DockerIgnore ignoreOf(const QByteArray &text)
{
    DockerIgnore ignore = DockerIgnore::parse(std::string_view(text.constData(), text.size()));
    ignore.keepBuildFiles("Dockerfile");
    return ignore;
}

class NullHandler : public GrpcServer::Handler
{
public:
    void callStarted(const GrpcServer::Call &) override { }
    void callMessage(std::int32_t, std::string) override { }
    void callHalfClosed(std::int32_t) override { }
    void callClosed(std::int32_t, std::uint32_t) override { }
};

std::vector<Packet> packets(tests::FakeSessionEngine &engine, std::int32_t stream)
{
    std::vector<Packet> out;
    for (const std::string &message : engine.messages(stream)) {
        Packet packet;
        if (packet.ParseFromString(message))
            out.push_back(packet);
    }
    return out;
}

/// Index of the STAT for `path` among the STATs (the number REQ uses), -1 when absent.
int statIndex(const std::vector<Packet> &all, const std::string &path)
{
    int index = 0;
    for (const Packet &packet : all) {
        if (packet.type() != Packet::PACKET_STAT || !packet.has_stat())
            continue;
        if (packet.stat().path() == path)
            return index;
        ++index;
    }
    return -1;
}

bool statsEnded(const std::vector<Packet> &all)
{
    return std::any_of(all.begin(), all.end(), [](const Packet &packet) {
        return packet.type() == Packet::PACKET_STAT && !packet.has_stat();
    });
}

std::string requestPacket(int id)
{
    Packet req;
    req.set_type(Packet::PACKET_REQ);
    req.set_id(static_cast<std::uint32_t>(id));
    return req.SerializeAsString();
}

} // namespace

class TestBuildKitSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void framingRoundTripsInPieces();
    void framingRejectsBadPrefix_data();
    void framingRejectsBadPrefix();
    void http2ServerRejectsGarbage_data();
    void http2ServerRejectsGarbage();
    void senderChoosesFiles_data();
    void senderChoosesFiles();
    void refusedSessionSaysWhat();
    void buildFallsBackToTarWhenRefused();
    void garbagePeerGivesErrorNotHang();
    void servesCallsAsTheEngineMakesThem();
    void closingMidTransferGivesClearError();
    void buildsOverSessionAndSendsOnlyChanges();

private:
    std::unique_ptr<EngineClient> m_client;
    bool m_engine = false;
};

void TestBuildKitSession::initTestCase()
{
    m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
    m_engine = !m_client->negotiate().isError();
}

void TestBuildKitSession::framingRoundTripsInPieces()
{
    const std::vector<std::string> sent{std::string(), "a", std::string(70000, 'x'), "last"};
    std::string stream;
    for (const std::string &message : sent)
        stream += GrpcFrameDecoder::encode(message);
    for (const std::size_t piece : {std::size_t(1), std::size_t(3), std::size_t(4096)}) {
        GrpcFrameDecoder decoder;
        std::vector<std::string> got;
        for (std::size_t pos = 0; pos < stream.size(); pos += piece)
            QVERIFY(decoder.feed(std::string_view(stream).substr(pos, piece), got));
        QCOMPARE(got, sent);
        QVERIFY(decoder.atBoundary());
    }
    GrpcFrameDecoder partial;
    std::vector<std::string> got;
    QVERIFY(partial.feed(std::string_view(stream).substr(0, 7), got));
    QVERIFY(!partial.atBoundary()); // a message cut short is not a clean end
}

void TestBuildKitSession::framingRejectsBadPrefix_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("compressed") << QByteArray("\x01\x00\x00\x00\x01x", 6)
                                << QStringLiteral("compressed");
    QTest::newRow("bad flag") << QByteArray("\x07\x00\x00\x00\x00", 5) << QStringLiteral("flag");
    QTest::newRow("too long") << QByteArray("\x00\x7f\xff\xff\xff", 5) << QStringLiteral("limit");
}

void TestBuildKitSession::framingRejectsBadPrefix()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    GrpcFrameDecoder decoder;
    std::vector<std::string> got;
    QVERIFY(!decoder.feed(std::string_view(bytes.constData(), bytes.size()), got));
    QVERIFY(got.empty());
    QVERIFY2(QString::fromStdString(decoder.error()).contains(error), decoder.error().c_str());
    QVERIFY(!decoder.feed("more", got)); // stays failed
}

void TestBuildKitSession::http2ServerRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff\xfe\xfd garbage", 15);
    // The right preface, then a frame header announcing a frame larger than SETTINGS allow.
    QTest::newRow("oversized frame")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\xff\xff\xff\x04\x00\x00\x00\x00\x00", 33);
}

void TestBuildKitSession::http2ServerRejectsGarbage()
{
    QFETCH(QByteArray, bytes);
    NullHandler handler;
    GrpcServer server(handler);
    QVERIFY(server.start());
    bool ok = true;
    for (int i = 0; i < 4 && ok; ++i) { // nghttp2 may take a few bytes before it can tell
        ok = server.feed(std::string_view(bytes.constData(), bytes.size()));
        (void)server.takeOutput();
    }
    QVERIFY(!ok || server.isClosed());
    QVERIFY(!server.error().empty() || server.isClosed());
}

void TestBuildKitSession::senderChoosesFiles_data()
{
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");
    QTest::addColumn<QStringList>("paths");
    const QStringList all{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                          QStringLiteral("a.txt"), QStringLiteral("sub"),
                          QStringLiteral("sub/b.txt")};
    QTest::newRow("dockerignore") << QByteArray("*.key\nprivate\n") << QStringList()
                                  << QStringList() << all;
    QTest::newRow("exception below an excluded directory")
        << QByteArray("*.key\nprivate\n!private/id_rsa\n") << QStringList() << QStringList()
        << QStringList{QStringLiteral(".dockerignore"),  QStringLiteral("Dockerfile"),
                       QStringLiteral("a.txt"),          QStringLiteral("private"),
                       QStringLiteral("private/id_rsa"), QStringLiteral("sub"),
                       QStringLiteral("sub/b.txt")};
    QTest::newRow("the engine's include patterns")
        << QByteArray("*.key\nprivate\n") << QStringList{QStringLiteral("Dockerfile")}
        << QStringList() << QStringList{QStringLiteral("Dockerfile")};
    QTest::newRow("include below a directory")
        << QByteArray() << QStringList{QStringLiteral("sub/b.txt")} << QStringList()
        << QStringList{QStringLiteral("sub"), QStringLiteral("sub/b.txt")};
    QTest::newRow("include cannot bring back an ignored file")
        << QByteArray("*.key\nprivate\n") << QStringList{QStringLiteral("secret.key")}
        << QStringList() << QStringList();
    QTest::newRow("the engine's exclude patterns")
        << QByteArray("*.key\nprivate\n") << QStringList() << QStringList{QStringLiteral("sub")}
        << QStringList{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                       QStringLiteral("a.txt")};
}

void TestBuildKitSession::senderChoosesFiles()
{
    QFETCH(QByteArray, ignore);
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);
    QFETCH(QStringList, paths);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    FileSyncSender::Options options;
    options.root = dir.path();
    options.ignore = ignoreOf(ignore);
    for (const QString &pattern : includes)
        options.includes.push_back(pattern.toStdString());
    for (const QString &pattern : excludes)
        options.excludes.push_back(pattern.toStdString());
    FileSyncSender sender(std::move(options));
    QVERIFY(sender.scan());
    QStringList got;
    for (const std::string &path : sender.paths())
        got << QString::fromStdString(path);
    QCOMPARE(got, paths);
}

void TestBuildKitSession::refusedSessionSaysWhat()
{
    tests::FakeSessionEngine fake(tests::FakeSessionEngine::Mode::Refuse);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    BuildKitSession session(EngineEndpoint::fromUrl(fake.url(), QString()),
                            QStringLiteral("/v1.41"), dir.path(),
                            dir.filePath(QStringLiteral("Dockerfile")), DockerIgnore());
    QSignalSpy failed(&session, &BuildKitSession::failed);
    session.start();
    QVERIFY(failed.wait(10'000));
    const auto error = failed.at(0).at(0).value<EngineError>();
    QCOMPARE(error.kind(), EngineError::Kind::SessionFailed);
    QVERIFY2(error.detail().contains(QStringLiteral("404")), qPrintable(error.detail()));
    QVERIFY(!common::EngineMessages::message(error).isEmpty());
    const QByteArray head = fake.requestHead();
    QVERIFY(head.startsWith("POST /v1.41/session HTTP/1.1\r\n"));
    QVERIFY(head.contains("\r\nUpgrade: h2c\r\n"));
    QVERIFY(head.contains(
        QByteArray("\r\nX-Docker-Expose-Session-Uuid: " + session.id().toUtf8() + "\r\n")));
    QVERIFY(head.contains("\r\nX-Docker-Expose-Session-Grpc-Method: "
                          "/moby.filesync.v1.FileSync/DiffCopy\r\n"));
}

void TestBuildKitSession::buildFallsBackToTarWhenRefused()
{
    tests::FakeSessionEngine fake(tests::FakeSessionEngine::Mode::Refuse);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    options.builder = Builder::BuildKit;
    BuildJob job(EngineEndpoint::fromUrl(fake.url(), QString()), QStringLiteral("/v1.41"), options);
    QSignalSpy fallback(&job, &BuildJob::contextFallback);
    job.start();
    QVERIFY(job.waitForFinished(20'000));
    QCOMPARE(fallback.count(), 1);
    QCOMPARE(fallback.at(0).at(0).value<EngineError>().kind(), EngineError::Kind::SessionFailed);
    QVERIFY(!job.usedSession());
    QCOMPARE(job.sessionError().kind(), EngineError::Kind::SessionFailed);
    // The build went to /build with the tar: no session named in it.
    QCOMPARE(fake.laterRequests().size(), 1);
    const QByteArray build = fake.laterRequests().constFirst();
    QVERIFY2(build.startsWith("POST /v1.41/build?version=2&"), build.constData());
    QVERIFY2(!build.contains("session"), build.constData());
    QCOMPARE(job.error().kind(), EngineError::Kind::HttpError); // the fake builds nothing
}

void TestBuildKitSession::garbagePeerGivesErrorNotHang()
{
    tests::FakeSessionEngine fake(tests::FakeSessionEngine::Mode::Garbage);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    BuildKitSession session(EngineEndpoint::fromUrl(fake.url(), QString()),
                            QStringLiteral("/v1.41"), dir.path(),
                            dir.filePath(QStringLiteral("Dockerfile")), DockerIgnore());
    QSignalSpy failed(&session, &BuildKitSession::failed);
    session.start();
    QVERIFY(failed.wait(10'000));
    const auto error = failed.at(0).at(0).value<EngineError>();
    QCOMPARE(error.kind(), EngineError::Kind::SessionLost);
    QVERIFY2(error.detail().contains(QStringLiteral("HTTP/2")), qPrintable(error.detail()));
}

void TestBuildKitSession::servesCallsAsTheEngineMakesThem()
{
    tests::FakeSessionEngine fake(tests::FakeSessionEngine::Mode::Serve);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    BuildKitSession session(
        EngineEndpoint::fromUrl(fake.url(), QString()), QStringLiteral("/v1.41"), dir.path(),
        dir.filePath(QStringLiteral("Dockerfile")), ignoreOf("*.key\nprivate\n"));
    QSignalSpy ready(&session, &BuildKitSession::ready);
    QSignalSpy failed(&session, &BuildKitSession::failed);
    session.start();
    QVERIFY(ready.wait(10'000));

    const auto health
        = fake.call("/grpc.health.v1.Health/Check", {},
                    {stagecraft::filesync::HealthCheckRequest().SerializeAsString()}, true);
    const auto ssh = fake.call("/moby.sshforward.v1.SSH/CheckAgent", {}, {std::string()}, true);
    QTRY_VERIFY_WITH_TIMEOUT(fake.reply(health).closed && fake.reply(ssh).closed, 10'000);
    QCOMPARE(fake.reply(health).headers.at("grpc-status"), std::string("0"));
    stagecraft::filesync::HealthCheckResponse response;
    QCOMPARE(fake.messages(health).size(), std::size_t(1));
    QVERIFY(response.ParseFromString(fake.messages(health).front()));
    QCOMPARE(response.status(), stagecraft::filesync::HealthCheckResponse::SERVING);
    QCOMPARE(fake.reply(ssh).headers.at("grpc-status"), std::string("12")); // UNIMPLEMENTED
    QCOMPARE(session.unimplementedCalls(),
             QStringList{QStringLiteral("/moby.sshforward.v1.SSH/CheckAgent")});

    const auto copy = fake.call(kDiffCopy, {{"dir-name", "context"}}, {}, false);
    QTRY_VERIFY_WITH_TIMEOUT(statsEnded(packets(fake, copy)), 10'000);
    std::vector<Packet> all = packets(fake, copy);
    QCOMPARE(statIndex(all, "secret.key"), -1);
    QCOMPARE(statIndex(all, "private/id_rsa"), -1);
    const int a = statIndex(all, "a.txt");
    QVERIFY(a >= 0);
    const int sub = statIndex(all, "sub");
    QVERIFY(sub >= 0);
    QVERIFY(all[static_cast<std::size_t>(sub)].stat().mode() & (1u << 31)); // Go's ModeDir
    const std::uint32_t mode = all[static_cast<std::size_t>(a)].stat().mode();
    QCOMPARE(mode & ~0777u, 0u); // a regular file: no Go type bits
    QVERIFY(mode & 0400u);
    QVERIFY(all[static_cast<std::size_t>(a)].stat().mod_time() > 1'600'000'000'000'000'000);
    fake.send(copy, requestPacket(a));
    const auto fileEnded = [&] {
        const auto now = packets(fake, copy);
        return std::any_of(now.begin(), now.end(), [&](const Packet &p) {
            return p.type() == Packet::PACKET_DATA && p.data().empty();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(fileEnded(), 10'000);
    std::string data;
    for (const Packet &packet : packets(fake, copy)) {
        if (packet.type() == Packet::PACKET_DATA) {
            QCOMPARE(packet.id(), std::uint32_t(a));
            data += packet.data();
        }
    }
    QCOMPARE(data, std::string("first\n"));
    Packet fin;
    fin.set_type(Packet::PACKET_FIN);
    fake.send(copy, fin.SerializeAsString(), true);
    QTRY_VERIFY_WITH_TIMEOUT(fake.reply(copy).closed, 10'000);
    QCOMPARE(fake.reply(copy).headers.at("grpc-status"), std::string("0"));
    QCOMPARE(packets(fake, copy).back().type(), Packet::PACKET_FIN);
    QCOMPARE(session.requestedFiles(), QStringList{QStringLiteral("context/a.txt")});
    QCOMPARE(session.dataBytesSent(), quint64(6));
    QVERIFY(!session.offeredPaths().contains(QStringLiteral("context/secret.key")));
    QCOMPARE(failed.count(), 0);
}

void TestBuildKitSession::closingMidTransferGivesClearError()
{
    tests::FakeSessionEngine fake(tests::FakeSessionEngine::Mode::Serve);
    QTemporaryDir dir;
    makeContext(dir.path(), "FROM scratch\n");
    writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(16 * 1024 * 1024, 'b'));
    BuildKitSession session(EngineEndpoint::fromUrl(fake.url(), QString()),
                            QStringLiteral("/v1.41"), dir.path(),
                            dir.filePath(QStringLiteral("Dockerfile")), DockerIgnore());
    QSignalSpy ready(&session, &BuildKitSession::ready);
    QSignalSpy failed(&session, &BuildKitSession::failed);
    session.start();
    QVERIFY(ready.wait(10'000));
    const auto copy = fake.call(kDiffCopy, {{"dir-name", "context"}}, {}, false);
    QTRY_VERIFY_WITH_TIMEOUT(statsEnded(packets(fake, copy)), 10'000);
    const int big = statIndex(packets(fake, copy), "big.bin");
    QVERIFY(big >= 0);
    fake.send(copy, requestPacket(big));
    QTRY_VERIFY_WITH_TIMEOUT(fake.reply(copy).data.size() > 100'000, 10'000);
    fake.abort(); // the engine goes away while the file is on its way
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
    const auto error = failed.at(0).at(0).value<EngineError>();
    QCOMPARE(error.kind(), EngineError::Kind::SessionLost);
    QVERIFY2(error.detail().contains(QStringLiteral("sending files")), qPrintable(error.detail()));
    QVERIFY(session.dataBytesSent() < quint64(16 * 1024 * 1024));
}

void TestBuildKitSession::buildsOverSessionAndSendsOnlyChanges()
{
    if (!m_engine)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(kNoEngine);
    QTemporaryDir dir;
    const QString tag
        = QStringLiteral("stagecraft-test-session:%1").arg(QDateTime::currentMSecsSinceEpoch());
    makeContext(dir.path(),
                "FROM stagecraft/busybox:latest\n"
                "COPY . /app\n"
                "RUN cat /app/a.txt && ls /app\n");
    writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(300'000, 'z'));
    // Contents no earlier run had, so COPY and RUN really run (and RUN prints a.txt).
    writeFile(dir.filePath(QStringLiteral("nonce.txt")), tag.toUtf8());
    BuildOptions options;
    options.contextDir = dir.path();
    options.dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    options.builder = Builder::BuildKit;
    options.networkMode = QStringLiteral("none");
    options.tags = {tag};

    const auto build = [&](quint64 &bytes, QStringList &requested, QStringList &offered,
                           QStringList &log) -> bool {
        std::unique_ptr<BuildJob> job(m_client->build(options));
        job->start();
        if (!job->waitForFinished(300'000) || !job->succeeded()) {
            qWarning() << common::EngineMessages::message(job->error()) << job->log();
            return false;
        }
        if (!job->usedSession() || !job->session()) {
            qWarning() << "no session:" << common::EngineMessages::message(job->sessionError());
            return false;
        }
        bytes = job->session()->dataBytesSent();
        requested = job->session()->requestedFiles();
        offered = job->session()->offeredPaths();
        log = job->log();
        return true;
    };
    quint64 bytes = 0;
    QStringList requested, offered, log;
    QVERIFY(build(bytes, requested, offered, log));
    QVERIFY(m_client->inspectImageSync(tag).ok());
    QVERIFY2(requested.contains(QStringLiteral("context/big.bin")),
             qPrintable(requested.join(u' ')));
    QVERIFY(bytes >= 300'000);
    for (const QString &path : offered + requested)
        QVERIFY2(!path.contains(QStringLiteral("secret"))
                     && !path.contains(QStringLiteral("id_rsa")),
                 qPrintable(path));
    QVERIFY(log.contains(QStringLiteral("first")));

    writeFile(dir.filePath(QStringLiteral("a.txt")), "second!\n");
    QVERIFY(build(bytes, requested, offered, log));
    QCOMPARE(requested, QStringList{QStringLiteral("context/a.txt")});
    QCOMPARE(bytes, quint64(8));
    QVERIFY2(log.contains(QStringLiteral("second!")), qPrintable(log.join(u'\n')));
    (void)m_client->removeImageSync(tag, true);
}

QTEST_MAIN(TestBuildKitSession)
#include "tst_buildkitsession.moc"
