// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CheckHelpers.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QFile>

#include <QtTest>

#include <set>
#include <string>

using namespace stagecraft::model;

namespace {

using stagecraft::tests::readFile;

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<Diagnostic> lintText(const std::string &text, LintOptions options = {})
{
    const auto tree = SyntaxTree::parse(text);
    const StageGraph g = StageGraph::derive(*tree);
    return lint(*tree, g, options);
}

QStringList textsFor(const std::string &text, const std::vector<Diagnostic> &found,
                     const QString &code)
{
    QStringList out;
    for (const Diagnostic &d : found)
        if (q(d.code) == code)
            out << q(std::string_view(text).substr(d.range.begin, d.range.size()));
    return out;
}

std::string applyFix(const std::string &text, const FixIt &fix)
{
    std::string edited = text;
    for (auto it = fix.edits.rbegin(); it != fix.edits.rend(); ++it)
        edited.replace(it->range.begin, it->range.size(), it->replacement);
    return edited;
}

QSet<QString> codes(const std::vector<Diagnostic> &found)
{
    QSet<QString> out;
    for (const Diagnostic &d : found)
        out.insert(q(d.code));
    return out;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closestNameIsTheExhaustiveBest()
    {
        // closestName() skips candidates whose length alone rules them out; it must still pick
        // what comparing every candidate picks (the first of the smallest distances).
        std::vector<std::string> words;
        std::uint64_t state = 42;
        const auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<unsigned>(state >> 33U);
        };
        for (int i = 0; i < 300; ++i) {
            std::string word;
            const unsigned length = next() % 9;
            for (unsigned k = 0; k < length; ++k)
                word += "abAB_c"[next() % 6];
            words.push_back(word);
        }
        for (std::size_t i = 0; i < words.size(); i += 3) {
            const std::vector<std::string> candidates(words.begin() + static_cast<long>(i) / 2,
                                                      words.begin() + static_cast<long>(i) / 2
                                                          + 40);
            for (const std::size_t maxDistance : {std::size_t{1}, std::size_t{2}, std::size_t{4}}) {
                std::string best;
                std::size_t bestDistance = maxDistance + 1;
                for (const std::string &c : candidates) {
                    const std::size_t d = check::editDistance(words[i], c);
                    if (!c.empty() && d < c.size() && d < words[i].size() && d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
                QCOMPARE(check::closestName(words[i], candidates, maxDistance), best);
            }
        }
        QCOMPARE(check::editDistance("PAHT", "path"), std::size_t{1});
        QCOMPARE(check::editDistance("", "abc"), std::size_t{3});
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("texts"); ///< source text at each diagnostic's range
        QTest::addColumn<QString>("fixed"); ///< text after the first one's fix-it ("" = no check)
        QTest::addColumn<QStringList>("args"); ///< args of the first one (empty = no check)
        const QStringList none;
        const auto L = [](const char *s) { return QString::fromUtf8(s); };

        QTest::newRow("StageNameCasing")
            << QByteArray("FROM a AS Build\nFROM b\nCOPY --from=Build / /\n")
            << L("StageNameCasing") << QStringList{L("Build")}
            << L("FROM a AS build\nFROM b\nCOPY --from=build / /\n") << QStringList{L("Build")};
        QTest::newRow("StageNameCasing ok")
            << QByteArray("FROM a AS build\n") << L("StageNameCasing") << none << QString() << none;

        QTest::newRow("FromAsCasing upper/lower")
            << QByteArray("FROM a as b\n") << L("FromAsCasing") << QStringList{L("as")}
            << L("FROM a AS b\n") << QStringList{L("as"), L("FROM")};
        QTest::newRow("FromAsCasing lower/upper")
            << QByteArray("from a AS b\n") << L("FromAsCasing") << QStringList{L("AS")}
            << L("from a as b\n") << none;
        QTest::newRow("FromAsCasing mixed keyword ignored")
            << QByteArray("From a as b\n") << L("FromAsCasing") << none << QString() << none;
        QTest::newRow("FromAsCasing ok")
            << QByteArray("FROM a AS b\n") << L("FromAsCasing") << none << QString() << none;

        QTest::newRow("DuplicateStageName")
            << QByteArray("FROM a AS x\nFROM b AS X\n") << L("DuplicateStageName")
            << QStringList{L("X")} << QString() << QStringList{L("X")};
        QTest::newRow("DuplicateStageName ok")
            << QByteArray("FROM a AS x\nFROM b AS y\n") << L("DuplicateStageName") << none
            << QString() << none;

        QTest::newRow("ReservedStageName")
            << QByteArray("FROM a AS scratch\nFROM b AS context\n") << L("ReservedStageName")
            << QStringList{L("scratch"), L("context")} << QString() << none;
        QTest::newRow("ReservedStageName ok")
            << QByteArray("FROM scratch AS s\n") << L("ReservedStageName") << none << QString()
            << none;

        QTest::newRow("UndefinedArgInFrom")
            << QByteArray("ARG VERSION=1\nFROM alpine:${VERSON}\n") << L("UndefinedArgInFrom")
            << QStringList{L("${VERSON}")} << QString() << QStringList{L("VERSON"), L("VERSION")};
        QTest::newRow("UndefinedArgInFrom in platform")
            << QByteArray("FROM --platform=$PLAT alpine\n") << L("UndefinedArgInFrom")
            << QStringList{L("$PLAT")} << QString() << none;
        QTest::newRow("UndefinedArgInFrom ok: declared, platform arg, default")
            << QByteArray("ARG V\nFROM --platform=$BUILDPLATFORM alpine:$V\nFROM x:${N:-1}\n")
            << L("UndefinedArgInFrom") << none << QString() << none;

        QTest::newRow("InvalidDefaultArgInFrom empty")
            << QByteArray("ARG IMG\nFROM ${IMG}\n") << L("InvalidDefaultArgInFrom")
            << QStringList{L("${IMG}")} << QString() << QStringList{L("${IMG}")};
        QTest::newRow("InvalidDefaultArgInFrom bad tag")
            << QByteArray("ARG TAG\nFROM alpine:${TAG}\n") << L("InvalidDefaultArgInFrom")
            << QStringList{L("alpine:${TAG}")} << QString() << none;
        QTest::newRow("InvalidDefaultArgInFrom ok") << QByteArray(
            "ARG TAG=3.19\nARG REG=ghcr.io\nFROM ${REG}/org/app:${TAG}\nFROM ${NOPE:-busybox}\n")
                                                    << L("InvalidDefaultArgInFrom") << none
                                                    << QString() << none;

        QTest::newRow("MultipleInstructionsDisallowed")
            << QByteArray("FROM a\nCMD [\"a\"]\nENTRYPOINT [\"e\"]\nCMD [\"b\"]\nHEALTHCHECK "
                          "NONE\nHEALTHCHECK CMD [\"x\"]\n")
            << L("MultipleInstructionsDisallowed")
            << QStringList{L("CMD [\"a\"]"), L("HEALTHCHECK NONE")} << QString()
            << QStringList{L("CMD")};
        QTest::newRow("MultipleInstructionsDisallowed per stage")
            << QByteArray("FROM a\nCMD [\"a\"]\nFROM b\nCMD [\"b\"]\n")
            << L("MultipleInstructionsDisallowed") << none << QString() << none;

        QTest::newRow("JSONArgsRecommended")
            << QByteArray("FROM a\nCMD python app.py --port 80\n") << L("JSONArgsRecommended")
            << QStringList{L("python app.py --port 80")}
            << L("FROM a\nCMD [\"python\", \"app.py\", \"--port\", \"80\"]\n")
            << QStringList{L("CMD")};
        QTest::newRow("JSONArgsRecommended no fix with shell syntax")
            << QByteArray("FROM a\nENTRYPOINT exec app \"$@\"\n") << L("JSONArgsRecommended")
            << QStringList{L("exec app \"$@\"")} << QString() << QStringList{L("ENTRYPOINT")};
        QTest::newRow("JSONArgsRecommended ok json")
            << QByteArray("FROM a\nCMD [\"a\"]\n") << L("JSONArgsRecommended") << none << QString()
            << none;
        QTest::newRow("JSONArgsRecommended ok after SHELL")
            << QByteArray("FROM a\nSHELL [\"/bin/bash\", \"-c\"]\nCMD echo hi\n")
            << L("JSONArgsRecommended") << none << QString() << none;

        QTest::newRow("NoEmptyContinuation")
            << QByteArray("FROM a\nRUN echo a \\\n\n    b\n") << L("NoEmptyContinuation")
            << QStringList{L("\n")} << L("FROM a\nRUN echo a \\\n    b\n") << none;
        QTest::newRow("NoEmptyContinuation ok with comment")
            << QByteArray("FROM a\nRUN echo a \\\n# note\n    b\n") << L("NoEmptyContinuation")
            << none << QString() << none;

        QTest::newRow("ConsistentInstructionCasing")
            << QByteArray("FROM a\nRUN x\nrun y\nCopy a b\n") << L("ConsistentInstructionCasing")
            << QStringList{L("run"), L("Copy")} << L("FROM a\nRUN x\nRUN y\nCopy a b\n")
            << QStringList{L("run"), L("uppercase")};
        QTest::newRow("ConsistentInstructionCasing lower majority")
            << QByteArray("from a\nrun x\nRUN y\n") << L("ConsistentInstructionCasing")
            << QStringList{L("RUN")} << L("from a\nrun x\nrun y\n")
            << QStringList{L("RUN"), L("lowercase")};
        QTest::newRow("ConsistentInstructionCasing ok")
            << QByteArray("FROM a\nRUN x\n") << L("ConsistentInstructionCasing") << none
            << QString() << none;

        QTest::newRow("MaintainerDeprecated")
            << QByteArray("FROM a\nMAINTAINER Jane \"JD\" Doe\n") << L("MaintainerDeprecated")
            << QStringList{L("MAINTAINER Jane \"JD\" Doe")}
            << L("FROM a\nLABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe\"\n")
            << none;
        QTest::newRow("MaintainerDeprecated ok")
            << QByteArray("FROM a\nLABEL org.opencontainers.image.authors=me\n")
            << L("MaintainerDeprecated") << none << QString() << none;

        QTest::newRow("LegacyKeyValueFormat ENV")
            << QByteArray("FROM a\nENV MODE production\n") << L("LegacyKeyValueFormat")
            << QStringList{L("MODE production")} << L("FROM a\nENV MODE=production\n")
            << QStringList{L("ENV")};
        QTest::newRow("LegacyKeyValueFormat quoted")
            << QByteArray("FROM a\nLABEL desc my app  here\n") << L("LegacyKeyValueFormat")
            << QStringList{L("desc my app  here")} << L("FROM a\nLABEL desc=\"my app  here\"\n")
            << QStringList{L("LABEL")};
        QTest::newRow("LegacyKeyValueFormat ok")
            << QByteArray("FROM a\nENV A=1 B=\"2 3\"\n") << L("LegacyKeyValueFormat") << none
            << QString() << none;

        QTest::newRow("WorkdirRelativePath")
            << QByteArray("FROM a\nWORKDIR app\nWORKDIR sub\n") << L("WorkdirRelativePath")
            << QStringList{L("app")} << QString() << QStringList{L("app")};
        QTest::newRow("WorkdirRelativePath ok absolute first")
            << QByteArray("FROM a AS b\nWORKDIR /app\nFROM b\nWORKDIR sub\n")
            << L("WorkdirRelativePath") << none << QString() << none;

        QTest::newRow("ExposeProtoCasing")
            << QByteArray("FROM a\nEXPOSE 80/TCP 53/udp\n") << L("ExposeProtoCasing")
            << QStringList{L("80/TCP")} << L("FROM a\nEXPOSE 80/tcp 53/udp\n")
            << QStringList{L("80/TCP")};
        QTest::newRow("ExposeProtoCasing ok")
            << QByteArray("FROM a\nEXPOSE 80/tcp 443\n") << L("ExposeProtoCasing") << none
            << QString() << none;
        QTest::newRow("ExposeInvalidFormat")
            << QByteArray("FROM a\nEXPOSE 127.0.0.1:80:80 8080:80/udp\n")
            << L("ExposeInvalidFormat") << QStringList{L("127.0.0.1:80:80"), L("8080:80/udp")}
            << L("FROM a\nEXPOSE 80 8080:80/udp\n") << none;
        QTest::newRow("ExposeInvalidFormat ok")
            << QByteArray("FROM a\nEXPOSE 8000-8010\n") << L("ExposeInvalidFormat") << none
            << QString() << none;

        QTest::newRow("RedundantTargetPlatform")
            << QByteArray("FROM --platform=${TARGETPLATFORM} alpine\n")
            << L("RedundantTargetPlatform") << QStringList{L("--platform=${TARGETPLATFORM}")}
            << L("FROM alpine\n") << none;
        QTest::newRow("RedundantTargetPlatform ok")
            << QByteArray("FROM --platform=$BUILDPLATFORM alpine\n") << L("RedundantTargetPlatform")
            << none << QString() << none;

        QTest::newRow("FromPlatformFlagConstDisallowed")
            << QByteArray("FROM --platform=linux/amd64 alpine AS base\n")
            << L("FromPlatformFlagConstDisallowed") << QStringList{L("--platform=linux/amd64")}
            << QString() << QStringList{L("linux/amd64")};
        QTest::newRow("FromPlatformFlagConstDisallowed ok named")
            << QByteArray("FROM --platform=linux/arm64 alpine AS build_arm64\n")
            << L("FromPlatformFlagConstDisallowed") << none << QString() << none;

        QTest::newRow("SecretsUsedInArgOrEnv") << QByteArray(
            "ARG GITHUB_TOKEN\nFROM a\nARG API_KEY=x aws_secret_access_key\nENV DB_PASSWORD=x\n")
                                               << L("SecretsUsedInArgOrEnv")
                                               << QStringList{L("GITHUB_TOKEN"), L("API_KEY"),
                                                              L("aws_secret_access_key"),
                                                              L("DB_PASSWORD")}
                                               << QString()
                                               << QStringList{L("ARG"), L("GITHUB_TOKEN")};
        QTest::newRow("SecretsUsedInArgOrEnv ok")
            << QByteArray("FROM a\nARG PUBLIC_KEY KEYBOARD TOKEN_FILE NODE_VERSION\nENV MONKEY=1\n")
            << L("SecretsUsedInArgOrEnv") << none << QString() << none;

        QTest::newRow("UndefinedVar scratch")
            << QByteArray("FROM scratch\nCOPY $SRC /app\nARG SRC\nCOPY $SRC /\n")
            << L("UndefinedVar") << QStringList{L("$SRC")} << QString()
            << QStringList{L("SRC"), QString()};
        QTest::newRow("UndefinedVar meta arg not redeclared")
            << QByteArray("ARG VERSION=1\nFROM alpine\nLABEL version=$VERSION\n")
            << L("UndefinedVar") << QStringList{L("$VERSION")} << QString() << none;
        QTest::newRow("UndefinedVar typo")
            << QByteArray("FROM alpine\nENV PATH=$PAHT:/app/bin\n") << L("UndefinedVar")
            << QStringList{L("$PAHT")} << QString() << QStringList{L("PAHT"), L("PATH")};
        QTest::newRow("UndefinedVar ENV sees the previous environment")
            << QByteArray("FROM scratch\nENV A=1 B=$A\nENV C=$A\n") << L("UndefinedVar")
            << QStringList{L("$A")} << QString() << none;
        QTest::newRow("UndefinedVar ok: image env unknown, RUN ignored, default given")
            << QByteArray(
                   "FROM python\nENV V=$PYTHON_VERSION\nRUN echo $NOPE\nWORKDIR ${HOME:-/root}\n")
            << L("UndefinedVar") << none << QString() << none;

        QTest::newRow("UnusedStage")
            << QByteArray("FROM a AS docs\nFROM b\n") << L("UnusedStage")
            << QStringList{L("FROM a AS docs")} << QString() << QStringList{L("docs")};
        QTest::newRow("UnusedStage unnamed")
            << QByteArray("FROM a\nFROM b\n") << L("UnusedStage") << QStringList{L("FROM a")}
            << QString() << QStringList{L("0")};
        QTest::newRow("UnusedStage ok") << QByteArray("FROM a AS x\nFROM b\nCOPY --from=x / /\n")
                                        << L("UnusedStage") << none << QString() << none;
    }

    void check()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QString, code);
        QFETCH(QStringList, texts);
        QFETCH(QString, fixed);
        QFETCH(QStringList, args);
        const std::string text = dockerfile.toStdString();
        const auto found = lintText(text);
        QCOMPARE(textsFor(text, found, code), texts);
        const Diagnostic *first = nullptr;
        for (const Diagnostic &d : found)
            if (q(d.code) == code && first == nullptr)
                first = &d;
        if (!args.isEmpty()) {
            QVERIFY(first != nullptr);
            QStringList got;
            for (const auto &a : first->args)
                got << q(a);
            QCOMPARE(got, args);
        }
        if (!fixed.isEmpty()) {
            QVERIFY(first != nullptr && first->fix.has_value());
            const std::string edited = applyFix(text, *first->fix);
            QCOMPARE(q(edited), fixed);
            // The fix removes that finding.
            const auto after = lintText(edited);
            QVERIFY(textsFor(edited, after, code).size() < texts.size());
        }
        for (const Diagnostic &d : found) {
            const DiagnosticInfo *info = diagnosticInfo(d.code);
            QVERIFY2(info != nullptr, d.code.c_str());
        }
    }

