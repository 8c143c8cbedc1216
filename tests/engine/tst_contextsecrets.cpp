// SPDX-License-Identifier: GPL-3.0-or-later
//
// Secrets never leave the machine unasked (engine/ContextSecrets, cli `build`/`measure`): the
// files a build would send that look like secrets (the model's one rule), the .dockerignore
// line that excludes exactly one path, adding such lines without touching what the file held,
// and the CLI refusing (exit 1, naming the files) unless --allow-secrets.
#include "cli/EngineCli.h"
#include "engine/ContextSecrets.h"
#include "engine/DockerIgnore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace stagecraft;
using engine::ContextSecrets;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

/// A context with a Dockerfile, ordinary files and likely secrets.
void makeContext(const QTemporaryDir &dir)
{
    writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM stagecraft/busybox\nCOPY . /\n");
    writeFile(dir.filePath(QStringLiteral("main.go")), "package main\n");
    writeFile(dir.filePath(QStringLiteral(".env")), "TOKEN=1\n");
    writeFile(dir.filePath(QStringLiteral(".env.example")), "TOKEN=\n");
    writeFile(dir.filePath(QStringLiteral("deploy/id_ed25519")), "-----BEGIN OPENSSH\n");
    writeFile(dir.filePath(QStringLiteral("certs/server.pem")), "-----BEGIN\n");
    writeFile(dir.filePath(QStringLiteral("odd/[x]*.key")), "k\n");
}

} // namespace

class TestContextSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsSentSecretsOnly();
    void dockerIgnoreExcludesThemAlready();
    void patternExcludesExactlyThePath_data();
    void patternExcludesExactlyThePath();
    void addingKeepsTheFileByteForByte_data();
    void addingKeepsTheFileByteForByte();
    void addingCreatesTheFileWhenMissing();
    void cliRefusesUnlessAllowed();
};

void TestContextSecrets::findsSentSecretsOnly()
{
    QTemporaryDir dir;
    makeContext(dir);
    engine::EngineError error;
    const QStringList found
        = ContextSecrets::find(dir.path(), dir.filePath(QStringLiteral("Dockerfile")), &error);
    QVERIFY(!error.isError());
    QCOMPARE(found,
             (QStringList{QStringLiteral(".env"), QStringLiteral("certs/server.pem"),
                          QStringLiteral("deploy/id_ed25519"), QStringLiteral("odd/[x]*.key")}));
}

void TestContextSecrets::dockerIgnoreExcludesThemAlready()
{
    QTemporaryDir dir;
    makeContext(dir);
    writeFile(dir.filePath(QStringLiteral(".dockerignore")), ".env\ndeploy\n*/*.pem\n");
    QCOMPARE(ContextSecrets::find(dir.path(), dir.filePath(QStringLiteral("Dockerfile"))),
             QStringList{QStringLiteral("odd/[x]*.key")});
}

void TestContextSecrets::patternExcludesExactlyThePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("neighbour");
    QTest::newRow("plain") << ".env"
                           << ".env2";
    QTest::newRow("nested") << "a/b/id_rsa"
                            << "a/b/id_rsa.pub";
    QTest::newRow("wildcards") << "odd/[x]*.key"
                               << "odd/x1.key";
    QTest::newRow("question mark") << "q?.pem"
                                   << "qa.pem";
    QTest::newRow("hash") << "#secret.key"
                          << "secret.key";
    QTest::newRow("bang") << "!important.pem"
                          << "important.pem";
    QTest::newRow("backslash") << "back\\slash.key"
                               << "backslash.key";
}

void TestContextSecrets::patternExcludesExactlyThePath()
{
    QFETCH(QString, path);
    QFETCH(QString, neighbour);
    const QString pattern = ContextSecrets::ignorePattern(path);
    const engine::DockerIgnore rules = engine::DockerIgnore::parse(pattern.toStdString() + "\n");
    QVERIFY2(rules.isValid(), qPrintable(pattern));
    QVERIFY2(rules.excludes(path.toStdString()), qPrintable(pattern));
    QVERIFY2(!rules.excludes(neighbour.toStdString()), qPrintable(pattern));
}

