// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pure parts of measuring: CreatedBy parsing, history→line mapping, saving, comparison,
// JSON round trip and its errors (worded by common/EngineMessages), the sidecar history read and
// written through the engine, reports (common/MeasureReport), tar byte counting. No engine.
#include "common/EngineMessages.h"
#include "common/MeasureReport.h"
#include "engine/MeasureHistory.h"
#include "engine/StageMeasurer.h"
#include "model/Measurement.h"

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "views/LayoutSidecar.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

using namespace stagecraft;
using namespace stagecraft::engine;
using namespace stagecraft::model;
using common::MeasureReport;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

namespace {

LayerMeasure layer(qint64 size, const char *createdBy, int line)
{
    return LayerMeasure{size, createdBy, line, line > 0 ? line - 1 : -1};
}

StageMeasure stage(int index, const char *name, qint64 baseSize,
                   const std::vector<LayerMeasure> &own)
{
    StageMeasure s;
    s.index = index;
    s.name = name;
    s.imageId = QStringLiteral("sha256:%1").arg(index + 1, 64, 10, QLatin1Char('0')).toStdString();
    s.layers = own;
    s.layers.push_back(layer(baseSize, "", 0));
    s.baseSize = baseSize;
    for (const LayerMeasure &l : s.layers)
        s.size += l.size;
    s.inspectSize = s.size;
    s.buildMs = 1000 * (index + 1);
    s.built = true;
    return s;
}

/// builder 1.1 GB → final 45 MB (base 5 MB each).
MeasureRun sampleRun()
{
    MeasureRun run;
    run.timestampMs
        = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7, 89), QTimeZone::utc()).toMSecsSinceEpoch();
    run.dockerfilePath = "/src/app/Dockerfile";
    run.dockerfileSha256 = std::string(64, 'a');
    run.buildArgs = {"A=1"};
    run.stages.push_back(
        stage(0, "builder", 5'000'000,
              {layer(95'000'000, "/bin/sh -c make", 4),
               layer(1'000'000'000, "|2 A=1 B=2 /bin/sh -c apt-get install -y gcc", 3),
               layer(0, "/bin/sh -c #(nop) WORKDIR /src", 2)}));
    run.stages.push_back(stage(1, "", 5'000'000,
                               {layer(0, "/bin/sh -c #(nop)  CMD [\"x\"]", 7),
                                layer(40'000'000, "/bin/sh -c #(nop) COPY file:abc in /app", 6)}));
    run.finalIndex = 1;
    ArrowMeasure arrow;
    arrow.fromStage = 0;
    arrow.toStage = 1;
    arrow.line = 6;
    arrow.paths = {"/out/app", "/out/lib, \"x\""};
    arrow.bytes = 40'000'000;
    arrow.files = 2;
    arrow.measured = true;
    run.arrows.push_back(arrow);
    run.totalMs = 2345;
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray makeTar(const QList<QPair<QString, qint64>> &files, const QStringList &dirs = {},
                   const QString &link = {})
{
    QByteArray out;
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    archive_write_set_bytes_in_last_block(writer, 1);
    archive_write_open(
        writer, &out, nullptr,
        [](archive *, void *data, const void *buffer, size_t length) -> la_ssize_t {
            static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer),
                                                    qsizetype(length));
            return la_ssize_t(length);
        },
        nullptr);
    archive_entry *entry = archive_entry_new();
    for (const QString &dir : dirs) {
        archive_entry_clear(entry);
        archive_entry_set_pathname(entry, dir.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFDIR);
        archive_entry_set_perm(entry, 0755);
        archive_write_header(writer, entry);
    }
    for (const auto &[name, size] : files) {
        archive_entry_clear(entry);
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, size);
        archive_write_header(writer, entry);
        const QByteArray data(size, 'z');
        archive_write_data(writer, data.constData(), size_t(data.size()));
    }
    if (!link.isEmpty()) {
        archive_entry_clear(entry);
        archive_entry_set_pathname(entry, link.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFLNK);
        archive_entry_set_symlink(entry, "target");
        archive_write_header(writer, entry);
    }
    archive_entry_free(entry);
    archive_write_close(writer);
    archive_write_free(writer);
    return out;
}

} // namespace

