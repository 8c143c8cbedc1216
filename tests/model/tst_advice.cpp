// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Advice.h"
#include "model/BuildContext.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"

#include <QDir>
#include <QtTest>

#include <map>
#include <memory>
#include <string>

using namespace stagecraft::model;

namespace {

using stagecraft::tests::readFile;

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A context from a compact spec: "dir/" is a directory, a leading '!' marks the path excluded,
/// "?dir" marks a directory as listed only in part. Every other directory is complete.
std::shared_ptr<const BuildContext> contextOf(const QStringList &spec, bool dockerIgnore = false)
{
    auto context = std::make_shared<BuildContext>();
    context->markComplete("");
    for (QString item : spec) {
        if (item.startsWith(u'?'))
            continue;
        bool excluded = false;
        if (item.startsWith(u'!')) {
            excluded = true;
            item.remove(0, 1);
        }
        const bool directory = item.endsWith(u'/');
        if (directory)
            item.chop(1);
        context->add(item.toStdString(), directory, excluded);
        if (directory && !excluded && !spec.contains(QStringLiteral("?") + item))
            context->markComplete(item.toStdString());
    }
    context->setHasDockerIgnore(dockerIgnore);
    return context;
}

std::vector<Diagnostic> lintText(const std::string &text, LintOptions options = {})
{
    const auto tree = SyntaxTree::parse(text);
    const StageGraph g = StageGraph::derive(*tree);
    return lint(*tree, g, options);
}

std::string applyFix(const std::string &text, const FixIt &fix)
{
    std::string edited = text;
    for (auto it = fix.edits.rbegin(); it != fix.edits.rend(); ++it)
        edited.replace(it->range.begin, it->range.size(), it->replacement);
    return edited;
}

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("context"); ///< empty: no context listing
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("texts"); ///< source text at each diagnostic's range
        QTest::addColumn<QStringList>("args");  ///< args of the first one (empty = no check)
        QTest::addColumn<QString>("fixed");     ///< text after the first one's fix ("" = no fix-it)
        const QStringList none;
        const auto L = [](const char *s) { return QString::fromUtf8(s); };
        const QByteArray goBuild = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n"
                                   "RUN go build -o /out/app .\n";

        // 1. FinalStageCopiesContext
        QTest::newRow("context copy in final")
            << (goBuild + "FROM alpine:3.19\nCOPY --from=build /out/app /app\nCOPY . /srv\n")
            << none << L("FinalStageCopiesContext") << QStringList{L(".")}
            << QStringList{L("."), L("build")} << QString();
        QTest::newRow("context copy ./ in final")
            << (goBuild + "FROM alpine:3.19\nCOPY --from=build /out/app /app\nCOPY ./ /srv\n")
            << none << L("FinalStageCopiesContext") << QStringList{L("./")} << none << QString();
        QTest::newRow("context copy in builder only")
            << (goBuild + "FROM alpine:3.19\nCOPY --from=build /out/app /app\n") << none
            << L("FinalStageCopiesContext") << none << none << QString();
        QTest::newRow("context copy single stage")
            << QByteArray("FROM python:3.12-slim\nCOPY . .\n") << none
            << L("FinalStageCopiesContext") << none << none << QString();
        QTest::newRow("context copy of a subfolder")
            << (goBuild + "FROM alpine:3.19\nCOPY --from=build /out/app /app\nCOPY conf /conf\n")
            << none << L("FinalStageCopiesContext") << none << none << QString();

