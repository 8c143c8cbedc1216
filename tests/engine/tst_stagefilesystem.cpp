// SPDX-License-Identifier: GPL-3.0-or-later
//
// StageFilesystem: the pure tree building, then against a real Docker Engine (scripts/engine.sh
// starts one and imports stagecraft/busybox). Under CI=true a missing engine fails the engine
// cases; elsewhere they are skipped with a message.
#include "common/EngineMessages.h"
#include "engine/BuildJob.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "engine/StageFilesystem.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <archive.h>
#include <archive_entry.h>

using namespace stagecraft;
using namespace stagecraft::engine;
using Entry = stagecraft::model::FileEntry;
using EntryType = stagecraft::model::FileType;
using stagecraft::model::FileNode;
using stagecraft::model::FileTree;

namespace {

const QString kBase = QStringLiteral("stagecraft/busybox:latest");
const QString kImage = QStringLiteral("stagecraft-test/learn-files:1");

Entry file(const char *path, qint64 size, qint64 mtime = 100)
{
    Entry e;
    e.path = path;
    e.type = EntryType::File;
    e.size = size;
    e.mode = 0644;
    e.mtime = mtime;
    return e;
}

Entry dir(const char *path)
{
    Entry e;
    e.path = path;
    e.type = EntryType::Directory;
    e.mode = 0755;
    e.mtime = 100;
    return e;
}

/// A tar in memory, written with libarchive, with "./" names as `tar -C dir .` makes them.
QByteArray makeTar(const std::vector<Entry> &entries)
{
    QByteArray out(1 << 20, '\0');
    size_t used = 0;
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    archive_write_open_memory(writer, out.data(), static_cast<size_t>(out.size()), &used);
    for (const Entry &e : entries) {
        archive_entry *header = archive_entry_new();
        const QByteArray name = QByteArray(".") + QByteArray::fromStdString(e.path);
        archive_entry_set_pathname(header, name.constData());
        archive_entry_set_filetype(header,
                                   e.type == EntryType::Directory     ? AE_IFDIR
                                       : e.type == EntryType::Symlink ? AE_IFLNK
                                                                      : AE_IFREG);
        const QByteArray target = QByteArray::fromStdString(e.linkTarget);
        if (e.type == EntryType::Symlink)
            archive_entry_set_symlink(header, target.constData());
        archive_entry_set_perm(header, static_cast<mode_t>(e.mode));
        archive_entry_set_mtime(header, static_cast<time_t>(e.mtime), 0);
        archive_entry_set_size(header, e.type == EntryType::File ? e.size : 0);
        archive_write_header(writer, header);
        if (e.type == EntryType::File) {
            const QByteArray data(static_cast<qsizetype>(e.size), 'x');
            archive_write_data(writer, data.constData(), static_cast<size_t>(data.size()));
        }
        archive_entry_free(header);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    out.truncate(static_cast<qsizetype>(used));
    return out;
}

} // namespace

class TestStageFilesystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeSumsAndSorts();
    void addedMarksAgainstBase();
    void parseTarNames();
    void parseTarRejectsGarbage();
    void imageNamesFromTheImageList();

    void engineListsAndMarksAdded();
    void engineCancelLeavesNoContainer();
    void engineMissingImageFails();
    void cleanupTestCase();

private:
    bool requireEngine();
    int ourContainers();

    std::unique_ptr<EngineClient> m_client;
    bool m_built = false;
};

void TestStageFilesystem::treeSumsAndSorts()
{
    const std::vector<Entry> entries{dir("/a"), file("/a/x", 10), file("/a/y", 30),
                                     file("/b/deep/z", 25), // parents implied
                                     file("/c", 5)};
    const FileNode root = FileTree::build(entries, nullptr);
    QCOMPARE(root.path, std::string("/"));
    QCOMPARE(root.totalSize, qint64(70));
    QCOMPARE(root.fileCount, 4);
    QCOMPARE(root.children.size(), std::size_t(3));
    QCOMPARE(root.children[0].name, std::string("a")); // 40
    QCOMPARE(root.children[1].name, std::string("b")); // 25
    QCOMPARE(root.children[2].name, std::string("c")); // 5
    QCOMPARE(root.children[0].children[0].name, std::string("y"));
    const FileNode *deep = FileTree::find(root, "/b/deep");
    QVERIFY(deep);
    QCOMPARE(deep->type, EntryType::Directory);
    QCOMPARE(deep->totalSize, qint64(25));
    QVERIFY(!deep->added); // no base: nothing is marked
    QVERIFY(!FileTree::find(root, "/nope"));
}

