// SPDX-License-Identifier: GPL-3.0-or-later
//
// ssh:// endpoints (engine/SshTransport): the ssh command line, ssh's failures as specific
// errors, and — against the throw-away sshd of scripts/sshd.sh (build/sshd/, loopback port,
// its own keys and known_hosts) forwarding to the test engine — a real exchange, a long body,
// and each failure from a real ssh: unknown host key, changed host key, refused key, a
// remote socket that is not there. The builds and the Files panel's reads over ssh are the
// "engine-ssh/" runs of tst_engineclient and tst_stagefilesystem (tests/CMakeLists.txt).
#include "tests/TestSupport.h"

#include "common/EngineMessages.h"
#include "engine/EngineClient.h"
#include "engine/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;
using namespace stagecraft::engine;
using Kind = EngineError::Kind;

Q_DECLARE_METATYPE(stagecraft::engine::EngineError::Kind)

namespace {

const QString kBase = QStringLiteral("stagecraft/busybox:latest");

/// build/sshd/ of this checkout (scripts/sshd.sh writes it).
QString sshdDir()
{
    return QDir::cleanPath(QStringLiteral(STAGECRAFT_TEST_DATA_DIR) + u"/../../build/sshd");
}

EngineEndpoint testEndpoint(const QString &url)
{
    EngineEndpoint endpoint = EngineEndpoint::fromUrl(url, QStringLiteral("test"));
    endpoint.sshConfigFile = sshdDir() + u"/ssh_config";
    return endpoint;
}

} // namespace

class TestSshTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLineIsTheDockerClis_data();
    void commandLineIsTheDockerClis();
    void sshFailuresBecomeSpecificErrors_data();
    void sshFailuresBecomeSpecificErrors();
    void contextWithSshHostResolves();

    void pingAndVersionOverSsh();
    void longBodyArrivesWhole();
    void realSshFailuresAreClear_data();
    void realSshFailuresAreClear();

private:
    void requireSshd();
};

void TestSshTransport::commandLineIsTheDockerClis_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("expected");
    const QString options = QStringLiteral("-T -o BatchMode=yes -o ConnectTimeout=10");
    QTest::newRow("host") << "ssh://build-box" << QString()
                          << options + u" -- build-box docker system dial-stdio";
    QTest::newRow("user and port")
        << "ssh://me@build-box:2222" << QString()
        << options + u" -l me -p 2222 -- build-box docker system dial-stdio";
    QTest::newRow("socket path") << "ssh://me@build-box/run/user/1000/docker.sock"
                                 << QStringLiteral("/tmp/cfg")
                                 << u"-F /tmp/cfg "_s + options
            + u" -l me -- build-box docker --host unix:///run/user/1000/docker.sock system "
              u"dial-stdio";
}

void TestSshTransport::commandLineIsTheDockerClis()
{
    QFETCH(QString, url);
    QFETCH(QString, config);
    QFETCH(QString, expected);
    EngineEndpoint endpoint = EngineEndpoint::fromUrl(url, QStringLiteral("test"));
    QCOMPARE(endpoint.kind, EngineEndpoint::Kind::Ssh);
    endpoint.sshConfigFile = config;
    QCOMPARE(SshTransport::arguments(endpoint).join(u' '), expected);
}

void TestSshTransport::sshFailuresBecomeSpecificErrors_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reason");
    QTest::newRow("clean exit") << 0 << QByteArray() << QString() << Kind::None << QString()
                                << QString();
    QTest::newRow("unknown host key")
        << 255
        << QByteArray("No ED25519 host key is known for box and you have requested strict "
                      "checking.\r\nHost key verification failed.\r\n")
        << QString() << Kind::SshHostKeyUnknown << u"box"_s << QString();
    QTest::newRow("changed host key")
        << 255
        << QByteArray("@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @\nHost key "
                      "verification failed.\n")
        << QString() << Kind::SshHostKeyChanged << u"box"_s << QString();
    QTest::newRow("no agent") << 255 << QByteArray("me@box: Permission denied (publickey).\n")
                              << QString() << Kind::SshAuthFailed << u"me@box"_s << QString();
    QTest::newRow("agent") << 255 << QByteArray("me@box: Permission denied (publickey).\n")
                           << u"/tmp/agent.sock"_s << Kind::SshAuthFailed << u"me@box"_s
                           << u"/tmp/agent.sock"_s;
    QTest::newRow("timeout") << 255
                             << QByteArray(
                                    "ssh: connect to host box port 22: Connection timed out\n")
                             << QString() << Kind::ConnectTimeout << u"ssh://me@box"_s << QString();
    QTest::newRow("remote socket missing")
        << 1
        << QByteArray("failed to open the raw stream connection: dial unix /x.sock: connect: "
                      "no such file or directory\n")
        << QString() << Kind::NotRunning << u"ssh://me@box"_s << QString();
    QTest::newRow("no docker on the remote")
        << 127 << QByteArray("bash: line 1: docker: command not found\n") << QString()
        << Kind::SshFailed << u"bash: line 1: docker: command not found"_s << QString();
    QTest::newRow("silent failure")
        << 3 << QByteArray() << QString() << Kind::SshFailed << u"ssh exit status 3"_s << QString();
}

