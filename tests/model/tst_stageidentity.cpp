// SPDX-License-Identifier: GPL-3.0-or-later
// Stable stage ids across reparses (model/StageIdentity.h) and the analysis snapshot that carries
// them (model/Analysis.h): a rename, a move, both at once, insertions, deletions, duplicate names
// and unnamed stages.

#include "model/Analysis.h"
#include "model/StageIdentity.h"

#include <QList>
#include <QString>
#include <QTest>

#include <algorithm>
#include <set>
#include <string>

using namespace stagecraft;

namespace {

std::shared_ptr<const model::Analysis> analyse(const QString &text,
                                               const model::Analysis *previous = nullptr)
{
    return model::Analysis::build(text.toStdString(), {}, previous);
}

} // namespace

class TestStageIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsFollowTheStages_data();
    void idsFollowTheStages();
    void idsAreDistinctAndNeverReused();
    void eachPreviousIdIsGivenAtMostOnce();
    void fingerprintsViewTheNameBaseAndBody();
    void relintSharesTheTreeGraphOffsetsAndIds();
    void analysisAnswersIndexAndIdQuestions();
};

void TestStageIdentity::idsFollowTheStages_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    // For each stage after the edit: the index of the stage before it whose id it keeps, or -1
    // for a new id.
    QTest::addColumn<QList<int>>("keeps");

    const QString ab = QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS b\nRUN y\n");
    QTest::newRow("unchanged") << ab << ab << QList<int>{0, 1};
    QTest::newRow("typing in a stage")
        << ab << QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS b\nRUN yes\n")
        << QList<int>{0, 1};
    QTest::newRow("rename") << ab
                            << QStringLiteral(
                                   "FROM alpine AS a\nRUN x\nFROM debian AS renamed\nRUN y\n")
                            << QList<int>{0, 1};
    QTest::newRow("rename by case only")
        << ab << QStringLiteral("FROM alpine AS A\nRUN x\nFROM debian AS b\nRUN y\n")
        << QList<int>{0, 1};
    QTest::newRow("typing a name") << QStringLiteral("FROM alpine AS b\nRUN x\n")
                                   << QStringLiteral("FROM alpine AS bu\nRUN x\n") << QList<int>{0};
    QTest::newRow("reorder") << ab
                             << QStringLiteral("FROM debian AS b\nRUN y\nFROM alpine AS a\nRUN x\n")
                             << QList<int>{1, 0};
    QTest::newRow("rename and reorder in one edit")
        << ab << QStringLiteral("FROM debian AS b2\nRUN y\nFROM alpine AS a\nRUN x\n")
        << QList<int>{1, 0};
    QTest::newRow("rename, reorder and edit in one edit")
        << ab << QStringLiteral("FROM debian AS b\nRUN y\nFROM alpine AS a2\nRUN x2\n")
        << QList<int>{1, 0};
    QTest::newRow("rename moved past a stage whose index it takes")
        << QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS b\nRUN y\nFROM busybox AS c\n"
                          "RUN z\n")
        << QStringLiteral("FROM busybox AS c\nRUN z\nFROM debian AS b\nRUN y\nFROM alpine AS a2\n"
                          "RUN x\n")
        << QList<int>{2, 1, 0};
    QTest::newRow("insert in the middle")
        << ab
        << QStringLiteral("FROM alpine AS a\nRUN x\nFROM busybox AS n\nRUN n\nFROM debian AS b\n"
                          "RUN y\n")
        << QList<int>{0, -1, 1};
    QTest::newRow("delete one") << QStringLiteral(
        "FROM alpine AS a\nRUN x\nFROM debian AS b\nRUN y\nFROM busybox AS c\n"
        "RUN z\n") << QStringLiteral("FROM alpine AS a\nRUN x\nFROM busybox AS c\nRUN z\n")
                                << QList<int>{0, 2};
    QTest::newRow("duplicate names, one edited")
        << QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS a\nRUN y\n")
        << QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS a\nRUN y2\n")
        << QList<int>{0, 1};
    QTest::newRow("duplicate names swapped")
        << QStringLiteral("FROM alpine AS a\nRUN x\nFROM debian AS a\nRUN y\n")
        << QStringLiteral("FROM debian AS a\nRUN y\nFROM alpine AS a\nRUN x\n") << QList<int>{1, 0};
    QTest::newRow("unnamed, edited")
        << QStringLiteral("FROM alpine\nRUN x\nFROM debian\nRUN y\n")
        << QStringLiteral("FROM alpine\nRUN x\nFROM debian\nRUN y && z\n") << QList<int>{0, 1};
    QTest::newRow("unnamed, one inserted before them")
        << QStringLiteral("FROM alpine\nRUN x\nFROM debian\nRUN y\n")
        << QStringLiteral("FROM busybox\nRUN z\nFROM alpine\nRUN x\nFROM debian\nRUN y\n")
        << QList<int>{-1, 0, 1};
    QTest::newRow("unnamed, the middle one deleted")
        << QStringLiteral("FROM alpine\nRUN x\nFROM debian\nRUN y\nFROM busybox\nRUN z\n")
        << QStringLiteral("FROM alpine\nRUN x\nFROM busybox\nRUN z\n") << QList<int>{0, 2};
    QTest::newRow("a name added") << QStringLiteral("FROM alpine\nRUN x\n")
                                  << QStringLiteral("FROM alpine AS a\nRUN x\n") << QList<int>{0};
    QTest::newRow("a name removed") << QStringLiteral("FROM alpine AS a\nRUN x\n")
                                    << QStringLiteral("FROM alpine\nRUN x\n") << QList<int>{0};
    QTest::newRow("a stage sharing nothing is new")
        << ab << QStringLiteral("FROM debian AS b\nRUN y\nFROM busybox AS c\nRUN z\n")
        << QList<int>{1, -1};
    QTest::newRow("everything deleted, then a stage")
        << ab << QStringLiteral("# empty\n") << QList<int>{};
}

