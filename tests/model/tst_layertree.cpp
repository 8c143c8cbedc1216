// SPDX-License-Identifier: GPL-3.0-or-later
// The Files panel's per-layer tree from hand-built layer lists (no I/O): the stack up to a
// layer, its added / modified / removed marks (one layer, and aggregated since the base image),
// removed entries kept out of their folders' sizes, size order, whiteouts of directories and
// opaque whiteouts, and the counts.
#include "model/LayerTree.h"

#include <QtTest>

using namespace stagecraft::model;
using Kind = LayerEntry::Kind;

namespace {

LayerFiles layer(std::vector<LayerEntry> entries, int instructionIndex)
{
    LayerFiles files;
    files.entries = std::move(entries);
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

/// Base: /bin/sh (100), /etc/conf (10). Line 2 adds /big (5000) and /app/a (30); line 3 removes
/// /big and rewrites /etc/conf (12); line 4 removes /app and adds /app2/b (7).
std::vector<LayerFiles> sample()
{
    return {
        layer({dir("/bin"), file("/bin/sh", 100), dir("/etc"), file("/etc/conf", 10)}, -1),
        layer({file("/big", 5000), dir("/app"), file("/app/a", 30)}, 1),
        layer({whiteout("/big"), dir("/etc"), file("/etc/conf", 12)}, 2),
        layer({whiteout("/app"), dir("/app2"), file("/app2/b", 7)}, 3),
    };
}

FileChange changeAt(const FileNode &root, const char *path)
{
    const FileNode *node = FileTree::find(root, path);
    return node ? node->change : FileChange(255);
}

} // namespace

Q_DECLARE_METATYPE(stagecraft::model::FileChange)

class TstLayerTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLayersIsAnEmptyTree()
    {
        const FileNode root = LayerTree::build({}, 0, false);
        QVERIFY(root.children.empty());
        QCOMPARE(LayerTree::count(root), LayerTreeCounts{});
    }

    void baseLayerCountStopsAtTheFirstInstruction()
    {
        QCOMPARE(LayerTree::baseLayerCount(sample()), 1);
        QCOMPARE(LayerTree::baseLayerCount({}), 0);
    }

    void layerMarks_data()
    {
        QTest::addColumn<int>("layer");
        QTest::addColumn<bool>("aggregated");
        QTest::addColumn<QString>("path");
        QTest::addColumn<FileChange>("change");
        QTest::newRow("base layer: all added") << 0 << false << "/bin/sh" << FileChange::Added;
        QTest::newRow("COPY adds big") << 1 << false << "/big" << FileChange::Added;
        QTest::newRow("COPY leaves sh") << 1 << false << "/bin/sh" << FileChange::None;
        QTest::newRow("rm removes big") << 2 << false << "/big" << FileChange::Removed;
        QTest::newRow("rewrite modifies") << 2 << false << "/etc/conf" << FileChange::Modified;
        QTest::newRow("re-listed dir unchanged") << 2 << false << "/etc" << FileChange::None;
        QTest::newRow("rm leaves app") << 2 << false << "/app/a" << FileChange::None;
        QTest::newRow("dir whiteout removes child")
            << 3 << false << "/app/a" << FileChange::Removed;
        QTest::newRow("dir whiteout removes dir") << 3 << false << "/app" << FileChange::Removed;
        QTest::newRow("aggregated: conf modified")
            << 3 << true << "/etc/conf" << FileChange::Modified;
        QTest::newRow("aggregated: app2 added") << 3 << true << "/app2/b" << FileChange::Added;
        QTest::newRow("aggregated in base") << 0 << true << "/etc/conf" << FileChange::Added;
    }

    void layerMarks()
    {
        QFETCH(int, layer);
        QFETCH(bool, aggregated);
        QFETCH(QString, path);
        QFETCH(FileChange, change);
        const FileNode root = LayerTree::build(sample(), layer, aggregated);
        QCOMPARE(changeAt(root, path.toUtf8().constData()), change);
    }

    void pathsOutsideTheStackAreAbsent()
    {
        // The base-image view of the sample has no /big; aggregated at the top neither.
        QVERIFY(!FileTree::find(LayerTree::build(sample(), 0, false), "/big"));
        // Added and removed again within the compared layers: not there, not removed.
        QVERIFY(!FileTree::find(LayerTree::build(sample(), 2, true), "/big"));
        QVERIFY(!FileTree::find(LayerTree::build(sample(), 3, true), "/app"));
    }

    void removedEntriesKeepTheirSizeOutOfTheirFolders()
    {
        const FileNode root = LayerTree::build(sample(), 2, false);
        const FileNode *big = FileTree::find(root, "/big");
        QVERIFY(big);
        QCOMPARE(big->totalSize, 5000);
        // The root: /bin/sh 100 + /etc/conf 12 + /app/a 30; /big is removed.
        QCOMPARE(root.totalSize, 142);
        QCOMPARE(root.fileCount, 3);
        // Largest first, removed ones included.
        QCOMPARE(root.children.front().name, std::string("big"));
        // A removed directory sums its removed contents.
        const FileNode after = LayerTree::build(sample(), 3, false);
        QCOMPARE(FileTree::find(after, "/app")->totalSize, 30);
    }

    void countsAndChangedSums()
    {
        const FileNode root = LayerTree::build(sample(), 2, false);
        QCOMPARE(LayerTree::count(root), (LayerTreeCounts{0, 1, 1}));
        QCOMPARE(root.addedSize, 12); // the modified /etc/conf
        QCOMPARE(root.addedCount, 2); // modified + removed
        const FileNode copy = LayerTree::build(sample(), 1, false);
        QCOMPARE(LayerTree::count(copy), (LayerTreeCounts{3, 0, 0}));
        QCOMPARE(copy.addedSize, 5030);
        QVERIFY(FileTree::find(copy, "/big")->added);
    }

    void opaqueWhiteoutRemovesTheChildrenBelow()
    {
        const std::vector<LayerFiles> layers{
            layer({dir("/d"), file("/d/x", 4), file("/d/y", 6)}, -1),
            layer({dir("/d"), {"/d", Kind::OpaqueWhiteout, 0}, file("/d/z", 1)}, 1),
        };
        const FileNode root = LayerTree::build(layers, 1, false);
        QCOMPARE(changeAt(root, "/d/x"), FileChange::Removed);
        QCOMPARE(changeAt(root, "/d/y"), FileChange::Removed);
        QCOMPARE(changeAt(root, "/d/z"), FileChange::Added);
        QCOMPARE(changeAt(root, "/d"), FileChange::None);
        QCOMPARE(FileTree::find(root, "/d")->totalSize, 1);
    }

    void layerBeyondTheLastIsTheLast()
    {
        const FileNode root = LayerTree::build(sample(), 99, false);
        QCOMPARE(changeAt(root, "/app2/b"), FileChange::Added);
    }
};

QTEST_GUILESS_MAIN(TstLayerTree)
#include "tst_layertree.moc"