class TestMeasurement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdByKeywords_data();
    void createdByKeywords();
    void mapHistoryToLines();
    void mapHistoryNoticesMismatch();
    void saving();
    void savingEdgeCases();
    void jsonRoundTrip();
    void cliSchemaFields();
    void malformedJson_data();
    void malformedJson();
    void compareStagesAndLayers();
    void historyAppendLoadAndCap();
    void historyKeepsOtherKeysAndLayoutKeepsHistory();
    void historyRefusesMalformedSidecar();
    void historyReportsBadEntryKeepsOthers();
    void reportsMarkdownCsvJson();
    void comparisonReports();
    void tarBytes();
};

void TestMeasurement::createdByKeywords_data()
{
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("instruction");
    QTest::newRow("copy") << QStringLiteral("/bin/sh -c #(nop) COPY file:abc in /app")
                          << QStringLiteral("COPY") << QStringLiteral("COPY file:abc in /app");
    QTest::newRow("run with args") << QStringLiteral("|2 A=1 B=2 /bin/sh -c make")
                                   << QStringLiteral("RUN") << QStringLiteral("RUN make");
    QTest::newRow("cmd") << QStringLiteral("/bin/sh -c #(nop)  CMD [\"x\"]")
                         << QStringLiteral("CMD") << QStringLiteral("CMD [\"x\"]");
    QTest::newRow("run plain") << QStringLiteral("/bin/sh -c echo hi > /f") << QStringLiteral("RUN")
                               << QStringLiteral("RUN echo hi > /f");
    QTest::newRow("arg nop") << QStringLiteral("|1 N=1 /bin/sh -c #(nop)  ARG M")
                             << QStringLiteral("ARG") << QStringLiteral("ARG M");
    QTest::newRow("bash shell") << QStringLiteral("/bin/bash -c #(nop)  ENV A=b")
                                << QStringLiteral("ENV") << QStringLiteral("ENV A=b");
    QTest::newRow("exec run") << QStringLiteral("|0 echo hi") << QStringLiteral("RUN")
                              << QStringLiteral("RUN echo hi");
    QTest::newRow("base empty") << QString() << QString() << QString();
    // BuildKit writes the instruction as it is, marked at the end.
    QTest::newRow("buildkit copy")
        << QStringLiteral("COPY big.bin /big.bin # buildkit") << QStringLiteral("COPY")
        << QStringLiteral("COPY big.bin /big.bin");
    QTest::newRow("buildkit run") << QStringLiteral("RUN /bin/sh -c rm /big.bin # buildkit")
                                  << QStringLiteral("RUN") << QStringLiteral("RUN rm /big.bin");
    QTest::newRow("buildkit run with args")
        << QStringLiteral("RUN |1 BUST=7 /bin/sh -c head -c 10 /dev/zero > /f # buildkit")
        << QStringLiteral("RUN") << QStringLiteral("RUN head -c 10 /dev/zero > /f");
    QTest::newRow("buildkit env") << QStringLiteral("ENV A=b # buildkit") << QStringLiteral("ENV")
                                  << QStringLiteral("ENV A=b");
    QTest::newRow("bad arg prefix") << QStringLiteral("|x /bin/sh -c make") << QStringLiteral("RUN")
                                    << QStringLiteral("RUN |x /bin/sh -c make");
}

void TestMeasurement::createdByKeywords()
{
    QFETCH(QString, createdBy);
    QFETCH(QString, keyword);
    QFETCH(QString, instruction);
    QCOMPARE(q(Measurement::keywordOfCreatedBy(createdBy.toStdString())), keyword);
    QCOMPARE(q(Measurement::instructionOfCreatedBy(createdBy.toStdString())), instruction);
}

