// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/BuildStreamDecoder.h"
#include "engine/JsonLinesDecoder.h"

#include <QFile>
#include <QTest>

#include <string>
#include <vector>

using stagecraft::engine::BuildEvent;
using stagecraft::engine::BuildStreamDecoder;
using stagecraft::engine::JsonLinesDecoder;

namespace {

/// Streams a recorded reply (tests/data/engine/*.jsonl, captured from dockerd 20.10) through
/// the line splitter and the decoder, `step` bytes at a time.
QList<BuildEvent> decode(const QString &name, BuildStreamDecoder &decoder, int step)
{
    QFile file(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/engine/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    JsonLinesDecoder lines;
    std::vector<std::string> out;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
        const QByteArray piece = bytes.mid(pos, step);
        lines.feed(std::string_view(piece.constData(), static_cast<std::size_t>(piece.size())),
                   out);
    }
    lines.finish(out);
    QList<BuildEvent> events;
    for (const std::string &line : out)
        events += decoder.feedLine(QByteArray::fromStdString(line));
    events += decoder.finish();
    return events;
}

} // namespace

class TestBuildStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiStageGivesStepsAndStageImages();
    void failureReportsStep();
    void shortIdsWhenNoAux();
    void malformedLinesBecomeLog();
    void podmanStreamGivesTheSameEvents();
    void podmanFailureReportsStep();
    void podmanSkipsStagesATargetDoesNotNeed();
};

void TestBuildStream::multiStageGivesStepsAndStageImages()
{
    for (const int step : {1, 7, 4096}) {
        BuildStreamDecoder decoder;
        const QList<BuildEvent> events
            = decode(QStringLiteral("build-multistage.jsonl"), decoder, step);
        QStringList instructions;
        for (const BuildEvent &e : events) {
            if (e.type == BuildEvent::Type::Step) {
                QCOMPARE(e.total, 6);
                instructions << e.text;
            }
        }
        QCOMPARE(instructions.size(), 6);
        QCOMPARE(instructions.first(), QStringLiteral("FROM stagecraft/busybox AS a"));
        QCOMPARE(instructions.at(2), QStringLiteral("RUN echo hi > /f"));
        QCOMPARE(decoder.stageCount(), 2);
        QCOMPARE(decoder.stageImages().size(), 2);
        for (const QString &id : decoder.stageImages())
            QVERIFY2(id.startsWith(QStringLiteral("sha256:")), qPrintable(id));
        QCOMPARE(decoder.finalImageId(), decoder.stageImages().last());
        QVERIFY(!decoder.failed());
    }
}

void TestBuildStream::failureReportsStep()
{
    BuildStreamDecoder decoder;
    const QList<BuildEvent> events = decode(QStringLiteral("build-failing.jsonl"), decoder, 5);
    QVERIFY(decoder.failed());
    QCOMPARE(decoder.currentStep(), 2);
    QCOMPARE(decoder.currentInstruction(), QStringLiteral("RUN exit 3"));
    QVERIFY(decoder.errorMessage().contains(QStringLiteral("non-zero code: 3")));
    QCOMPARE(events.last().type, BuildEvent::Type::Error);
    QCOMPARE(events.last().step, 2);
}

