// SPDX-License-Identifier: GPL-3.0-or-later
// The two programs behind `stagecraft-cli` on Linux (cli/CMakeLists.txt): the Qt-free front
// (cli/fast/) and the full CLI it hands everything else to. Whatever the front does itself must
// be byte for byte what the full CLI does — standard output, standard error and exit code —
// over the real corpus, BuildKit's cases and our own test files; what it hands over must arrive
// unchanged (arguments, standard input, the language).

#include "tests/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <elf.h>
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool operator==(const Run &other) const
    {
        return exitCode == other.exitCode && out == other.out && err == other.err;
    }
};

QString frontPath()
{
    return QStringLiteral(STAGECRAFT_CLI_PATH);
}

QString fullPath()
{
    return QFileInfo(frontPath()).dir().filePath(QStringLiteral("stagecraft-cli-full"));
}

/// Runs `program`; the language variables are cleared, then LANG=C.UTF-8 and `environment`
/// are set.
Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray describe(const Run &front, const Run &full)
{
    return "front: exit " + QByteArray::number(front.exitCode) + ", "
        + QByteArray::number(front.out.size()) + " bytes out, err '" + front.err.left(300)
        + "'; full: exit " + QByteArray::number(full.exitCode) + ", "
        + QByteArray::number(full.out.size()) + " bytes out, err '" + full.err.left(300) + "'";
}

/// Every Dockerfile the comparison reads: the real corpus, BuildKit's cases (positive and
/// negative) and our own CLI, lint and fuzz-regression files.
QStringList inputFiles()
{
    QStringList files;
    const QString shared = stagecraft::tests::sharedDir();
    QDirIterator real(shared + QStringLiteral("/corpus/real"), QDir::Files);
    while (real.hasNext()) {
        const QString file = real.next();
        if (!file.endsWith(QStringLiteral("INDEX.tsv")) && !file.endsWith(QStringLiteral(".md")))
            files.append(file);
    }
    QDirIterator buildkit(shared + QStringLiteral("/corpus/buildkit"),
                          {QStringLiteral("Dockerfile")}, QDir::Files,
                          QDirIterator::Subdirectories);
    while (buildkit.hasNext())
        files.append(buildkit.next());
    for (const char *folder : {"cli", "lint", "graph", "fuzz-regressions"}) {
        QDirIterator own(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/") + QLatin1String(folder),
                         QDir::Files);
        while (own.hasNext()) {
            const QString file = own.next();
            if (!file.endsWith(QStringLiteral(".md")))
                files.append(file);
        }
    }
    files.sort();
    return files;
}

#ifdef Q_OS_LINUX
/// The DT_NEEDED entries of the ELF64 file at `path`, read with readelf.
QStringList neededLibraries(const QString &path)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), path});
    if (!readelf.waitForStarted(10000) || !readelf.waitForFinished(60000))
        return {QStringLiteral("<readelf failed>")};
    QStringList needed;
    const QList<QByteArray> lines = readelf.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.contains("(NEEDED)"))
            continue;
        const qsizetype open = line.indexOf('[');
        const qsizetype close = line.indexOf(']', open);
        if (open >= 0 && close > open)
            needed.append(QString::fromLatin1(line.mid(open + 1, close - open - 1)));
    }
    return needed;
}
#endif

} // namespace

class TestCliFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void frontLoadsNoQtAndFullLoadsCoreOnly();
    void frontAndFullAgreeOnEveryFile_data();
    void frontAndFullAgreeOnEveryFile();
    void frontAndFullAgreeOnCommandLines_data();
    void frontAndFullAgreeOnCommandLines();
    void standardInputReachesTheFullCli();
    void hindiComesFromTheFullCli_data();
    void hindiComesFromTheFullCli();

private:
    QTemporaryDir m_temp;
};

void TestCliFront::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("the front exists on Linux only");
#endif
    QVERIFY(m_temp.isValid());
    QVERIFY2(QFileInfo::exists(frontPath()), qPrintable(frontPath()));
    QVERIFY2(QFileInfo::exists(fullPath()), qPrintable(fullPath()));
}

void TestCliFront::frontLoadsNoQtAndFullLoadsCoreOnly()
{
#ifdef Q_OS_LINUX
    const QStringList front = neededLibraries(frontPath());
    // Linked statically (STAGECRAFT_STATIC_CLI_FRONT) it has no NEEDED entries at all.
    for (const QString &library : front) {
        QVERIFY2(!library.startsWith(QStringLiteral("libQt")), qPrintable(front.join(u' ')));
        QVERIFY2(!library.startsWith(QStringLiteral("libicu")), qPrintable(front.join(u' ')));
    }
    const QStringList full = neededLibraries(fullPath());
    QVERIFY2(full.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(full.join(u' ')));
    for (const QString &library : full) {
        for (const char *forbidden : {"libQt6Widgets", "libQt6Gui", "libQt6Charts", "libQt6Svg"})
            QVERIFY2(!library.startsWith(QLatin1String(forbidden)), qPrintable(library));
    }
#endif
}

