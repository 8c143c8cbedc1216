// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes as `docker image ls` prints them, budgets, the measure gates, and a stage's waste in the
// report JSON (round trip and bad fields).
#include "model/Measurement.h"
#include "model/SizeBudget.h"

#include <QtTest>

using namespace stagecraft::model;

namespace {

MeasureRun wasteRun()
{
    MeasureRun run;
    StageMeasure builder;
    builder.index = 0;
    builder.name = "builder";
    builder.size = 1'600'000'000;
    builder.built = true;
    StageMeasure last;
    last.index = 1;
    last.size = 40'000'000;
    last.baseSize = 30'000'000;
    last.built = true;
    last.waste.analysed = true;
    last.waste.efficiency = 0.9;
    last.waste.wastedBytes = 25'000'000;
    last.waste.userWastedPercent = 250;
    last.waste.findings.push_back(
        {3, 4, "COPY big /big", "RUN rm /big", 25'000'000, 1, false, "narrow-copy", {"/big"}});
    run.stages = {builder, last};
    run.finalIndex = 1;
    return run;
}

} // namespace

class TstSizeBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: rejected
        QTest::newRow("bytes") << "100" << qint64(100);
        QTest::newRow("B") << "100B" << qint64(100);
        QTest::newRow("kB") << "512kB" << qint64(512'000);
        QTest::newRow("MB") << "20MB" << qint64(20'000'000);
        QTest::newRow("mb lower") << "20mb" << qint64(20'000'000);
        QTest::newRow("GB fraction") << "1.5GB" << qint64(1'500'000'000);
        QTest::newRow("space") << " 2 GB " << qint64(2'000'000'000);
        QTest::newRow("KiB") << "4KiB" << qint64(4096);
        QTest::newRow("MiB") << "3MiB" << qint64(3 * 1024 * 1024);
        QTest::newRow("GiB") << "1GiB" << qint64(1024LL * 1024 * 1024);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("unit only") << "MB" << qint64(-1);
        QTest::newRow("negative") << "-5MB" << qint64(-1);
        QTest::newRow("unknown unit") << "5XB" << qint64(-1);
        QTest::newRow("two dots") << "1.2.3MB" << qint64(-1);
        QTest::newRow("huge") << "99999999TB" << qint64(-1);
    }

    void parsesSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<std::int64_t> got = SizeBudgets::parseSize(text.toStdString());
        QCOMPARE(got.has_value() ? qint64(*got) : qint64(-1), bytes);
    }

    void parsesBudgetsAndRatios()
    {
        QCOMPARE(SizeBudgets::parseBudget("final=50MB"), (SizeBudget{"final", 50'000'000}));
        QCOMPARE(SizeBudgets::parseBudget("builder = 1.5GB"),
                 (SizeBudget{"builder", 1'500'000'000}));
        QVERIFY(!SizeBudgets::parseBudget("=50MB"));
        QVERIFY(!SizeBudgets::parseBudget("final"));
        QVERIFY(!SizeBudgets::parseBudget("final=lots"));
        QCOMPARE(SizeBudgets::parseRatio("0.95"), std::optional<double>(0.95));
        QCOMPARE(SizeBudgets::parseRatio("95%"), std::optional<double>(0.95));
        QVERIFY(!SizeBudgets::parseRatio("1.5"));
        QVERIFY(!SizeBudgets::parseRatio("high"));
    }

    void namesStages()
    {
        const MeasureRun run = wasteRun();
        QCOMPARE(SizeBudgets::stageOf(run, "BUILDER"), 0);
        QCOMPARE(SizeBudgets::stageOf(run, "final"), 1);
        QCOMPARE(SizeBudgets::stageOf(run, "#1"), 1);
        QCOMPARE(SizeBudgets::stageOf(run, "#7"), -1);
        QCOMPARE(SizeBudgets::stageOf(run, "nope"), -1);
    }

    void checksEveryGate()
    {
        const MeasureRun run = wasteRun();
        MeasureGates gates;
        gates.minEfficiency = 0.95;
        gates.maxWasted = 20'000'000;
        gates.budgets = {{"final", 50'000'000}, {"builder", 1'500'000'000}, {"nope", 1}};
        const std::vector<GateViolation> broken = SizeBudgets::check(run, gates);
        using Kind = GateViolation::Kind;
        QCOMPARE(broken.size(), 4u);
        QCOMPARE(broken[0], (GateViolation{Kind::Efficiency, "#1", 0.9, 0.95}));
        QCOMPARE(broken[1], (GateViolation{Kind::Wasted, "#1", 25e6, 20e6}));
        QCOMPARE(broken[2], (GateViolation{Kind::Budget, "builder", 1.6e9, 1.5e9}));
        QCOMPARE(broken[3], (GateViolation{Kind::UnknownStage, "nope", 0, 1}));

        gates = {};
        gates.minEfficiency = 0.5;
        gates.maxWasted = 30'000'000;
        gates.budgets = {{"final", 50'000'000}};
        QVERIFY(SizeBudgets::check(run, gates).empty());
    }

    void wasteNotMeasuredBreaksItsGate()
    {
        MeasureRun run = wasteRun();
        run.stages[1].waste = {};
        MeasureGates gates;
        gates.minEfficiency = 0.1;
        const std::vector<GateViolation> broken = SizeBudgets::check(run, gates);
        QCOMPARE(broken.size(), 1u);
        QCOMPARE(broken[0].kind, GateViolation::Kind::NotMeasured);
    }

    void readsTheSidecarsGates()
    {
        const nlohmann::json sidecar = nlohmann::json::parse(R"({
            "layout": {}, "minEfficiency": 0.9, "maxWasted": "10MB",
            "budgets": {"final": "50MB", "builder": 1000}})");
        MeasureGates gates;
        gates.minEfficiency = 0.95; // the command line's win
        gates.budgets = {{"FINAL", 40'000'000}};
        std::string bad;
        QVERIFY(SizeBudgets::addFromSidecar(sidecar, gates, bad));
        QCOMPARE(*gates.minEfficiency, 0.95);
        QCOMPARE(*gates.maxWasted, 10'000'000);
        QCOMPARE(gates.budgets.size(), 2u);
        QCOMPARE(gates.budgets[0], (SizeBudget{"FINAL", 40'000'000}));
        QCOMPARE(gates.budgets[1], (SizeBudget{"builder", 1000}));

        MeasureGates untouched;
        QVERIFY(!SizeBudgets::addFromSidecar(nlohmann::json::parse(R"({"budgets": {"a": "x"}})"),
                                             untouched, bad));
        QCOMPARE(bad, std::string("budgets.a"));
        QVERIFY(untouched.isEmpty());
        QVERIFY(!SizeBudgets::addFromSidecar(nlohmann::json::parse(R"({"minEfficiency": 5})"),
                                             untouched, bad));
        QCOMPARE(bad, std::string("minEfficiency"));
    }

    void wasteSurvivesTheReportJson()
    {
        const MeasureRun run = wasteRun();
        MeasureRun read;
        const MeasureReadError error
            = Measurement::fromJsonText(Measurement::text(Measurement::toJson(run)), read);
        QVERIFY(!error.isError());
        QCOMPARE(read.stages[1].waste, run.stages[1].waste);
        QVERIFY(!read.stages[0].waste.analysed);
    }

    void badWasteFieldIsNamed()
    {
        nlohmann::json json
            = nlohmann::json::parse(Measurement::text(Measurement::toJson(wasteRun())));
        json["stages"][1]["waste"]["findings"][0]["bytes"] = "many";
        MeasureRun read;
        const MeasureReadError error = Measurement::fromJson(json, read);
        QCOMPARE(error.code, MeasureReadError::Code::ExpectedInteger);
        QCOMPARE(error.path, std::string("stages[1].waste.findings[0].bytes"));
    }
};

QTEST_APPLESS_MAIN(TstSizeBudget)
#include "tst_sizebudget.moc"
