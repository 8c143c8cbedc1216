// SPDX-License-Identifier: GPL-3.0-or-later
//
// `stagecraft-cli measure` gates, through the built executable: bad values are usage errors
// (exit 2) with a clear message and touch no engine; against the real engine, a stage whose
// second COPY replaces the first's file breaks --max-wasted, --min-efficiency and a budget
// (exit 1, one line each), a sidecar budget is read, and the JSON, Markdown and SARIF reports
// carry every gate (SARIF: a result per gate at its stage's FROM line).
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STAGECRAFT_CLI_PATH), arguments);
    process.waitForFinished(300'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool engineAvailable()
{
    QProcess process;
    process.start(QStringLiteral(STAGECRAFT_CLI_PATH), {QStringLiteral("engine")});
    process.waitForFinished(30'000);
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestMeasureGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badValuesAreUsageErrors_data();
    void badValuesAreUsageErrors();
    void brokenGatesExitOneWithALineEach();
    void sarifAndMarkdownCarryEveryGate();

private:
    QTemporaryDir m_dir;
    QString m_dockerfile;
};

void TestMeasureGates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dockerfile = m_dir.filePath(QStringLiteral("Dockerfile"));
    writeFile(m_dockerfile,
              "FROM stagecraft/busybox:latest AS app\n"
              "COPY big.bin /data.bin\n"
              "COPY small.bin /data.bin\n");
    writeFile(m_dir.filePath(QStringLiteral("big.bin")), QByteArray(2'000'000, 'b'));
    writeFile(m_dir.filePath(QStringLiteral("small.bin")), QByteArray(1'000, 's'));
}

void TestMeasureGates::badValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("size unit") << QStringList{QStringLiteral("--max-wasted"),
                                              QStringLiteral("20XB")}
                               << QStringLiteral("--max-wasted needs a size, not \"20XB\"");
    QTest::newRow("missing size") << QStringList{QStringLiteral("--max-wasted")}
                                  << QStringLiteral("--max-wasted needs a size");
    QTest::newRow("ratio") << QStringList{QStringLiteral("--min-efficiency=2")}
                           << QStringLiteral("--min-efficiency needs a ratio");
    QTest::newRow("budget form") << QStringList{QStringLiteral("--budget"), QStringLiteral("50MB")}
                                 << QStringLiteral("--budget needs STAGE=SIZE");
    QTest::newRow("budget stage") << QStringList{QStringLiteral("--budget"),
                                                 QStringLiteral("nope=5MB")}
                                  << QStringLiteral("--budget names no stage: nope");
}

void TestMeasureGates::badValuesAreUsageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run run = runCli(QStringList{QStringLiteral("measure"), m_dockerfile,
                                       QStringLiteral("--no-history"), QStringLiteral("--host"),
                                       QStringLiteral("unix:///nonexistent.sock")}
                           + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestMeasureGates::brokenGatesExitOneWithALineEach()
{
    if (!engineAvailable())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(QStringLiteral("no Docker engine"));
    writeFile(m_dockerfile + QStringLiteral(".stagecraft.json"), R"({"budgets": {"app": "1MB"}})");
    const Run broken
        = runCli({QStringLiteral("measure"), m_dockerfile, QStringLiteral("--no-history"),
                  QStringLiteral("--max-wasted"), QStringLiteral("1MB"),
                  QStringLiteral("--min-efficiency"), QStringLiteral("0.95")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("Gate broken: app: efficiency")),
             qPrintable(broken.err));
    QVERIFY(broken.err.contains(
        QStringLiteral("Gate broken: app: wasted 2.0 MB is over the limit 1.0 MB")));
    QVERIFY(broken.err.contains(QStringLiteral("Gate broken: app: size")));
    QVERIFY(broken.out.contains(QStringLiteral("line 2")));

    const Run passed = runCli({QStringLiteral("measure"), m_dockerfile,
                               QStringLiteral("--no-history"), QStringLiteral("--budget"),
                               QStringLiteral("app=1GB"), QStringLiteral("--max-wasted=3MB"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(passed.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(passed.out.toUtf8()).object();
    const QJsonObject gates = json.value(QStringLiteral("gates")).toObject();
    QCOMPARE(gates.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(
        gates.value(QStringLiteral("budgets")).toObject().value(QStringLiteral("app")).toDouble(),
        1e9);
    const QJsonObject waste = json.value(QStringLiteral("stages"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("waste"))
                                  .toObject();
    QCOMPARE(waste.value(QStringLiteral("wastedBytes")).toDouble(), 2'001'000.0);
    const QJsonObject finding = waste.value(QStringLiteral("findings")).toArray().at(0).toObject();
    QCOMPARE(finding.value(QStringLiteral("addedLine")).toInt(), 2);
    QCOMPARE(finding.value(QStringLiteral("removedLine")).toInt(), 3);
    QCOMPARE(finding.value(QStringLiteral("overwritten")).toBool(), true);
}

void TestMeasureGates::sarifAndMarkdownCarryEveryGate()
{
    if (!engineAvailable())
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(QStringLiteral("no Docker engine"));
    // The sidecar's budget (app=1MB) breaks, as does --max-wasted; the efficiency gate passes.
    writeFile(m_dockerfile + QStringLiteral(".stagecraft.json"), R"({"budgets": {"app": "1MB"}})");
    const Run sarif = runCli(
        {QStringLiteral("measure"), m_dockerfile, QStringLiteral("--no-history"),
         QStringLiteral("--max-wasted"), QStringLiteral("1MB"), QStringLiteral("--min-efficiency"),
         QStringLiteral("10%"), QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(sarif.exitCode, 1);
    const QJsonObject log = QJsonDocument::fromJson(sarif.out.toUtf8()).object();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray results = log.value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    QCOMPARE(results.size(), 3);
    const QStringList rules{QStringLiteral("GateMinEfficiency"), QStringLiteral("GateMaxWasted"),
                            QStringLiteral("GateBudget")};
    const QStringList kinds{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("fail")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(QStringLiteral("ruleId")).toString(), rules.at(i));
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), kinds.at(i));
        const QJsonObject location = result.value(QStringLiteral("locations"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        // The stage's FROM is line 1.
        QCOMPARE(location.value(QStringLiteral("region"))
                     .toObject()
                     .value(QStringLiteral("startLine"))
                     .toInt(),
                 1);
    }
    QCOMPARE(results.at(1)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("app: wasted 2.0 MB is over the limit 1.0 MB"));
    QCOMPARE(results.at(2)
                 .toObject()
                 .value(QStringLiteral("properties"))
                 .toObject()
                 .value(QStringLiteral("limit"))
                 .toDouble(),
             1e6);

    // The command line's budget wins over the sidecar's: every gate passes.
    const Run markdown
        = runCli({QStringLiteral("measure"), m_dockerfile, QStringLiteral("--no-history"),
                  QStringLiteral("--budget=app=1GB"), QStringLiteral("--max-wasted=3MB"),
                  QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(markdown.exitCode, 0);
    QVERIFY2(markdown.out.contains(
                 QStringLiteral("- Passed: app: wasted 2.0 MB is within the limit 3.0 MB")),
             qPrintable(markdown.out));
    QVERIFY(markdown.out.contains(QStringLiteral("- Passed: app: size")));
    QVERIFY(markdown.out.contains(QStringLiteral("Every gate passed.")));
}

QTEST_MAIN(TestMeasureGates)
#include "tst_measuregates.moc"
