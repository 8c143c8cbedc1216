// SPDX-License-Identifier: GPL-3.0-or-later
//
// The file-level diff against the real engine, on the tutorial's pair built on busybox
// (tests/data/filediff: a single-stage Dockerfile.before and a multi-stage Dockerfile): Compare
// builds and measures both itself, reads the two final images and names what the split removed
// — the build cache and the sources — with the sizes of their tar entries (the bytes written);
// the program that both ship is not listed. `stagecraft-cli diff` of the two measured
// Dockerfiles gives the same figures as JSON. With STAGECRAFT_SCREENSHOT_DIR set, the Files tab
// is saved there in English and Hindi (docs/screenshots/compare-files*.png).
#include "tests/TestSupport.h"

#include "app/dialogs/CompareDialog.h"
#include "common/EngineMessages.h"
#include "common/Translation.h"
#include "engine/EngineClient.h"
#include "engine/MeasureHistory.h"
#include "views/panels/FileDiffView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

const QString kBase = u"stagecraft/busybox:latest"_s;

const model::FileDelta *changeAt(const model::FileDiffResult &diff, std::string_view path)
{
    for (const model::FileDelta &change : diff.changes) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

void copyFixture(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = source.filePath(name);
        if (QFileInfo(path).isDir()) {
            QVERIFY(QDir(to).mkpath(name));
            copyFixture(path, QDir(to).filePath(name));
        } else {
            QVERIFY(QFile::copy(path, QDir(to).filePath(name)));
        }
    }
}

} // namespace

class TestFileDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_client
            = std::make_unique<engine::EngineClient>(engine::EngineEndpoint::resolveFromSystem());
        const engine::EngineError error = m_client->negotiate();
        if (error.isError())
            STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
                u"no Docker engine: %1 — run `bash scripts/engine.sh up`"_s.arg(
                    common::EngineMessages::message(error)));
        m_baseId = QJsonDocument::fromJson(m_client->inspectImageSync(kBase).body)
                       .object()
                       .value(u"Id"_s)
                       .toString();
        if (m_baseId.isEmpty())
            STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(
                u"base image %1 missing — run `bash scripts/engine.sh up`"_s.arg(kBase));
        QVERIFY(m_dir.isValid());
        copyFixture(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/filediff"), m_dir.path());
    }

    void compareBuildsBothAndNamesWhatTheSplitRemoved()
    {
        app::CompareDialog dialog;
        dialog.setEndpoint(engine::EngineEndpoint::resolveFromSystem());
        dialog.show();
        QSignalSpy measured(&dialog, &app::CompareDialog::measured);
        for (const QString &name : {u"Dockerfile.before"_s, u"Dockerfile"_s}) {
            QVERIFY(dialog.measureDockerfile(m_dir.filePath(name)));
            QVERIFY(dialog.isBusy());
            QVERIFY(dialog.cancelButton()->isEnabled());
            QVERIFY2(measured.wait(300'000), qPrintable(dialog.statusLabel()->text()));
            QVERIFY2(measured.takeFirst().at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
        }
        // The before was added first, the after second (as A): compare before → after.
        QCOMPARE(dialog.runABox()->count(), 2);
        dialog.runABox()->setCurrentIndex(0);
        dialog.runBBox()->setCurrentIndex(1);
        QCOMPARE(dialog.stageBBox()->currentText(), u"#1 (final)"_s);

        QSignalSpy compared(&dialog, &app::CompareDialog::filesCompared);
        dialog.compareFiles();
        QVERIFY2(compared.wait(300'000), qPrintable(dialog.statusLabel()->text()));
        QVERIFY2(compared.at(0).at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
        const model::FileDiffResult &diff = dialog.diffView()->diff();
        const model::FileDelta *cache = changeAt(diff, "/app/cache/deps.bin");
        QVERIFY(cache);
        QCOMPARE(cache->kind, model::FileDelta::Kind::Gone);
        QCOMPARE(cache->sizeA, 300'000); // head -c 300000
        const model::FileDelta *source = changeAt(diff, "/app/src/main.sh");
        QVERIFY(source);
        QCOMPARE(source->kind, model::FileDelta::Kind::Gone);
        QCOMPARE(source->sizeA, QFileInfo(m_dir.filePath(u"src/main.sh"_s)).size());
        // Biggest first: the cache leads.
        QCOMPARE(diff.changes.front().path, std::string("/app/cache/deps.bin"));
        // Both ship the program, unchanged; nothing new in the after.
        QVERIFY(!changeAt(diff, "/app/app.sh"));
        QCOMPARE(diff.totals.newFiles, 0);
        QVERIFY(diff.totals.goneBytes >= 300'000 + source->sizeA);
        m_goneBytes = diff.totals.goneBytes;
        m_goneFiles = diff.totals.goneFiles;
        QCOMPARE(dialog.tabs()->currentIndex(), 1);
        dialog.diffView()->filterEdit()->setText(u"src"_s);
        QCOMPARE(dialog.diffView()->visibleRows(), 1);
        dialog.diffView()->filterEdit()->clear();
        screenshot(dialog, u"compare-files"_s);
    }

    void cliDiffOfTheMeasuredDockerfiles()
    {
        QVERIFY2(m_goneBytes > 0, "needs the previous test's measurements");
        QProcess process;
        process.start(QStringLiteral(STAGECRAFT_CLI_PATH),
                      {u"diff"_s, m_dir.filePath(u"Dockerfile.before"_s),
                       m_dir.filePath(u"Dockerfile"_s), u"--format"_s, u"json"_s, u"--limit"_s,
                       u"0"_s});
        QVERIFY(process.waitForFinished(300'000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonObject gone = json[u"totals"_s][u"gone"_s].toObject();
        QCOMPARE(qint64(gone[u"bytes"_s].toDouble()), m_goneBytes);
        QCOMPARE(gone[u"files"_s].toInt(), m_goneFiles);
        QCOMPARE(json[u"omitted"_s].toInt(), 0);
        const QJsonObject first = json[u"changes"_s].toArray().at(0).toObject();
        QCOMPARE(first[u"path"_s].toString(), u"/app/cache/deps.bin"_s);
        QCOMPARE(first[u"a"_s][u"size"_s].toInt(), 300'000);
        QCOMPARE(json[u"b"_s][u"name"_s].toString(), u"Dockerfile (stage #1)"_s);
        QVERIFY2(err.contains(u"Reading the files of Dockerfile.before (stage #0)"_s),
                 qPrintable(err));
        // The roll-up at depth 2 puts the cache under /app/cache.
        const QJsonArray directories = json[u"directories"_s].toArray();
        QCOMPARE(directories.at(0).toObject()[u"path"_s].toString(), u"/app/cache"_s);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        // The stage images the two measurements built (newest first: a stage image may be the
        // parent of a later one); the base image stays.
        QStringList images;
        for (const QString &name : {u"Dockerfile.before"_s, u"Dockerfile"_s}) {
            std::vector<model::MeasureRun> runs;
            (void)engine::MeasureHistory::load(
                engine::MeasureHistory::pathFor(m_dir.filePath(name)), runs);
            for (const model::MeasureRun &run : runs) {
                for (const model::StageMeasure &stage : run.stages) {
                    const QString id = QString::fromStdString(stage.imageId);
                    if (!id.isEmpty() && id != m_baseId && !images.contains(id))
                        images << id;
                }
            }
        }
        for (auto it = images.crbegin(); it != images.crend(); ++it)
            (void)m_client->removeImageSync(*it, true);
    }

private:
    void screenshot(app::CompareDialog &dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STAGECRAFT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        dialog.resize(1000, 560);
        for (const QString &language : {u"en"_s, u"hi"_s}) {
            QVERIFY(common::installTranslator(*qApp, language));
            QCoreApplication::processEvents();
            // Compare again, so the status line is in the language too.
            QSignalSpy compared(&dialog, &app::CompareDialog::filesCompared);
            dialog.compareFiles();
            QVERIFY(compared.wait(300'000));
            dialog.layout()->activate();
            QCoreApplication::processEvents();
            const QString suffix = language == u"hi"_s ? u"-hi"_s : QString();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(name + suffix + u".png"_s)));
        }
        QVERIFY(common::installTranslator(*qApp, u"en"_s));
    }

    std::unique_ptr<engine::EngineClient> m_client;
    QString m_baseId;
    QTemporaryDir m_dir;
    qint64 m_goneBytes = 0;
    int m_goneFiles = 0;
};

QTEST_MAIN(TestFileDiff)
#include "tst_filediff.moc"