void TestMeasurement::mapHistoryToLines()
{
    const auto tree = model::SyntaxTree::parse("ARG V=1\n"
                                               "FROM stagecraft/busybox AS build\n"
                                               "WORKDIR /src\n"
                                               "RUN make \\\n"
                                               "    all\n"
                                               "\n"
                                               "FROM build\n"
                                               "COPY a /app\n"
                                               "CMD [\"x\"]\n");
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    QCOMPARE(graph.stages().size(), std::size_t(2));
    const auto entry = [](qint64 size, const char *createdBy) {
        return nlohmann::json{{"Size", size}, {"CreatedBy", createdBy}};
    };
    // Stage 0: two own entries above two base entries (an image's history, newest first).
    const nlohmann::json history0 = nlohmann::json::array(
        {entry(7000, "|1 V=1 /bin/sh -c make     all"), entry(0, "/bin/sh -c #(nop) WORKDIR /src"),
         entry(0, "/bin/sh -c #(nop)  CMD [\"sh\"]"),
         entry(1984172, "/bin/sh -c #(nop) ADD file:x in / ")});
    qint64 base = -1;
    bool consistent = false;
    const std::vector<LayerMeasure> layers0
        = StageMeasurer::mapHistory(history0, *tree, graph.stages()[0], &base, &consistent);
    QVERIFY(consistent);
    QCOMPARE(base, qint64(1984172));
    QCOMPARE(layers0.size(), std::size_t(4));
    QCOMPARE(layers0[0].line, 4); // the RUN starts on line 4 (continued on 5)
    QCOMPARE(layers0[0].instructionIndex, 3);
    QCOMPARE(layers0[0].size, qint64(7000));
    QCOMPARE(layers0[1].line, 3);
    QCOMPARE(layers0[2].line, 0);
    QCOMPARE(layers0[2].instructionIndex, -1);
    QCOMPARE(layers0[3].line, 0);

    // Stage 1 (FROM build): its base is stage 0's whole history.
    nlohmann::json history1
        = nlohmann::json::array({entry(0, "/bin/sh -c #(nop)  CMD [\"x\"]"),
                                 entry(12, "/bin/sh -c #(nop) COPY file:abc in /app ")});
    for (const nlohmann::json &value : history0)
        history1.push_back(value);
    const std::vector<LayerMeasure> layers1
        = StageMeasurer::mapHistory(history1, *tree, graph.stages()[1], &base, &consistent);
    QVERIFY(consistent);
    QCOMPARE(base, qint64(1984172 + 7000));
    QCOMPARE(layers1[0].line, 9);
    QCOMPARE(layers1[1].line, 8);
    QCOMPARE(layers1[2].line, 0);
}

void TestMeasurement::mapHistoryNoticesMismatch()
{
    const auto tree = model::SyntaxTree::parse("FROM a\nCOPY x /\nRUN y\n");
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    const nlohmann::json swapped
        = nlohmann::json::array({{{"Size", 1}, {"CreatedBy", "/bin/sh -c #(nop) COPY f in /"}},
                                 {{"Size", 2}, {"CreatedBy", "/bin/sh -c y"}}});
    bool consistent = true;
    (void)StageMeasurer::mapHistory(swapped, *tree, graph.stages()[0], nullptr, &consistent);
    QVERIFY(!consistent);
    const nlohmann::json tooShort = nlohmann::json::array({swapped[0]});
    consistent = true;
    (void)StageMeasurer::mapHistory(tooShort, *tree, graph.stages()[0], nullptr, &consistent);
    QVERIFY(!consistent);
}

