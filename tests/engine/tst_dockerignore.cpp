// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ContextPacker.h"
#include "engine/DockerIgnore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using stagecraft::engine::ContextPacker;
using stagecraft::engine::DockerIgnore;

class TestDockerIgnore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void readsFileLikeTheCli();
    void reportsMalformedPatterns();
    void cleansPaths_data();
    void cleansPaths();
    void descendsOnlyForLiteralExceptions();
    void keepsBuildFiles();
    void listsContextLikeTheCli();
};

void TestDockerIgnore::matches_data()
{
    QTest::addColumn<QString>("patterns"); // lines
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    QTest::newRow("literal") << "foo"
                             << "foo" << true;
    QTest::newRow("literal other") << "foo"
                                   << "foobar" << false;
    QTest::newRow("parent dir") << "foo"
                                << "foo/bar/baz" << true;
    QTest::newRow("star one segment") << "*.md"
                                      << "README.md" << true;
    QTest::newRow("star not nested") << "*.md"
                                     << "docs/README.md" << false;
    QTest::newRow("star in dir") << "docs/*.md"
                                 << "docs/a.md" << true;
    QTest::newRow("star matches dir then parent") << "*/temp*"
                                                  << "a/temporary/x" << true;
    QTest::newRow("star star prefix") << "**/*.go"
                                      << "a/b/c.go" << true;
    QTest::newRow("star star prefix root") << "**/*.go"
                                           << "c.go" << true;
    QTest::newRow("star star suffix") << "build/**"
                                      << "build/x/y" << true;
    QTest::newRow("star star suffix not dir itself") << "build/**"
                                                     << "build" << false;
    QTest::newRow("star star middle") << "a/**/z"
                                      << "a/z" << true;
    QTest::newRow("star star middle deep") << "a/**/z"
                                           << "a/b/c/z" << true;
    QTest::newRow("star star glued") << "a**"
                                     << "ab/c" << true;
    QTest::newRow("question") << "?.txt"
                              << "a.txt" << true;
    QTest::newRow("question no slash") << "a?b"
                                       << "a/b" << false;
    QTest::newRow("class") << "[abc].txt"
                           << "b.txt" << true;
    QTest::newRow("class range") << "file[0-9]"
                                 << "file7" << true;
    QTest::newRow("class negated") << "file[^0-9]"
                                   << "file7" << false;
    QTest::newRow("class negated other") << "file[^0-9]"
                                         << "filex" << true;
    QTest::newRow("escape") << "\\*star"
                            << "*star" << true;
    QTest::newRow("escape not wildcard") << "\\*star"
                                         << "xstar" << false;
    QTest::newRow("leading slash") << "/foo"
                                   << "foo" << true;
    QTest::newRow("dot slash") << "./foo/"
                               << "foo/x" << true;
    QTest::newRow("exception") << "*.md\n!README.md"
                               << "README.md" << false;
    QTest::newRow("exception other") << "*.md\n!README.md"
                                     << "CHANGES.md" << true;
    QTest::newRow("last wins") << "!README.md\n*.md"
                               << "README.md" << true;
    QTest::newRow("exception inside dir") << "docs\n!docs/keep.md"
                                          << "docs/keep.md" << false;
    QTest::newRow("exception inside dir other") << "docs\n!docs/keep.md"
                                                << "docs/other.md" << true;
    QTest::newRow("re-exclude") << "docs\n!docs\ndocs/private"
                                << "docs/private/x" << true;
    QTest::newRow("comment") << "# foo\nbar"
                             << "# foo" << false;
    QTest::newRow("hash not comment after space") << " #x"
                                                  << "#x" << true;
    QTest::newRow("trailing space trimmed") << "foo   "
                                            << "foo" << true;
    QTest::newRow("crlf") << "foo\r\nbar\r\n"
                          << "bar" << true;
    QTest::newRow("dot dot cleaned") << "a/../b"
                                     << "b" << true;
    QTest::newRow("star everything") << "*"
                                     << "anything/deep" << true;
    QTest::newRow("star everything but") << "*\n!src"
                                         << "src/main.c" << false;
}

