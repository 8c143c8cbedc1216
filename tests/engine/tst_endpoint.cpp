// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EngineMessages.h"
#include "engine/EngineEndpoint.h"

#include <QCryptographicHash>
#include <QTest>

using stagecraft::engine::EngineEndpoint;
using stagecraft::engine::EngineError;
namespace common = stagecraft::common;
using Kind = EngineEndpoint::Kind;
using Platform = EngineEndpoint::Platform;

namespace {

/// An in-memory home directory: files and paths that exist.
struct FakeFs
{
    QHash<QString, QByteArray> files;
    QStringList extra;
    EngineEndpoint::FileReader reader() const
    {
        return [this](const QString &path) -> std::optional<QByteArray> {
            if (!files.contains(path))
                return std::nullopt;
            return files.value(path);
        };
    }
    EngineEndpoint::PathExists exists() const
    {
        return [this](const QString &path) { return files.contains(path) || extra.contains(path); };
    }
};

QString contextHash(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

EngineEndpoint resolve(const QHash<QString, QString> &env, const FakeFs &fs,
                       Platform platform = Platform::Linux)
{
    return EngineEndpoint::resolve(env, QStringLiteral("/home/u"), platform, fs.reader(),
                                   fs.exists());
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrls_data();
    void parsesUrls();
    void dockerHostWins();
    void tcpWithTlsVariables();
    void contextFromEnvironment();
    void contextFromConfig();
    void missingContextIsAnError();
    void defaultContextMeansPlatformDefault();
    void linuxDefaultsInOrder();
    void macAndWindowsDefaults();
    void messagesAreActionable();
};

void TestEndpoint::parsesUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("port");
    QTest::newRow("unix") << "unix:///var/run/docker.sock" << Kind::Unix << "/var/run/docker.sock"
                          << 0;
    QTest::newRow("npipe") << "npipe:////./pipe/docker_engine" << Kind::NamedPipe
                           << "//./pipe/docker_engine" << 0;
    QTest::newRow("tcp") << "tcp://10.0.0.2:2375" << Kind::Tcp << "10.0.0.2" << 2375;
    QTest::newRow("tcp no port") << "tcp://docker.example" << Kind::Tcp << "docker.example" << 0;
    QTest::newRow("ssh") << "ssh://me@host" << Kind::Ssh << "host" << 0;
    QTest::newRow("ssh port socket")
        << "ssh://me@build.example:2222/run/docker.sock" << Kind::Ssh << "build.example" << 2222;
    QTest::newRow("ssh no host") << "ssh://" << Kind::Invalid << "" << 0;
    QTest::newRow("ssh password") << "ssh://me:secret@host" << Kind::Invalid << "" << 0;
    QTest::newRow("fd") << "fd://" << Kind::Invalid << "" << 0;
    QTest::newRow("garbage") << "/var/run/docker.sock" << Kind::Invalid << "" << 0;
    QTest::newRow("empty unix") << "unix://" << Kind::Invalid << "" << 0;
}

void TestEndpoint::parsesUrls()
{
    QFETCH(QString, url);
    QFETCH(Kind, kind);
    QFETCH(QString, where);
    QFETCH(int, port);
    const EngineEndpoint e = EngineEndpoint::fromUrl(url, QStringLiteral("test"));
    QCOMPARE(e.kind, kind);
    QCOMPARE(kind == Kind::Tcp || kind == Kind::Ssh ? e.host : e.path, where);
    QCOMPARE(int(e.port), port);
    if (url.startsWith(QStringLiteral("fd")))
        QCOMPARE(e.error.kind(), EngineError::Kind::UnsupportedEndpoint);
    else if (kind == Kind::Invalid)
        QCOMPARE(e.error.kind(), EngineError::Kind::InvalidEndpoint);
}

void TestEndpoint::dockerHostWins()
{
    FakeFs fs;
    fs.files.insert(QStringLiteral("/home/u/.docker/config.json"), R"({"currentContext":"other"})");
    const EngineEndpoint e
        = resolve({{QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///tmp/d.sock")},
                   {QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("other")}},
                  fs);
    QCOMPARE(e.kind, Kind::Unix);
    QCOMPARE(e.path, QStringLiteral("/tmp/d.sock"));
    QCOMPARE(e.source, QStringLiteral("DOCKER_HOST"));
}

void TestEndpoint::tcpWithTlsVariables()
{
    FakeFs fs;
    fs.extra << QStringLiteral("/certs/ca.pem") << QStringLiteral("/certs/cert.pem")
             << QStringLiteral("/certs/key.pem");
    const EngineEndpoint e
        = resolve({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h")},
                   {QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1")},
                   {QStringLiteral("DOCKER_CERT_PATH"), QStringLiteral("/certs")}},
                  fs);
    QCOMPARE(e.kind, Kind::Tcp);
    QVERIFY(e.tls);
    QVERIFY(e.tlsVerify);
    QCOMPARE(e.port, quint16(2376));
    QCOMPARE(e.caFile, QStringLiteral("/certs/ca.pem"));
    QCOMPARE(e.certFile, QStringLiteral("/certs/cert.pem"));
    QCOMPARE(e.keyFile, QStringLiteral("/certs/key.pem"));

    const EngineEndpoint plain
        = resolve({{QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h")}}, fs);
    QVERIFY(!plain.tls);
    QCOMPARE(plain.port, quint16(2375));
}

void TestEndpoint::contextFromEnvironment()
{
    FakeFs fs;
    const QString hash = contextHash(QStringLiteral("remote"));
    fs.files.insert(
        QStringLiteral("/cfg/contexts/meta/") + hash + QStringLiteral("/meta.json"),
        R"({"Name":"remote","Endpoints":{"docker":{"Host":"tcp://r:1234","SkipTLSVerify":true}}})");
    fs.extra << QStringLiteral("/cfg/contexts/tls/") + hash + QStringLiteral("/docker/ca.pem");
    const EngineEndpoint e = resolve({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("remote")},
                                      {QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/cfg")}},
                                     fs);
    QCOMPARE(e.kind, Kind::Tcp);
    QCOMPARE(e.host, QStringLiteral("r"));
    QCOMPARE(e.port, quint16(1234));
    QVERIFY(e.tls);
    QVERIFY(!e.tlsVerify);
    QCOMPARE(e.source, QStringLiteral("context remote"));
}

void TestEndpoint::contextFromConfig()
{
    FakeFs fs;
    fs.files.insert(QStringLiteral("/home/u/.docker/config.json"),
                    R"({"auths":{},"currentContext":"rootless"})");
    fs.files.insert(
        QStringLiteral("/home/u/.docker/contexts/meta/") + contextHash(QStringLiteral("rootless"))
            + QStringLiteral("/meta.json"),
        R"({"Name":"rootless","Endpoints":{"docker":{"Host":"unix:///run/user/1000/docker.sock"}}})");
    const EngineEndpoint e = resolve({}, fs);
    QCOMPARE(e.kind, Kind::Unix);
    QCOMPARE(e.path, QStringLiteral("/run/user/1000/docker.sock"));
    QCOMPARE(e.source, QStringLiteral("context rootless"));
}

void TestEndpoint::missingContextIsAnError()
{
    FakeFs fs;
    const EngineEndpoint e
        = resolve({{QStringLiteral("DOCKER_CONTEXT"), QStringLiteral("gone")}}, fs);
    QVERIFY(!e.isValid());
    QCOMPARE(e.error.kind(), EngineError::Kind::InvalidEndpoint);
}

void TestEndpoint::defaultContextMeansPlatformDefault()
{
    FakeFs fs;
    fs.files.insert(QStringLiteral("/home/u/.docker/config.json"),
                    R"({"currentContext":"default"})");
    const EngineEndpoint e = resolve({}, fs);
    QCOMPARE(e.path, QStringLiteral("/var/run/docker.sock"));
    QCOMPARE(e.source, QStringLiteral("default"));
}

void TestEndpoint::linuxDefaultsInOrder()
{
    const QHash<QString, QString> env{
        {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000")}};
    FakeFs fs;
    QCOMPARE(resolve(env, fs).path, QStringLiteral("/var/run/docker.sock")); // nothing exists
    fs.extra = {QStringLiteral("/run/podman/podman.sock")};
    QCOMPARE(resolve(env, fs).path, QStringLiteral("/run/podman/podman.sock"));
    fs.extra << QStringLiteral("/run/user/1000/podman/podman.sock");
    QCOMPARE(resolve(env, fs).path, QStringLiteral("/run/user/1000/podman/podman.sock"));
    fs.extra << QStringLiteral("/run/user/1000/docker.sock");
    QCOMPARE(resolve(env, fs).path, QStringLiteral("/run/user/1000/docker.sock"));
    fs.extra << QStringLiteral("/var/run/docker.sock");
    QCOMPARE(resolve(env, fs).path, QStringLiteral("/var/run/docker.sock"));
}

void TestEndpoint::macAndWindowsDefaults()
{
    FakeFs fs;
    fs.extra << QStringLiteral("/home/u/.docker/run/docker.sock");
    QCOMPARE(resolve({}, fs, Platform::MacOS).path,
             QStringLiteral("/home/u/.docker/run/docker.sock"));
    const EngineEndpoint windows = resolve({}, FakeFs(), Platform::Windows);
    QCOMPARE(windows.kind, Kind::NamedPipe);
    QCOMPARE(windows.path, QStringLiteral("//./pipe/docker_engine"));
}

void TestEndpoint::messagesAreActionable()
{
    const QString denied = common::EngineMessages::message(
        EngineError(EngineError::Kind::PermissionDenied, QStringLiteral("/var/run/docker.sock")));
    QVERIFY(denied.contains(QStringLiteral("docker")));
    QVERIFY(denied.contains(QStringLiteral("rootless")));
    QVERIFY(common::EngineMessages::message(
                EngineError(EngineError::Kind::UnsupportedEndpoint, QStringLiteral("ssh://x")))
                .contains(QStringLiteral("ssh://x")));
    EngineError failed(EngineError::Kind::BuildFailed, QStringLiteral("exit 3"));
    failed.setStep(4, 7, QStringLiteral("RUN false"));
    QVERIFY(common::EngineMessages::message(failed).contains(QStringLiteral("7")));
    QVERIFY(common::EngineMessages::message(failed).contains(QStringLiteral("RUN false")));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
