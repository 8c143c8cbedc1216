// SPDX-License-Identifier: GPL-3.0-or-later
// The Files panel's layer view without an engine, from a fixture of layer lists: one row per
// layer (size, line, stage, instruction), the tree sorted by size, the added / modified /
// removed marks of the chosen layer and aggregated since the base image, the layer's line
// revealed, the path filter with its count of matches, a failed or cancelled layer read, the
// Sizes dock's progress bar, the waste pill on a block, and Hindi digit grouping.
#include "common/Translation.h"
#include "model/Analysis.h"
#include "model/FileTree.h"
#include "model/LayerTree.h"
#include "model/StageWaste.h"
#include "views/SizeFormat.h"
#include "views/canvas/StageBlockItem.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/FilesTreeModel.h"
#include "views/panels/SizesPanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace stagecraft;
using namespace Qt::StringLiterals;
using Kind = model::LayerEntry::Kind;
using views::FilesTreeModel;

namespace {

const char *const kDockerfile = "FROM stagecraft/busybox:latest AS app\n"
                                "COPY big /big\n"
                                "RUN rm /big && echo v2 > /etc/conf\n"
                                "COPY keep /keep\n";

model::LayerFiles layer(std::vector<model::LayerEntry> entries, const char *createdBy, int line,
                        int instruction)
{
    model::LayerFiles files;
    files.entries = std::move(entries);
    files.createdBy = createdBy;
    files.line = line;
    files.instructionIndex = instruction;
    return files;
}

/// Base (busybox and a config), then lines 2, 3 and 4 of kDockerfile.
std::vector<model::LayerFiles> layers()
{
    return {
        layer({{"/bin", Kind::Directory, 0},
               {"/bin/busybox", Kind::File, 1'000'000},
               {"/etc", Kind::Directory, 0},
               {"/etc/conf", Kind::File, 10}},
              "/bin/sh -c #(nop) ADD file:base in / ", 0, -1),
        layer({{"/big", Kind::File, 3'000'000}}, "/bin/sh -c #(nop) COPY file:abc in /big ", 2, 1),
        layer({{"/big", Kind::Whiteout, 0},
               {"/etc", Kind::Directory, 0},
               {"/etc/conf", Kind::File, 3}},
              "/bin/sh -c rm /big && echo v2 > /etc/conf", 3, 2),
        layer({{"/keep", Kind::File, 500}}, "/bin/sh -c #(nop) COPY file:def in /keep ", 4, 3),
    };
}

/// The listing of the final image as the container read shows it.
model::FileListing listing()
{
    std::vector<model::FileEntry> entries;
    for (const auto &[path, type, size] :
         std::vector<std::tuple<const char *, model::FileType, qint64>>{
             {"/bin", model::FileType::Directory, 0},
             {"/bin/busybox", model::FileType::File, 1'000'000},
             {"/etc", model::FileType::Directory, 0},
             {"/etc/conf", model::FileType::File, 3},
             {"/keep", model::FileType::File, 500}}) {
        model::FileEntry entry;
        entry.path = path;
        entry.type = type;
        entry.size = size;
        entries.push_back(entry);
    }
    model::FileListing result;
    result.image = "sha256:0123456789abcdef";
    result.imageId = result.image;
    result.entryCount = static_cast<int>(entries.size());
    result.root = model::FileTree::build(entries, nullptr);
    return result;
}

/// The model row of `path` in the tree shown (column `column`).
QModelIndex at(const FilesTreeModel *model, const char *path, int column = 0)
{
    const QModelIndex index = model->indexForPath(QString::fromUtf8(path));
    return index.isValid() ? index.siblingAtColumn(column) : index;
}

model::FileChange changeOf(const FilesTreeModel *model, const char *path)
{
    return static_cast<model::FileChange>(at(model, path).data(FilesTreeModel::ChangeRole).toInt());
}

/// The visible labels and buttons under `root` whose text gets less room than it needs (as
/// tests/app/tst_hindi_layout checks the main window).
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto check = [&clipped](QWidget *widget, const QString &text, bool wraps) {
        if (!widget->isVisible() || text.trimmed().isEmpty() || widget->width() <= 0)
            return;
        const QSize need
            = wraps ? QSize(0, widget->heightForWidth(widget->width())) : widget->minimumSizeHint();
        if (widget->width() + 1 < need.width() || widget->height() + 1 < need.height())
            clipped.append(u"%1 \"%2\": has %3×%4, needs %5×%6"_s
                               .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(need.width())
                               .arg(need.height()));
    };
    for (QLabel *label : root->findChildren<QLabel *>())
        check(label, label->text(), label->wordWrap());
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        check(button, button->text(), false);
    return clipped;
}