void TestContextSecrets::addingKeepsTheFileByteForByte_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::newRow("ends with a line end")
        << QByteArray("# build junk\nnode_modules\n")
        << QByteArray("# build junk\nnode_modules\n/.env\n/deploy/id_ed25519\n");
    QTest::newRow("no final line end")
        << QByteArray("*.log") << QByteArray("*.log\n/.env\n/deploy/id_ed25519\n");
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n")
                          << QByteArray("a\r\nb\r\n/.env\r\n/deploy/id_ed25519\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray("/.env\n/deploy/id_ed25519\n");
}

void TestContextSecrets::addingKeepsTheFileByteForByte()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir dir;
    makeContext(dir);
    const QString ignore = dir.filePath(QStringLiteral(".dockerignore"));
    writeFile(ignore, before);
    const engine::EngineError error = ContextSecrets::excludeInDockerIgnore(
        dir.path(), {QStringLiteral(".env"), QStringLiteral("deploy/id_ed25519")});
    QVERIFY(!error.isError());
    QCOMPARE(readBytes(ignore), after);
    const QStringList left
        = ContextSecrets::find(dir.path(), dir.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(!left.contains(QStringLiteral(".env")));
    QVERIFY(!left.contains(QStringLiteral("deploy/id_ed25519")));
    QVERIFY(left.contains(QStringLiteral("certs/server.pem")));
}

void TestContextSecrets::addingCreatesTheFileWhenMissing()
{
    QTemporaryDir dir;
    makeContext(dir);
    const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    const QStringList found = ContextSecrets::find(dir.path(), dockerfile);
    QVERIFY(!ContextSecrets::excludeInDockerIgnore(dir.path(), found).isError());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".dockerignore"))));
    QCOMPARE(ContextSecrets::find(dir.path(), dockerfile), QStringList());
    // Not writable: a clear error, nothing half-written.
    QTemporaryDir locked;
    makeContext(locked);
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(locked.path()).isWritable()) // root ignores the mode
        return;
    const engine::EngineError error
        = ContextSecrets::excludeInDockerIgnore(locked.path(), {QStringLiteral(".env")});
    QCOMPARE(error.kind(), engine::EngineError::Kind::FileUnwritable);
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestContextSecrets::cliRefusesUnlessAllowed()
{
    QTemporaryDir dir;
    makeContext(dir);
    const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    // Refused before any engine is asked: the host does not exist.
    const QString host = QStringLiteral("unix:///nonexistent/stagecraft.sock");
    QCOMPARE(cli::runBuildCommand({dockerfile, QStringLiteral("--host"), host}, out, err), 1);
    QVERIFY2(errText.contains(QStringLiteral(".env")), qPrintable(errText));
    QVERIFY2(errText.contains(QStringLiteral("deploy/id_ed25519")), qPrintable(errText));
    QVERIFY2(errText.contains(QStringLiteral("--allow-secrets")), qPrintable(errText));
    QVERIFY(!errText.contains(QStringLiteral(".env.example")));
    // Allowed: it goes on to the engine, which is not there (exit 2, not the refusal).
    errText.clear();
    QCOMPARE(cli::runBuildCommand(
                 {dockerfile, QStringLiteral("--host"), host, QStringLiteral("--allow-secrets")},
                 out, err),
             2);
    QVERIFY2(!errText.contains(QStringLiteral("--allow-secrets")), qPrintable(errText));
    // Once excluded, nothing is refused.
    QVERIFY(!ContextSecrets::excludeInDockerIgnore(dir.path(),
                                                   ContextSecrets::find(dir.path(), dockerfile))
                 .isError());
    errText.clear();
    QCOMPARE(cli::runBuildCommand({dockerfile, QStringLiteral("--host"), host}, out, err), 2);
}

QTEST_GUILESS_MAIN(TestContextSecrets)
#include "tst_contextsecrets.moc"