    void unusedStageFollowsTarget()
    {
        const std::string text
            = "FROM a AS build\nFROM b AS test\nCOPY --from=build / /\nFROM c AS final\n";
        const auto tree = SyntaxTree::parse(text);
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(
            textsFor(text, lint(*tree, g), QStringLiteral("UnusedStage")),
            (QStringList{QStringLiteral("FROM a AS build"), QStringLiteral("FROM b AS test")}));
        QCOMPARE(textsFor(text, lint(*tree, g, LintOptions{1}), QStringLiteral("UnusedStage")),
                 QStringList{QStringLiteral("FROM c AS final")});
        QCOMPARE(
            textsFor(text, lint(*tree, g, LintOptions{0}), QStringLiteral("UnusedStage")),
            (QStringList{QStringLiteral("FROM b AS test"), QStringLiteral("FROM c AS final")}));
    }

    void checkDirectiveSkips_data()
    {
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("skip list") << QByteArray(
            "# check=skip=JSONArgsRecommended,StageNameCasing\nFROM a AS B\nCMD x y\n")
                                   << QStringList()
                                   << QStringList{QStringLiteral("JSONArgsRecommended"),
                                                  QStringLiteral("StageNameCasing")};
        QTest::newRow("skip all keeps errors")
            << QByteArray("# check=skip=all\nFROM a AS B\nCMD x y\nCOPY --from=7 / /\n")
            << QStringList{QStringLiteral("IndexOutOfRange")}
            << QStringList{QStringLiteral("JSONArgsRecommended"),
                           QStringLiteral("StageNameCasing")};
        QTest::newRow("no directive")
            << QByteArray("FROM a AS B\nCMD x y\n")
            << QStringList{QStringLiteral("JSONArgsRecommended"), QStringLiteral("StageNameCasing")}
            << QStringList();
        QTest::newRow("not in the leading block")
            << QByteArray("FROM a AS B\n# check=skip=all\nCMD x y\n")
            << QStringList{QStringLiteral("JSONArgsRecommended"), QStringLiteral("StageNameCasing")}
            << QStringList();
    }

