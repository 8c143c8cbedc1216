// SPDX-License-Identifier: GPL-3.0-or-later
// Waste metrics from hand-built layer lists (no I/O): dive's efficiency and wasted bytes,
// whiteouts, opaque whiteouts, hard links, directories replaced by files and back, the files a
// later layer removed with the layers that added and removed them, and the advice for them.
#include "model/WasteAnalysis.h"

#include <QtTest>

using namespace stagecraft::model;
using Kind = LayerEntry::Kind;

namespace {

LayerFiles layer(std::vector<LayerEntry> entries, std::string createdBy = {},
                 int instructionIndex = -1)
{
    LayerFiles files;
    files.entries = std::move(entries);
    files.createdBy = std::move(createdBy);
    files.instructionIndex = instructionIndex;
    files.line = instructionIndex + 1;
    return files;
}

LayerEntry file(std::string path, std::int64_t size)
{
    return {std::move(path), Kind::File, size};
}

LayerEntry dir(std::string path)
{
    return {std::move(path), Kind::Directory, 0};
}

LayerEntry whiteout(std::string path)
{
    return {std::move(path), Kind::Whiteout, 0};
}

const char *const kCopy = "/bin/sh -c #(nop) COPY file:abc in /big ";
const char *const kRun = "/bin/sh -c rm -f /big";

} // namespace

