// SPDX-License-Identifier: GPL-3.0-or-later
// "Step N/M" → instruction, checked against the steps dockerd 20.10 really announced (the
// recordings of tst_buildpanel): meta ARGs count, FROMs count, a target drops later stages.
#include "tests/EngineReplay.h"

#include "app/BuildStepMap.h"
#include "engine/BuildStreamDecoder.h"
#include "engine/HttpResponseParser.h"
#include "engine/JsonLinesDecoder.h"

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QTest>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

struct Step
{
    int step;
    int total;
    QString instruction;
};

/// The "Step N/M" events of the /build reply in a recording.
QList<Step> recordedSteps(const QString &name)
{
    tests::EngineRecording recording;
    if (!recording.load(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/engine/recordings/") + name
                        + u".json"_s))
        return {};
    QList<Step> steps;
    for (const tests::RecordedExchange &exchange : recording.exchanges) {
        if (!exchange.request.startsWith("POST /v1.41/build"))
            continue;
        HttpResponseParser parser;
        std::string body;
        for (const QByteArray &chunk : exchange.chunks)
            parser.feed(std::string_view(chunk.constData(), static_cast<std::size_t>(chunk.size())),
                        body);
        JsonLinesDecoder lines;
        std::vector<std::string> decoded;
        lines.feed(body, decoded);
        lines.finish(decoded);
        BuildStreamDecoder decoder;
        for (const std::string &line : decoded) {
            for (const BuildEvent &event :
                 decoder.feedLine(QByteArray(line.data(), static_cast<qsizetype>(line.size())))) {
                if (event.type == BuildEvent::Type::Step)
                    steps.append({event.step, event.total, event.text});
            }
        }
    }
    return steps;
}

} // namespace

class TestBuildStepMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metaArgsAndStagesCount();
    void targetDropsLaterStages();
    void mismatchIsDetected();
};

void TestBuildStepMap::metaArgsAndStagesCount()
{
    const auto tree = model::SyntaxTree::parse("ARG BASE=stagecraft/busybox\n"
                                               "FROM ${BASE} AS builder\n"
                                               "ARG SIZE=300000\n"
                                               "RUN head -c ${SIZE} /dev/zero > /blob\n"
                                               "RUN echo built > /done\n"
                                               "FROM stagecraft/busybox\n"
                                               "COPY --from=builder /done /done\n");
    const auto graph = model::StageGraph::derive(*tree);
    const BuildStepMap map(*tree, graph);
    const QList<Step> steps = recordedSteps(u"build-steps"_s);
    QCOMPARE(steps.size(), 7);
    QCOMPARE(map.totalSteps(), 7);
    for (const Step &step : steps) {
        QVERIFY2(map.matches(step.step, step.total, step.instruction),
                 qPrintable(step.instruction));
        QCOMPARE(map.lineForStep(step.step), step.step); // one instruction per line here
    }
    QCOMPARE(map.stageForStep(1), -1); // the meta ARG
    QCOMPARE(map.stageForStep(2), 0);
    QCOMPARE(map.stageForStep(6), 1);
    QCOMPARE(map.instructionForStep(0), -1);
    QCOMPARE(map.instructionForStep(8), -1);
    QCOMPARE(map.lineForStep(8), 0);
}

void TestBuildStepMap::targetDropsLaterStages()
{
    const auto tree = model::SyntaxTree::parse("FROM stagecraft/busybox AS base\n"
                                               "RUN echo ok > /ok\n"
                                               "FROM base AS broken\n"
                                               "RUN echo about to fail && exit 3\n"
                                               "RUN echo never\n"
                                               "FROM stagecraft/busybox\n"
                                               "COPY --from=broken /ok /ok\n");
    const auto graph = model::StageGraph::derive(*tree);
    const BuildStepMap map(*tree, graph, 1);
    const QList<Step> steps = recordedSteps(u"build-fail"_s);
    // The engine announced 5 steps (stages 0 and 1), and failed at the 4th.
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.first().total, 5);
    QCOMPARE(map.totalSteps(), 5);
    for (const Step &step : steps)
        QVERIFY2(map.matches(step.step, step.total, step.instruction),
                 qPrintable(step.instruction));
    QCOMPARE(map.lineForStep(4), 4);
    QCOMPARE(map.stageForStep(4), 1);
    // Without the target the file has 7 steps.
    QCOMPARE(BuildStepMap(*tree, graph).totalSteps(), 7);
}

void TestBuildStepMap::mismatchIsDetected()
{
    const auto tree = model::SyntaxTree::parse("FROM a\n"
                                               "RUN x \\\n"
                                               "  && y\n"
                                               "COPY . .\n");
    const auto graph = model::StageGraph::derive(*tree);
    const BuildStepMap map(*tree, graph);
    QCOMPARE(map.totalSteps(), 3);
    QVERIFY(map.matches(2, 3, u"RUN x   && y"_s));
    QCOMPARE(map.lineForStep(3), 4);            // a continuation line does not count
    QVERIFY(!map.matches(2, 4, u"RUN x"_s));    // another total: another text
    QVERIFY(!map.matches(3, 3, u"RUN x"_s));    // another keyword
    QVERIFY(!map.matches(4, 3, u"COPY . ."_s)); // out of range
}

QTEST_MAIN(TestBuildStepMap)
#include "tst_buildstepmap.moc"
