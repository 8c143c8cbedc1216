// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EditEngine.h"
#include "model/EditOperation.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QFile>

#include <QtTest>

#include <nlohmann/json.hpp>

#include <string>

using namespace stagecraft::model;

namespace {

struct Outcome
{
    bool ok = false;
    std::string refusal;
    std::string text;
};

Outcome run(const std::string &text, const EditOperation &op)
{
    const auto tree = SyntaxTree::parse(text);
    const StageGraph graph = StageGraph::derive(*tree);
    const EditResult r = EditEngine(*tree, graph).apply(op);
    Outcome o;
    o.ok = r.ok();
    o.refusal = r.refusal;
    o.text = r.ok() ? applyEdits(text, r.edits) : text;
    return o;
}

QByteArray b(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

using stagecraft::tests::readFile;

struct StageShape
{
    std::string name;
    std::string base;
    friend bool operator==(const StageShape &, const StageShape &) = default;
};

std::vector<StageShape> shapes(const StageGraph &g)
{
    std::vector<StageShape> out;
    for (const Stage &s : g.stages())
        out.push_back({s.nameLower, s.base});
    return out;
}

/// Edges as (kind, from, to) — what the canvas draws.
std::vector<std::tuple<int, int, int>> arrows(const StageGraph &g)
{
    std::vector<std::tuple<int, int, int>> out;
    for (const Edge &e : g.edges())
        out.emplace_back(static_cast<int>(e.kind), e.from, e.to);
    std::sort(out.begin(), out.end());
    return out;
}

const char *const Python = "FROM python:3.11 AS builder\n"
                           "WORKDIR /app\n"
                           "COPY requirements.txt /app\n"
                           "RUN pip install -r requirements.txt\n"
                           "\n"
                           "# runtime\n"
                           "FROM python:3.11-slim\n"
                           "COPY --from=builder /usr/local/lib/python3.11/site-packages/ "
                           "/usr/local/lib/python3.11/site-packages/\n"
                           "COPY . /app\n"
                           "EXPOSE 8000\n"
                           "CMD [\"python\", \"app.py\"]\n";

} // namespace

class TestEditEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renameUpdatesEveryReference()
    {
        const std::string src = "FROM golang:1.22 AS build\n"
                                "RUN go build -o /out/app\n"
                                "FROM build AS test\n"
                                "RUN --mount=type=cache,from=Build,target=/x go test\n"
                                "FROM alpine\n"
                                "COPY --from=build /out/app /app  # not a comment\n"
                                "COPY --from=0 /etc/x /etc/x\n";
        const Outcome o = run(src, RenameStage{"build", "compile"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text),
                 b("FROM golang:1.22 AS compile\n"
                   "RUN go build -o /out/app\n"
                   "FROM compile AS test\n"
                   "RUN --mount=type=cache,from=compile,target=/x go test\n"
                   "FROM alpine\n"
                   "COPY --from=compile /out/app /app  # not a comment\n"
                   "COPY --from=0 /etc/x /etc/x\n"));
    }

    void renameAddsAsToUnnamedStageInTheFilesCase()
    {
        const Outcome o = run("from alpine\nrun true\n", RenameStage{"0", "base"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text), b("from alpine as base\nrun true\n"));
    }

