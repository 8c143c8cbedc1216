// SPDX-License-Identifier: GPL-3.0-or-later
// The file-level diff of two images (model::FileDiff) on hand-built listings, every expectation
// worked out by hand: gone / new / changed, biggest first, totals, directory roll-ups, the
// engine-injected paths, mtimes, type changes and the JSON shape.
#include "model/FileDiff.h"

#include <QtTest>

using namespace stagecraft::model;
using Kind = FileDelta::Kind;

namespace {

FileEntry file(std::string path, std::int64_t size, std::uint32_t mode = 0644,
               std::int64_t mtime = 1000)
{
    return {std::move(path), FileType::File, size, mode, mtime, {}};
}

FileEntry dir(std::string path)
{
    return {std::move(path), FileType::Directory, 0, 0755, 1000, {}};
}

FileEntry symlink(std::string path, std::string target)
{
    return {std::move(path), FileType::Symlink, 0, 0777, 1000, std::move(target)};
}

/// A single-stage "before": a toolchain, the sources and the built program.
std::vector<FileEntry> before()
{
    return {dir("/bin"),
            file("/bin/sh", 100, 0755),
            dir("/usr"),
            dir("/usr/lib"),
            dir("/usr/lib/gcc"),
            file("/usr/lib/gcc/cc1", 5000, 0755),
            file("/usr/lib/gcc/as", 3000, 0755),
            dir("/app"),
            dir("/app/src"),
            file("/app/src/main.c", 200),
            file("/app/out", 1200, 0755),
            dir("/etc"),
            file("/etc/motd", 10),
            file("/etc/hosts", 50), // engine-injected: never compared
            symlink("/link", "/bin/sh"),
            dir("/opt"),
            dir("/opt/cache")};
}

/// The multi-stage "after": only the program, and a few edits.
std::vector<FileEntry> after()
{
    return {dir("/bin"),
            file("/bin/sh", 100, 0755, 2000), // rebuilt: another mtime only
            dir("/usr"),
            dir("/app"),
            file("/app/out", 1200, 0700),
            file("/app/new.txt", 30),
            dir("/etc"),
            file("/etc/motd", 12),
            file("/etc/hosts", 80),
            symlink("/link", "/bin/busybox"),
            dir("/opt"),
            dir("/data")};
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QStringList paths(const std::vector<FileDelta> &changes)
{
    QStringList list;
    for (const FileDelta &change : changes)
        list << QString::fromStdString(change.path);
    return list;
}

} // namespace

class TstFileDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalListingsHaveNoChange()
    {
        const FileDiffResult result = FileDiff::compare(before(), before());
        QVERIFY(result.changes.empty());
        QCOMPARE(result.totals.unchanged, 16); // 17 entries, /etc/hosts left out
        QCOMPARE(result.totals.filesA, 7);
        QCOMPARE(result.totals.bytesA, 9510);
        QCOMPARE(result.totals.bytesA, result.totals.bytesB);
    }