void TestBuildStream::podmanStreamGivesTheSameEvents()
{
    // Recorded from Podman 4.3's compatible API (buildah): "[S/N] STEP i/n: …" counted per
    // stage, no step for the meta ARG, "--> <11 hex>" image lines, aux ID at the end only.
    for (const int step : {1, 7, 4096}) {
        BuildStreamDecoder decoder;
        decoder.setStageFirstSteps({2, 4}); // ARG, FROM a, RUN, FROM, COPY, RUN
        const QList<BuildEvent> events
            = decode(QStringLiteral("build-podman-multistage.jsonl"), decoder, step);
        QList<int> steps;
        QStringList instructions;
        for (const BuildEvent &e : events) {
            if (e.type == BuildEvent::Type::Step) {
                steps << e.step;
                instructions << e.text;
            }
        }
        QCOMPARE(steps, (QList<int>{2, 3, 4, 5, 6})); // as the classic builder numbers them
        QCOMPARE(decoder.totalSteps(), 6);
        QCOMPARE(instructions.at(3), QStringLiteral("COPY --from=a /one /one"));
        QCOMPARE(decoder.stageCount(), 2);
        QCOMPARE(decoder.stageImages().first(), QStringLiteral("9ad756b91d0"));
        QCOMPARE(decoder.stageImages().last(),
                 QStringLiteral(
                     "sha256:bb724131e87f484add3ccf854876870ae85a7bb109671aa72a0c5ce87d4f6015"));
        QCOMPARE(decoder.finalImageId(), decoder.stageImages().last());
        QVERIFY(!decoder.failed());
    }
}

void TestBuildStream::podmanFailureReportsStep()
{
    BuildStreamDecoder decoder;
    decoder.setStageFirstSteps({1});
    const QList<BuildEvent> events
        = decode(QStringLiteral("build-podman-failing.jsonl"), decoder, 3);
    QVERIFY(decoder.failed());
    QCOMPARE(decoder.currentStep(), 3);
    QCOMPARE(decoder.currentInstruction(), QStringLiteral("RUN exit 3"));
    QVERIFY(decoder.errorMessage().contains(QStringLiteral("exit status 3")));
    QCOMPARE(decoder.stageImages(), QStringList{QStringLiteral("7ec7b543634")});
    QCOMPARE(events.last().type, BuildEvent::Type::Error);
}

void TestBuildStream::podmanSkipsStagesATargetDoesNotNeed()
{
    // Podman 4.3, target "middle" of first/middle/last: only "[2/2]" is built.
    BuildStreamDecoder decoder;
    decoder.setStageFirstSteps({1, 3, 5});
    QList<int> steps;
    for (const char *line :
         {R"({"stream":"[2/2] STEP 1/2: FROM stagecraft/busybox AS middle\n"})",
          R"({"stream":"[2/2] STEP 2/2: RUN echo 2 \u003e /two\n"})",
          R"({"stream":"[2/2] COMMIT\n"})", R"({"stream":"--\u003e e1aff871d34\n"})"}) {
        for (const BuildEvent &e : decoder.feedLine(QByteArray(line))) {
            if (e.type == BuildEvent::Type::Step)
                steps << e.step;
        }
    }
    QCOMPARE(steps, (QList<int>{3, 4}));
    QCOMPARE(decoder.totalSteps(), 4);
    QCOMPARE(decoder.stageImages(), (QStringList{QString(), QStringLiteral("e1aff871d34")}));
}

void TestBuildStream::shortIdsWhenNoAux()
{
    BuildStreamDecoder decoder;
    const char *lines[] = {R"({"stream":"Step 1/3 : FROM a AS x\n"})",
                           R"({"stream":" ---> 0123456789ab\n"})",
                           R"({"stream":"Step 2/3 : FROM b"})",
                           R"({"stream":"\n ---> Running in ffffffffffff\n"})",
                           R"({"stream":" ---> aaaaaaaaaaaa\n"})",
                           R"({"stream":"Step 3/3 : RUN x\n ---> bbbbbbbbbbbb\n"})"};
    for (const char *line : lines)
        decoder.feedLine(QByteArray(line));
    QCOMPARE(decoder.stageImages(),
             (QStringList{QStringLiteral("0123456789ab"), QStringLiteral("bbbbbbbbbbbb")}));
}

void TestBuildStream::malformedLinesBecomeLog()
{
    BuildStreamDecoder decoder;
    const QList<BuildEvent> events = decoder.feedLine(QByteArray("not json"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, BuildEvent::Type::Log);
    QCOMPARE(events.first().text, QStringLiteral("not json"));
    QVERIFY(decoder.feedLine(QByteArray("[1,2]")).size() == 1);
}

QTEST_GUILESS_MAIN(TestBuildStream)
#include "tst_buildstream.moc"
