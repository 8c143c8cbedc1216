// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for stagecraft-cli (run as a real process), the diagnostic message table and FileLoader;
// `render` through the application's headless render mode; the CLI links no Qt Gui or Widgets.

#include "common/DiagnosticMessages.h"
#include "common/FileLoader.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <string>

#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <elf.h>
#endif

using namespace stagecraft;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /// stderr split into lines (without the final newline).
    [[nodiscard]] QList<QByteArray> errLines() const
    {
        QByteArray text = err;
        if (text.endsWith('\n'))
            text.chop(1);
        return text.isEmpty() ? QList<QByteArray>() : text.split('\n');
    }
};

QString dataPath(const QString &name)
{
    return QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/cli/") + name;
}

/// Runs the stagecraft-cli at `program` with `arguments`. The environment is reset to English
/// (LANG=C.UTF-8) unless `environment` sets language variables.
CliRun runProgram(const QString &program, const QStringList &arguments,
                  const QByteArray &input = {}, const QMap<QString, QString> &environment = {})
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
    CliRun run;
    if (!process.waitForStarted(10000)) {
        qWarning("cannot start %s", qPrintable(program));
        return run;
    }
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

/// Runs the built stagecraft-cli (see runProgram()).
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QMap<QString, QString> &environment = {})
{
    return runProgram(QStringLiteral(STAGECRAFT_CLI_PATH), arguments, input, environment);
}

#ifdef Q_OS_LINUX
/// The DT_NEEDED entries of an ELF64 little-endian file (empty when it is not one).
QStringList elfNeeded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const auto read = [&bytes](quint64 at, auto &value) {
        if (at > quint64(bytes.size()) || quint64(bytes.size()) - at < sizeof(value))
            return false;
        std::memcpy(&value, bytes.constData() + at, sizeof(value));
        return true;
    };
    Elf64_Ehdr header{};
    if (!read(0, header) || std::memcmp(header.e_ident, ELFMAG, SELFMAG) != 0
        || header.e_ident[EI_CLASS] != ELFCLASS64 || header.e_ident[EI_DATA] != ELFDATA2LSB)
        return {};
    QStringList needed;
    for (quint64 i = 0; i < header.e_shnum; ++i) {
        Elf64_Shdr section{};
        if (!read(header.e_shoff + i * header.e_shentsize, section))
            return {};
        if (section.sh_type != SHT_DYNAMIC)
            continue;
        Elf64_Shdr strings{};
        if (!read(header.e_shoff + quint64(section.sh_link) * header.e_shentsize, strings))
            return {};
        for (quint64 at = 0; at + sizeof(Elf64_Dyn) <= section.sh_size; at += sizeof(Elf64_Dyn)) {
            Elf64_Dyn entry{};
            if (!read(section.sh_offset + at, entry) || entry.d_tag == DT_NULL)
                break;
            if (entry.d_tag != DT_NEEDED)
                continue;
            const quint64 name = strings.sh_offset + entry.d_un.d_val;
            if (name >= quint64(bytes.size()))
                return {};
            needed << QString::fromLatin1(bytes.constData() + name);
        }
    }
    return needed;
}
#endif

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return document;
}

QJsonObject position(int line, int column)
{
    return QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}};
}

QString nfc(const char *utf8)
{
    return QString::fromUtf8(utf8).normalized(QString::NormalizationForm_C);
}

/// The shared corpus directory, or an empty string after QSKIP/QFAIL bookkeeping by the caller.
QString sharedDir()
{
    const QDir dir(QStringLiteral(STAGECRAFT_SHARED_DIR));
    return dir.exists() ? dir.absolutePath() : QString();
}

#define REQUIRE_SHARED_DIR(var)                                                                    \
    const QString var = sharedDir();                                                               \
    if (var.isEmpty()) {                                                                           \
        if (qEnvironmentVariable("CI") == QStringLiteral("true"))                                  \
            QFAIL("../shared not found (required under CI=true)");                                 \
        QSKIP("skipped: ../shared not found");                                                     \
    }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void printIsByteExact_data();
    void printIsByteExact();
    void printReadsStdin();

    void parseJsonHasShapeAndPositions();
    void parseBuildkitMatchesCorpus();
    void parseBuildkitRejectsNegativeCases();

    void graphJsonHasExactShape();
    void graphTargetByNameAndIndex_data();
    void graphTargetByNameAndIndex();
    void graphUnknownTargetIsUsageError();
    void graphBuildArgChangesBase();
    void graphDotHasNodesAndEdges();
    void graphDotEscapesLabels();
    void graphMermaidHasNodesAndEdges();

    void lintTextIsGccStyle();
    void lintCleanFileExitsZero();
    void lintJsonHasFields();
    void lintSarifHasRequiredFields();

    void inputErrorsGiveOneLineAndExitTwo_data();
    void inputErrorsGiveOneLineAndExitTwo();
    void unreadableFileExitsTwo();
    void fileWithSomeNulBytesIsNotBinary();
    void looksBinaryRule_data();
    void looksBinaryRule();

    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpAndVersion();
    void hindiMessages();
    void languageFromEnvironment();

    void everyCatalogCodeHasMessage();
    void messageArgumentsMatchWhatTheModelEmits();
    void messageFillsPlaceholdersOnce();
    void unknownCodeFallsBack();

    void renderDrawsThroughTheApplication_data();
    void renderDrawsThroughTheApplication();
    void renderKeepsUsageErrorsAndExitCode();
    void renderWithoutTheApplicationSaysSo();
    void cliLinksNeitherGuiNorWidgets();

private:
    QTemporaryDir m_temp;
    QString writeTemp(const QString &name, const QByteArray &bytes);
};

void TestCli::initTestCase()
{
    QVERIFY(m_temp.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(STAGECRAFT_CLI_PATH)),
             "stagecraft-cli is not built (STAGECRAFT_CLI_PATH)");
}