void TestStageFilesystem::addedMarksAgainstBase()
{
    const std::vector<Entry> base{dir("/bin"), file("/bin/sh", 100), file("/etc/hosts", 0),
                                  file("/etc/passwd", 20), file("/.dockerenv", 0, 5)};
    std::vector<Entry> stage = base;
    stage[3] = file("/etc/passwd", 40);        // changed size
    stage[4] = file("/.dockerenv", 0, 999);    // injected: never added
    stage.push_back(file("/etc/hosts", 0, 7)); // injected (duplicate path)
    stage.push_back(dir("/app"));
    stage.push_back(file("/app/server", 1000));
    const FileNode root = FileTree::build(stage, &base);
    QVERIFY(!FileTree::find(root, "/bin/sh")->added);
    QVERIFY(!FileTree::find(root, "/bin")->added);
    QVERIFY(FileTree::find(root, "/etc/passwd")->added);
    QVERIFY(!FileTree::find(root, "/etc/hosts")->added);
    QVERIFY(!FileTree::find(root, "/.dockerenv")->added);
    QVERIFY(FileTree::find(root, "/app")->added);
    QVERIFY(FileTree::find(root, "/app/server")->added);
    QCOMPARE(root.addedSize, qint64(1040));
    QCOMPARE(root.addedCount, 3);
    QCOMPARE(FileTree::find(root, "/etc")->addedSize, qint64(40));
}

void TestStageFilesystem::parseTarNames()
{
    Entry link;
    link.path = "/bin/ls";
    link.type = EntryType::Symlink;
    link.linkTarget = "busybox";
    link.mode = 0777;
    const QByteArray tar = makeTar({dir("/bin"), file("/bin/busybox", 1234), link});
    std::vector<Entry> entries;
    QString error;
    QVERIFY2(StageFilesystem::parseTar(tar, entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[0].path, std::string("/bin"));
    QCOMPARE(entries[0].type, EntryType::Directory);
    QCOMPARE(entries[1].path, std::string("/bin/busybox"));
    QCOMPARE(entries[1].size, qint64(1234));
    QCOMPARE(entries[1].mode, quint32(0644));
    QCOMPARE(entries[2].type, EntryType::Symlink);
    QCOMPARE(entries[2].linkTarget, std::string("busybox"));
}

void TestStageFilesystem::parseTarRejectsGarbage()
{
    std::vector<Entry> entries;
    QString error;
    QVERIFY(!StageFilesystem::parseTar(QByteArray(2048, 'z'), entries, &error));
    QVERIFY(!error.isEmpty());
}

// --- Real engine -------------------------------------------------------------------------------

bool TestStageFilesystem::requireEngine()
{
    if (!m_client) {
        m_client = std::make_unique<EngineClient>(EngineEndpoint::resolveFromSystem());
        const EngineError error = m_client->negotiate();
        if (error.isError()) {
            m_client.reset();
            const QString message
                = QStringLiteral("no Docker engine: %1 — run `bash scripts/engine.sh up`")
                      .arg(common::EngineMessages::message(error));
            if (stagecraft::tests::onCi()) {
                QTest::qFail(qPrintable(message), __FILE__, __LINE__);
                return false;
            }
            QTest::qSkip(qPrintable(QStringLiteral("skipped: ") + message), __FILE__, __LINE__);
            return false;
        }
    }
    if (!m_client->inspectImageSync(kBase).ok()) {
        const QString message
            = QStringLiteral("%1 missing — run `bash scripts/engine.sh up`").arg(kBase);
        if (stagecraft::tests::onCi()) {
            QTest::qFail(qPrintable(message), __FILE__, __LINE__);
            return false;
        }
        QTest::qSkip(qPrintable(QStringLiteral("skipped: ") + message), __FILE__, __LINE__);
        return false;
    }
    if (!m_built) {
        // A stage that adds files of known size (and changes one file of the base).
        QTemporaryDir context;
        QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
        if (!dockerfile.open(QIODevice::WriteOnly))
            return false;
        dockerfile.write("FROM stagecraft/busybox:latest\n"
                         "RUN mkdir -p /data/sub && head -c 10000 /dev/zero > /data/a.bin"
                         " && head -c 2500 /dev/zero > /data/sub/b.bin\n");
        dockerfile.close();
        BuildOptions options;
        options.contextDir = context.path();
        options.tags << kImage;
        std::unique_ptr<BuildJob> job(m_client->build(options));
        job->start();
        job->waitForFinished(240'000);
        if (!job->succeeded()) {
            QTest::qFail(qPrintable(common::EngineMessages::message(job->error())), __FILE__,
                         __LINE__);
            return false;
        }
        m_built = true;
    }
    return true;
}

int TestStageFilesystem::ourContainers()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    query.addQueryItem(
        QStringLiteral("filters"),
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("label"),
                                                     QJsonArray{QLatin1String(
                                                         StageFilesystem::kContainerLabel)}}})
                              .toJson(QJsonDocument::Compact)));
    std::unique_ptr<EngineCall> call(
        m_client->call("GET", QStringLiteral("/containers/json"), query));
    call->waitForFinished();
    if (call->error().isError())
        return -1;
    return int(call->json().size());
}