    void listsGoneNewAndChangedBiggestFirst()
    {
        const FileDiffResult result = FileDiff::compare(before(), after());
        // Weights 5000, 3000, 1200, 200, 30, 12, then the three of weight 0 by path. The gone
        // directories /usr/lib, /usr/lib/gcc and /app/src are not listed: their files are.
        QCOMPARE(paths(result.changes),
                 strings({"/usr/lib/gcc/cc1", "/usr/lib/gcc/as", "/app/out", "/app/src/main.c",
                          "/app/new.txt", "/etc/motd", "/data", "/link", "/opt/cache"}));
        const auto &c = result.changes;
        QCOMPARE(c[0].kind, Kind::Gone);
        QCOMPARE(c[0].sizeA, 5000);
        QCOMPARE(c[0].sizeB, 0);
        QCOMPARE(c[0].delta(), -5000);
        QCOMPARE(c[2].kind, Kind::Changed);
        QCOMPARE(int(c[2].what), int(FileDelta::Mode));
        QCOMPARE(c[2].modeA, 0755u);
        QCOMPARE(c[2].modeB, 0700u);
        QCOMPARE(c[4].kind, Kind::New);
        QCOMPARE(c[4].sizeB, 30);
        QCOMPARE(c[5].kind, Kind::Changed);
        QCOMPARE(int(c[5].what), int(FileDelta::Size));
        QCOMPARE(c[5].delta(), 2);
        QCOMPARE(c[6].kind, Kind::New);
        QCOMPARE(c[6].typeB, FileType::Directory);
        QCOMPARE(c[7].kind, Kind::Changed);
        QCOMPARE(int(c[7].what), int(FileDelta::Link));
        QCOMPARE(c[7].linkA, std::string("/bin/sh"));
        QCOMPARE(c[7].linkB, std::string("/bin/busybox"));
        QCOMPARE(c[8].kind, Kind::Gone);
        QCOMPARE(c[8].typeA, FileType::Directory);
    }

    void totalsAddUp()
    {
        const FileDiffTotals t = FileDiff::compare(before(), after()).totals;
        QCOMPARE(t.filesA, 7);    // sh, cc1, as, main.c, out, motd, link
        QCOMPARE(t.bytesA, 9510); // 100 + 5000 + 3000 + 200 + 1200 + 10
        QCOMPARE(t.filesB, 5);    // sh, out, new.txt, motd, link
        QCOMPARE(t.bytesB, 1342); // 100 + 1200 + 30 + 12
        QCOMPARE(t.goneFiles, 3); // cc1, as, main.c
        QCOMPARE(t.goneBytes, 8200);
        QCOMPARE(t.newFiles, 1); // new.txt (the directory /data is no file)
        QCOMPARE(t.newBytes, 30);
        QCOMPARE(t.changedFiles, 3); // out, motd, link
        QCOMPARE(t.changedBytesA, 1210);
        QCOMPARE(t.changedBytesB, 1212);
        QCOMPARE(t.unchanged, 6); // /bin, /bin/sh, /usr, /app, /etc, /opt
        QCOMPARE(t.touched, 1);   // /bin/sh
        // A − gone − changed(A) + new + changed(B) = B, over the bytes.
        QCOMPARE(t.bytesA - t.goneBytes - t.changedBytesA + t.newBytes + t.changedBytesB, t.bytesB);
    }

    void mtimeCountsOnlyWhenAsked()
    {
        FileDiffOptions options;
        options.compareMtime = true;
        const FileDiffResult result = FileDiff::compare(before(), after(), options);
        QCOMPARE(result.totals.touched, 0);
        QCOMPARE(result.totals.changedFiles, 4);
        const auto sh = std::find_if(result.changes.begin(), result.changes.end(),
                                     [](const FileDelta &c) { return c.path == "/bin/sh"; });
        QVERIFY(sh != result.changes.end());
        QCOMPARE(int(sh->what), int(FileDelta::Time));
        QCOMPARE(sh->weight(), 100);
    }