    void checkDirectiveSkips()
    {
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const auto found = codes(lintText(dockerfile.toStdString()));
        for (const QString &c : present)
            QVERIFY2(found.contains(c), qPrintable(c));
        for (const QString &c : absent)
            QVERIFY2(!found.contains(c), qPrintable(c));
    }

    void checkDirectiveErrorTrueEscalates()
    {
        const auto found = lintText("# check=error=true\nFROM a AS B\n");
        bool seen = false;
        for (const Diagnostic &d : found) {
            if (d.code == "StageNameCasing") {
                seen = true;
                QCOMPARE(d.severity, Severity::Error);
            }
        }
        QVERIFY(seen);
    }

    void syntaxAndGraphDiagnosticsAreIncludedAndSorted()
    {
        const std::string text = "FROM a\nFOO bar\nCOPY --from=9 / /\nCMD x\n";
        const auto found = lintText(text);
        const auto set = codes(found);
        QVERIFY(set.contains(QStringLiteral("UnknownInstruction")));
        QVERIFY(set.contains(QStringLiteral("IndexOutOfRange")));
        QVERIFY(set.contains(QStringLiteral("JSONArgsRecommended")));
        for (std::size_t i = 1; i < found.size(); ++i) {
            const Diagnostic &p = found[i - 1];
            const Diagnostic &d = found[i];
            QVERIFY(p.range.begin < d.range.begin
                    || (p.range.begin == d.range.begin && p.code <= d.code));
        }
    }