QString TestCli::writeTemp(const QString &name, const QByteArray &bytes)
{
    const QString path = m_temp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

// --- print ------------------------------------------------------------------------------------

void TestCli::printIsByteExact_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("lf") << QByteArray("FROM alpine\nRUN echo hi\n");
    QTest::newRow("crlf") << QByteArray("FROM alpine\r\nRUN echo \\\r\n  hi\r\n");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                       "FROM alpine\nCMD [\"sh\"]\n");
    QTest::newRow("nul bytes") << QByteArray("FROM alpine\nRUN echo a\0b\n# \0\0\n", 30);
    QTest::newRow("no trailing newline") << QByteArray("FROM alpine\nRUN true");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid utf-8") << QByteArray("FROM alpine\nLABEL x=\xff\xfe\xc3\n");
    QTest::newRow("heredoc") << QByteArray("FROM alpine\nRUN <<EOF\n  echo hi\nEOF\n");
    QTest::newRow("devanagari") << QByteArray("FROM alpine\nLABEL नाम=\"मान\"\n");
    QTest::newRow("unterminated") << QByteArray("FROM alpine\nRUN <<EOF\nbody\n");
}

void TestCli::printIsByteExact()
{
    QFETCH(QByteArray, input);
    const QString path = writeTemp(QStringLiteral("print.Dockerfile"), input);
    QVERIFY(!path.isEmpty());
    const CliRun run = runCli({QStringLiteral("print"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, input);
    QVERIFY(run.err.isEmpty());
}

void TestCli::printReadsStdin()
{
    const QByteArray input("FROM alpine\r\nRUN echo \0 done\r\n", 31);
    const CliRun run = runCli({QStringLiteral("print"), QStringLiteral("-")}, input);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, input);
}

// --- parse ------------------------------------------------------------------------------------

void TestCli::parseJsonHasShapeAndPositions()
{
    const QString path = dataPath(QStringLiteral("parse.Dockerfile"));
    const CliRun run = runCli({QStringLiteral("parse"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(root.value(QStringLiteral("escape")).toString(), QStringLiteral("\\"));

    const QJsonArray directives = root.value(QStringLiteral("directives")).toArray();
    QCOMPARE(directives.size(), 1);
    QCOMPARE(directives.at(0).toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("escape")},
                          {QStringLiteral("value"), QStringLiteral("\\")},
                          {QStringLiteral("line"), 1}}));

    const QJsonArray instructions = root.value(QStringLiteral("instructions")).toArray();
    QCOMPARE(instructions.size(), 4);

    const QJsonObject from = instructions.at(0).toObject();
    QCOMPARE(from.value(QStringLiteral("keyword")).toString(), QStringLiteral("FROM"));
    QCOMPARE(from.value(QStringLiteral("kind")).toString(), QStringLiteral("from"));
    QCOMPARE(from.value(QStringLiteral("json")).toBool(true), false);
    QCOMPARE(from.value(QStringLiteral("flags")).toArray(),
             (QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("platform")},
                             {QStringLiteral("value"), QStringLiteral("linux/amd64")},
                             {QStringLiteral("text"), QStringLiteral("--platform=linux/amd64")}}}));
    QCOMPARE(
        from.value(QStringLiteral("arguments")).toArray(),
        (QJsonArray{QStringLiteral("golang:1.22"), QStringLiteral("AS"), QStringLiteral("build")}));
    QCOMPARE(from.value(QStringLiteral("range")).toObject(),
             (QJsonObject{{QStringLiteral("start"), position(2, 1)},
                          {QStringLiteral("end"), position(2, 49)}}));

    const QJsonObject run2 = instructions.at(1).toObject();
    QCOMPARE(run2.value(QStringLiteral("kind")).toString(), QStringLiteral("run"));
    QCOMPARE(run2.value(QStringLiteral("flags"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("mount"));
    QCOMPARE(run2.value(QStringLiteral("range")).toObject(),
             (QJsonObject{{QStringLiteral("start"), position(3, 1)},
                          {QStringLiteral("end"), position(4, 31)}}));

    const QJsonObject copy = instructions.at(2).toObject();
    const QJsonArray heredocs = copy.value(QStringLiteral("heredocs")).toArray();
    QCOMPARE(heredocs.size(), 1);
    const QJsonObject heredoc = heredocs.at(0).toObject();
    QCOMPARE(heredoc.value(QStringLiteral("name")).toString(), QStringLiteral("EOF"));
    QCOMPARE(heredoc.value(QStringLiteral("expand")).toBool(), true);
    QCOMPARE(heredoc.value(QStringLiteral("chomp")).toBool(), false);
    QCOMPARE(heredoc.value(QStringLiteral("startLine")).toInt(), 6);
    QCOMPARE(heredoc.value(QStringLiteral("endLine")).toInt(), 7);
    QCOMPARE(copy.value(QStringLiteral("range")).toObject().value(QStringLiteral("end")).toObject(),
             position(7, 4));

    const QJsonObject onbuild = instructions.at(3).toObject();
    QCOMPARE(onbuild.value(QStringLiteral("kind")).toString(), QStringLiteral("onbuild"));
    const QJsonObject sub = onbuild.value(QStringLiteral("sub")).toObject();
    QCOMPARE(sub.value(QStringLiteral("keyword")).toString(), QStringLiteral("RUN"));
    QCOMPARE(sub.value(QStringLiteral("arguments")).toArray(),
             (QJsonArray{QStringLiteral("echo hi")}));
    QCOMPARE(
        sub.value(QStringLiteral("range")).toObject().value(QStringLiteral("start")).toObject(),
        position(8, 9));

    QVERIFY(root.value(QStringLiteral("diagnostics")).isArray());
}

void TestCli::parseBuildkitMatchesCorpus()
{
    REQUIRE_SHARED_DIR(shared);
    const QDir cases(shared + QStringLiteral("/corpus/buildkit/cases"));
    const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        QFile expected(cases.filePath(name + QStringLiteral("/result")));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(name));
        const CliRun run
            = runCli({QStringLiteral("parse"), cases.filePath(name + QStringLiteral("/Dockerfile")),
                      QStringLiteral("--format"), QStringLiteral("buildkit")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        QVERIFY2(run.out == expected.readAll(), qPrintable(name));
    }
}

void TestCli::parseBuildkitRejectsNegativeCases()
{
    REQUIRE_SHARED_DIR(shared);
    const QDir cases(shared + QStringLiteral("/corpus/buildkit/negative"));
    const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        const CliRun run = runCli({QStringLiteral("parse"), QStringLiteral("--format=buildkit"),
                                   cases.filePath(name + QStringLiteral("/Dockerfile"))});
        QVERIFY2(run.exitCode == 1, qPrintable(name));
        QVERIFY2(run.out.isEmpty(), qPrintable(name));
        QVERIFY2(!run.err.isEmpty(), qPrintable(name));
    }
}