void TestStageFilesystem::imageNamesFromTheImageList()
{
    // GET /images/json: tagged images by every tag, sorted; untagged and odd entries left out.
    const nlohmann::json images = nlohmann::json::parse(R"([
        {"Id": "sha256:1", "RepoTags": ["stagecraft/busybox:latest", "busybox:x"]},
        {"Id": "sha256:2", "RepoTags": ["<none>:<none>"]},
        {"Id": "sha256:3", "RepoTags": null},
        {"Id": "sha256:4"},
        "garbage",
        {"Id": "sha256:5", "RepoTags": ["alpine:3.19", 7]}
    ])");
    QCOMPARE(StageFilesystem::imageNames(images),
             (QStringList{QStringLiteral("alpine:3.19"), QStringLiteral("busybox:x"),
                          QStringLiteral("stagecraft/busybox:latest")}));
    QVERIFY(StageFilesystem::imageNames(nlohmann::json::object()).isEmpty());
    QVERIFY(StageFilesystem::imageNames(nlohmann::json()).isEmpty());
}

void TestStageFilesystem::engineListsAndMarksAdded()
{
    if (!requireEngine())
        return;
    StageFilesystem reader(m_client->endpoint());
    QSignalSpy finished(&reader, &StageFilesystem::finished);
    QSignalSpy failed(&reader, &StageFilesystem::failed);
    QSignalSpy progress(&reader, &StageFilesystem::progress);
    reader.start(kImage, kBase);
    QVERIFY(reader.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120'000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(common::EngineMessages::message(
                 failed.value(0).value(0).value<stagecraft::engine::EngineError>())));
    QVERIFY(!reader.isRunning());
    QVERIFY(!progress.isEmpty());

    const stagecraft::model::FileListing &listing = reader.listing();
    QVERIFY(listing.imageId.starts_with("sha256:"));
    QVERIFY(!listing.baseImageId.empty());
    QVERIFY(listing.entryCount > 100);
    const FileNode &root = listing.root;
    const auto *data = FileTree::find(root, "/data");
    QVERIFY(data);
    QVERIFY(data->added);
    QCOMPARE(data->totalSize, qint64(12500));
    QCOMPARE(data->fileCount, 2);
    const auto *a = FileTree::find(root, "/data/a.bin");
    QVERIFY(a && a->added);
    QCOMPARE(a->size, qint64(10000));
    const auto *b = FileTree::find(root, "/data/sub/b.bin");
    QVERIFY(b && b->added);
    QCOMPARE(b->size, qint64(2500));
    QCOMPARE(FileTree::find(root, "/data/sub")->totalSize, qint64(2500));
    // The base's files are there, not marked; busybox is the biggest thing in the image.
    const auto *busybox = FileTree::find(root, "/bin/busybox");
    QVERIFY(busybox);
    QVERIFY(!busybox->added);
    QVERIFY(busybox->size > 500'000);
    const auto *dockerEnv = FileTree::find(root, "/.dockerenv"); // Docker's; Podman has none
    QVERIFY(!dockerEnv || !dockerEnv->added);
    // Everything the stage added is what the RUN wrote (and the directories it made).
    QCOMPARE(root.addedSize, qint64(12500));
    QCOMPARE(root.children.front().name, std::string("bin")); // sorted by size
    QVERIFY(root.totalSize >= busybox->size + 12500);
    QCOMPARE(ourContainers(), 0);

    // Again, without a base: the base listing is not needed; nothing is marked.
    reader.start(kBase);
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 || !failed.isEmpty(), 120'000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(reader.listing().root.addedCount, 0);
    QVERIFY(!FileTree::find(reader.listing().root, "/data"));
    QCOMPARE(ourContainers(), 0);
}

void TestStageFilesystem::engineCancelLeavesNoContainer()
{
    if (!requireEngine())
        return;
    StageFilesystem reader(m_client->endpoint());
    QSignalSpy cancelled(&reader, &StageFilesystem::cancelled);
    QSignalSpy finished(&reader, &StageFilesystem::finished);
    // Cancel while the container exists: as soon as the archive starts.
    connect(&reader, &StageFilesystem::phaseChanged, &reader,
            [&reader](StageFilesystem::Phase phase, const QString &) {
                if (phase == StageFilesystem::Phase::Reading)
                    reader.cancel();
            });
    reader.start(kImage, kBase);
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), 60'000);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(ourContainers(), 0);

    // Destroying a running reader cancels it and still removes its container.
    {
        StageFilesystem doomed(m_client->endpoint());
        doomed.start(kImage, kBase);
        QTest::qWait(50);
    }
    QCOMPARE(ourContainers(), 0);
}

void TestStageFilesystem::engineMissingImageFails()
{
    if (!requireEngine())
        return;
    StageFilesystem reader(m_client->endpoint());
    QSignalSpy failed(&reader, &StageFilesystem::failed);
    reader.start(QStringLiteral("stagecraft-test/learn-does-not-exist:nope"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60'000);
    const auto error = failed.value(0).value(0).value<stagecraft::engine::EngineError>();
    QCOMPARE(error.kind(), EngineError::Kind::NoSuchImage);
    QVERIFY(common::EngineMessages::message(error).contains(
        QStringLiteral("stagecraft-test/learn-does-not-exist:nope")));
    QCOMPARE(ourContainers(), 0);
}

void TestStageFilesystem::cleanupTestCase()
{
    if (m_client && m_built)
        (void)m_client->removeImageSync(kImage, true);
}

QTEST_MAIN(TestStageFilesystem)
#include "tst_stagefilesystem.moc"