/// A measured run whose final stage's waste was analysed (for the Sizes dock's waste view).
model::MeasureRun wasteRun()
{
    model::MeasureRun run;
    model::StageMeasure stage;
    stage.index = 0;
    stage.name = "app";
    stage.imageId = "sha256:0123456789abcdef";
    stage.size = 4'001'010;
    stage.baseSize = 1'000'010;
    stage.built = true;
    stage.layers = {{500, "/bin/sh -c #(nop) COPY file:def in /keep ", 4, 3},
                    {3, "/bin/sh -c rm /big && echo v2 > /etc/conf", 3, 2},
                    {3'000'000, "/bin/sh -c #(nop) COPY file:abc in /big ", 2, 1},
                    {1'000'010, "/bin/sh -c #(nop) ADD file:base in / ", 0, -1}};
    const std::vector<model::LayerFiles> files = layers();
    stage.waste = model::StageWaste::from(model::WasteAnalysis::analyse(files), files, stage.size,
                                          stage.baseSize);
    run.stages = {stage};
    run.finalIndex = 0;
    return run;
}

} // namespace

class TstFilesLayers : public QObject
{
    Q_OBJECT

private:
    /// A panel showing stage 0's listing and then its layers.
    std::unique_ptr<views::FilesPanel> loadedPanel()
    {
        auto panel = std::make_unique<views::FilesPanel>();
        panel->setAnalysis(model::Analysis::build(kDockerfile));
        panel->showReading(0, u"sha256:0123456789abcdef"_s, QString());
        panel->showListing(listing());
        panel->showLayersReading();
        panel->showLayers(layers());
        return panel;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void oneRowPerLayerWithLineStageAndInstruction()
    {
        const auto panel = loadedPanel();
        const QTreeWidget *list = panel->layerList();
        QVERIFY(list->isVisibleTo(panel.get()));
        QCOMPARE(list->topLevelItemCount(), 5); // all files, then 4 layers
        const QTreeWidgetItem *copy = list->topLevelItem(2);
        QCOMPARE(copy->text(0), views::SizeFormat::size(3'000'000));
        QCOMPARE(copy->text(1), u"2"_s);
        QCOMPARE(copy->text(2), u"app"_s);
        QCOMPARE(copy->text(3), u"COPY file:abc in /big"_s);
        QCOMPARE(list->topLevelItem(3)->text(1), u"3"_s);
        QVERIFY(list->topLevelItem(3)->text(3).startsWith(u"RUN rm /big"_s));
        // The base image's layer has no line and says where it came from.
        QCOMPARE(list->topLevelItem(1)->text(1), QString());
        QCOMPARE(list->topLevelItem(1)->text(2), u"base image"_s);
        // The listing stays shown until a layer is chosen.
        QCOMPARE(panel->shownLayer(), -1);
        QVERIFY(!panel->model()->showsLayer());
    }

    void treeIsSortedBySizeLargestFirst()
    {
        const auto panel = loadedPanel();
        panel->showLayer(2); // the rm: /big (removed, 3 MB) is still the largest entry
        const FilesTreeModel *model = panel->model();
        QVERIFY(model->rowCount() >= 3);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 size = model->index(row, 0).data(FilesTreeModel::SizeRole).toLongLong();
            QVERIFY2(size <= previous, qPrintable(model->index(row, 0).data().toString()));
            previous = size;
        }
        QCOMPARE(model->index(0, 0).data(FilesTreeModel::PathRole).toString(), u"/big"_s);
    }

