// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compare's Files tab offscreen, without an engine: the stage pickers list the built stages of
// run A and run B with the final one chosen; the diff view lists a hand-made diff biggest first
// and filters it by kind and by path; building a second Dockerfile is refused, with a message
// and nothing sent, when its context holds files that look like secrets or no engine is set;
// the Hindi catalogue words the tab without leaving a string in English.
#include "app/dialogs/CompareDialog.h"
#include "common/Translation.h"
#include "views/SizeFormat.h"
#include "views/panels/FileDiffView.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace Qt::StringLiterals;

namespace {

model::StageMeasure stage(int index, std::string name, std::string image, bool built = true)
{
    model::StageMeasure s;
    s.index = index;
    s.name = std::move(name);
    s.imageId = std::move(image);
    s.built = built;
    s.size = 1000 * (index + 1);
    return s;
}

model::MeasureRun run(std::string file, std::vector<model::StageMeasure> stages, qint64 when)
{
    model::MeasureRun r;
    r.dockerfilePath = std::move(file);
    r.timestampMs = when;
    r.stages = std::move(stages);
    r.finalIndex = static_cast<int>(r.stages.size()) - 1;
    return r;
}

model::FileEntry file(std::string path, std::int64_t size)
{
    return {std::move(path), model::FileType::File, size, 0644, 0, {}};
}

model::FileDiffResult sampleDiff()
{
    const std::vector<model::FileEntry> a{file("/usr/lib/cc1", 5000), file("/app/out", 100),
                                          file("/app/src/main.c", 200), file("/etc/motd", 10)};
    const std::vector<model::FileEntry> b{file("/app/out", 120), file("/app/run.sh", 30),
                                          file("/etc/motd", 10)};
    return model::FileDiff::compare(a, b);
}

} // namespace

class TestCompareDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stagePickersOfferBuiltStagesFinalFirst()
    {
        app::CompareDialog dialog;
        const model::MeasureRun after = run(
            "/p/Dockerfile",
            {stage(0, "build", "sha256:b0"), stage(1, "", "", false), stage(2, "", "sha256:f")},
            2000);
        const model::MeasureRun before
            = run("/p/Dockerfile.before", {stage(0, "", "sha256:one")}, 1000);
        dialog.setRuns({after, before}); // A = before, B = after
        QComboBox *a = dialog.stageABox();
        QComboBox *b = dialog.stageBBox();
        QCOMPARE(a->count(), 1);
        QCOMPARE(a->currentText(), u"#0 (final)"_s);
        QCOMPARE(b->count(), 2); // the unbuilt #1 is left out
        QCOMPARE(b->currentData().toInt(), 2);
        QCOMPARE(b->itemText(0), u"build"_s);
        dialog.runABox()->setCurrentIndex(0);
        QCOMPARE(dialog.stageABox()->count(), 2);
    }

    void diffViewListsBiggestFirstAndFilters()
    {
        app::CompareDialog dialog;
        views::FileDiffView *view = dialog.diffView();
        view->setDiff(sampleDiff(), u"before"_s, u"after"_s);
        QTableWidget *table = view->table();
        // cc1 5000, main.c 200, out 100 → 120 (weight 120), run.sh 30.
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, views::FileDiffView::PathColumn)->text(), u"/usr/lib/cc1"_s);
        QCOMPARE(table->item(0, views::FileDiffView::KindColumn)->text(), u"gone"_s);
        QCOMPARE(table->item(0, views::FileDiffView::SizeBColumn)->text(), u"—"_s);
        QCOMPARE(table->item(2, views::FileDiffView::PathColumn)->text(), u"/app/out"_s);
        QCOMPARE(table->item(2, views::FileDiffView::DeltaColumn)->text(),
                 views::SizeFormat::delta(20));
        QCOMPARE(table->item(2, views::FileDiffView::WhatColumn)->text(), u"size"_s);
        QVERIFY(view->summaryLabel()->text().contains(u"gone 2 files"_s));

        view->kindBox()->setCurrentIndex(views::FileDiffView::GoneOnly);
        QCOMPARE(view->visibleRows(), 2);
        view->filterEdit()->setText(u"SRC"_s); // case-insensitive
        QCOMPARE(view->visibleRows(), 1);
        view->kindBox()->setCurrentIndex(views::FileDiffView::NewOnly);
        QCOMPARE(view->visibleRows(), 0);
        view->filterEdit()->clear();
        QCOMPARE(view->visibleRows(), 1);
        view->kindBox()->setCurrentIndex(views::FileDiffView::AllChanges);
        QCOMPARE(view->visibleRows(), 4);
    }

    void secretsInTheContextStopTheBuild()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile dockerfile(dir.filePath(u"Dockerfile"_s));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM stagecraft/busybox:latest\nCOPY . /app\n");
        dockerfile.close();
        QFile key(dir.filePath(u"id_rsa"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        key.close();
        app::CompareDialog dialog;
        dialog.setEndpoint(
            engine::EngineEndpoint::resolveFromSystem(u"unix:///nonexistent.sock"_s));
        QVERIFY(!dialog.measureDockerfile(dockerfile.fileName()));
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.statusLabel()->text().contains(u"id_rsa"_s),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.statusLabel()->property("error").toBool(), true);
    }

    void noEngineIsAClearError()
    {
        QTemporaryDir dir;
        QFile dockerfile(dir.filePath(u"Dockerfile"_s));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("FROM stagecraft/busybox:latest\n");
        dockerfile.close();
        app::CompareDialog dialog; // no endpoint set: invalid
        QVERIFY(!dialog.measureDockerfile(dockerfile.fileName()));
        QVERIFY(dialog.statusLabel()->text().startsWith(u"Cannot build Dockerfile: "_s));
        // Compare Files without runs says what to do.
        QSignalSpy compared(&dialog, &app::CompareDialog::filesCompared);
        dialog.compareFiles();
        QCOMPARE(compared.size(), 1);
        QCOMPARE(compared.at(0).at(0).toBool(), false);
        QCOMPARE(dialog.statusLabel()->text(), u"Choose a built stage of run A and of run B."_s);
    }

    void hindiWordsTheFilesTab()
    {
        QVERIFY(common::installTranslator(*qApp, u"hi"_s));
        {
            app::CompareDialog dialog;
            dialog.diffView()->setDiff(sampleDiff(), u"A"_s, u"B"_s);
            QCOMPARE(dialog.tabs()->tabText(1), u"फ़ाइलें"_s);
            const QTableWidget *table = dialog.diffView()->table();
            QCOMPARE(table->item(0, views::FileDiffView::KindColumn)->text(), u"हटी"_s);
            QCOMPARE(table->horizontalHeaderItem(views::FileDiffView::PathColumn)->text(), u"पथ"_s);
        }
        QVERIFY(common::installTranslator(*qApp, u"en"_s));
    }
};

QTEST_MAIN(TestCompareDiff)
#include "tst_comparediff.moc"