void TestDockerIgnore::matches()
{
    QFETCH(QString, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const DockerIgnore ignore = DockerIgnore::parse(patterns.toStdString());
    QVERIFY(ignore.isValid());
    QCOMPARE(ignore.excludes(path.toStdString()), excluded);
}

void TestDockerIgnore::readsFileLikeTheCli()
{
    const DockerIgnore ignore = DockerIgnore::parse("\xEF\xBB\xBF"
                                                    "foo\n#c\n\n  ! bar/ \n/baz\n");
    QCOMPARE(ignore.patterns(), (std::vector<std::string>{"foo", "!bar", "baz"}));
    QVERIFY(ignore.hasExceptions());
}

void TestDockerIgnore::reportsMalformedPatterns()
{
    QVERIFY(!DockerIgnore::parse("ok\n!\n").isValid());
    QCOMPARE(DockerIgnore::parse("ok\n[abc\n").error(), std::string("[abc"));
    QVERIFY(!DockerIgnore::parse("[z-a]").isValid());
    QVERIFY(DockerIgnore::parse("[]a]").isValid());
}

void TestDockerIgnore::cleansPaths_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << ""
                           << ".";
    QTest::newRow("dot") << "./"
                         << ".";
    QTest::newRow("slashes") << "a//b/"
                             << "a/b";
    QTest::newRow("dotdot") << "a/b/../c"
                            << "a/c";
    QTest::newRow("leading dotdot") << "../a"
                                    << "../a";
    QTest::newRow("rooted dotdot") << "/../a"
                                   << "/a";
}

void TestDockerIgnore::cleansPaths()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(QString::fromStdString(DockerIgnore::cleanPath(in.toStdString())), out);
}

void TestDockerIgnore::descendsOnlyForLiteralExceptions()
{
    const DockerIgnore literal = DockerIgnore::parse("vendor\n!vendor/keep/me.go\n");
    QVERIFY(literal.mustDescend("vendor"));
    QVERIFY(literal.mustDescend("vendor/keep"));
    QVERIFY(!literal.mustDescend("vendor/other"));
    const DockerIgnore wildcard = DockerIgnore::parse("vendor\n!**/*.go\n");
    QVERIFY(!wildcard.mustDescend("vendor"));
    QVERIFY(!DockerIgnore::parse("vendor").mustDescend("vendor"));
}

void TestDockerIgnore::keepsBuildFiles()
{
    DockerIgnore ignore = DockerIgnore::parse("*\n");
    ignore.keepBuildFiles("build/Dockerfile");
    QVERIFY(!ignore.excludes(".dockerignore"));
    QVERIFY(!ignore.excludes("build/Dockerfile"));
    QVERIFY(ignore.excludes("build/other"));
    QVERIFY(ignore.mustDescend("build"));
}

static void writeFile(const QString &path, const QByteArray &contents = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

void TestDockerIgnore::listsContextLikeTheCli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/Dockerfile"), "FROM scratch\n");
    writeFile(root + QStringLiteral("/.dockerignore"),
              "*.log\nnode_modules\nsecret\n!secret/public.txt\nDockerfile\n");
    writeFile(root + QStringLiteral("/a.log"));
    writeFile(root + QStringLiteral("/src/main.c"));
    writeFile(root + QStringLiteral("/src/debug.log"));
    writeFile(root + QStringLiteral("/node_modules/x/index.js"));
    writeFile(root + QStringLiteral("/secret/key.pem"));
    writeFile(root + QStringLiteral("/secret/public.txt"));
    QDir().mkpath(root + QStringLiteral("/empty"));
    const QStringList files = ContextPacker::listFiles(root, QStringLiteral("Dockerfile"));
    const QStringList expected
        = {QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
           QStringLiteral("empty"),         QStringLiteral("secret/public.txt"),
           QStringLiteral("src"),           QStringLiteral("src/debug.log"),
           QStringLiteral("src/main.c")};
    QCOMPARE(files, expected);
}

QTEST_GUILESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