class TstWaste : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLayersIsFullyEfficient()
    {
        const WasteReport report = WasteAnalysis::analyse({});
        QCOMPARE(report.efficiency, 1.0);
        QCOMPARE(report.wastedBytes, 0);
        QVERIFY(report.paths.empty());
    }

    void fileAddedThenRemovedWastesItsSize()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({dir("/data"), file("/data/keep", 1000)}),
            layer({file("/big", 4000)}, kCopy, 1),
            layer({whiteout("/big")}, kRun, 2),
        });
        QCOMPARE(report.wastedBytes, 4000);
        QCOMPARE(report.cumulativeBytes, 5000);
        QCOMPARE(report.minimumBytes, 1000);
        QCOMPARE(report.efficiency, 0.2);
        QCOMPARE(report.paths.size(), 1u);
        QCOMPARE(report.paths[0], (WastedPath{"/big", 2, 4000, 0}));
        QCOMPARE(report.removed.size(), 1u);
        QCOMPARE(report.removed[0], (RemovedFile{"/big", 4000, 1, 2, false}));
        QCOMPARE(report.groups.size(), 1u);
        QCOMPARE(report.groups[0].bytes, 4000);
        QCOMPARE(report.groups[0].advice, std::string(WasteAnalysis::kAdviceNarrowCopy));
        QCOMPARE(report.layers.size(), 3u);
        QCOMPARE(report.layers[2], (LayerChange{0, 0, 1, 0, 0, 4000}));
        QCOMPARE(report.userWastedPercent(5000, 1000), 100.0);
    }

    void overwrittenFileCountsEveryCopy()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({file("/a", 100)}, "/bin/sh -c make", 0),
            layer({file("/a", 300)}, "/bin/sh -c make again", 1),
        });
        QCOMPARE(report.wastedBytes, 400);
        QCOMPARE(report.efficiency, 0.25);
        QCOMPARE(report.removed.size(), 1u);
        QCOMPARE(report.removed[0], (RemovedFile{"/a", 100, 0, 1, true}));
        QCOMPARE(report.groups[0].advice, std::string(WasteAnalysis::kAdviceBuilderStage));
        QCOMPARE(report.layers[1], (LayerChange{0, 1, 0, 0, 300, 0}));
    }

    void directoryWhiteoutCountsTheSubtreeOnce()
    {
        // dive: the whiteout node is /d with the removed subtree's bytes; /d itself was no leaf
        // below, so no path is seen twice.
        const WasteReport report = WasteAnalysis::analyse({
            layer({dir("/d"), file("/d/x", 10), file("/d/y", 20)}),
            layer({whiteout("/d")}, "/bin/sh -c rm -r /d", 0),
        });
        QCOMPARE(report.wastedBytes, 0);
        QCOMPARE(report.cumulativeBytes, 60);
        QCOMPARE(report.efficiency, 1.0);
        QCOMPARE(report.removed.size(), 2u);
        QCOMPARE(report.removed[0].path, std::string("/d/y"));
        QCOMPARE(report.layers[1], (LayerChange{0, 0, 3, 0, 0, 30}));
        QCOMPARE(report.groups[0].advice, std::string(WasteAnalysis::kAdviceSlimmerBase));
    }

    void opaqueWhiteoutRemovesEachChildBelow()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({dir("/d"), file("/d/x", 10), dir("/d/sub"), file("/d/sub/z", 5)}),
            layer({dir("/d"), {"/d", Kind::OpaqueWhiteout, 0}, file("/d/new", 7)},
                  "/bin/sh -c rm -rf /d && mkdir /d && touch /d/new", 0),
        });
        // /d/x seen twice (10, then 0 as a removed file); /d/sub once, as a removed directory of
        // 5 bytes; /d/sub/z and /d/new once each.
        QCOMPARE(report.wastedBytes, 10);
        QCOMPARE(report.cumulativeBytes, 27);
        QCOMPARE(report.minimumBytes, 17);
        QCOMPARE(report.efficiency, 17.0 / 27.0);
        QCOMPARE(report.removed.size(), 2u);
        QCOMPARE(report.removed[0], (RemovedFile{"/d/x", 10, 0, 1, false}));
        QCOMPARE(report.removed[1], (RemovedFile{"/d/sub/z", 5, 0, 1, false}));
        QCOMPARE(report.layers[1].added, 1);
        QCOMPARE(report.layers[1].removed, 3);
    }

    void hardLinkCostsNothing()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({file("/a", 100), {"/b", Kind::Hardlink, 0}}),
            layer({whiteout("/b")}, kRun, 0),
        });
        QCOMPARE(report.wastedBytes, 0);
        QCOMPARE(report.efficiency, 1.0);
        QCOMPARE(report.paths.size(), 1u);
        QCOMPARE(report.paths[0], (WastedPath{"/b", 2, 0, 0}));
        QCOMPARE(report.removed.size(), 1u);
        QCOMPARE(report.removed[0].size, 0);
    }

    void directoryReplacedByFile()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({dir("/x"), file("/x/a", 50)}),
            layer({file("/x", 20)}, kRun, 0),
        });
        QCOMPARE(report.wastedBytes, 0);
        QCOMPARE(report.efficiency, 1.0);
        QCOMPARE(report.removed.size(), 1u);
        QCOMPARE(report.removed[0], (RemovedFile{"/x/a", 50, 0, 1, true}));
        QCOMPARE(report.layers[1], (LayerChange{0, 1, 0, 0, 20, 0}));
    }

    void fileReplacedByDirectory()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({file("/y", 40)}, kCopy, 0),
            layer({dir("/y"), file("/y/b", 5)}, kRun, 1),
        });
        QCOMPARE(report.wastedBytes, 0);
        QCOMPARE(report.removed.size(), 1u);
        QCOMPARE(report.removed[0], (RemovedFile{"/y", 40, 0, 1, true}));
        QCOMPARE(report.groups[0].advice, std::string(WasteAnalysis::kAdviceBuilderStage));
        QCOMPARE(report.layers[1].added, 1);
    }

    void whiteoutOfUnknownPathCountsZero()
    {
        const WasteReport report = WasteAnalysis::analyse({
            layer({file("/a", 8)}),
            layer({whiteout("/nothing"), file("/c", 2)}, kRun, 0),
        });
        QCOMPARE(report.cumulativeBytes, 10);
        QCOMPARE(report.wastedBytes, 0);
        QVERIFY(report.removed.empty());
    }

    void adviceFollowsTheInstructions_data()
    {
        QTest::addColumn<QString>("addedBy");
        QTest::addColumn<int>("addedIndex");
        QTest::addColumn<QString>("removedBy");
        QTest::addColumn<int>("removedIndex");
        QTest::addColumn<bool>("overwritten");
        QTest::addColumn<QString>("advice");
        QTest::newRow("run then run")
            << "/bin/sh -c curl -o /x" << 1 << "/bin/sh -c rm /x" << 2 << false << "same-run";
        QTest::newRow("copy then run")
            << QString::fromLatin1(kCopy) << 1 << "/bin/sh -c rm /x" << 2 << false << "narrow-copy";
        QTest::newRow("add then run") << "/bin/sh -c #(nop) ADD file:1 in /x" << 1
                                      << "/bin/sh -c rm /x" << 2 << false << "narrow-copy";
        QTest::newRow("overwritten")
            << "/bin/sh -c make" << 1 << "/bin/sh -c make" << 2 << true << "builder-stage";
        QTest::newRow("base then run")
            << "/bin/sh -c apt-get" << -1 << "/bin/sh -c rm /x" << 2 << false << "slimmer-base";
        QTest::newRow("both in base")
            << "/bin/sh -c a" << -1 << "/bin/sh -c b" << -1 << false << "";
    }

    void adviceFollowsTheInstructions()
    {
        QFETCH(QString, addedBy);
        QFETCH(int, addedIndex);
        QFETCH(QString, removedBy);
        QFETCH(int, removedIndex);
        QFETCH(bool, overwritten);
        QFETCH(QString, advice);
        const std::string got = WasteAnalysis::adviceFor(
            layer({}, addedBy.toStdString(), addedIndex),
            layer({}, removedBy.toStdString(), removedIndex), overwritten);
        QCOMPARE(QString::fromStdString(got), advice);
    }

    void userWastedPercentIsZeroWithoutOwnBytes()
    {
        WasteReport report;
        report.wastedBytes = 50;
        QCOMPARE(report.userWastedPercent(100, 100), 0.0);
        QCOMPARE(report.userWastedPercent(300, 100), 25.0);
    }
};

QTEST_APPLESS_MAIN(TstWaste)
#include "tst_waste.moc"
