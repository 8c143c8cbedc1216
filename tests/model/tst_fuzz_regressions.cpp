// SPDX-License-Identifier: GPL-3.0-or-later
//
// Replays every saved fuzz finding (tests/data/fuzz-regressions/) and the hand-written fuzz seeds
// (tests/fuzz/corpus/) through the fuzzers' own invariant checks (tests/fuzz/invariants.h), and
// checks the benchmark generator's synthetic files the same way.

#include "../bench/synthetic.h"
#include "../fuzz/invariants.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QString>
#include <QtTest>

#include <string>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedInputsHoldInvariants_data();
    void savedInputsHoldInvariants();
    void syntheticFilesHoldInvariants_data();
    void syntheticFilesHoldInvariants();
};

void TestFuzzRegressions::savedInputsHoldInvariants_data()
{
    QTest::addColumn<QString>("path");
    const QString dataDir = QStringLiteral(STAGECRAFT_TEST_DATA_DIR);
    const QStringList dirs = {dataDir + QStringLiteral("/fuzz-regressions"),
                              dataDir + QStringLiteral("/../fuzz/corpus")};
    int rows = 0;
    for (const QString &dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        const QString prefix = QFileInfo(dir).fileName() + QLatin1Char('/');
        for (const QFileInfo &file : files) {
            QTest::newRow(QString(prefix + file.fileName()).toUtf8().constData())
                << file.absoluteFilePath();
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("none") << QString();
}

void TestFuzzRegressions::savedInputsHoldInvariants()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no saved fuzz inputs");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    const std::string failure = stagecraft::fuzz::checkModelInvariants(
        std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    QVERIFY2(failure.empty(), failure.c_str());
}

void TestFuzzRegressions::syntheticFilesHoldInvariants_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("stages");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("300 lines, 6 stages") << 300 << 6 << quint64{1};
    QTest::newRow("600 lines, 12 stages, seed 7") << 600 << 12 << quint64{7};
    QTest::newRow("5000 lines, 100 stages (the benchmark file)") << 5000 << 100 << quint64{1};
}

void TestFuzzRegressions::syntheticFilesHoldInvariants()
{
    QFETCH(int, lines);
    QFETCH(int, stages);
    QFETCH(quint64, seed);
    const std::string text = stagecraft::bench::SyntheticDockerfile::byLines(lines, stages, seed);
    QCOMPARE(stagecraft::bench::SyntheticDockerfile::countLines(text), lines);
    const std::string failure = stagecraft::fuzz::checkModelInvariants(text);
    QVERIFY2(failure.empty(), failure.c_str());
    const auto tree = stagecraft::model::SyntaxTree::parse(text);
    const auto graph = stagecraft::model::StageGraph::derive(*tree);
    QCOMPARE(static_cast<int>(graph.stages().size()), stages);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)

#include "tst_fuzz_regressions.moc"