// --- graph ------------------------------------------------------------------------------------

void TestCli::graphJsonHasExactShape()
{
    const CliRun run
        = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run.out).object();
    const QStringList keys = root.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("stages"), QStringLiteral("edges"),
                            QStringLiteral("target"), QStringLiteral("needed")}));

    auto stage = [](int index, const QJsonValue &name, const QString &base,
                    const QJsonValue &baseStage, const QJsonValue &platform, int line) {
        return QJsonObject{
            {QStringLiteral("index"), index},       {QStringLiteral("name"), name},
            {QStringLiteral("base"), base},         {QStringLiteral("baseStage"), baseStage},
            {QStringLiteral("platform"), platform}, {QStringLiteral("line"), line}};
    };
    const QJsonValue null(QJsonValue::Null);
    QCOMPARE(root.value(QStringLiteral("stages")).toArray(),
             (QJsonArray{
                 stage(0, QStringLiteral("build"), QStringLiteral("golang:1.22"), null,
                       QStringLiteral("$BUILDPLATFORM"), 2),
                 stage(1, QStringLiteral("test"), QStringLiteral("build"), 0, null, 5),
                 stage(2, QStringLiteral("runtime"), QStringLiteral("alpine:3.19"), null, null, 8),
             }));

    auto edge = [](const QString &kind, const QJsonValue &from, int to, int line) {
        return QJsonObject{{QStringLiteral("kind"), kind},
                           {QStringLiteral("from"), from},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("line"), line}};
    };
    QCOMPARE(root.value(QStringLiteral("edges")).toArray(),
             (QJsonArray{
                 edge(QStringLiteral("from"), 0, 1, 5),
                 edge(QStringLiteral("mount"), 0, 1, 6),
                 edge(QStringLiteral("copy"), 0, 2, 9),
                 edge(QStringLiteral("copy"), QStringLiteral("image:busybox:1.36"), 2, 10),
             }));
    QCOMPARE(root.value(QStringLiteral("target")).toInt(-1), 2);
    QCOMPARE(root.value(QStringLiteral("needed")).toArray(), (QJsonArray{0, 2}));
}

void TestCli::graphTargetByNameAndIndex_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<int>>("needed");
    QTest::newRow("name") << QStringLiteral("test") << 1 << QList<int>{0, 1};
    QTest::newRow("name, other case") << QStringLiteral("RUNTIME") << 2 << QList<int>{0, 2};
    QTest::newRow("index") << QStringLiteral("0") << 0 << QList<int>{0};
}

void TestCli::graphTargetByNameAndIndex()
{
    QFETCH(QString, target);
    QFETCH(int, index);
    QFETCH(QList<int>, needed);
    const CliRun run
        = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile")),
                  QStringLiteral("--target"), target});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("target")).toInt(-1), index);
    QJsonArray expected;
    for (int i : needed)
        expected.append(i);
    QCOMPARE(root.value(QStringLiteral("needed")).toArray(), expected);
}

void TestCli::graphUnknownTargetIsUsageError()
{
    const CliRun run
        = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile")),
                  QStringLiteral("--target=nosuchstage")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("nosuchstage"));
}

void TestCli::graphBuildArgChangesBase()
{
    const CliRun run
        = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile")),
                  QStringLiteral("--build-arg"), QStringLiteral("BASE=debian:12")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray stages = parseJson(run.out).object().value(QStringLiteral("stages")).toArray();
    QCOMPARE(stages.size(), 3);
    QCOMPARE(stages.at(2).toObject().value(QStringLiteral("base")).toString(),
             QStringLiteral("debian:12"));
}

void TestCli::graphDotHasNodesAndEdges()
{
    const CliRun run
        = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile")),
                  QStringLiteral("--format"), QStringLiteral("dot")});
    QCOMPARE(run.exitCode, 0);
    const QString dot = QString::fromUtf8(run.out);
    QVERIFY(dot.startsWith(QStringLiteral("digraph")));
    QVERIFY(dot.trimmed().endsWith(u'}'));
    QVERIFY(
        dot.contains(QStringLiteral("s0 [shape=box, style=rounded, label=\"build\\ngolang:1.22")));
    QVERIFY(dot.contains(
        QStringLiteral("s2 [shape=box, style=rounded, label=\"runtime\\nalpine:3.19\"];")));
    // The test stage is not needed for the default target (runtime): dimmed.
    QVERIFY(dot.contains(
        QStringLiteral("s1 [shape=box, style=rounded, label=\"test\\nbuild\", color=gray")));
    QVERIFY(dot.contains(QStringLiteral("[shape=ellipse, label=\"busybox:1.36\"]")));
    QVERIFY(dot.contains(
        QStringLiteral("s0 -> s2 [style=solid, label=\"/out/app → /usr/local/bin/app\"]")));
    QVERIFY(dot.contains(QStringLiteral("s0 -> s1 [style=dashed")));
    QVERIFY(dot.contains(QStringLiteral("s0 -> s1 [style=bold")));
    QVERIFY(QRegularExpression(
                QStringLiteral(
                    "img\\d+ -> s2 \\[style=solid, label=\"/bin/busybox → /bin/busybox\"\\]"))
                .match(dot)
                .hasMatch());
}