void TestCliFront::frontAndFullAgreeOnEveryFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("everyFormat");
    if (!stagecraft::tests::sharedAvailable())
        return;
    // Every file in the formats people use most (lint text and JSON, graph JSON); every format
    // on BuildKit's cases, our own files and every eighth file of the real corpus, so the test
    // stays within its time on a busy machine.
    int real = 0;
    for (const QString &file : inputFiles()) {
        const bool inReal = file.contains(QStringLiteral("/corpus/real/"));
        QTest::newRow(qPrintable(QDir(stagecraft::tests::sharedDir()).relativeFilePath(file)))
            << file << (!inReal || real++ % 8 == 0);
    }
}

void TestCliFront::frontAndFullAgreeOnEveryFile()
{
    STAGECRAFT_REQUIRE_SHARED();
    QFETCH(QString, file);
    QFETCH(bool, everyFormat);
    // The commands the front runs itself, in every format it prints (SARIF goes to the full
    // CLI, which frontAndFullAgreeOnCommandLines covers).
    QList<QStringList> commands{
        {QStringLiteral("lint"), file},
        {QStringLiteral("lint"), file, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("graph"), file},
    };
    if (everyFormat) {
        commands += QList<QStringList>{
            {QStringLiteral("parse"), file},
            {QStringLiteral("parse"), file, QStringLiteral("--format=buildkit")},
            {QStringLiteral("graph"), file, QStringLiteral("--format"), QStringLiteral("dot")},
            {QStringLiteral("graph"), file, QStringLiteral("--format"), QStringLiteral("mermaid")},
            {QStringLiteral("print"), file},
        };
    }
    for (const QStringList &arguments : commands) {
        const Run front = runProgram(frontPath(), arguments);
        const Run full = runProgram(fullPath(), arguments);
        QVERIFY2(front.exitCode >= 0, qPrintable(arguments.join(u' ')));
        QVERIFY2(
            front == full,
            qPrintable(arguments.join(u' ') + u'\n' + QString::fromUtf8(describe(front, full))));
    }
}

void TestCliFront::frontAndFullAgreeOnCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE
    const QString errors = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli/lint-errors.Dockerfile");
    const QString graph = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli/graph.Dockerfile");
    const QString missing = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli/nope.Dockerfile");
    const QString folder = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli");
    const QByteArray dockerfile("FROM alpine AS Build\nrun echo hi\nFROM build\n");
    const QByteArray binary("\x7f"
                            "ELF\x02\x01\x01\0\0\0",
                            10);
    const auto row = [](const char *name, const QStringList &arguments,
                        const QByteArray &input = {}, const QStringList &environment = {}) {
        QTest::newRow(name) << arguments << input << environment;
    };
    row("lint --lang en",
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lint"), errors});
    row("lint --lang=en_GB", {QStringLiteral("lint"), errors, QStringLiteral("--lang=en_GB")});
    row("lint sarif", {QStringLiteral("lint"), errors, QStringLiteral("--format=sarif")});
    row("lint --context", {QStringLiteral("lint"), errors, QStringLiteral("--context"), folder});
    row("lint --context=", {QStringLiteral("lint"), errors, QStringLiteral("--context=")});
    row("lint --target 0",
        {QStringLiteral("lint"), graph, QStringLiteral("--target"), QStringLiteral("0")});
    row("graph --target unknown",
        {QStringLiteral("graph"), graph, QStringLiteral("--target=nope")});
    row("graph --build-arg from env",
        {QStringLiteral("graph"), graph, QStringLiteral("--build-arg"), QStringLiteral("BASE")}, {},
        {QStringLiteral("BASE=debian:12")});
    row("graph --build-arg value",
        {QStringLiteral("graph"), graph, QStringLiteral("--build-arg=BASE=alpine")});
    row("option before command",
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("lint"), errors});
    row("options end", {QStringLiteral("print"), QStringLiteral("--"), errors});
    row("missing file", {QStringLiteral("lint"), missing});
    row("directory", {QStringLiteral("print"), folder});
    row("no file", {QStringLiteral("lint")});
    row("two files", {QStringLiteral("lint"), errors, graph});
    row("unknown option", {QStringLiteral("lint"), errors, QStringLiteral("--frobnicate")});
    row("option of another command",
        {QStringLiteral("print"), errors, QStringLiteral("--target=x")});
    row("unknown format", {QStringLiteral("graph"), errors, QStringLiteral("--format=png")});
    row("missing value", {QStringLiteral("lint"), errors, QStringLiteral("--format")});
    row("bad language", {QStringLiteral("lint"), errors, QStringLiteral("--lang=fr")});
    row("unknown command", {QStringLiteral("frobnicate"), errors});
    row("no arguments", {});
    row("help", {QStringLiteral("--help")});
    row("help after command", {QStringLiteral("lint"), errors, QStringLiteral("-h")});
    row("version", {QStringLiteral("--version")});
    row("templates", {QStringLiteral("templates")});
    row("edit help", {QStringLiteral("edit"), QStringLiteral("--help")});
    row("stdin lint", {QStringLiteral("lint"), QStringLiteral("-")}, dockerfile);
    row("stdin parse", {QStringLiteral("parse"), QStringLiteral("-")}, dockerfile);
    row("stdin empty", {QStringLiteral("print"), QStringLiteral("-")});
    row("stdin binary", {QStringLiteral("lint"), QStringLiteral("-")}, binary);
    row("stdin invalid UTF-8", {QStringLiteral("lint"), QStringLiteral("-")},
        QByteArray("FROM alpine\nFR\xffOM x\n"));
    // JSON strings with control characters are escaped as the model's documents escape them;
    // one that is not UTF-8 is repaired as they repair it.
    const QByteArray controls("FROM alpine AS a\x01"
                              "b\x7f\nRUN --mount=from=a\x1b,target=/t echo \"\xc3\xa9\t\\\"\n");
    row("stdin controls graph json", {QStringLiteral("graph"), QStringLiteral("-")}, controls);
    row("stdin controls lint json",
        {QStringLiteral("lint"), QStringLiteral("-"), QStringLiteral("--format=json")}, controls);
    row("stdin invalid UTF-8 graph json", {QStringLiteral("graph"), QStringLiteral("-")},
        QByteArray("FROM alp\xffine AS x\n"));
    row("LANG=C", {QStringLiteral("lint"), errors}, {}, {QStringLiteral("LANG=C")});
    row("LANG=de_DE", {QStringLiteral("lint"), errors}, {}, {QStringLiteral("LANG=de_DE.UTF-8")});
    row("LANGUAGE=en:de", {QStringLiteral("lint"), errors}, {}, {QStringLiteral("LANGUAGE=en:de")});
}

void TestCliFront::frontAndFullAgreeOnCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, environment);
    QMap<QString, QString> env;
    for (const QString &pair : std::as_const(environment))
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    const Run front = runProgram(frontPath(), arguments, input, env);
    const Run full = runProgram(fullPath(), arguments, input, env);
    QVERIFY(front.exitCode >= 0);
    QVERIFY2(front == full, describe(front, full).constData());
}

void TestCliFront::standardInputReachesTheFullCli()
{
    // Hindi is the full CLI's: the front reads standard input first (to know the command can
    // be its own), then hands it over with the bytes it read.
    const QByteArray dockerfile("FROM alpine AS Build\nrun echo hi\nFROM build\n");
    const QStringList arguments{QStringLiteral("lint"), QStringLiteral("-"),
                                QStringLiteral("--lang=hi")};
    const Run front = runProgram(frontPath(), arguments, dockerfile);
    const Run full = runProgram(fullPath(), arguments, dockerfile);
    QVERIFY2(front == full, describe(front, full).constData());
    QVERIFY2(front.out.contains("<stdin>:1:"), front.out.constData());
    // A large input crosses the pipe in many pieces and is passed on whole.
    QByteArray large;
    while (large.size() < 3 * 1024 * 1024)
        large += "FROM alpine AS build\nRUN echo one two three four five six seven eight\n";
    const Run printed = runProgram(frontPath(),
                                   {QStringLiteral("print"), QStringLiteral("-"),
                                    QStringLiteral("--lang"), QStringLiteral("hi")},
                                   large);
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(printed.out == large);
}

void TestCliFront::hindiComesFromTheFullCli_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    const QString errors = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli/lint-errors.Dockerfile");
    QTest::newRow("--lang hi") << QStringList{QStringLiteral("--lang"), QStringLiteral("hi"),
                                              QStringLiteral("lint"), errors}
                               << QString() << QString();
    QTest::newRow("LANG") << QStringList{QStringLiteral("lint"), errors} << QStringLiteral("LANG")
                          << QStringLiteral("hi_IN.UTF-8");
    QTest::newRow("LC_MESSAGES") << QStringList{QStringLiteral("lint"), errors}
                                 << QStringLiteral("LC_MESSAGES") << QStringLiteral("hi_IN.UTF-8");
    QTest::newRow("LC_ALL") << QStringList{QStringLiteral("lint"), errors}
                            << QStringLiteral("LC_ALL") << QStringLiteral("hi_IN.UTF-8");
    QTest::newRow("LANGUAGE") << QStringList{QStringLiteral("lint"), errors}
                              << QStringLiteral("LANGUAGE") << QStringLiteral("hi:en");
}

void TestCliFront::hindiComesFromTheFullCli()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QMap<QString, QString> env;
    if (!variable.isEmpty())
        env.insert(variable, value);
    const Run front = runProgram(frontPath(), arguments, {}, env);
    const Run full = runProgram(fullPath(), arguments, {}, env);
    QVERIFY2(front == full, describe(front, full).constData());
    QCOMPARE(front.exitCode, 1);
    const QString text = QString::fromUtf8(front.out).normalized(QString::NormalizationForm_C);
    QVERIFY2(text.contains(QStringLiteral(": त्रुटि: ").normalized(QString::NormalizationForm_C)),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliFront)
#include "tst_clifront.moc"