void TestStageIdentity::idsFollowTheStages()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<int>, keeps);

    const auto first = analyse(before);
    const auto second = analyse(after, first.get());
    QCOMPARE(static_cast<int>(second->graph().stages().size()), static_cast<int>(keeps.size()));
    const std::vector<model::StageId> &old = first->stageIds();
    for (int j = 0; j < keeps.size(); ++j) {
        const model::StageId id = second->stageId(j);
        QVERIFY(id != model::NoStageId);
        if (keeps[j] >= 0) {
            QVERIFY2(id == first->stageId(keeps[j]),
                     qPrintable(QStringLiteral("stage %1 should keep the id of stage %2")
                                    .arg(j)
                                    .arg(keeps[j])));
        } else {
            QVERIFY2(std::find(old.begin(), old.end(), id) == old.end(),
                     qPrintable(QStringLiteral("stage %1 should get a new id").arg(j)));
        }
    }
}

void TestStageIdentity::idsAreDistinctAndNeverReused()
{
    auto analysis = analyse(QStringLiteral("FROM alpine AS a\nFROM debian AS b\nFROM busybox\n"));
    std::set<model::StageId> seen(analysis->stageIds().begin(), analysis->stageIds().end());
    QCOMPARE(seen.size(), std::size_t{3});
    // Delete everything, then add stages again: none of them gets an id used before.
    analysis = analyse(QStringLiteral("# nothing\n"), analysis.get());
    QVERIFY(analysis->stageIds().empty());
    analysis = analyse(QStringLiteral("FROM alpine AS a\nFROM scratch AS z\n"), analysis.get());
    for (const model::StageId id : analysis->stageIds()) {
        QVERIFY(seen.count(id) == 0);
        seen.insert(id);
    }
    QCOMPARE(seen.size(), std::size_t{5});
}