void TestCli::graphDotEscapesLabels()
{
    const QByteArray input(
        "FROM alpine AS a\nFROM scratch\nCOPY --from=a \"q\\\"x\" back\\slash /dst\n");
    const QString path = writeTemp(QStringLiteral("dot.Dockerfile"), input);
    const CliRun run = runCli({QStringLiteral("graph"), path, QStringLiteral("--format=dot")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(
            "s0 -> s1 [style=solid, label=\"\\\"q\\\\\\\"x\\\" back\\\\slash \xe2\x86\x92 /dst\"]"),
        run.out.constData());
    QVERIFY(run.out.contains("s1 [shape=box, style=rounded, label=\"#1\\nscratch\"];"));
}

void TestCli::graphMermaidHasNodesAndEdges()
{
    const QByteArray input("FROM alpine:3 AS \"quoted\"\nFROM scratch AS out\n"
                           "COPY --from=0 \"/a<b>#c\" /x\n");
    const QString path = writeTemp(QStringLiteral("mermaid.Dockerfile"), input);
    CliRun run = runCli({QStringLiteral("graph"), path, QStringLiteral("--format=mermaid")});
    QCOMPARE(run.exitCode, 0);
    QString mermaid = QString::fromUtf8(run.out);
    QVERIFY(mermaid.startsWith(QStringLiteral("flowchart LR\n")));
    // Quotes, '<', '>' and '#' inside labels become Mermaid entity codes.
    QVERIFY(mermaid.contains(QStringLiteral("s0[\"#quot;quoted#quot;<br/>alpine:3\"]")));
    QVERIFY(mermaid.contains(QStringLiteral("s0 -->|\"#quot;/a#lt;b#gt;#35;c#quot; → /x\"| s1")));

    run = runCli({QStringLiteral("graph"), dataPath(QStringLiteral("graph.Dockerfile")),
                  QStringLiteral("--format"), QStringLiteral("mermaid")});
    QCOMPARE(run.exitCode, 0);
    mermaid = QString::fromUtf8(run.out);
    QVERIFY(mermaid.contains(QStringLiteral("s2[\"runtime<br/>alpine:3.19\"]")));
    QVERIFY(mermaid.contains(QStringLiteral("s0 -.->|\"mount → /cache\"| s1")));
    QVERIFY(mermaid.contains(QStringLiteral("s0 ==>|\"FROM\"| s1")));
    QVERIFY(mermaid.contains(QStringLiteral("s0 -->|\"/out/app → /usr/local/bin/app\"| s2")));
    QVERIFY(mermaid.contains(QStringLiteral("class s1 dimmed")));
}

// --- lint -------------------------------------------------------------------------------------

void TestCli::lintTextIsGccStyle()
{
    const QString path = dataPath(QStringLiteral("lint-errors.Dockerfile"));
    const CliRun run = runCli({QStringLiteral("lint"), path});
    QCOMPARE(run.exitCode, 1);
    QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    const QByteArray summary = lines.takeLast();
    QVERIFY2(summary.contains("error"), summary.constData());
    const QRegularExpression pattern(
        QRegularExpression::escape(path)
        + QStringLiteral(":\\d+:\\d+: (error|warning|note): .+ \\[[A-Za-z0-9]+\\]$"));
    bool sawEnvError = false;
    for (const QByteArray &line : lines) {
        QVERIFY2(pattern.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        if (line.startsWith((path + QStringLiteral(":2:")).toUtf8()) && line.contains(": error: ")
            && line.endsWith("[SyntaxEnvNoValue]"))
            sawEnvError = true;
    }
    QVERIFY2(sawEnvError, run.out.constData());

    const CliRun warnings
        = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-warnings.Dockerfile"))});
    QCOMPARE(warnings.exitCode, 0);
    QVERIFY(warnings.out.contains(": warning: "));
}

void TestCli::lintCleanFileExitsZero()
{
    const CliRun run
        = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-clean.Dockerfile"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("No problems found.\n"));
    const CliRun json
        = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-clean.Dockerfile")),
                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(parseJson(json.out).array(), QJsonArray());
}

void TestCli::lintJsonHasFields()
{
    const CliRun run
        = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-errors.Dockerfile")),
                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray array = parseJson(run.out).array();
    QVERIFY(!array.isEmpty());
    bool sawError = false;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        QVERIFY(!object.value(QStringLiteral("code")).toString().isEmpty());
        const QString severity = object.value(QStringLiteral("severity")).toString();
        QVERIFY2(severity == QStringLiteral("error") || severity == QStringLiteral("warning")
                     || severity == QStringLiteral("info"),
                 qPrintable(severity));
        sawError = sawError || severity == QStringLiteral("error");
        QVERIFY(!object.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject range = object.value(QStringLiteral("range")).toObject();
        QVERIFY(
            range.value(QStringLiteral("start")).toObject().value(QStringLiteral("line")).toInt()
            >= 1);
        QVERIFY(
            range.value(QStringLiteral("end")).toObject().value(QStringLiteral("column")).toInt()
            >= 1);
        QVERIFY(object.value(QStringLiteral("args")).isArray());
        const QJsonValue fix = object.value(QStringLiteral("fix"));
        QVERIFY(fix.isNull() || fix.toObject().value(QStringLiteral("edits")).isArray());
    }
    QVERIFY(sawError);
}

void TestCli::lintSarifHasRequiredFields()
{
    const QString path = dataPath(QStringLiteral("lint-warnings.Dockerfile"));
    const QString relative = QDir::current().relativeFilePath(path);
    const CliRun run = runCli(
        {QStringLiteral("lint"), relative, QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = parseJson(run.out).object();
    QVERIFY(root.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif")));
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray runs = root.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject sarifRun = runs.at(0).toObject();
    QCOMPARE(sarifRun.value(QStringLiteral("columnKind")).toString(),
             QStringLiteral("unicodeCodePoints"));
    const QJsonObject driver = sarifRun.value(QStringLiteral("tool"))
                                   .toObject()
                                   .value(QStringLiteral("driver"))
                                   .toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("stagecraft"));
    QVERIFY(!driver.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY(driver.value(QStringLiteral("informationUri"))
                .toString()
                .startsWith(QStringLiteral("https://")));
    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), static_cast<qsizetype>(model::diagnosticCatalog().size()));
    QStringList ruleIds;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        ruleIds.append(rule.value(QStringLiteral("id")).toString());
        QVERIFY(!ruleIds.last().isEmpty());
        QVERIFY(!rule.value(QStringLiteral("shortDescription"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QString level = rule.value(QStringLiteral("defaultConfiguration"))
                                  .toObject()
                                  .value(QStringLiteral("level"))
                                  .toString();
        QVERIFY2(level == QStringLiteral("error") || level == QStringLiteral("warning")
                     || level == QStringLiteral("note"),
                 qPrintable(level));
    }
    const QJsonArray results = sarifRun.value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    bool sawFix = false;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        QVERIFY(ruleIds.contains(result.value(QStringLiteral("ruleId")).toString()));
        QVERIFY(!result.value(QStringLiteral("level")).toString().isEmpty());
        QVERIFY(!result.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QJsonObject location = result.value(QStringLiteral("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        QCOMPARE(location.value(QStringLiteral("artifactLocation"))
                     .toObject()
                     .value(QStringLiteral("uri"))
                     .toString(),
                 relative);
        const QJsonObject region = location.value(QStringLiteral("region")).toObject();
        for (const char *key : {"startLine", "startColumn", "endLine", "endColumn"})
            QVERIFY2(region.value(QLatin1StringView(key)).toInt() >= 1, key);
        const QJsonArray fixes = result.value(QStringLiteral("fixes")).toArray();
        for (const QJsonValue &fixValue : fixes) {
            const QJsonObject fix = fixValue.toObject();
            QVERIFY(!fix.value(QStringLiteral("description"))
                         .toObject()
                         .value(QStringLiteral("text"))
                         .toString()
                         .isEmpty());
            const QJsonObject change
                = fix.value(QStringLiteral("artifactChanges")).toArray().at(0).toObject();
            QVERIFY(change.value(QStringLiteral("artifactLocation"))
                        .toObject()
                        .contains(QStringLiteral("uri")));
            const QJsonObject replacement
                = change.value(QStringLiteral("replacements")).toArray().at(0).toObject();
            QVERIFY(replacement.value(QStringLiteral("deletedRegion"))
                        .toObject()
                        .contains(QStringLiteral("startLine")));
            QVERIFY(replacement.contains(QStringLiteral("insertedContent")));
            sawFix = true;
        }
    }
    if (!sawFix)
        qWarning("no fix-it in the SARIF output of lint-warnings.Dockerfile");

    // Errors make the exit code 1 in every format.
    const CliRun errors
        = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-errors.Dockerfile")),
                  QStringLiteral("--format=sarif")});
    QCOMPARE(errors.exitCode, 1);
    QVERIFY(parseJson(errors.out).isObject());
}

// --- input errors -----------------------------------------------------------------------------

void TestCli::inputErrorsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    for (const char *command : {"parse", "graph", "lint", "print"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("missing %s", command)
            << QStringLiteral("missing") << c << QStringLiteral("File not found");
        QTest::addRow("directory %s", command)
            << QStringLiteral("directory") << c << QStringLiteral("directory");
    }
    QTest::newRow("binary elf") << QStringLiteral("elf") << QStringLiteral("lint")
                                << QStringLiteral("binary");
    QTest::newRow("binary png") << QStringLiteral("png") << QStringLiteral("print")
                                << QStringLiteral("binary");
    QTest::newRow("binary controls")
        << QStringLiteral("controls") << QStringLiteral("parse") << QStringLiteral("binary");
    QTest::newRow("too large") << QStringLiteral("large") << QStringLiteral("lint")
                               << QStringLiteral("64 MB");
}

void TestCli::inputErrorsGiveOneLineAndExitTwo()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QString path;
    if (kind == QStringLiteral("missing")) {
        path = m_temp.filePath(QStringLiteral("does-not-exist/Dockerfile"));
    } else if (kind == QStringLiteral("directory")) {
        path = m_temp.path();
    } else if (kind == QStringLiteral("elf")) {
        path = writeTemp(QStringLiteral("elf"),
                         QByteArray("\x7f"
                                    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                    16)
                             + QByteArray(200, 'A'));
    } else if (kind == QStringLiteral("png")) {
        path = writeTemp(QStringLiteral("png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    } else if (kind == QStringLiteral("controls")) {
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += (i % 2 == 0) ? char(1) : 'x';
        path = writeTemp(QStringLiteral("controls"), bytes);
    } else if (kind == QStringLiteral("large")) {
        path = m_temp.filePath(QStringLiteral("large.Dockerfile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize(qint64(65) * 1024 * 1024)); // sparse: no disk blocks written
    }
    QVERIFY(!path.isEmpty());
    const CliRun run = runCli({command, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
}

void TestCli::unreadableFileExitsTwo()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("running as root: chmod 000 does not stop root from reading");
#endif
    const QString path = writeTemp(QStringLiteral("unreadable.Dockerfile"), "FROM alpine\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    const CliRun run = runCli({QStringLiteral("lint"), path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("Cannot read"), run.err.constData());
}

void TestCli::fileWithSomeNulBytesIsNotBinary()
{
    const QByteArray input("FROM alpine\nRUN echo \0\0\0\n", 25);
    const QString path = writeTemp(QStringLiteral("nul.Dockerfile"), input);
    const CliRun run = runCli({QStringLiteral("print"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, input);
}

void TestCli::looksBinaryRule_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("binary");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("dockerfile") << QByteArray("FROM alpine\r\n\tRUN x\f\v\n") << false;
    QTest::newRow("few nul") << QByteArray("FROM a\0b\0c\n", 11) << false;
    QTest::newRow("elf") << QByteArray("\x7f"
                                       "ELF")
                         << true;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00") << true;
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << true;
    QTest::newRow("bzh text") << QByteArray("BZh is not bzip2\n") << false;
    QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") << true;
    QTest::newRow("mz text") << QByteArray("MZ is a word\n") << false;
    QTest::newRow("tar") << QByteArray(257, 'a') + QByteArray("ustar\0", 6) << true;
    QTest::newRow("31% controls") << QByteArray(31, '\x01') + QByteArray(69, 'a') << true;
    QTest::newRow("30% controls") << QByteArray(30, '\x01') + QByteArray(70, 'a') << false;
    // Only the first 8 KiB count.
    QTest::newRow("controls after 8 KiB")
        << QByteArray(8192, 'a') + QByteArray(20000, '\0') << false;
}

void TestCli::looksBinaryRule()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, binary);
    QCOMPARE(common::FileLoader::looksBinary(head), binary);
}

// --- command line -----------------------------------------------------------------------------

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = dataPath(QStringLiteral("lint-clean.Dockerfile"));
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), file};
    QTest::newRow("missing file") << QStringList{QStringLiteral("lint")};
    QTest::newRow("two files") << QStringList{QStringLiteral("lint"), file, file};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("lint"), file, QStringLiteral("--frob")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("lint"), file,
                                               QStringLiteral("--format=dot")};
    QTest::newRow("format without value")
        << QStringList{QStringLiteral("lint"), file, QStringLiteral("--format")};
    QTest::newRow("target on print")
        << QStringList{QStringLiteral("print"), file, QStringLiteral("--target=x")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                                 QStringLiteral("lint"), file};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCli::helpAndVersion()
{
    CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"Usage:", "parse", "graph", "lint", "print", "--format", "--target",
                             "--build-arg", "--lang"})
        QVERIFY2(run.out.contains(word), word);

    run = runCli({QStringLiteral("lint"), QStringLiteral("-h")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage:"));

    run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
#ifdef STAGECRAFT_VERSION
    QCOMPARE(run.out, QByteArray("stagecraft-cli " STAGECRAFT_VERSION "\n"));
#else
    QVERIFY(run.out.startsWith("stagecraft-cli "));
#endif
}

void TestCli::hindiMessages()
{
    const QString missing = m_temp.filePath(QStringLiteral("nope.Dockerfile"));
    CliRun run
        = runCli({QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("lint"), missing});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    const QString err = QString::fromUtf8(run.err).normalized(QString::NormalizationForm_C);
    QVERIFY2(err.contains(nfc("फ़ाइल नहीं मिली")), qPrintable(err));

    run = runCli({QStringLiteral("lint"), dataPath(QStringLiteral("lint-errors.Dockerfile")),
                  QStringLiteral("--lang=hi")});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out).normalized(QString::NormalizationForm_C);
    QVERIFY2(text.contains(nfc(": त्रुटि: ")), qPrintable(text));
    QVERIFY2(text.contains(nfc("त्रुटि")), qPrintable(text));

    run = runCli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("hi")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(nfc("उपयोग")));

    run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("lint"), missing});
    QVERIFY(run.err.contains("File not found"));
}

void TestCli::languageFromEnvironment()
{
    const QString missing = m_temp.filePath(QStringLiteral("nope.Dockerfile"));
    const CliRun run = runCli({QStringLiteral("print"), missing}, {},
                              {{QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8")}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err)
                 .normalized(QString::NormalizationForm_C)
                 .contains(nfc("फ़ाइल नहीं मिली")),
             run.err.constData());
    // LC_MESSAGES alone (LANG stays C.UTF-8) picks the messages' language too.
    const CliRun messages
        = runCli({QStringLiteral("print"), missing}, {},
                 {{QStringLiteral("LC_MESSAGES"), QStringLiteral("hi_IN.UTF-8")}});
    QVERIFY2(QString::fromUtf8(messages.err)
                 .normalized(QString::NormalizationForm_C)
                 .contains(nfc("फ़ाइल नहीं मिली")),
             messages.err.constData());
    // The help follows LANG as well.
    const CliRun help = runCli({QStringLiteral("--help")}, {},
                               {{QStringLiteral("LANG"), QStringLiteral("hi_IN.UTF-8")}});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(nfc("उपयोग")), help.out.constData());
    // --lang wins over the environment.
    const CliRun english = runCli({QStringLiteral("print"), missing, QStringLiteral("--lang=en")},
                                  {}, {{QStringLiteral("LC_ALL"), QStringLiteral("hi_IN.UTF-8")}});
    QVERIFY(english.err.contains("File not found"));
}

// --- diagnostic messages ----------------------------------------------------------------------

void TestCli::everyCatalogCodeHasMessage()
{
    const auto &catalog = model::diagnosticCatalog();
    QVERIFY(!catalog.empty());
    for (const model::DiagnosticInfo &info : catalog) {
        const QString code = QString::fromUtf8(info.code.data(), qsizetype(info.code.size()));
        QVERIFY2(common::DiagnosticMessages::hasMessage(info.code), qPrintable(code));
        for (int count : common::DiagnosticMessages::argumentCounts(info.code)) {
            // Each template uses exactly %1..%count.
            const QString source = common::DiagnosticMessages::sourceTemplate(info.code, count);
            QSet<int> used;
            const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                used.insert(it.next().captured(1).toInt());
            QSet<int> expected;
            for (int i = 1; i <= count; ++i)
                expected.insert(i);
            QVERIFY2(used == expected, qPrintable(code + QStringLiteral(": ") + source));
        }
    }
}

void TestCli::messageArgumentsMatchWhatTheModelEmits()
{
    // Samples meant to trigger each code, plus every corpus file: every diagnostic the model
    // emits must have a template for exactly its number of arguments.
    const QList<QByteArray> samples = {
        "FROM alpine AS Build\n",
        "FROM alpine as build\n",
        "FROM alpine AS a\nFROM alpine AS a\n",
        "FROM alpine AS scratch\n",
        "FROM ${NOPE}\n",
        "ARG TAG\nFROM alpine:${TAG}\n",
        "ARG BASE=\nFROM ${BASE}\n",
        "FROM alpine\nCMD a\nCMD b\n",
        "FROM alpine\nCMD echo hi\n",
        "FROM alpine\nRUN echo \\\n\n  hi\n",
        "FROM alpine\nrun echo\nRUN echo\nRUN echo\n",
        "FROM alpine\nMAINTAINER me\n",
        "FROM alpine\nENV A b\n",
        "FROM alpine\nWORKDIR app\n",
        "FROM alpine\nEXPOSE 80/TCP\n",
        "FROM alpine\nEXPOSE 127.0.0.1:80:80\n",
        "FROM --platform=$BUILDPLATFORM alpine\n",
        "FROM --platform=$TARGETPLATFORM alpine\n",
        "FROM --platform=linux/amd64 alpine\n",
        "FROM alpine\nARG PASSWORD=x\nENV API_TOKEN=y\n",
        "FROM alpine\nRUN echo $NOPE\nENV FOO=$BAR\n",
        "FROM alpine\nCOPY --from=nosuch /a /b\n",
        "FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\n",
        "FROM alpine AS a\nCOPY --from=a /x /y\n",
        "FROM b AS a\nFROM a AS b\n",
        "FROM alpine AS unused\nFROM alpine AS final\n",
        "FROM alpine\nCOPY --from=5 /x /y\n",
        "",
        "# only a comment\n",
        "FROM alpine\nENV PATH\n",
        "FROM alpine\nENV a=b c\n",
        "FROM alpine\nCMD [\"a\", [\"b\"]]\n",
        "FROM alpine\nRUN <<EOF\nno end\n",
        "# escape=x\nFROM alpine\n",
        "# escape=`\n# escape=`\nFROM alpine\n",
        QByteArray("FROM alpine\nRUN ") + QByteArray(70000, 'a') + "\n",
        "FROM alpine\nFOOBAR baz\n",
        "FROM alpine\nRUNN echo\n",
        "FROM alpine\nLABEL x=\xff\xfe\n",
        "ARG ONLY=1\n",
        "FROM alpine extra words\n",
        "FROM alpine AS 1-bad\n",
        "FROM alpine AS a\nCOPY --from=b /x /y\nFROM alpine AS b\nCOPY --from=a /x /y\n",
        "FROM alpine\nENV FOO=1\nRUN echo $FOOO\n",
        "FROM scratch\nRUN echo $HOME $NOPE\n",
    };
    std::set<std::string> emitted;
    std::vector<QByteArray> inputs(samples.begin(), samples.end());
    const QString shared = sharedDir();
    if (!shared.isEmpty()) {
        for (const QString &sub :
             {QStringLiteral("/corpus/real"), QStringLiteral("/corpus/buildkit")}) {
            QDirIterator it(shared + sub, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    inputs.push_back(file.readAll());
            }
        }
    }
    for (const QByteArray &input : inputs) {
        const auto tree = model::SyntaxTree::parse(input.toStdString());
        const model::StageGraph graph = model::StageGraph::derive(*tree);
        for (const model::Diagnostic &diagnostic : model::lint(*tree, graph)) {
            emitted.insert(diagnostic.code);
            const QString code = QString::fromStdString(diagnostic.code);
            QVERIFY2(common::DiagnosticMessages::hasMessage(diagnostic.code), qPrintable(code));
            const std::vector<int> counts
                = common::DiagnosticMessages::argumentCounts(diagnostic.code);
            // Trailing empty arguments are optional ones the model left out.
            int argc = static_cast<int>(diagnostic.args.size());
            while (argc > 0 && diagnostic.args[static_cast<std::size_t>(argc) - 1].empty())
                --argc;
            QVERIFY2(std::find(counts.begin(), counts.end(), argc) != counts.end(),
                     qPrintable(QStringLiteral("%1 emitted with %2 args").arg(code).arg(argc)));
            QVERIFY(!common::DiagnosticMessages::message(diagnostic).isEmpty());
        }
    }
    QStringList notSeen;
    for (const model::DiagnosticInfo &info : model::diagnosticCatalog()) {
        if (emitted.count(std::string(info.code)) == 0)
            notSeen.append(QString::fromUtf8(info.code.data(), qsizetype(info.code.size())));
    }
    if (!notSeen.isEmpty())
        qInfo("codes no sample triggered: %s", qPrintable(notSeen.join(QStringLiteral(", "))));
}

void TestCli::messageFillsPlaceholdersOnce()
{
    // An argument containing "%2" must not be expanded again.
    const QString message = common::DiagnosticMessages::message("FromAsCasing", {"%2", "as"});
    QCOMPARE(message, QStringLiteral("'%2' and 'as' keywords' casing do not match."));
    // Missing arguments leave no raw placeholder behind.
    QVERIFY(!common::DiagnosticMessages::message("StageNameCasing", {}).contains(u'%'));
}

void TestCli::unknownCodeFallsBack()
{
    QCOMPARE(common::DiagnosticMessages::message("NoSuchCode", {"a", "b"}),
             QStringLiteral("NoSuchCode: a, b"));
    QCOMPARE(common::DiagnosticMessages::message("NoSuchCode", {}), QStringLiteral("NoSuchCode"));
    QVERIFY(!common::DiagnosticMessages::hasMessage("NoSuchCode"));
    QVERIFY(!common::DiagnosticMessages::fixTitle("NoSuchCode").isEmpty());
    QVERIFY(!common::DiagnosticMessages::fixTitle("StageNameCasing").isEmpty());
}

// --- render, and what the CLI links ---------------------------------------------------------

void TestCli::renderDrawsThroughTheApplication_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<svg");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
}

void TestCli::renderDrawsThroughTheApplication()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QVERIFY2(QFileInfo::exists(QStringLiteral(STAGECRAFT_APP_PATH)),
             "stagecraft is not built (STAGECRAFT_APP_PATH)");
    const QString output = m_temp.filePath(QStringLiteral("java-render.") + suffix);
    QFile::remove(output);
    const CliRun run = runCli({QStringLiteral("render"),
                               QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/canvas/java.Dockerfile"),
                               QStringLiteral("-o"), output, QStringLiteral("--target"),
                               QStringLiteral("runtime")});
    QCOMPARE(run.exitCode, 0);
    // Nothing from the command itself (Qt may note its platform, e.g. a missing XDG_RUNTIME_DIR).
    QVERIFY2(!run.err.contains("stagecraft-cli"), run.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 100);
    QVERIFY(suffix == QStringLiteral("svg") ? bytes.contains(magic) : bytes.startsWith(magic));
}