void TestSshTransport::sshFailuresBecomeSpecificErrors()
{
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrText);
    QFETCH(QString, agent);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, reason);
    const EngineEndpoint endpoint
        = EngineEndpoint::fromUrl(QStringLiteral("ssh://me@box"), QStringLiteral("test"));
    const EngineError error = SshTransport::classify(endpoint, exitCode, stderrText, agent);
    QCOMPARE(EngineError::kindName(error.kind()), EngineError::kindName(kind));
    QCOMPARE(error.detail(), detail);
    QCOMPARE(error.reason(), reason);
    if (kind != Kind::None) {
        const QString message = common::EngineMessages::message(error);
        QVERIFY2(message.contains(detail), qPrintable(message));
    }
}

void TestSshTransport::contextWithSshHostResolves()
{
    // A `docker context create remote --docker host=ssh://…` context.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash("remote", QCryptographicHash::Sha256).toHex());
    const QString meta = u"/home/u/.docker/contexts/meta/"_s + hash + u"/meta.json"_s;
    const auto read = [&meta](const QString &path) -> std::optional<QByteArray> {
        if (path == meta)
            return QByteArray(
                R"({"Name":"remote","Endpoints":{"docker":{"Host":"ssh://ci@build.example:2200"}}})");
        return std::nullopt;
    };
    const EngineEndpoint endpoint = EngineEndpoint::resolve(
        {{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("remote")}}, QStringLiteral("/home/u"),
        EngineEndpoint::Platform::Linux, read, [](const QString &) { return false; });
    QCOMPARE(endpoint.kind, EngineEndpoint::Kind::Ssh);
    QCOMPARE(endpoint.user, u"ci"_s);
    QCOMPARE(endpoint.host, u"build.example"_s);
    QCOMPARE(int(endpoint.port), 2200);
    QCOMPARE(endpoint.source, u"context remote"_s);
}

void TestSshTransport::requireSshd()
{
    if (!QFileInfo::exists(sshdDir() + u"/ssh_config"))
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
            QStringLiteral("no test sshd (%1) — run `bash scripts/sshd.sh up`").arg(sshdDir()));
    EngineClient client(testEndpoint(QStringLiteral("ssh://stagecraft-test")));
    const EngineError error = client.negotiate();
    if (error.isError())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
            QStringLiteral("the test sshd or its engine does not answer: %1 — run `bash "
                           "scripts/sshd.sh up` and `bash scripts/engine.sh up`")
                .arg(common::EngineMessages::message(error)));
}

void TestSshTransport::pingAndVersionOverSsh()
{
    requireSshd();
    EngineClient client(testEndpoint(QStringLiteral("ssh://stagecraft-test")));
    QVERIFY(!client.negotiate().isError());
    QVERIFY(!client.apiVersion().isEmpty());
    const EngineClient::Result version = client.versionSync();
    QVERIFY2(version.ok(), qPrintable(common::EngineMessages::message(version.error)));
    QVERIFY(!QJsonDocument::fromJson(version.body)
                 .object()
                 .value(QStringLiteral("Version"))
                 .toString()
                 .isEmpty());
    // The same engine as the local socket: the same ID.
    EngineClient local(EngineEndpoint::fromUrl(QStringLiteral("unix:///var/run/docker.sock"),
                                               QStringLiteral("test")));
    const EngineClient::Result localInfo = local.infoSync();
    const EngineClient::Result remoteInfo = client.infoSync();
    QVERIFY(remoteInfo.ok());
    if (localInfo.ok())
        QCOMPARE(remoteInfo.json.value("ID", std::string()),
                 localInfo.json.value("ID", std::string()));
}

void TestSshTransport::longBodyArrivesWhole()
{
    requireSshd();
    EngineClient client(testEndpoint(QStringLiteral("ssh://stagecraft-test")));
    if (!client.inspectImageSync(kBase).ok())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
            QStringLiteral("base image %1 missing — run `bash scripts/engine.sh images`")
                .arg(kBase));
    const EngineClient::Result created = client.createContainerSync(kBase);
    QVERIFY2(created.ok(), qPrintable(common::EngineMessages::message(created.error)));
    const QString id
        = QJsonDocument::fromJson(created.body).object().value(QStringLiteral("Id")).toString();
    // /bin holds the whole busybox binary (about 2 MB): a long tar body through the pipes.
    const EngineClient::Result archive = client.archiveSync(id, QStringLiteral("/bin"));
    const EngineClient::Result removed = client.removeContainerSync(id);
    QVERIFY2(archive.ok(), qPrintable(common::EngineMessages::message(archive.error)));
    QVERIFY(removed.ok());
    QVERIFY2(archive.body.size() > 500'000, qPrintable(QString::number(archive.body.size())));
    QVERIFY(EngineClient::tarEntries(archive.body).contains(QStringLiteral("bin/busybox")));
}

void TestSshTransport::realSshFailuresAreClear_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("unknown host key")
        << "ssh://stagecraft-test-unknown-host" << Kind::SshHostKeyUnknown;
    QTest::newRow("changed host key")
        << "ssh://stagecraft-test-changed-host" << Kind::SshHostKeyChanged;
    QTest::newRow("refused key") << "ssh://stagecraft-test-wrong-key" << Kind::SshAuthFailed;
    QTest::newRow("no engine at the remote socket")
        << "ssh://stagecraft-test/nonexistent/docker.sock" << Kind::NotRunning;
}

void TestSshTransport::realSshFailuresAreClear()
{
    QFETCH(QString, url);
    QFETCH(Kind, kind);
    requireSshd();
    EngineClient client(testEndpoint(url));
    const EngineError error = client.negotiate();
    QCOMPARE(EngineError::kindName(error.kind()), EngineError::kindName(kind));
    QVERIFY(!common::EngineMessages::message(error).isEmpty());
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
