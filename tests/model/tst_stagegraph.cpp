// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/StageName.h"
#include "model/SyntaxTree.h"
#include "model/VariableExpansion.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QFile>

#include <QtTest>

#include <algorithm>
#include <string>

using namespace stagecraft::model;

namespace {

using stagecraft::tests::readFile;

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString at(const SyntaxTree &tree, Range r)
{
    return q(std::string_view(tree.text()).substr(r.begin, r.size()));
}

/// "index:name<-base[@baseStage]" per stage, joined by " | ".
QString stagesSummary(const StageGraph &g)
{
    QStringList parts;
    for (const Stage &s : g.stages()) {
        QString p = QString::number(s.index) + u':' + q(s.name) + QStringLiteral("<-")
            + q(s.baseExpanded);
        if (s.baseStage >= 0)
            p += u'@' + QString::number(s.baseStage);
        parts << p;
    }
    return parts.join(QStringLiteral(" | "));
}

/// "kind from->to [text at referenceRange]" per edge, joined by " | ".
QString edgesSummary(const SyntaxTree &tree, const StageGraph &g)
{
    QStringList parts;
    for (const Edge &e : g.edges()) {
        QString p = q(edgeKindName(e.kind)) + u' ' + QString::number(e.from) + QStringLiteral("->")
            + QString::number(e.to) + QStringLiteral(" [") + at(tree, e.referenceRange) + u']';
        if (e.from < 0)
            p += QStringLiteral(" image=") + q(e.image);
        parts << p;
    }
    return parts.join(QStringLiteral(" | "));
}

QString join(const std::vector<int> &v)
{
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return parts.join(u',');
}

QString join(const std::vector<std::string> &v)
{
    QStringList parts;
    for (const auto &s : v)
        parts << q(s);
    return parts.join(u',');
}

/// "code[text]" for each graph diagnostic with that code.
QStringList diagnosticTexts(const SyntaxTree &tree, const StageGraph &g, const QString &code)
{
    QStringList out;
    for (const Diagnostic &d : g.diagnostics())
        if (q(d.code) == code)
            out << at(tree, d.range);
    return out;
}

} // namespace

class TestStageGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageNameRuleIsTheModelsOne_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("reserved");
        QTest::newRow("lower") << QStringLiteral("build") << true << false;
        QTest::newRow("mixed case") << QStringLiteral("Build-2_x.y") << true << false;
        QTest::newRow("digit first") << QStringLiteral("9lives") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("blank inside") << QStringLiteral("a b") << false << false;
        QTest::newRow("not ASCII") << QStringLiteral("b\u00e4u") << false << false;
        QTest::newRow("scratch") << QStringLiteral("Scratch") << true << true;
        QTest::newRow("context") << QStringLiteral("context") << true << true;
    }

    void stageNameRuleIsTheModelsOne()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(bool, reserved);
        const std::string utf8 = name.toStdString();
        QCOMPARE(isValidStageName(utf8), valid);
        QCOMPARE(isReservedStageName(utf8), reserved);
        // The graph reports exactly the names the rule refuses.
        const auto tree = SyntaxTree::parse("FROM alpine AS " + utf8 + "\n");
        const StageGraph graph = StageGraph::derive(*tree);
        const bool reported
            = std::any_of(graph.diagnostics().begin(), graph.diagnostics().end(),
                          [](const Diagnostic &d) { return d.code == "InvalidStageName"; });
        if (!utf8.empty() && utf8.find(' ') == std::string::npos)
            QCOMPARE(reported, !valid);
    }

    void stageReferencedAtFindsNamesAndReferences()
    {
        const std::string text = "FROM alpine AS base\nFROM base AS build\n"
                                 "FROM scratch\nCOPY --from=build /a /a\n";
        const auto tree = SyntaxTree::parse(text);
        const StageGraph graph = StageGraph::derive(*tree);
        const auto at = [&](std::string_view needle, std::size_t plus = 0) {
            return graph.stageReferencedAt(static_cast<std::uint32_t>(text.find(needle) + plus));
        };
        QCOMPARE(at("base\n"), 0);     // a name
        QCOMPARE(at("base AS"), 0);    // a FROM base naming a stage
        QCOMPARE(at("build\n", 5), 1); // right after a name is still on it
        QCOMPARE(at("build /a"), 1);   // a --from
        QCOMPARE(at("alpine"), -1);    // an image
        QCOMPARE(at("COPY"), -1);
    }

    void derivesStagesEdgesAndImages_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("stages");
        QTest::addColumn<QString>("edges");
        QTest::addColumn<QString>("images");
        QTest::addColumn<QString>("needed");

        QTest::newRow("single stage") << QByteArray("FROM python:3.11\nWORKDIR /app\nCOPY . .\n")
                                      << QStringLiteral("0:<-python:3.11") << QString()
                                      << QStringLiteral("python:3.11") << QStringLiteral("0");
        QTest::newRow("index reference")
            << QByteArray(
                   "FROM golang:1.22\nRUN go build -o /app\nFROM alpine\nCOPY --from=0 /app /app\n")
            << QStringLiteral("0:<-golang:1.22 | 1:<-alpine") << QStringLiteral("copy 0->1 [0]")
            << QStringLiteral("golang:1.22,alpine") << QStringLiteral("0,1");
        QTest::newRow("three stages, index and name")
            << QByteArray("FROM node:20 AS deps\nFROM node:20 AS build\nCOPY --from=0 /n /n\n"
                          "FROM nginx:1.25\nCOPY --from=build /dist /usr/share/nginx/html\n")
            << QStringLiteral("0:deps<-node:20 | 1:build<-node:20 | 2:<-nginx:1.25")
            << QStringLiteral("copy 0->1 [0] | copy 1->2 [build]")
            << QStringLiteral("node:20,nginx:1.25") << QStringLiteral("0,1,2");
        QTest::newRow("run mount from")
            << QByteArray("FROM alpine AS tools\nFROM debian\n"
                          "RUN --mount=type=bind,from=tools,source=/bin,target=/tools ls /tools\n")
            << QStringLiteral("0:tools<-alpine | 1:<-debian")
            << QStringLiteral("mount 0->1 [tools]") << QStringLiteral("alpine,debian")
            << QStringLiteral("0,1");
        QTest::newRow("mount from quoted csv field")
            << QByteArray("FROM alpine AS tools\nFROM debian\n"
                          "RUN --mount=type=cache,\"from=tools\",target=/c true\n")
            << QStringLiteral("0:tools<-alpine | 1:<-debian")
            << QStringLiteral("mount 0->1 [tools]") << QStringLiteral("alpine,debian")
            << QStringLiteral("0,1");
        QTest::newRow("from earlier stage") << QByteArray(
            "FROM ubuntu:22.04 AS base\nRUN apt-get update\nFROM base AS test\nRUN make test\n")
                                            << QStringLiteral(
                                                   "0:base<-ubuntu:22.04 | 1:test<-base@0")
                                            << QStringLiteral("from 0->1 [base]")
                                            << QStringLiteral("ubuntu:22.04")
                                            << QStringLiteral("0,1");
        QTest::newRow("case-insensitive names")
            << QByteArray("FROM alpine AS Builder\nFROM alpine\nCOPY --from=BUILDER /a /a\n")
            << QStringLiteral("0:Builder<-alpine | 1:<-alpine")
            << QStringLiteral("copy 0->1 [BUILDER]") << QStringLiteral("alpine")
            << QStringLiteral("0,1");
        QTest::newRow("copy from image")
            << QByteArray("FROM alpine\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n")
            << QStringLiteral("0:<-alpine")
            << QStringLiteral("copy -1->0 [nginx:1.25] image=nginx:1.25")
            << QStringLiteral("alpine,nginx:1.25") << QStringLiteral("0");
        QTest::newRow("quoted from value")
            << QByteArray("FROM alpine AS a\nFROM alpine\nCOPY --from=\"a\" /x /x\n")
            << QStringLiteral("0:a<-alpine | 1:<-alpine") << QStringLiteral("copy 0->1 [a]")
            << QStringLiteral("alpine") << QStringLiteral("0,1");
        QTest::newRow("scratch is no image")
            << QByteArray("FROM golang AS b\nFROM scratch\nCOPY --from=b /app /app\n")
            << QStringLiteral("0:b<-golang | 1:<-scratch") << QStringLiteral("copy 0->1 [b]")
            << QStringLiteral("golang") << QStringLiteral("0,1");
        QTest::newRow("meta args expand FROM")
            << QByteArray(
                   "ARG REG=docker.io ARG_X\nARG IMG=\"${REG}/library/alpine\"\nARG TAG=3.19\n"
                   "FROM ${IMG}:${TAG:-latest}\n")
            << QStringLiteral("0:<-docker.io/library/alpine:3.19") << QString()
            << QStringLiteral("docker.io/library/alpine:3.19") << QStringLiteral("0");
        QTest::newRow("unused stage not needed")
            << QByteArray(
                   "FROM alpine AS docs\nFROM alpine AS a\nFROM alpine AS b\nCOPY --from=a / /\n")
            << QStringLiteral("0:docs<-alpine | 1:a<-alpine | 2:b<-alpine")
            << QStringLiteral("copy 1->2 [a]") << QStringLiteral("alpine") << QStringLiteral("1,2");
        QTest::newRow("copy --from with stage ARG") << QByteArray(
            "ARG SRC=one\nFROM alpine AS one\nFROM alpine\nARG SRC\nCOPY --from=$SRC /x /x\n")
                                                    << QStringLiteral("0:one<-alpine | 1:<-alpine")
                                                    << QStringLiteral("copy 0->1 [$SRC]")
                                                    << QStringLiteral("alpine")
                                                    << QStringLiteral("0,1");
        QTest::newRow("onbuild is not a boundary")
            << QByteArray("FROM alpine AS a\nONBUILD COPY --from=x / /\nRUN true\nFROM a\n")
            << QStringLiteral("0:a<-alpine | 1:<-a@0") << QStringLiteral("from 0->1 [a]")
            << QStringLiteral("alpine") << QStringLiteral("0,1");
    }

    void derivesStagesEdgesAndImages()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, stages);
        QFETCH(QString, edges);
        QFETCH(QString, images);
        QFETCH(QString, needed);
        const auto tree = SyntaxTree::parse(dockerfile.toStdString());
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(stagesSummary(g), stages);
        QCOMPARE(edgesSummary(*tree, g), edges);
        QCOMPARE(join(g.externalImages()), images);
        QCOMPARE(join(g.neededFor(g.defaultTarget())), needed);
    }

    void seedPythonExample()
    {
        const std::string text = readFile(
            QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/graph/python-multistage.Dockerfile"));
        QVERIFY(!text.empty());
        const auto tree = SyntaxTree::parse(text);
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(stagesSummary(g), QStringLiteral("0:builder<-python:3.11 | 1:<-python:3.11-slim"));
        QCOMPARE(g.edges().size(), std::size_t(1));
        const Edge &e = g.edges().front();
        QCOMPARE(e.kind, EdgeKind::Copy);
        QCOMPARE(e.from, 0);
        QCOMPARE(e.to, 1);
        QCOMPARE(e.line, 11);
        QCOMPARE(at(*tree, e.referenceRange), QStringLiteral("builder"));
        QCOMPARE(e.sources, std::vector<std::string>{"/usr/local/lib/python3.11/site-packages/"});
        QCOMPARE(e.destination, std::string("/usr/local/lib/python3.11/site-packages/"));
        QCOMPARE(join(g.externalImages()), QStringLiteral("python:3.11,python:3.11-slim"));
        QCOMPARE(g.stages()[0].line, 1);
        QCOMPARE(at(*tree, g.stages()[0].nameRange), QStringLiteral("builder"));
        QCOMPARE(at(*tree, g.stages()[1].baseRange), QStringLiteral("python:3.11-slim"));
        QCOMPARE(g.stages()[0].endInstruction, g.stages()[1].fromInstruction);
        QCOMPARE(g.stageOfInstruction(g.stages()[1].fromInstruction + 1), 1);
        QVERIFY(g.diagnostics().empty());
    }

    void copySourcesSkipHeredocsAndJson_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("sources");
        QTest::addColumn<QString>("destination");
        QTest::newRow("shell form")
            << QByteArray("FROM a AS s\nFROM b\nCOPY --from=s /x /y /dst/\n")
            << QStringLiteral("/x,/y") << QStringLiteral("/dst/");
        QTest::newRow("json form")
            << QByteArray("FROM a AS s\nFROM b\nCOPY --from=s [\"/a b\", \"/c\"]\n")
            << QStringLiteral("/a b") << QStringLiteral("/c");
        QTest::newRow("heredoc word skipped")
            << QByteArray("FROM a AS s\nFROM b\nCOPY --from=s /x <<EOF /dst/\nhello\nEOF\n")
            << QStringLiteral("/x") << QStringLiteral("/dst/");
        QTest::newRow("chown flag too")
            << QByteArray("FROM a AS s\nFROM b\nCOPY --chown=1:1 --from=s /x /y\n")
            << QStringLiteral("/x") << QStringLiteral("/y");
    }

    void copySourcesSkipHeredocsAndJson()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, sources);
        QFETCH(QString, destination);
        const auto tree = SyntaxTree::parse(dockerfile.toStdString());
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(g.edges().size(), std::size_t(1));
        QCOMPARE(join(g.edges().front().sources), sources);
        QCOMPARE(q(g.edges().front().destination), destination);
    }

    void buildArgOverridesReplaceDeclaredDefaults()
    {
        const auto tree = SyntaxTree::parse(
            "ARG TAG=3.18\nARG BASE=alpine:${TAG}\nFROM ${BASE}\nFROM ${UNDECLARED:-busybox}\n");
        const StageGraph plain = StageGraph::derive(*tree);
        QCOMPARE(plain.stages()[0].baseExpanded, std::string("alpine:3.18"));
        QCOMPARE(plain.metaArgs().size(), std::size_t(2));
        QCOMPARE(plain.metaArgs()[1].defaultValue.value_or(""), std::string("alpine:${TAG}"));

        const StageGraph tagged = StageGraph::derive(*tree, {{"TAG", "3.20"}});
        QCOMPARE(tagged.stages()[0].baseExpanded, std::string("alpine:3.20"));
        QCOMPARE(tagged.metaArgs()[0].value.value_or(""), std::string("3.20"));

        const StageGraph based
            = StageGraph::derive(*tree, {{"BASE", "debian:12"}, {"UNDECLARED", "ubuntu"}});
        QCOMPARE(based.stages()[0].baseExpanded, std::string("debian:12"));
        // Not declared: BuildKit ignores the override.
        QCOMPARE(based.stages()[1].baseExpanded, std::string("busybox"));
        QCOMPARE(join(based.externalImages()), QStringLiteral("debian:12,busybox"));
    }

    void fromResolvesOnlyEarlierStages()
    {
        const auto tree = SyntaxTree::parse("FROM later AS first\nFROM alpine AS later\n");
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(g.stages()[0].baseStage, -1);
        QCOMPARE(diagnosticTexts(*tree, g, QStringLiteral("ForwardStageReference")),
                 QStringList{QStringLiteral("later")});
    }

    void stageIndexAndNeeded()
    {
        const auto tree
            = SyntaxTree::parse("FROM a AS Build\nFROM b AS test\nCOPY --from=build / /\n"
                                "FROM c AS final\nCOPY --from=build / /\n");
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(g.stageIndex("build"), 0);
        QCOMPARE(g.stageIndex("BUILD"), 0);
        QCOMPARE(g.stageIndex("2"), 2);
        QCOMPARE(g.stageIndex("3"), -1);
        QCOMPARE(g.stageIndex("nope"), -1);
        QCOMPARE(g.defaultTarget(), 2);
        QCOMPARE(join(g.neededFor(2)), QStringLiteral("0,2"));
        QCOMPARE(join(g.neededFor(1)), QStringLiteral("0,1"));
        QCOMPARE(join(g.neededFor(0)), QStringLiteral("0"));
        QVERIFY(g.neededFor(5).empty());
        QCOMPARE(g.stageOfInstruction(0), 0);
        QCOMPARE(g.stageOfInstruction(4), 2);
        QCOMPARE(g.stageOfInstruction(9), -1);
    }

    void graphDiagnostics_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("fixed"); ///< text after the first fix-it, or empty

        const QStringList none;
        QTest::newRow("unknown stage typo")
            << QByteArray("FROM a AS builder\nFROM b\nCOPY --from=buidler /x /x\n")
            << QStringLiteral("UnknownStage") << QStringList{QStringLiteral("buidler")}
            << QStringLiteral("FROM a AS builder\nFROM b\nCOPY --from=builder /x /x\n");
        QTest::newRow("unknown stage no suggestion")
            << QByteArray("FROM a AS builder\nFROM b\nCOPY --from=assets /x /x\n")
            << QStringLiteral("UnknownStage") << QStringList{QStringLiteral("assets")} << QString();
        QTest::newRow("unknown stage: image ref is fine")
            << QByteArray("FROM a AS builder\nFROM b\nCOPY --from=nginx:latest /x /x\n")
            << QStringLiteral("UnknownStage") << none << QString();
        QTest::newRow("unknown stage: known stage is fine")
            << QByteArray("FROM a AS builder\nFROM b\nCOPY --from=builder /x /x\n")
            << QStringLiteral("UnknownStage") << none << QString();
        QTest::newRow("unknown stage in FROM typo")
            << QByteArray("FROM a AS builder\nFROM buildr\n") << QStringLiteral("UnknownStage")
            << QStringList{QStringLiteral("buildr")}
            << QStringLiteral("FROM a AS builder\nFROM builder\n");
        QTest::newRow("FROM plain image is fine")
            << QByteArray("FROM a AS builder\nFROM ubuntu\n") << QStringLiteral("UnknownStage")
            << none << QString();
        QTest::newRow("unknown mount from")
            << QByteArray(
                   "FROM a AS cache\nFROM b\nRUN --mount=type=bind,from=cahce,target=/c true\n")
            << QStringLiteral("UnknownStage") << QStringList{QStringLiteral("cahce")}
            << QStringLiteral(
                   "FROM a AS cache\nFROM b\nRUN --mount=type=bind,from=cache,target=/c true\n");
        QTest::newRow("forward copy")
            << QByteArray("FROM a AS one\nCOPY --from=two /x /x\nFROM b AS two\n")
            << QStringLiteral("ForwardStageReference") << QStringList{QStringLiteral("two")}
            << QString();
        QTest::newRow("forward index") << QByteArray("FROM a\nCOPY --from=1 /x /x\nFROM b\n")
                                       << QStringLiteral("ForwardStageReference")
                                       << QStringList{QStringLiteral("1")} << QString();
        QTest::newRow("backward is fine")
            << QByteArray("FROM a AS one\nFROM b AS two\nCOPY --from=one /x /x\n")
            << QStringLiteral("ForwardStageReference") << none << QString();
        QTest::newRow("self copy")
            << QByteArray("FROM a AS me\nCOPY --from=me /x /y\n") << QStringLiteral("SelfReference")
            << QStringList{QStringLiteral("me")} << QString();
        QTest::newRow("self mount by index")
            << QByteArray("FROM a\nRUN --mount=from=0,target=/x true\n")
            << QStringLiteral("SelfReference") << QStringList{QStringLiteral("0")} << QString();
        QTest::newRow("FROM image named like the stage is fine")
            << QByteArray("FROM node AS node\n") << QStringLiteral("SelfReference") << none
            << QString();
        QTest::newRow("cycle") << QByteArray(
            "FROM a AS x\nCOPY --from=y / /\nFROM b AS y\nCOPY --from=x / /\n")
                               << QStringLiteral("CircularStageDependency")
                               << QStringList{QStringLiteral("y"), QStringLiteral("x")}
                               << QString();
        QTest::newRow("no cycle") << QByteArray("FROM a AS x\nFROM b AS y\nCOPY --from=x / /\n")
                                  << QStringLiteral("CircularStageDependency") << none << QString();
        QTest::newRow("index out of range")
            << QByteArray("FROM a\nFROM b\nCOPY --from=7 /x /x\n")
            << QStringLiteral("IndexOutOfRange") << QStringList{QStringLiteral("7")} << QString();
        QTest::newRow("negative index")
            << QByteArray("FROM a\nCOPY --from=-1 /x /x\n") << QStringLiteral("IndexOutOfRange")
            << QStringList{QStringLiteral("-1")} << QString();
        QTest::newRow("index in range") << QByteArray("FROM a\nFROM b\nCOPY --from=0 /x /x\n")
                                        << QStringLiteral("IndexOutOfRange") << none << QString();
        QTest::newRow("FROM argument count")
            << QByteArray("FROM a b\n") << QStringLiteral("FromArgumentCount")
            << QStringList{QStringLiteral("a b")} << QString();
        QTest::newRow("FROM AS ok") << QByteArray("FROM a AS b\n")
                                    << QStringLiteral("FromArgumentCount") << none << QString();
        QTest::newRow("invalid stage name")
            << QByteArray("FROM a AS 1st\n") << QStringLiteral("InvalidStageName")
            << QStringList{QStringLiteral("1st")} << QString();
        QTest::newRow("valid stage name")
            << QByteArray("FROM a AS build-1.x_y\n") << QStringLiteral("InvalidStageName") << none
            << QString();
        QTest::newRow("instruction before FROM")
            << QByteArray("ARG A=1\nRUN echo\nFROM a\n") << QStringLiteral("InstructionBeforeFrom")
            << QStringList{QStringLiteral("RUN")} << QString();
        QTest::newRow("only ARG before FROM")
            << QByteArray("ARG A=1\nFROM a\n") << QStringLiteral("InstructionBeforeFrom") << none
            << QString();
        QTest::newRow("no build stage") << QByteArray("ARG A=1\n") << QStringLiteral("NoBuildStage")
                                        << QStringList{QStringLiteral("ARG")} << QString();
    }

    void graphDiagnostics()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, code);
        QFETCH(QStringList, texts);
        QFETCH(QString, fixed);
        const std::string text = dockerfile.toStdString();
        const auto tree = SyntaxTree::parse(text);
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(diagnosticTexts(*tree, g, code), texts);
        for (const Diagnostic &d : g.diagnostics()) {
            QVERIFY2(diagnosticInfo(d.code) != nullptr, d.code.c_str());
            QCOMPARE(d.severity, diagnosticInfo(d.code)->severity);
        }
        if (!fixed.isEmpty()) {
            const Diagnostic *first = nullptr;
            for (const Diagnostic &d : g.diagnostics())
                if (q(d.code) == code && first == nullptr)
                    first = &d;
            QVERIFY(first != nullptr && first->fix.has_value());
            std::string edited = text;
            for (auto it = first->fix->edits.rbegin(); it != first->fix->edits.rend(); ++it)
                edited.replace(it->range.begin, it->range.size(), it->replacement);
            QCOMPARE(q(edited), fixed);
        }
    }

    void variableExpansion_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("alpine") << QStringLiteral("alpine");
        QTest::newRow("dollar") << QStringLiteral("img:$TAG") << QStringLiteral("img:3.1");
        QTest::newRow("braces") << QStringLiteral("${TAG}x") << QStringLiteral("3.1x");
        QTest::newRow("unset empty") << QStringLiteral("a${NOPE}b") << QStringLiteral("ab");
        QTest::newRow(":- unset") << QStringLiteral("${NOPE:-d}") << QStringLiteral("d");
        QTest::newRow(":- empty") << QStringLiteral("${EMPTY:-d}") << QStringLiteral("d");
        QTest::newRow("- empty") << QStringLiteral("${EMPTY-d}") << QString();
        QTest::newRow(":+ set") << QStringLiteral("${TAG:+yes}") << QStringLiteral("yes");
        QTest::newRow("+ empty") << QStringLiteral("${EMPTY+yes}") << QStringLiteral("yes");
        QTest::newRow(":+ empty") << QStringLiteral("${EMPTY:+yes}") << QString();
        QTest::newRow("nested default") << QStringLiteral("${NOPE:-$TAG}") << QStringLiteral("3.1");
        QTest::newRow("single quotes") << QStringLiteral("'$TAG'") << QStringLiteral("$TAG");
        QTest::newRow("double quotes") << QStringLiteral("\"a $TAG\"") << QStringLiteral("a 3.1");
        QTest::newRow("escaped dollar") << QStringLiteral("\\$TAG") << QStringLiteral("$TAG");
        QTest::newRow("prefix #") << QStringLiteral("${PATHV#*/}") << QStringLiteral("b/c");
        QTest::newRow("prefix ##") << QStringLiteral("${PATHV##*/}") << QStringLiteral("c");
        QTest::newRow("suffix %") << QStringLiteral("${PATHV%/*}") << QStringLiteral("a/b");
        QTest::newRow("suffix %%") << QStringLiteral("${PATHV%%/*}") << QStringLiteral("a");
        QTest::newRow("replace") << QStringLiteral("${PATHV/\\//-}") << QStringLiteral("a-b/c");
        QTest::newRow("replace all")
            << QStringLiteral("${PATHV//\\//-}") << QStringLiteral("a-b-c");
        QTest::newRow("lone dollar") << QStringLiteral("a$") << QStringLiteral("a$");
    }

    void variableExpansion()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        const VariableExpansion::Lookup lookup
            = [](std::string_view name) -> std::optional<std::string> {
            if (name == "TAG")
                return std::string("3.1");
            if (name == "EMPTY")
                return std::string();
            if (name == "PATHV")
                return std::string("a/b/c");
            return std::nullopt;
        };
        const ExpansionResult r = VariableExpansion::expand(word.toStdString(), lookup, '\\');
        QVERIFY(r.ok);
        QCOMPARE(q(r.value), expected);
    }

    void variableUsesHaveOffsets()
    {
        const auto uses = VariableExpansion::references("a$X-${Y:-z}", '\\');
        QCOMPARE(uses.size(), std::size_t(2));
        QCOMPARE(uses[0].name, std::string("X"));
        QCOMPARE(uses[0].begin, 1u);
        QCOMPARE(uses[0].end, 3u);
        QVERIFY(!uses[0].guarded);
        QCOMPARE(uses[1].name, std::string("Y"));
        QCOMPARE(uses[1].begin, 4u);
        QCOMPARE(uses[1].end, 11u);
        QVERIFY(uses[1].guarded);
        // The backtick escape.
        QCOMPARE(VariableExpansion::unquote("`$X\"a b\"", '`'), std::string("$Xa b"));
    }

    void realCorpusDerivesWithSaneInvariants()
    {
        STAGECRAFT_REQUIRE_SHARED();
        const QString shared = stagecraft::tests::sharedDir();
        const QDir dir(shared + QStringLiteral("/corpus/real"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 100);
        int edges = 0;
        for (const QString &name : files) {
            if (!name.contains(QStringLiteral("Dockerfile")))
                continue; // INDEX.tsv, README.md
            const std::string text = readFile(dir.filePath(name));
            const auto tree = SyntaxTree::parse(text);
            const StageGraph g = StageGraph::derive(*tree);
            const int n = static_cast<int>(g.stages().size());
            for (const Edge &e : g.edges()) {
                ++edges;
                QVERIFY2(e.from >= -1 && e.from < n, qPrintable(name));
                QVERIFY2(e.to >= 0 && e.to < n, qPrintable(name));
                QVERIFY2(e.referenceRange.end <= text.size(), qPrintable(name));
                QVERIFY2(g.stageOfInstruction(e.instruction) == e.to, qPrintable(name));
                if (e.from < 0)
                    QVERIFY2(!e.image.empty() || e.reference.find('$') != std::string::npos,
                             qPrintable(name));
            }
            if (n > 0) {
                const auto needed = g.neededFor(g.defaultTarget());
                QVERIFY2(std::binary_search(needed.begin(), needed.end(), g.defaultTarget()),
                         qPrintable(name));
            }
            for (const Stage &s : g.stages()) {
                QVERIFY2(s.baseStage < s.index, qPrintable(name));
                QVERIFY2(s.nameRange.end <= text.size() && s.baseRange.end <= text.size(),
                         qPrintable(name));
            }
            const auto found = lint(*tree, g);
            for (const Diagnostic &d : found) {
                QVERIFY2(d.range.begin <= d.range.end && d.range.end <= text.size(),
                         qPrintable(name));
                QVERIFY2(diagnosticInfo(d.code) != nullptr,
                         qPrintable(name + QStringLiteral(": ") + q(d.code)));
            }
        }
        QVERIFY(edges > 0);
    }
};

QTEST_GUILESS_MAIN(TestStageGraph)
#include "tst_stagegraph.moc"