void TestCli::renderKeepsUsageErrorsAndExitCode()
{
    // The application's own messages and exit code come through, in the language asked for.
    const QString input = dataPath(QStringLiteral("lint-clean.Dockerfile"));
    CliRun run = runCli({QStringLiteral("render"), input, QStringLiteral("-o"),
                         m_temp.filePath(QStringLiteral("x.jpg"))});
    QCOMPARE(run.exitCode, 2);
    const auto commandLine = [](const CliRun &result) {
        for (const QByteArray &line : result.errLines()) {
            if (line.startsWith("stagecraft-cli render: "))
                return line;
        }
        return QByteArray();
    };
    QVERIFY2(commandLine(run).contains(".svg"), run.err.constData());
    run = runCli({QStringLiteral("render"), QStringLiteral("--lang"), QStringLiteral("hi"), input});
    QCOMPARE(run.exitCode, 2);
    static const QRegularExpression devanagari(QStringLiteral("[\\x{0900}-\\x{097F}]"));
    QVERIFY2(QString::fromUtf8(commandLine(run)).contains(devanagari), run.err.constData());
}

void TestCli::renderWithoutTheApplicationSaysSo()
{
    // A stagecraft-cli alone in a folder, with nothing on PATH: no application to draw with.
    QTemporaryDir alone;
    QVERIFY(alone.isValid());
    const QString copy = alone.filePath(QStringLiteral("stagecraft-cli"));
    QVERIFY(QFile::copy(QStringLiteral(STAGECRAFT_CLI_PATH), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFile::ExeOwner));
    // On Linux the front executes the full CLI next to it: that one comes along.
    const QString full = QFileInfo(QStringLiteral(STAGECRAFT_CLI_PATH))
                             .dir()
                             .filePath(QStringLiteral("stagecraft-cli-full"));
    if (QFileInfo::exists(full)) {
        const QString fullCopy = alone.filePath(QStringLiteral("stagecraft-cli-full"));
        QVERIFY(QFile::copy(full, fullCopy));
        QVERIFY(QFile::setPermissions(fullCopy, QFile::permissions(fullCopy) | QFile::ExeOwner));
    }
    const QString output = alone.filePath(QStringLiteral("out.svg"));
    const CliRun run
        = runProgram(copy,
                     {QStringLiteral("render"), dataPath(QStringLiteral("lint-clean.Dockerfile")),
                      QStringLiteral("-o"), output},
                     {}, {{QStringLiteral("PATH"), alone.filePath(QStringLiteral("empty"))}});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith("stagecraft-cli render: "), run.err.constData());
    QVERIFY2(run.err.contains("(stagecraft)") && run.err.contains("PATH"), run.err.constData());
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(alone.path()).toUtf8()),
             run.err.constData());
    QVERIFY(!QFile::exists(output));
}

