// SPDX-License-Identifier: GPL-3.0-or-later
// The size-report data of the model without I/O: timestamps, problems kept as codes (and the
// sentences older histories hold), the measurement history inside the sidecar text, and the tree
// of an image's files with what a stage added.
#include "model/FileTree.h"
#include "model/Measurement.h"
#include "model/Sidecar.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace stagecraft::model;

namespace {

MeasureRun smallRun(std::int64_t totalMs = 10)
{
    MeasureRun run;
    run.timestampMs = 1'741'064'767'089; // 2025-03-04T05:06:07.089Z
    run.dockerfilePath = "/src/Dockerfile";
    StageMeasure stage;
    stage.index = 0;
    stage.name = "build";
    stage.imageId = "sha256:1";
    stage.size = 100;
    stage.built = true;
    StageMeasure failed;
    failed.index = 1;
    failed.problem = {std::string(MeasureProblem::EarlierStageFailed), {}};
    run.stages = {stage, failed};
    ArrowMeasure arrow;
    arrow.fromStage = 0;
    arrow.toStage = 1;
    arrow.line = 3;
    arrow.paths = {"/out/$APP"};
    arrow.problem = {std::string(MeasureProblem::VariablePath), {"/out/$APP"}};
    run.arrows = {arrow};
    run.finalIndex = 1;
    run.totalMs = totalMs;
    return run;
}

FileEntry entry(const char *path, std::int64_t size, FileType type = FileType::File)
{
    FileEntry e;
    e.path = path;
    e.type = type;
    e.size = type == FileType::File ? size : 0;
    e.mode = 0644;
    return e;
}

} // namespace

class TestSizeReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsAreIso8601Utc_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QByteArray("2025-03-04T05:06:07.089Z") << qint64(1'741'064'767'089);
        QTest::newRow("no ms") << QByteArray("2025-01-01T00:00:00Z") << qint64(1'735'689'600'000);
        QTest::newRow("offset") << QByteArray("2025-01-01T02:00:00+02:00")
                                << qint64(1'735'689'600'000);
        QTest::newRow("no zone") << QByteArray("2025-01-01T00:00:00") << qint64(1'735'689'600'000);
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.500Z") << qint64(-500);
    }

    void timestampsAreIso8601Utc()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const std::optional<std::int64_t> parsed = Measurement::parseTimestamp(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(qint64(*parsed), ms);
        // What Qt makes of it agrees (ISODateWithMs, UTC).
        const QDateTime qt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        if (text.endsWith('Z') || text.contains('+'))
            QCOMPARE(qt.toMSecsSinceEpoch(), ms);
        const std::string written = Measurement::formatTimestamp(ms);
        // The form Qt writes for a UTC time, as the history always had it.
        QCOMPARE(QString::fromStdString(written),
                 QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(Measurement::parseTimestamp(written), parsed);
    }

    void badTimestampsAreRefused()
    {
        for (const char *text : {"", "yesterday", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z",
                                 "2025-01-01 00:00:00Z", "2025-01-01T24:00:00Z",
                                 "2025-01-01T00:00:00.Z", "2025-01-01T00:00:00Zjunk"})
            QVERIFY2(!Measurement::parseTimestamp(text).has_value(), text);
    }

    void problemsAreKeptAsCodes()
    {
        const MeasureRun run = smallRun();
        const nlohmann::json json
            = nlohmann::json::parse(Measurement::text(Measurement::toJson(run)));
        QCOMPARE(json.at("stages").at(1).at("error").at("code").get<std::string>(),
                 std::string("earlier-stage-failed"));
        QVERIFY(!json.at("stages").at(0).contains("error")); // built: no problem
        QCOMPARE(json.at("arrows").at(0).at("error").at("args").at(0).get<std::string>(),
                 std::string("/out/$APP"));
        MeasureRun read;
        QVERIFY(!Measurement::fromJson(json, read).isError());
        QVERIFY(read == run);
    }

    void oldHistoriesKeepTheirSentences()
    {
        nlohmann::json json = Measurement::toJson(smallRun());
        json["stages"][1]["error"] = "Nicht gebaut: eine frühere Stage schlug fehl.";
        MeasureRun read;
        QVERIFY(!Measurement::fromJson(json, read).isError());
        QCOMPARE(QString::fromStdString(read.stages[1].problem.code), QStringLiteral("message"));
        QCOMPARE(read.stages[1].problem.args,
                 std::vector<std::string>{"Nicht gebaut: eine frühere Stage schlug fehl."});
        json["stages"][1]["error"] = 42;
        const MeasureReadError error = Measurement::fromJson(json, read);
        QCOMPARE(error.code, MeasureReadError::Code::ExpectedObject);
        QCOMPARE(QString::fromStdString(error.path), QStringLiteral("stages[1].error"));
    }

    void historyInsideTheSidecar()
    {
        std::string text;
        QVERIFY(!Sidecar::appendMeasurement(std::nullopt, smallRun(1), 2, text).isError());
        // The layout keeps it, and it keeps the layout.
        text = Sidecar::serializeLayout({{"build", {10, 20, false}}}, text);
        for (int i = 2; i <= 3; ++i)
            QVERIFY(!Sidecar::appendMeasurement(text, smallRun(i), 2, text).isError());
        std::vector<MeasureRun> runs;
        QVERIFY(!Sidecar::parseMeasurements(text, runs).isError());
        QCOMPARE(runs.size(), std::size_t(2)); // capped, oldest dropped
        QCOMPARE(runs[0].totalMs, std::int64_t(2));
        QCOMPARE(runs[1].totalMs, std::int64_t(3));
        LayoutEntries layout;
        SidecarError error;
        QVERIFY(Sidecar::parseLayout(text, layout, error));
        QCOMPARE(layout.at("build").y, 20.0);
    }

    void historyRefusalsAreCodes()
    {
        std::string text = "unchanged";
        SidecarError error
            = Sidecar::appendMeasurement("{\"version\": 1, \"stages\": {", smallRun(), 5, text);
        QCOMPARE(error.code, SidecarError::Code::NotJson);
        QCOMPARE(text, std::string("unchanged"));
        QCOMPARE(Sidecar::appendMeasurement("[1]", smallRun(), 5, text).code,
                 SidecarError::Code::NotObject);
        QCOMPARE(Sidecar::appendMeasurement(R"({"measurements": {}})", smallRun(), 5, text).code,
                 SidecarError::Code::MeasurementsNotArray);
        std::vector<MeasureRun> runs;
        QCOMPARE(Sidecar::parseMeasurements(R"({"measurements": 3})", runs).code,
                 SidecarError::Code::MeasurementsNotArray);
        QVERIFY(!Sidecar::parseMeasurements(R"({"version": 1})", runs).isError()); // no history
        // A bad run among good ones: the good ones, and where the first bad one is.
        std::string two;
        QVERIFY(!Sidecar::appendMeasurement(std::nullopt, smallRun(), 5, two).isError());
        nlohmann::ordered_json doc = nlohmann::ordered_json::parse(two);
        doc["measurements"].push_back({{"timestamp", "2025-01-01T00:00:00Z"}, {"stages", 3}});
        error = Sidecar::parseMeasurements(doc.dump(), runs);
        QCOMPARE(error.code, SidecarError::Code::BadMeasurement);
        QCOMPARE(error.index, 1);
        QCOMPARE(error.measurement.code, MeasureReadError::Code::ExpectedArray);
        QCOMPARE(QString::fromStdString(error.measurement.path), QStringLiteral("stages"));
        QCOMPARE(runs.size(), std::size_t(1));
    }

    void fileTreeSumsSortsAndMarksAdded()
    {
        const std::vector<FileEntry> base{entry("/bin", 0, FileType::Directory),
                                          entry("/bin/busybox", 1000), entry("/etc/hosts", 10)};
        std::vector<FileEntry> stage = base;
        stage.push_back(entry("/app/app.sh", 30)); // its folder is not listed: made on the way
        stage.push_back(entry("/app/lib/big.so", 5000));
        stage[2].size = 99; // the engine rewrites /etc/hosts in every container
        stage.push_back(entry("/bin/busybox2", 1));
        const FileNode root = FileTree::build(stage, &base);
        QCOMPARE(root.path, std::string("/"));
        QCOMPARE(root.totalSize, std::int64_t(1000 + 99 + 30 + 5000 + 1));
        QCOMPARE(root.children[0].name, std::string("app")); // largest first
        // Made on the way to its files: not an entry, so not marked itself, but it sums them.
        QVERIFY(!root.children[0].added);
        QCOMPARE(root.children[0].addedSize, std::int64_t(5030));
        QCOMPARE(root.children[0].addedCount, 2);
        QVERIFY(FileTree::find(root, "/app/lib/big.so")->added);
        const FileNode *hosts = FileTree::find(root, "/etc/hosts");
        QVERIFY(hosts);
        QVERIFY(!hosts->added);
        const FileNode *bin = FileTree::find(root, "/bin");
        QVERIFY(bin && !bin->added);
        QCOMPARE(bin->addedCount, 1); // busybox2
        QVERIFY(FileTree::find(root, "/bin/busybox2")->added);
        QVERIFY(!FileTree::find(root, "/bin/busybox")->added);
        QVERIFY(!FileTree::find(root, "/nope"));
        QCOMPARE(FileTree::find(root, "/"), &root);
        QVERIFY(FileTree::isEngineInjected("/.dockerenv"));
        QVERIFY(!FileTree::isEngineInjected("/etc/hostname.bak"));
        // Without a base nothing is marked.
        QVERIFY(!FileTree::build(stage, nullptr).children[0].added);
    }
};

QTEST_APPLESS_MAIN(TestSizeReport)
#include "tst_sizereport.moc"