        // 2. FinalStageSdkBase
        QTest::newRow("sdk golang")
            << (goBuild + "FROM golang:1.22\nCOPY --from=build /out/app /app\n") << none
            << L("FinalStageSdkBase") << QStringList{L("golang:1.22")}
            << QStringList{L("golang:1.22"), L("build"),
                           L("alpine, gcr.io/distroless/static-debian12, scratch")}
            << QString();
        QTest::newRow("sdk python full")
            << QByteArray("FROM python:3.11 AS builder\nRUN pip install --prefix=/i flask\n"
                          "FROM python:3.11\nCOPY --from=builder /i /usr/local\n")
            << none << L("FinalStageSdkBase") << QStringList{L("python:3.11")}
            << QStringList{L("python:3.11"), L("builder"), L("python:3.11-slim")}
            << L("FROM python:3.11 AS builder\nRUN pip install --prefix=/i flask\n"
                 "FROM python:3.11-slim\nCOPY --from=builder /i /usr/local\n");
        QTest::newRow("sdk python bookworm")
            << QByteArray("FROM python:3.12 AS b\nFROM python:3.12-bookworm\nCOPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << QStringList{L("python:3.12-bookworm")} << none
            << L("FROM python:3.12 AS b\nFROM python:3.12-slim-bookworm\nCOPY --from=b /x /x\n");
        QTest::newRow("sdk node")
            << QByteArray("FROM node:20 AS build\nRUN npm ci\nFROM node:20-bookworm\n"
                          "COPY --from=build /app/dist /app\n")
            << none << L("FinalStageSdkBase") << QStringList{L("node:20-bookworm")} << none
            << L("FROM node:20 AS build\nRUN npm ci\nFROM node:20-bookworm-slim\n"
                 "COPY --from=build /app/dist /app\n");
        QTest::newRow("sdk temurin jdk")
            << QByteArray("FROM maven:3.9-eclipse-temurin-17 AS build\nRUN mvn package\n"
                          "FROM eclipse-temurin:17-jdk-alpine\n"
                          "COPY --from=build /app/target/app.jar /app.jar\n")
            << none << L("FinalStageSdkBase") << QStringList{L("eclipse-temurin:17-jdk-alpine")}
            << none
            << L("FROM maven:3.9-eclipse-temurin-17 AS build\nRUN mvn package\n"
                 "FROM eclipse-temurin:17-jre-alpine\n"
                 "COPY --from=build /app/target/app.jar /app.jar\n");
        QTest::newRow("sdk maven final")
            << QByteArray("FROM maven:3.9-eclipse-temurin-21 AS build\n"
                          "FROM maven:3.9-eclipse-temurin-21\nCOPY --from=build /a.jar /a.jar\n")
            << none << L("FinalStageSdkBase") << QStringList{L("maven:3.9-eclipse-temurin-21")}
            << none
            << L("FROM maven:3.9-eclipse-temurin-21 AS build\n"
                 "FROM eclipse-temurin:21-jre\nCOPY --from=build /a.jar /a.jar\n");
        QTest::newRow("sdk buildpack-deps full")
            << QByteArray(
                   "FROM golang:1.22 AS b\nFROM buildpack-deps:bookworm\nCOPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << QStringList{L("buildpack-deps:bookworm")} << none
            << L("FROM golang:1.22 AS b\nFROM debian:bookworm-slim\nCOPY --from=b /x /x\n");
        QTest::newRow("buildpack-deps scm is small")
            << QByteArray("FROM golang:1.22 AS b\nFROM buildpack-deps:bookworm-scm\n"
                          "COPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << none << none << QString();
        QTest::newRow("sdk without builder")
            << QByteArray("FROM python:3.11\nCOPY app.py .\n") << none << L("FinalStageSdkBase")
            << none << none << QString();
        QTest::newRow("runtime base slim")
            << QByteArray("FROM python:3.11 AS b\nFROM python:3.11-slim\nCOPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << none << none << QString();
        QTest::newRow("runtime base jre")
            << QByteArray("FROM maven:3 AS b\nFROM eclipse-temurin:17-jre\nCOPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << none << none << QString();
        QTest::newRow("sdk in builder only")
            << QByteArray("FROM rust:1.77 AS b\nFROM debian:bookworm-slim\nCOPY --from=b /x /x\n")
            << none << L("FinalStageSdkBase") << none << none << QString();

        // 3. FinalStageCopiesBuildFiles
        QTest::newRow("git into final")
            << QByteArray("FROM alpine:3.19\nCOPY .git /app/.git\nCMD [\"sh\"]\n") << none
            << L("FinalStageCopiesBuildFiles") << QStringList{L(".git")}
            << QStringList{L(".git"), L("git-history")} << L("FROM alpine:3.19\nCMD [\"sh\"]\n");
        QTest::newRow("host node_modules, one of two sources")
            << QByteArray("FROM node:20-slim\nCOPY package.json node_modules ./\n") << none
            << L("FinalStageCopiesBuildFiles") << QStringList{L("node_modules")}
            << QStringList{L("node_modules"), L("host-node-modules")}
            << L("FROM node:20-slim\nCOPY package.json ./\n");
        QTest::newRow("node_modules from a stage into a server")
            << QByteArray("FROM node:20 AS deps\nRUN npm ci\nFROM node:20-slim\n"
                          "COPY --from=deps /app/node_modules ./node_modules\n")
            << none << L("FinalStageCopiesBuildFiles") << none << none << QString();
        QTest::newRow("node_modules from a stage into nginx")
            << QByteArray("FROM node:20 AS build\nFROM nginx:1.27-alpine\n"
                          "COPY --from=build /app/node_modules /usr/share/nginx/html/nm\n"
                          "COPY --from=build /app/dist /usr/share/nginx/html\n")
            << none << L("FinalStageCopiesBuildFiles") << QStringList{L("/app/node_modules")}
            << QStringList{L("/app/node_modules"), L("node-modules")}
            << L("FROM node:20 AS build\nFROM nginx:1.27-alpine\n"
                 "COPY --from=build /app/dist /usr/share/nginx/html\n");
        QTest::newRow("maven cache")
            << QByteArray("FROM maven:3 AS b\nFROM eclipse-temurin:21-jre\n"
                          "COPY --from=b /root/.m2 /root/.m2\n")
            << none << L("FinalStageCopiesBuildFiles") << QStringList{L("/root/.m2")}
            << QStringList{L("/root/.m2"), L("cache")}
            << L("FROM maven:3 AS b\nFROM eclipse-temurin:21-jre\n");
        QTest::newRow("go toolchain, no fix")
            << QByteArray("FROM golang:1.22 AS b\nFROM alpine:3.19\n"
                          "COPY --from=b /usr/local/go /usr/local/go\n")
            << none << L("FinalStageCopiesBuildFiles") << QStringList{L("/usr/local/go")}
            << QStringList{L("/usr/local/go"), L("toolchain")} << QString();
        QTest::newRow("cargo-installed binary is fine")
            << QByteArray("FROM rust:1.77 AS b\nFROM debian:bookworm-slim\n"
                          "COPY --from=b /usr/local/cargo/bin/app /usr/local/bin/app\n")
            << none << L("FinalStageCopiesBuildFiles") << none << none << QString();
        QTest::newRow("git in the builder is fine")
            << QByteArray("FROM golang:1.22 AS b\nCOPY .git .git\nFROM alpine:3.19\n"
                          "COPY --from=b /x /x\n")
            << none << L("FinalStageCopiesBuildFiles") << none << none << QString();
        QTest::newRow(".github is no .git")
            << QByteArray("FROM alpine:3.19\nCOPY .github /gh\n") << none
            << L("FinalStageCopiesBuildFiles") << none << none << QString();

        // 6. UnpinnedBaseImage
        QTest::newRow("latest") << QByteArray("FROM alpine:latest\n") << none
                                << L("UnpinnedBaseImage") << QStringList{L("alpine:latest")}
                                << QStringList{L("alpine:latest")} << QString();
        QTest::newRow("untagged") << QByteArray("FROM ubuntu AS a\nFROM a\n") << none
                                  << L("UnpinnedBaseImage") << QStringList{L("ubuntu")} << none
                                  << QString();
        QTest::newRow("quoted base")
            << QByteArray("FROM \"alpine\"\n") << none << L("UnpinnedBaseImage")
            << QStringList{L("\"alpine\"")} << QStringList{L("\"alpine\"")} << QString();
        QTest::newRow("registry with port, untagged")
            << QByteArray("FROM localhost:5000/app\n") << none << L("UnpinnedBaseImage")
            << QStringList{L("localhost:5000/app")} << none << QString();
        QTest::newRow("pinned tag, digest, scratch, variable")
            << QByteArray("ARG B=alpine\nFROM alpine:3.19\nFROM debian@sha256:"
                          "0000000000000000000000000000000000000000000000000000000000000000\n"
                          "FROM scratch\nFROM ${B}\nFROM localhost:5000/app:1.0\n")
            << none << L("UnpinnedBaseImage") << none << none << QString();

        // 7. DeprecatedBaseImage
        QTest::newRow("openjdk jdk slim")
            << QByteArray("FROM openjdk:17-jdk-slim\n") << none << L("DeprecatedBaseImage")
            << QStringList{L("openjdk:17-jdk-slim")}
            << QStringList{L("openjdk:17-jdk-slim"), L("eclipse-temurin")}
            << L("FROM eclipse-temurin:17-jdk\n");
        QTest::newRow("openjdk jre alpine via docker.io")
            << QByteArray("FROM docker.io/library/openjdk:11-jre-alpine\n") << none
            << L("DeprecatedBaseImage") << QStringList{L("docker.io/library/openjdk:11-jre-alpine")}
            << none << L("FROM eclipse-temurin:11-jre-alpine\n");
        QTest::newRow("openjdk unmappable tag")
            << QByteArray("FROM openjdk:8u342-jre\n") << none << L("DeprecatedBaseImage")
            << QStringList{L("openjdk:8u342-jre")} << none << QString();
        QTest::newRow("centos") << QByteArray("FROM centos:7\n") << none << L("DeprecatedBaseImage")
                                << QStringList{L("centos:7")}
                                << QStringList{L("centos:7"), L("almalinux")} << QString();
        QTest::newRow("adoptopenjdk family")
            << QByteArray("FROM adoptopenjdk/openjdk11:jre-11.0.11_9\n") << none
            << L("DeprecatedBaseImage") << QStringList{L("adoptopenjdk/openjdk11:jre-11.0.11_9")}
            << none << QString();
        QTest::newRow("maintained images")
            << QByteArray("FROM eclipse-temurin:21-jre\nFROM quay.io/centos/centos:stream9\n"
                          "FROM jenkins/jenkins:lts\n")
            << none << L("DeprecatedBaseImage") << none << none << QString();

        // 4. SecretInContext
        const QByteArray copyAll = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n";
        QTest::newRow("secrets under COPY .")
            << copyAll << QStringList{L("app.py"),           L(".env"),  L("certs/"),
                                      L("certs/server.key"), L("docs/"), L("docs/.env.example")}
            << L("SecretInContext") << QStringList{L(".")}
            << QStringList{L("."), L(".env, certs/server.key")} << QString();
        QTest::newRow("secrets excluded by .dockerignore")
            << copyAll << QStringList{L("app.py"), L("!.env"), L("!certs/")} << L("SecretInContext")
            << none << none << QString();
        QTest::newRow("secret named on purpose")
            << QByteArray("FROM nginx:1.27\nCOPY tls/site.pem /etc/nginx/site.pem\n")
            << QStringList{L("tls/"), L("tls/site.pem")} << L("SecretInContext") << none << none
            << QString();
        QTest::newRow("secret under a copied directory")
            << QByteArray("FROM alpine:3.19\nCOPY config/ /etc/app/\n")
            << QStringList{L("config/"), L("config/id_rsa"), L("config/app.toml")}
            << L("SecretInContext") << QStringList{L("config/")}
            << QStringList{L("config/"), L("config/id_rsa")} << QString();
        QTest::newRow("secrets without context listing")
            << copyAll << none << L("SecretInContext") << none << none << QString();

        // 5. CopySourceMissing / CopySourceExcluded
        const QByteArray seedPython = "FROM python:3.11 AS builder\nWORKDIR /app\n"
                                      "COPY requirement.txt /app\n"
                                      "RUN pip install -r requirements.txt\n";
        QTest::newRow("did you mean requirements.txt")
            << seedPython << QStringList{L("requirements.txt"), L("app.py")}
            << L("CopySourceMissing") << QStringList{L("requirement.txt")}
            << QStringList{L("requirement.txt"), L("requirements.txt")}
            << L("FROM python:3.11 AS builder\nWORKDIR /app\nCOPY requirements.txt /app\n"
                 "RUN pip install -r requirements.txt\n");
        QTest::newRow("missing in a subfolder, as written with ./")
            << QByteArray("FROM alpine:3.19\nCOPY ./src/mian.py /app/\n")
            << QStringList{L("src/"), L("src/main.py")} << L("CopySourceMissing")
            << QStringList{L("./src/mian.py")}
            << QStringList{L("./src/mian.py"), L("./src/main.py")}
            << L("FROM alpine:3.19\nCOPY ./src/main.py /app/\n");
        QTest::newRow("missing folder component")
            << QByteArray("FROM alpine:3.19\nCOPY scr/main.py /app/\n")
            << QStringList{L("src/"), L("src/main.py")} << L("CopySourceMissing")
            << QStringList{L("scr/main.py")} << QStringList{L("scr/main.py"), L("src/main.py")}
            << L("FROM alpine:3.19\nCOPY src/main.py /app/\n");
        QTest::newRow("missing, nothing close")
            << QByteArray("FROM alpine:3.19\nCOPY target/app.jar /app.jar\n")
            << QStringList{L("pom.xml"), L("src/")} << L("CopySourceMissing")
            << QStringList{L("target/app.jar")} << QStringList{L("target/app.jar")} << QString();
        QTest::newRow("present, wildcard, variable, stage copy, partial listing")
            << QByteArray("FROM alpine:3.19 AS b\nARG F=x\nCOPY app.py package*.json $F ./\n"
                          "COPY big/deep/file /x\nFROM alpine:3.19\nCOPY --from=b /nope /nope\n")
            << QStringList{L("app.py"), L("big/"), L("?big")} << L("CopySourceMissing") << none
            << none << QString();
        QTest::newRow("excluded by .dockerignore")
            << QByteArray("FROM nginx:1.27\nCOPY dist/index.html /usr/share/nginx/html/\n")
            << QStringList{L("!dist/")} << L("CopySourceExcluded")
            << QStringList{L("dist/index.html")} << QStringList{L("dist/index.html")} << QString();
        QTest::newRow("excluded dir with an exception inside")
            << QByteArray("FROM nginx:1.27\nCOPY dist /usr/share/nginx/html/\n")
            << QStringList{L("!dist/"), L("dist/index.html")} << L("CopySourceExcluded") << none
            << none << QString();
    }

    void rule()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, context);
        QFETCH(QString, code);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, args);
        QFETCH(QString, fixed);
        const std::string text = dockerfile.toStdString();
        LintOptions options;
        if (!context.isEmpty())
            options.context = contextOf(context);
        const auto found = lintText(text, options);
        QStringList got;
        const Diagnostic *first = nullptr;
        for (const Diagnostic &d : found) {
            if (q(d.code) != code)
                continue;
            if (first == nullptr)
                first = &d;
            got << q(std::string_view(text).substr(d.range.begin, d.range.size()));
        }
        QCOMPARE(got, texts);
        if (first == nullptr)
            return;
        if (!args.isEmpty()) {
            QStringList gotArgs;
            for (const std::string &a : first->args)
                gotArgs << q(a);
            while (!gotArgs.isEmpty() && gotArgs.back().isEmpty())
                gotArgs.removeLast();
            QCOMPARE(gotArgs, args);
        }
        if (fixed.isEmpty()) {
            QVERIFY2(!first->fix, "expected no fix-it");
        } else {
            QVERIFY2(first->fix.has_value(), "expected a fix-it");
            const std::string after = applyFix(text, *first->fix);
            QCOMPARE(q(after), fixed);
            // The fix-it clears the finding it was for (same code at the same place).
            for (const Diagnostic &d : lintText(after, options))
                QVERIFY2(!(q(d.code) == code && d.range.begin == first->range.begin
                           && d.args == first->args),
                         "the fix-it did not clear the finding");
        }
    }

    void theSeedsPythonExample()
    {
        // The tutorial's own "multi-stage" Python example, with its typo, in a context that
        // has requirements.txt and a .env file.
        const std::string text = "FROM python:3.11 AS builder\n"
                                 "WORKDIR /app\n"
                                 "COPY requirement.txt /app\n"
                                 "RUN pip install -r requirements.txt\n"
                                 "FROM python:3.11-slim\n"
                                 "COPY --from=builder /usr/local/lib/python3.11/site-packages/ "
                                 "/usr/local/lib/python3.11/site-packages/\n"
                                 "COPY . /app\n"
                                 "CMD [\"python\",\"run.py\"]\n";
        LintOptions options;
        options.context = contextOf(
            {QStringLiteral("requirements.txt"), QStringLiteral("run.py"), QStringLiteral(".env")});
        QSet<QString> got;
        for (const Diagnostic &d : lintText(text, options))
            got.insert(q(d.code));
        QCOMPARE(got,
                 (QSet<QString>{QStringLiteral("CopySourceMissing"),
                                QStringLiteral("FinalStageCopiesContext"),
                                QStringLiteral("SecretInContext")}));
    }

    void checkDirectiveSkipsAdvice()
    {
        const auto found = lintText("# check=skip=UnpinnedBaseImage\nFROM alpine\n");
        for (const Diagnostic &d : found)
            QVERIFY(d.code != "UnpinnedBaseImage");
    }

    void imageNames()
    {
        const auto n = splitImageName("docker.io/library/python:3.12-slim");
        QVERIFY(n.has_value());
        QCOMPARE(q(n->domain), QString());
        QCOMPARE(q(n->name), QStringLiteral("python"));
        QCOMPARE(q(n->tag), QStringLiteral("3.12-slim"));
        const auto r = splitImageName("localhost:5000/team/app@sha256:abc");
        QCOMPARE(q(r->domain), QStringLiteral("localhost:5000"));
        QCOMPARE(q(r->name), QStringLiteral("team/app"));
        QCOMPARE(q(r->tag), QString());
        QCOMPARE(q(r->digest), QStringLiteral("sha256:abc"));
        QVERIFY(!splitImageName("").has_value());
    }

    void secretFileNames()
    {
        for (const char *yes : {".env", ".env.production", "id_rsa", "server.key", "cert.PEM",
                                "credentials.json", ".netrc", "store.p12"})
            QVERIFY2(looksLikeSecretFile(yes), yes);
        for (const char *no : {".env.example", ".env.sample", "id_rsa.pub", "keys.txt", ".pem",
                               "environment.yml", "key", "README.md"})
            QVERIFY2(!looksLikeSecretFile(no), no);
    }

    void buildContextListing()
    {
        BuildContext c;
        c.add("a", true);
        c.add("a/b.txt", false);
        c.add("a/c", true, true);
        c.add("z.txt", false);
        c.markComplete("");
        QVERIFY(c.find("")->directory);
        QVERIFY(c.find("a/c")->excluded);
        QVERIFY(c.find("nope") == nullptr);
        QVERIFY(c.isComplete(""));
        QVERIFY(!c.isComplete("a"));
        QCOMPARE(c.children(""), (std::vector<std::string>{"a", "z.txt"}));
        QCOMPARE(c.children("a"), (std::vector<std::string>{"b.txt", "c"}));
    }

    /// The advice over the real corpus: every finding is well-formed, and the counts per rule
    /// stay where they were measured (docs/diagnostics.md) so a change that floods real files
    /// with new findings fails here.
    void realCorpusCounts()
    {
        STAGECRAFT_REQUIRE_SHARED();
        const QDir dir(stagecraft::tests::sharedDir() + QStringLiteral("/corpus/real"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        std::map<std::string, int> findings;
        std::map<std::string, int> filesWith;
        int dockerfiles = 0;
        for (const QString &name : files) {
            if (!name.contains(QStringLiteral("Dockerfile")))
                continue;
            ++dockerfiles;
            const std::string text = readFile(dir.filePath(name));
            const auto tree = SyntaxTree::parse(text);
            const StageGraph g = StageGraph::derive(*tree);
            std::set<std::string> here;
            for (const Diagnostic &d : advise(*tree, g)) {
                QVERIFY(d.range.end <= text.size() && d.range.begin <= d.range.end);
                if (d.fix) {
                    const std::string after = applyFix(text, *d.fix);
                    QVERIFY2(SyntaxTree::parse(after)->print() == after, qPrintable(name));
                }
                ++findings[d.code];
                here.insert(d.code);
            }
            for (const std::string &c : here)
                ++filesWith[c];
        }
        QVERIFY(dockerfiles >= 100);
        for (const auto &[code, count] : findings)
            qInfo("%s: %d findings in %d of %d files", code.c_str(), count, filesWith[code],
                  dockerfiles);
        // The rules that judge multi-stage layout must stay rare on real, mostly good files.
        for (const char *code : {"FinalStageCopiesContext", "FinalStageSdkBase",
                                 "FinalStageCopiesBuildFiles", "DeprecatedBaseImage"})
            QVERIFY2(filesWith[code] * 10 <= dockerfiles, code);
    }
};

QTEST_GUILESS_MAIN(TestAdvice)
#include "tst_advice.moc"