    void renameRefusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("invalid") << QStringLiteral("1abc") << QStringLiteral("InvalidStageName");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("InvalidStageName");
        QTest::newRow("duplicate-case")
            << QStringLiteral("BUILDER") << QStringLiteral("DuplicateStageName");
        QTest::newRow("reserved") << QStringLiteral("scratch")
                                  << QStringLiteral("ReservedStageName");
    }

    void renameRefusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const std::string src = "FROM a AS builder\nFROM b AS other\n";
        const Outcome o = run(src, RenameStage{"other", name.toStdString()});
        QVERIFY(!o.ok);
        QCOMPARE(QString::fromStdString(o.refusal), refusal);
        QCOMPARE(o.text, src);
    }

    void addStageFollowsTheFilesConventions()
    {
        const Outcome end = run(Python, AddStage{"alpine:3.20", "test", "", "", ""});
        QVERIFY(end.ok);
        QCOMPARE(b(end.text), b(std::string(Python) + "\nFROM alpine:3.20 AS test\n"));

        const Outcome crlf = run("from a\r\nrun x\r\n", AddStage{"b", "", "linux/amd64", "", ""});
        QVERIFY(crlf.ok);
        QCOMPARE(b(crlf.text), b("from a\r\nrun x\r\n\r\nfrom --platform=linux/amd64 b\r\n"));

        const Outcome noNewline = run("FROM a", AddStage{"b", "", "", "", ""});
        QCOMPARE(b(noNewline.text), b("FROM a\n\nFROM b\n"));
    }

    void addStageBeforeShiftsNumericReferences()
    {
        const std::string src = "FROM a\nRUN x\n\nFROM b\nCOPY --from=0 /x /x\n";
        const Outcome o = run(src, AddStage{"c", "first", "", "", "0"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text), b("FROM c AS first\n\nFROM a\nRUN x\n\nFROM b\nCOPY --from=1 /x /x\n"));
        const auto tree = SyntaxTree::parse(o.text);
        const StageGraph g = StageGraph::derive(*tree);
        QCOMPARE(g.edges().front().from, 1);
    }

    void removeStageLeavesOrCascades()
    {
        const std::string src
            = "FROM a AS build\nRUN make\n\n"
              "FROM b AS tools\n\n"
              "FROM c\nCOPY --from=build /out /out\nRUN --mount=from=build,target=/b "
              "--mount=from=tools,target=/t true\nCOPY --from=1 /t /t\n";
        const Outcome keep = run(src, RemoveStage{"build", false});
        QVERIFY(keep.ok);
        QCOMPARE(b(keep.text),
                 b("FROM b AS tools\n\n"
                   "FROM c\nCOPY --from=build /out /out\nRUN --mount=from=build,target=/b "
                   "--mount=from=tools,target=/t true\nCOPY --from=0 /t /t\n"));
        const Outcome cascade = run(src, RemoveStage{"build", true});
        QVERIFY(cascade.ok);
        QCOMPARE(b(cascade.text),
                 b("FROM b AS tools\n\n"
                   "FROM c\nRUN --mount=from=tools,target=/t true\nCOPY --from=0 /t /t\n"));
        const Outcome base = run("FROM a AS x\nFROM x\n", RemoveStage{"x", true});
        QVERIFY(!base.ok);
        QCOMPARE(base.refusal, std::string("StageIsBase"));
        const Outcome last = run(src, RemoveStage{"2", false});
        QCOMPARE(b(last.text), b("FROM a AS build\nRUN make\n\nFROM b AS tools\n"));
    }

    void moveStageRewritesIndicesAndRefusesForwardReferences()
    {
        const std::string src = "FROM a AS one\n\nFROM b AS two\n\nFROM c\nCOPY --from=0 /x "
                                "/x\nCOPY --from=two /y /y\n";
        const Outcome o = run(src, MoveStage{"two", "", "one"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text),
                 b("FROM b AS two\n\nFROM a AS one\n\nFROM c\nCOPY --from=1 /x /x\nCOPY --from=two "
                   "/y /y\n"));
        const Outcome refused = run(src, MoveStage{"2", "", "one"});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.refusal, std::string("MoveBreaksReference"));
        const Outcome toEnd
            = run("FROM a AS x\nRUN 1\n\nFROM b AS y\nRUN 2\n", MoveStage{"x", "y", ""});
        QVERIFY(toEnd.ok);
        QCOMPARE(b(toEnd.text), b("FROM b AS y\nRUN 2\n\nFROM a AS x\nRUN 1\n"));
        const Outcome noop = run(src, MoveStage{"one", "", "two"});
        QVERIFY(noop.ok);
        QCOMPARE(noop.text, src);
    }

    void setBaseAndPlatform()
    {
        const std::string src = "FROM golang:1.22 AS build\nFROM --platform=linux/arm64 alpine\n";
        QCOMPARE(b(run(src, SetBase{"1", "build"}).text),
                 b("FROM golang:1.22 AS build\nFROM --platform=linux/arm64 build\n"));
        QCOMPARE(run(src, SetBase{"0", "1"}).ok, true); // "1" is an image tag here, not a stage
        QCOMPARE(run(src, SetBase{"build", "build"}).refusal, std::string("SelfReference"));
        QCOMPARE(b(run(src, SetPlatform{"1", ""}).text),
                 b("FROM golang:1.22 AS build\nFROM alpine\n"));
        QCOMPARE(b(run(src, SetPlatform{"0", "linux/amd64"}).text),
                 b("FROM --platform=linux/amd64 golang:1.22 AS build\nFROM --platform=linux/arm64 "
                   "alpine\n"));
        QCOMPARE(b(run(src, SetPlatform{"1", "linux/amd64"}).text),
                 b("FROM golang:1.22 AS build\nFROM --platform=linux/amd64 alpine\n"));
    }

    void addCopyIsPlacedWhereAPersonWouldWriteIt()
    {
        const Outcome o = run(
            Python, AddCopy{"builder", "1", {"/app/dist"}, "/app/dist", "app:app", "", false});
        QVERIFY(o.ok);
        std::string expected = Python;
        const std::string anchor = "COPY . /app\n";
        expected.insert(expected.find(anchor) + anchor.size(),
                        "COPY --from=builder --chown=app:app /app/dist /app/dist\n");
        QCOMPARE(b(o.text), b(expected));

        const Outcome indented = run("FROM a AS b\nFROM c\n    WORKDIR /w\n    CMD x\n",
                                     AddCopy{"0", "1", {"my file"}, "/w/", "", "", true});
        QCOMPARE(b(indented.text),
                 b("FROM a AS b\nFROM c\n    WORKDIR /w\n    COPY --from=b --link [\"my file\", "
                   "\"/w/\"]\n    CMD x\n"));

        QCOMPARE(run(Python, AddCopy{"1", "0", {"/x"}, "/x", "", "", false}).refusal,
                 std::string("ForwardReference"));
        QCOMPARE(run(Python, AddCopy{"0", "0", {"/x"}, "/x", "", "", false}).refusal,
                 std::string("SelfReference"));
        const Outcome image = run(
            "FROM a\n", AddCopy{"nginx:alpine", "0", {"/etc/nginx"}, "/etc/nginx", "", "", false});
        QCOMPARE(b(image.text), b("FROM a\nCOPY --from=nginx:alpine /etc/nginx /etc/nginx\n"));
    }

    void removeAndRetargetArrows()
    {
        const std::string src
            = "FROM a AS x\nFROM b AS y\nFROM c\nCOPY --from=x /one /two /dest/\nRUN true\n";
        QCOMPARE(b(run(src, RemoveCopy{"2", 4, "/one"}).text),
                 b("FROM a AS x\nFROM b AS y\nFROM c\nCOPY --from=x /two /dest/\nRUN true\n"));
        QCOMPARE(b(run(src, RemoveCopy{"2", 4, ""}).text),
                 b("FROM a AS x\nFROM b AS y\nFROM c\nRUN true\n"));
        QCOMPARE(run(src, RemoveCopy{"2", 5, ""}).refusal, std::string("NotAnArrow"));
        QCOMPARE(run(src, RemoveCopy{"2", 4, "/nope"}).refusal, std::string("NoSuchSource"));
        QCOMPARE(b(run(src, RetargetCopy{4, "y", ""}).text),
                 b("FROM a AS x\nFROM b AS y\nFROM c\nCOPY --from=y /one /two /dest/\nRUN true\n"));
        QCOMPARE(b(run(src, RetargetCopy{4, "", "y"}).text),
                 b("FROM a AS x\nFROM b AS y\nCOPY --from=x /one /two /dest/\nFROM c\nRUN true\n"));
        QCOMPARE(run(src, RetargetCopy{4, "", "x"}).refusal, std::string("ForwardReference"));
    }

    void instructionsCanBeAddedRemovedMovedAndEdited()
    {
        const std::string src = "FROM a\nWORKDIR /w\nRUN one\nCMD x\n";
        QCOMPARE(b(run(src, AddInstruction{"0", "RUN two", -1}).text),
                 b("FROM a\nWORKDIR /w\nRUN one\nRUN two\nCMD x\n"));
        QCOMPARE(b(run(src, AddInstruction{"0", "ENV A=1", -1}).text),
                 b("FROM a\nWORKDIR /w\nENV A=1\nRUN one\nCMD x\n"));
        QCOMPARE(b(run(src, AddInstruction{"0", "EXPOSE 80", -1}).text),
                 b("FROM a\nWORKDIR /w\nRUN one\nEXPOSE 80\nCMD x\n"));
        QCOMPARE(b(run(src, AddInstruction{"0", "USER app", 0}).text),
                 b("FROM a\nUSER app\nWORKDIR /w\nRUN one\nCMD x\n"));
        QCOMPARE(run(src, AddInstruction{"0", "FROM b", -1}).refusal, std::string("UseAddStage"));
        QCOMPARE(run(src, AddInstruction{"0", "BOGUS x", -1}).refusal,
                 std::string("InvalidInstruction"));
        QCOMPARE(b(run(src, RemoveInstruction{3}).text), b("FROM a\nWORKDIR /w\nCMD x\n"));
        QCOMPARE(run(src, RemoveInstruction{1}).refusal, std::string("UseRemoveStage"));
        QCOMPARE(b(run(src, MoveInstruction{4, 0}).text),
                 b("FROM a\nCMD x\nWORKDIR /w\nRUN one\n"));
        QCOMPARE(b(run(src, MoveInstruction{2, 2}).text),
                 b("FROM a\nRUN one\nCMD x\nWORKDIR /w\n"));
        QCOMPARE(b(run(src, EditInstruction{3, "RUN make all"}).text),
                 b("FROM a\nWORKDIR /w\nRUN make all\nCMD x\n"));
        QCOMPARE(run(src, EditInstruction{1, "RUN x"}).refusal, std::string("MustStayFrom"));
        QCOMPARE(b(run("FROM a\nCMD x", RemoveInstruction{2}).text), b("FROM a"));
    }

    void duplicateStageCopiesItUnderANewName()
    {
        const std::string src
            = "FROM a AS x\n# build it\nRUN make\n\nFROM b\nCOPY --from=1 /y /y\n";
        const Outcome o = run(src, DuplicateStage{"x", "x2"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text),
                 b("FROM a AS x\n# build it\nRUN make\n\nFROM a AS x2\n# build it\nRUN "
                   "make\n\nFROM b\nCOPY --from=2 /y /y\n"));
        QCOMPARE(run(src, DuplicateStage{"x", "X"}).refusal, std::string("DuplicateStageName"));
    }

    void commentsAndFormattingOutsideTheEditSurvive()
    {
        const std::string src = "# syntax=docker/dockerfile:1\n# escape=`\n\n# builder\nFROM a AS "
                                "b\nRUN echo `\n  hi  # not a comment\n\n# final stage\nFROM c\n";
        const Outcome o = run(src, RenameStage{"b", "builder"});
        QVERIFY(o.ok);
        QCOMPARE(b(o.text),
                 b("# syntax=docker/dockerfile:1\n# escape=`\n\n# builder\nFROM a AS builder\nRUN "
                   "echo `\n  hi  # not a comment\n\n# final stage\nFROM c\n"));
        const Outcome moved = run(src, MoveStage{"1", "", "0"});
        QVERIFY(moved.ok);
        QCOMPARE(b(moved.text),
                 b("# syntax=docker/dockerfile:1\n# escape=`\n\n# final stage\nFROM c\n\n# "
                   "builder\nFROM a AS b\nRUN echo `\n  hi  # not a comment\n"));
    }

    void operationsRoundTripThroughJson()
    {
        const std::vector<EditOperation> ops
            = {AddStage{"alpine", "x", "linux/amd64", "", "0"},
               RemoveStage{"x", true},
               RenameStage{"a", "b"},
               MoveStage{"a", "b", ""},
               SetBase{"a", "img"},
               SetPlatform{"a", ""},
               AddCopy{"a", "b", {"/x", "/y"}, "/d", "u", "755", true},
               RemoveCopy{"b", 3, "/x"},
               RetargetCopy{4, "a", "c"},
               AddInstruction{"a", "RUN x", 2},
               RemoveInstruction{3},
               MoveInstruction{3, 1},
               EditInstruction{3, "RUN y"},
               DuplicateStage{"a", "a2"}};
        for (const EditOperation &op : ops) {
            EditOperation back;
            JsonOperationError error;
            const nlohmann::json j = operationToJson(op);
            QVERIFY2(operationFromJson(j, back, error), error.code.c_str());
            QCOMPARE(operationToJson(back).dump(), j.dump());
        }
        // A refusal is a code and arguments; the CLI words it.
        EditOperation op;
        JsonOperationError error;
        QVERIFY(!operationFromJson(nlohmann::json::parse(R"({"op":"rename-stage","stage":"a"})"),
                                   op, error));
        QCOMPARE(error.code, std::string("MissingField"));
        QCOMPARE(error.args, std::vector<std::string>{"name"});
        QVERIFY(!operationFromJson(nlohmann::json::parse(R"({"op":"fly"})"), op, error));
        QCOMPARE(error.code, std::string("UnknownOperation"));
        QCOMPARE(error.args, std::vector<std::string>{"fly"});
        QVERIFY(!operationFromJson(nlohmann::json::parse(R"({"op":"move-instruction","line":"x"})"),
                                   op, error));
        QCOMPARE(error.code, std::string("NotAnInteger"));
        QVERIFY(!operationFromJson(nlohmann::json::parse(R"([1])"), op, error));
        QCOMPARE(error.code, std::string("NotAnObject"));
    }

    /// Property test over the shared corpus: apply each operation, reparse, and check the graph
    /// changed exactly as intended and nothing else moved.
    void corpusPropertiesHold()
    {
        STAGECRAFT_REQUIRE_SHARED();
        const QString shared = stagecraft::tests::sharedDir();
        const QDir real(shared + QStringLiteral("/corpus/real"));
        int checked = 0;
        for (const QString &file : real.entryList(QDir::Files, QDir::Name)) {
            const std::string src = readFile(real.filePath(file));
            const auto tree = SyntaxTree::parse(src);
            const StageGraph g = StageGraph::derive(*tree);
            const int n = static_cast<int>(g.stages().size());
            if (n == 0)
                continue;
            const EditEngine engine(*tree, g);
            const QByteArray where = file.toUtf8();
            auto reparse = [](const std::string &text) {
                const auto t = SyntaxTree::parse(text);
                return std::make_pair(t, StageGraph::derive(*t));
            };

            // Rename every named stage: names change, every arrow keeps its endpoints.
            for (const Stage &s : g.stages()) {
                if (s.name.empty())
                    continue;
                const std::string newName = "renamed-" + std::to_string(s.index);
                const EditResult r = engine.apply(RenameStage{std::to_string(s.index), newName});
                QVERIFY2(r.ok(), where.constData());
                const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                QCOMPARE(g2.stages().size(), g.stages().size());
                QCOMPARE(g2.stages()[static_cast<std::size_t>(s.index)].nameLower, newName);
                QVERIFY2(arrows(g2) == arrows(g), where.constData());
                for (const Stage &other : g.stages()) {
                    if (other.index != s.index && other.baseStage != s.index)
                        QCOMPARE(g2.stages()[static_cast<std::size_t>(other.index)].base,
                                 other.base);
                }
                ++checked;
            }

            // Add a stage at the end: every old stage and arrow is untouched.
            {
                const EditResult r
                    = engine.apply(AddStage{"alpine:3.20", "added-by-test", "", "", ""});
                QVERIFY2(r.ok(), where.constData());
                const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                QCOMPARE(static_cast<int>(g2.stages().size()), n + 1);
                auto before = shapes(g);
                auto after = shapes(g2);
                QCOMPARE(after.back().name, std::string("added-by-test"));
                after.pop_back();
                QVERIFY2(after == before, where.constData());
                QVERIFY2(arrows(g2) == arrows(g), where.constData());
                ++checked;
            }

            // Add a stage before the first: indices shift by one, arrows follow.
            {
                const EditResult r = engine.apply(AddStage{"alpine:3.20", "", "", "", "0"});
                QVERIFY2(r.ok(), where.constData());
                const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                QCOMPARE(static_cast<int>(g2.stages().size()), n + 1);
                auto after = shapes(g2);
                after.erase(after.begin());
                QVERIFY2(after == shapes(g), where.constData());
                auto expected = arrows(g);
                for (auto &[kind, from, to] : expected) {
                    if (from >= 0)
                        ++from;
                    ++to;
                }
                std::sort(expected.begin(), expected.end());
                QVERIFY2(arrows(g2) == expected, where.constData());
                ++checked;
            }

            // Duplicate the final stage: one more stage with the same base.
            {
                const EditResult r
                    = engine.apply(DuplicateStage{std::to_string(n - 1), "dup-by-test"});
                QVERIFY2(r.ok(), where.constData());
                const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                QCOMPARE(static_cast<int>(g2.stages().size()), n + 1);
                QCOMPARE(g2.stages().back().base, g.stages().back().base);
                QCOMPARE(g2.stages().back().nameLower, std::string("dup-by-test"));
                ++checked;
            }

            // Move the last stage before the previous one, when no reference forbids it.
            if (n >= 2) {
                const EditResult r
                    = engine.apply(MoveStage{std::to_string(n - 1), "", std::to_string(n - 2)});
                bool forbidden = false;
                for (const Edge &e : g.edges())
                    forbidden = forbidden || (e.from == n - 2 && e.to == n - 1);
                QCOMPARE(r.ok(), !forbidden);
                if (r.ok()) {
                    const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                    QCOMPARE(static_cast<int>(g2.stages().size()), n);
                    auto expected = shapes(g);
                    std::swap(expected[static_cast<std::size_t>(n - 1)],
                              expected[static_cast<std::size_t>(n - 2)]);
                    QVERIFY2(shapes(g2) == expected, where.constData());
                }
                ++checked;
            }

            // Remove the first stage without cascade: one stage less, the rest keep their shape.
            {
                const EditResult r = engine.apply(RemoveStage{"0", false});
                QVERIFY2(r.ok(), where.constData());
                const auto [t2, g2] = reparse(applyEdits(src, r.edits));
                QCOMPARE(static_cast<int>(g2.stages().size()), n - 1);
                auto expected = shapes(g);
                expected.erase(expected.begin());
                QVERIFY2(shapes(g2) == expected, where.constData());
                ++checked;
            }
        }
        QVERIFY(checked > 500);
    }
};

QTEST_GUILESS_MAIN(TestEditEngine)
#include "tst_editengine.moc"
