// SPDX-License-Identifier: GPL-3.0-or-later
//
// `stagecraft-cli diff` through the built executable, without an engine: every bad command line
// is a usage error (exit 2) with a clear message before any engine is asked; a measurement
// whose stage was not built, or that has no such stage, is named; --help lists the command and
// measure accepts --format sarif. The engine part (two real images) is tests/engine/tst_filediff.
#include "model/Measurement.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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
    process.waitForFinished(60'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile dockerfile(m_dir.filePath(u"Dockerfile"_s));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM stagecraft/busybox:latest AS builder\nFROM scratch\n");
        dockerfile.close();
        // A run whose final stage was never built, and whose first was.
        stagecraft::model::MeasureRun run;
        run.dockerfilePath = m_dir.filePath(u"Dockerfile"_s).toStdString();
        stagecraft::model::StageMeasure builder;
        builder.index = 0;
        builder.name = "builder";
        builder.imageId = "sha256:0123";
        builder.built = true;
        stagecraft::model::StageMeasure final;
        final.index = 1;
        final.built = false;
        run.stages = {builder, final};
        run.finalIndex = 1;
        m_run = m_dir.filePath(u"run.json"_s);
        QFile file(m_run);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(
            stagecraft::model::Measurement::text(stagecraft::model::Measurement::toJson(run))));
    }

    void badCommandLinesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one image") << QStringList{u"diff"_s, u"a:1"_s}
                                   << u"diff needs two images: stagecraft-cli diff A B"_s;
        QTest::newRow("format") << QStringList{u"diff"_s, u"a"_s, u"b"_s, u"--format"_s, u"csv"_s}
                                << u"Unknown format csv (use text, json, markdown)."_s;
        QTest::newRow("limit") << QStringList{u"diff"_s, u"a"_s, u"b"_s, u"--limit=many"_s}
                               << u"--limit needs a whole number"_s;
        QTest::newRow("depth") << QStringList{u"diff"_s, u"a"_s, u"b"_s, u"--depth"_s, u"0"_s}
                               << u"--depth needs a whole number"_s;
        QTest::newRow("option") << QStringList{u"diff"_s, u"a"_s, u"b"_s, u"--colour"_s}
                                << u"Unknown option for diff: --colour"_s;
        QTest::newRow("stage of an image")
            << QStringList{u"diff"_s, u"busybox"_s, u"b"_s, u"--stage-a"_s, u"x"_s}
            << u"--stage-a and --stage-b need a measured Dockerfile or a measurement, and busybox "
               "is no file."_s;
    }

    void badCommandLinesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments + QStringList{u"--host"_s, u"unix:///nonexistent.sock"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void measuredStagesAreChecked()
    {
        const Run unbuilt
            = runCli({u"diff"_s, m_run, m_run, u"--host"_s, u"unix:///nonexistent.sock"_s});
        QCOMPARE(unbuilt.exitCode, 2);
        QVERIFY2(unbuilt.err.contains(u"Stage #1 of "_s + m_run
                                      + u" was not built in its latest measurement."_s),
                 qPrintable(unbuilt.err));
        const Run unknown
            = runCli({u"diff"_s, m_run, m_run, u"--stage-b"_s, u"nope"_s, u"--stage-a"_s,
                      u"builder"_s, u"--host"_s, u"unix:///nonexistent.sock"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(m_run + u" has no stage nope"_s), qPrintable(unknown.err));
        // Both stages resolve: the engine is asked next, and cannot be reached.
        const Run noEngine
            = runCli({u"diff"_s, m_run, m_run, u"--stage-a"_s, u"builder"_s, u"--stage-b"_s,
                      u"#0"_s, u"--host"_s, u"unix:///nonexistent.sock"_s});
        QCOMPARE(noEngine.exitCode, 2);
        QVERIFY2(noEngine.err.contains(u"Cannot read the files of sha256:0123: "_s),
                 qPrintable(noEngine.err));
    }

    void helpListsDiffAndMeasureTakesSarif()
    {
        const Run help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"diff A B [--stage-a STAGE]"_s));
        const Run format
            = runCli({u"measure"_s, m_dir.filePath(u"Dockerfile"_s), u"--format"_s, u"xml"_s});
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains(u"use text, json, markdown, csv, sarif"_s),
                 qPrintable(format.err));
    }

    void hindiMessages()
    {
        const Run run = runCli({u"--lang"_s, u"hi"_s, u"diff"_s, u"a"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(u"diff needs two images"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"stagecraft-cli diff A B"_s), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_run;
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