void TestMeasurement::saving()
{
    const MeasureRun run = sampleRun();
    QCOMPARE(run.stages[0].size, qint64(1'100'000'000));
    QCOMPARE(run.stages[1].size, qint64(45'000'000));
    QCOMPARE(run.largestStage(), 0);
    QCOMPARE(run.savingBytes(), qint64(1'055'000'000));
    QCOMPARE(qRound(run.savingPercent() * 100), qRound(1'055'000'000.0 / 1'100'000'000.0 * 10000));
    const QString line = MeasureReport::savingLine(run, QLocale::c());
    QCOMPARE(line, QStringLiteral("builder 1.1 GB → final 45.0 MB, −96 %"));
}

void TestMeasurement::savingEdgeCases()
{
    MeasureRun empty;
    QCOMPARE(empty.largestStage(), -1);
    QCOMPARE(empty.savingBytes(), qint64(0));
    QCOMPARE(empty.savingPercent(), 0.0);
    QVERIFY(MeasureReport::savingLine(empty).isEmpty());

    MeasureRun single = sampleRun();
    single.stages.erase(single.stages.begin());
    QCOMPARE(single.largestStage(), 1);
    QCOMPARE(single.savingBytes(), qint64(0));
    QCOMPARE(MeasureReport::savingLine(single, QLocale::c()),
             QStringLiteral("#1 45.0 MB → final 45.0 MB, 0.0 %"));

    MeasureRun failed = sampleRun();
    failed.stages[1].built = false;
    QCOMPARE(failed.savingBytes(), qint64(0));
    QVERIFY(!failed.complete());
    QVERIFY(sampleRun().complete());
}

void TestMeasurement::jsonRoundTrip()
{
    const MeasureRun run = sampleRun();
    const std::string text = Measurement::text(Measurement::toJson(run));
    MeasureRun read;
    QVERIFY(!Measurement::fromJsonText(text, read).isError());
    QVERIFY(read == run);
    QCOMPARE(q(Measurement::text(Measurement::toJson(read))), q(text));
}

void TestMeasurement::cliSchemaFields()
{
    const nlohmann::json json
        = nlohmann::json::parse(Measurement::text(Measurement::toJson(sampleRun())));
    const auto &stage = json.at("stages").at(0);
    for (const char *key : {"index", "name", "imageId", "size", "layers"})
        QVERIFY2(stage.contains(key), key);
    for (const char *key : {"size", "createdBy", "line"})
        QVERIFY2(stage.at("layers").at(0).contains(key), key);
    QCOMPARE(json.at("final").at("index").get<int>(), 1);
    QCOMPARE(json.at("final").at("size").get<qint64>(), qint64(45'000'000));
    QCOMPARE(json.at("largestStage").at("index").get<int>(), 0);
    QCOMPARE(json.at("largestStage").at("size").get<qint64>(), qint64(1'100'000'000));
    QCOMPARE(json.at("saving").at("bytes").get<qint64>(), qint64(1'055'000'000));
    QCOMPARE(json.at("saving").at("percent").get<double>(), 95.9);
}

void TestMeasurement::malformedJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{\"stages\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(top level): expected an object");
    QTest::newRow("no stages") << QByteArray("{\"timestamp\":\"2025-01-01T00:00:00Z\"}")
                               << QStringLiteral("stages: missing");
    QTest::newRow("bad date") << QByteArray("{\"timestamp\":\"yesterday\",\"stages\":[]}")
                              << QStringLiteral("timestamp: not an ISO 8601 date and time");
    QTest::newRow("size string") << QByteArray(
        "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"stages\":[{\"index\":0,"
        "\"size\":\"big\"}]}") << QStringLiteral("stages[0].size: expected an integer");
    QTest::newRow("layer line") << QByteArray(
        "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"stages\":[{\"index\":0,"
        "\"size\":1,\"layers\":[{\"size\":1,\"createdBy\":\"x\",\"line\":1.5}]}]}")
                                << QStringLiteral("stages[0].layers[0].line: expected an integer");
    QTest::newRow("version") << QByteArray("{\"version\":7}")
                             << QStringLiteral("version: unsupported version 7");
    QTest::newRow("final index") << QByteArray(
        "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"stages\":[{\"index\":0,"
        "\"size\":1}],\"final\":{\"index\":4}}")
                                 << QStringLiteral("final.index: no stage has index 4");
    QTest::newRow("huge index") << QByteArray(
        "{\"timestamp\":\"2025-01-01T00:00:00Z\",\"stages\":[{\"index\":"
        "99999999999,\"size\":1}]}")
                                << QStringLiteral("stages[0].index: out of range");
}

void TestMeasurement::malformedJson()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    MeasureRun run = sampleRun();
    const MeasureRun before = run;
    QCOMPARE(common::EngineMessages::readError(Measurement::fromJsonText(text.toStdString(), run)),
             error);
    QVERIFY(run == before); // untouched
}

void TestMeasurement::compareStagesAndLayers()
{
    // A: one fat stage ("before"); B: the multi-stage sample ("after").
    MeasureRun before;
    before.timestampMs = QDateTime::currentMSecsSinceEpoch();
    before.stages.push_back(stage(0, "", 5'000'000,
                                  {layer(95'000'000, "/bin/sh -c make", 3),
                                   layer(1'000'000'000, "/bin/sh -c apt-get install -y gcc", 2)}));
    before.finalIndex = 0;
    const MeasureRun after = sampleRun();
    const RunComparison comparison = RunComparison::compare(before, after);
    // #0 (unnamed) has no partner by name in B ("builder" is named): unmatched both ways.
    QCOMPARE(comparison.stages.size(), std::size_t(3));
    QCOMPARE(q(comparison.stages[0].key), QStringLiteral("#0"));
    QCOMPARE(comparison.stages[0].indexA, 0);
    QCOMPARE(comparison.stages[0].indexB, -1);
    QCOMPARE(q(comparison.stages[1].key), QStringLiteral("builder"));
    QCOMPARE(comparison.stages[1].indexA, -1);
    QCOMPARE(q(comparison.stages[2].key), QStringLiteral("#1"));
    // Final against final, whatever the names.
    QCOMPARE(comparison.final.indexA, 0);
    QCOMPARE(comparison.final.indexB, 1);
    QCOMPARE(comparison.final.sizeA, qint64(1'100'000'000));
    QCOMPARE(comparison.final.sizeB, qint64(45'000'000));
    QCOMPARE(comparison.final.delta(), qint64(-1'055'000'000));
    QCOMPARE(qRound(comparison.final.deltaPercent()), -96);
    // Layers: base equal (not listed), make + apt removed, COPY + CMD added.
    QStringList changes;
    for (const LayerDifference &d : comparison.final.layers)
        changes << q(std::string(LayerDifference::kindName(d.kind))) + u' ' + q(d.instruction);
    QCOMPARE(changes,
             (QStringList{QStringLiteral("removed RUN apt-get install -y gcc"),
                          QStringLiteral("removed RUN make"),
                          QStringLiteral("added COPY file:abc in /app"),
                          QStringLiteral("added CMD [\"x\"]")}));

    // Same Dockerfile, two runs: matched by name; a resized layer.
    MeasureRun later = sampleRun();
    later.stages[0].layers[0].size += 5;
    later.stages[0].size += 5;
    const RunComparison same = RunComparison::compare(sampleRun(), later);
    QCOMPARE(same.stages.size(), std::size_t(2));
    QCOMPARE(q(same.stages[0].key), QStringLiteral("builder"));
    QCOMPARE(same.stages[0].delta(), qint64(5));
    QCOMPARE(same.stages[0].layers.size(), std::size_t(1));
    QCOMPARE(same.stages[0].layers[0].kind, LayerDifference::Kind::Resized);
    QCOMPARE(same.stages[0].layers[0].lineA, 4);
    QCOMPARE(same.stages[1].delta(), qint64(0));
    QVERIFY(same.stages[1].layers.empty());
}

void TestMeasurement::historyAppendLoadAndCap()
{
    QTemporaryDir dir;
    const QString sidecar = MeasureHistory::pathFor(dir.filePath(QStringLiteral("Dockerfile")));
    QCOMPARE(sidecar, dir.filePath(QStringLiteral("Dockerfile.stagecraft.json")));
    std::vector<MeasureRun> runs;
    QVERIFY(!MeasureHistory::load(sidecar, runs).isError()); // missing: empty, no error
    QVERIFY(runs.empty());
    for (int i = 0; i < 5; ++i) {
        MeasureRun run = sampleRun();
        run.totalMs = i;
        QVERIFY(!MeasureHistory::append(sidecar, run, 3).isError());
    }
    QVERIFY(!MeasureHistory::load(sidecar, runs).isError());
    QCOMPARE(runs.size(), std::size_t(3));
    QCOMPARE(runs[0].totalMs, qint64(2)); // oldest dropped first
    QCOMPARE(runs[2].totalMs, qint64(4));
    MeasureRun expected = sampleRun();
    expected.totalMs = 4;
    QVERIFY(runs[2] == expected);
    // The layout reader accepts the file (version present, no layout yet).
    views::LayoutSidecar::Entries entries;
    QString error;
    QVERIFY2(views::LayoutSidecar::load(sidecar, entries, error), qPrintable(error));
}

void TestMeasurement::historyKeepsOtherKeysAndLayoutKeepsHistory()
{
    QTemporaryDir dir;
    const QString sidecar = MeasureHistory::pathFor(dir.filePath(QStringLiteral("Dockerfile")));
    views::LayoutSidecar::Entries entries;
    entries.insert(QStringLiteral("build"), {QPointF(10, 20), true});
    QString error;
    QVERIFY(views::LayoutSidecar::save(sidecar, entries, error));
    // A key neither of us knows.
    nlohmann::json doc = nlohmann::json::parse(readAll(sidecar).toStdString());
    doc["futureKey"] = {{"a", 1}};
    writeAll(sidecar, QByteArray::fromStdString(doc.dump()));

    QVERIFY(!MeasureHistory::append(sidecar, sampleRun()).isError());
    views::LayoutSidecar::Entries read;
    QVERIFY(views::LayoutSidecar::load(sidecar, read, error));
    QCOMPARE(read, entries);
    // Saving the layout again keeps the measurements and the unknown key.
    entries.insert(QStringLiteral("#1"), {QPointF(300, 20), false});
    QVERIFY(views::LayoutSidecar::save(sidecar, entries, error));
    std::vector<MeasureRun> runs;
    QVERIFY(!MeasureHistory::load(sidecar, runs).isError());
    QCOMPARE(runs.size(), std::size_t(1));
    QVERIFY(runs[0] == sampleRun());
    doc = nlohmann::json::parse(readAll(sidecar).toStdString());
    QCOMPARE(doc.at("futureKey").at("a").get<int>(), 1);
    QVERIFY(views::LayoutSidecar::load(sidecar, read, error));
    QCOMPARE(read, entries);
}

void TestMeasurement::historyRefusesMalformedSidecar()
{
    QTemporaryDir dir;
    const QString sidecar = MeasureHistory::pathFor(dir.filePath(QStringLiteral("Dockerfile")));
    const QByteArray garbage("{\"version\": 1, \"stages\": {\"a\": ");
    writeAll(sidecar, garbage);
    const auto message
        = [](const EngineError &error) { return common::EngineMessages::message(error); };
    const EngineError refused = MeasureHistory::append(sidecar, sampleRun());
    QCOMPARE(refused.kind(), EngineError::Kind::SidecarNotSaved);
    const QString error = message(refused);
    QVERIFY2(error.contains(QStringLiteral("not a valid sidecar")), qPrintable(error));
    QVERIFY(error.contains(sidecar));
    QCOMPARE(readAll(sidecar), garbage); // nothing lost
    std::vector<MeasureRun> runs;
    QVERIFY(
        message(MeasureHistory::load(sidecar, runs)).contains(QStringLiteral("not valid JSON")));

    writeAll(sidecar, "{\"version\": 1, \"measurements\": {\"oops\": 1}}");
    QVERIFY(message(MeasureHistory::append(sidecar, sampleRun()))
                .contains(QStringLiteral("not an array")));
    QVERIFY(message(MeasureHistory::load(sidecar, runs)).contains(QStringLiteral("not an array")));
}

void TestMeasurement::historyReportsBadEntryKeepsOthers()
{
    QTemporaryDir dir;
    const QString sidecar = MeasureHistory::pathFor(dir.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(!MeasureHistory::append(sidecar, sampleRun()).isError());
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(readAll(sidecar).toStdString());
    doc["measurements"].push_back({{"timestamp", "2025-01-01T00:00:00Z"}, {"stages", 3}});
    writeAll(sidecar, QByteArray::fromStdString(doc.dump()));
    QVERIFY(!MeasureHistory::append(sidecar, sampleRun()).isError());
    std::vector<MeasureRun> runs;
    const QString error = common::EngineMessages::message(MeasureHistory::load(sidecar, runs));
    QVERIFY2(error.contains(QStringLiteral("Measurement 1"))
                 && error.contains(QStringLiteral("stages")) && error.contains(sidecar),
             qPrintable(error));
    QCOMPARE(runs.size(), std::size_t(2)); // the two good runs
    // The bad entry is still in the file (appending never drops what it cannot read).
    doc = nlohmann::ordered_json::parse(readAll(sidecar).toStdString());
    QCOMPARE(doc.at("measurements").size(), std::size_t(3));
    QCOMPARE(doc.at("measurements").at(1).at("stages").get<int>(), 3);
}

void TestMeasurement::reportsMarkdownCsvJson()
{
    const MeasureRun run = sampleRun();
    const QString markdown = MeasureReport::markdown(run, QLocale::c());
    QVERIFY2(markdown.startsWith(QStringLiteral("# Stage sizes of Dockerfile\n")),
             qPrintable(markdown));
    QVERIFY(
        markdown.contains(QStringLiteral("| builder (#0) | 000000000000 | 1.1 GB (1100000000) |")));
    QVERIFY(markdown.contains(QStringLiteral("**Saving:** builder 1.1 GB → final 45.0 MB, −96 % "
                                             "(1055000000 bytes)")));
    QVERIFY(markdown.contains(
        QStringLiteral("| 3 | `RUN apt-get install -y gcc` | 1.0 GB (1000000000) |")));
    QVERIFY(markdown.contains(QStringLiteral("| base | `` | 5.0 MB (5000000) |")));
    QVERIFY(markdown.contains(QStringLiteral("/out/lib, \"x\"")));

    const QString csv = MeasureReport::csv(run);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("record,stage,name,to_stage,line,text,bytes,build_ms,image_id"));
    QVERIFY(lines.contains(QStringLiteral("stage,0,builder,,,,1100000000,1000,sha256:")
                           + QStringLiteral("%1").arg(1, 64, 10, QLatin1Char('0'))));
    QVERIFY(lines.contains(
        QStringLiteral("layer,1,,,6,/bin/sh -c #(nop) COPY file:abc in /app,40000000,,")));
    QVERIFY(lines.contains(QStringLiteral("arrow,0,builder,1,6,\"/out/app /out/lib, \"\"x\"\"\","
                                          "40000000,,")));
    QVERIFY(lines.contains(QStringLiteral("saving,,,,,95.9,1055000000,,")));
    QCOMPARE(lines.size(), 1 + 2 + 4 + 3 + 1 + 3);

    MeasureRun fromReport;
    QVERIFY(
        !Measurement::fromJsonText(MeasureReport::json(run).toStdString(), fromReport).isError());
    QVERIFY(fromReport == run);

    const QString text = MeasureReport::text(run, QLocale::c());
    QVERIFY2(text.contains(QStringLiteral("builder (#0)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("#1 (final)")));
    QVERIFY(text.contains(QStringLiteral("Saving: builder 1.1 GB → final 45.0 MB, −96 %")));
}

void TestMeasurement::comparisonReports()
{
    MeasureRun later = sampleRun();
    later.stages[1].layers[1].size = 30'000'000;
    later.stages[1].size -= 10'000'000;
    const RunComparison comparison = RunComparison::compare(sampleRun(), later);
    const QString markdown = MeasureReport::markdown(comparison, QLocale::c());
    QVERIFY2(
        markdown.contains(QStringLiteral("| **final** | 45.0 MB (45000000) | 35.0 MB (35000000) | "
                                         "−10.0 MB (-10000000) | −22 % |")),
        qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("| resized | `COPY file:abc in /app` | 6 | 6 |")));
    const QStringList csv
        = MeasureReport::csv(comparison).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(csv.contains(QStringLiteral("final,final,1,1,45000000,35000000,-10000000,-22.2,,,,")));
    QVERIFY(csv.contains(QStringLiteral("layer,#1,1,1,40000000,30000000,-10000000,,resized,"
                                        "COPY file:abc in /app,6,6")));
    const nlohmann::json json
        = nlohmann::json::parse(MeasureReport::json(comparison).toStdString());
    QCOMPARE(json.at("final").at("delta").get<qint64>(), qint64(-10'000'000));
    QCOMPARE(json.at("stages").size(), std::size_t(2));
    QCOMPARE(json.at("a").at("saving").at("bytes").get<qint64>(), qint64(1'055'000'000));
    const QString text = MeasureReport::text(comparison, QLocale::c());
    QVERIFY2(text.contains(QStringLiteral("resized  COPY file:abc in /app  −10.0 MB")),
             qPrintable(text));
}

void TestMeasurement::tarBytes()
{
    const QByteArray tar
        = makeTar({{QStringLiteral("d/a.txt"), 777},
                   {QStringLiteral("d/b.txt"), 223},
                   {QStringLiteral("d/sub/c.bin"), 5000},
                   {QStringLiteral("d/sub/d.txt"), 1}},
                  {QStringLiteral("d"), QStringLiteral("d/sub")}, QStringLiteral("d/link"));
    qint64 bytes = 0;
    int files = 0;
    QVERIFY(StageMeasurer::tarFileBytes(tar, bytes, files));
    QCOMPARE(bytes, qint64(6001));
    QCOMPARE(files, 4);
    QVERIFY(StageMeasurer::tarFileBytes(tar, bytes, files, QStringLiteral("d/*.txt")));
    QCOMPARE(bytes, qint64(1000)); // '*' stays within one directory
    QCOMPARE(files, 2);
    QVERIFY(StageMeasurer::tarFileBytes(tar, bytes, files, QStringLiteral("d/su?")));
    QCOMPARE(bytes, qint64(5001)); // a matching directory counts with all below it
    QVERIFY(!StageMeasurer::tarFileBytes(QByteArray(), bytes, files));
    QVERIFY(!StageMeasurer::tarFileBytes(QByteArray(1024, 'x'), bytes, files));
    QVERIFY(!StageMeasurer::tarFileBytes(tar.left(700), bytes, files)); // truncated
}

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