void TestCli::cliLinksNeitherGuiNorWidgets()
{
#ifdef Q_OS_LINUX
    const QStringList forbidden{QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Gui"),
                                QStringLiteral("libQt6Charts"), QStringLiteral("libQt6Svg")};
    // The full CLI (on Linux `stagecraft-cli-full`; the front, `stagecraft-cli`, loads no Qt at
    // all: tests/app/tst_clifront). What the binary itself asks for (its ELF NEEDED entries)…
    const QString program = QFileInfo(QStringLiteral(STAGECRAFT_CLI_PATH))
                                .dir()
                                .filePath(QStringLiteral("stagecraft-cli-full"));
    QVERIFY2(QFileInfo::exists(program), qPrintable(program));
    const QStringList needed = elfNeeded(program);
    QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(u' ')));
    for (const QString &library : needed) {
        for (const QString &name : forbidden)
            QVERIFY2(!library.startsWith(name), qPrintable(library));
    }
    // …and what the loader brings in with it (ldd resolves the whole tree).
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {program});
    if (!ldd.waitForStarted(10000))
        QSKIP("ldd is not available; the NEEDED entries were checked");
    QVERIFY(ldd.waitForFinished(60000));
    const QByteArray loaded = ldd.readAllStandardOutput();
    QVERIFY2(loaded.contains("libQt6Core"), loaded.constData());
    for (const QString &name : forbidden)
        QVERIFY2(!loaded.contains(name.toLatin1()), loaded.constData());
#else
    QSKIP("reads ELF files: Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
