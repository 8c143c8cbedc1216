// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the four example canvases (Python, Go, React + nginx, Java Maven → JRE) to PNG for
// review, in the light and the dark theme, and checks the headless `render` command.
// Output: $STAGECRAFT_SCREENSHOT_DIR, or build/screenshots/ in the repository.

#include "CanvasHarness.h"

#include "app/RenderCommand.h"
#include "views/canvas/CanvasExport.h"
#include "views/canvas/CanvasTheme.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace stagecraft;
using tests::CanvasHarness;
using tests::readTestFile;

namespace {

QString screenshotDir()
{
    QString dir = qEnvironmentVariable("STAGECRAFT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/../../build/screenshots");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xf0));
    return palette;
}

} // namespace

class TestCanvasScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesRenderToPng_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        for (const char *name : {"python", "go", "react", "java"}) {
            QTest::newRow(name) << QString::fromLatin1(name) << false;
            QTest::newRow((std::string(name) + "-dark").c_str())
                << QString::fromLatin1(name) << true;
        }
    }

    void examplesRenderToPng()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        CanvasHarness doc;
        if (dark)
            doc.canvas.setPalette(darkPalette());
        doc.load(readTestFile(name + QStringLiteral(".Dockerfile")));
        QVERIFY(!doc.scene()->blocks().empty());
        const QImage image = views::CanvasExport::renderImage(*doc.scene(), 1.5);
        QVERIFY(image.width() > 300);
        QVERIFY(image.height() > 200);
        const QString path = screenshotDir() + QLatin1Char('/') + name
            + (dark ? QStringLiteral("-dark") : QString()) + QStringLiteral(".png");
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    void exportWritesSvgDotAndMermaid()
    {
        CanvasHarness doc;
        doc.load(readTestFile(QStringLiteral("react.Dockerfile")));
        QTemporaryDir dir;
        QString error;
        for (const char *suffix : {"svg", "png", "dot", "mmd"}) {
            const QString path = dir.filePath(QStringLiteral("canvas.") + QLatin1String(suffix));
            QVERIFY2(doc.canvas.exportTo(path, error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.isEmpty());
            if (qstrcmp(suffix, "svg") == 0)
                QVERIFY(bytes.contains("<svg"));
            if (qstrcmp(suffix, "dot") == 0)
                QVERIFY(bytes.startsWith("digraph"));
            if (qstrcmp(suffix, "mmd") == 0)
                QVERIFY(bytes.startsWith("flowchart LR"));
        }
        QVERIFY(!doc.canvas.exportTo(dir.filePath(QStringLiteral("canvas.bmpx")), error));
        QVERIFY(!error.isEmpty());
    }

    void renderCommandWritesSvgAndPng()
    {
        QTemporaryDir dir;
        const QString input = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/canvas/java.Dockerfile");
        for (const char *suffix : {"svg", "png"}) {
            const QString output = dir.filePath(QStringLiteral("java.") + QLatin1String(suffix));
            QBuffer out;
            QBuffer err;
            out.open(QIODevice::WriteOnly);
            err.open(QIODevice::WriteOnly);
            const int code
                = app::runRenderCommand({input, QStringLiteral("-o"), output,
                                         QStringLiteral("--target"), QStringLiteral("runtime")},
                                        out, err);
            QCOMPARE(code, 0);
            QCOMPARE(err.data(), QByteArray());
            QVERIFY(QFile::exists(output));
        }
        QVERIFY(!QImage(dir.filePath(QStringLiteral("java.png"))).isNull());
        QFile svg(dir.filePath(QStringLiteral("java.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void renderCommandRejectsBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString input = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/canvas/go.Dockerfile");
        QTest::newRow("no output") << QStringList{input};
        QTest::newRow("bad suffix")
            << QStringList{input, QStringLiteral("-o"), QStringLiteral("x.jpg")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/Dockerfile"),
                                                     QStringLiteral("-o"), QStringLiteral("x.svg")};
        QTest::newRow("unknown target")
            << QStringList{input, QStringLiteral("-o"), QStringLiteral("x.svg"),
                           QStringLiteral("--target"), QStringLiteral("nope")};
        QTest::newRow("unknown option") << QStringList{input, QStringLiteral("--frobnicate")};
    }

    void renderCommandRejectsBadUsage()
    {
        QFETCH(QStringList, arguments);
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QCOMPARE(app::runRenderCommand(arguments, out, err), 2);
        QVERIFY(err.data().startsWith("stagecraft-cli render: "));
    }
};

QTEST_MAIN(TestCanvasScreenshots)
#include "tst_canvas_screenshots.moc"
