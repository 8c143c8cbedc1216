// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STAGECRAFT_CLI_PATH), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

const QByteArray Source = "# builder\r\n"
                          "FROM golang:1.22 AS build\r\n"
                          "WORKDIR /src\r\n"
                          "RUN go build -o /out/app\r\n"
                          "\r\n"
                          "FROM alpine:3.20\r\n"
                          "COPY --from=build /out/app /app\r\n"
                          "CMD [\"/app\"]\r\n";

} // namespace

class TestEditCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("Dockerfile"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void renamePrintsTheNewText()
    {
        const QString file = write(Source);
        const Run r = cli({QStringLiteral("edit"), file, QStringLiteral("rename-stage"),
                           QStringLiteral("build"), QStringLiteral("compile")});
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = Source;
        expected.replace("AS build", "AS compile").replace("--from=build", "--from=compile");
        QCOMPARE(r.out, expected);
        QCOMPARE(read(file), Source); // not written without --in-place
    }

    void diffShowsOnlyTheChange()
    {
        const QString file = write(Source);
        const Run r = cli({QStringLiteral("edit"), file, QStringLiteral("add-copy"),
                           QStringLiteral("build"), QStringLiteral("1"), QStringLiteral("/etc/"),
                           QStringLiteral("/src/config.yaml"), QStringLiteral("--chmod"),
                           QStringLiteral("644"), QStringLiteral("--diff")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("+COPY --from=build --chmod=644 /src/config.yaml /etc/\r\n"),
                 r.out.constData());
        QVERIFY(r.out.startsWith("--- a/Dockerfile\n+++ b/Dockerfile\n@@ "));
    }

    void inPlaceWritesAtomically()
    {
        const QString file = write(Source);
        const Run r = cli({QStringLiteral("edit"), file, QStringLiteral("add-stage"),
                           QStringLiteral("busybox"), QStringLiteral("--name"),
                           QStringLiteral("test"), QStringLiteral("--after"),
                           QStringLiteral("build"), QStringLiteral("--in-place")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QByteArray expected = Source;
        expected.replace("\r\nFROM alpine", "\r\nFROM busybox AS test\r\n\r\nFROM alpine");
        QCOMPARE(read(file), expected);
    }

    void refusalExitsOneAndWritesNothing()
    {
        const QString file = write(Source);
        const Run r = cli({QStringLiteral("edit"), file, QStringLiteral("move-stage"),
                           QStringLiteral("build"), QStringLiteral("--after"), QStringLiteral("1"),
                           QStringLiteral("--in-place")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("uses stage build"), r.err.constData());
        QCOMPARE(read(file), Source);
    }

    void jsonOperationsUseTheSamePath()
    {
        const QString file = write(Source);
        const Run r
            = cli({QStringLiteral("edit"), file, QStringLiteral("--json"),
                   QStringLiteral(
                       R"({"op":"set-base","stage":"1","image":"gcr.io/distroless/static"})")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("FROM gcr.io/distroless/static\r\n"));
        const Run bad = cli(
            {QStringLiteral("edit"), file, QStringLiteral("--json"), QStringLiteral("{nope")});
        QCOMPARE(bad.exitCode, 2);
    }

    void usageAndInputErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no-op") << QStringList{QStringLiteral("edit"), QStringLiteral("FILE")};
        QTest::newRow("unknown-op")
            << QStringList{QStringLiteral("edit"), QStringLiteral("FILE"), QStringLiteral("fly")};
        QTest::newRow("missing-args")
            << QStringList{QStringLiteral("edit"), QStringLiteral("FILE"),
                           QStringLiteral("rename-stage"), QStringLiteral("a")};
        QTest::newRow("bad-line") << QStringList{QStringLiteral("edit"), QStringLiteral("FILE"),
                                                 QStringLiteral("remove-copy"), QStringLiteral("1"),
                                                 QStringLiteral("x")};
        QTest::newRow("missing-file") << QStringList{
            QStringLiteral("edit"), QStringLiteral("/nonexistent/Dockerfile"),
            QStringLiteral("rename-stage"), QStringLiteral("a"), QStringLiteral("b")};
    }

    void usageAndInputErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const QString file = write(Source);
        arguments.replaceInStrings(QStringLiteral("FILE"), file);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void refusalsAreTranslated()
    {
        const QString file = write(Source);
        const Run r
            = cli({QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("edit"), file,
                   QStringLiteral("rename-stage"), QStringLiteral("1"), QStringLiteral("BUILD")});
        QCOMPARE(r.exitCode, 1);
        // Devanagari in the message: the Hindi catalogue was used.
        const QString message = QString::fromUtf8(r.err);
        QVERIFY2(
            std::any_of(message.begin(), message.end(),
                        [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; }),
            r.err.constData());
    }

    void stdinWorks()
    {
        const Run r
            = cli({QStringLiteral("edit"), QStringLiteral("-"), QStringLiteral("rename-stage"),
                   QStringLiteral("0"), QStringLiteral("base")},
                  "FROM a\nRUN x\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("FROM a AS base\nRUN x\n"));
    }
};

QTEST_GUILESS_MAIN(TestEditCli)
#include "tst_editcli.moc"