    void rollsUpByDirectory_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<QStringList>("expected"); // "path gone/bytes new/bytes changed/delta"
        QTest::newRow("depth 1") << 1
                                 << strings({"/usr 2/8000 0/0 0/0", "/app 1/200 1/30 1/0",
                                             "/etc 0/0 0/0 1/2", "/ 0/0 0/0 1/0"});
        QTest::newRow("depth 2") << 2
                                 << strings({"/usr/lib 2/8000 0/0 0/0", "/app/src 1/200 0/0 0/0",
                                             "/app 0/0 1/30 1/0", "/etc 0/0 0/0 1/2",
                                             "/ 0/0 0/0 1/0"});
        QTest::newRow("depth 3") << 3
                                 << strings({"/usr/lib/gcc 2/8000 0/0 0/0",
                                             "/app/src 1/200 0/0 0/0", "/app 0/0 1/30 1/0",
                                             "/etc 0/0 0/0 1/2", "/ 0/0 0/0 1/0"});
    }

    void rollsUpByDirectory()
    {
        QFETCH(int, depth);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const DirectoryDiff &d :
             FileDiff::rollUp(FileDiff::compare(before(), after()).changes, depth))
            actual << QStringLiteral("%1 %2/%3 %4/%5 %6/%7")
                          .arg(QString::fromStdString(d.path))
                          .arg(d.goneFiles)
                          .arg(d.goneBytes)
                          .arg(d.newFiles)
                          .arg(d.newBytes)
                          .arg(d.changedFiles)
                          .arg(d.changedDelta);
        QCOMPARE(actual, expected);
    }

    void typeChangeIsListed()
    {
        const std::vector<FileEntry> a{file("/x", 7)};
        const std::vector<FileEntry> b{dir("/x"), file("/x/y", 5)};
        const FileDiffResult result = FileDiff::compare(a, b);
        QCOMPARE(paths(result.changes), strings({"/x", "/x/y"}));
        QCOMPARE(result.changes[0].kind, Kind::Changed);
        // A file 0644 of 7 bytes became a directory 0755.
        QCOMPARE(int(result.changes[0].what),
                 int(FileDelta::Type | FileDelta::Size | FileDelta::Mode));
        QCOMPARE(result.changes[0].typeB, FileType::Directory);
        QCOMPARE(result.changes[1].kind, Kind::New);
    }

    void laterEntryOfAPathWins()
    {
        // A tar extracted in order: the second header of /f replaces the first.
        const std::vector<FileEntry> a{file("/f", 10), file("/f", 40)};
        const std::vector<FileEntry> b{file("/f", 40)};
        QVERIFY(FileDiff::compare(a, b).changes.empty());
    }

    void treeEntriesRoundTrip()
    {
        const FileNode tree = FileTree::build(before(), nullptr);
        const std::vector<FileEntry> flat = FileDiff::entries(tree);
        QCOMPARE(flat.size(), before().size());
        const FileDiffResult result = FileDiff::compare(before(), flat);
        QVERIFY(result.changes.empty());
        // Largest first, depth first: /usr is the biggest directory.
        QCOMPARE(QString::fromStdString(flat.front().path), QStringLiteral("/usr"));
    }

    void jsonCarriesTotalsChangesAndDirectories()
    {
        const nlohmann::ordered_json json
            = FileDiff::toJson(FileDiff::compare(before(), after()), 2, 1);
        QCOMPARE(json["totals"]["gone"]["bytes"].get<std::int64_t>(), 8200);
        QCOMPARE(json["totals"]["touched"].get<int>(), 1);
        QCOMPARE(json["changes"].size(), std::size_t(2));
        QCOMPARE(json["omitted"].get<int>(), 7);
        QCOMPARE(json["changes"][0]["change"].get<std::string>(), std::string("gone"));
        QCOMPARE(json["changes"][0]["a"]["size"].get<std::int64_t>(), 5000);
        QVERIFY(!json["changes"][0].contains("b"));
        QCOMPARE(json["changes"][1]["delta"].get<std::int64_t>(), -3000);
        QCOMPARE(json["directories"][0]["path"].get<std::string>(), std::string("/usr"));
        QCOMPARE(json["directories"].size(), std::size_t(4));
        const nlohmann::ordered_json all
            = FileDiff::toJson(FileDiff::compare(before(), after()), -1, 2);
        QCOMPARE(all["changes"].size(), std::size_t(9));
        QCOMPARE(all["changes"][2]["what"], nlohmann::ordered_json::array({"mode"}));
        QCOMPARE(all["omitted"].get<int>(), 0);
    }
};

QTEST_APPLESS_MAIN(TstFileDiff)
#include "tst_filediff.moc"