    void choosingALayerMarksItsChangesAndRevealsItsLine()
    {
        const auto panel = loadedPanel();
        QSignalSpy lines(panel.get(), &views::FilesPanel::lineActivated);
        panel->layerList()->setCurrentItem(panel->layerList()->topLevelItem(2)); // COPY big
        QCOMPARE(lines.count(), 1);
        QCOMPARE(lines.takeFirst().at(0).toInt(), 2);
        const FilesTreeModel *model = panel->model();
        QVERIFY(model->showsLayer());
        QCOMPARE(changeOf(model, "/big"), model::FileChange::Added);
        QCOMPARE(at(model, "/big", FilesTreeModel::AddedColumn).data().toString(), u"added"_s);
        QCOMPARE(changeOf(model, "/bin/busybox"), model::FileChange::None);

        panel->layerList()->setCurrentItem(panel->layerList()->topLevelItem(3)); // RUN rm
        QCOMPARE(lines.takeFirst().at(0).toInt(), 3);
        QCOMPARE(changeOf(model, "/big"), model::FileChange::Removed);
        QCOMPARE(at(model, "/big", FilesTreeModel::AddedColumn).data().toString(), u"removed"_s);
        QCOMPARE(changeOf(model, "/etc/conf"), model::FileChange::Modified);
        QCOMPARE(at(model, "/etc/conf", FilesTreeModel::AddedColumn).data().toString(),
                 u"modified"_s);
        QVERIFY(at(model, "/big").data(Qt::FontRole).value<QFont>().strikeOut());
        // A removed file cannot be dragged: it is not in the image any more.
        QVERIFY(!model->flags(at(model, "/big")).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(model->flags(at(model, "/etc/conf")).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(panel->statusText().contains(u"line 3"_s));
        QVERIFY2(panel->statusText().contains(u"0 added, 1 modified, 1 removed"_s),
                 qPrintable(panel->statusText()));

        // The base layer has no line: nothing is revealed.
        panel->layerList()->setCurrentItem(panel->layerList()->topLevelItem(1));
        QCOMPARE(lines.count(), 0);
        QCOMPARE(changeOf(model, "/bin/busybox"), model::FileChange::Added);
        // Back to all files: the listing, without layer marks.
        panel->layerList()->setCurrentItem(panel->layerList()->topLevelItem(0));
        QVERIFY(!model->showsLayer());
        QVERIFY(!at(model, "/big").isValid());
    }

    void aggregatedMarksEverythingSinceTheBase()
    {
        const auto panel = loadedPanel();
        panel->showLayer(3);
        const FilesTreeModel *model = panel->model();
        QCOMPARE(changeOf(model, "/keep"), model::FileChange::Added);
        QCOMPARE(changeOf(model, "/etc/conf"), model::FileChange::None);
        panel->aggregatedBox()->setChecked(true);
        QCOMPARE(changeOf(model, "/keep"), model::FileChange::Added);
        QCOMPARE(changeOf(model, "/etc/conf"), model::FileChange::Modified);
        QVERIFY(!at(model, "/big").isValid()); // added and removed since the base
        QVERIFY(panel->statusText().contains(u"since the base image"_s));
    }

    void filterKeepsMatchesAndCountsThem()
    {
        const auto panel = loadedPanel();
        panel->showLayer(2);
        panel->filterEdit()->setText(u"CONF"_s);
        QTRY_COMPARE(panel->matchText(), views::FilesPanel::tr("%Ln match(es)", nullptr, 1));
        const FilesTreeModel *model = panel->model();
        QCOMPARE(model->rowCount(), 1); // /etc, kept as the parent of the match
        QVERIFY(at(model, "/etc/conf").isValid());
        QVERIFY(!at(model, "/big").isValid());
        // Only the layer's changes: /big (removed) and /etc/conf (modified).
        panel->filterEdit()->clear();
        QTRY_COMPARE(panel->matchText(), QString());
        for (QCheckBox *box : panel->findChildren<QCheckBox *>()) {
            if (box != panel->aggregatedBox())
                box->setChecked(true);
        }
        QCOMPARE(panel->matchText(), views::FilesPanel::tr("%Ln match(es)", nullptr, 2));
        QVERIFY(at(model, "/big").isValid());
        QVERIFY(!at(model, "/bin/busybox").isValid());
    }

    void aFailedLayerReadKeepsTheListing()
    {
        auto panel = std::make_unique<views::FilesPanel>();
        panel->showReading(-1, u"busybox"_s, QString());
        panel->showListing(listing());
        panel->showLayersReading();
        QVERIFY(panel->statusText().contains(u"layers"_s));
        panel->showLayersFailed(u"No such image."_s);
        QVERIFY(panel->statusText().contains(u"No such image."_s));
        QVERIFY(!panel->layerList()->isVisibleTo(panel.get()));
        QVERIFY(panel->model()->indexForPath(u"/keep"_s).isValid());
        // A cancel while the layers are read keeps the listing too.
        panel->showReading(-1, u"busybox"_s, QString());
        panel->showListing(listing());
        panel->showLayersReading();
        panel->showCancelled();
        QVERIFY(panel->statusText().contains(u"cancelled"_s));
        QVERIFY(panel->model()->indexForPath(u"/keep"_s).isValid());
    }

    void layerProgressIsShownWithCancel()
    {
        views::FilesPanel panel;
        panel.show();
        panel.showReading(-1, u"busybox"_s, QString());
        panel.showListing(listing());
        panel.showLayersReading();
        panel.showLayersProgress(250'000'000, 1'000'000'000);
        auto *bar = panel.findChild<QProgressBar *>();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->value(), 250);
        QCOMPARE(bar->format(),
                 u"%1 of about %2"_s.arg(views::SizeFormat::size(250'000'000),
                                         views::SizeFormat::size(1'000'000'000)));
        panel.showLayers(layers());
        QVERIFY(!bar->isVisible());
    }

    void sizesDockShowsProgressWhileMeasuring()
    {
        views::SizesPanel sizes;
        sizes.show();
        QProgressBar *bar = sizes.progressBar();
        QVERIFY(!bar->isVisible());
        sizes.setMeasuring(true);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 0); // busy until a figure comes
        sizes.setProgress(1200, 4800);
        QCOMPARE(bar->maximum(), 4800);
        QCOMPARE(bar->value(), 1200);
        QCOMPARE(bar->format(), u"1,200 of 4,800"_s);
        QVERIFY(sizes.cancelButton()->isEnabled());
        sizes.setMeasuring(false);
        QVERIFY(!bar->isVisible());
        QVERIFY(!sizes.cancelButton()->isEnabled());
    }

    void blockShowsTheWastePill()
    {
        views::StageBlockItem block(model::StageId{1});
        QCOMPARE(block.wasteText(), QString());
        const qreal plain = block.boundingRect().bottom();
        block.setWaste(0.421, 3'000'000, 100);
        QCOMPARE(block.wasteText(),
                 u"42.1% efficient · %1 wasted (100.0%)"_s.arg(views::SizeFormat::size(3'000'000)));
        QVERIFY(block.boundingRect().bottom() > plain); // room for the pill below
        block.setWaste(-1, 0, 0);
        QCOMPARE(block.wasteText(), QString());
    }

    void nothingIsClippedInEnglishOrHindi_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("hi") << u"hi"_s;
    }

    /// With STAGECRAFT_SCREENSHOT_DIR set, the README's screenshots are written there too
    /// (files-layers-<lang>.png, waste-view-<lang>.png).
    void nothingIsClippedInEnglishOrHindi()
    {
        QFETCH(QString, language);
        QVERIFY(common::installTranslator(*qApp, language));
        const auto restore = qScopeGuard([] { (void)common::installTranslator(*qApp, u"en"_s); });
        const auto panel = loadedPanel();
        panel->resize(560, 640);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        panel->layerList()->setCurrentItem(panel->layerList()->topLevelItem(3)); // the RUN rm
        panel->treeView()->expandAll();
        QCoreApplication::processEvents();
        QStringList clipped = clippedTexts(panel.get());

        views::SizesPanel sizes;
        sizes.resize(560, 700);
        sizes.setRun(wasteRun());
        sizes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sizes));
        QVERIFY(sizes.wasteLabel()->isVisible());
        QCoreApplication::processEvents();
        clipped += clippedTexts(&sizes);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));

        const QString dir = qEnvironmentVariable("STAGECRAFT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(panel->grab().save(dir + u"/files-layers-"_s + language + u".png"_s));
            QVERIFY(sizes.grab().save(dir + u"/waste-view-"_s + language + u".png"_s));
        }
    }

    void hindiGroupsDigitsTheIndianWay()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Hindi, QLocale::India));
        views::SizesPanel sizes;
        sizes.setMeasuring(true);
        sizes.setProgress(1'234'567, 9'876'543);
        // Untranslated here: the words stay English, the digits are grouped 3 then 2.
        QVERIFY2(sizes.progressBar()->format().contains(u"12,34,567"_s),
                 qPrintable(sizes.progressBar()->format()));
        views::StageBlockItem block(model::StageId{1});
        block.setWaste(0.5, 0, 123'456.7);
        QVERIFY2(block.wasteText().contains(u"1,23,456.7"_s), qPrintable(block.wasteText()));
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(TstFilesLayers)
#include "tst_fileslayers.moc"