void TestStageIdentity::eachPreviousIdIsGivenAtMostOnce()
{
    // Two new stages that both look like the one before (same base, same body): one keeps its
    // id, the other gets a new one.
    const std::vector<model::StageFingerprint> before{{"a", "alpine", "RUN x\n"}};
    const std::vector<model::StageId> ids{7};
    const std::vector<model::StageFingerprint> after{{"", "alpine", "RUN x\n"},
                                                     {"", "alpine", "RUN x\n"}};
    model::StageId next = 8;
    const std::vector<model::StageId> matched = model::matchStageIds(before, ids, after, next);
    QCOMPARE(matched, (std::vector<model::StageId>{7, 8}));
    QCOMPARE(next, model::StageId{9});
}

void TestStageIdentity::fingerprintsViewTheNameBaseAndBody()
{
    const auto analysis = analyse(
        QStringLiteral("ARG V=1\nFROM alpine:${V} AS Build\nRUN make \\\n  all\n# note\nFROM "
                       "scratch\n"));
    const auto fingerprints = model::stageFingerprints(*analysis->tree(), analysis->graph());
    QCOMPARE(fingerprints.size(), std::size_t{2});
    QCOMPARE(fingerprints[0].name, std::string_view("build"));
    QCOMPARE(fingerprints[0].base, std::string_view("alpine:${V}"));
    QCOMPARE(QString::fromStdString(std::string(fingerprints[0].body)),
             QStringLiteral("\nRUN make \\\n  all"));
    QCOMPARE(fingerprints[1].name, std::string_view());
    QCOMPARE(fingerprints[1].base, std::string_view("scratch"));
    QCOMPARE(fingerprints[1].body, std::string_view());
}

void TestStageIdentity::relintSharesTheTreeGraphOffsetsAndIds()
{
    const auto analysis = analyse(QStringLiteral("FROM alpine AS a\nFROM debian AS b\n"));
    const auto relinted = model::Analysis::relint(*analysis, model::LintOptions(0));
    QCOMPARE(relinted->tree().get(), analysis->tree().get());
    QCOMPARE(&relinted->graph(), &analysis->graph());
    QCOMPARE(&relinted->offsets(), &analysis->offsets());
    QCOMPARE(&relinted->stageIds(), &analysis->stageIds());
    QCOMPARE(relinted->target(), 0);
    QCOMPARE(analysis->target(), -1);
    // The unused stage depends on the target: a for the default build, b for a build of a.
    const auto unusedStage = [](const model::Analysis &a) {
        for (const model::Diagnostic &d : a.diagnostics())
            if (d.code == "UnusedStage")
                return d.args;
        return std::vector<std::string>{};
    };
    QCOMPARE(unusedStage(*analysis), std::vector<std::string>{"a"});
    QCOMPARE(unusedStage(*relinted), std::vector<std::string>{"b"});
}

void TestStageIdentity::analysisAnswersIndexAndIdQuestions()
{
    // Devanagari in a comment: the offsets are the analysis's one table.
    const auto analysis
        = analyse(QStringLiteral("# नमस्ते\nFROM alpine AS a\nRUN x\nFROM debian AS b\n"));
    const std::string &text = analysis->text();
    QCOMPARE(analysis->stageIndex(analysis->stageId(1)), 1);
    QCOMPARE(analysis->stageIndex(model::NoStageId), -1);
    QCOMPARE(analysis->stageId(2), model::NoStageId);
    const auto run = static_cast<std::uint32_t>(text.find("RUN"));
    QCOMPARE(analysis->stageAtOffset(run), 0);
    QCOMPARE(analysis->stageAtOffset(static_cast<std::uint32_t>(text.find("FROM debian"))), 1);
    QCOMPARE(analysis->stageAtOffset(0), -1);
    // "# नमस्ते\n" is 2 + 18 + 1 = 21 bytes and 2 + 6 + 1 = 9 UTF-16 units.
    QCOMPARE(analysis->offsets().toUtf16(21), 9);
    QCOMPARE(analysis->effectiveTarget(), 1);
}

QTEST_APPLESS_MAIN(TestStageIdentity)
#include "tst_stageidentity.moc"
