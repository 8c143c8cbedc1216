// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/UnifiedDiff.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stagecraft::model;

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTextsGiveNothing() { QVERIFY(unifiedDiff("a\nb\n", "a\nb\n", "a", "b").empty()); }

    void matchesDiffU_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("rename") << QByteArray("FROM a AS b\nRUN x\nFROM c\nCOPY --from=b /x /x\n")
                                << QByteArray(
                                       "FROM a AS build\nRUN x\nFROM c\nCOPY --from=build /x /x\n");
        QTest::newRow("insert-middle")
            << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n")
            << QByteArray("1\n2\n3\n4\n5\n6\nnew\n7\n8\n9\n10\n11\n12\n");
        QTest::newRow("two-hunks") << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n")
                                   << QByteArray("A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\n");
        QTest::newRow("no-newline") << QByteArray("FROM a\nCMD x") << QByteArray("FROM a\nCMD y");
        QTest::newRow("from-empty") << QByteArray() << QByteArray("FROM a\n");
        QTest::newRow("to-empty") << QByteArray("FROM a\nRUN b\n") << QByteArray();
        QTest::newRow("delete-block") << QByteArray("x\nFROM a\nRUN 1\n\nFROM b\nRUN 2\n")
                                      << QByteArray("x\nFROM b\nRUN 2\n");
    }

    void matchesDiffU()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile a(dir.filePath(QStringLiteral("a")));
        QFile b(dir.filePath(QStringLiteral("b")));
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        a.write(before);
        b.write(after);
        a.close();
        b.close();
        QProcess diff;
        diff.setWorkingDirectory(dir.path());
        diff.start(QStringLiteral("diff"),
                   {QStringLiteral("-u"), QStringLiteral("--label=a"), QStringLiteral("--label=b"),
                    QStringLiteral("a"), QStringLiteral("b")});
        if (!diff.waitForFinished())
            QSKIP("diff(1) is not available");
        const QByteArray expected = diff.readAllStandardOutput();
        QCOMPARE(QByteArray::fromStdString(
                     unifiedDiff(before.toStdString(), after.toStdString(), "a", "b")),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
