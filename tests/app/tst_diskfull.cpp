// SPDX-License-Identifier: GPL-3.0-or-later
//
// Disk full while saving (issue #19): the Dockerfile lives on a small tmpfs this test mounts
// (root only) and nearly fills; a save that does not fit must fail with a clear message naming
// the file and the reason, leave the original file byte for byte, leave no temporary file
// behind, and keep the text in the editor (still unsaved). Without root: skipped with a
// message, failed under CI=true.
#include "app/DocumentController.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <unistd.h>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    return process.waitForFinished(30'000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saveOnAFullDiskKeepsTheOriginal();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

void TestDiskFull::initTestCase()
{
    if (::geteuid() != 0)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
            u"mounting a small tmpfs needs root; run this test as root to try a full disk"_s);
    QVERIFY(m_mountPoint.isValid());
    m_mounted
        = run(u"mount"_s,
              {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, m_mountPoint.path()});
    if (!m_mounted)
        STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(u"could not mount a tmpfs (no CAP_SYS_ADMIN?)"_s);
}

void TestDiskFull::cleanupTestCase()
{
    if (m_mounted)
        run(u"umount"_s, {m_mountPoint.path()});
}

void TestDiskFull::saveOnAFullDiskKeepsTheOriginal()
{
    const QDir dir(m_mountPoint.path());
    const QString path = dir.filePath(u"Dockerfile"_s);
    const QByteArray original = "# syntax=docker/dockerfile:1\r\nFROM debian:12 AS build\r\n"
                                "RUN echo \"नमस्ते\"\r\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(original), original.size());
    }
    // Fill the rest of the disk, but for a few bytes.
    {
        QFile filler(dir.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }

    app::DocumentController controller;
    QString error;
    QVERIFY2(controller.openFile(path, &error), qPrintable(error));
    const QString longer
        = controller.document()->toPlainText() + u"RUN echo "_s + QString(64 * 1024, u'y') + u'\n';
    controller.document()->setPlainText(longer);
    QVERIFY(controller.isModified());

    error.clear();
    QVERIFY(!controller.save(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(readBytes(path), original); // the original, byte for byte
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{u"Dockerfile"_s, u"filler"_s}));  // no temporary file left
    QCOMPARE(controller.document()->toPlainText(), longer); // nothing lost
    QVERIFY(controller.isModified());

    // Room again: the same save succeeds.
    QVERIFY(QFile::remove(dir.filePath(u"filler"_s)));
    QVERIFY2(controller.save(&error), qPrintable(error));
    QVERIFY(!controller.isModified());
    QVERIFY(readBytes(path).endsWith(QByteArray(QByteArray(64 * 1024, 'y') + "\r\n")));
}

QTEST_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