    void dataFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clean") << QStringLiteral("lint/clean.Dockerfile") << QStringList();
        QTest::newRow("messy") << QStringLiteral("lint/messy.Dockerfile")
                               << QStringList{QStringLiteral("ConsistentInstructionCasing"),
                                              QStringLiteral("ExposeProtoCasing"),
                                              QStringLiteral("FromAsCasing"),
                                              QStringLiteral("JSONArgsRecommended"),
                                              QStringLiteral("LegacyKeyValueFormat"),
                                              QStringLiteral("MaintainerDeprecated"),
                                              QStringLiteral("MultipleInstructionsDisallowed"),
                                              QStringLiteral("StageNameCasing"),
                                              QStringLiteral("UnknownStage"),
                                              QStringLiteral("UnusedStage"),
                                              QStringLiteral("WorkdirRelativePath")};
    }

    void dataFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const std::string text = readFile(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/") + file);
        QVERIFY(!text.empty());
        QStringList got = codes(lintText(text)).values();
        got.sort();
        QCOMPARE(got, expected);
    }

    void catalogIsCompleteAndDocumented()
    {
        const auto &catalog = diagnosticCatalog();
        std::set<std::string_view> seen;
        for (const DiagnosticInfo &info : catalog) {
            QVERIFY2(seen.insert(info.code).second, std::string(info.code).c_str());
            QVERIFY(!info.summary.empty());
            QVERIFY(!info.url.empty());
            QCOMPARE(diagnosticInfo(info.code), &info);
        }
        for (const char *code :
             {"SyntaxEmptyFile", "SyntaxNoInstructions", "SyntaxEnvNoValue",
              "SyntaxEnvMissingEquals", "SyntaxNestedJson", "SyntaxUnterminatedHeredoc",
              "SyntaxInvalidEscape", "SyntaxDuplicateDirective", "SyntaxLineTooLong",
              "UnknownInstruction", "SyntaxInvalidUtf8"}) {
            QVERIFY2(diagnosticInfo(code) != nullptr, code);
            QCOMPARE(diagnosticInfo(code)->severity, Severity::Error);
        }
        QVERIFY(diagnosticInfo("NoSuchCode") == nullptr);
        QCOMPARE(
            diagnosticInfo("JSONArgsRecommended")->url,
            std::string_view("https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"));

        const std::string docs
            = readFile(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/../../docs/diagnostics.md"));
        QVERIFY(!docs.empty());
        for (const DiagnosticInfo &info : catalog) {
            const std::string anchor = "<a id=\"" + std::string(info.code) + "\"></a>";
            QVERIFY2(docs.find(anchor) != std::string::npos, std::string(info.code).c_str());
        }
    }

    void realCorpusLintsWithoutSurprises()
    {
        STAGECRAFT_REQUIRE_SHARED();
        const QString shared = stagecraft::tests::sharedDir();
        const QDir dir(shared + QStringLiteral("/corpus/real"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 100);
        for (const QString &name : files) {
            if (!name.contains(QStringLiteral("Dockerfile")))
                continue; // INDEX.tsv, README.md
            const std::string text = readFile(dir.filePath(name));
            const auto tree = SyntaxTree::parse(text);
            const StageGraph g = StageGraph::derive(*tree);
            const auto found = lint(*tree, g);
            for (std::size_t i = 0; i < found.size(); ++i) {
                const Diagnostic &d = found[i];
                QVERIFY2(d.range.end <= text.size() && d.range.begin <= d.range.end,
                         qPrintable(name));
                QVERIFY2(diagnosticInfo(d.code) != nullptr, qPrintable(name));
                if (i > 0)
                    QVERIFY2(found[i - 1].range.begin <= d.range.begin, qPrintable(name));
                if (d.fix) {
                    std::uint32_t previous = 0;
                    for (const TextEdit &e : d.fix->edits) {
                        QVERIFY2(e.range.begin >= previous && e.range.end <= text.size(),
                                 qPrintable(name));
                        previous = e.range.end;
                    }
                    const auto fixedTree = SyntaxTree::parse(applyFix(text, *d.fix));
                    QVERIFY2(fixedTree->print() == applyFix(text, *d.fix), qPrintable(name));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
